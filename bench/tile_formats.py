"""Map tile formats compared for the cadastral parcels and the plots (issue #17): today's JSON tiles, MVT, PMTiles.

    .venv/bin/python -m pip install mapbox-vector-tile pmtiles  # bench only: not in requirements*.txt
    .venv/bin/python bench/tile_formats.py                      # 100,000 parcels (bench/out/synth-100000.gpkg)
    .venv/bin/python bench/tile_formats.py --parcels 1000000    # about 10 minutes on 2 busy cores

The issue asks that the map's parcels come from the store per tile or per viewport, and that the tile
format be picked by measurement. For each layer of a synthetic store (``python -m geo synth``; the layers and
their codes come from the app's own snapshot, ``layers.snapshot.build_snapshot``) this bench makes the same
tiles four ways, in one process, and measures them side by side:

- json: today's tiles, ``layers.tiles.build`` as it is (an adaptive quadtree of cells, at most 1,500
  features each; one set for every zoom; coordinates in 1e-6 degrees);
- mvt-py: Mapbox Vector Tiles made in Python (shapely clips to the tile plus a 256-unit buffer, then
  ``mapbox_vector_tile.encode`` quantizes to a 4096 extent, making invalid shapes valid);
- mvt-pg: MVT from PostGIS, ``ST_AsMVT(ST_AsMVTGeom(...))`` per tile with the same extent and buffer, on a
  throwaway server (tests/pg.py) into which the layer is copied (EPSG:4326, GiST index) as the store holds it;
- pmtiles: an archive of the full MVT set (gzip-compressed tiles, the ``pmtiles`` package's writer), read
  back per tile with its reader; beside it the same tiles in an SQLite tiles table, as a GeoPackage would
  hold them;
- rows: gpkg / rows: pg: only the reading of a tile's rows from the store (``Store.read_layer`` with a bbox on
  the GeoPackage, a ``&&`` query on the PostGIS table), what an encoder fed from the store pays first.

Above 200,000 parcels the Python MVT build encodes a seeded 10 % of the tiles and scales its time and totals
up (``--build-fraction``; marked ``~``); everything else, on-demand times included, is measured in full.
Every format carries the same things per feature as the JSON tiles: the id (text) and the codes s, t, b, z, a
(``layers.tiles.CODES``). MVT is made at the zooms the app draws a layer at (plots 13-16, cadastral parcels
15-16; zooms 17-18 scale the zoom-16 tiles, ``maxNativeZoom``). Measured: bytes per tile (raw and gzip),
the total for those zooms, the time to build every tile, the time to make one tile on demand (a seeded
sample of non-empty tiles at zooms 15 and 16, and the densest tile at the province-wide zoom 9), the read
time per tile from an archive or table, and in headless Chromium (Debian's, through Playwright) the time to
fetch and draw a 1000 x 620 px map view at zooms 15 and 16 with today's renderer (``ParcelTiles``) and with
Leaflet.VectorGrid (npm ``leaflet.vectorgrid``, installed into bench/out/node_modules), tiles served by a
local ``http.server`` from bench/out. The formats are checked against each other: the same feature ids per
tile (within the clipping buffer) and how far the MVT geometry is from the JSON one.

Results go to bench/out/tile_formats.md (and the terminal).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import json
import math
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import shapely
from shapely.affinity import affine_transform
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from layers import tiles as ptiles  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from browser import synth_store  # noqa: E402

OUT = ROOT / "bench" / "out"
WORK = OUT / "tile_formats"
WWW = WORK / "www"
EXTENT, BUFFER = 4096, 256  # MVT tile extent and clipping buffer (ST_AsMVTGeom's defaults)
PROVINCE_ZOOM = 9  # the whole province on the app's map
STAFF_ZOOMS = (15, 16)
NATIVE_ZOOMS = {"parcels": (15, 16), "plots": (13, 14, 15, 16)}
MAP_SIZE = (1000, 620)  # px: about the explorer's map (views/map_explorer.py: MAP_HEIGHT 620)
R = 6378137.0  # Web Mercator sphere
HALF = math.pi * R


# ------------------------------------------------------------------ the layers
@dataclass
class Layer:
    """One layer as the tiles carry it: ids, geometries (EPSG:4326), codes per ``ptiles.CODES``."""

    name: str
    ids: np.ndarray
    geoms: np.ndarray
    codes: np.ndarray
    min_zoom: int
    zooms: tuple[int, ...]
    tree: shapely.STRtree = field(init=False, repr=False)
    centres: shapely.STRtree = field(init=False, repr=False)  # bbox centres: how the JSON tiles place features

    def __post_init__(self) -> None:
        self.tree = shapely.STRtree(self.geoms)
        b = shapely.bounds(self.geoms)
        self.centres = shapely.STRtree(shapely.points((b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2))


def load_layers(db: Path) -> list[Layer]:
    """The cadastral parcels and the plots with the codes the app's tiles carry (plots: the snapshot's)."""
    from geo.stages import STAGES
    from geo.store import open_store
    from layers.maps import CADASTRAL_MIN_ZOOM, PARCEL_MIN_ZOOM
    from layers.snapshot import build_snapshot, plot_tile_codes

    store = open_store(str(db))
    try:
        snap = build_snapshot(store, store.change_counter())
    finally:
        store.close()
    parcels = snap.layers["parcels"].copy()
    parcels["area_ha"] = parcels["area_m2"] / 10_000
    zones = {z: i for i, z in enumerate(snap.zone_ids())}
    stage = parcels["clearance_stage"].map({s: i for i, s in enumerate(STAGES)}).fillna(0).to_numpy(dtype=int)
    codes = ptiles.parcel_codes(parcels, stage, np.zeros(len(parcels), int),
                                parcels["zone_id"].map(zones).fillna(-1).to_numpy(dtype=int))
    plots = snap.layers["plots"]
    return [Layer("parcels", parcels["id"].to_numpy(dtype=object), parcels.geometry.values, codes,
                  CADASTRAL_MIN_ZOOM, NATIVE_ZOOMS["parcels"]),
            Layer("plots", plots["id"].to_numpy(dtype=object), plots.geometry.values, plot_tile_codes(snap),
                  PARCEL_MIN_ZOOM, NATIVE_ZOOMS["plots"])]


# ------------------------------------------------------------------ Web Mercator tiles
def to_merc(xy: np.ndarray) -> np.ndarray:
    out = np.empty_like(xy)
    out[:, 0] = np.radians(xy[:, 0]) * R
    out[:, 1] = R * np.log(np.tan(np.pi / 4 + np.radians(xy[:, 1]) / 2))
    return out


def to_lonlat(xy: np.ndarray) -> np.ndarray:
    out = np.empty_like(xy)
    out[:, 0] = np.degrees(xy[:, 0] / R)
    out[:, 1] = np.degrees(2 * np.arctan(np.exp(xy[:, 1] / R)) - np.pi / 2)
    return out


def tile_box(z: int, x: int, y: int, buffer: float = 0.0) -> tuple[float, float, float, float]:
    """The tile's bounds in EPSG:3857, widened by ``buffer`` tile units (of EXTENT) on each side."""
    size = 2 * HALF / 2 ** z
    pad = size * buffer / EXTENT
    x0, y1 = -HALF + x * size, HALF - y * size
    return x0 - pad, y1 - size - pad, x0 + size + pad, y1 + pad


