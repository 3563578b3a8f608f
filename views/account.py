"""Sign-in: staff sign in with their user name and password; investors need no account."""

from __future__ import annotations

import streamlit as st

from geo.errors import PermissionDenied
from layers.i18n import t
from views.session import current_user, sign_in, sign_out
from views.state import store
from views.urlstate import language


def render() -> None:
    lang = language()
    st.subheader(t("page_signin", lang))
    user = current_user()
    if user is not None:
        st.success(t("signed_in_as", lang, user=user.username, role=t(f"role_{user.role}", lang)))
        if st.button(t("sign_out", lang), key="signout_page"):
            sign_out()
            st.rerun()
        return
    if st.session_state.get("auth_expired"):
        st.warning(t("session_expired", lang))
    st.caption(t("signin_intro", lang))
    with st.form("signin", clear_on_submit=False):
        username = st.text_input(t("username", lang), key="signin_user")
        password = st.text_input(t("password", lang), type="password", key="signin_password")
        submitted = st.form_submit_button(t("sign_in_button", lang), type="primary")
    if submitted:
        try:
            user = store().authenticate(username.strip(), password)
        except PermissionDenied:
            st.error(t("signin_failed", lang))
            return
        sign_in(user)
        st.success(t("signed_in_as", lang, user=user.username, role=t(f"role_{user.role}", lang)))
        st.rerun()
