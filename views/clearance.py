"""Land officers record clearance progress: one parcel at a time, or many in a table or an uploaded file.

Every save goes through ``Store.update_parcels`` with the version the officer saw: if someone changed the
parcel meanwhile, the save is refused with who and when, and nothing is overwritten.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo.edits import form_change, table_changes
from geo.errors import ConflictError, SiteReadyError
from geo.imports import plan_import
from geo.picker import matching
from geo.schema import LEASE_STATUSES
from geo.stages import STAGES, deadline_flags
from geo.timeutil import iso_date
from geo.users import EDIT_ROLES
from layers import maps
from layers.catalogue import label, stage_label, stage_legend
from layers.i18n import fmt_ha, t
from layers.text import md_escape
from layers.viewport import nearest
from views.feedback import show_error
from views.session import require_staff
from views.state import snapshot
from views.state import store as get_store
from views.urlstate import language, selection_from_url

MAP_KEY = "clearance_map"
PICK_LIMIT = 500  # parcels listed in the picker; beyond, a search narrows the list
MAP_PARCELS = 2000  # parcels drawn on the zone map; beyond, those nearest the edited parcel
BULK_ROWS = 500  # rows of the bulk table at a time
BULK_COLUMNS = ["id", "clearance_stage", "lease_status", "blocked", "blocked_reason", "version"]


def render() -> None:
    lang = language()
    user = require_staff(lang, roles=EDIT_ROLES)
    if user is None:
        return
    st.subheader(t("clearance_heading", lang))
    one, many = st.tabs([t("tab_one", lang), t("tab_bulk", lang)])
    with one:
        single(lang, user)
    with many:
        bulk(lang, user)


def _zones_with_parcels(snap) -> list[str]:
    return sorted(set(snap.layers["parcels"]["zone_id"]), key=lambda z: snap.zone_name(z, "vi"))


def single(lang: str, user) -> None:
    """One parcel: pick it (from a list or the zone map), see its state, record a change, see its history."""
    snap = snapshot()
    store = get_store()
    zones = _zones_with_parcels(snap)
    if not zones:
        st.info(t("no_parcels", lang))
        return
    left, right = st.columns([1.1, 1.6])
    with left:
        zone, pid = pick_parcel(snap, zones, lang)
    with right:
        zone_map(snap, zone, pid, lang)
    parcel = store.get_parcel(pid)  # fresh from the store, not the shared snapshot
    seen = st.session_state.setdefault("clr_seen", {})
    seen.setdefault(pid, parcel["version"])
    current_state(parcel, lang)
    if seen[pid] != parcel["version"]:
        st.info(t("conflict_help", lang))
    edit_form(store, parcel, seen, lang, user)
    if seen[pid] != store.get_parcel(pid)["version"] and st.button(t("reload", lang), key=f"reload_{pid}"):
        seen[pid] = store.get_parcel(pid)["version"]
        st.rerun()
    history_table(store, pid, lang)


def pick_parcel(snap, zones: list[str], lang: str) -> tuple[str, str]:
    """The zone and parcel to edit: from a shared link, a click on the zone map, or the pickers."""
    sel = selection_from_url()
    preset = sel[1] if sel and sel[0] == "parcel" and sel[1] in snap.parcel_row else None
    if preset and "clr_zone" not in st.session_state:
        st.session_state["clr_zone"] = snap.layers["parcels"]["zone_id"].iat[snap.parcel_row[preset]]
    zone = st.selectbox(t("pick_zone", lang), zones, key="clr_zone", format_func=lambda z: snap.zone_name(z, lang))
    p = snap.layers["parcels"]
    mine = p.loc[p["zone_id"] == zone]
    ids = list(mine["id"])
    clicked = _clicked(st.session_state.get(MAP_KEY))
    if clicked in ids:
        st.session_state["clr_parcel"] = clicked
    if preset in ids and "clr_parcel" not in st.session_state:
        st.session_state["clr_parcel"] = preset
    if st.session_state.get("clr_parcel") not in ids:
        st.session_state["clr_parcel"] = ids[0]
    stages = dict(zip(ids, mine["clearance_stage"]))
    options = ids
    if len(ids) > PICK_LIMIT:  # a large project: the list holds the matches of a search, not every parcel
        query = st.text_input(t("find_parcel", lang), key=f"clr_find_{zone}",  # each zone its own search
                              placeholder=t("find_parcel_hint", lang))
        options = matching(ids, query, PICK_LIMIT, keep=st.session_state["clr_parcel"])
        st.caption(t("pick_some", lang, n=len(options), total=len(ids)))
    pid = st.selectbox(t("pick_parcel", lang), options, key="clr_parcel",
                       format_func=lambda i: f"{i} — {stage_label(stages[i], lang)}")
    st.caption(t("pick_hint", lang))
    return zone, pid


def current_state(parcel: dict, lang: str) -> None:
    """The parcel as the store holds it now: stage and since when, version, area and lease, deadlines."""
    pid = parcel["id"]
    st.markdown(f"#### {md_escape(pid)} · {t('current_state', lang)}")
    since = parcel["stage_since"]
    cols = st.columns(4)
    cols[0].markdown(f"**{t('f_stage', lang)}**  \n{stage_label(parcel['clearance_stage'], lang)}")
    cols[0].caption(t("since", lang, d=since) if since else "")
    cols[1].metric(t("f_version", lang), parcel["version"])
    cols[1].caption(f"{parcel['updated_by'] or ''} · {(parcel['updated_at'] or '')[:16]}")
    cols[2].metric(t("f_area", lang), fmt_ha(parcel["area_ha"], lang))
    cols[2].caption(label("lease", parcel["lease_status"], lang))
    flags = deadline_flags(parcel["clearance_stage"], iso_date(since))
    cols[3].markdown(f"**{t('deadlines', lang)}**")
    if flags:
        for f in flags:
            cols[3].error(t(f"flag_{f}", lang))
    else:
        cols[3].caption(t("no_deadline", lang))
    if parcel["blocked"]:
        st.warning(f"{t('f_blocked', lang)}: {md_escape(parcel['blocked_reason'] or '')}")


def edit_form(store, parcel: dict, seen: dict, lang: str, user) -> None:
    """The change form; a save carries the version the officer saw (``seen``), so a parcel changed
    meanwhile is refused, not overwritten."""
    pid = parcel["id"]
    with st.form(f"clr_form_{pid}"):
        # The stage stays unless the officer picks another: ticking "blocked" alone changes only that.
        stage = st.selectbox(t("new_stage", lang), [None, *STAGES], index=0,
                             format_func=lambda s: t("no_change", lang) if s is None else stage_label(s, lang))
        c1, c2 = st.columns(2)
        when = c1.date_input(t("event_date", lang), value=date.today(), max_value=date.today(), format="DD/MM/YYYY")
        doc = c2.text_input(t("doc_ref", lang))
        note = st.text_area(t("note", lang), height=80)
        c3, c4 = st.columns([1, 3])
        blocked = c3.checkbox(t("blocked_box", lang), value=bool(parcel["blocked"]))
        reason = c4.text_input(t("blocked_reason", lang), value=parcel["blocked_reason"] or "")
        submitted = st.form_submit_button(t("save", lang), type="primary")
    if not submitted:
        return
    change = form_change(parcel, stage=stage, at=when.isoformat(), note=note, document_ref=doc, blocked=blocked,
                         reason=reason, expect_version=seen[pid])
    try:
        event = store.update_parcels([change], user=user.username)[0]
    except ConflictError as err:
        show_error(err, lang, prefix=t("conflict_help", lang))
    except SiteReadyError as err:
        show_error(err, lang)
    else:
        seen[pid] = event.version
        st.success(t("saved", lang, pid=md_escape(pid), v=event.version))


def history_table(store, pid: str, lang: str) -> None:
    st.markdown(f"**{t('history', lang)}**")
    events = store.history(pid)
    if not events:
        st.caption(t("history_none", lang))
        return
    st.dataframe(pd.DataFrame([{
        "v": e.version, t("event_date", lang): e.at[:10], t("username", lang): e.by,
        t("f_stage", lang): f"{stage_label(e.from_stage, lang) if e.from_stage else '∅'} → {stage_label(e.to_stage, lang)}",
        "": e.action, t("note", lang).split(" (")[0]: e.note or "", t("doc_ref", lang).split(" (")[0]: e.document_ref or "",
    } for e in reversed(events)]), hide_index=True, width="stretch")


def _clicked(state) -> str | None:
    drawing = (state or {}).get("last_active_drawing")
    props = (drawing or {}).get("properties") or {}
    return props.get("id") if props.get("layer") == "parcel" else None


def zone_map(snap, zone: str, pid: str, lang: str) -> None:
    """The zone's parcels coloured by stage, the edited one outlined; in a large project the MAP_PARCELS
    nearest the edited parcel (and the map opens around them)."""
    p = snap.layers["parcels"]
    mine = p[p["zone_id"] == zone]
    total = len(mine)
    if total > MAP_PARCELS and pid in snap.parcel_row:
        mine = mine.iloc[nearest(mine.geometry.values, p.geometry.values[snap.parcel_row[pid]], MAP_PARCELS)]
    rows = [snap.parcel_row[i] for i in mine["id"]]
    view = maps.view_of(maps.bounds_of(mine.geometry.values), 700, 380)
    m = maps.make_map(basemap=False, view=view)
    fg = folium.FeatureGroup(name=t("layer_parcels", lang))
    maps.parcels_layer(mine, lang, color_by="stage", tiers=snap.ready.parcels["tier"].to_numpy()[rows]).add_to(fg)
    hit = mine[mine["id"] == pid]
    if len(hit):
        maps.selection_layer(hit.geometry.iat[0], lang).add_to(fg)
    st_folium(m, key=MAP_KEY, height=380, use_container_width=True, feature_group_to_add=[fg],
              returned_objects=["last_active_drawing"], center=view["center"], zoom=view["zoom"])
    if total > len(mine):
        st.caption(t("map_nearest", lang, n=len(mine), total=total))
    st.html(maps.legend_html(f"{t('legend', lang)}: {t('layer_parcels', lang)} — {t('color_stage', lang)}",
                             stage_legend(lang)))  # every text escaped by legend_html


def bulk(lang: str, user) -> None:
    """Many parcels: a zone's parcels in an editable table (a page at a time), or an uploaded table."""
    snap = snapshot()
    store = get_store()
    st.caption(t("bulk_intro", lang))
    zones = _zones_with_parcels(snap)
    if not zones:
        st.info(t("no_parcels", lang))
        return
    if "bulk_zone" not in st.session_state and st.session_state.get("clr_zone") in zones:
        st.session_state["bulk_zone"] = st.session_state["clr_zone"]  # the zone of the parcel being edited
    # Unsaved edits in the table: another zone, filter or page would drop them, so those wait until a save or undo.
    prev = st.session_state.get("bulk_editor_key")
    shown = (st.session_state.get(prev) if prev else None) or {}
    dirty = any(shown.get(k) for k in ("edited_rows", "added_rows", "deleted_rows"))
    zone = st.selectbox(t("pick_zone", lang), zones, key="bulk_zone", format_func=lambda z: snap.zone_name(z, lang),
                        disabled=dirty)
    p = snap.layers["parcels"]  # the store's state at this run's change counter: versions included
    base, first, key = bulk_page(pd.DataFrame(p.loc[p["zone_id"] == zone, BULK_COLUMNS]), zone, dirty, lang)
    st.session_state["bulk_editor_key"] = key
    edited = st.data_editor(base, key=key, hide_index=True, width="stretch", height=360, disabled=["id", "version"],
                            column_config=bulk_columns(lang))
    if dirty:
        st.caption(t("bulk_dirty", lang))
    save, undo = st.columns([1, 3])
    undo.button(t("bulk_undo", lang), key="bulk_undo_button", disabled=not dirty, on_click=_undo_table)
    if save.button(t("bulk_save", lang), type="primary", key="bulk_save"):
        save_table(store, table_changes(base, edited, offset=first), lang, user)
    st.divider()
    upload = st.file_uploader(t("bulk_upload", lang), type=["csv", "xlsx"], key="bulk_file")
    if upload is not None:
        bulk_file(upload, lang, user, store)