def lonlat_box(box) -> tuple[float, float, float, float]:
    """A Mercator box in degrees (Mercator is separable: a box stays a box)."""
    (w, s), (e, n) = to_lonlat(np.array([[box[0], box[1]], [box[2], box[3]]]))
    return float(w), float(s), float(e), float(n)


def tile_index(lon: np.ndarray, lat: np.ndarray, z: int) -> tuple[np.ndarray, np.ndarray]:
    n = 2 ** z
    x = np.floor((lon + 180) / 360 * n).astype(np.int64)
    phi = np.radians(lat)
    y = np.floor((1 - np.log(np.tan(phi) + 1 / np.cos(phi)) / np.pi) / 2 * n).astype(np.int64)
    return x, y


def tiles_of(layer: Layer, z: int) -> list[tuple[int, int, int]]:
    """The tiles at zoom ``z`` that some feature's bounding box touches (in (x, y) order)."""
    b = shapely.bounds(layer.geoms)
    x0, y0 = tile_index(b[:, 0], b[:, 3], z)
    x1, y1 = tile_index(b[:, 2], b[:, 1], z)
    found = set()
    for dx in range(int((x1 - x0).max()) + 1):
        for dy in range(int((y1 - y0).max()) + 1):
            ok = (x0 + dx <= x1) & (y0 + dy <= y1)
            found.update(zip((x0[ok] + dx).tolist(), (y0[ok] + dy).tolist()))
    return [(z, x, y) for x, y in sorted(found)]


