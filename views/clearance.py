"""Land officers record clearance progress of cadastral parcels (thửa đất): one at a time, or many in a
table or an uploaded file; and what planned plots (lô) offer: lease status and utilities.

A parcel is picked by zone (or "outside every zone", or anywhere), by its sheet and parcel number
("12/345") or id, or on the map. The page never holds the cadastre: the zones' parcel counts come from the
snapshot (``zone_sums``), and the parcels it lists, draws or tabulates are asked of the store a page at a
time (``Store.zone_parcels``), however many a zone holds. Every save goes through ``Store.update_parcels`` (parcels) or
``Store.update_plots`` (plots) with the version the officer saw: if someone changed it meanwhile, the save
is refused with who and when, and nothing is overwritten. A plot's clearance is never typed: it follows
from the parcels beneath it, and the page shows the plots over the edited parcel as they are after a save.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import folium
import pandas as pd
import shapely
import streamlit as st
from streamlit_folium import st_folium

from geo.aggregates import NO_ZONE
from geo.edits import form_change, local_time, local_times, table_changes
from geo.timeutil import local_today
from geo.errors import ConflictError, SiteReadyError
from geo.imports import plan_store_import
from geo.messages import sentence
from geo.picker import LABEL_SEP, NAME_SEP, chosen, label_of
from geo.stages import STAGES, deadline_flags
from geo.timeutil import iso_date
from geo.users import EDIT_ROLES
from layers import maps
from layers.catalogue import label, stage_label, stage_legend
from layers.i18n import fmt_num, t
from layers.maps import handed_over_text, parcel_names
from layers.text import md_escape, missing
from layers.viewport import nearest
from views.blocks import history_grid
from views.plot_editor import plot_editor
from views.profiles import land_use_text, recovered_text
from views.feedback import show_error
from views.session import require_staff
from views.state import snapshot
from views.state import store as get_store
from views.urlstate import language, selection_from_url

MAP_KEY = "clearance_map"
PICK_LIMIT = 500  # parcels listed in the picker; beyond, a search narrows the list
MAP_PARCELS = 2000  # parcels drawn on the zone map; beyond, those nearest the edited parcel
BULK_ROWS = 500  # rows of the bulk table at a time
BULK_COLUMNS = ["id", "name", "clearance_stage", "blocked", "blocked_reason", "version"]
#: The parcels' fields each list reads from the store (no geometry but the map's).
PICK_FIELDS = ("sheet_no", "parcel_no", "clearance_stage", "zone_id")
TABLE_FIELDS = ("sheet_no", "parcel_no", "clearance_stage", "blocked", "blocked_reason", "version")
MAP_FIELDS = ("sheet_no", "parcel_no", "clearance_stage", "blocked", "land_use_code", "area_m2")
#: The zone filter's choices besides the zones: parcels in no zone, and every parcel.
OUTSIDE = "_outside"
EVERYWHERE = "_all"


def render() -> None:
    lang = language()
    user = require_staff(lang, roles=EDIT_ROLES)
    if user is None:
        return
    st.subheader(t("clearance_heading", lang))
    one, many, plots = st.tabs([t("tab_one", lang), t("tab_bulk", lang), t("tab_plots", lang)])
    with one:
        single(lang, user)
    with many:
        bulk(lang, user)
    with plots:
        plots_tab(lang, user)


def _zones_with_parcels(snap) -> list[str]:
    """The zone filter's choices: the zones holding parcels, then "outside every zone" (when a parcel lies
    outside), then "anywhere" (from the zones' parcel counts the store's writer keeps)."""
    counts = _parcel_counts(snap)
    zones = sorted((z for z in counts if z != NO_ZONE), key=lambda z: snap.zone_name(z, "vi"))
    if not counts:
        return []
    return [*zones, *([OUTSIDE] if NO_ZONE in counts else []), EVERYWHERE]


def _parcel_counts(snap) -> dict[str, int]:
    """The parcels of each zone holding some (``NO_ZONE``: those outside every zone)."""
    sums = snap.zone_sums
    return {str(z): int(n) for z, n in zip(sums.index, sums["parcels"]) if n > 0}


def _zone_count(snap, choice: str) -> int:
    """How many parcels a zone filter's choice holds."""
    counts = _parcel_counts(snap)
    if choice == EVERYWHERE:
        return sum(counts.values())
    return counts.get(NO_ZONE if choice == OUTSIDE else choice, 0)


