"""Synthetic stores for benchmarks: the default data with N synthetic cadastral parcels and plots over them.

The zones, constraints, infrastructure and the rest are the default dataset's. The parks are filled, one
after the other (the parks holding plots, in the default data's order), with an illustrative cadastral
fabric (:mod:`geo.fabric`: parcels of a few hundred m²) and a grid of planned plots of about 2 ha over it,
until there are N parcels: the last park filled is filled in part, from one end. Parcel sizes stay as they
are for any N the parks can hold (about 90,000 parcels); beyond that the fabric is drawn finer, so the
parks hold N parcels of a smaller size (about 6 m² on average at ten million, in 27 of the 29 parks).

A store of ten million parcels is never held at once: :func:`synth_layout` draws the fabric and numbers
the parcels (flat arrays, about 100 bytes a parcel), then :func:`synth_parts` draws each park's plots,
parcel attributes and history when the store takes that part (``Store.init_parts``). Each park draws from
generators of its own, so :func:`synth_layers` (all parks at once, for benchmarks and tests) gives the same
plots and parcels.

Each plot takes a stage, lease status, land use and utilities drawn from the default data of its park; each
parcel the most advanced stage of the plots over it (a plot handed over has every parcel beneath handed
over), blocked flags at the default data's rate and households on residential land. :func:`synth_history`
then gives the parcels a clearance history that leads to those states (``geo synth`` stores both): a
million parcels get two to three million events.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

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
MAX_PARCELS = 10_000_000
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


@dataclass
class _Park:
    """One park's parcels in the layout: their metric polygons kept as flat coordinate arrays (ten million
    shapely polygons would take gigabytes) and their land-use codes; ``start``: the first one's position in
    the layout's numbering."""

    zid: str
    kind: shapely.GeometryType
    coords: np.ndarray
    offsets: tuple[np.ndarray, ...]
    codes: np.ndarray
    start: int = 0

    def __len__(self) -> int:
        return len(self.codes)

    def geoms(self) -> np.ndarray:
        return shapely.from_ragged_array(self.kind, self.coords, self.offsets)


@dataclass
class Layout:
    """Where a synthetic store's parcels lie: the default layers, the parks filled (in order) and each
    parcel's commune (a position in ``commune_ids``), map sheet and number, in the parks' order."""

    layers: dict[str, gpd.GeoDataFrame]
    leaves: dict[str, shapely.Geometry]
    parks: list[_Park]
    commune_ids: np.ndarray
    commune: np.ndarray
    sheet: np.ndarray
    number: np.ndarray


def _fill(leaves: dict, n_parcels: int, seed: int, scale: float) -> tuple[list[_Park], int]:
    """Per park, in order, its fabric until ``n_parcels`` are drawn; the last park in part. Each park draws from
    a generator of its own, so it comes out the same whatever was drawn before it."""
    out: list[_Park] = []
    left = n_parcels
    for k, (zid, geom) in enumerate(leaves.items()):
        if left <= 0:
            break
        rng = np.random.default_rng((seed, k))
        f = fabric(geom, rng, angle=main_angle(geom) + float(rng.uniform(12, 35)), scale=scale, clip=False)
        if len(f) > left:  # filled in part: the parcels at one end of the park
            axis = math.radians(main_angle(geom))
            cx, cy = shapely.get_x(shapely.centroid(f.geoms)), shapely.get_y(shapely.centroid(f.geoms))
            keep = np.argsort(cx * math.cos(axis) + cy * math.sin(axis), kind="stable")[:left]
            f = f.take(np.sort(keep))
        kind, coords, offsets = shapely.to_ragged_array(f.geoms)
        out.append(_Park(zid, kind, coords, offsets, f.codes, n_parcels - left))
        left -= len(f)
    return out, n_parcels - left


