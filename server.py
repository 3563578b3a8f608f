"""SiteReady's server: the Streamlit app (``app.py``) with the app's own HTTP routes and headers.

``streamlit run server.py`` (what ``make run`` does) serves ``app.py`` through ``st.App``, adding the
sign-in and sign-out routes that set the HttpOnly session cookie and the security headers on every
response (``views/web.py`` says why and what).
"""

from __future__ import annotations

import gc
import logging
import threading

import streamlit as st
from starlette.middleware import Middleware

from views import web

# The app's pages, and GeoPandas, Folium, Altair and the rest beneath them, imported now while the server
# starts: seconds of imports that the first visitor after a start would otherwise wait for (app.py's first
# run imports them again and finds them loaded). A component declared outside a script run is not
# registered with the server: app.py registers streamlit-folium's on each run
# (views.fastmap.register_component), and st.components.v2 components register themselves when mounted.
# Imported outside a script run, streamlit-folium's component and the pages' st.cache_data functions log
# warnings that mean nothing here (their caches are made on first use, in the running server): they are
# silenced for these imports.
_quiet = [logging.getLogger(f"streamlit.runtime.{name}")
          for name in ("scriptrunner_utils.script_run_context", "caching.cache_data_api")]
_levels = [q.level for q in _quiet]
for q in _quiet:
    q.setLevel(logging.ERROR)
import streamlit.emojis  # noqa: E402,F401 - the catalogue st.set_page_config checks the page icon against (~0.5 s)
from views import (  # noqa: E402,F401
    account, admin, asof, clearance, dashboard, import_page, map_explorer, progress, session, site_finder, style,
    urlstate,
)

for q, level in zip(_quiet, _levels):
    q.setLevel(level)

# Streamlit runs a full garbage collection after every script run (runner.postScriptGC), and a full collection
# walks every object the collector tracks: ~170,000 after these imports, 80-100 ms a run, paid by every click and
# every pan. The modules, classes and functions just imported live as long as the server, so they are moved out
# of the collector's sight (gc.freeze); what the pages make later is collected as before.
gc.freeze()

# The first visitor's map (the store's snapshot, plot tiles and base map), made while the server starts.
threading.Thread(target=map_explorer.warm_up, name="warm-up", daemon=True).start()

app = st.App(
    "app.py",
    routes=web.routes(),
    middleware=[Middleware(web.SecurityHeaders)],
    on_script_error=web.script_error,
)