def densest_tile(layer: Layer, z: int) -> tuple[int, int, int]:
    b = shapely.bounds(layer.geoms)
    x, y = tile_index((b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2, z)
    keys, counts = np.unique(np.stack([x, y], axis=1), axis=0, return_counts=True)
    kx, ky = keys[np.argmax(counts)]
    return z, int(kx), int(ky)


# ------------------------------------------------------------------ the encoders
def mvt_python(layer: Layer, z: int, x: int, y: int) -> bytes:
    """One MVT tile made in Python: features whose box meets the buffered tile, clipped, quantized."""
    import mapbox_vector_tile
    from mapbox_vector_tile.encoder import on_invalid_geometry_make_valid

    q = tile_box(z, x, y, BUFFER)
    rows = layer.tree.query(shapely.box(*lonlat_box(q)))
    if not len(rows):
        return b""
    rows = np.sort(rows)
    g = shapely.clip_by_rect(shapely.transform(layer.geoms[rows], to_merc), *q)
    keep = ~shapely.is_empty(g)
    if not keep.any():
        return b""
    rows, g = rows[keep], g[keep]
    feats = [{"geometry": geom, "properties": {"id": str(fid), **dict(zip(ptiles.CODES, codes))}}
             for geom, fid, codes in zip(g, layer.ids[rows], layer.codes[rows].tolist())]
    return mapbox_vector_tile.encode([{"name": layer.name, "features": feats}], default_options={
        "quantize_bounds": tile_box(z, x, y), "extents": EXTENT, "on_invalid_geometry": on_invalid_geometry_make_valid})


PG_TILE = """SELECT ST_AsMVT(q, '{name}', {extent}, 'geom') FROM (
  SELECT id, s, t, b, z, a,
         ST_AsMVTGeom(ST_Transform(geom, 3857), ST_TileEnvelope(%(z)s, %(x)s, %(y)s), {extent}, {buffer}, true) AS geom
  FROM {name}
  WHERE geom && ST_Transform(ST_TileEnvelope(%(z)s, %(x)s, %(y)s, margin => {margin}), 4326)) q"""


def load_postgis(conn, layer: Layer) -> float:
    """Copy a layer into a table with a GiST index, as a PostGIS store holds it (EPSG:4326); seconds."""
    t0 = time.perf_counter()
    conn.execute(f"CREATE TABLE {layer.name} (id text, s int, t int, b int, z int, a int, "
                 "geom geometry(Geometry, 4326))")
    wkb = shapely.to_wkb(shapely.set_srid(layer.geoms, 4326), hex=True, include_srid=True)
    with conn.cursor() as cur, cur.copy(f"COPY {layer.name} (id, s, t, b, z, a, geom) FROM STDIN") as cp:
        for fid, codes, g in zip(layer.ids, layer.codes.tolist(), wkb):
            cp.write_row((str(fid), *codes, g))
    conn.execute(f"CREATE INDEX ON {layer.name} USING gist (geom)")
    conn.execute(f"ANALYZE {layer.name}")
    return time.perf_counter() - t0


def mvt_postgis(conn, layer: Layer, z: int, x: int, y: int) -> bytes:
    sql = PG_TILE.format(name=layer.name, extent=EXTENT, buffer=BUFFER, margin=BUFFER / EXTENT)
    row = conn.execute(sql, {"z": z, "x": x, "y": y}).fetchone()
    return bytes(row[0]) if row and row[0] else b""


def json_on_demand(layer: Layer, z: int, x: int, y: int, scratch: Path) -> tuple[int, int]:
    """Today's JSON tiles for one map tile's features (those whose box centre is in it), made on demand with
    ``layers.tiles.build`` (writes one file per quadtree cell); (bytes written, features)."""
    rows = np.sort(layer.centres.query(shapely.box(*lonlat_box(tile_box(z, x, y)))))
    if not len(rows):
        return 0, 0
    directory = Path(tempfile.mkdtemp(dir=scratch))
    ts = ptiles.build(layer.ids[rows], layer.geoms[rows], layer.codes[rows], directory, "/x")
    return sum((directory / name).stat().st_size for name, _ in ts.cells.values()), len(rows)


STORE_COLUMNS = {"parcels": ["zone_id", "clearance_stage", "blocked", "area_m2"], "plots": ["zone_id", "area_ha"]}


def rows_from_gpkg(store, layer: Layer, z: int, x: int, y: int) -> int:
    """The features of a buffered tile read from a GeoPackage store (``Store.read_layer`` with a bbox: its
    R-tree); how many. What an encoder fed from the store pays before encoding."""
    return len(store.read_layer(layer.name, columns=STORE_COLUMNS[layer.name],
                                bbox=lonlat_box(tile_box(z, x, y, BUFFER))))


def rows_from_postgis(conn, layer: Layer, z: int, x: int, y: int) -> int:
    """The same from the PostGIS table (WKB, decoded by shapely); how many."""
    w, s, e, n = lonlat_box(tile_box(z, x, y, BUFFER))
    rows = conn.execute(f"SELECT id, s, t, b, z, a, ST_AsBinary(geom) FROM {layer.name} "
                        "WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)", (w, s, e, n)).fetchall()
    shapely.from_wkb([r[6] for r in rows])
    return len(rows)


# ------------------------------------------------------------------ archives
def write_pmtiles(path: Path, tiles: dict[tuple[int, int, int], bytes], layer: Layer) -> float:
    """The tiles (gzip-compressed) in a PMTiles archive; seconds."""
    from pmtiles.tile import Compression, TileType, zxy_to_tileid
    from pmtiles.writer import Writer

    t0 = time.perf_counter()
    w, s, e, n = shapely.total_bounds(layer.geoms)
    with open(path, "wb") as f:
        writer = Writer(f)
        for tid, data in sorted((zxy_to_tileid(*k), v) for k, v in tiles.items() if v):
            writer.write_tile(tid, gzip.compress(data, 6, mtime=0))
        writer.finalize({"tile_type": TileType.MVT, "tile_compression": Compression.GZIP,
                         "min_lon_e7": int(w * 1e7), "min_lat_e7": int(s * 1e7), "max_lon_e7": int(e * 1e7),
                         "max_lat_e7": int(n * 1e7), "center_zoom": layer.zooms[0]},
                        {"vector_layers": [{"id": layer.name, "fields": {"id": "String", **dict.fromkeys(ptiles.CODES, "Number")}}]})
    return time.perf_counter() - t0


def write_tiles_table(path: Path, tiles: dict[tuple[int, int, int], bytes]) -> float:
    """The tiles (gzip-compressed) in an SQLite table keyed by zoom, column, row (as MBTiles, or a GeoPackage
    tiles table, holds them); seconds."""
    t0 = time.perf_counter()
    path.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE tiles (z INTEGER, x INTEGER, y INTEGER, data BLOB, PRIMARY KEY (z, x, y)) WITHOUT ROWID")
        db.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                       ((z, x, y, gzip.compress(v, 6, mtime=0)) for (z, x, y), v in sorted(tiles.items()) if v))
        db.commit()
    return time.perf_counter() - t0


# ------------------------------------------------------------------ helpers
def q(xs, p: float) -> float | None:
    xs = [x for x in xs or () if x is not None]
    return float(np.percentile(xs, p)) if xs else None


def timed(fn: Callable, *args) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def sample(items: list, k: int, seed: int) -> list:
    rng = np.random.default_rng(seed)
    if len(items) <= k:
        return list(items)
    return [items[i] for i in sorted(rng.choice(len(items), k, replace=False))]


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6, mtime=0))


def mvt_ids(data: bytes, name: str) -> set[str]:
    import mapbox_vector_tile

    if not data:
        return set()
    layer = mapbox_vector_tile.decode(data).get(name)
    return {f["properties"]["id"] for f in layer["features"]} if layer else set()


# ------------------------------------------------------------------ the measures
@dataclass
class Result:
    """What one format measured for one layer (None: not measured)."""

    tiles: int = 0
    sizes: list[int] = field(default_factory=list)  # raw bytes of each tile (or file) built
    gz_sizes: list[int] = field(default_factory=list)
    total: float | None = None  # raw bytes of the whole set (estimated when built from a sample)
    total_gz: float | None = None
    archive: int | None = None  # file size of an archive (PMTiles, SQLite table)
    build: float | None = None  # seconds to build every tile (estimated when built from a sample)
    estimated: bool = False
    demand: dict = field(default_factory=dict)  # zoom -> seconds per tile (list)
    features: dict = field(default_factory=dict)  # zoom -> features per tile (list), on demand
    read: list[float] = field(default_factory=list)  # seconds per tile read from the archive
    note: str = ""


def build_json(layer: Layer) -> tuple[Result, ptiles.TileSet]:
    directory = WWW / "json" / layer.name
    shutil.rmtree(directory, ignore_errors=True)
    secs, ts = timed(ptiles.build, layer.ids, layer.geoms, layer.codes, directory, f"/json/{layer.name}")
    files = [(directory / name).read_bytes() for name, _ in ts.cells.values()]
    res = Result(tiles=len(files), sizes=[len(f) for f in files], gz_sizes=[gz(f) for f in files], build=secs,
                 note=f"{len(ts.cells)} quadtree cells serve every zoom; the view is padded by {ts.pad * 111_000:.0f} m "
                      "(half the largest feature)")
    res.total, res.total_gz = float(sum(res.sizes)), float(sum(res.gz_sizes))
    return res, ts


