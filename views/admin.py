"""Admins manage accounts: add users, deactivate and reactivate them, reset passwords.

Every change names the account it was made to ("Đã khóa tài khoản lan."); deactivating an account and
resetting a password ask to be confirmed with a second click first.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from geo.errors import SiteReadyError
from geo.passwords import check_password
from geo.schema import ROLES
from geo.store import Store
from geo.users import ADMIN_ROLES, User
from layers.i18n import t
from layers.text import md_escape
from views.blocks import grid
from views.feedback import show_error
from views.session import require_staff
from views.state import store as get_store
from views.urlstate import language

PENDING = "adm_pending"  # session key: the change waiting for its confirmation


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
    grid([t("username", lang), t("full_name", lang), t("role", lang), t("user_status", lang)],
         [(None, [u.username, u.full_name, t(f"role_{u.role}", lang),
                  t("user_active", lang) if u.active else t("user_inactive", lang)]) for u in users])
    left, right = st.columns(2)
    with left:
        add_user_form(store, admin, lang)
    with right:
        who = st.selectbox(t("which_user", lang), [u.username for u in users], key="adm_who",
                           placeholder=t("choose_one", lang))
        target = next((u for u in users if u.username == who), None)
        pending = st.session_state.get(PENDING)
        if pending and pending.get("user") != who:  # another account picked: the question no longer stands
            st.session_state.pop(PENDING, None)
        if target is not None:
            activation_button(store, admin, target, lang)
            reset_password_form(store, admin, target.username, lang)


def _attempt(change: Callable[[], object], lang: str, done: str | None = None) -> None:
    """Make an account change; say why when it is refused, else rerun (the list shows it) saying ``done``."""
    st.session_state.pop(PENDING, None)
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
        role = st.selectbox(t("role", lang), ROLES, index=2, format_func=lambda r: t(f"role_{r}", lang),
                            placeholder=t("choose_one", lang))
        pw1 = st.text_input(t("password", lang), type="password")
        pw2 = st.text_input(t("password_again", lang), type="password")
        if st.form_submit_button(t("add_user", lang), type="primary"):
            if pw1 != pw2:
                st.error(t("passwords_differ", lang))
            else:
                _attempt(lambda: store.add_user(name, role, pw1, by=admin.username, full_name=full or None), lang,
                         done=t("user_added", lang, u=name))


def _confirm(question: str, yes: str, key: str, lang: str) -> bool | None:
    """Ask ``question`` (safe markdown) with a confirming and a cancelling button: True when confirmed,
    False when cancelled, None while the question stands."""
    st.warning(question)
    a, b = st.columns(2)
    if a.button(yes, key=f"{key}_yes", type="primary"):
        return True
    if b.button(t("cancel", lang), key=f"{key}_no"):
        return False
    return None


def activation_button(store: Store, admin: User, target: User, lang: str) -> None:
    """Reactivate at once; deactivate after a second click (the user is signed out and cannot sign in)."""
    name = target.username
    if not target.active:
        if st.button(t("activate_user", lang, u=md_escape(name)), key=f"adm_activate_{name}"):
            _attempt(lambda: store.set_user_active(name, True, by=admin.username), lang,
                     done=t("user_activated", lang, u=name))
        return
    pending = st.session_state.get(PENDING) or {}
    if pending.get("action") == "deactivate" and pending.get("user") == name:
        answer = _confirm(t("confirm_deactivate", lang, u=md_escape(name)), t("deactivate_user", lang, u=md_escape(name)),
                          f"adm_deactivate_{name}", lang)
        if answer:
            _attempt(lambda: store.set_user_active(name, False, by=admin.username), lang,
                     done=t("user_deactivated", lang, u=name))
        elif answer is False:
            st.session_state.pop(PENDING, None)
            st.rerun()
    elif st.button(t("deactivate_user", lang, u=md_escape(name)), key=f"adm_deactivate_{name}"):
        st.session_state[PENDING] = {"action": "deactivate", "user": name}
        st.rerun()


def reset_password_form(store: Store, admin: User, who: str, lang: str) -> None:
    """A new password for ``who``, typed twice, set after a second click."""
    pending = st.session_state.get(PENDING) or {}
    if pending.get("action") == "reset" and pending.get("user") == who:
        st.markdown(f"**{t('reset_password_for', lang, u=md_escape(who))}**")
        answer = _confirm(t("confirm_reset", lang, u=md_escape(who)), t("reset_password_for", lang, u=md_escape(who)),
                          f"adm_reset_{who}", lang)
        if answer:
            password = pending.get("password") or ""
            _attempt(lambda: store.set_password(who, password, by=admin.username), lang,
                     done=t("password_reset_done", lang, u=who))
        elif answer is False:
            st.session_state.pop(PENDING, None)
            st.rerun()
        return
    with st.form("reset_pw", clear_on_submit=True):
        st.markdown(f"**{t('reset_password_for', lang, u=md_escape(who))}**")
        pw1 = st.text_input(t("password", lang), type="password")
        pw2 = st.text_input(t("password_again", lang), type="password")
        if st.form_submit_button(t("reset_password", lang)):
            if pw1 != pw2:
                st.error(t("passwords_differ", lang))
                return
            try:
                check_password(pw1, who)  # a weak password is refused before the question, not after
            except SiteReadyError as err:
                show_error(err, lang)
                return
            # Kept only until the admin confirms or cancels (in the server's memory, as the form's own value is).
            st.session_state[PENDING] = {"action": "reset", "user": who, "password": pw1}
            st.rerun()
