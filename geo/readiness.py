"""Readiness tiers 1–5 for every planned plot and zone, with the reasons that keep each from the next tier.

Investors lease plots (lô); a plot's clearance comes from the cadastral parcels beneath it
(:mod:`geo.plots`: its least advanced stage, blocked parcels, households waiting), so the tiers below
read a plot's *derived* ``clearance_stage``, ``blocked`` and ``resettlement_households``.

Tiers (after the five-tier business-ready-site programs, mapped to Vietnamese steps):

1. in the provincial plan (the zone is in the store; every plot starts here);
2. zone established and its infrastructure developer assigned (a developer on record, or a zone already
   under construction or operating, which has one by definition);
3. clearance under way on the plot (every parcel beneath at ``notice_issued`` or later);
4. land handed over (every parcel beneath ``handed_over``: mặt bằng sạch);
5. investor-ready: handed over, not blocked, available (not leased or reserved), industrial or logistics
   land, road + power + water + wastewater on site, no overlap with a constraint, and the zone's
   resettlement obligations met.

Each condition includes the ones below, so the tier is 1 + the number of conditions met. A plot's
reasons are the failed conditions of the tier just above it (none at tier 5). Reasons carry a stable
code and Vietnamese and English text.

Resettlement: a zone's need is the households on its recovered cadastral parcels (households given, or one
on residential land: :func:`geo.cadastre.households`) not yet handed over. When the need is
positive, the zone needs at least one resettlement area serving it (or its parent zone) whose stage is
``infrastructure_complete`` or ``handed_over``, and enough free lots (capacity − allocated): first those of
the ready areas serving it alone, then a share of the areas it shares with other zones, each lot counted
once (zones take shared lots in id order). Moving a parcel forward never raises any need, so it never
lowers any tier.

Everything is computed with array operations over the whole layer (shapely STRtree for the constraint
overlap), which keeps 100,000 plots well under the 0.3 s budget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import aggregates
from .stages import STAGE_LABELS, STAGES

TIER_LABELS: dict[int, tuple[str, str]] = {
    1: ("Trong quy hoạch", "In the plan"),
    2: ("Đã thành lập, có chủ đầu tư hạ tầng", "Established, developer assigned"),
    3: ("Đang giải phóng mặt bằng", "Clearance under way"),
    4: ("Đã có mặt bằng sạch, còn điều kiện chưa đáp ứng", "Land handed over, conditions open"),
    5: ("Sẵn sàng đầu tư", "Investor-ready"),
}

#: Reason codes, in display order, with their Vietnamese and English templates.
REASONS: dict[str, tuple[str, str]] = {
    "zone_planned": ("Khu/cụm mới ở bước quy hoạch, chưa thành lập", "The zone is only planned, not yet established"),
    "no_developer": ("Chưa có chủ đầu tư hạ tầng", "No infrastructure developer assigned"),
    "clearance_not_started": ("Chưa triển khai giải phóng mặt bằng", "Site clearance has not started"),
    "clearance_in_progress": ("Đang giải phóng mặt bằng: {stage_vi}", "Site clearance under way: {stage_en}"),
    "blocked": ("Vướng mắc trong giải phóng mặt bằng", "Site clearance is blocked"),
    "leased": ("Đã cho thuê", "Already leased"),
    "reserved": ("Đã có nhà đầu tư giữ chỗ / không cho thuê", "Reserved / not offered for lease"),
    "not_leasable": ("Đất {land_use_vi}, không cho thuê sản xuất", "{land_use_en} land, not offered for lease"),
    "no_road": ("Chưa có đường giao thông đến lô", "No road to the plot"),
    "no_power": ("Chưa có điện", "No power on site"),
    "no_water": ("Chưa có cấp nước", "No water supply on site"),
    "no_wastewater": ("Chưa có thu gom nước thải", "No wastewater connection"),
    "constraint": ("Chồng lấn: {names_vi}", "Overlaps: {names_en}"),
    "resettlement_no_area": ("Chưa có khu tái định cư cho {need} hộ", "No resettlement area for {need} households"),
    "resettlement_not_ready": ("Khu tái định cư chưa xong hạ tầng ({need} hộ chờ)",
                               "Resettlement area not ready ({need} households waiting)"),
    "resettlement_short": ("Khu tái định cư còn {free} lô cho {need} hộ",
                           "Resettlement area has {free} free lots for {need} households"),
}
CODES = tuple(REASONS)
BIT = {code: 1 << i for i, code in enumerate(CODES)}
#: The reasons that keep a plot at tier 4 (the conditions of tier 5).
TIER5_CODES = ("blocked", "leased", "reserved", "not_leasable", "no_road", "no_power", "no_water",
               "no_wastewater", "constraint", "resettlement_no_area", "resettlement_not_ready",
               "resettlement_short")

LAND_USE_LABELS = {
    "industrial": ("công nghiệp", "Industrial"),
    "logistics": ("kho vận", "Logistics"),
    "services": ("dịch vụ", "Services"),
    "utilities": ("hạ tầng kỹ thuật", "Utilities"),
}
LEASABLE_USES = ("industrial", "logistics")
READY_RESETTLEMENT = ("infrastructure_complete", "handed_over")


@dataclass
class Readiness:
    """Tiers and reasons of every plot and zone of one store state.

    ``plots`` is indexed like the plots layer given and holds ``tier`` and ``reason_mask``;
    ``zones`` holds each zone's ``tier`` and ``reason_mask``. Texts come from :meth:`reasons`.
    """

    plots: pd.DataFrame
    zones: pd.DataFrame
    constraint_names: dict[int, tuple[str, str]] = field(default_factory=dict)  # plot row -> names
    resettlement: dict[str, dict[str, Any]] = field(default_factory=dict)  # zone id -> need/free/code
    ancestors: dict[str, list[str]] = field(default_factory=dict)  # zone id -> itself and its parents

    def reasons(self, mask: int, *, plot_rows=(), zone_ids=(), stage: str | None = None,
                land_use: str | None = None) -> list[dict[str, str]]:
        """Reason objects ({code, vi, en}) for a reason mask, with details from the given plots/zones."""
        out = []
        for code in CODES:
            if not mask & BIT[code]:
                continue
            params: dict[str, Any] = {}
            if code == "clearance_in_progress":
                s = stage or "inventory"
                params = {"stage_vi": STAGE_LABELS[s][0], "stage_en": STAGE_LABELS[s][1]}
            elif code == "not_leasable":
                vi, en = LAND_USE_LABELS.get(land_use or "services", ("", ""))
                params = {"land_use_vi": vi, "land_use_en": en}
            elif code == "constraint":
                names = {self.constraint_names[r] for r in plot_rows if r in self.constraint_names}
                params = {"names_vi": "; ".join(sorted(n[0] for n in names)) or "—",
                          "names_en": "; ".join(sorted(n[1] for n in names)) or "—"}
            elif code.startswith("resettlement_"):
                info = [self.resettlement[z] for z in zone_ids if z in self.resettlement and self.resettlement[z]["code"]]
                params = {"need": sum(i["need"] for i in info), "free": sum(i["free"] for i in info)}
            vi, en = REASONS[code]
            out.append({"code": code, "vi": vi.format(**params), "en": en.format(**params)})
        return out

    def plot_reasons(self, row: int) -> list[dict[str, str]]:
        rec = self.plots.iloc[row]
        return self.reasons(int(rec["reason_mask"]), plot_rows=[row], zone_ids=[rec["zone_id"]],
                            stage=rec["clearance_stage"], land_use=rec["land_use"])

    def zone_reasons(self, zone_id: str) -> list[dict[str, str]]:
        """Reasons of a zone: those of its best plots, its sub-zones' included."""
        tier, mask = int(self.zones["tier"][zone_id]), int(self.zones["reason_mask"][zone_id])
        members = [z for z, chain in self.ancestors.items() if zone_id in chain]
        zone_of = self.plots["zone_id"].to_numpy()
        rows = np.flatnonzero(np.isin(zone_of, members) & (self.plots["tier"].to_numpy() == tier))
        stages = self.plots["clearance_stage"].to_numpy()[rows]
        best = max(stages, key=STAGES.index) if len(rows) else None
        return self.reasons(mask, plot_rows=rows, zone_ids=members, stage=best)


