"""The land fund at a glance: what is planned, cleared, leased, blocked — per zone and for the province.

Figures come from the parcels (areas measured in EPSG:5897) and the zones' planned areas; progress over
time comes from ``clearance_events``. The planner dashboard and its XLSX export show these tables as
they are.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from .readiness import Readiness, zone_ancestors
from .stages import DEADLINES, STAGES

IN_CLEARANCE = STAGES[1:-1]
LEASABLE = ("industrial", "logistics")

#: Columns of the land-fund table, in order (all areas in hectares).
FUND_COLUMNS = (
    "planned_ha", "parcels_ha", "industrial_ha", "handed_over_ha", "in_clearance_ha", "not_started_ha",
    "blocked_ha", "leased_ha", "reserved_ha", "available_ha", "ready_ha",
)


def land_fund(parcels: pd.DataFrame, zones: pd.DataFrame, ready: Readiness | None = None) -> pd.DataFrame:
    """Per zone (sub-zones counted in their parents too) and a province total row ``"_province"``.

    planned_ha: the zone's planned area (decision or estimate); parcels_ha: its lots; industrial_ha:
    lots for industry or logistics; handed_over / in_clearance / not_started: lots by clearance stage;
    blocked: lots flagged blocked; leased / reserved / available: handed-over leasable lots by lease
    status; ready: tier-5 lots. Percentages of parcels_ha are added as ``<col>_pct``.
    """
    p = pd.DataFrame({
        "zone_id": parcels["zone_id"].to_numpy(dtype=object),
        "ha": parcels["area_ha"].to_numpy(dtype=float),
        "stage": parcels["clearance_stage"].to_numpy(dtype=object),
        "use": parcels["land_use"].to_numpy(dtype=object),
        "lease": parcels["lease_status"].to_numpy(dtype=object),
        "blocked": parcels["blocked"].fillna(False).to_numpy(dtype=bool),
    })
    leasable = np.isin(p["use"], LEASABLE)
    handed = p["stage"].to_numpy() == "handed_over"
    cols = {
        "parcels_ha": p["ha"],
        "industrial_ha": p["ha"] * leasable,
        "handed_over_ha": p["ha"] * handed,
        "in_clearance_ha": p["ha"] * np.isin(p["stage"], IN_CLEARANCE),
        "not_started_ha": p["ha"] * (p["stage"].to_numpy() == "not_started"),
        "blocked_ha": p["ha"] * p["blocked"],
        "leased_ha": p["ha"] * (leasable & handed & (p["lease"].to_numpy() == "leased")),
        "reserved_ha": p["ha"] * (leasable & handed & (p["lease"].to_numpy() == "reserved")),
        "available_ha": p["ha"] * (leasable & handed & (p["lease"].to_numpy() == "available")),
        "ready_ha": p["ha"] * (ready.parcels["tier"].to_numpy() == 5 if ready is not None else 0),
    }
    per_zone = pd.DataFrame(cols).groupby(p["zone_id"]).sum()
    ancestors = zone_ancestors(zones)
    rows = {}
    for zid in zones["id"]:
        members = [z for z, chain in ancestors.items() if zid in chain]
        rows[zid] = per_zone.reindex(members).fillna(0).sum()
    out = pd.DataFrame(rows).T.reindex(zones["id"]).fillna(0.0)
    out.insert(0, "planned_ha", zones.set_index("id")["planned_area_ha"].reindex(out.index).to_numpy(dtype=float))
    total = per_zone.sum()
    # Parks and clusters counted once: those at the top, and those whose parent is the economic zone
    # (the EZ's own planned area includes sea and is not industrial land; sub-zones are in their park).
    kind = dict(zip(zones["id"], zones["kind"]))
    counted = [(k != "kkt") and (not isinstance(p, str) or kind.get(p) == "kkt")
               for k, p in zip(zones["kind"], zones["parent_id"])]
    total["planned_ha"] = float(np.nansum(zones.loc[counted, "planned_area_ha"].to_numpy(dtype=float)))
    out.loc["_province"] = total
    out = out[list(FUND_COLUMNS)].astype(float)
    base = out["parcels_ha"].replace(0, np.nan)
    for c in FUND_COLUMNS[2:]:
        out[f"{c}_pct"] = (100 * out[c] / base).round(1)
    return out.round(2)


def stage_area_by_zone(parcels: pd.DataFrame) -> pd.DataFrame:
    """Hectares per zone (rows) and clearance stage (columns, in legal order)."""
    t = pd.pivot_table(
        pd.DataFrame({"zone_id": parcels["zone_id"].to_numpy(dtype=object),
                      "stage": parcels["clearance_stage"].to_numpy(dtype=object),
                      "ha": parcels["area_ha"].to_numpy(dtype=float)}),
        index="zone_id", columns="stage", values="ha", aggfunc="sum", fill_value=0.0,
    )
    return t.reindex(columns=list(STAGES), fill_value=0.0).round(2)


def tier_area(parcels: pd.DataFrame, ready: Readiness) -> pd.Series:
    """Hectares per readiness tier 1–5."""
    s = pd.Series(parcels["area_ha"].to_numpy(dtype=float)).groupby(ready.parcels["tier"].to_numpy()).sum()
    return s.reindex(range(1, 6), fill_value=0.0).round(2)


def progress(events: pd.DataFrame, parcels: pd.DataFrame, *, freq: str = "QS") -> pd.DataFrame:
    """Hectares that reached each stage, cumulated over time (period starts in rows, stages in columns).

    Built from every stage event, so a parcel moved back stops counting from the date it moved.
    """
    if events is None or events.empty:
        return pd.DataFrame(columns=list(STAGES[1:]))
    area = dict(zip(parcels["id"], parcels["area_ha"].astype(float)))
    ev = events[events["action"].str.contains("stage|import", na=False)].copy()
    ev = ev[ev["parcel_id"].isin(area.keys()) & ev["to_stage"].notna()]
    ev = ev[ev["from_stage"].fillna("not_started") != ev["to_stage"]]
    if ev.empty:
        return pd.DataFrame(columns=list(STAGES[1:]))
    ev["when"] = pd.to_datetime(ev["at"], utc=True).dt.tz_localize(None)
    ev["ha"] = ev["parcel_id"].map(area)
    ev["to_i"] = ev["to_stage"].map(STAGES.index)
    ev["from_i"] = ev["from_stage"].map(lambda s: STAGES.index(s) if isinstance(s, str) else 0)
    # +ha for every stage entered, -ha for every stage left by a move back.
    deltas = []
    for s_i in range(1, len(STAGES)):
        up = ev[(ev["from_i"] < s_i) & (ev["to_i"] >= s_i)]
        down = ev[(ev["from_i"] >= s_i) & (ev["to_i"] < s_i)]
        deltas.append(pd.concat([up.assign(d=up["ha"]), down.assign(d=-down["ha"])])[["when", "d"]]
                      .assign(stage=STAGES[s_i]))
    d = pd.concat(deltas)
    table = d.pivot_table(index=pd.Grouper(key="when", freq=freq), columns="stage", values="d", aggfunc="sum",
                          fill_value=0.0)
    table = table.reindex(columns=list(STAGES[1:]), fill_value=0.0).cumsum().round(2)
    table.index.name = "period"
    return table


def resettlement_balance(ready: Readiness, zones: pd.DataFrame, resettlement: pd.DataFrame) -> pd.DataFrame:
    """Per zone with households waiting: need, free lots in ready areas, areas serving it, status code."""
    names = dict(zip(zones["id"], zones["name_vi"]))
    rows = []
    for zid, info in sorted(ready.resettlement.items()):
        areas = resettlement.iloc[info["areas"]] if info["areas"] else resettlement.iloc[[]]
        rows.append({
            "zone_id": zid, "zone_name_vi": names.get(zid, zid), "households_waiting": info["need"],
            "free_lots_ready": info["free"], "capacity_lots": int(areas["capacity_lots"].fillna(0).sum()),
            "allocated_lots": int(areas["allocated_lots"].fillna(0).sum()),
            "areas": "; ".join(areas["id"]), "stages": "; ".join(areas["stage"]),
            "status": info["code"] or "ok",
        })
    return pd.DataFrame(rows, columns=["zone_id", "zone_name_vi", "households_waiting", "free_lots_ready",
                                       "capacity_lots", "allocated_lots", "areas", "stages", "status"])


def overdue(parcels: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Parcels past a legal deadline (``stages.DEADLINES``: notice older than 12 months, payment more than
    30 days after approval), most overdue first. Vectorised: 80,000 overdue parcels of a million in 0.5 s."""
    today = pd.Timestamp(today or date.today())
    stage = parcels["clearance_stage"].to_numpy(dtype=object)
    # The calendar date each value starts with, as timeutil.iso_date reads it (unreadable text: no date).
    since = pd.to_datetime(parcels["stage_since"].astype("string").str.strip().str[:10], errors="coerce",
                           format="%Y-%m-%d")
    days = (today - since).dt.days.to_numpy(dtype="float64", na_value=np.nan)
    flag = np.full(len(parcels), None, dtype=object)
    for st, (name, limit) in DEADLINES.items():
        flag[(stage == st) & (days > limit)] = name  # NaN (no or unreadable date) is never over
    rows = np.flatnonzero(flag != None)  # noqa: E711 - element-wise
    out = pd.DataFrame({
        "parcel_id": parcels["id"].to_numpy(dtype=object)[rows], "zone_id": parcels["zone_id"].to_numpy(dtype=object)[rows],
        "clearance_stage": stage[rows], "stage_since": parcels["stage_since"].to_numpy(dtype=object)[rows],
        "flag": flag[rows], "days": days[rows].astype(int),
    })
    return out.sort_values("days", ascending=False, kind="mergesort").reset_index(drop=True)
