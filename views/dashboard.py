"""Planner dashboard: the land fund per zone and for the province, clearance progress, resettlement, deadlines."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from geo import io as gio
from geo import landfund
from geo.stages import STAGES
from layers.catalogue import STAGE_COLORS, TIER_COLORS, label, resettlement_status_text, stage_label, tier_label
from layers.i18n import fmt_ha, fmt_num, short_name, t
from layers.reports import fund_total_note, land_fund_html, land_fund_xlsx
from views.downloads import xlsx_button
from views.session import require_staff
from views import asof
from views.state import data_notice, snapshot, snapshot_on, store
from views.urlstate import language

#: The parcel fields the overdue list reads.
OVERDUE_FIELDS = ("zone_id", "clearance_stage", "stage_since")
OVERDUE_ROWS = 1000  # on screen, most overdue first; the XLSX download has them all


@st.cache_data(show_spinner=False, max_entries=4)
def _tables(url: str, counter: int, day: tuple[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """The page's tables for the store now, or (``day``: date and basis) as it stood on a past day.

    Now, nothing here holds every cadastral parcel: the land fund comes from the zones' sums the store keeps,
    the progress from the stage steps per day the writer keeps (``stage_moves``), the overdue list from the
    parcels at a stage with a deadline. A past day's come with it (``snapshot_on``: replayed a range of parcels at a time)."""
    snap = snapshot_on(*day) if day else snapshot()
    plots, z = snap.layers["plots"], snap.layers["zones"]
    fund = landfund.land_fund(None, z, snap.ready, plots, sums=snap.zone_sums)
    if day:
        # Replayed with the day (snapshot_on: geo.pastday): the steps of that day's parcels counted on that day,
        # on the same basis (the chart ends there), and the parcels overdue then.
        assert snap.past is not None and snap.past.moves is not None
        progress = landfund.progress(None, moves=snap.past.moves)
        overdue = snap.past.overdue
    else:
        progress = landfund.progress(None, moves=store().stage_moves())
        overdue = landfund.overdue(store().parcel_attributes(OVERDUE_FIELDS, since_before=landfund.deadline_dates()))
    return {
        "fund": fund,
        "hierarchy": landfund.fund_hierarchy(fund, z),
        "stages": landfund.stage_area_by_zone(None, sums=snap.zone_sums),
        "tiers": landfund.tier_area(plots, snap.ready).to_frame("ha"),
        "progress": progress,
        "resettlement": landfund.resettlement_balance(snap.ready, z, snap.layers["resettlement_areas"]),
        "overdue": overdue,
    }


def render() -> None:
    lang = language()
    user = require_staff(lang)
    if user is None:
        return
    asof.control(lang)
    snap = asof.view_snapshot()
    day = _day(snap)
    st.subheader(t("dash_heading", lang))
    data_notice(lang)
    asof.banner(lang)
    if day:
        st.caption(t("asof_lease_today", lang))
    tables = _tables(store().url, snap.counter, day)
    fund = tables["fund"]
    prov = fund.loc["_province"]
    cols = st.columns(5)
    cols[0].metric(t("metric_planned", lang), fmt_ha(prov["planned_ha"], lang))
    for col, key, metric in ((cols[1], "handed_over_ha", "metric_handed"), (cols[2], "in_clearance_ha", "metric_clearance"),
                             (cols[3], "ready_ha", "metric_ready"), (cols[4], "blocked_ha", "metric_blocked")):
        col.metric(t(metric, lang), fmt_ha(prov[key], lang))
        col.caption(t("of_plots" if key == "ready_ha" else "of_parcels", lang, p=fmt_num(prov[f"{key}_pct"], lang)))

    st.markdown(f"#### {t('fund_table', lang)}")
    hier, names, note = tables["hierarchy"], _zone_names(snap, lang), _total_note(snap, lang)
    st.html(land_fund_html(hier, names, lang, note))  # every text escaped by land_fund_html

    left, right = st.columns(2)  # wide enough for the tiers' legend, one tier a line
    with left:
        st.markdown(f"#### {t('chart_stages', lang)}")
        st.altair_chart(localised(stage_chart(tables["stages"], snap, lang), lang), width="stretch")
    with right:
        st.markdown(f"#### {t('chart_tiers', lang)}")
        st.altair_chart(localised(tier_chart(tables["tiers"], lang), lang), width="stretch")
    st.markdown(f"#### {t('chart_progress', lang)}")
    st.altair_chart(localised(progress_chart(tables["progress"], lang), lang), width="stretch")

    st.markdown(f"#### {t('resettlement_heading', lang)}")
    st.dataframe(resettlement_view(tables["resettlement"], snap, lang), width="stretch", hide_index=True)
    st.markdown(f"#### {t('overdue_heading', lang)}")
    od = tables["overdue"]
    if od.empty:
        st.caption(t("overdue_none", lang))
    else:
        st.dataframe(overdue_view(od.head(OVERDUE_ROWS), snap, lang), width="stretch", hide_index=True, height=300)
        if len(od) > OVERDUE_ROWS:
            st.caption(t("overdue_more", lang, n=fmt_num(OVERDUE_ROWS, lang, 0), total=fmt_num(len(od), lang, 0)))
    rows = sum(len(tables[k]) for k in ("hierarchy", "stages", "resettlement", "overdue"))
    xlsx_button(t("download_xlsx", lang), "dl_fund", lambda: _fund_xlsx(store().url, snap.counter, lang, day),
                rows=rows, made_for=(store().url, snap.counter, lang, day), file_name="siteready-land-fund.xlsx",
                lang=lang, primary=True)


