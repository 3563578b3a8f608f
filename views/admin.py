"""Admins manage accounts: add users, deactivate and reactivate them, reset passwords."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.errors import SiteReadyError
from geo.schema import ROLES
from layers.i18n import t
from views import common


def render() -> None:
    lang = common.language()
    admin = common.require_staff(lang, roles=("admin",))
    if admin is None:
        return
    store = common.store()
    st.subheader(t("admin_heading", lang))
    done = st.session_state.pop("admin_done", None)
    if done:
        st.success(done)
    users = store.list_users()
    st.dataframe(pd.DataFrame([{t("username", lang): u.username, t("full_name", lang): u.full_name or "",
                                t("role", lang): t(f"role_{u.role}", lang), t("active", lang): u.active} for u in users]),
                 hide_index=True, width="stretch")
    left, right = st.columns(2)
    with left, st.form("add_user", clear_on_submit=True):
        st.markdown(f"**{t('add_user', lang)}**")
        name = st.text_input(t("username", lang))
        full = st.text_input(t("full_name", lang))
        role = st.selectbox(t("role", lang), ROLES, index=2, format_func=lambda r: t(f"role_{r}", lang))
        pw1 = st.text_input(t("password", lang), type="password")
        pw2 = st.text_input(t("password_again", lang), type="password")
        if st.form_submit_button(t("add_user", lang), type="primary"):
            if pw1 != pw2:
                st.error(t("passwords_differ", lang))
            else:
                try:
                    store.add_user(name, role, pw1, by=admin.username, full_name=full or None)
                except SiteReadyError as err:
                    st.error(common.message(err, lang))
                else:
                    st.session_state["admin_done"] = t("user_added", lang, u=name)
                    st.rerun()  # the list above shows the new user
    with right:
        names = [u.username for u in users]
        who = st.selectbox(t("which_user", lang), names, key="adm_who")
        target = next((u for u in users if u.username == who), None)
        if target is not None:
            action = "deactivate" if target.active else "activate"
            if st.button(t(action, lang), key=f"adm_{action}_{who}"):
                try:
                    store.set_user_active(who, not target.active, by=admin.username)
                except SiteReadyError as err:
                    st.error(common.message(err, lang))
                else:
                    st.rerun()
        with st.form("reset_pw", clear_on_submit=True):
            st.markdown(f"**{t('reset_password', lang)}**")
            pw1 = st.text_input(t("password", lang), type="password")
            pw2 = st.text_input(t("password_again", lang), type="password")
            if st.form_submit_button(t("reset_password", lang)):
                if pw1 != pw2:
                    st.error(t("passwords_differ", lang))
                else:
                    try:
                        store.set_password(who, pw1, by=admin.username)
                    except SiteReadyError as err:
                        st.error(common.message(err, lang))
                    else:
                        st.session_state["admin_done"] = t("done", lang)
                        st.rerun()
