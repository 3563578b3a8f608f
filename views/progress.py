"""Clearance progress (staff): the change between two dates, and the pace and forecast against targets.

The change tab replays the history on both dates a range of parcels at a time
(:func:`geo.timeline.changes_of`): per zone the area handed over in between, parcels that moved stage, newly
blocked and unblocked parcels; a chart, the map of the changed parcels coloured by what happened to them,
the list (the largest :data:`CHANGE_LIST_MAX` by area, and how many changed in all), and an XLSX of it all.
The forecast tab shows :func:`geo.forecast.forecast` per zone with its target; planners (and admins) set a
zone's target there. ``geo landfund --as-of`` and ``geo forecast`` give the same figures on the command line.
"""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import folium
import numpy as np
import pandas as pd
import streamlit as st

from geo import forecast as gforecast
from geo import io as gio
from geo import replay
from geo import timeline as gtimeline
from geo.timeutil import local_today
from geo.stages import STAGES
from layers import catalogue, maps
from layers.catalogue import CHANGE_COLORS, change_label, stage_label
from layers.i18n import fmt_date, fmt_ha, fmt_num, number_grid, short_name, t
from layers.snapshot import Snapshot, parcel_label
from layers.text import md_escape
from views import fastmap
from views.blocks import kv_table
from views.dashboard import localised
from views.downloads import xlsx_button
from views.feedback import message, show_error
from views.session import require_staff
from views.state import data_notice, snapshot, store
from views.urlstate import language

#: The change map draws at most this many changed parcels (the largest first).
CHANGE_MAP_MAX = 3000
#: The change list (and its XLSX) holds at most this many changed parcels, the largest by area: the change
#: between two dates a year apart can be a third of the parcels (a million at ten million parcels).
CHANGE_LIST_MAX = gtimeline.CHANGE_LIST_MAX
MAP_KEY = "change_map"
FROM_PARAM, TO_PARAM = "from", "to"
ALL = "_all"


def render() -> None:
    lang = language()
    user = require_staff(lang)
    if user is None:
        return
    st.subheader(t("progress_heading", lang))
    data_notice(lang)
    change_tab, forecast_tab = st.tabs([t("tab_change", lang), t("tab_forecast", lang)])
    snap = snapshot()
    with change_tab:
        change_section(snap, lang)
    with forecast_tab:
        forecast_section(snap, lang, user)


# ------------------------------------------------------------------ between two dates
def _param_day(name: str, default: date) -> date:
    try:
        return gtimeline.as_date(st.query_params.get(name) or default)
    except Exception:  # noqa: BLE001 - a link's date that is not one: the default instead
        return default


def _dates(lang: str) -> tuple[date, date, str] | None:
    today = local_today()
    c1, c2, c3 = st.columns([1, 1, 2])
    a = c1.date_input(t("change_from", lang), value=_param_day(FROM_PARAM, today - timedelta(days=365)),
                      max_value=today, format="DD/MM/YYYY", key=f"chg_from_{lang}")
    b = c2.date_input(t("change_to", lang), value=_param_day(TO_PARAM, today), max_value=today,
                      format="DD/MM/YYYY", key=f"chg_to_{lang}")
    basis = c3.radio(t("asof_basis", lang), gtimeline.BASES, key=f"chg_basis_{lang}", horizontal=True,
                     format_func=lambda x: t(f"asof_basis_{x}", lang), help=t("asof_basis_help", lang))
    if not isinstance(a, date) or not isinstance(b, date):
        return None
    st.query_params[FROM_PARAM], st.query_params[TO_PARAM] = a.isoformat(), b.isoformat()
    if a >= b:
        st.warning(t("change_bad_order", lang, a=fmt_date(a, lang), b=fmt_date(b, lang)))
        return None
    return a, b, basis


