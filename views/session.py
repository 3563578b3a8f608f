"""Sign-in: the signed-in user of this browser (a server-side session named by a cookie), sign in and out,
and pages for staff only."""

from __future__ import annotations

import streamlit as st
import streamlit.components.v1 as components

from geo.settings import session_minutes
from geo.users import STAFF_ROLES, User
from layers.i18n import t
from views.state import store

SESSION_COOKIE = "siteready_session"


def _set_cookie(value: str | None) -> None:
    """Set (or clear) the session cookie in the browser, so that a reload keeps the user signed in."""
    if value:
        js = (f"document.cookie = '{SESSION_COOKIE}={value}; path=/; SameSite=Strict; "
              f"max-age={session_minutes() * 60 * 24}';")
    else:
        js = f"document.cookie = '{SESSION_COOKIE}=; path=/; SameSite=Strict; max-age=0';"
    components.html(f"<script>{js}</script>", height=0)


def current_user() -> User | None:
    """The signed-in user, or None.

    A sign-in is a server-side session (only a hash of its token is stored) whose token the browser keeps
    in a cookie: a reload or a new tab stays signed in; a session idle longer than
    SITEREADY_SESSION_MINUTES expires; a deactivated user is out at once.
    """
    if st.session_state.get("signed_out"):
        return None
    token = st.session_state.get("auth_token") or st.context.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    user = store().session_user(token, session_minutes())
    if user is None:
        if st.session_state.pop("auth_token", None) or st.context.cookies.get(SESSION_COOKIE):
            st.session_state["auth_expired"] = True
            st.session_state["signed_out"] = True
            st.session_state["cookie_pending"] = ""
        return None
    st.session_state["auth_token"] = token
    return user


def sign_in(user: User) -> None:
    token = store().create_session(user.username)
    st.session_state["auth_token"] = token
    st.session_state.pop("auth_expired", None)
    st.session_state.pop("signed_out", None)
    st.session_state["cookie_pending"] = token  # written by flush_cookie() on the next run (after st.rerun)


def sign_out() -> None:
    token = st.session_state.pop("auth_token", None) or st.context.cookies.get(SESSION_COOKIE)
    store().end_session(token)
    st.session_state["signed_out"] = True  # the cookie goes with the next render; until then, ignore it
    st.session_state["cookie_pending"] = ""


def flush_cookie() -> None:
    """Send a pending session-cookie change to the browser (call once per run, early in app.py)."""
    if "cookie_pending" in st.session_state:
        _set_cookie(st.session_state.pop("cookie_pending") or None)


def require_staff(lang: str, roles: tuple[str, ...] = STAFF_ROLES) -> User | None:
    """The signed-in user if they have one of ``roles``; otherwise say so and return None."""
    user = current_user()
    if user is None or user.role not in roles:
        st.info(t("staff_only", lang))
        if st.session_state.get("auth_expired"):
            st.warning(t("session_expired", lang))
        st.page_link(st.session_state["pages"]["signin"], label=t("go_signin", lang), icon=":material/login:")
        return None
    return user