def zone_ancestors(zones: pd.DataFrame) -> dict[str, list[str]]:
    """Each zone id with itself and its ancestors (a KCN inside the KKT, a sub-zone inside its park)."""
    parent = dict(zip(zones["id"], zones["parent_id"]))
    out = {}
    for zid in zones["id"]:
        chain, cur = [], zid
        while cur is not None and cur == cur and cur not in chain:
            chain.append(cur)
            cur = parent.get(cur)
        out[zid] = chain
    return out


def compute(
    plots: gpd.GeoDataFrame,
    zones: pd.DataFrame,
    constraints: gpd.GeoDataFrame,
    resettlement: pd.DataFrame,
    parcels: pd.DataFrame | None = None,
    *,
    need: dict[str, int] | None = None,
) -> Readiness:
    """Readiness of every plot and zone from the store's layers (EPSG:4326).

    ``plots`` carry their derived clearance (:func:`geo.plots.with_clearance`). ``parcels``, the cadastral
    parcels, give each zone's resettlement need (or ``need``: households waiting per zone, as the store keeps
    it, :func:`geo.aggregates.need`); without either the need is the plots' waiting households.
    """
    n = len(plots)
    zone_ids = plots["zone_id"].to_numpy(dtype=object)
    # Factorize once: per-zone facts are looked up by code, not by string (100k strings are slow to index).
    zone_code, zone_uniq = pd.factorize(zone_ids)
    zstage = {z: st for z, st in zip(zones["id"], zones["stage"])}
    has_dev = {z: bool(str(d).strip()) if d is not None and d == d else False
               for z, d in zip(zones["id"], zones["developer"])}
    zone_est_u = np.array([zstage.get(z, "planned") != "planned" for z in zone_uniq], dtype=bool)
    zone_dev_u = np.array([has_dev.get(z, False) or zstage.get(z) in ("under_construction", "operating")
                           for z in zone_uniq], dtype=bool)
    zone_established = pd.Series({z: st != "planned" for z, st in zstage.items()})
    zone_dev = pd.Series({z: has_dev[z] or zstage[z] in ("under_construction", "operating") for z in zstage})

    stage_code, stage_uniq = pd.factorize(plots["clearance_stage"].to_numpy(dtype=object))
    stage_lookup = np.array([STAGES.index(s) for s in stage_uniq], dtype=np.int8)
    stage_idx = stage_lookup[stage_code]
    blocked = _bool(plots["blocked"])
    lease = plots["lease_status"].to_numpy(dtype=object)
    land_use = plots["land_use"].to_numpy(dtype=object)
    utilities = {u: _bool(plots[f"utility_{u}"]) for u in ("road", "power", "water", "wastewater")}

    est = zone_est_u[zone_code]
    dev = zone_dev_u[zone_code]
    c2 = est & dev
    c3 = c2 & (stage_idx >= 1)
    c4 = c3 & (stage_idx == len(STAGES) - 1)

    # Conditions of tier 5, each as a failure mask.
    fail: dict[str, np.ndarray] = {
        "blocked": blocked,
        "leased": lease == "leased",
        "reserved": lease == "reserved",
        "not_leasable": ~np.isin(land_use, LEASABLE_USES),
        **{f"no_{u}": ~ok for u, ok in utilities.items()},
    }
    overlap_rows, constraint_names = constraint_overlaps(plots, constraints)
    fail["constraint"] = np.zeros(n, dtype=bool)
    fail["constraint"][overlap_rows] = True

    if need is None and parcels is not None:
        need = zone_need(parcels)
    elif need is None:
        outstanding = stage_idx < len(STAGES) - 1
        homes = plots["resettlement_households"].fillna(0).to_numpy(dtype=np.int64)
        sums = np.bincount(zone_code, weights=homes * outstanding, minlength=len(zone_uniq))
        need = {z: int(v) for z, v in zip(zone_uniq, sums) if v > 0}
    zone_res = resettlement_status(need, zones, resettlement)
    res_u = np.array([zone_res.get(z, {}).get("code") for z in zone_uniq], dtype=object)
    codes = res_u[zone_code]
    for code in ("resettlement_no_area", "resettlement_not_ready", "resettlement_short"):
        fail[code] = codes == code

    fail5 = np.zeros(n, dtype=bool)
    for code in TIER5_CODES:
        fail5 |= fail[code]
    c5 = c4 & ~fail5
    tier = (1 + c2.astype(np.int8) + c3 + c4 + c5).astype(np.int8)

    mask = np.zeros(n, dtype=np.int64)
    t1 = tier == 1
    mask[t1 & ~est] |= BIT["zone_planned"]
    mask[t1 & est & ~dev] |= BIT["no_developer"]
    mask[tier == 2] |= BIT["clearance_not_started"]
    t3 = tier == 3
    mask[t3] |= BIT["clearance_in_progress"]
    mask[t3 & blocked] |= BIT["blocked"]
    t4 = tier == 4
    for code in TIER5_CODES:
        mask[t4 & fail[code]] |= BIT[code]

    pframe = pd.DataFrame({
        "id": pd.Series(plots["id"].to_numpy(dtype=object), dtype=object, index=plots.index),
        "zone_id": pd.Series(zone_ids, dtype=object, index=plots.index),
        "clearance_stage": pd.Series(plots["clearance_stage"].to_numpy(dtype=object), dtype=object,
                                     index=plots.index),
        "stage_idx": stage_idx,
        "land_use": pd.Series(land_use, dtype=object, index=plots.index),
        "tier": tier,
        "reason_mask": mask,
    }, index=plots.index)

    zframe = zone_tiers(tier, mask, zone_code, zone_uniq, zones, zone_established, zone_dev)
    return Readiness(pframe, zframe, constraint_names, zone_res, zone_ancestors(zones))