@st.cache_data(show_spinner=False, max_entries=8)
def _change(url: str, counter: int, a: str, b: str, basis: str) -> gtimeline.Change:
    """The change between ``a`` and ``b``, once per store state: the per-zone figures, the largest changed
    parcels (at most :data:`CHANGE_LIST_MAX`) and how many changed, replayed a range of parcels at a time
    (:func:`geo.timeline.changes_of`): no page holds every parcel nor the whole history."""
    parts = replay.parcel_pieces(store(), gtimeline.CHANGE_COLUMNS, gtimeline.CHANGE_EVENT_COLUMNS)
    return gtimeline.changes_of(parts, a, b, basis, keep=CHANGE_LIST_MAX)


def change_section(snap: Snapshot, lang: str) -> None:
    picked = _dates(lang)
    if picked is None:
        return
    a, b, basis = picked
    try:
        with st.spinner(t("change_replaying", lang)):
            change = _change(store().url, snap.counter, a.isoformat(), b.isoformat(), basis)
    except Exception as err:  # noqa: BLE001 - one sentence, details in the log
        show_error(err, lang)
        return
    zones = change.zones
    zones = zones[(zones[["handed_over_ha_change", "moved_stage", "newly_blocked", "unblocked", "new"]] != 0).any(axis=1)]
    cols = st.columns(4)
    cols[0].metric(t("change_handed_ha", lang), fmt_ha(zones["handed_over_ha_change"].sum(), lang))
    cols[1].metric(t("change_moved", lang), fmt_num(zones["moved_stage"].sum(), lang, 0))
    cols[2].metric(t("change_newly_blocked", lang), fmt_num(zones["newly_blocked"].sum(), lang, 0))
    cols[3].metric(t("change_unblocked", lang), fmt_num(zones["unblocked"].sum(), lang, 0))
    table = zone_change_view(zones, snap, lang)
    st.markdown(f"#### {t('change_by_zone', lang)}")
    left, right = st.columns([3, 2])
    with left:
        st.dataframe(number_grid(table, lang), hide_index=True, width="stretch")
    with right:
        if len(zones):
            st.altair_chart(localised(change_chart(zones, snap, lang), lang), width="stretch")
    st.markdown(f"#### {t('change_map', lang)}")
    zone_ids = [ALL, *[z for z in zones["zone_id"] if z in snap.zone_names]]
    zone = st.selectbox(t("change_zone_filter", lang), zone_ids, key=f"chg_zone_{lang}", placeholder=t("choose_one", lang),
                        format_func=lambda z: t("everywhere_choice", lang) if z == ALL else snap.zone_name(z, lang))
    change_map(snap, change, zone, lang)
    listing = parcel_change_view(snap, change.changed, lang)
    st.markdown(f"#### {t('change_list', lang)} ({fmt_num(change.total, lang, 0)})")
    if change.capped:
        st.caption(t("change_list_capped", lang, n=fmt_num(len(change.changed), lang, 0),
                     total=fmt_num(change.total, lang, 0)))
    st.dataframe(listing, hide_index=True, width="stretch", height=320)
    sheets = {t("change_by_zone", lang): table, t("change_list", lang): listing}
    made_for = (store().url, snap.counter, a.isoformat(), b.isoformat(), basis, lang)
    xlsx_button(t("change_xlsx", lang), "dl_change", lambda: _change_xlsx(*made_for, _sheets=sheets),
                rows=len(table) + len(listing), made_for=made_for,
                file_name=f"siteready-change-{a.isoformat()}-{b.isoformat()}.xlsx", lang=lang)


@st.cache_data(show_spinner=False, max_entries=4)
def _change_xlsx(url: str, counter: int, a: str, b: str, basis: str, lang: str, *, _sheets) -> bytes:
    """The change's workbook (its two tables as the page shows them), once per store state, dates and language."""
    return gio.tables_xlsx(_sheets)


def _zone_text(snap: Snapshot, z: str, lang: str) -> str:
    return t("outside_zone_row", lang) if z == "_outside" else snap.zone_name(z, lang)


