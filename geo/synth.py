"""Synthetic stores for benchmarks: the default data with N synthetic cadastral parcels and plots over them.

The zones, constraints, infrastructure and the rest are the default dataset's. The parks are filled, one
after the other (the parks holding plots, in the default data's order), with an illustrative cadastral
fabric (:mod:`geo.fabric`: parcels of a few hundred m²) and a grid of planned plots of about 2 ha over it,
until there are N parcels: the last park filled is filled in part, from one end. Parcel sizes stay as they
are for any N the parks can hold (about 130,000 parcels); beyond that the fabric is drawn finer, so the
parks hold N parcels of a smaller size.

Each plot takes a stage, lease status, land use and utilities drawn from the default data of its park; each
parcel the most advanced stage of the plots over it (a plot handed over has every parcel beneath handed
over), blocked flags at the default data's rate and households on residential land. No history is made.
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import crs as gcrs
from .errors import InputError
from .fabric import fabric
from .seed import default_layers, default_meta
from .stages import STAGES
from .subdivide import main_angle

#: The most parcels a synthetic store may have.
MAX_PARCELS = 5_000_000
PLOT_ATTRS = ("land_use", "lease_status", "utility_road", "utility_power", "utility_water", "utility_wastewater")
#: Plots: about 110 × 170 m (1.9 ha) with 20 m roads between them.
PLOT_SIZE = (110.0, 170.0)
ROAD_M = 20.0
SHEET_M = 800.0
SOURCE = "synthetic (python -m geo synth)"


def leaf_areas(zones: gpd.GeoDataFrame, holders) -> dict[str, shapely.Geometry]:
    """Metric polygons of the zones holding plots, minus their sub-zones, inset a little."""
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


def _plot_grid(zone, angle: float) -> np.ndarray:
    """Rectangular plots wholly inside ``zone`` (metric), aligned with ``angle``."""
    theta = math.radians(angle)
    c = np.array(zone.centroid.coords[0])
    rot = np.array([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
    local = shapely.transform(zone, lambda xy: (xy - c) @ rot)
    minx, miny, maxx, maxy = local.bounds
    xs = np.arange(minx, maxx, PLOT_SIZE[0] + ROAD_M)
    ys = np.arange(miny, maxy, PLOT_SIZE[1] + ROAD_M)
    gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
    boxes = shapely.box(gx, gy, gx + PLOT_SIZE[0], gy + PLOT_SIZE[1])
    shapely.prepare(local)
    boxes = boxes[shapely.contains(local, boxes)]
    return shapely.transform(boxes, lambda xy: xy @ rot.T + c)


def _fill(leaves: dict, n_parcels: int, rng, scale: float):
    """Per park, in order, its fabric (parcels, codes) until ``n_parcels`` are drawn; the last park in part."""
    out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    left = n_parcels
    for zid, geom in leaves.items():
        if left <= 0:
            break
        f = fabric(geom, rng, angle=main_angle(geom) + float(rng.uniform(12, 35)), scale=scale, clip=False)
        if len(f) > left:  # filled in part: the parcels at one end of the park
            axis = math.radians(main_angle(geom))
            cx, cy = shapely.get_x(shapely.centroid(f.geoms)), shapely.get_y(shapely.centroid(f.geoms))
            keep = np.argsort(cx * math.cos(axis) + cy * math.sin(axis), kind="stable")[:left]
            f = f.take(np.sort(keep))
        out[zid] = (f.geoms, f.codes)
        left -= len(f)
    return out, n_parcels - left


def _numbers(geoms: np.ndarray, communes: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Commune (nearest centre), map sheet and parcel number of each parcel (metric geometries)."""
    pts = shapely.point_on_surface(geoms)
    centres = gcrs.to_metric(communes.geometry.values)
    commune = communes["id"].to_numpy(dtype=object)[shapely.STRtree(centres).nearest(pts)]
    x, y = shapely.get_x(pts), shapely.get_y(pts)
    df = pd.DataFrame({"c": commune, "cx": np.floor(x / SHEET_M), "cy": -np.floor(y / SHEET_M), "x": x, "y": -y})
    cells = df[["c", "cy", "cx"]].drop_duplicates().sort_values(["c", "cy", "cx"])
    cells["sheet"] = cells.groupby("c").cumcount() + 1
    df = df.merge(cells, on=["c", "cy", "cx"], how="left")
    order = df.sort_values(["c", "sheet", "y", "x"]).index
    number = np.empty(len(df), dtype=int)
    number[order] = df.loc[order].groupby(["c", "sheet"]).cumcount().to_numpy() + 1
    return commune, df["sheet"].to_numpy(), number


def _draw_plots(zid: str, geoms: np.ndarray, base_plots: pd.DataFrame, base_parcels: pd.DataFrame, rng):
    """Plot attributes drawn from the default plots of the park, stages from its default parcels."""
    src = base_plots[base_plots["zone_id"] == zid]
    pick = rng.integers(0, len(src), len(geoms))
    df = pd.DataFrame({c: src[c].to_numpy()[pick] for c in PLOT_ATTRS})
    stages = base_parcels.loc[base_parcels["zone_id"] == zid, "clearance_stage"].to_numpy()
    stage = np.array([STAGES.index(s) for s in stages])[rng.integers(0, len(stages), len(geoms))]
    handed = stage == STAGES.index("handed_over")
    df.loc[~handed & (df["lease_status"] == "leased"), "lease_status"] = "available"
    return df, stage