def bulk_page(base: pd.DataFrame, zone: str, dirty: bool, lang: str) -> tuple[pd.DataFrame, int, str]:
    """The rows of the table (the stages picked, one page of them), the number of rows before the page,
    and the editor's key (a new table whenever its rows, their versions or an undo change)."""
    c1, c2 = st.columns([2, 1])
    only = c1.multiselect(t("bulk_stages", lang), list(STAGES), key=f"bulk_only_{zone}",
                          format_func=lambda s: stage_label(s, lang), disabled=dirty)
    if only:
        base = base[base["clearance_stage"].isin(only)]
    pages = max(1, -(-len(base) // BULK_ROWS))
    page = 1
    if pages > 1:  # a large project: the table holds one page of rows at a time
        page = int(c2.number_input(t("bulk_page", lang, pages=pages), min_value=1, max_value=pages, step=1,
                                   key=f"bulk_page_{zone}_{','.join(only)}", disabled=dirty))
    first = (page - 1) * BULK_ROWS
    st.caption(t("bulk_rows", lang, a=first + 1, b=min(first + BULK_ROWS, len(base)), n=len(base)) if len(base)
               else t("bulk_none", lang))
    base = base.iloc[first:first + BULK_ROWS].reset_index(drop=True)
    base["blocked"] = base["blocked"].fillna(False).astype(bool)
    base["blocked_reason"] = base["blocked_reason"].fillna("")
    base["note"] = ""
    base["document_ref"] = ""
    key = f"bulk_{zone}_{page}_{','.join(only)}_{int(base['version'].sum())}_{st.session_state.get('bulk_undo', 0)}"
    return base, first, key


def bulk_columns(lang: str) -> dict:
    """The bulk table's columns: titles in ``lang``, stages and lease statuses as lists of their labels."""
    return {
        "id": st.column_config.TextColumn(t("f_id", lang)),
        "clearance_stage": st.column_config.SelectboxColumn(t("f_stage", lang), options=list(STAGES), required=True,
                                                            format_func=lambda s: stage_label(s, lang)),
        "lease_status": st.column_config.SelectboxColumn(t("f_lease", lang), options=list(LEASE_STATUSES),
                                                         required=True, format_func=lambda s: label("lease", s, lang)),
        "blocked": st.column_config.CheckboxColumn(t("f_blocked", lang)),
        "blocked_reason": st.column_config.TextColumn(t("blocked_reason", lang)),
        "note": st.column_config.TextColumn(t("note", lang).split(" (")[0]),
        "document_ref": st.column_config.TextColumn(t("doc_ref", lang).split(" (")[0]),
        "version": st.column_config.NumberColumn(t("f_version", lang)),
    }


def save_table(store, changes: list, lang: str, user) -> None:
    """Save the table's changes together (or none, saying why)."""
    if not changes:
        st.info(t("bulk_nothing", lang))
        return
    try:
        events = store.update_parcels(changes, user=user.username)
    except SiteReadyError as err:
        show_error(err, lang)
    else:
        st.success(t("bulk_saved", lang, n=len(events)))
        st.session_state.pop("bulk_editor_key", None)  # saved: nothing is pending
        st.rerun()


def _undo_table() -> None:
    """A fresh table (a new editor key) without the unsaved edits."""
    st.session_state["bulk_undo"] = st.session_state.get("bulk_undo", 0) + 1
    st.session_state.pop("bulk_editor_key", None)


def bulk_file(upload, lang: str, user, store) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(upload.name).name
        path.write_bytes(upload.getvalue())
        try:
            plan = plan_import(path, "parcels")
        except SiteReadyError as err:
            show_error(err, lang)
            return
    if not plan.attributes_only:
        st.warning(t("not_a_table", lang))
        return
    st.markdown(f"**{t('bulk_preview', lang)}**")
    st.dataframe(pd.DataFrame(plan.rows), hide_index=True, width="stretch")
    if st.button(t("apply", lang), type="primary", key="bulk_apply"):
        try:
            report = store.apply_import(plan, user=user.username)
        except SiteReadyError as err:
            show_error(err, lang)
        else:
            st.success(t("bulk_saved", lang, n=len(report.updated)))
