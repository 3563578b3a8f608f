"""Sign-in: staff sign in with their user name and password; investors need no account.

The form posts to the server's own route (``views/web.py``), which checks the password, sets the
HttpOnly session cookie and brings the user back to the page they came from.
"""

from __future__ import annotations

import streamlit as st

from layers.i18n import t
from layers.text import md_escape
from views.session import current_user, signin_form, signin_refusal, signout_form
from views.urlstate import language


def render() -> None:
    lang = language()
    st.subheader(t("page_signin", lang))
    user = current_user()
    if user is not None:
        st.success(t("signed_in_as", lang, user=md_escape(user.username), role=t(f"role_{user.role}", lang)))
        signout_form(lang, where=st)
        return
    if st.session_state.get("auth_expired"):
        st.warning(t("session_expired", lang))
    refusal = signin_refusal(lang)
    if refusal:
        st.error(md_escape(refusal))
    st.caption(t("signin_intro", lang))
    back = st.query_params.get("next") or ""
    # No page to come back to: the server lands staff on the land fund, others on the map.
    signin_form(lang, back, username=st.query_params.get("user", "") if refusal else "")
