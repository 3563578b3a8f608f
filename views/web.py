"""The app's own HTTP side: sign-in and sign-out routes that set the session cookie, security headers.

Streamlit talks to the browser over a websocket, where no response header can be set: a cookie written
by the page's JavaScript cannot be HttpOnly, and Streamlit itself sends no Content-Security-Policy. So
``server.py`` runs the app as an ``st.App`` with these additions:

- ``POST auth/signin``: a plain HTML form posts the user name and password here; the route checks them
  (throttled, see :mod:`geo.signin`), starts a server-side session and answers with a redirect that sets
  the session cookie: ``HttpOnly``, ``SameSite=Strict``, and over HTTPS ``Secure`` with the ``__Host-``
  name prefix. A refusal redirects back to the sign-in page with the message's code.
- ``POST auth/signout``: ends the session and clears the cookie.
- ``GET map``: the map is the app's default page, served at the root; Streamlit answers its own path with
  "Page not found" (in English), so ``/map`` (query kept) is redirected to ``/``.
- Both refuse a post from another site (its ``Origin`` must be this host).
- Every response carries a Content-Security-Policy (scripts, styles and frames from the app itself; images
  from the app, ``data:`` and, when the basemap is on, the tile server), ``frame-ancestors 'self'``,
  ``Referrer-Policy: same-origin`` and ``X-Content-Type-Options: nosniff``.
- ``/_stcore/metrics`` answers 404 unless ``SITEREADY_METRICS=1``.
- An exception in a page is logged with its traceback and the user reads one sentence.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from geo.errors import SiteReadyError
from geo.settings import basemap_enabled, session_max_hours
from geo.users import STAFF_ROLES, User
from views import state

log = logging.getLogger("siteready")

#: The session cookie: over HTTPS with the ``__Host-`` prefix (Secure, Path=/, no Domain: the browser
#: refuses it otherwise); over plain HTTP (a local run) without it.
COOKIE_SECURE = "__Host-siteready_session"
COOKIE_PLAIN = "siteready_session"
COOKIE_NAMES = (COOKIE_SECURE, COOKIE_PLAIN)
#: The form field carrying the page's language (not ``lang``: Streamlit's sanitiser drops that name).
LANG_FIELD = "ui_lang"
#: Refusals the sign-in page may show (the code travels in its URL; nothing else of the message does).
SIGNIN_CODES = ("store.wrong_password", "signin.deactivated", "signin.wait", "signin.locked", "signin.busy")

def base_path() -> str:
    """The app's URL prefix (``server.baseUrlPath``), '' or '/name'."""
    from streamlit import config

    base = (config.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}" if base else ""


#: Where the OpenStreetMap basemap's tiles come from (layers.maps.OSM_TILES), for the CSP's img-src.
TILE_HOSTS = "https://tile.openstreetmap.org https://*.tile.openstreetmap.org"


