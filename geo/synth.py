"""Synthetic stores for benchmarks: the default data with N synthetic parcels.

The zones, constraints, infrastructure and the rest are the default dataset's;
the parcels are a regular grid of lots filling the same zones, sized so there
are exactly N of them, each with attributes drawn from the default parcels of
its zone (so stages, lease status and utilities keep their mix per zone).
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from . import crs as gcrs
from .errors import InputError
from .seed import default_layers, default_meta
from .subdivide import grid_lots

ATTRS = (
    "land_use", "clearance_stage", "stage_since", "blocked", "blocked_reason", "lease_status", "utility_road",
    "utility_power", "utility_water", "utility_wastewater", "resettlement_households",
)
#: The most parcels a synthetic store may have.
MAX_PARCELS = 5_000_000


def leaf_areas(zones: gpd.GeoDataFrame, parcels: gpd.GeoDataFrame) -> dict[str, BaseGeometry]:
    """Metric polygons of the zones that hold parcels, minus their sub-zones."""
    holders = set(parcels["zone_id"])
    metric = dict(zip(zones["id"], gcrs.to_metric(zones.geometry.values)))
    out = {}
    for zid in zones["id"]:
        if zid not in holders:
            continue
        geom = metric[zid]
        kids = [metric[k] for k in zones.loc[zones["parent_id"] == zid, "id"]]
        if kids:
            geom = geom.difference(shapely.union_all(kids).buffer(30))
        out[zid] = geom.buffer(-25)
    return out


def synth_layers(n_parcels: int, seed: int = 7) -> dict[str, gpd.GeoDataFrame]:
    """The default layers with ``n_parcels`` synthetic parcels in place of the default ones."""
    if n_parcels < 1:
        raise InputError("synth.too_few_parcels", n=1)
    if n_parcels > MAX_PARCELS:
        raise InputError("synth.too_many_parcels", n=MAX_PARCELS)
    rng = np.random.default_rng(seed)
    layers = default_layers()
    zones, base = layers["zones"], layers["parcels"]
    leaves = leaf_areas(zones, base)
    total = sum(g.area for g in leaves.values())
    cell = math.sqrt(total / n_parcels) * 0.97
    lots: dict[str, np.ndarray] = {}
    for _ in range(8):
        lots = {zid: grid_lots(g, cell) for zid, g in leaves.items()}
        count = sum(len(v) for v in lots.values())
        if count >= n_parcels:
            break
        cell *= math.sqrt(count / n_parcels) * 0.98 if count else 0.5
    count = sum(len(v) for v in lots.values())
    # Keep exactly n_parcels, trimming every zone in proportion.
    keep_share = n_parcels / count
    chosen: dict[str, np.ndarray] = {}
    left = n_parcels
    zids = list(lots)
    for i, zid in enumerate(zids):
        k = left if i == len(zids) - 1 else min(len(lots[zid]), int(round(len(lots[zid]) * keep_share)))
        k = min(k, len(lots[zid]), left)
        chosen[zid] = lots[zid][:k]
        left -= k
    if left > 0:  # rounding: take the rest from the largest zone's unused lots
        zid = max(lots, key=lambda z: len(lots[z]) - len(chosen[z]))
        extra = lots[zid][len(chosen[zid]):len(chosen[zid]) + left]
        chosen[zid] = np.concatenate([chosen[zid], extra])
    frames = []
    by_zone = {zid: grp for zid, grp in base.groupby("zone_id")}
    for zid, geoms in chosen.items():
        if len(geoms) == 0:
            continue
        src = by_zone[zid]
        pick = rng.integers(0, len(src), len(geoms))
        df = pd.DataFrame({c: src[c].to_numpy()[pick] for c in ATTRS})
        df.insert(0, "lot_no", [f"S{k + 1:07d}" for k in range(len(geoms))])
        df.insert(0, "zone_id", zid)
        df.insert(0, "id", [f"{zid}-s{k + 1:07d}" for k in range(len(geoms))])
        df["source"] = "synthetic (python -m geo synth)"
        df["confidence"] = "synthetic"
        df["version"] = 1
        frames.append(gpd.GeoDataFrame(df, geometry=gcrs.to_wgs84(geoms), crs=4326))
    layers["parcels"] = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=4326)
    return layers


def synth_meta(n_parcels: int) -> dict[str, str]:
    meta = default_meta()
    meta["dataset"] = f"synthetic:{n_parcels}"
    return meta