def _bool(series: pd.Series) -> np.ndarray:
    return series.fillna(False).to_numpy(dtype=bool)


def constraint_overlaps(plots: gpd.GeoDataFrame, constraints: gpd.GeoDataFrame):
    """Row positions of plots whose interiors meet a constraint, and each one's constraint names."""
    if len(constraints) == 0 or len(plots) == 0:
        return np.array([], dtype=int), {}
    geoms = plots.geometry.values
    tree = shapely.STRtree(geoms)
    cgeoms = np.asarray(constraints.geometry.values)
    # Query with each constraint (prepared once) against the plot tree.
    c_idx, p_idx = tree.query(cgeoms, predicate="intersects")
    if len(p_idx):
        only_touch = shapely.touches(geoms[p_idx], cgeoms[c_idx])
        c_idx, p_idx = c_idx[~only_touch], p_idx[~only_touch]
    names: dict[int, set] = {}
    nvi = constraints["name_vi"].to_numpy(dtype=object)
    nen = constraints["name_en"].to_numpy(dtype=object)
    for c, p in zip(c_idx.tolist(), p_idx.tolist()):
        names.setdefault(p, set()).add((nvi[c], nen[c]))
    flat = {p: ("; ".join(sorted(v[0] for v in s)), "; ".join(sorted(v[1] for v in s))) for p, s in names.items()}
    return np.unique(p_idx), flat