def _zone_of(choice: str) -> str | None:
    """A zone filter's choice as the store takes it (``Store.zone_parcels``)."""
    return None if choice == EVERYWHERE else NO_ZONE if choice == OUTSIDE else choice


def _filter_name(snap, choice: str, lang: str) -> str:
    if choice == OUTSIDE:
        return t("outside_zones_choice", lang)
    if choice == EVERYWHERE:
        return t("everywhere_choice", lang)
    return snap.zone_name(choice, lang)


def _in_filter(rows: pd.DataFrame, choice: str) -> pd.DataFrame:
    """The ``rows`` (parcels with their ``zone_id``) that a zone filter's choice holds."""
    if choice == EVERYWHERE:
        return rows
    zone = rows["zone_id"].to_numpy(dtype=object)
    if choice == OUTSIDE:
        return rows.loc[[missing(z) for z in zone]]
    return rows.loc[zone == choice]


def single(lang: str, user) -> None:
    """One parcel: pick it (from a list or the zone map), see its state, record a change, see its history.

    A save runs (in the form's callback) before anything is drawn, so the picker, the zone map and the state
    panel show the parcel as saved; a refusal keeps what the officer typed, and says why, naming the parcel.
    """
    snap = snapshot()
    store = get_store()
    zones = _zones_with_parcels(snap)
    if not zones:
        st.info(t("no_parcels", lang))
        return
    left, right = st.columns([1.1, 1.6])
    with left:
        zone, pid = pick_parcel(snap, store, zones, lang)
    if pid is None:  # the zone's parcels moved since its count (an import): nothing to pick in it now
        st.info(t("no_parcels", lang))
        return
    parcel = store.get_parcel(pid)  # fresh from the store, not the shared snapshot
    with right:
        zone_map(snap, store, zone, parcel, lang)
    seen = _seen(parcel)
    current_state(parcel, lang)
    plots_over(snap, pid, lang)
    edit_form(store, parcel, seen, lang, user)
    outcome(store, parcel, seen, lang)
    history_table(store, pid, lang)


def _seen(parcel: dict) -> dict:
    """The versions the officer edits, by parcel: a parcel's version when it comes on screen, then the
    version of the officer's own save or reload (a change by someone else meanwhile is a conflict)."""
    seen = st.session_state.setdefault("clr_seen", {})
    pid = parcel["id"]
    if st.session_state.get("clr_shown") != pid:  # another parcel on screen: its state as it is now
        st.session_state["clr_shown"] = pid
        seen[pid] = parcel["version"]
        st.session_state.pop("clr_flash", None)
    seen.setdefault(pid, parcel["version"])
    return seen