def _day(snap) -> tuple[str, str] | None:
    return None if snap.as_of is None else (snap.as_of[0].isoformat(), snap.as_of[1])


@st.cache_data(show_spinner=False, max_entries=4)
def _fund_xlsx(url: str, counter: int, lang: str, day: tuple[str, str] | None = None) -> bytes:
    """The land fund's XLSX as the page shows it, with its other tables, for one store state and language."""
    snap = snapshot_on(*day) if day else snapshot()
    tables = _tables(url, counter, day)
    return land_fund_xlsx(tables["hierarchy"], _zone_names(snap, lang), lang, note=_total_note(snap, lang), others={
        t("chart_stages", lang): stages_view(tables["stages"], snap, lang),
        t("resettlement_heading", lang): resettlement_view(tables["resettlement"], snap, lang),
        t("overdue_heading", lang): overdue_view(tables["overdue"], snap, lang),
    }, notice=gio.notice_text(snap.meta))


def _zone_names(snap, lang: str) -> dict[str, str]:
    return {z: snap.zone_name(z, lang) for z in snap.layers["zones"]["id"]}


def _total_note(snap, lang: str) -> str:
    """How the province total is built, naming each economic zone and its own planned area."""
    z = snap.layers["zones"]
    ez = z[z["kind"] == "kkt"]
    return fund_total_note([(snap.zone_name(i, lang), a) for i, a in zip(ez["id"], ez["planned_area_ha"])], lang)


def stages_view(stages: pd.DataFrame, snap, lang: str) -> pd.DataFrame:
    out = stages.copy()
    out.columns = [stage_label(s, lang) for s in out.columns]
    out.index = [snap.zone_name(z, lang) for z in out.index]
    out.index.name = t("f_zone", lang)
    return out


#: Vega's number format for Vietnamese: 1.234,5 (the axes otherwise read 1,234.5 beside the page's 1.234,5).
VI_NUMBERS = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", ""]}
#: Vietnamese names of months and days for the charts' time axes and tooltips (d3-time-format's locale; the
#: abbreviations are CLDR's): "thg 7 2025", not "Jul 2025".
VI_TIME = {
    "dateTime": "%H:%M:%S %d/%m/%Y", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["SA", "CH"],
    "days": ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
    "shortDays": ["CN", "Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7"],
    "months": [f"tháng {m}" for m in range(1, 13)],
    "shortMonths": [f"thg {m}" for m in range(1, 13)],
}


def localised(chart: alt.Chart, lang: str) -> alt.Chart:
    """``chart`` with its axis numbers, months and days written as the language writes them."""
    return chart.configure(locale={"number": VI_NUMBERS, "time": VI_TIME}) if lang == "vi" else chart


