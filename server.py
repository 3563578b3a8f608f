"""SiteReady's server: the Streamlit app (``app.py``) with the app's own HTTP routes and headers.

``streamlit run server.py`` (what ``make run`` does) serves ``app.py`` through ``st.App``, adding the
sign-in and sign-out routes that set the HttpOnly session cookie and the security headers on every
response (``views/web.py`` says why and what).
"""

from __future__ import annotations

import streamlit as st
from starlette.middleware import Middleware

from views import web

# The app's domain and map modules, and GeoPandas, Folium, Altair and the rest beneath them, imported now
# while the server starts: seconds of imports that the first visitor after a start would otherwise wait for
# (app.py's first run imports them again and finds them loaded). Not the pages (views/): they declare
# Streamlit components, which must happen inside the running server.
import altair  # noqa: E402,F401
from geo import forecast, imports, landfund, readiness, search, timeline  # noqa: E402,F401
from layers import maps, reports, snapshot, tiles, viewport  # noqa: E402,F401

app = st.App(
    "app.py",
    routes=web.routes(),
    middleware=[Middleware(web.SecurityHeaders)],
    on_script_error=web.script_error,
)