def content_security_policy() -> str:
    img = "'self' data: blob:" + (f" {TILE_HOSTS}" if basemap_enabled() else "")
    return "; ".join((
        "default-src 'self'",
        # Streamlit's components and folium's maps run inline scripts in same-origin frames.
        "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
        "style-src 'self' 'unsafe-inline'",
        f"img-src {img}",
        "font-src 'self' data:",
        "connect-src 'self' ws: wss:",
        "frame-src 'self' blob: data:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ))


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def client_of(request: Request) -> str:
    """The address a request came from (behind a proxy: as the proxy reports it to uvicorn)."""
    return request.client.host if request.client else "unknown"


def same_origin(request: Request) -> bool:
    """True when a form post comes from this site (its Origin, or failing that Referer, names this host)."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin:
        return False
    return urlsplit(origin).netloc == request.headers.get("host", "")


def safe_next(target: str | None) -> str | None:
    """Where to go after signing in: a path of this app only (never another host); None when not given."""
    base = base_path()
    if not target or not target.startswith(f"{base}/") or target.startswith("//") or "\\" in target:
        return None
    return target


def landing(user: User, lang: str) -> str:
    """Where a sign-in with no page to return to lands: staff on the land fund, others on the map."""
    page = "landfund" if user.role in STAFF_ROLES else ""
    return f"{base_path()}/{page}?lang={lang}"


def set_session_cookie(response: Response, token: str | None, request: Request) -> None:
    """Set (or, with ``token`` None, clear) the session cookie on ``response``."""
    secure = is_https(request)
    name = COOKIE_SECURE if secure else COOKIE_PLAIN
    for other in COOKIE_NAMES:
        if other != name or token is None:
            response.delete_cookie(other, path="/", secure=other == COOKIE_SECURE, httponly=True, samesite="strict")
    if token is not None:
        response.set_cookie(name, token, max_age=session_max_hours() * 3600, path="/", secure=secure, httponly=True,
                            samesite="strict")


def session_token(cookies: dict[str, str]) -> str | None:
    """The session token among a request's cookies."""
    for name in COOKIE_NAMES:
        if cookies.get(name):
            return cookies[name]
    return None


async def signin(request: Request) -> Response:
    form = await request.form()
    lang = "en" if form.get(LANG_FIELD) == "en" else "vi"
    next_url = safe_next(str(form.get("next") or ""))
    back = {"lang": lang, **({"next": next_url} if next_url else {})}
    if not same_origin(request):
        return PlainTextResponse("Cross-site sign-in refused.", status_code=403)
    username = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    store = state.store()
    try:
        user = await run_in_threadpool(store.authenticate, username, password, client=client_of(request))
        token = await run_in_threadpool(store.create_session, user.username)
    except SiteReadyError as err:
        code = {"user.deactivated_may_not": "signin.deactivated"}.get(err.code, err.code)
        code = code if code in SIGNIN_CODES else "store.wrong_password"
        extra = {k: v for k, v in err.params.items() if isinstance(v, int)}
        query = urlencode({**back, "signin_error": code, "user": username[:64], **extra})
        return RedirectResponse(f"{base_path()}/signin?{query}", status_code=303)
    response = RedirectResponse(next_url or landing(user, lang), status_code=303)
    set_session_cookie(response, token, request)
    return response


async def signout(request: Request) -> Response:
    form = await request.form()
    lang = "en" if form.get(LANG_FIELD) == "en" else "vi"
    if not same_origin(request):
        return PlainTextResponse("Cross-site sign-out refused.", status_code=403)
    token = session_token(dict(request.cookies))
    if token:
        await run_in_threadpool(state.store().end_session, token)
    response = RedirectResponse(f"{base_path()}/?lang={lang}", status_code=303)
    set_session_cookie(response, None, request)
    return response


async def to_default_page(request: Request) -> Response:
    """The default page's own path (``/map``) leads to the root, where Streamlit serves it; the query stays."""
    query = request.url.query
    return RedirectResponse(f"{base_path()}/" + (f"?{query}" if query else ""), status_code=307)


#: Paths of the default page (app.py's ``url_path``), which Streamlit serves only at the root.
DEFAULT_PAGE_PATHS = ("map",)


def routes() -> list[Route]:
    """The app's routes, at the root and under ``server.baseUrlPath`` when one is set."""
    out = []
    for prefix in dict.fromkeys(("", base_path())):
        out.append(Route(f"{prefix}/auth/signin", signin, methods=["POST"]))
        out.append(Route(f"{prefix}/auth/signout", signout, methods=["POST"]))
        for path in DEFAULT_PAGE_PATHS:
            out.append(Route(f"{prefix}/{path}", to_default_page, methods=["GET", "HEAD"]))
            out.append(Route(f"{prefix}/{path}/", to_default_page, methods=["GET", "HEAD"]))
    return out


class SecurityHeaders:
    """ASGI middleware: security headers on every HTTP response; the metrics endpoint hidden."""

    def __init__(self, app: Callable[..., Awaitable[None]]):
        self.app = app
        self.metrics = os.environ.get("SITEREADY_METRICS", "").strip() == "1"

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self.metrics and scope.get("path", "").rstrip("/").endswith("/_stcore/metrics"):
            await PlainTextResponse("Not Found", status_code=404)(scope, receive, send)
            return
        headers = [
            (b"content-security-policy", content_security_policy().encode()),
            (b"referrer-policy", b"same-origin"),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"SAMEORIGIN"),
        ]

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in headers if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def script_error(exc: Exception) -> bool:
    """Log an exception that escaped a page and show one sentence instead of a traceback."""
    import streamlit as st

    from layers.messages import error_text

    lang = "en" if st.query_params.get("lang") == "en" else "vi"
    st.error(error_text(exc, lang))  # logs the traceback on the server
    return True