def pick_parcel(snap, store, zones: list[str], lang: str) -> tuple[str, str | None]:
    """The zone and parcel to edit: from a shared link, a click on the zone map, or the pickers.

    The picker lists the zone's first PICK_LIMIT parcels, or a search's first PICK_LIMIT hits, as the store
    gives them (``Store.zone_parcels``), and the parcel being edited. The parcel chosen is kept in ``clr_pid``
    and given to the picker on every run: the picker's labels carry each parcel's stage, so a save (or a
    language switch) changes them, and the picker must not lose the parcel then."""
    ss = st.session_state
    sel = selection_from_url()
    linked = _parcels_by_id(store, [sel[1]]) if sel and sel[0] == "parcel" else None
    preset = linked["id"].iat[0] if linked is not None and len(linked) else None
    if preset and "clr_zone" not in ss:
        zone_id = linked["zone_id"].iat[0]
        ss["clr_zone"] = OUTSIDE if missing(zone_id) else zone_id
    _keep_choice("clr_zone", zones, lambda z, lg: _filter_name(snap, z, lg))
    zone = st.selectbox(t("pick_zone", lang), zones, key="clr_zone", format_func=lambda z: _filter_name(snap, z, lang))
    total = _zone_count(snap, zone)
    # The officer's search: a sheet and parcel number ("12/345", "tờ 12 thửa 345") or part of an id.
    query = st.text_input(t("find_parcel", lang), key=f"clr_find_{zone}",  # each zone its own search
                          placeholder=t("find_parcel_hint", lang))
    found = store.zone_parcels(_zone_of(zone), PICK_FIELDS, text=query or None, limit=PICK_LIMIT)
    first_hit = found["id"].iat[0] if query and len(found) and ss.get("clr_query") != (zone, query) else None
    ss["clr_query"] = (zone, query)
    first = found if not query else store.zone_parcels(_zone_of(zone), PICK_FIELDS, limit=1)
    pid, known = _chosen_parcel(store, zone, _joined(first.head(1), found), preset, first_hit)
    if pid is None:
        return zone, None
    ss["clr_pid"] = ss["clr_parcel"] = pid  # before the picker: it shows this parcel, with today's labels
    stages = dict(zip(known["id"], known["clearance_stage"]))
    names = dict(zip(known["id"], parcel_names(known)))
    options = list(found["id"])
    if pid not in options:
        options = [pid, *options[:PICK_LIMIT - 1]]
    if query or total > PICK_LIMIT:
        st.caption(t("pick_some", lang, n=len(options), total=total))
    st.selectbox(t("pick_parcel", lang), options, key="clr_parcel",
                 format_func=lambda i: label_of(i, stage_label(stages[i], lang), names[i]))
    st.caption(t("pick_hint", lang))
    return zone, pid


def _parcels_by_id(store, ids: list[str]) -> pd.DataFrame:
    """The picker's fields of these parcels (those that exist), from the store."""
    return pd.DataFrame(store.read_layer("parcels", ids=ids, columns=list(PICK_FIELDS)).drop(columns="geometry"))


def _chosen_parcel(store, zone: str, listed: pd.DataFrame, preset: str | None,
                   searched: str | None = None) -> tuple[str | None, pd.DataFrame]:
    """The parcel to edit (see geo.picker.chosen) and the picker's rows known so far (``listed``, the zone's
    first parcel first, and those of the candidates that lie in the zone): a new search's first hit counts as a
    click; a click on the zone map counts once (the map keeps reporting its last click, which must not take the
    picker back to it). The candidates not listed are asked of the store by id."""
    ss = st.session_state
    clicked = _clicked(ss.get(MAP_KEY))
    fresh = clicked if clicked != ss.get("clr_clicked") else None
    ss["clr_clicked"] = clicked
    picked, editing = ss.get("clr_parcel"), ss.get("clr_pid")
    wanted = [i for i in (searched or fresh, *_label_ids(picked), editing, preset)
              if isinstance(i, str) and i and i not in set(listed["id"])]
    if wanted:
        listed = _joined(listed, _in_filter(_parcels_by_id(store, list(dict.fromkeys(wanted))), zone))
    listed = listed.drop_duplicates("id").reset_index(drop=True)
    if listed.empty:
        return None, listed
    return chosen(list(listed["id"]), clicked=searched or fresh, picked=picked, editing=editing,
                  linked=preset), listed


def _joined(*frames: pd.DataFrame) -> pd.DataFrame:
    """Rows of the picker's frames one after the other (the empty ones left out: pandas warns of them)."""
    held = [f for f in frames if len(f)]
    return pd.concat(held, ignore_index=True) if held else frames[0]


def _label_ids(value: object) -> list[str]:
    """The parcel ids a picker's value may name (geo.picker.picked_id): the value itself, or, for a label it
    showed, the label's head and the id at the head's end."""
    if not isinstance(value, str):
        return []
    if LABEL_SEP not in value:
        return [value]
    head = value.rsplit(LABEL_SEP, 1)[0]
    return [value, head, head.rsplit(NAME_SEP, 1)[-1]]


