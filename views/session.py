"""Sign-in as the pages see it: the signed-in user of this browser, the sign-in and sign-out forms, and
pages for staff only.

The session cookie is set and cleared by the server's own routes (``views/web.py``: HttpOnly, so no
script of the page can read it); here the page only reads it from the request that opened it, checks
it against the store, and shows plain HTML forms that post to those routes.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

import streamlit as st

from geo.messages import msg, sentence
from geo.settings import session_minutes
from geo.users import STAFF_ROLES, User
from layers.i18n import t
from layers.text import esc
from views.state import store
from views.web import LANG_FIELD, SIGNIN_CODES, session_token


def current_user() -> User | None:
    """The signed-in user, or None.

    A sign-in is a server-side session (only a hash of its token is stored) whose token the browser keeps
    in an HttpOnly cookie: a reload or a new tab stays signed in; a session idle longer than
    SITEREADY_SESSION_MINUTES, or older than its absolute lifetime, expires; a deactivated user is out at once.
    """
    token = session_token(dict(st.context.cookies))
    if not token:
        return None
    user = store().session_user(token, session_minutes())
    if user is None:
        st.session_state["auth_expired"] = True
    return user


def here() -> str:
    """The path and query of the page being shown (where to come back to after signing in)."""
    url = urlsplit(st.context.url or "/")
    query = urlencode(dict(st.query_params))
    return url.path + (f"?{query}" if query else "")


def signin_form(lang: str, next_url: str, username: str = "") -> None:
    """The sign-in form: it posts to the server's route, which sets the cookie and comes back to ``next_url``.

    ``username`` fills the name in again after a refusal (the password never travels back). The language
    travels as ``ui_lang``: Streamlit's HTML sanitiser drops a field named ``lang`` (it would shadow the form's
    own ``lang`` property), and the user would land in Vietnamese.
    """
    st.html(
        '<form class="sr-signin" method="post" action="auth/signin">'
        f'<input type="hidden" name="{LANG_FIELD}" value="{esc(lang)}">'
        f'<input type="hidden" name="next" value="{esc(next_url)}">'
        f'<label for="sr-user">{esc(t("username", lang))}</label>'
        f'<input id="sr-user" name="username" value="{esc(username)}" autocomplete="username" autocapitalize="off" '
        'spellcheck="false" required>'
        f'<label for="sr-password">{esc(t("password", lang))}</label>'
        '<input id="sr-password" name="password" type="password" autocomplete="current-password" required>'
        f'<button type="submit">{esc(t("sign_in_button", lang))}</button>'
        '</form>'
    )


def signin_refusal(lang: str) -> str | None:
    """The refusal the sign-in route sent back (``?signin_error=code``), in ``lang``; None when there is none."""
    code = st.query_params.get("signin_error")
    if code not in SIGNIN_CODES:
        return None
    params = {}
    for name in ("seconds", "minutes"):
        value = st.query_params.get(name, "")
        if value.isdigit():
            params[name] = int(value)
    return sentence(msg(code, **params), lang)


def signout_form(lang: str, where=st.sidebar) -> None:
    """A sign-out button: a form posting to the server's route, which ends the session and clears the cookie."""
    where.html(
        '<form class="sr-signout" method="post" action="auth/signout">'
        f'<input type="hidden" name="{LANG_FIELD}" value="{esc(lang)}">'
        f'<button type="submit">{esc(t("sign_out", lang))}</button></form>'
    )


def require_staff(lang: str, roles: tuple[str, ...] = STAFF_ROLES) -> User | None:
    """The signed-in user if they have one of ``roles``; otherwise say so and return None."""
    user = current_user()
    if user is not None and user.role in roles:
        return user
    if user is None:
        st.info(t("staff_only", lang))
        if st.session_state.get("auth_expired"):
            st.warning(t("session_expired", lang))
        st.page_link(st.session_state["pages"]["signin"], label=t("go_signin", lang), icon=":material/login:",
                     query_params={"lang": lang, "next": here()})
    else:
        st.info(t("role_only", lang, roles=", ".join(t(f"role_{r}", lang) for r in roles)))
    return None