def zone_need(parcels: pd.DataFrame) -> dict[str, int]:
    """Households still to resettle per zone: on its recovered cadastral parcels not yet handed over."""
    return aggregates.need(aggregates.zone_sums(parcels))


def resettlement_status(need: dict[str, int], zones: pd.DataFrame,
                        resettlement: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Per zone with households still to move (``need``): the need, the free lots of ready areas, and a
    failure code."""
    if not need:
        return {}
    areas_of = _areas_serving(zones, resettlement, need)
    users_of: dict[int, list[str]] = {}
    for zid, areas in areas_of.items():
        for a in areas:
            users_of.setdefault(a, []).append(zid)
    stage = resettlement["stage"].to_numpy(dtype=object)
    free = (resettlement["capacity_lots"].fillna(0) - resettlement["allocated_lots"].fillna(0)).clip(lower=0)
    free_lots = free.to_numpy(dtype=np.int64)
    # Each free lot is counted once. A zone first uses the ready areas that serve it alone; the lots of an area
    # shared by several zones (one of the economic zone, say) then go to the zones still short, in id order.
    pool = {a: int(free_lots[a]) for a in users_of if stage[a] in READY_RESETTLEMENT}
    out = {}
    for zid in sorted(need):  # in id order: _allocate takes shared lots out of the pool
        out[zid] = _allocate(need[zid], areas_of[zid], users_of, pool)
    return out


def _areas_serving(zones: pd.DataFrame, resettlement: pd.DataFrame, zone_ids) -> dict[str, list[int]]:
    """Row positions of the resettlement areas serving each zone or one of its ancestors."""
    ancestors = zone_ancestors(zones)
    serving: dict[str, list[int]] = {}
    for i, serves in enumerate(resettlement["serves"].fillna("").astype(str)):
        for zid in (s.strip() for s in serves.split(";")):
            if zid:
                serving.setdefault(zid, []).append(i)
    return {zid: sorted({i for z in ancestors.get(zid, [zid]) for i in serving.get(z, [])}) for zid in zone_ids}


def _allocate(need: int, areas: list[int], users_of: dict[int, list[str]], pool: dict[int, int]) -> dict[str, Any]:
    """One zone's resettlement: its own ready areas' free lots, then shared ones taken out of ``pool``."""
    ready = [a for a in areas if a in pool]
    own = [a for a in ready if len(users_of[a]) == 1]
    shared = [a for a in ready if len(users_of[a]) > 1]
    available = sum(pool[a] for a in ready)
    left = need - sum(pool[a] for a in own)
    for a in shared:
        if left <= 0:
            break
        take = min(left, pool[a])
        pool[a] -= take
        left -= take
    if not areas:
        code: str | None = "resettlement_no_area"
    elif not ready:
        code = "resettlement_not_ready"
    else:
        code = "resettlement_short" if left > 0 else None
    return {"need": int(need), "free": int(available), "code": code, "areas": areas}


def zone_tiers(tier, mask, zone_code, zone_uniq, zones: pd.DataFrame, established: pd.Series,
               developer: pd.Series) -> pd.DataFrame:
    """A zone's tier is its best plot's (its sub-zones' plots included); its reasons are theirs.

    A zone with no plots gets tier 1 or 2 from its own stage and developer.
    """
    ancestors = zone_ancestors(zones)
    best = {z: (0, 0) for z in zones["id"]}
    k = len(zone_uniq)
    top = np.zeros(k, dtype=np.int64)
    np.maximum.at(top, zone_code, tier)
    at_top = tier == top[zone_code]
    top_mask = np.zeros(k, dtype=np.int64)
    np.bitwise_or.at(top_mask, zone_code[at_top], mask[at_top])
    for zid, t, m in zip(zone_uniq, top.tolist(), top_mask.tolist()):
        for anc in ancestors.get(zid, [zid]):
            bt, bm = best.setdefault(anc, (0, 0))
            if t > bt:
                best[anc] = (int(t), m)
            elif t == bt:
                best[anc] = (bt, bm | m)
    rows = []
    for zid in zones["id"]:
        t, m = best[zid]
        if t == 0:
            if not established.get(zid, False):
                t, m = 1, BIT["zone_planned"]
            elif not developer.get(zid, False):
                t, m = 1, BIT["no_developer"]
            else:
                t, m = 2, BIT["clearance_not_started"]
        rows.append((zid, t, m))
    return pd.DataFrame(rows, columns=["id", "tier", "reason_mask"]).set_index("id")


def of_layers(layers: dict[str, Any], cover: pd.DataFrame | None = None) -> tuple[gpd.GeoDataFrame, pd.DataFrame,
                                                                                  Readiness]:
    """From a store's layers (plots, parcels, zones, constraints, resettlement_areas): the plots with their
    clearance derived from the parcels beneath, the cover between them (as row positions), and the readiness
    of plots and zones. ``cover``: the cover the store recorded (``Store.read_cover``); without it (or when
    it is empty while both layers are not: a store made before the cover was recorded) it is computed.

    The one way a store's readiness is made: the app's snapshot and the CLI both call it.
    """
    from .plots import derived, pairs_by_id, with_clearance

    plots, parcels = layers["plots"], layers["parcels"]
    if cover is None or (cover.empty and len(plots) and len(parcels)):
        plots, pairs = derived(plots, parcels)
    else:
        pairs = pairs_by_id(cover, plots, parcels)
        plots = with_clearance(plots, parcels, pairs)
    ready = compute(plots, layers["zones"], layers["constraints"], layers["resettlement_areas"], layers["parcels"])
    return plots, pairs, ready
