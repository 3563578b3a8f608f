"""Profiles of a zone and of a parcel: fields, tier and reasons, distances, sources, history (a site's is in
views.site_finder)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from geo import crs as gcrs
from geo.schema import UTILITIES
from geo.search import DISTANCE_KINDS
from geo.users import User
from layers.catalogue import label, stage_label, tier_label
from layers.i18n import fmt_ha, fmt_num, name_of, t
from layers.snapshot import Snapshot
from layers.text import md_escape, missing, present, truthy
from views.blocks import history_grid, kv_table, reasons_block, tier_badge


def distances_block(snap: Snapshot, geom, lang: str) -> dict:
    """The nearest facility of each kind and its geodesic distance from the zone or parcel itself (its
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
    """✓ for yes, ✗ for no, — when not known (an imported parcel may not say)."""
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
        p = snap.layers["parcels"]
        mine = np.isin(p["zone_id"].to_numpy(dtype=object), members)
        if mine.any():
            tiers = snap.ready.parcels["tier"].to_numpy()[mine]
            ha = p["area_ha"].to_numpy(dtype=float)[mine]
            by = pd.DataFrame({"tier": tiers, "ha": ha}).groupby("tier").agg(n=("ha", "size"), ha=("ha", "sum"))
            st.markdown(f"**{t('parcels_by_tier', lang)}**")
            kv_table([(tier_label(int(k), lang), f"{fmt_num(r.n, lang, 0)} · {fmt_ha(r.ha, lang)}")
                      for k, r in by.iterrows()])
        distances_block(snap, z.geometry, lang)
    with st.expander(t("sources_note", lang)):
        kv_table([(t("f_location_note", lang), z["location_note"]), (t("f_source", lang), z["source"]),
                (t("f_confidence", lang), z["confidence"]), (t("f_as_of", lang), z["as_of"])])


def parcel_profile(snap: Snapshot, parcel_id: str, lang: str, user: User | None, store) -> None:
    row = snap.parcel_row.get(parcel_id)
    if row is None:
        st.warning(t("search_none", lang))
        return
    p = snap.layers["parcels"].iloc[row]
    st.markdown(f"### {md_escape(parcel_id)}")
    st.caption(f"{t('profile_parcel', lang)} · {md_escape(snap.zone_name(p['zone_id'], lang))}")
    tier_badge(snap.ready.parcels["tier"].iat[row], lang)
    util = ", ".join(f"{t('u_' + u, lang)} {_mark(p['utility_' + u])}" for u in UTILITIES)
    rows = [
        (t("f_zone", lang), snap.zone_name(p["zone_id"], lang)),
        (t("f_lot_no", lang), p["lot_no"]),
        (t("f_land_use", lang), label("use", p["land_use"], lang)),
        (t("f_area", lang), fmt_ha(p["area_ha"], lang)),
        (t("f_stage", lang), stage_label(p["clearance_stage"], lang)),
        (t("f_lease", lang), label("lease", p["lease_status"], lang)),
        (t("f_utilities", lang), util),
        (t("f_blocked", lang), t("yes", lang) if truthy(p["blocked"]) else "—"),
    ]
    staff = user is not None and user.is_staff
    if staff:
        rows += [
            (t("f_blocked_reason", lang), p["blocked_reason"]),
            (t("f_households", lang), fmt_num(p["resettlement_households"], lang, 0)),
            (t("f_version", lang), fmt_num(p["version"], lang, 0)),
            (t("f_updated", lang), " · ".join(v for v in (_when(p["updated_at"]), p["updated_by"]) if not missing(v))),
        ]
    left, right = st.columns(2)
    with left:
        kv_table(rows)
    with right:
        reasons_block(snap.ready.parcel_reasons(row), lang)
        distances_block(snap, p.geometry, lang)
    if user is not None and user.sees_personal:
        personal = store.personal(parcel_id, user=user.username)
        if personal:
            st.markdown(f"**{t('personal', lang)}**")
            kv_table([(t(f"p_{k}", lang), v) for k, v in personal.items()])
    if user is not None and user.can_edit:
        st.page_link(st.session_state["pages"]["clearance"], label=t("edit_parcel", lang), icon=":material/edit_note:",
                     query_params={"sel": f"parcel:{parcel_id}", "lang": lang})
    if staff:
        history_grid(store.history(parcel_id), lang, last=8)
    with st.expander(t("sources_note", lang)):
        kv_table([(t("f_source", lang), p["source"]), (t("f_confidence", lang), p["confidence"])])