def _numbers(x: np.ndarray, y: np.ndarray, commune: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Map sheet and parcel number of each parcel from its point (metric) and commune (codes that sort as the
    commune ids do): a commune's sheets are the 800 m cells it has parcels in, numbered from the north-west
    row by row; a sheet's parcels are numbered the same way. Sorted arrays, not frames: ten million parcels."""
    n = len(x)
    cx, cy = np.floor(x / SHEET_M).astype(np.int64), -np.floor(y / SHEET_M).astype(np.int64)
    order = np.lexsort((cx, cy, commune))
    c, ry, rx = commune[order], cy[order], cx[order]
    new_commune = np.r_[True, c[1:] != c[:-1]]
    cell = np.cumsum(new_commune | np.r_[True, (ry[1:] != ry[:-1]) | (rx[1:] != rx[:-1])])
    sheet = np.empty(n, dtype=np.int64)
    sheet[order] = cell - np.maximum.accumulate(np.where(new_commune, cell, 0)) + 1
    del cx, cy, c, ry, rx, cell, new_commune
    order = np.lexsort((x, -y, sheet, commune))
    c, sh = commune[order], sheet[order]
    first = np.r_[True, (c[1:] != c[:-1]) | (sh[1:] != sh[:-1])]
    pos = np.arange(n)
    number = np.empty(n, dtype=np.int64)
    number[order] = pos - np.maximum.accumulate(np.where(first, pos, 0)) + 1
    return sheet, number


def synth_layout(n_parcels: int, seed: int = 7) -> Layout:
    """The parks' fabric for ``n_parcels`` parcels and their numbers (each park's plots and parcel attributes
    are drawn later, a park at a time: :func:`synth_layers`, :func:`synth_parts`)."""
    if n_parcels < 1:
        raise InputError("synth.too_few_parcels", n=1)
    if n_parcels > MAX_PARCELS:
        raise InputError("synth.too_many_parcels", n=MAX_PARCELS)
    layers = default_layers()
    leaves = leaf_areas(layers["zones"], set(layers["plots"]["zone_id"]))
    scale, parks = 1.0, list[_Park]()
    for _ in range(6):
        parks = []  # a fill that fell short is let go before the next
        parks, count = _fill(leaves, n_parcels, seed, scale)
        if count >= n_parcels:
            break
        scale *= count / n_parcels * 0.9  # the parks cannot hold N parcels of this size: finer fabric
    communes = layers["communes"]
    ids = communes["id"].to_numpy(dtype=object).astype(str)
    code = np.argsort(np.argsort(ids, kind="stable"), kind="stable")  # codes that sort as the ids do
    tree = shapely.STRtree(gcrs.to_metric(communes.geometry.values))
    xs, ys, cs = [], [], []
    for park in parks:
        pts = shapely.point_on_surface(park.geoms())
        cs.append(code[tree.nearest(pts)])
        xs.append(shapely.get_x(pts))
        ys.append(shapely.get_y(pts))
    x, y, commune = np.concatenate(xs), np.concatenate(ys), np.concatenate(cs)
    del xs, ys, cs
    sheet, number = _numbers(x, y, commune)
    return Layout(layers, leaves, parks, np.sort(ids).astype(object), commune, sheet, number)


def _park_part(layout: Layout, k: int, seed: int) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """The ``k``-th park's plots and parcels (drawn from a generator of their own)."""
    rng = np.random.default_rng((seed, k, 1))
    park, base_plots, base_parcels = layout.parks[k], layout.layers["plots"], layout.layers["parcels"]
    zid, leaf, pgeoms = park.zid, layout.leaves[park.zid], park.geoms()
    plots = _plot_grid(leaf, main_angle(leaf))
    tree = shapely.STRtree(pgeoms)
    plots = plots[np.unique(tree.query(plots, predicate="intersects")[0])]
    if not len(plots):
        plots = np.array([shapely.envelope(shapely.union_all(pgeoms))], dtype=object)
    attrs, stage = _draw_plots(zid, plots, base_plots, base_parcels, rng)
    attrs.insert(0, "plot_no", [f"S{i + 1:05d}" for i in range(len(plots))])
    attrs.insert(0, "zone_id", zid)
    attrs.insert(0, "id", [f"{zid}-s{i + 1:05d}" for i in range(len(plots))])
    plots_gdf = gpd.GeoDataFrame(attrs, geometry=gcrs.to_wgs84(plots), crs=4326)
    parcels = _parcels_of(zid, pgeoms, park.codes, plots, stage, base_parcels, rng)
    at = slice(park.start, park.start + len(park))
    parcels.insert(0, "parcel_no", layout.number[at].astype(str))
    parcels.insert(0, "sheet_no", layout.sheet[at].astype(str))
    parcels.insert(0, "commune_code", layout.commune_ids[layout.commune[at]])
    parcels.insert(0, "id", parcels["commune_code"] + "-" + parcels["sheet_no"] + "-" + parcels["parcel_no"])
    for gdf in (plots_gdf, parcels):
        gdf["source"] = SOURCE
        gdf["confidence"] = "synthetic"
        gdf["version"] = 1
    return plots_gdf, parcels


def synth_layers(n_parcels: int, seed: int = 7) -> dict[str, gpd.GeoDataFrame]:
    """The default layers with ``n_parcels`` synthetic cadastral parcels and plots over them."""
    layout = synth_layout(n_parcels, seed)
    plots, parcels = zip(*(_park_part(layout, k, seed) for k in range(len(layout.parks))))
    layers = dict(layout.layers)
    layers["plots"] = gpd.GeoDataFrame(pd.concat(plots, ignore_index=True), crs=4326)
    layers["parcels"] = gpd.GeoDataFrame(pd.concat(parcels, ignore_index=True), crs=4326)
    return layers


Part = tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, pd.DataFrame]