def build_all(encode: Callable, tiles: list, fraction: float, seed: int) -> tuple[Result, dict]:
    """Encode ``tiles`` (or a seeded sample of them) one by one; totals scaled up when sampled."""
    todo = tiles if fraction >= 1 else sample(tiles, max(1, round(len(tiles) * fraction)), seed)
    made: dict[tuple[int, int, int], bytes] = {}
    t0 = time.perf_counter()
    for key in todo:
        made[key] = encode(*key)
    secs = time.perf_counter() - t0
    blobs = [v for v in made.values() if v]
    scale = len(tiles) / len(todo)
    res = Result(tiles=round(len(blobs) * scale), sizes=[len(b) for b in blobs], gz_sizes=[gz(b) for b in blobs],
                 build=secs * scale, estimated=scale > 1)
    res.total, res.total_gz = sum(res.sizes) * scale, sum(res.gz_sizes) * scale
    return res, made


def on_demand(res: Result, make: Callable[[int, int, int], object], picks: dict, count: Callable | None = None) -> None:
    """Seconds (and features) per tile over each zoom's picked tiles, after two warm-up tiles."""
    for zoom, keys in picks.items():
        for key in keys[:2]:
            make(*key)
        times, feats = [], []
        for key in keys:
            secs, out = timed(make, *key)
            times.append(secs)
            if count is not None:
                feats.append(count(out))
        res.demand[zoom], res.features[zoom] = times, feats


# ------------------------------------------------------------------ agreement
def json_features(ts: ptiles.TileSet, directory: Path, box4326, cache: dict) -> dict[str, object]:
    """Features of today's JSON tiles whose geometry meets a box (degrees), as the browser would find them."""
    w, s, e, n = box4326
    pad = ts.pad
    found: dict[str, object] = {}
    split = set(ts.split)

    def visit(level: int, i: int, j: int) -> None:
        key, size = ptiles.cell_key(level, i, j), ptiles.CELL / 2 ** level
        if i * size > e + pad or (i + 1) * size < w - pad or j * size > n + pad or (j + 1) * size < s - pad:
            return
        if key in ts.cells:
            if key not in cache:
                cache[key] = ptiles.decode((directory / ts.cells[key][0]).read_bytes(), key)
            for f in cache[key]:
                found[f["id"]] = f["geometry"]
        elif key in split:
            for a in (0, 1):
                for b in (0, 1):
                    visit(level + 1, 2 * i + a, 2 * j + b)

    for i in range(math.floor((w - pad) / ptiles.CELL), math.floor((e + pad) / ptiles.CELL) + 1):
        for j in range(math.floor((s - pad) / ptiles.CELL), math.floor((n + pad) / ptiles.CELL) + 1):
            visit(0, i, j)
    box = shapely.box(w, s, e, n)
    return {k: g for k, g in found.items() if shapely.intersects(g, box)}


def mvt_geoms(data: bytes, name: str, z: int, x: int, y: int) -> dict[str, object]:
    """Features of an MVT tile, back in EPSG:3857."""
    import mapbox_vector_tile

    if not data:
        return {}
    layer = mapbox_vector_tile.decode(data).get(name)
    if not layer:
        return {}
    x0, y0, x1, y1 = tile_box(z, x, y)
    k = (x1 - x0) / EXTENT
    return {f["properties"]["id"]: affine_transform(shape(f["geometry"]), [k, 0, 0, k, x0, y0])
            for f in layer["features"]}


def agreement(layer: Layer, ts: ptiles.TileSet, keys: list, py: dict, pg: dict, full: dict,
              pm_read: Callable | None) -> dict:
    """Per sampled tile: ids in mvt-py, mvt-pg and JSON (within the buffered tile), and the PMTiles bytes."""
    cache: dict = {}
    out = {"tiles": 0, "py_pg_same": 0, "only_py": 0, "only_pg": 0, "py_json_same": 0, "only_json": 0,
           "only_mvt": 0, "pm_same": 0, "pm_checked": 0, "hausdorff": {}, "only_pg_px": [], "only_py_px": [],
           "only_json_px": [], "only_mvt_px": []}
    for z, x, y in keys:
        a, b = py.get((z, x, y), b""), pg.get((z, x, y), b"")
        ids_py, ids_pg = mvt_ids(a, layer.name), mvt_ids(b, layer.name)
        js = json_features(ts, WWW / "json" / layer.name, lonlat_box(tile_box(z, x, y, BUFFER)), cache)
        out["tiles"] += 1
        out["py_pg_same"] += ids_py == ids_pg
        out["only_py"] += len(ids_py - ids_pg)
        out["only_pg"] += len(ids_pg - ids_py)
        out["py_json_same"] += ids_py == set(js)
        out["only_json"] += len(set(js) - ids_py)
        out["only_mvt"] += len(ids_py - set(js))
        # Ids in one format only: how wide is their part in the buffered tile (2 x area / perimeter), in units of
        # the 4096-unit grid? Strips about a unit wide, or features that only graze the buffer's edge, collapse
        # when snapped to the grid, and each encoder repairs or drops them its own way.
        box = tile_box(z, x, y)
        unit = (box[2] - box[0]) / EXTENT  # Mercator metres
        for only, key in ((ids_py - ids_pg, "only_py_px"), (ids_pg - ids_py, "only_pg_px"),
                          (set(js) - ids_py, "only_json_px"), (ids_py - set(js), "only_mvt_px")):
            for fid in only:
                part = shapely.clip_by_rect(shapely.transform(js[fid], to_merc), *tile_box(z, x, y, BUFFER)) \
                    if fid in js else None
                width = 2 * shapely.area(part) / max(shapely.length(part), 1e-9) / unit if part is not None else 99
                out[key].append("under 1" if width < 1 else "1-2" if width < 2 else "over 2")
        # How far the MVT shapes are from the JSON ones (features wholly inside the tile), in metres.
        mv = mvt_geoms(a, layer.name, z, x, y)
        inner = shapely.box(*tile_box(z, x, y))
        lat = math.radians(lonlat_box(tile_box(z, x, y))[1])
        worst = 0.0
        for fid, g in mv.items():
            if fid in js:
                src = shapely.transform(js[fid], to_merc)
                if shapely.contains(inner, src):
                    worst = max(worst, float(shapely.hausdorff_distance(g, src)) * math.cos(lat))
        out["hausdorff"][z] = max(out["hausdorff"].get(z, 0.0), worst)
        if pm_read is not None and full.get((z, x, y)):
            out["pm_checked"] += 1
            got = pm_read(z, x, y)
            out["pm_same"] += bool(got) and gzip.decompress(got) == full[(z, x, y)]
    return out


