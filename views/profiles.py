"""Profiles of a zone, a planned plot and a cadastral parcel: fields, tier and reasons, distances, sources,
history (a site's is in views.site_finder).

Investors see a plot's public fields and its derived clearance (the share handed over, blocked parcels);
staff also see the cadastral parcels beneath it, and a parcel's non-public fields and history. Personal
data shows only to those allowed to see it (``User.sees_personal``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from geo import crs as gcrs
from geo import landuse
from geo.schema import UTILITIES
from geo.search import DISTANCE_KINDS
from geo.users import User
from layers.catalogue import label, stage_label, tier_label
from layers.i18n import fmt_ha, fmt_num, name_of, t
from layers.maps import handed_over_text
from layers.snapshot import Snapshot, parcel_label
from layers.text import md_escape, missing, present, truthy
from views.blocks import grid, history_grid, kv_table, plot_history_grid, reasons_block, tier_badge
from views.plot_editor import plot_editor


def distances_block(snap: Snapshot, geom, lang: str) -> dict:
    """The nearest facility of each kind and its geodesic distance from the zone or plot itself (its
    nearest edge): a port inside or touching an economic zone is 0 km from it."""
    near = snap.facilities.nearest_to(gcrs.to_metric([geom]))
    rows = []
    for kind in DISTANCE_KINDS:
        if kind in near:
            rec = near[kind].iloc[0]
            name = name_of({"name_vi": rec["name_vi"], "name_en": rec["name_en"]}, lang) or "—"
            rows.append((t(f"dist_{kind}", lang), f"{fmt_num(rec['km'], lang)} km — {name}"))
    st.markdown(f"**{t('distances', lang)}**")
    kv_table(rows)
    return near


def _mark(value) -> str:
    """✓ for yes, ✗ for no, — when not known (an imported plot may not say)."""
    return "—" if missing(value) else ("✓" if truthy(value) else "✗")


def _when(stamp) -> str:
    """A recorded time as people read it: "2026-03-01 14:05" (not "2026-03-01T14:05:09Z"); "" when missing."""
    return "" if missing(stamp) else str(stamp).replace("T", " ").rstrip("Z")[:16]


def zone_profile(snap: Snapshot, zone_id: str, lang: str) -> None:
    zones = snap.layers["zones"]
    hit = zones[zones["id"] == zone_id]
    if hit.empty:
        st.warning(t("search_none", lang))
        return
    z = hit.iloc[0]
    st.markdown(f"### {md_escape(name_of(z, lang))}")
    st.caption(f"{t('profile_zone', lang)} · {md_escape(zone_id)}")
    tier_badge(snap.ready.zones.loc[zone_id, "tier"], lang)
    area = fmt_ha(z["planned_area_ha"], lang) + (f" ({t('estimated', lang)})" if truthy(z["area_estimated"]) else "")
    sectors = ", ".join(label("sector", s, lang) for s in str(present(z["sectors"])).split(";") if s)
    left, right = st.columns(2)
    with left:
        kv_table([
            (t("f_kind", lang), t(f"kind_{z['kind']}", lang)),
            (t("f_zone_stage", lang), label("zone_stage", z["stage"], lang)),
            (t("f_planned_area", lang), area),
            (t("f_industrial_land", lang), fmt_ha(z["industrial_land_ha"], lang)),
            (t("f_developer", lang), z["developer"]),
            (t("f_decision", lang), z["decision_ref"]),
            (t("f_sectors", lang), sectors),
            (t("f_price", lang), fmt_num(z["lease_price_usd_m2"], lang, 0)),
            (t("f_power_kv", lang), fmt_num(z["power_kv"], lang, 0)),
            (t("f_water", lang), fmt_num(z["water_m3_day"], lang, 0)),
            (t("f_wastewater", lang), fmt_num(z["wastewater_m3_day"], lang, 0)),
            (t("f_contact", lang), z["contact"]),
        ])
    with right:
        reasons_block(snap.ready.zone_reasons(zone_id), lang)
        members = snap.zone_members(zone_id)
        p = snap.layers["plots"]
        mine = np.isin(p["zone_id"].to_numpy(dtype=object), members)
        if mine.any():
            tiers = snap.ready.plots["tier"].to_numpy()[mine]
            ha = p["area_ha"].to_numpy(dtype=float)[mine]
            by = pd.DataFrame({"tier": tiers, "ha": ha}).groupby("tier").agg(n=("ha", "size"), ha=("ha", "sum"))
            st.markdown(f"**{t('plots_by_tier', lang)}**")
            kv_table([(tier_label(int(k), lang), f"{fmt_num(r.n, lang, 0)} · {fmt_ha(r.ha, lang)}")
                      for k, r in by.iterrows()])
        distances_block(snap, z.geometry, lang)
    with st.expander(t("sources_note", lang)):
        kv_table([(t("f_location_note", lang), z["location_note"]), (t("f_source", lang), z["source"]),
                (t("f_confidence", lang), z["confidence"]), (t("f_as_of", lang), z["as_of"])])


def _staff(user: User | None) -> bool:
    return user is not None and user.is_staff


def _updated(rec) -> str:
    return " · ".join(v for v in (_when(rec["updated_at"]), rec["updated_by"]) if not missing(v))


def _record_rows(rec, lang: str) -> list[tuple[str, object]]:
    """A versioned feature's version and last change (staff rows of the plot and parcel profiles)."""
    return [(t("f_version", lang), fmt_num(rec["version"], lang, 0)), (t("f_updated", lang), _updated(rec))]


