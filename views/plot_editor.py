"""Officers change what a planned plot offers: its lease status and the utilities on site.

A plot's clearance is never edited here: it comes from the cadastral parcels beneath it (the clearance
page edits those). A save goes through ``Store.update_plots`` with the version the officer saw when the
plot came on screen: if someone changed the plot meanwhile, the save is refused in one sentence naming
who, and nothing is overwritten; "Reload" then edits the plot as it is now.
"""

from __future__ import annotations

import streamlit as st

from geo.edits import local_times, plot_change
from geo.errors import ConflictError, SiteReadyError
from geo.messages import sentence
from geo.schema import LEASE_STATUSES, UTILITIES
from layers.catalogue import label
from layers.i18n import t
from layers.snapshot import Snapshot
from layers.text import md_escape, truthy

SEEN = "plot_seen"  # plot id -> the version the officer edits
FLASH = "plot_flash"  # the outcome of the last save: {"pid", "kind", "text", "conflict"}


def _why(err: SiteReadyError, lang: str) -> str:
    return md_escape(sentence(local_times(err.message), lang))


def plot_editor(store, snap: Snapshot, plot_id: str, lang: str, user, *, where: str) -> None:
    """The editor of one plot's lease status and utilities (``where`` keeps the widgets of two pages apart)."""
    row = snap.plot_row.get(plot_id)
    if row is None:
        return
    plot = snap.layers["plots"].iloc[row]
    version = int(plot["version"] or 0)
    seen = st.session_state.setdefault(SEEN, {})
    seen.setdefault(plot_id, version)
    st.markdown(f"**{t('plot_edit_heading', lang, pid=md_escape(plot_id))}**")
    st.caption(t("plot_edit_intro", lang))
    gen = st.session_state.get("plot_gen", 0)
    key = f"plot_{where}_{plot_id}_{gen}"
    with st.form(key):
        lease = st.selectbox(t("f_lease", lang), list(LEASE_STATUSES), key=f"{key}_lease",
                             index=list(LEASE_STATUSES).index(plot["lease_status"])
                             if plot["lease_status"] in LEASE_STATUSES else 0,
                             format_func=lambda s: label("lease", s, lang))
        cols = st.columns(len(UTILITIES))
        for col, u in zip(cols, UTILITIES):
            col.checkbox(t(f"u_{u}", lang), value=truthy(plot[f"utility_{u}"]), key=f"{key}_{u}")
        st.text_input(t("plot_note", lang), key=f"{key}_note")
        st.form_submit_button(t("plot_save", lang), type="primary", on_click=_save,
                              args=(store, plot.to_dict(), key, lang, user.username))
    del lease
    flash = st.session_state.get(FLASH)
    if flash and flash["pid"] == plot_id:
        {"success": st.success, "error": st.error, "info": st.info}[flash["kind"]](flash["text"])
    if seen[plot_id] != version:
        if not (flash and flash["pid"] == plot_id and flash["conflict"]):
            st.info(t("plot_stale", lang, pid=md_escape(plot_id), v=version, seen=seen[plot_id]))
        if st.button(t("plot_reload", lang), key=f"{key}_reload"):
            seen[plot_id] = version
            st.session_state["plot_gen"] = gen + 1
            st.session_state[FLASH] = {"pid": plot_id, "kind": "info", "conflict": False,
                                       "text": t("plot_reloaded", lang, pid=md_escape(plot_id), v=version)}
            st.rerun()


def _save(store, plot: dict, key: str, lang: str, username: str) -> None:
    """Save the submitted editor (before the page is drawn again) and say what happened."""
    ss = st.session_state
    pid = plot["id"]
    seen = ss.setdefault(SEEN, {})
    change = plot_change(plot, lease_status=ss.get(f"{key}_lease"),
                         utilities={u: bool(ss.get(f"{key}_{u}")) for u in UTILITIES},
                         note=ss.get(f"{key}_note"), expect_version=seen.get(pid, int(plot["version"] or 0)))
    try:
        version = store.update_plots([change], user=username)[0]
    except ConflictError as err:
        ss[FLASH] = {"pid": pid, "kind": "error", "conflict": True, "text": t("plot_conflict", lang, why=_why(err, lang))}
    except SiteReadyError as err:
        ss[FLASH] = {"pid": pid, "kind": "error", "conflict": False,
                     "text": t("plot_refused", lang, pid=md_escape(pid), why=_why(err, lang))}
    else:
        seen[pid] = version
        ss["plot_gen"] = ss.get("plot_gen", 0) + 1  # the next editor starts from the saved plot
        ss[FLASH] = {"pid": pid, "kind": "success", "conflict": False,
                     "text": t("plot_saved", lang, pid=md_escape(pid), what=_what(change, lang), v=version)}


def _what(change, lang: str) -> str:
    """What a saved plot change did, in a few words."""
    words = []
    if change.lease_status:
        words.append(t("clr_what_lease", lang, lease=label("lease", change.lease_status, lang)))
    for u, on in (change.utilities or {}).items():
        words.append(f"{t('u_' + u, lang)} {'✓' if on else '✗'}")
    return ", ".join(words)