# ------------------------------------------------------------------ the browser
VG_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/app/static/vendor/leaflet/leaflet.css">
<script src="/app/static/vendor/leaflet/leaflet.js"></script>
<script src="/node_modules/leaflet.vectorgrid/dist/Leaflet.VectorGrid.bundled.js"></script>
<style>html, body, #map { margin: 0; width: 100%; height: 100%; }</style></head><body><div id="map"></div><script>
var map = L.map('map', {preferCanvas: true, minZoom: 7, maxZoom: 18}).setView(CENTRE, 12);
var colors = COLORS;
function style(p) {  // as ParcelTiles colours by stage (layers/tiles.py)
  var hot = p.b === 1;
  return {fill: true, fillColor: colors[p.s] || '#cccccc', fillOpacity: 0.8, color: hot ? '#b10026' : '#555555',
          weight: hot ? 2 : 0.6};
}
window.makeLayer = function () {
  var styles = {}; styles[NAME] = style;
  return L.vectorGrid.protobuf('/mvt/' + NAME + '/{z}/{x}/{y}.pbf', {
    rendererFactory: L.canvas.tile, interactive: true, maxNativeZoom: 16, minZoom: MINZOOM,
    getFeatureId: function (f) { return f.properties.id; }, vectorTileLayerStyles: styles});
};
</script></body></html>"""

VG_DRAW = """async ([lat, lng, z]) => {
  const raf = () => new Promise(r => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  map.setView([lat, lng], z, {animate: false});
  const layer = makeLayer();
  const loaded = new Promise(r => layer.once('load', r));
  layer.addTo(map);
  await loaded; await raf(); await raf();
  const ms = performance.now() - t0;
  const ids = new Set(); let drawn = 0;
  for (const k in layer._vectorTiles) { for (const id in layer._vectorTiles[k]._features) { ids.add(id); drawn++; } }
  const bytes = performance.getEntriesByType('resource').filter(e => e.name.includes('/mvt/'))
    .reduce((s, e) => s + e.encodedBodySize, 0);
  return {ms, drawn, unique: ids.size, bytes,
          requests: performance.getEntriesByType('resource').filter(e => e.name.includes('/mvt/')).length};
}"""

JSON_DRAW = """async ([lat, lng, z, mapName, layerName]) => {
  const raf = () => new Promise(r => requestAnimationFrame(() => r()));
  const map = window[mapName], grp = window[layerName];
  const t0 = performance.now();
  map.setView([lat, lng], z, {animate: false});
  await new Promise((ok, fail) => { (function poll() {
    if (grp.state.want > 0 && grp.state.drawn === grp.state.want) { ok(); }
    else if (performance.now() - t0 > 120000) { fail(new Error('timeout')); }
    else { setTimeout(poll, 5); } })(); });
  await raf(); await raf();
  const ms = performance.now() - t0;
  const ids = new Set(); grp.eachLayer(l => ids.add(l.feature.properties.id));
  const res = performance.getEntriesByType('resource').filter(e => e.name.includes('/json/'));
  return {ms, drawn: grp.state.drawn, unique: ids.size, bytes: res.reduce((s, e) => s + e.encodedBodySize, 0),
          requests: res.length};
}"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 (the base class's name)
        pass


@contextlib.contextmanager
def http_server() -> Iterator[str]:
    """bench/out/tile_formats/www on a free loopback port (with /app/static and /node_modules linked in)."""
    for link, target in ((WWW / "app" / "static", ROOT / "static"), (WWW / "node_modules", OUT / "node_modules")):
        link.parent.mkdir(parents=True, exist_ok=True)
        if not link.is_symlink():
            link.symlink_to(target)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(WWW)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def ensure_vectorgrid() -> None:
    if not (OUT / "node_modules" / "leaflet.vectorgrid" / "dist" / "Leaflet.VectorGrid.bundled.js").exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(OUT), "leaflet.vectorgrid@1.3.0"],
                       check=True, capture_output=True)


def pages(layer: Layer, ts: ptiles.TileSet, centre: tuple[float, float]) -> tuple[str, str, str, str]:
    """The two test pages of a layer; (json page, its map's and layer's JS names, MVT page)."""
    from geo.stages import STAGES
    from layers.catalogue import STAGE_COLORS
    from layers.maps import make_map
    from layers.tiles import ParcelTiles, TileLook

    look = TileLook(color_by="stage", stage_colors=[STAGE_COLORS[s] for s in STAGES], tier_colors=["#cccccc"] * 6,
                    zones=[], stages=list(STAGES), tiers=[""] * 6, capped="{n}", lang="en", layer=layer.name)
    m = make_map(basemap=False, view={"center": list(centre), "zoom": 12})
    # No cap on the features drawn (the app caps at 6,000): both renderers draw the whole view.
    tiles_layer = ParcelTiles(ts, look, min_zoom=layer.min_zoom, name=layer.name, max_features=10**9, cache_tiles=10**6)
    tiles_layer.add_to(m)
    d = WWW / "pages" / "t"  # two levels down: folium's asset URLs are ../../app/static
    d.mkdir(parents=True, exist_ok=True)
    (d / f"json-{layer.name}.html").write_text(m.get_root().render())
    vg = (VG_PAGE.replace("CENTRE", json.dumps(list(centre))).replace("COLORS", json.dumps(look.stage_colors))
          .replace("NAME", json.dumps(layer.name)).replace("MINZOOM", str(layer.min_zoom)))
    (d / f"mvt-{layer.name}.html").write_text(vg)
    return f"/pages/t/json-{layer.name}.html", m.get_name(), tiles_layer.get_name(), f"/pages/t/mvt-{layer.name}.html"