def synth_parts(n_parcels: int, seed: int = 7,
                now: pd.Timestamp | None = None) -> tuple[dict[str, gpd.GeoDataFrame], Iterator[Part]]:
    """What ``geo synth`` stores, for ``Store.init_parts``: the default layers but plots and parcels, and one
    part per park filled (its plots, its parcels and their history, :func:`synth_history`), drawn when the
    part is taken. Only the layout (:func:`synth_layout`: about 100 bytes a parcel) and one park are held at
    once."""
    layout = synth_layout(n_parcels, seed)
    when = pd.Timestamp.now(tz="UTC") if now is None else now
    base = {name: gdf for name, gdf in layout.layers.items() if name not in ("plots", "parcels")}

    def parts() -> Iterator[Part]:
        for k in range(len(layout.parks)):
            plots, parcels = _park_part(layout, k, seed)
            parcels, events = synth_history(parcels, seed=seed, now=when, part=k)
            yield plots, parcels, events
            del plots, parcels, events  # let go before the next park is drawn

    return base, parts()


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


# ------------------------------------------------------------------ clearance history
#: Programmes start per zone between these dates (each zone's later when its parcels need more time).
PROGRAMME_START = ("2012-01-01", "2025-12-31")
#: Days a parcel spends in a stage before its next step: one in ten steps follows within two days (a batch
#: of decisions), the rest after one week to about five months (the default history's spread, 0–159 days).
QUICK_STEP_SHARE = 0.10
STEP_DAYS = (7, 160)
#: The share of parcels still in a stage that have stalled there (their last step long ago).
STALLED_SHARE = 0.15
#: Blocked parcels with an earlier block lifted; parcels not blocked now that were blocked for a while.
EPISODE_SHARE_BLOCKED = 0.30
EPISODE_SHARE_OTHERS = 0.02
#: Entered after it happened: most within two weeks, one in twenty 2–8 months late (as the default history).
LATE_SHARE = 0.05
SYNTH_USER = "synth"
_FALLBACK_REASON = "Tranh chấp ranh giới thửa đất / Boundary dispute"
_DAY_S = 86_400


def _iso_of_seconds(seconds: np.ndarray) -> np.ndarray:
    """UTC seconds since 1970 as the store's ISO text (each distinct value formatted once)."""
    uniq, inverse = np.unique(seconds, return_inverse=True)
    text = np.char.add(uniq.astype("datetime64[s]").astype(str), "Z").astype(object)
    return text[inverse]


def _programme_starts(zone_codes: np.ndarray, stage: np.ndarray, last_day: int, rng) -> np.ndarray:
    """Per parcel: the day its zone's programme started (a zone starts late only if its most advanced
    parcels still fit before ``last_day``)."""
    lo, hi = (int(np.datetime64(d, "D").astype(np.int64)) for d in PROGRAMME_START)
    n_zones = int(zone_codes.max()) + 1 if len(zone_codes) else 0
    most = np.zeros(n_zones, dtype=np.int64)
    np.maximum.at(most, zone_codes, stage)
    latest = np.clip(np.minimum(hi, last_day - most * 90), lo, None)
    return rng.integers(lo, latest + 1)[zone_codes]