def stage_chart(stages: pd.DataFrame, snap, lang: str) -> alt.Chart:
    long = stages.reset_index().melt(id_vars="zone_id", var_name="stage", value_name="ha")
    long = long[long["ha"] > 0]
    long["zone"] = long["zone_id"].map(lambda z: short_name(snap.zone_name(z, lang)))
    long["label"] = long["stage"].map(lambda s: stage_label(s, lang))
    long["order"] = long["stage"].map(STAGES.index)
    labels = [stage_label(s, lang) for s in STAGES]
    # The chart's height holds the axis and the legend too (Streamlit fits the whole chart in it): room for a
    # readable row per zone plus the legend, one stage a line and never cut.
    return alt.Chart(long).mark_bar().encode(
        y=alt.Y("zone:N", sort="-x", title=None, axis=alt.Axis(labelLimit=220, labelOverlap=False)),
        x=alt.X("sum(ha):Q", title="ha"),
        color=alt.Color("label:N", scale=alt.Scale(domain=labels, range=[STAGE_COLORS[s] for s in STAGES]),
                        title=t("f_stage", lang),
                        legend=alt.Legend(orient="bottom", direction="vertical", columns=1, labelLimit=0)),
        order=alt.Order("order:Q"),
        tooltip=["zone:N", "label:N", alt.Tooltip("ha:Q", format=",.1f")],
    ).properties(height=max(420, 20 * long["zone"].nunique() + 230))


def tier_chart(tiers: pd.DataFrame, lang: str) -> alt.Chart:
    df = tiers.reset_index().rename(columns={"index": "tier"})
    df.columns = ["tier", "ha"]
    df["label"] = df["tier"].map(lambda n: tier_label(n, lang))
    df["short"] = df["label"].str.split(":").str[0]  # "Mức 1" under the bar; the legend says what it means
    return alt.Chart(df).mark_bar().encode(
        x=alt.X("short:N", sort=None, title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("ha:Q", title="ha"),
        color=alt.Color("label:N", scale=alt.Scale(domain=list(df["label"]), range=[TIER_COLORS[n] for n in df["tier"]]),
                        title=None, legend=alt.Legend(orient="bottom", direction="vertical", columns=1, labelLimit=0)),
        tooltip=["label:N", alt.Tooltip("ha:Q", format=",.1f")],
    ).properties(height=420)


def progress_chart(progress: pd.DataFrame, lang: str) -> alt.Chart:
    if progress.empty:
        return alt.Chart(pd.DataFrame({"period": [], "ha": []})).mark_line()
    df = progress.reset_index().melt(id_vars="period", var_name="stage", value_name="ha")
    df["label"] = df["stage"].map(lambda s: stage_label(s, lang))
    labels = [stage_label(s, lang) for s in STAGES[1:]]
    return alt.Chart(df).mark_line(interpolate="step-after").encode(
        x=alt.X("period:T", title=t("period", lang)),
        y=alt.Y("ha:Q", title="ha"),
        color=alt.Color("label:N", scale=alt.Scale(domain=labels, range=[STAGE_COLORS[s] for s in STAGES[1:]]),
                        title=None, legend=alt.Legend(orient="bottom", columns=2, labelLimit=0)),
        tooltip=[alt.Tooltip("period:T"), "label:N", alt.Tooltip("ha:Q", format=",.1f")],
    ).properties(height=380)


def resettlement_view(res: pd.DataFrame, snap, lang: str) -> pd.DataFrame:
    """Need against capacity per zone: names instead of ids, stages in words, the status as a whole sentence."""
    areas = snap.layers["resettlement_areas"]
    area_names = dict(zip(areas["id"], areas["name_en" if lang == "en" else "name_vi"]))

    def names(ids: str) -> str:
        return "; ".join(area_names.get(i, i) for i in str(ids).split("; ") if i)

    def stages(codes: str) -> str:
        return "; ".join(label("rs", c, lang) for c in str(codes).split("; ") if c)

    return pd.DataFrame({
        t("f_zone", lang): [snap.zone_name(z, lang) for z in res["zone_id"]],
        t("r_households", lang): res["households_waiting"],
        t("r_free", lang): res["free_lots_ready"],
        t("r_capacity", lang): res["capacity_lots"],
        t("r_allocated", lang): res["allocated_lots"],
        t("r_areas", lang): [names(a) for a in res["areas"]],
        t("r_stages", lang): [stages(c) for c in res["stages"]],
        t("r_status", lang): [resettlement_status_text(c, n, f, lang)
                              for c, n, f in zip(res["status"], res["households_waiting"], res["free_lots_ready"])],
    })


def overdue_view(od: pd.DataFrame, snap, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("f_id", lang): od["parcel_id"],
        t("f_zone", lang): [snap.zone_name(z, lang) for z in od["zone_id"]],
        t("f_stage", lang): [stage_label(s, lang) for s in od["clearance_stage"]],
        t("o_since", lang): od["stage_since"],
        t("o_days", lang): od["days"],
        t("o_flag", lang): [t(f"flag_{f}", lang) for f in od["flag"]],
    })
