"""Admins manage accounts: add users, deactivate and reactivate them, reset passwords."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from geo.errors import SiteReadyError
from geo.schema import ROLES
from geo.store import Store
from geo.users import ADMIN_ROLES, User
from layers.i18n import t
from layers.text import md_escape
from views.feedback import show_error
from views.session import require_staff
from views.state import store as get_store
from views.urlstate import language


def render() -> None:
    lang = language()
    admin = require_staff(lang, roles=ADMIN_ROLES)
    if admin is None:
        return
    store = get_store()
    st.subheader(t("admin_heading", lang))
    done = st.session_state.pop("admin_done", None)
    if done:
        st.success(md_escape(done))
    users = store.list_users()
    st.dataframe(pd.DataFrame([{t("username", lang): u.username, t("full_name", lang): u.full_name or "",
                                t("role", lang): t(f"role_{u.role}", lang), t("active", lang): u.active} for u in users]),
                 hide_index=True, width="stretch")
    left, right = st.columns(2)
    with left:
        add_user_form(store, admin, lang)
    with right:
        who = st.selectbox(t("which_user", lang), [u.username for u in users], key="adm_who")
        target = next((u for u in users if u.username == who), None)
        if target is not None:
            activation_button(store, admin, target, lang)
        reset_password_form(store, admin, who, lang)


def _attempt(change: Callable[[], object], lang: str, done: str | None = None) -> None:
    """Make an account change; say why when it is refused, else rerun (the list shows it) saying ``done``."""
    try:
        change()
    except SiteReadyError as err:
        show_error(err, lang)
    else:
        if done is not None:
            st.session_state["admin_done"] = done
        st.rerun()


def add_user_form(store: Store, admin: User, lang: str) -> None:
    with st.form("add_user", clear_on_submit=True):
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
                _attempt(lambda: store.add_user(name, role, pw1, by=admin.username, full_name=full or None), lang,
                         done=t("user_added", lang, u=name))


def activation_button(store: Store, admin: User, target: User, lang: str) -> None:
    action = "deactivate" if target.active else "activate"
    if st.button(t(action, lang), key=f"adm_{action}_{target.username}"):
        _attempt(lambda: store.set_user_active(target.username, not target.active, by=admin.username), lang)


def reset_password_form(store: Store, admin: User, who: str | None, lang: str) -> None:
    with st.form("reset_pw", clear_on_submit=True):
        st.markdown(f"**{t('reset_password', lang)}**")
        pw1 = st.text_input(t("password", lang), type="password")
        pw2 = st.text_input(t("password_again", lang), type="password")
        if st.form_submit_button(t("reset_password", lang)):
            if pw1 != pw2:
                st.error(t("passwords_differ", lang))
            else:
                _attempt(lambda: store.set_password(who, pw1, by=admin.username), lang, done=t("done", lang))