def zone_change_view(zones: pd.DataFrame, snap: Snapshot, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("f_zone", lang): [_zone_text(snap, z, lang) for z in zones["zone_id"]],
        t("col_handed_before", lang): zones["handed_over_ha_before"].to_numpy(),
        t("col_handed_after", lang): zones["handed_over_ha_after"].to_numpy(),
        t("col_handed_change", lang): zones["handed_over_ha_change"].to_numpy(),
        t("col_moved", lang): zones["moved_stage"].to_numpy(),
        t("col_newly_blocked", lang): zones["newly_blocked"].to_numpy(),
        t("col_unblocked", lang): zones["unblocked"].to_numpy(),
        t("col_new", lang): zones["new"].to_numpy(),
    })


def change_chart(zones: pd.DataFrame, snap: Snapshot, lang: str) -> alt.Chart:
    df = pd.DataFrame({"zone": [short_name(_zone_text(snap, z, lang)) for z in zones["zone_id"]],
                       "ha": zones["handed_over_ha_change"].to_numpy(dtype=float)})
    return alt.Chart(df).mark_bar(color=CHANGE_COLORS["handed_over"]).encode(
        y=alt.Y("zone:N", sort="-x", title=None, axis=alt.Axis(labelLimit=220, labelOverlap=False)),
        x=alt.X("ha:Q", title=t("change_chart", lang)),
        tooltip=["zone:N", alt.Tooltip("ha:Q", format=",.2f")],
    ).properties(height=max(240, 26 * len(df) + 60))


def change_map(snap: Snapshot, change: gtimeline.Change, zone: str, lang: str) -> None:
    """The changed parcels of the zone (or all), the largest :data:`CHANGE_MAP_MAX` of those the change keeps
    (the largest of all: so the largest of any zone too); a caption says how many of how many."""
    changed = change.changed
    if zone == ALL:
        picked, total = changed, change.total
    else:
        members = snap.zone_members(zone)
        picked = changed[changed["zone_id"].isin(members).to_numpy()]
        total = change.count_in(members)
    if picked.empty:
        st.caption(t("change_map_none", lang))
        return
    if len(picked) > CHANGE_MAP_MAX:
        area = picked["area_m2"].to_numpy(dtype=float)
        picked = picked.iloc[np.argsort(-area, kind="stable")[:CHANGE_MAP_MAX]]
    n, of = fmt_num(len(picked), lang, 0), fmt_num(total, lang, 0)
    if len(picked) < total and zone == ALL:
        st.caption(t("change_map_capped", lang, n=n, total=of))
    elif len(picked) < total:  # a zone's: those left out by the map's cap or the list's
        st.caption(t("change_map_capped_zone", lang, n=n, total=of))
    sub, picked = _drawn(snap, picked["id"].to_numpy(dtype=object), picked)
    view = maps.view_of(maps.bounds_of(sub.geometry.values), 900, 480, max_zoom=17)
    base = fastmap.prepared(snap.cache, ("change", lang, zone), view, lambda: _base_map(snap, lang, view))
    fg = folium.FeatureGroup(name=t("change_map", lang))
    maps.change_layer(sub, picked["change"].to_numpy(dtype=object), picked["stage_before"].to_numpy(dtype=object),
                      picked["stage_after"].to_numpy(dtype=object), lang).add_to(fg)
    left, right = st.columns([4, 1.2])
    with left:
        fastmap.show(base, key=MAP_KEY, height=500, feature_groups=[fg], center=view["center"], zoom=view["zoom"],
                     returned_objects=[])
    with right:
        st.html(maps.legend_html(t("col_change", lang), catalogue.change_legend(lang)))


@st.cache_data(show_spinner=False, max_entries=8)
def _drawn_parcels(url: str, counter: int, ids: tuple[str, ...]):
    found = store().read_layer("parcels", ids=list(ids), columns=["sheet_no", "parcel_no"])
    at = pd.Index(found["id"].to_numpy(dtype=object)).get_indexer(list(ids))
    return found.iloc[at[at >= 0]]