def _keep_choice(key: str, choices: list[str], name) -> None:
    """Give a zone picker its choice again before it is drawn, so that it shows the label of the current
    language; after a language switch it reports the label it showed: the choice that label names
    (``name(choice, lang)``), or none."""
    value = st.session_state.get(key)
    if value is None:
        return
    if value not in choices:
        value = {name(c, lg): c for c in choices for lg in ("vi", "en")}.get(value)
    if value is None:
        del st.session_state[key]
    else:
        st.session_state[key] = value


def current_state(parcel: dict, lang: str) -> None:
    """The parcel as the store holds it now: stage and since when, version, area recovered and land use,
    deadlines."""
    name = parcel_names({k: [parcel[k]] for k in ("id", "sheet_no", "parcel_no")})[0]
    st.markdown(f"#### {md_escape(name)} · {t('current_state', lang)}")
    since = parcel["stage_since"]
    cols = st.columns(4)
    cols[0].markdown(f"**{t('f_stage', lang)}**  \n{stage_label(parcel['clearance_stage'], lang)}")
    cols[0].caption(t("since", lang, d=since) if since else "")
    cols[1].metric(t("f_version", lang), parcel["version"])
    cols[1].caption(md_escape(f"{parcel['updated_by'] or ''} · {local_time(parcel['updated_at'])}"))
    area = parcel.get("area_m2")
    cols[2].metric(t("f_measured_area", lang), "—" if missing(area) else f"{fmt_num(area, lang, 0)} m²")
    cols[2].caption(md_escape(f"{recovered_text(parcel, lang)} · {land_use_text(parcel.get('land_use_code'), lang)}"))
    flags = deadline_flags(parcel["clearance_stage"], iso_date(since))
    cols[3].markdown(f"**{t('deadlines', lang)}**")
    if flags:
        for f in flags:
            cols[3].error(t(f"flag_{f}", lang))
    else:
        cols[3].caption(t("no_deadline", lang))
    if parcel["blocked"]:
        st.warning(f"{t('f_blocked', lang)}: {md_escape(parcel['blocked_reason'] or '')}")


def plots_over(snap, pid: str, lang: str) -> None:
    """The plots over the parcel, each with its share handed over as it is now (after a save, with it)."""
    over = snap.plots_over(pid)
    for plot_id, share in zip(over["id"], over["handed_over_share"]):
        st.caption(t("plot_share_after", lang, pid=md_escape(plot_id), share=handed_over_text(share, lang)))


FORM_FIELDS = ("stage", "when", "doc", "note", "blocked", "reason")
KEEP_STAGE = ""  # the stage picker's first option: keep the stage


def _form_keys(pid: str, lang: str) -> dict[str, str]:
    """The form's widget keys: per parcel and per form generation (a successful save starts a new one, with
    empty inputs); the stage's per language too (a picker keeps the label it showed)."""
    gen = st.session_state.get("clr_gen", 0)
    keys = {f: f"clr_{f}_{pid}_{gen}" for f in FORM_FIELDS}
    keys["stage"] += f"_{lang}"
    return keys


def _start_inputs(keys: dict[str, str], parcel: dict) -> None:
    """A new form's inputs (set once, before the widgets): no stage, today, no document or note, and the
    parcel's blocked flag and reason. What they started as is kept, so a reload can tell typed from not."""
    start = st.session_state.setdefault("clr_start", {})
    values = {"stage": KEEP_STAGE, "when": local_today(), "doc": "", "note": "", "blocked": bool(parcel["blocked"]),
              "reason": parcel["blocked_reason"] or ""}
    for field, value in values.items():
        if keys[field] not in st.session_state:
            st.session_state[keys[field]] = value
            start[keys[field]] = value