def synth_layers(n_parcels: int, seed: int = 7) -> dict[str, gpd.GeoDataFrame]:
    """The default layers with ``n_parcels`` synthetic cadastral parcels and plots over them."""
    if n_parcels < 1:
        raise InputError("synth.too_few_parcels", n=1)
    if n_parcels > MAX_PARCELS:
        raise InputError("synth.too_many_parcels", n=MAX_PARCELS)
    rng = np.random.default_rng(seed)
    layers = default_layers()
    zones, base_plots, base_parcels = layers["zones"], layers["plots"], layers["parcels"]
    leaves = leaf_areas(zones, set(base_plots["zone_id"]))
    scale = 1.0
    for _ in range(6):
        filled, count = _fill(leaves, n_parcels, rng, scale)
        if count >= n_parcels:
            break
        scale *= count / n_parcels * 0.9  # the parks cannot hold N parcels of this size: finer fabric
    parcel_frames, plot_frames = [], []
    for zid, (pgeoms, codes) in filled.items():
        plots = _plot_grid(leaves[zid], main_angle(leaves[zid]))
        tree = shapely.STRtree(pgeoms)
        plots = plots[np.unique(tree.query(plots, predicate="intersects")[0])]
        if not len(plots):
            plots = np.array([shapely.envelope(shapely.union_all(pgeoms))], dtype=object)
        attrs, stage = _draw_plots(zid, plots, base_plots, base_parcels, rng)
        attrs.insert(0, "plot_no", [f"S{k + 1:05d}" for k in range(len(plots))])
        attrs.insert(0, "zone_id", zid)
        attrs.insert(0, "id", [f"{zid}-s{k + 1:05d}" for k in range(len(plots))])
        plot_frames.append(gpd.GeoDataFrame(attrs, geometry=gcrs.to_wgs84(plots), crs=4326))
        parcel_frames.append(_parcels_of(zid, pgeoms, codes, plots, stage, base_parcels, rng))
    parcels = pd.concat(parcel_frames, ignore_index=True)
    commune, sheet, number = _numbers(gcrs.to_metric(parcels.geometry.values), layers["communes"])
    parcels.insert(0, "parcel_no", number.astype(str))
    parcels.insert(0, "sheet_no", sheet.astype(int).astype(str))
    parcels.insert(0, "commune_code", commune)
    parcels.insert(0, "id", parcels["commune_code"] + "-" + parcels["sheet_no"] + "-" + parcels["parcel_no"])
    plots_gdf = gpd.GeoDataFrame(pd.concat(plot_frames, ignore_index=True), crs=4326)
    for gdf in (plots_gdf, parcels):
        gdf["source"] = SOURCE
        gdf["confidence"] = "synthetic"
        gdf["version"] = 1
    layers["plots"] = plots_gdf
    layers["parcels"] = gpd.GeoDataFrame(parcels, crs=4326)
    return layers


def _parcels_of(zid, geoms, codes, plots, plot_stage, base_parcels, rng) -> gpd.GeoDataFrame:
    """The parcels of one park: the most advanced stage of the plots over each, blocked flags and households
    at the park's default rates."""
    tree = shapely.STRtree(plots)
    stage = plot_stage[tree.nearest(geoms)]
    p, q = tree.query(geoms, predicate="intersects")
    most = np.full(len(geoms), -1)
    np.maximum.at(most, p, plot_stage[q])
    stage = np.where(most >= 0, most, stage)
    src = base_parcels[base_parcels["zone_id"] == zid]
    open_ = (stage >= 1) & (stage < STAGES.index("compensation_paid"))
    src_open = src["clearance_stage"].isin(STAGES[1:5])
    rate = float(src.loc[src_open, "blocked"].astype(bool).mean()) if src_open.any() else 0.0
    blocked = open_ & (rng.random(len(geoms)) < rate)
    reasons = src.loc[src["blocked"].astype(bool), "blocked_reason"].dropna().to_numpy(dtype=object)
    if not len(reasons):
        reasons = base_parcels["blocked_reason"].dropna().to_numpy(dtype=object)
    reason = np.full(len(geoms), None, dtype=object)
    if blocked.any():
        reason[blocked] = reasons[rng.integers(0, len(reasons), int(blocked.sum()))]
    since = pd.to_datetime(src["stage_since"], errors="coerce").dropna()
    dates = since.dt.strftime("%Y-%m-%d").to_numpy(dtype=object) if len(since) else np.array(["2026-01-01"])
    stage_since = np.where(stage > 0, dates[rng.integers(0, len(dates), len(geoms))], None)
    residential = np.isin(codes, ["ONT", "ODT"])
    homes = np.where(residential, np.where(rng.random(len(geoms)) < 0.3, 2, 1), 0)
    area = shapely.area(geoms)
    return gpd.GeoDataFrame({
        "legal_area_m2": np.round(area, 1), "land_use_code": codes, "zone_id": zid,
        "clearance_stage": np.asarray(STAGES, dtype=object)[stage], "stage_since": stage_since,
        "blocked": blocked, "blocked_reason": reason,
        "resettlement_households": pd.Series(homes, dtype="Int64").where(residential),
    }, geometry=gcrs.to_wgs84(geoms), crs=4326)


def synth_meta(n_parcels: int) -> dict[str, str]:
    meta = default_meta()
    meta["dataset"] = f"synthetic:{n_parcels}"
    return meta