def _drawn(snap: Snapshot, ids: np.ndarray, picked: pd.DataFrame) -> tuple:
    """The changed parcels the map draws, with their geometry, read by id (at most CHANGE_MAP_MAX; the rest of
    the page needs none), and their rows of ``picked`` (a parcel gone from the store since is left out)."""
    sub = _drawn_parcels(store().url, snap.counter, tuple(str(i) for i in ids))
    keep = pd.Index(ids).isin(sub["id"].to_numpy(dtype=object))
    return sub, picked[keep]


def _base_map(snap: Snapshot, lang: str, view: dict) -> folium.Map:
    m = maps.make_map(basemap=False, view=view)
    maps.province_layer(snap.layers["province"], lang).add_to(m)
    maps.zones_layer(snap.layers["zones"], lang, snap.tiers_of_zones()).add_to(m)
    return m


def parcel_change_view(snap: Snapshot, changed: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The changed parcels the change keeps (:attr:`geo.timeline.Change.changed`), as the list and the XLSX
    show them."""
    return pd.DataFrame({
        t("kind_parcel", lang): [parcel_label(r) for r in changed[["id", "sheet_no", "parcel_no"]].to_dict("records")],
        t("f_zone", lang): [snap.zone_name(z, lang) for z in changed["zone_id"]],
        t("col_change", lang): [change_label(c, lang) for c in changed["change"]],
        t("col_stage_before", lang): [stage_label(s, lang) if isinstance(s, str) else "—" for s in changed["stage_before"]],
        t("col_stage_after", lang): [stage_label(s, lang) if isinstance(s, str) else "—" for s in changed["stage_after"]],
        t("f_area", lang): changed["area_m2"].to_numpy(dtype=float).round(0),
    })


# ------------------------------------------------------------------ pace and forecast
@st.cache_data(show_spinner=False, max_entries=4)
def _forecast(url: str, counter: int, day: str, targets_key: tuple) -> tuple[pd.DataFrame, pd.DataFrame]:
    targets = {z: gforecast.Target(a, gtimeline.as_date(d), by) for z, a, d, by in targets_key}
    zones = snapshot().layers["zones"]
    when = gtimeline.as_date(day)
    # One pass over the store's parcels a range at a time for both, keeping the zones' sums only (issue #17).
    past = gforecast.replay_store(store(), when)
    table = gforecast.forecast(past, None, zones, when, targets)
    monthly = gforecast.monthly_pace(past, zones, months=24)
    return table, monthly


def forecast_section(snap: Snapshot, lang: str, user) -> None:
    st.caption(t("forecast_intro", lang, horizon=fmt_date(gforecast.PLAN_HORIZON, lang)))
    targets = store().targets()
    key = tuple(sorted((z, tg.area_ha, tg.due.isoformat(), tg.by) for z, tg in targets.items()))
    with st.spinner(t("forecast_replaying", lang)):
        table, monthly = _forecast(store().url, snap.counter, local_today().isoformat(), key)
    table = table[table["recoverable_ha"] > 0].reset_index(drop=True)
    st.dataframe(number_grid(forecast_view(table, snap, lang), lang), hide_index=True, width="stretch")
    st.download_button(t("forecast_csv", lang), data=forecast_view(table, snap, lang).to_csv(index=False).encode("utf-8-sig"),
                       file_name="siteready-forecast.csv", mime="text/csv", on_click="ignore", key="dl_forecast")
    st.markdown(f"#### {t('forecast_chart', lang)}")
    st.altair_chart(localised(forecast_chart(table, snap, lang), lang), width="stretch")
    ids = list(table["zone_id"])
    if not ids:
        return
    zone = st.selectbox(t("forecast_zone", lang), ids, key=f"fc_zone_{lang}", placeholder=t("choose_one", lang),
                        format_func=lambda z: snap.zone_name(z, lang))
    row = table[table["zone_id"] == zone].iloc[0]
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{t('forecast_monthly', lang)}**")
        st.altair_chart(localised(monthly_chart(monthly.loc[zone], lang), lang), width="stretch")
    with right:
        own = targets.get(zone)
        kv_table(zone_summary(row, lang, own))
        st.markdown(f"**{t('forecast_stage_days', lang)}**")
        st.dataframe(pd.DataFrame({
            t("col_stage", lang): [stage_label(s, lang) for s in STAGES[1:-1]],
            t("col_days", lang): [row.get(f"days_{s}") for s in STAGES[1:-1]],
        }), hide_index=True, width="stretch")
    if user.role in ("planner", "admin"):
        target_form(snap, zone, row, own, lang, user)


def zone_summary(row, lang: str, own) -> list[tuple[str, str]]:
    """One zone's forecast in words: remaining land, expected date and interval, target, status."""
    lo, hi = row["expected_low"], row["expected_high"]
    target = t("target_text", lang, ha=fmt_num(row["target_ha"], lang, 2), day=fmt_date(row["target_date"], lang))
    return [
        (t("col_remaining", lang), fmt_num(row["remaining_ha"], lang, 2)),
        (t("col_pace", lang, w=12), fmt_num(row["pace_12m_ha"], lang, 2)),
        (t("col_expected", lang), fmt_date(row["expected"], lang) if row["expected"] is not None else "—"),
        (t("col_interval", lang), f"{fmt_date(lo, lang)} – {fmt_date(hi, lang)}" if lo is not None and hi is not None else "—"),
        (t("col_target", lang), target + (f" — {t('target_set_by', lang, by=own.by or '—')}" if own else
                                          f" {t('target_plan', lang)}")),
        (t("col_status", lang), _status_text(row["status"], lang)),
    ]


def _status_text(code: str, lang: str) -> str:
    return t(f"fc_{code}", lang)


def forecast_view(table: pd.DataFrame, snap: Snapshot, lang: str) -> pd.DataFrame:
    def interval(lo, hi) -> str:
        return f"{fmt_date(lo, lang)} – {fmt_date(hi, lang)}" if lo is not None and hi is not None else "—"

    out = {
        t("f_zone", lang): [snap.zone_name(z, lang) for z in table["zone_id"]],
        t("col_recoverable", lang): table["recoverable_ha"].to_numpy(),
        t("col_handed", lang): table["handed_over_ha"].to_numpy(),
        t("col_remaining", lang): table["remaining_ha"].to_numpy(),
    }
    for w in gforecast.WINDOWS:
        out[t("col_pace", lang, w=w)] = table[f"pace_{w}m_ha"].to_numpy()
    out[t("col_expected", lang)] = [fmt_date(d, lang) if d is not None else "—" for d in table["expected"]]
    out[t("col_interval", lang)] = [interval(lo, hi) for lo, hi in zip(table["expected_low"], table["expected_high"])]
    out[t("col_target", lang)] = [
        t("target_text", lang, ha=fmt_num(a, lang, 2), day=fmt_date(d, lang)) + ("" if by else f" {t('target_plan', lang)}")
        for a, d, by in zip(table["target_ha"], table["target_date"], table["target_set_by"])]
    out[t("col_status", lang)] = [_status_text(s, lang) for s in table["status"]]
    return pd.DataFrame(out)


STATUS_COLORS = {"met": "#238b45", "on_track": "#74c476", "at_risk": "#fdae6b", "behind": "#d94801", "no_pace": "#969696"}


def forecast_chart(table: pd.DataFrame, snap: Snapshot, lang: str) -> alt.Chart:
    has = table[table["expected"].notna()].copy()
    far = pd.Timestamp(gforecast.PLAN_HORIZON) + pd.DateOffset(years=10)
    df = pd.DataFrame({
        "zone": [short_name(snap.zone_name(z, lang)) for z in has["zone_id"]],
        "expected": pd.to_datetime(has["expected"]).clip(upper=far),
        "low": pd.to_datetime(has["expected_low"]).clip(upper=far),
        "high": pd.to_datetime(has["expected_high"].map(lambda d: d if d is not None else far.date())).clip(upper=far),
        "target": pd.to_datetime(has["target_date"]),
        "status": [_status_text(s, lang) for s in has["status"]],
    })
    domain = [_status_text(s, lang) for s in STATUS_COLORS]
    colour = alt.Color("status:N", scale=alt.Scale(domain=domain, range=list(STATUS_COLORS.values())), title=None,
                       legend=alt.Legend(orient="bottom"))
    y = alt.Y("zone:N", sort=alt.EncodingSortField("expected", order="ascending"), title=None,
              axis=alt.Axis(labelLimit=220, labelOverlap=False))
    base = alt.Chart(df)
    return (base.mark_rule(strokeWidth=3).encode(y=y, x=alt.X("low:T", title=None), x2="high:T", color=colour)
            + base.mark_point(filled=True, size=70).encode(y=y, x="expected:T", color=colour,
                                                           tooltip=["zone:N", "status:N", alt.Tooltip("expected:T"),
                                                                    alt.Tooltip("low:T"), alt.Tooltip("high:T")])
            + base.mark_tick(color="#333333", thickness=2, size=14).encode(y=y, x="target:T")
            ).properties(height=max(240, 28 * len(df) + 90))


def monthly_chart(series: pd.Series, lang: str) -> alt.Chart:
    df = pd.DataFrame({"month": pd.to_datetime(list(series.index)), "ha": series.to_numpy(dtype=float)})
    return alt.Chart(df).mark_bar(color=CHANGE_COLORS["handed_over"]).encode(
        x=alt.X("yearmonth(month):T", title=t("col_month", lang)),
        y=alt.Y("ha:Q", title="ha"),
        tooltip=[alt.Tooltip("yearmonth(month):T"), alt.Tooltip("ha:Q", format=",.2f")],
    ).properties(height=260)


def target_form(snap: Snapshot, zone: str, row, own, lang: str, user) -> None:
    """Planners and admins: the zone's own target (area handed over by a date), or back to the plan's."""
    st.markdown(f"#### {t('target_form', lang)}: {md_escape(snap.zone_name(zone, lang))}")
    with st.form(f"target_form_{zone}"):
        c1, c2 = st.columns(2)
        area = c1.number_input(t("target_area", lang), min_value=0.0, step=5.0, format="%.2f",
                               value=float(own.area_ha if own else row["recoverable_ha"]))
        due = c2.date_input(t("target_due", lang), value=own.due if own else gforecast.PLAN_HORIZON,
                            format="DD/MM/YYYY")
        b1, b2 = st.columns(2)
        save = b1.form_submit_button(t("target_save", lang), type="primary")
        clear = b2.form_submit_button(t("target_clear", lang), disabled=own is None)
    outcome = st.session_state.pop("target_outcome", None)
    if outcome:
        (st.success if outcome[0] == "ok" else st.error)(outcome[1])
    if not (save or clear):
        return
    try:
        if save:
            saved = store().set_target(zone, area, due, user=user.username)
            said = t("target_saved", lang, zone=snap.zone_name(zone, lang), ha=fmt_num(saved.area_ha, lang, 2),
                     day=fmt_date(saved.due, lang))
        else:
            store().clear_target(zone, user=user.username)
            said = t("target_cleared", lang, zone=snap.zone_name(zone, lang))
    except Exception as err:  # noqa: BLE001 - a refusal in one sentence (details in the log)
        st.error(t("target_refused", lang, why=message(err, lang)))
        return
    st.session_state["target_outcome"] = ("ok", md_escape(said))
    st.rerun()  # the table, the chart and the summary with the new target