def edit_form(store, parcel: dict, seen: dict, lang: str, user) -> None:
    """The change form; a save carries the version the officer saw (``seen``), so a parcel changed
    meanwhile is refused, not overwritten. The save runs in the button's callback (see :func:`_save_form`)."""
    pid = parcel["id"]
    keys = _form_keys(pid, lang)
    _start_inputs(keys, parcel)
    today = local_today()
    with st.form(f"clr_form_{pid}"):
        # The stage stays unless the officer picks another: ticking "blocked" alone changes only that.
        st.selectbox(t("new_stage", lang), [KEEP_STAGE, *STAGES], key=keys["stage"],
                     format_func=lambda s: t("no_change", lang) if s == KEEP_STAGE else stage_label(s, lang))
        c1, c2 = st.columns(2)
        c1.date_input(t("event_date", lang), max_value=today, format="DD/MM/YYYY", key=keys["when"])
        c2.text_input(t("doc_ref", lang), key=keys["doc"])
        st.text_area(t("note", lang), height=80, key=keys["note"])
        c3, c4 = st.columns([1, 3])
        c3.checkbox(t("blocked_box", lang), key=keys["blocked"])
        c4.text_input(t("blocked_reason", lang), key=keys["reason"])
        st.form_submit_button(t("save", lang), type="primary", on_click=_save_form,
                              args=(store, parcel, keys, lang, user.username))


def _save_form(store, parcel: dict, keys: dict[str, str], lang: str, username: str) -> None:
    """Save the submitted form (before the page is drawn again): on success a new, empty form and the
    parcel's new version as the one seen; on a refusal the inputs stay. Either way the outcome is said."""
    ss = st.session_state
    pid = parcel["id"]
    seen = ss.setdefault("clr_seen", {})
    when = ss.get(keys["when"])
    change = form_change(parcel, stage=ss.get(keys["stage"]) or None, at=when.isoformat() if when else "",
                         note=ss.get(keys["note"]), document_ref=ss.get(keys["doc"]),
                         blocked=bool(ss.get(keys["blocked"])), reason=ss.get(keys["reason"]),
                         expect_version=seen.get(pid, parcel["version"]))
    try:
        event = store.update_parcels([change], user=username)[0]
    except ConflictError as err:
        _flash(pid, "error", t("clr_conflict", lang, why=_why(err, lang)), conflict=True)
    except SiteReadyError as err:
        _flash(pid, "error", t("clr_refused", lang, pid=md_escape(pid), why=_why(err, lang)))
    else:
        seen[pid] = event.version
        ss["clr_gen"] = ss.get("clr_gen", 0) + 1  # the next form starts empty
        ss["clr_start"] = {}
        _flash(pid, "success", t("clr_saved", lang, pid=md_escape(pid), when=local_time(event.recorded_at),
                                 what=_what(event, change, lang), v=event.version))


def _why(err: SiteReadyError, lang: str) -> str:
    """A refusal's sentence in ``lang``, its times in local time, safe in markdown."""
    return md_escape(sentence(local_times(err.message), lang))


def _what(event, change, lang: str) -> str:
    """What a saved change did, in a few words: "stage → …", "marked blocked" …"""
    words = []
    for action in event.action.split("+"):
        if action == "stage":
            words.append(t("clr_what_stage", lang, stage=stage_label(event.to_stage, lang)))
        elif action == "blocked":
            words.append(t("clr_what_blocked", lang))
        elif action == "unblocked":
            words.append(t("clr_what_unblocked", lang))
        elif action == "lease":
            words.append(t("clr_what_lease", lang, lease=label("lease", getattr(change, "lease_status", None), lang)))
        elif action == "utilities":
            words.append(t("clr_what_utilities", lang))
    return ", ".join(words)


def _flash(pid: str, kind: str, text: str, *, conflict: bool = False) -> None:
    """The outcome of the last save or reload of ``pid``, said under its form until the next one."""
    st.session_state["clr_flash"] = {"pid": pid, "kind": kind, "text": text, "conflict": conflict}


def outcome(store, parcel: dict, seen: dict, lang: str) -> None:
    """Under the form: what the last save or reload did, and when the parcel changed since the officer
    began (someone else saved it), that it did, with a button to edit the new version."""
    pid = parcel["id"]
    flash = st.session_state.get("clr_flash")
    flash = flash if flash and flash["pid"] == pid else None
    if flash:
        {"success": st.success, "error": st.error, "info": st.info}[flash["kind"]](flash["text"])
    if seen[pid] == parcel["version"]:
        return
    if not (flash and flash["conflict"]):  # a conflict's message says it already
        st.info(t("clr_stale", lang, pid=md_escape(pid), by=md_escape(parcel["updated_by"] or t("clr_someone", lang)),
                  when=local_time(parcel["updated_at"]), v=parcel["version"], seen=seen[pid]))
    st.button(t("reload", lang), key=f"reload_{pid}", on_click=_reload, args=(store, pid, lang))