def _step_days(stage: np.ndarray, start: np.ndarray, last_day: int, rng) -> np.ndarray:
    """Per parcel, the day of each stage step (column m-1: the step into stage m; only the first ``stage``
    columns are meant): handed-over parcels spread over their zone's programme, parcels still in a stage
    stepped into it recently (a few stalled long ago), every step on or before ``last_day``."""
    n, steps = len(stage), len(STAGES) - 1
    gaps = rng.integers(STEP_DAYS[0], STEP_DAYS[1] + 1, (n, steps - 1))
    quick = rng.random((n, steps - 1)) < QUICK_STEP_SHARE
    gaps[quick] = rng.integers(0, 3, int(quick.sum()))
    offsets = np.concatenate([np.zeros((n, 1), np.int64), np.cumsum(gaps, axis=1)], axis=1)  # from the notice
    span = offsets[np.arange(n), np.maximum(stage - 1, 0)]  # the notice to the last step
    window = last_day - start
    squeeze = span > window  # more steps than the programme had days for: drawn closer together
    if squeeze.any():
        offsets[squeeze] = offsets[squeeze] * window[squeeze, None] // np.maximum(span[squeeze], 1)[:, None]
        span = np.minimum(span, window)
    room = window - span  # days the notice may move later
    done = stage == len(STAGES) - 1
    in_stage = gaps[np.arange(n), np.clip(stage - 1, 0, steps - 2)]  # how long the current stage would take
    waited = (rng.random(n) * in_stage).astype(np.int64)
    stalled = rng.random(n) < STALLED_SHARE
    waited[stalled] = (rng.random(int(stalled.sum())) * room[stalled]).astype(np.int64)
    waited = np.minimum(waited, room)
    first = np.where(done, start + (rng.random(n) * (room + 1)).astype(np.int64), last_day - waited - span)
    return first[:, None] + offsets


def _block_events(stage: np.ndarray, blocked: np.ndarray, reason_of: np.ndarray, n_reasons: int,
                  days: np.ndarray, last_day: int, rng) -> list[tuple]:
    """Block events (parcel, order key, day, from, to, +1 blocked / -1 unblocked, reason): the block of each
    blocked parcel after its last step, and episodes (a block, then its lifting) within one stage."""
    n = len(stage)
    last_step = days[np.arange(n), np.maximum(stage - 1, 0)]
    b = np.flatnonzero(blocked)
    blocked_on = np.zeros(n, np.int64)
    blocked_on[b] = last_step[b] + (rng.random(len(b)) * (last_day - last_step[b] + 1)).astype(np.int64)
    parts = [(b, 10 * stage[b] + 7, blocked_on[b], stage[b], stage[b], np.ones(len(b), np.int8), reason_of[b])]
    draw = rng.random(n)
    episode = np.where(blocked, draw < EPISODE_SHARE_BLOCKED, (draw < EPISODE_SHARE_OTHERS) & (stage >= 2))
    e = np.flatnonzero(episode)
    # Blocked now: lifted once before, in the current stage; otherwise in an earlier stage.
    within = np.where(blocked[e], stage[e], 1 + (rng.random(len(e)) * np.maximum(stage[e] - 1, 1)).astype(np.int64))
    lo = days[e, within - 1]
    hi = np.where(blocked[e], blocked_on[e], days[e, np.minimum(within, len(STAGES) - 2)])
    f = np.sort(rng.random((len(e), 2)), axis=1)
    on, off = (lo + (f[:, i] * (hi - lo)).astype(np.int64) for i in (0, 1))
    parts.append((e, 10 * within + 3, on, within, within, np.ones(len(e), np.int8), rng.integers(0, n_reasons, len(e))))
    parts.append((e, 10 * within + 4, off, within, within, np.full(len(e), -1, np.int8), np.full(len(e), -1)))
    return parts


def _entered(parcel: np.ndarray, day: np.ndarray, now_s: int, rng) -> np.ndarray:
    """When each event (in the parcel's order) was entered, in UTC seconds: office hours most often within two
    weeks, :data:`LATE_SHARE` 2–8 months late, never after ``now_s``, a parcel's steps in their order."""
    n = len(parcel)
    late = rng.random(n) < LATE_SHARE
    lag = np.where(late, rng.integers(60, 240, n), rng.integers(0, 15, n))
    recorded = np.minimum(day * _DAY_S + lag * _DAY_S + rng.integers(1, 10, n) * 3600, now_s)
    # A running maximum within each parcel (events are sorted by parcel).
    return np.maximum.accumulate(parcel * (1 << 36) + recorded) - parcel * (1 << 36)


