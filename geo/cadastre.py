"""Cadastral parcels (thửa đất): where each lies, what of it the state recovers, and who lives on it.

A land office's cadastral map covers a commune, not a park: its parcels lie in a park or cluster, in the
economic zone outside its parks, along the roads to them, or in no zone at all, and a park's boundary
cuts through some of them. A parcel is therefore kept whole, and placed:

- ``zone_id``: the deepest zone holding at least half of the parcel (a park inside the economic zone
  before the zone itself); when no zone holds half, the zone holding the largest part; empty when the
  parcel touches no zone.
- ``recovered_m2``: the part of the parcel inside that zone's outermost zone (the economic zone for its
  parks). A parcel cut by a park's boundary is recovered in part; this is the area the land fund counts.
- ``commune_id``: the 2025 commune whose centre is nearest (the store holds communes as centre points).
- ``area_m2``: the measured area, in EPSG:5897 metres.

Everything is computed with array operations: a parcel wholly inside a zone (nearly all of them) is found
by a prepared ``contains`` test and needs no intersection.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import crs as gcrs
from . import landuse
from .columns import Table, length, numbers, objects


@dataclass
class Placed:
    """Where each parcel of a layer lies (arrays in the parcels' order)."""

    area_m2: np.ndarray
    zone_id: np.ndarray  # object: a zone id or None
    recovered_m2: np.ndarray
    commune_id: np.ndarray  # object: a commune id or None


def zone_depths(zones: pd.DataFrame) -> tuple[dict[str, int], dict[str, str]]:
    """Each zone's depth (0 for a zone without a parent) and its outermost ancestor."""
    parent = {z: p for z, p in zip(zones["id"], zones["parent_id"]) if isinstance(p, str) and p}
    depth, root = {}, {}
    for z in zones["id"]:
        chain, seen = [z], {z}
        while chain[-1] in parent and parent[chain[-1]] not in seen:
            seen.add(parent[chain[-1]])
            chain.append(parent[chain[-1]])
        depth[z], root[z] = len(chain) - 1, chain[-1]
    return depth, root


def place(parcel_geoms, zones: gpd.GeoDataFrame, communes: gpd.GeoDataFrame | None = None) -> Placed:
    """Place parcels (EPSG:4326 geometries) in ``zones`` and ``communes`` (both EPSG:4326 layers)."""
    metric = gcrs.to_metric(np.asarray(parcel_geoms, dtype=object))
    area = shapely.area(metric)
    n = len(metric)
    zone_id = np.full(n, None, dtype=object)
    recovered = np.zeros(n)
    if len(zones) and n:
        zone_id, recovered = _zones_of(metric, area, zones)
    commune_id = np.full(n, None, dtype=object)
    if communes is not None and len(communes) and n:
        centres = gcrs.to_metric(communes.geometry.values)
        tree = shapely.STRtree(centres)
        nearest = tree.nearest(shapely.point_on_surface(metric))
        commune_id = communes["id"].to_numpy(dtype=object)[nearest]
    return Placed(area_m2=area, zone_id=zone_id, recovered_m2=recovered, commune_id=commune_id)


def _zones_of(metric: np.ndarray, area: np.ndarray, zones: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    zone_geoms = gcrs.to_metric(zones.geometry.values)
    ids = zones["id"].to_numpy(dtype=object)
    depth, root = zone_depths(zones)
    tree = shapely.STRtree(zone_geoms)
    p_idx, z_idx = tree.query(metric, predicate="intersects")
    n = len(metric)
    if not len(p_idx):
        return np.full(n, None, dtype=object), np.zeros(n)
    shapely.prepare(zone_geoms)
    inside = shapely.contains_properly(zone_geoms[z_idx], metric[p_idx])
    share = area[p_idx].copy()
    cut = ~inside
    if cut.any():
        share[cut] = shapely.area(shapely.intersection(metric[p_idx[cut]], zone_geoms[z_idx[cut]]))
    pairs = pd.DataFrame({"p": p_idx, "z": z_idx, "share": share})
    pairs = pairs[pairs["share"] > 0]
    pairs["half"] = pairs["share"] * 2 >= area[pairs["p"].to_numpy()]
    pairs["depth"] = [depth[ids[z]] for z in pairs["z"]]
    # The pick: a zone holding half first, then the deepest of those, then the largest share.
    pairs = pairs.sort_values(["p", "half", "depth", "share"], ascending=[True, False, False, False])
    best = pairs.drop_duplicates("p")
    zone_id = np.full(n, None, dtype=object)
    zone_id[best["p"].to_numpy()] = ids[best["z"].to_numpy()]
    # Recovered: the part inside the picked zone's outermost zone.
    index = {z: i for i, z in enumerate(ids)}
    roots = np.array([index[root[ids[z]]] for z in best["z"]], dtype=int)
    key = pd.MultiIndex.from_arrays([pairs["p"].to_numpy(), pairs["z"].to_numpy()])
    lookup = pd.Series(pairs["share"].to_numpy(), index=key)
    recovered = np.zeros(n)
    got = lookup.reindex(pd.MultiIndex.from_arrays([best["p"].to_numpy(), roots])).to_numpy()
    recovered[best["p"].to_numpy()] = np.nan_to_num(got)
    return zone_id, np.minimum(recovered, area)


def households(parcels: Table) -> np.ndarray:
    """Households on each parcel: the number the file or an officer gave, else one on residential land
    (ODT, ONT), else none. ``parcels``: a frame, or plain columns (:mod:`geo.columns`)."""
    n = length(parcels)
    column = parcels.get("resettlement_households")
    given = np.full(n, np.nan) if column is None else numbers(column)
    codes = objects(parcels["land_use_code"]) if "land_use_code" in parcels else np.full(n, None, dtype=object)
    # Each distinct code is looked at once (a million parcels carry a few dozen codes).
    code_no, distinct = pd.factorize(codes, use_na_sentinel=True)
    is_home = np.array([landuse.is_residential(c) for c in distinct] + [False], dtype=bool)
    residential = is_home[code_no]  # -1 (no code) takes the False at the end
    return np.where(np.isnan(given), residential.astype(float), given).astype(int)


def recovered_share(parcels: pd.DataFrame) -> np.ndarray:
    """The recovered part of each parcel (0–1), from its stored areas."""
    area = pd.to_numeric(parcels["area_m2"], errors="coerce").to_numpy(dtype=float)
    rec = pd.to_numeric(parcels["recovered_m2"], errors="coerce").to_numpy(dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.clip(np.nan_to_num(rec / area), 0.0, 1.0)