def browser_draws(layer: Layer, ts: ptiles.TileSet, mvt: dict, repeats: int) -> dict:
    """Median ms to fetch and draw the view around the densest zoom-15 tile, per renderer and zoom."""
    from tests.appserver import browser

    for (z, x, y), data in mvt.items():
        if data:
            path = WWW / "mvt" / layer.name / str(z) / str(x) / f"{y}.pbf"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    z, x, y = densest_tile(layer, 15)
    (w, s, e, n) = lonlat_box(tile_box(z, x, y))
    centre = ((s + n) / 2, (w + e) / 2)
    json_page, map_name, layer_name, mvt_page = pages(layer, ts, centre)
    out: dict = {"centre": centre}
    with http_server() as url, browser() as b:
        for zoom in STAFF_ZOOMS:
            for kind in ("json", "mvt"):
                runs, errors = [], []
                for _ in range(repeats):
                    ctx = b.new_context(viewport={"width": MAP_SIZE[0], "height": MAP_SIZE[1]})
                    page = ctx.new_page()
                    page.on("pageerror", lambda err, errors=errors: errors.append(str(err)[:160]))
                    try:
                        page.goto(url + (json_page if kind == "json" else mvt_page), wait_until="load")
                        args = [centre[0], centre[1], zoom] + ([map_name, layer_name] if kind == "json" else [])
                        runs.append(page.evaluate(JSON_DRAW if kind == "json" else VG_DRAW, args))
                        page.mouse.click(MAP_SIZE[0] / 2, MAP_SIZE[1] / 2)  # a click on a parcel must not throw
                        page.wait_for_timeout(200)
                    finally:
                        ctx.close()
                out[(kind, zoom)] = {"ms": statistics.median(r["ms"] for r in runs), "runs": [r["ms"] for r in runs],
                                     **{k: runs[-1][k] for k in ("drawn", "unique", "bytes", "requests")},
                                     "errors": sorted(set(errors))}
                print(f"    {layer.name} z{zoom} {kind}: {out[(kind, zoom)]['ms']:.0f} ms "
                      f"({runs[-1]['unique']} features, {runs[-1]['requests']} requests)", flush=True)
    return out


# ------------------------------------------------------------------ report
def kb(x: float | None) -> str:
    return "—" if x is None else f"{x / 1000:.1f}"


def mb(x: float | None) -> str:
    return "—" if x is None else f"{x / 1e6:.1f}"


def ms(xs, p: float) -> str:
    v = q(xs, p)
    if v is None:
        return "—"
    return f"{v * 1000:.2f}" if v < 0.001 else f"{v * 1000:.1f}" if v < 0.01 else f"{v * 1000:.0f}"


def secs(x: float | None, est: bool = False) -> str:
    return "—" if x is None else f"{'~' if est else ''}{x:.1f}"


def largest(found: list[str]) -> str:
    """How wide the features found in one format only are (in tile units, within the buffered tile)."""
    if not found:
        return ""
    kinds = ("under 1", "1-2", "over 2")
    return " (width in tile units: " + ", ".join(f"{k}: {found.count(k)}" for k in kinds if found.count(k)) + ")"


