"""Zone polygons and their subdivision into lots, in a metric CRS.

Used by the default-data script (``data/build_default.py``) and by
``python -m geo synth``: shapes of a given area around a known point, splits of
a parent zone into its sub-zones, and blocks and lots inside a zone with
internal roads and green strips left out.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from shapely import affinity
from shapely.geometry import MultiPolygon, Polygon, box


def zone_shape(area_m2: float, rng: np.random.Generator, *, aspect=(1.2, 1.9)) -> Polygon:
    """A plausible park outline of ``area_m2`` centred on (0, 0): a rotated, chamfered rectangle."""
    ratio = rng.uniform(*aspect)
    w = math.sqrt(area_m2 * ratio)
    h = area_m2 / w
    c = rng.uniform(0.08, 0.2) * min(w, h)  # chamfer
    jitter = lambda: rng.uniform(-0.04, 0.04) * min(w, h)  # noqa: E731
    pts = [
        (-w / 2 + c + jitter(), -h / 2), (w / 2 - c + jitter(), -h / 2),
        (w / 2, -h / 2 + c + jitter()), (w / 2, h / 2 - c + jitter()),
        (w / 2 - c + jitter(), h / 2), (-w / 2 + c + jitter(), h / 2),
        (-w / 2, h / 2 - c + jitter()), (-w / 2, -h / 2 + c + jitter()),
    ]
    poly = Polygon(pts)
    poly = affinity.rotate(poly, rng.uniform(0, 180), origin=(0, 0))
    return scale_to_area(poly, area_m2)


def scale_to_area(poly, area_m2: float):
    f = math.sqrt(area_m2 / poly.area)
    return affinity.scale(poly, f, f, origin=poly.centroid)


def main_angle(poly) -> float:
    """Angle in degrees of the long side of the minimum rotated rectangle."""
    rect = shapely.minimum_rotated_rectangle(poly)
    xs, ys = rect.exterior.coords.xy
    edges = [(xs[i + 1] - xs[i], ys[i + 1] - ys[i]) for i in range(2)]
    dx, dy = max(edges, key=lambda e: math.hypot(*e))
    return math.degrees(math.atan2(dy, dx))


def split_by_area(poly, fraction: float, *, from_start: bool = True) -> tuple:
    """Cut ``poly`` across its long axis so the first part holds ``fraction`` of its area."""
    angle = main_angle(poly)
    origin = poly.centroid
    rot = affinity.rotate(poly, -angle, origin=origin)
    minx, miny, maxx, maxy = rot.bounds
    lo, hi = minx, maxx
    target = fraction * rot.area
    for _ in range(60):
        mid = (lo + hi) / 2
        part = rot.intersection(box(minx - 1, miny - 1, mid, maxy + 1))
        if part.area < target:
            lo = mid
        else:
            hi = mid
    cut = (lo + hi) / 2
    first = rot.intersection(box(minx - 1, miny - 1, cut, maxy + 1))
    second = rot.difference(box(minx - 1, miny - 1, cut, maxy + 1))
    if not from_start:
        first, second = (rot.difference(box(minx - 1, miny - 1, maxx - (cut - minx), maxy + 1)),
                         rot.intersection(box(minx - 1, miny - 1, maxx - (cut - minx), maxy + 1)))
    return (affinity.rotate(first, angle, origin=origin), affinity.rotate(second, angle, origin=origin))


def _parts(geom) -> list[Polygon]:
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]


def subdivide(
    zone,
    rng: np.random.Generator,
    *,
    green_strip: float = 25.0,
    road: float = 24.0,
    block_depth: tuple[float, float] = (220.0, 380.0),
    block_length: tuple[float, float] = (450.0, 900.0),
    lot_ha_median: float = 2.2,
    lot_ha: tuple[float, float] = (1.0, 20.0),
) -> list[Polygon]:
    """Lots of ``lot_ha`` (smallest, largest hectares) covering ``zone`` (metric), roads and a green strip left out.

    The zone is inset by the green strip, cut into blocks by a grid of roads
    aligned with its long axis, and each block is cut across into lots whose
    areas follow a log-normal distribution around ``lot_ha_median``.
    """
    inner = zone.buffer(-green_strip, join_style="mitre")
    if inner.is_empty:
        return []
    angle = main_angle(inner)
    origin = inner.centroid
    rot = affinity.rotate(inner, -angle, origin=origin)
    minx, miny, maxx, maxy = rot.bounds
    lots: list[Polygon] = []
    y = miny
    while y < maxy:
        depth = rng.uniform(*block_depth)
        x = minx
        while x < maxx:
            length = rng.uniform(*block_length)
            block = rot.intersection(box(x, y, x + length, y + depth))
            for piece in _parts(block):
                lots.extend(_cut_block(piece, rng, lot_ha_median, lot_ha))
            x += length + road
        y += depth + road
    return [affinity.rotate(p, angle, origin=origin) for p in lots]


def _cut_block(block: Polygon, rng: np.random.Generator, median_ha: float, lot_ha: tuple[float, float]) -> list[Polygon]:
    min_ha, max_ha = lot_ha
    if block.area < min_ha * 10_000:
        return []
    bminx, bminy, bmaxx, bmaxy = block.bounds
    depth = bmaxy - bminy
    out = []
    x = bminx
    while x < bmaxx:
        ha = float(np.clip(rng.lognormal(math.log(median_ha), 0.6), min_ha * 1.05, max_ha * 0.95))
        width = ha * 10_000 / depth
        if bmaxx - (x + width) < min_ha * 10_000 / depth:  # the rest would be a sliver: take it
            width = bmaxx - x
        piece = block.intersection(box(x, bminy - 1, x + width, bmaxy + 1))
        for part in _parts(piece):
            if part.area >= min_ha * 10_000:
                out.extend(_split_large(part, max_ha))
        x += width
    return out


def _split_large(poly: Polygon, max_ha: float) -> list[Polygon]:
    if poly.area <= max_ha * 10_000:
        return [poly]
    a, b = split_by_area(poly, 0.5)
    return [p for g in (a, b) for part in _parts(g) for p in _split_large(part, max_ha)]


def grid_lots(zone, cell: float) -> np.ndarray:
    """Square lots of side ``cell`` metres lying wholly inside ``zone`` (vectorised; for synthetic stores)."""
    minx, miny, maxx, maxy = zone.bounds
    xs = np.arange(minx, maxx - cell, cell)
    ys = np.arange(miny, maxy - cell, cell)
    if len(xs) == 0 or len(ys) == 0:
        return np.array([], dtype=object)
    gx, gy = np.meshgrid(xs, ys)
    # Half a metre between neighbours: adjacent lots stay "within 1 m" of each other, as surveyed lots do.
    gap = min(0.5, cell * 0.05)
    boxes = shapely.box(gx.ravel(), gy.ravel(), gx.ravel() + cell - gap, gy.ravel() + cell - gap)
    shapely.prepare(zone)
    return boxes[shapely.contains(zone, boxes)]