def synth_history(parcels: pd.DataFrame, seed: int = 7, now: pd.Timestamp | None = None,
                  part: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A clearance history for synthetic ``parcels`` (their current stage and blocked flag as they are), and
    the parcels with the fields it sets: ``stage_since`` (the day of the last stage step), ``version`` (one
    more than its events), ``updated_at`` (when its last event was entered) and a blocked parcel's reason
    when it has none.

    Each parcel past "not started" gets one stage event per step, from not_started up to its stage. Every zone's
    programme starts on a day between 2012 and 2025; handed-over parcels were handed over at any time since,
    parcels still in a stage mostly stepped into it within one stage's duration (:data:`STALLED_SHARE` long
    ago). A blocked parcel gets a ``blocked`` event after its last step (some had an earlier block lifted
    first), and a few parcels not blocked now had one lifted in an earlier stage. Each event happened at
    00:00 UTC and was entered (``recorded_at``) a little later, as :func:`geo.seed.default_events` draws it:
    never after ``now``, in the parcel's order. Vectorised: a million parcels in a few seconds. ``part``: which
    part of a store the parcels are (:func:`synth_parts`), so that each part draws its own history.
    """
    rng = np.random.default_rng((seed + 1_000, part))
    now = pd.Timestamp.now(tz="UTC") if now is None else pd.Timestamp(now)
    now = now.tz_localize("UTC") if now.tzinfo is None else now.tz_convert("UTC")
    now_s = int(now.value // 1_000_000_000)
    last_day = now_s // _DAY_S - 1  # steps happened before today
    n = len(parcels)
    stage = pd.Index(STAGES).get_indexer(pd.Index(parcels["clearance_stage"].astype(object))).astype(np.int64)
    stage[stage < 0] = 0
    blocked = parcels["blocked"].fillna(False).to_numpy(dtype=bool) & (stage > 0)
    zone_codes = pd.factorize(parcels["zone_id"].astype(object).fillna(""))[0]
    days = _step_days(stage, _programme_starts(zone_codes, stage, last_day, rng), last_day, rng)
    reasons = parcels["blocked_reason"].dropna().unique()
    reasons = np.asarray(reasons if len(reasons) else [_FALLBACK_REASON], dtype=object)
    reason_of = np.maximum(pd.Index(reasons).get_indexer(pd.Index(parcels["blocked_reason"].astype(object))), 0)

    # Stage steps: parcel, order key (10 per stage), day, from and to stage, no block, no reason.
    reps = np.repeat(np.arange(n), stage)
    into = np.arange(len(reps)) - np.repeat(np.cumsum(stage) - stage, stage) + 1
    parts = [(reps, 10 * into, days[reps, into - 1], into - 1, into, np.zeros(len(reps), np.int8),
              np.full(len(reps), -1)), *_block_events(stage, blocked, reason_of, len(reasons), days, last_day, rng)]
    parcel, key, day, from_s, to_s, block, reason = (np.concatenate(c) for c in zip(*parts))
    order = np.lexsort((key, parcel))
    parcel, day, from_s, to_s, block, reason = (a[order] for a in (parcel, day, from_s, to_s, block, reason))
    count = np.bincount(parcel, minlength=n)

    names = np.asarray(STAGES, dtype=object)
    details = np.asarray([None, "blocked: no", *(f"blocked_reason: {r}" for r in reasons)], dtype=object)
    events = pd.DataFrame({
        "parcel_id": parcels["id"].to_numpy(dtype=object)[parcel],
        "action": np.asarray(["unblocked", "stage", "blocked"], dtype=object)[block + 1],
        "from_stage": names[from_s], "to_stage": names[to_s],
        "at": _iso_of_seconds(day * _DAY_S), "recorded_at": _iso_of_seconds(_entered(parcel, day, now_s, rng)),
        "by": SYNTH_USER,
        "note": np.asarray([None, *reasons], dtype=object)[reason + 1],  # a block's reason, else none
        "document_ref": None,
        "version": np.arange(len(parcel)) - np.repeat(np.cumsum(count) - count, count) + 2,
        "detail": details[np.where(block > 0, 2 + reason, np.where(block < 0, 1, 0))],
    })

    out = parcels.copy()
    since = days[np.arange(n), np.maximum(stage - 1, 0)].astype("datetime64[D]").astype(str).astype(object)
    since[stage == 0] = None
    out["stage_since"] = since
    out["version"] = count + 1
    updated = np.full(n, None, dtype=object)
    ends = np.flatnonzero(count)
    updated[ends] = events["recorded_at"].to_numpy(dtype=object)[(np.cumsum(count) - 1)[ends]]
    out["updated_at"] = updated
    no_reason = blocked & out["blocked_reason"].isna().to_numpy()
    out.loc[no_reason, "blocked_reason"] = reasons[reason_of[no_reason]]
    return out, events