def _reload(store, pid: str, lang: str) -> None:
    """Edit the parcel's current version: only the version seen changes, what the officer typed stays;
    the blocked flag and reason follow the parcel unless the officer changed them."""
    ss = st.session_state
    fresh = store.get_parcel(pid)
    ss.setdefault("clr_seen", {})[pid] = fresh["version"]
    keys = _form_keys(pid, lang)
    start = ss.setdefault("clr_start", {})
    for field, value in (("blocked", bool(fresh["blocked"])), ("reason", fresh["blocked_reason"] or "")):
        key = keys[field]
        if ss.get(key) == start.get(key):  # not changed by the officer
            ss[key] = start[key] = value
    _flash(pid, "info", t("clr_reloaded", lang, pid=md_escape(pid), v=fresh["version"],
                          by=md_escape(fresh["updated_by"] or t("clr_someone", lang)),
                          when=local_time(fresh["updated_at"])))


def history_table(store, pid: str, lang: str) -> None:
    history_grid(store.history(pid), lang)


def _clicked(state) -> str | None:
    drawing = (state or {}).get("last_active_drawing")
    props = (drawing or {}).get("properties") or {}
    return props.get("id") if props.get("layer") == "parcel" else None


def zone_map(snap, store, zone: str, parcel: dict, lang: str) -> None:
    """The cadastral parcels of the zone filter coloured by stage, the edited one outlined; in a large
    project the MAP_PARCELS nearest the edited parcel (and the map opens around them)."""
    pid = parcel["id"]
    total = _zone_count(snap, zone)
    if total > MAP_PARCELS and parcel.get("geometry") is not None:
        mine = _nearest_in_zone(store, zone, parcel["geometry"], MAP_PARCELS)
    else:
        mine = store.zone_parcels_in(_zone_of(zone), MAP_FIELDS)
    if mine.empty:  # (the zone emptied since its count: an import moved its parcels)
        mine = store.read_layer("parcels", ids=[pid], columns=list(MAP_FIELDS))
    view = maps.view_of(maps.bounds_of(mine.geometry.values), 700, 380)
    m = maps.make_map(basemap=False, view=view)
    fg = folium.FeatureGroup(name=t("layer_parcels", lang))
    maps.cadastral_layer(mine, lang, zoom=view["zoom"], pale=False).add_to(fg)
    hit = mine[mine["id"] == pid]
    if len(hit):
        maps.selection_layer(hit.geometry.iat[0], lang).add_to(fg)
    st_folium(m, key=MAP_KEY, height=380, use_container_width=True, feature_group_to_add=[fg],
              returned_objects=["last_active_drawing"], center=view["center"], zoom=view["zoom"])
    if total > len(mine):
        st.caption(t("map_nearest", lang, n=len(mine), total=total))
    st.html(maps.legend_html(f"{t('legend', lang)}: {t('layer_parcels', lang)} — {t('color_stage', lang)}",
                             stage_legend(lang)))  # every text escaped by legend_html


#: The half-width (degrees) of the first box searched around the edited parcel, and how much each next one
#: grows, for the zone map's nearest parcels; a box this wide takes in the whole province.
NEAR_START, NEAR_GROWTH, NEAR_WHOLE = 0.001, 1.5, 4.0


def _nearest_in_zone(store, zone: str, geom, limit: int):
    """The ``limit`` parcels of a zone filter's choice nearest ``geom`` (by centroid; those a box around it
    holds: the box grows until it holds ``limit``, then half as wide again, so that none nearer is left out),
    with their geometry, in store order."""
    c = shapely.centroid(geom)
    half = NEAR_START
    while half < NEAR_WHOLE and store.count_zone_parcels(_zone_of(zone), bbox=_box(c, half)) < limit:
        half *= NEAR_GROWTH
    near = store.zone_parcels_in(_zone_of(zone), MAP_FIELDS, bbox=_box(c, half * NEAR_GROWTH))
    return near.iloc[nearest(near.geometry.values, geom, limit)]


