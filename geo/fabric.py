"""An illustrative cadastral fabric: parcels (thửa đất) as a delta commune's map shows them, in metric CRS.

Used by the default-data script (``data/build_default.py``) and by ``python -m geo synth``; no real
cadastral map is reproduced. The land is cut by field roads (DGT) and irrigation canals (DTL) into blocks;
each block is rice land (LUC, LUK) in long narrow strips, annual or perennial crops (BHK, CLN), a fish
pond (NTS), or a hamlet: residential parcels (ONT) of 150–400 m² along the roads with gardens (CLN)
behind, now and then a shrine (TIN) or a graveyard (NTD).

``scale`` enlarges the fields (consolidated fields in a planned zone), never the house plots. The fabric
is drawn at an angle of its own, so plots and zone boundaries drawn over it cut through parcels as real
park plans do. Everything is built with array operations (the synthetic stores ask for millions).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely

#: Block uses and their share of blocks at scale 1 (hamlets thin out as fields are consolidated).
BLOCK_USES = ("rice", "annual", "perennial", "pond", "hamlet")
_USE_SHARE = np.array([0.70, 0.07, 0.07, 0.06, 0.10])
#: Median parcel area (m²) per use at scale 1, its spread (log-normal sigma) and its bounds.
_FIELD_M2 = {"rice": (700.0, 0.45, 300.0, 2000.0), "annual": (1400.0, 0.4, 600.0, 3500.0),
             "perennial": (1500.0, 0.4, 600.0, 4000.0), "pond": (3000.0, 0.35, 1500.0, 7000.0)}
_HOUSE_M2 = (260.0, 0.25, 150.0, 400.0)
_GARDEN_M2 = (800.0, 0.35, 400.0, 1600.0)
#: Codes: rice is specialised (LUC) or other (LUK) per block.
_CODE = {"annual": "BHK", "perennial": "CLN", "pond": "NTS"}


@dataclass
class Fabric:
    """Parcels of a fabric (metric polygons) with their land-use code; ``block`` numbers the block of each."""

    geoms: np.ndarray
    codes: np.ndarray
    block: np.ndarray

    def __len__(self) -> int:
        return len(self.geoms)

    def take(self, keep) -> Fabric:
        return Fabric(self.geoms[keep], self.codes[keep], self.block[keep])


def _breaks(lo: float, hi: float, size: tuple[float, float], gap: tuple[float, float], rng) -> np.ndarray:
    """(start, end, gap after) of consecutive intervals covering [lo, hi]."""
    n = int(math.ceil((hi - lo) / (size[0] + gap[0]))) + 2
    lengths = rng.uniform(*size, n)
    gaps = rng.uniform(*gap, n)
    starts = lo + np.concatenate([[0.0], np.cumsum(lengths + gaps)[:-1]])
    keep = starts < hi
    return np.column_stack([starts[keep], starts[keep] + lengths[keep], gaps[keep]])


def _draw(spec: tuple[float, float, float, float], scale: np.ndarray, rng) -> np.ndarray:
    median, sigma, lo, hi = spec
    return np.clip(rng.lognormal(np.log(median * scale), sigma), lo * scale, hi * scale)


def _cut(x0, x1, y0, y1, area, rng) -> tuple[np.ndarray, ...]:
    """Cut each band [x0, x1] × [y0, y1] across into strips of about ``area`` m² (vectorised)."""
    depth = y1 - y0
    k = np.maximum(1, np.round((x1 - x0) * depth / area)).astype(int)
    band = np.repeat(np.arange(len(k)), k)
    first = np.repeat(np.cumsum(k) - k, k)
    j = np.arange(len(band)) - first
    kk = k[band]
    step = (x1 - x0)[band] / kk
    # Inner cuts move by up to a quarter of a strip: neighbours differ, none vanish.
    left_jit = np.where(j > 0, rng.uniform(-0.25, 0.25, len(band)), 0.0)
    right_jit = np.roll(left_jit, -1)
    right_jit[j == kk - 1] = 0.0
    left = x0[band] + (j + left_jit) * step
    right = x0[band] + (j + 1 + right_jit) * step
    return band, left, right, y0[band], y1[band]


def _blocks(bounds, rng, size: float):
    """The block grid in the fabric's frame: blocks, field roads (DGT) along each row and canal (DTL) segments
    between some blocks of a row; ``size`` enlarges the blocks (consolidated fields)."""
    minx, miny, maxx, maxy = bounds
    cols = _breaks(minx, maxx, (170.0 * size, 280.0 * size), (0.0, 0.0), rng)
    rows = _breaks(miny, maxy, (120.0 * size, 210.0 * size), (4.0, 7.0), rng)
    grid_c, grid_r = np.meshgrid(np.arange(len(cols)), np.arange(len(rows)))
    ci, ri = grid_c.ravel(), grid_r.ravel()
    canal = rng.uniform(3.0, 6.0, len(ci)) * (rng.random(len(ci)) < 0.4)
    blocks = np.column_stack([cols[ci, 0], cols[ci, 1] - canal, rows[ri, 0], rows[ri, 1]])
    canals = np.column_stack([cols[ci, 1] - canal, cols[ci, 1], rows[ri, 0], rows[ri, 1]])[canal > 0]
    roads = np.column_stack([np.full(len(rows), cols[0, 0]), np.full(len(rows), cols[-1, 1]), rows[:, 1],
                             rows[:, 1] + rows[:, 2]])
    return blocks, canals, roads


def _bands(blocks: np.ndarray, use: np.ndarray, scale: np.ndarray, rng):
    """Bands of each block (x0, x1, y0, y1, parcel area, code, block number), house rows first."""
    x0, x1, y0, y1 = blocks.T
    mid = y0 + (y1 - y0) * rng.uniform(0.42, 0.58, len(blocks))
    out = []
    rice_code = np.where(rng.random(len(blocks)) < 0.6, "LUC", "LUK")
    for name in ("rice", "annual", "perennial"):
        b = np.flatnonzero(use == name)
        code = rice_code[b] if name == "rice" else np.full(len(b), _CODE[name])
        for lo, hi in ((y0[b], mid[b]), (mid[b], y1[b])):
            out.append((x0[b], x1[b], lo, hi, _draw(_FIELD_M2[name], scale[b], rng), code, b))
    b = np.flatnonzero(use == "pond")
    out.append((x0[b], x1[b], y0[b], y1[b], _draw(_FIELD_M2["pond"], scale[b], rng), np.full(len(b), "NTS"), b))
    b = np.flatnonzero(use == "hamlet")
    house = rng.uniform(18.0, 28.0, len(b))
    one = np.ones(len(b))
    for lo, hi in ((y0[b], y0[b] + house), (y1[b] - house, y1[b])):
        out.append((x0[b], x1[b], lo, hi, _draw(_HOUSE_M2, one, rng), np.full(len(b), "ONT"), b))
    out.append((x0[b], x1[b], y0[b] + house, y1[b] - house, _draw(_GARDEN_M2, one, rng), np.full(len(b), "CLN"), b))
    return [np.concatenate(parts) for parts in zip(*out)]


def fabric(region, rng: np.random.Generator, *, angle: float, scale: float | Callable = 1.0,
           block_size: float = 1.0, clip: bool = True, min_m2: float = 40.0) -> Fabric:
    """The parcels of a fabric covering ``region`` (a metric polygon), drawn at ``angle`` degrees.

    ``scale`` is a number or a function of the blocks (metric rectangles) giving each block's field scale; ``block_size`` enlarges the blocks between field roads. With ``clip`` the parcels crossing the region's edge are cut to it (pieces under
    ``min_m2`` dropped); without, only parcels wholly inside are kept (faster, for synthetic stores).
    """
    if region.is_empty:
        return Fabric(np.zeros(0, object), np.zeros(0, object), np.zeros(0, int))
    theta = math.radians(angle)
    cos, sin = math.cos(theta), math.sin(theta)
    origin = np.array(shapely.centroid(region).coords[0])

    def to_world(xy: np.ndarray) -> np.ndarray:
        return np.column_stack([xy[:, 0] * cos - xy[:, 1] * sin, xy[:, 0] * sin + xy[:, 1] * cos]) + origin

    def to_frame(xy: np.ndarray) -> np.ndarray:
        d = xy - origin
        return np.column_stack([d[:, 0] * cos + d[:, 1] * sin, -d[:, 0] * sin + d[:, 1] * cos])

    local = shapely.transform(region, to_frame)
    blocks, canals, roads = _blocks(local.bounds, rng, block_size)
    if callable(scale):
        s = np.asarray(scale(shapely.transform(shapely.box(*blocks[:, [0, 2, 1, 3]].T), to_world)), float)
    else:
        s = np.full(len(blocks), float(scale))
    s = np.maximum(s, 1e-3)
    share = _USE_SHARE.copy()
    use = np.empty(len(blocks), dtype=object)
    u = rng.random(len(blocks))
    hamlet = share[4] / np.maximum(s, 1.0) ** 1.5
    cum = np.cumsum(share[:4]) / share[:4].sum() * (1 - hamlet[:, None])
    use[:] = "hamlet"
    for i in range(3, -1, -1):
        use[u < cum[:, i]] = BLOCK_USES[i]
    x0, x1, y0, y1, area, code, block = _bands(blocks, use, s, rng)
    band, left, right, lo, hi = _cut(x0, x1, y0, y1, area, rng)
    codes = code[band].astype(object)
    owner = block[band]
    # A shrine (TIN) in some hamlets' gardens, a graveyard (NTD) in a few rice blocks.
    for kind, holder, share_ in (("TIN", "CLN", 0.3), ("NTD", "LUC", 0.04)):
        cand = np.flatnonzero((codes == holder) & (use[owner] == ("hamlet" if kind == "TIN" else "rice")))
        if len(cand):
            first = np.unique(owner[cand], return_index=True)[1]
            pick = cand[first][rng.random(len(first)) < share_]
            codes[pick] = kind
    strips = np.concatenate([canals, roads])
    left = np.concatenate([left, strips[:, 0]])
    right = np.concatenate([right, strips[:, 1]])
    lo = np.concatenate([lo, strips[:, 2]])
    hi = np.concatenate([hi, strips[:, 3]])
    codes = np.concatenate([codes, np.full(len(canals), "DTL", object), np.full(len(roads), "DGT", object)])
    n_blocks = len(blocks)
    owner = np.concatenate([owner, np.arange(len(canals)) % max(n_blocks, 1), np.arange(len(roads))])
    boxes = shapely.box(left, lo, right, hi)
    inside = shapely.contains(_prepared(local), boxes)
    if clip:
        keep = inside | shapely.intersects(local, boxes)
        geoms = boxes.copy()
        edge = keep & ~inside
        geoms[edge] = [_largest(g) for g in shapely.intersection(boxes[edge], local)]
        keep &= shapely.area(geoms) >= min_m2
    else:
        keep, geoms = inside, boxes
    geoms = shapely.transform(geoms[keep], to_world)
    return Fabric(geoms, codes[keep], owner[keep])


def _prepared(geom):
    shapely.prepare(geom)
    return geom


def _largest(geom):
    """The largest polygon of a clipped piece (a rectangle cut by a concave edge can fall in two)."""
    if geom.geom_type == "Polygon":
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if g.geom_type == "Polygon"]
    return max(polys, key=lambda g: g.area) if polys else shapely.Polygon()