def _sources(rec, lang: str) -> None:
    """Where a feature's data comes from and how sure it is, folded away."""
    with st.expander(t("sources_note", lang)):
        kv_table([(t("f_source", lang), rec["source"]), (t("f_confidence", lang), rec["confidence"])])


def plot_profile(snap: Snapshot, plot_id: str, lang: str, user: User | None, store) -> None:
    """A planned plot: what it offers, its clearance derived from the parcels beneath, tier and reasons;
    for staff the parcels beneath it; for officers an editor of its lease status and utilities."""
    row = snap.plot_row.get(plot_id)
    if row is None:
        st.warning(t("search_none", lang))
        return
    p = snap.layers["plots"].iloc[row]
    st.markdown(f"### {md_escape(t('kind_plot', lang))} {md_escape(present(p['plot_no'], plot_id))}")
    st.caption(f"{t('profile_plot', lang)} · {md_escape(plot_id)} · {md_escape(snap.zone_name(p['zone_id'], lang))}")
    tier_badge(snap.ready.plots["tier"].iat[row], lang)
    util = ", ".join(f"{t('u_' + u, lang)} {_mark(p['utility_' + u])}" for u in UTILITIES)
    count = int(present(p.get("parcel_count"), 0) or 0)
    rows = [
        (t("f_zone", lang), snap.zone_name(p["zone_id"], lang)),
        (t("f_plot_no", lang), p["plot_no"]),
        (t("f_land_use", lang), label("use", p["land_use"], lang)),
        (t("f_area", lang), fmt_ha(p["area_ha"], lang)),
        (t("f_clearance", lang), stage_label(p["clearance_stage"], lang)),
        (t("f_handed_over", lang), handed_over_text(p.get("handed_over_share"), lang) if count else "—"),
        (t("f_blocked_parcels", lang), t("blocked_of", lang, n=fmt_num(p.get("blocked_parcels"), lang, 0),
                                           total=fmt_num(count, lang, 0)) if count else "—"),
        (t("f_lease", lang), label("lease", p["lease_status"], lang)),
        (t("f_utilities", lang), util),
    ]
    if _staff(user):
        rows += [
            (t("f_households_waiting", lang), fmt_num(p.get("resettlement_households"), lang, 0)),
            (t("f_stage_since", lang), p.get("stage_since")),
            *_record_rows(p, lang),
        ]
    left, right = st.columns(2)
    with left:
        kv_table(rows)
    with right:
        reasons_block(snap.ready.plot_reasons(row), lang)
        distances_block(snap, p.geometry, lang)
    if _staff(user):
        parcels_beneath_block(snap, plot_id, lang, user)
    if user is not None and user.can_edit:
        if snap.as_of is None:
            plot_editor(store, snap, plot_id, lang, user, where="profile")
        else:
            st.caption(t("asof_no_edit", lang))
    if _staff(user):
        plot_history_grid(store.plot_history(plot_id), lang)
    _sources(p, lang)


def parcels_beneath_block(snap: Snapshot, plot_id: str, lang: str, user: User | None) -> None:
    """The cadastral parcels beneath a plot (staff): id, sheet/parcel no., land use, stage, area under the plot."""
    beneath = snap.parcels_beneath(plot_id)
    st.markdown(f"**{t('parcels_beneath', lang, n=fmt_num(len(beneath), lang, 0))}**")
    if beneath.empty:
        st.caption(t("parcels_beneath_none", lang))
        return
    rows = []
    for rec in beneath.drop(columns=beneath.geometry.name).to_dict("records"):
        sheet = "—" if missing(rec["sheet_no"]) or missing(rec["parcel_no"]) else f"{rec['sheet_no']}/{rec['parcel_no']}"
        stage = stage_label(rec["clearance_stage"], lang) + (f" · {t('f_blocked', lang)}" if truthy(rec["blocked"]) else "")
        rows.append((None, [rec["id"], sheet, land_use_text(rec["land_use_code"], lang), stage,
                            f"{fmt_num(rec['under_m2'], lang, 0)} m²"]))
    grid([t("f_id", lang), t("f_sheet_parcel", lang), t("f_land_use_code", lang), t("f_stage", lang),
          t("f_under_plot", lang)], rows)
    if user is not None and user.is_staff:
        st.caption(t("parcels_beneath_hint", lang))