def tables(n: int, results: dict, draws: dict, checks: dict) -> str:
    lines = [f"### {n:,} parcels", "",
             "Sizes: bytes per tile over every tile at the layer's zooms (JSON: per quadtree file, one set for all "
             "zooms); `~`: estimated from a sample of tiles.", "",
             "| layer | format | tiles | KB/tile median | p95 | gzip median | total MB | total gzip MB | build all s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for (layer, fmt), r in results.items():
        if not r.tiles:
            continue
        tiles = f"{'~' if r.estimated else ''}{r.tiles:,}"
        lines.append(f"| {layer} | {fmt} | {tiles} | {kb(q(r.sizes, 50))} | {kb(q(r.sizes, 95))} | "
                     f"{kb(q(r.gz_sizes, 50))} | {mb(r.total)} | {mb(r.total_gz) if r.archive is None else mb(r.archive) + ' (file)'} | "
                     f"{secs(r.build, r.estimated)} |")
    lines += ["", "Time for one tile on demand (ms, median / p95 over the sampled tiles; z9: the densest tile, "
                  "median of the repeats) and read time per tile from an archive or table:", "",
              "| layer | format | features/tile z15, z16 | z15 med | z15 p95 | z16 med | z16 p95 | z9 (features) | read med | read p95 |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for (layer, fmt), r in results.items():
        d, f = r.demand, r.features
        z9 = "—" if PROVINCE_ZOOM not in d else f"{ms(d[PROVINCE_ZOOM], 50)} ({int(q(f[PROVINCE_ZOOM], 50) or 0):,})"
        nf = " / ".join(f"{int(q(f.get(z), 50) or 0):,}" for z in STAFF_ZOOMS) if f.get(15) else "—"
        lines.append(f"| {layer} | {fmt} | {nf} | {ms(d.get(15), 50)} | {ms(d.get(15), 95)} | {ms(d.get(16), 50)} | "
                     f"{ms(d.get(16), 95)} | {z9} | {ms(r.read, 50)} | {ms(r.read, 95)} |")
    if draws:
        lines += ["", f"Browser: headless Chromium, a {MAP_SIZE[0]} x {MAP_SIZE[1]} px map, from setView to the view "
                      "drawn (median ms of fresh contexts; features: distinct ids drawn; KB fetched):", "",
                  "| layer | zoom | JSON + ParcelTiles ms | features | KB | requests | MVT + VectorGrid ms | features | KB | requests |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for layer, d in draws.items():
            for zoom in STAFF_ZOOMS:
                a, b = d[("json", zoom)], d[("mvt", zoom)]
                lines.append(f"| {layer} | {zoom} | {a['ms']:.0f} | {a['unique']:,} | {kb(a['bytes'])} | {a['requests']} | "
                             f"{b['ms']:.0f} | {b['unique']:,} | {kb(b['bytes'])} | {b['requests']} |")
        errs = {f"{layer} {k[0]} z{k[1]}": v["errors"] for layer, d in draws.items() for k, v in d.items()
                if isinstance(k, tuple) and v["errors"]}
        if errs:
            lines += ["", "Page errors (after a click in the middle of the map): "
                      + "; ".join(f"{k}: {', '.join(v)}" for k, v in errs.items())]
    lines += ["", "Agreement on the sampled z15/z16 tiles (ids within the tile and its 256-unit buffer):", ""]
    for layer, c in checks.items():
        hd = ", ".join(f"z{z} {v:.2f} m" for z, v in sorted(c["hausdorff"].items()))
        lines.append(
            f"- {layer}: {c['tiles']} tiles. mvt-py and mvt-pg hold the same ids in {c['py_pg_same']} "
            f"(ids only in mvt-py: {c['only_py']}{largest(c['only_py_px'])}, only in mvt-pg: {c['only_pg']}"
            f"{largest(c['only_pg_px'])}). mvt-py and JSON: the same ids in {c['py_json_same']} (only in JSON: "
            f"{c['only_json']}{largest(c['only_json_px'])}, only in MVT: {c['only_mvt']}{largest(c['only_mvt_px'])}). "
            f"PMTiles gives back the encoder's bytes for {c['pm_same']} of {c['pm_checked']}. Largest distance of an "
            f"MVT shape from the JSON one (features inside the tile): {hd}.")
    return "\n".join(lines)


# ------------------------------------------------------------------ main
def measure_layer(layer: Layer, conn, args, fraction: float, out: dict) -> None:
    """Every format's measures for one layer, into ``out`` (results, draws, checks, setup)."""
    print(f"{layer.name} …", flush=True)
    results = out["results"]
    tiles = [k for z in layer.zooms for k in tiles_of(layer, z)]
    picks = {z: sample([k for k in tiles if k[0] == z], args.sample, args.seed + z) for z in STAFF_ZOOMS}
    province = densest_tile(layer, PROVINCE_ZOOM)
    reps = 3 if len(layer.ids) <= 200_000 else 1
    count = functools.partial(count_ids, name=layer.name)

    # a. today's JSON tiles
    res, ts = build_json(layer)
    scratch = WORK / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    on_demand(res, functools.partial(json_on_demand, layer, scratch=scratch), picks, lambda r: r[1])
    runs = [timed(json_on_demand, layer, *province, scratch) for _ in range(reps)]
    res.demand[PROVINCE_ZOOM], res.features[PROVINCE_ZOOM] = [t for t, _ in runs], [runs[-1][1][1]]
    shutil.rmtree(scratch, ignore_errors=True)
    res.read = [timed((WWW / "json" / layer.name / ts.cells[k][0]).read_bytes)[0]
                for k in sample(sorted(ts.cells), 200, args.seed)]
    results[(layer.name, "json")] = res
    print(f"  json: {res.tiles:,} files, build {res.build:.1f} s", flush=True)

    # b. MVT in Python
    encode = functools.partial(mvt_python, layer)
    res, py = build_all(encode, tiles, fraction, args.seed)
    res.note = f"built {fraction:.0%} of {len(tiles):,} tiles, totals scaled up" if res.estimated else ""
    on_demand(res, encode, picks, count)
    for k in picks[15] + picks[16]:
        if k not in py:
            py[k] = encode(*k)
    runs = [timed(encode, *province) for _ in range(reps)]
    res.demand[PROVINCE_ZOOM], res.features[PROVINCE_ZOOM] = [t for t, _ in runs], [count(runs[-1][1])]
    results[(layer.name, "mvt-py")] = res
    print(f"  mvt-py: {res.tiles:,} tiles, build {res.build:.1f} s{' (est.)' if res.estimated else ''}", flush=True)

    # c. MVT from PostGIS
    pg: dict = {}
    if conn is not None:
        out["setup"][f"{layer.name}: copy into PostGIS + GiST index s"] = load_postgis(conn, layer)
        encode = functools.partial(mvt_postgis, conn, layer)
        res, pg = build_all(encode, tiles, 1.0, args.seed)
        on_demand(res, encode, picks, count)
        runs = [timed(encode, *province) for _ in range(reps)]
        res.demand[PROVINCE_ZOOM], res.features[PROVINCE_ZOOM] = [t for t, _ in runs], [count(runs[-1][1])]
        results[(layer.name, "mvt-pg")] = res
        print(f"  mvt-pg: {res.tiles:,} tiles, build {res.build:.1f} s", flush=True)

    # What reading a tile's rows from the store costs (to add to an encoder fed from the store).
    store = out["store"]
    res = Result(note="Store.read_layer(bbox) of the buffered tile: the rows an encoder fed from a GeoPackage needs")
    on_demand(res, functools.partial(rows_from_gpkg, store, layer), picks, int)
    res.demand[PROVINCE_ZOOM], res.features[PROVINCE_ZOOM] = zip(*[timed(rows_from_gpkg, store, layer, *province)])
    results[(layer.name, "rows: gpkg")] = res
    if conn is not None:
        res = Result(note="the same rows from the PostGIS table (WKB)")
        on_demand(res, functools.partial(rows_from_postgis, conn, layer), picks, int)
        res.demand[PROVINCE_ZOOM], res.features[PROVINCE_ZOOM] = zip(*[timed(rows_from_postgis, conn, layer, *province)])
        results[(layer.name, "rows: pg")] = res

    # d. PMTiles (and an SQLite tiles table) of the full MVT set
    full = pg if pg else (py if fraction >= 1 else {})
    pm_read = None
    if full:
        from pmtiles.reader import MmapSource, Reader

        keys = picks[15] + picks[16]
        path = WORK / f"{layer.name}-{args.parcels}.pmtiles"
        res = Result(tiles=sum(1 for v in full.values() if v), build=write_pmtiles(path, full, layer),
                     note="archive of the mvt-pg tiles" if pg else "archive of the mvt-py tiles")
        res.archive = path.stat().st_size
        fh = out["open"].enter_context(open(path, "rb"))  # noqa: SIM115 (closed by the ExitStack)
        reader = Reader(MmapSource(fh))
        pm_read = reader.get
        for k in keys[:2]:
            reader.get(*k)
        res.read = [timed(reader.get, *k)[0] for k in keys]
        results[(layer.name, "pmtiles")] = res
        table = WORK / f"{layer.name}-{args.parcels}.tiles.sqlite"
        res2 = Result(tiles=res.tiles, build=write_tiles_table(table, full), note="the same gzip tiles in an SQLite table")
        res2.archive = table.stat().st_size
        with contextlib.closing(sqlite3.connect(table)) as tdb:
            get = functools.partial(read_tile, tdb)
            res2.read = [timed(get, *k)[0] for k in keys]
        results[(layer.name, "tiles table")] = res2
        print(f"  pmtiles: {mb(res.archive)} MB, written in {res.build:.1f} s", flush=True)

    out["checks"][layer.name] = agreement(layer, ts, sample(picks[15], 20, 1) + sample(picks[16], 20, 2), py,
                                          pg or py, full, pm_read)
    if not args.skip_browser and full:
        ensure_vectorgrid()
        out["draws"][layer.name] = browser_draws(layer, ts, full, args.repeats)


def count_ids(data: bytes, name: str) -> int:
    return len(mvt_ids(data, name))


def read_tile(db: sqlite3.Connection, z: int, x: int, y: int) -> bytes | None:
    row = db.execute("SELECT data FROM tiles WHERE z = ? AND x = ? AND y = ?", (z, x, y)).fetchone()
    return row[0] if row else None


def run(args) -> tuple[str, dict]:
    import psycopg

    from tests.pg import POSTGIS_TEMPLATE, throwaway_server, unavailable_reason

    started = time.perf_counter()
    db = Path(args.store) if args.store else synth_store(args.parcels)
    print(f"store {db} …", flush=True)
    t0 = time.perf_counter()
    layers = load_layers(db)
    print(f"  layers read and snapshot built in {time.perf_counter() - t0:.1f} s "
          f"({', '.join(f'{len(x.ids):,} {x.name}' for x in layers)})", flush=True)
    fraction = args.build_fraction if args.build_fraction is not None else (1.0 if args.parcels <= 200_000 else 0.1)
    WORK.mkdir(parents=True, exist_ok=True)
    pg_reason = unavailable_reason()
    use_pg = pg_reason is None and not args.skip_postgis
    with contextlib.ExitStack() as stack:
        from geo.store import open_store

        store = open_store(str(db))
        stack.callback(store.close)
        out: dict = {"results": {}, "draws": {}, "checks": {}, "setup": {}, "open": stack, "store": store}
        conn = None
        if use_pg:
            server = stack.enter_context(throwaway_server())
            name = server.create_database(POSTGIS_TEMPLATE, "tile_formats")
            conn = stack.enter_context(psycopg.connect(server.url(name), autocommit=True))
        for layer in layers:
            measure_layer(layer, conn, args, fraction, out)
    text = tables(args.parcels, out["results"], out["draws"], out["checks"])
    extra = {"setup": out["setup"], "fraction": fraction,
             "pg": "ok" if use_pg else (pg_reason or "skipped (--skip-postgis)"),
             "seconds": time.perf_counter() - started,
             "notes": {f"{k[0]} {k[1]}": r.note for k, r in out["results"].items() if r.note}}
    return text, extra


def main() -> None:
    import importlib.metadata as md

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parcels", type=int, default=100_000, help="synthetic store size (cadastral parcels)")
    ap.add_argument("--store", help="a store to read instead of bench/out/synth-N.gpkg (not written to)")
    ap.add_argument("--sample", type=int, default=60, help="tiles per zoom timed on demand (15 and 16)")
    ap.add_argument("--build-fraction", type=float, help="share of the tiles the Python MVT build encodes "
                                                         "(default: all up to 200k parcels, else 0.1)")
    ap.add_argument("--repeats", type=int, default=3, help="browser runs per renderer and zoom")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--skip-browser", action="store_true")
    ap.add_argument("--skip-postgis", action="store_true")
    args = ap.parse_args()
    text, extra = run(args)
    versions = ", ".join(f"{p} {md.version(p)}" for p in ("mapbox-vector-tile", "pmtiles", "shapely", "psycopg"))
    vg = OUT / "node_modules" / "leaflet.vectorgrid" / "package.json"
    if vg.exists():
        versions += f", leaflet.vectorgrid {json.loads(vg.read_text())['version']}"
    report = (f"{text}\n\nSet-up: {', '.join(f'{k} {v:.1f}' for k, v in extra['setup'].items()) or '—'}. "
              f"PostGIS: {extra['pg']}. Notes: {'; '.join(f'{k}: {v}' for k, v in extra['notes'].items())}. "
              f"Versions: {versions}. Bench took {extra['seconds']:.0f} s.\n")
    print("\n" + report)
    md_path = OUT / "tile_formats.md"
    old = md_path.read_text() if md_path.exists() else ""
    marker = f"### {args.parcels:,} parcels"
    kept = [part for part in old.split("\n<!-- run -->\n") if part.strip() and marker not in part]
    md_path.write_text("\n<!-- run -->\n".join([*kept, report]))
    print(f"written to {md_path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