def _box(c, half: float) -> tuple[float, float, float, float]:
    return c.x - half, c.y - half, c.x + half, c.y + half


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
    _keep_choice("bulk_zone", zones, lambda z, lg: _filter_name(snap, z, lg))
    zone = st.selectbox(t("pick_zone", lang), zones, key="bulk_zone", format_func=lambda z: _filter_name(snap, z, lang),
                        disabled=dirty)
    base, first, key = bulk_page(snap, store, zone, dirty, lang)
    st.session_state["bulk_editor_key"] = key
    edited = st.data_editor(base, key=key, hide_index=True, width="stretch", height=360,
                            disabled=["id", "name", "version"],
                            column_config=bulk_columns(lang))
    if dirty:
        st.caption(t("bulk_dirty", lang))
    save, undo = st.columns([1, 3])
    undo.button(t("bulk_undo", lang), key="bulk_undo_button", disabled=not dirty, on_click=_undo_table)
    if dirty:  # new edits: the last save's message is done
        st.session_state.pop("bulk_flash", None)
    if save.button(t("bulk_save", lang), type="primary", key="bulk_save"):
        st.session_state.pop("bulk_flash", None)
        save_table(store, table_changes(base, edited, offset=first), lang, user)
    if "bulk_flash" in st.session_state:
        st.success(st.session_state["bulk_flash"])
    st.divider()
    upload = st.file_uploader(t("bulk_upload", lang), type=["csv", "xlsx"], key="bulk_file")
    if upload is not None:
        bulk_file(upload, lang, user, store)