def land_use_text(code, lang: str) -> str:
    """A land-use code with its name ("ONT · Đất ở tại nông thôn"); an unknown code flagged as not in the list."""
    text = landuse.label(code, lang)
    if landuse.parts(code) and not landuse.is_known(code):
        text = f"{text} ({t('landuse_unknown', lang)})"
    return text


def recovered_text(rec, lang: str) -> str:
    """What the state recovers of a parcel: all of it, part of it ("1.240 of 1.530 m² (inside the zone)"), or
    nothing (outside every zone)."""
    if missing(rec.get("zone_id")):
        return t("recovered_none", lang)
    area, got = rec.get("area_m2"), rec.get("recovered_m2")
    if missing(area) or missing(got):
        return "—"
    if float(got) >= float(area) - 0.5:
        return t("recovered_all", lang, area=fmt_num(area, lang, 0))
    return t("recovered_part", lang, got=fmt_num(got, lang, 0), area=fmt_num(area, lang, 0))


def commune_text(snap: Snapshot, rec) -> str:
    """The 2025 commune a parcel lies in (by name), and the commune code its file gave, when different."""
    communes = snap.layers["communes"]
    names = dict(zip(communes["id"].astype(str), communes["name_vi"]))
    cid = rec.get("commune_id")
    name = "—" if missing(cid) else names.get(str(cid), str(cid))
    code = rec.get("commune_code")
    return name if missing(code) or str(code) == str(cid) else f"{name} ({code})"


def parcel_profile(snap: Snapshot, parcel_id: str, lang: str, user: User | None, store) -> None:
    """A cadastral parcel: commune, sheet and parcel no., areas, land use, zone and recovered part, stage and
    the plots over it; for staff its non-public fields and history, personal data for those allowed."""
    p = snap.parcel_record(parcel_id)
    if p is None:
        st.warning(t("search_none", lang))
        return
    staff = _staff(user)
    numbered = not (missing(p["sheet_no"]) or missing(p["parcel_no"]))
    title = t("sheet_parcel_title", lang, sheet=p["sheet_no"], no=p["parcel_no"]) if numbered else parcel_id
    st.markdown(f"### {md_escape(title)}")
    st.caption(f"{t('profile_parcel', lang)} · {md_escape(parcel_label(p))}")
    rows = [
        (t("f_id", lang), parcel_id),
        (t("f_commune", lang), commune_text(snap, p)),
        (t("f_sheet_no", lang), p["sheet_no"]),
        (t("f_parcel_no", lang), p["parcel_no"]),
        (t("f_legal_area", lang), "—" if missing(p["legal_area_m2"]) else f"{fmt_num(p['legal_area_m2'], lang, 0)} m²"),
        (t("f_measured_area", lang), "—" if missing(p["area_m2"]) else f"{fmt_num(p['area_m2'], lang, 0)} m²"),
        (t("f_land_use_code", lang), land_use_text(p["land_use_code"], lang)),
        (t("f_zone", lang), snap.zone_name(p["zone_id"], lang) if not missing(p["zone_id"]) else t("outside_zones", lang)),
        (t("f_recovered", lang), recovered_text(p, lang)),
        (t("f_stage", lang), stage_label(p["clearance_stage"], lang)),
        (t("f_blocked", lang), t("yes", lang) if truthy(p["blocked"]) else "—"),
    ]
    if staff:
        rows += [
            (t("f_stage_since", lang), p["stage_since"]),
            (t("f_blocked_reason", lang), p["blocked_reason"]),
            (t("f_households", lang), fmt_num(p["resettlement_households"], lang, 0)),
            *_record_rows(p, lang),
        ]
    left, right = st.columns(2)
    with left:
        kv_table(rows)
    with right:
        plots_over_block(snap, parcel_id, lang)
    if user is not None and user.sees_personal:
        personal = store.personal(parcel_id, user=user.username)
        if personal:
            st.markdown(f"**{t('personal', lang)}**")
            kv_table([(t(f"p_{k}", lang), v) for k, v in personal.items()])
    if user is not None and user.can_edit and snap.as_of is None:
        st.page_link(st.session_state["pages"]["clearance"], label=t("edit_parcel", lang), icon=":material/edit_note:",
                     query_params={"sel": f"parcel:{parcel_id}", "lang": lang})
    if staff:
        history_grid(store.history(parcel_id), lang, last=8)
    _sources(p, lang)


def plots_over_block(snap: Snapshot, parcel_id: str, lang: str) -> None:
    """The planned plots over a parcel: id and plot no., its share handed over, tier."""
    over = snap.plots_over(parcel_id)
    st.markdown(f"**{t('plots_over', lang)}**")
    if over.empty:
        st.caption(t("plots_over_none", lang))
        return
    tiers = snap.ready.plots["tier"]
    grid([t("kind_plot", lang), t("f_plot_no", lang), t("f_handed_over", lang), t("tier", lang)],
         [(None, [pid, no, handed_over_text(share, lang), tier_label(int(tiers.iat[snap.plot_row[pid]]), lang)])
          for pid, no, share in zip(over["id"], over["plot_no"], over["handed_over_share"])])