def bulk_page(snap, store, zone: str, dirty: bool, lang: str) -> tuple[pd.DataFrame, int, str]:
    """The rows of the table (the zone's parcels at the stages picked, one page of them, read from the store as
    it is now: versions too), the number of rows before the page, and the editor's key (a new table whenever
    its rows, their versions or an undo change)."""
    c1, c2 = st.columns([2, 1])
    only = c1.multiselect(t("bulk_stages", lang), list(STAGES), key=f"bulk_only_{zone}_{lang}",  # labels: per language
                          format_func=lambda s: stage_label(s, lang), disabled=dirty,
                          placeholder=t("bulk_all_stages", lang))
    total = store.count_zone_parcels(_zone_of(zone), stages=only) if only else _zone_count(snap, zone)
    pages = max(1, -(-total // BULK_ROWS))
    page = 1
    if pages > 1:  # a large project: the table holds one page of rows at a time
        page = int(c2.number_input(t("bulk_page", lang, pages=pages), min_value=1, max_value=pages, step=1,
                                   key=f"bulk_page_{zone}_{','.join(only)}", disabled=dirty))
    first = (page - 1) * BULK_ROWS
    rows = store.zone_parcels(_zone_of(zone), TABLE_FIELDS, stages=only or None, offset=first, limit=BULK_ROWS)
    st.caption(t("bulk_rows", lang, a=first + 1, b=first + len(rows), n=max(total, first + len(rows))) if len(rows)
               else t("bulk_none", lang))
    base = pd.DataFrame(rows.assign(name=parcel_names(rows))[BULK_COLUMNS])
    base["blocked"] = base["blocked"].fillna(False).astype(bool)
    base["blocked_reason"] = base["blocked_reason"].fillna("")
    base["note"] = ""
    base["document_ref"] = ""
    key = f"bulk_{zone}_{page}_{','.join(only)}_{int(base['version'].sum())}_{st.session_state.get('bulk_undo', 0)}"
    return base, first, key


def bulk_columns(lang: str) -> dict:
    """The bulk table's columns: titles in ``lang``, stages as a list of their labels."""
    return {
        "id": st.column_config.TextColumn(t("f_id", lang)),
        "name": st.column_config.TextColumn(t("f_sheet_parcel", lang)),
        "clearance_stage": st.column_config.SelectboxColumn(t("f_stage", lang), options=list(STAGES), required=True,
                                                            format_func=lambda s: stage_label(s, lang)),
        "blocked": st.column_config.CheckboxColumn(t("f_blocked", lang)),
        "blocked_reason": st.column_config.TextColumn(t("blocked_reason", lang)),
        "note": st.column_config.TextColumn(t("note", lang).split(" (")[0]),
        "document_ref": st.column_config.TextColumn(t("doc_ref", lang).split(" (")[0]),
        "version": st.column_config.NumberColumn(t("f_version", lang)),
    }


def save_table(store, changes: list, lang: str, user) -> None:
    """Save the table's changes together (or none, saying why); after a save the table is drawn again
    from the store, under a message naming what was saved."""
    if not changes:
        st.info(t("bulk_nothing", lang))
        return
    try:
        events = store.update_parcels(changes, user=user.username)
    except SiteReadyError as err:
        st.error(t("clr_bulk_refused", lang, why=_why(err, lang)))
    else:
        seen = st.session_state.setdefault("clr_seen", {})
        for e in events:  # the officer's own saves are no conflict in the one-parcel form
            if e.parcel_id in seen:
                seen[e.parcel_id] = e.version
        st.session_state["bulk_flash"] = bulk_saved_text(events, changes, lang)
        st.session_state.pop("bulk_editor_key", None)  # saved: nothing is pending
        st.rerun()


BULK_NAMED = 5  # a bulk save names its parcels up to this many, else counts them


def bulk_saved_text(events: list, changes: list, lang: str) -> str:
    """What a bulk save did: each parcel and its change when a few, the count when many; in markdown."""
    when = local_time(events[0].recorded_at) if events else ""
    if len(events) > BULK_NAMED:
        return t("clr_bulk_saved_many", lang, n=len(events), when=when)
    by_id = {c.parcel_id: c for c in changes}
    items = "; ".join(f"{md_escape(e.parcel_id)} ({_what(e, by_id.get(e.parcel_id), lang)})" for e in events)
    return t("clr_bulk_saved", lang, n=len(events), when=when, items=items)


def _undo_table() -> None:
    """A fresh table (a new editor key) without the unsaved edits."""
    st.session_state["bulk_undo"] = st.session_state.get("bulk_undo", 0) + 1
    st.session_state.pop("bulk_editor_key", None)


def bulk_file(upload, lang: str, user, store) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(upload.name).name
        path.write_bytes(upload.getvalue())
        try:
            plan = plan_store_import(store, path, "parcels")
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


def plots_tab(lang: str, user) -> None:
    """What a zone's planned plots offer (lease status, utilities): pick a plot, edit it."""
    snap = snapshot()
    plots = snap.layers["plots"]
    zones = sorted(set(plots["zone_id"].dropna()), key=lambda z: snap.zone_name(z, "vi"))
    if not zones:
        st.info(t("no_plots", lang))
        return
    if "plot_zone" not in st.session_state and st.session_state.get("clr_zone") in zones:
        st.session_state["plot_zone"] = st.session_state["clr_zone"]  # the zone of the parcel being edited
    _keep_choice("plot_zone", zones, lambda z, lg: snap.zone_name(z, lg))
    zone = st.selectbox(t("pick_zone", lang), zones, key="plot_zone", format_func=lambda z: snap.zone_name(z, lang))
    mine = plots.loc[plots["zone_id"] == zone]
    numbers = dict(zip(mine["id"], mine["plot_no"]))
    shares = dict(zip(mine["id"], mine["handed_over_share"]))
    pid = st.selectbox(t("pick_plot", lang), list(mine["id"]), key=f"plot_pick_{zone}",
                       format_func=lambda i: f"{i} · {numbers[i]} — {handed_over_text(shares[i], lang)}"
                       if not missing(numbers[i]) else f"{i} — {handed_over_text(shares[i], lang)}")
    if pid:
        plot_editor(get_store(), snap, pid, lang, user, where="clearance")
