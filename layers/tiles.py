"""Parcel tiles: the parcels layer cut into small JSON files that the browser fetches and caches itself.

Panning or zooming the map then costs a few static downloads (gzip-compressed, cached by the browser)
instead of a round trip through the Streamlit script, whatever the number of parcels in the store.

The grid is an adaptive quadtree in degrees: level-0 cells are ``CELL`` degrees wide, and a cell holding
more than ``MAX_PER_TILE`` parcels is split in four, down to ``MAX_LEVEL``. Each parcel belongs to the
one leaf cell that holds the centre of its bounding box; the browser pads the view by the largest
parcel's half-size, so parcels straddling a cell edge are still drawn.

A tile is ``{"f": [[id, stage, tier, blocked, zone, area_tenths_ha, polygons], ...]}`` where
``polygons`` is a list of polygons, each a list of rings, each ring a flat list of integers in units of
``UNIT`` degrees (x then y): the first vertex relative to the cell's south-west corner, the others as
differences from the previous one; the closing vertex is left out. Files are named by a hash of their
content, so a file never changes once written: the browser may cache it for good, two app instances on
one store write the same files, and an edit rewrites only the tiles whose parcels changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import shapely
from folium.map import Layer
from jinja2 import Template

from .assets import STATIC_DIR, STATIC_URL
from .compact import js_json

CELL = 0.02  # degrees, level 0
MAX_LEVEL = 5  # 0.02 / 32 degrees, about 70 m, at the deepest
MAX_PER_TILE = 1500
UNIT = 1e-6  # degrees (about 0.1 m)
TILES_DIR = STATIC_DIR / "parcels"
TILES_URL = f"{STATIC_URL}/parcels"
#: Unreferenced tile files older than this are removed when a store's tiles are rebuilt.
KEEP_SECONDS = 3600
CODES = ("s", "t", "b", "z", "a")  # stage index, tier, blocked, zone index, area in tenths of a hectare


def cell_key(level: int, i: int, j: int) -> str:
    return f"{level}/{i}/{j}"


def _assign(cx: np.ndarray, cy: np.ndarray, max_per_tile: int) -> tuple[np.ndarray, list[str], int]:
    """Leaf cell per point (an index into the returned keys), the keys (leaves first, then the split
    cells) and the number of leaves."""
    n = len(cx)
    leaf = np.full(n, -1, dtype=np.int64)
    keys: list[str] = []
    split: list[str] = []
    open_rows = np.arange(n)
    for level in range(MAX_LEVEL + 1):
        if not len(open_rows):
            break
        size = CELL / 2 ** level
        i = np.floor(cx[open_rows] / size).astype(np.int64)
        j = np.floor(cy[open_rows] / size).astype(np.int64)
        packed, inverse, counts = np.unique((i << 32) + (j & 0xFFFFFFFF), return_inverse=True, return_counts=True)
        cells = np.stack([packed >> 32, (packed & 0xFFFFFFFF).astype(np.int32)], axis=1)
        final = (counts <= max_per_tile) | (level == MAX_LEVEL)
        index = np.full(len(cells), -1, dtype=np.int64)
        for c in np.flatnonzero(final):
            index[c] = len(keys)
            keys.append(cell_key(level, int(cells[c, 0]), int(cells[c, 1])))
        split += [cell_key(level, int(a), int(b)) for a, b in cells[~final]]
        done = final[inverse]
        leaf[open_rows[done]] = index[inverse[done]]
        open_rows = open_rows[~done]
    return leaf, keys + split, len(keys)


@dataclass
class TileSet:
    """The tiles of one parcels layer: which cells exist, their files, and what the browser needs to fetch them."""

    url: str  # URL path of the directory holding the files
    cells: dict[str, tuple[str, int]]  # leaf cell key -> (file name, parcels)
    split: list[str]  # keys of cells split into four
    pad: float  # half the largest parcel's extent, in degrees
    leaf: np.ndarray = field(repr=False)  # leaf key index per parcel row
    leaf_keys: list[str] = field(repr=False)
    codes: np.ndarray = field(repr=False)  # (rows, len(CODES)) ints, to tell what an edit changed
    source: object = field(default=None, repr=False)  # the geometry this was cut from (identity)
    written: int = 0  # files written by the build that made this set

    def manifest(self) -> dict:
        return {"cells": {k: [name, n] for k, (name, n) in self.cells.items()}, "split": self.split,
                "cell": CELL, "unit": UNIT, "pad": round(self.pad, 6), "url": self.url}


def parcel_codes(parcels, stage_index: np.ndarray, tiers: np.ndarray, zone_index: np.ndarray) -> np.ndarray:
    """The integer codes each parcel's tile entry carries (see CODES)."""
    n = len(parcels)
    blocked = parcels["blocked"].fillna(False).to_numpy(dtype=bool) if "blocked" in parcels else np.zeros(n, bool)
    area = parcels["area_ha"].to_numpy(dtype=float)
    tenths = np.where(np.isfinite(area), np.round(area * 10), -1).astype(np.int64)
    return np.stack([np.asarray(stage_index, dtype=np.int64), np.asarray(tiers, dtype=np.int64),
                     blocked.astype(np.int64), np.asarray(zone_index, dtype=np.int64), tenths], axis=1)


def build(ids, geoms, codes: np.ndarray, directory: Path, url: str, *, previous: TileSet | None = None,
          source: object = None, max_per_tile: int = MAX_PER_TILE) -> TileSet:
    """Write the tiles of these parcels under ``directory`` and return the set.

    With ``previous`` cut from the same geometry (same ``source``, same rows) only the cells holding a
    parcel whose codes changed are encoded again; otherwise every cell is. Files of this directory that
    the new set does not use and that are older than KEEP_SECONDS are removed.
    """
    geoms = np.asarray(geoms, dtype=object)
    ids = np.asarray(ids, dtype=object)
    codes = np.asarray(codes, dtype=np.int64).reshape(len(geoms), len(CODES))
    directory.mkdir(parents=True, exist_ok=True)
    incremental = (previous is not None and source is not None and previous.source is source
                   and len(previous.leaf) == len(geoms))
    if incremental:
        leaf, leaf_keys, split = previous.leaf, previous.leaf_keys, previous.split
        changed = np.flatnonzero((previous.codes != codes).any(axis=1))
        todo = np.unique(leaf[changed])
        cells = dict(previous.cells)
        pad = previous.pad
    else:
        b = shapely.bounds(geoms)
        ok = np.isfinite(b).all(axis=1)
        b = np.where(ok[:, None], b, 0.0)
        leaf, keys, n_leaves = _assign((b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2, max_per_tile)
        leaf = np.where(ok, leaf, -1)
        leaf_keys, split = keys[:n_leaves], keys[n_leaves:]
        todo = np.unique(leaf[leaf >= 0])
        cells = {}
        pad = float(max(np.max(b[ok, 2] - b[ok, 0], initial=0), np.max(b[ok, 3] - b[ok, 1], initial=0))) / 2
    written = 0
    if len(todo):
        rows = np.flatnonzero(np.isin(leaf, todo))
        rows = rows[np.argsort(leaf[rows], kind="stable")]
        drawn, texts = _features(ids[rows], geoms[rows], codes[rows], leaf[rows], leaf_keys)
        of = leaf[rows][drawn]  # sorted: each cell's parcels are one run
        lo, hi = np.searchsorted(of, todo, side="left"), np.searchsorted(of, todo, side="right")
        offsets = pa.array(np.concatenate([lo, hi[-1:]]), pa.int32())  # runs follow each other
        bodies = pc.binary_join(pa.ListArray.from_arrays(offsets, texts), ",").to_pylist()
        for c, a, b, body in zip(todo, lo, hi, bodies):
            key = leaf_keys[c]
            if a == b:
                cells.pop(key, None)
                continue
            data = ('{"f":[' + body + "]}").encode()
            name = hashlib.blake2b(data, digest_size=10).hexdigest() + ".json"
            written += _write(directory / name, data)
            cells[key] = (name, int(b - a))
    _clean(directory, {name for name, _ in cells.values()})
    return TileSet(url=url, cells=cells, split=list(split), pad=pad, leaf=leaf, leaf_keys=list(leaf_keys),
                   codes=codes, source=source, written=written)


def _features(ids, geoms, codes, leaf, leaf_keys) -> tuple[np.ndarray, pa.Array]:
    """The parcels with something to draw (their positions in the arguments) and one JSON text each,
    coordinates relative to its cell. Built column-wise with Arrow (a whole build: 0.3 s at 100,000
    parcels, 4.4 s at a million)."""
    rows = np.flatnonzero(np.isin(shapely.get_type_id(geoms), (3, 6)) & ~shapely.is_empty(geoms))
    if not len(rows):
        return rows, pa.array([], pa.string())
    _, coords, (ring_off, part_off, geom_off) = _ragged(geoms[rows])
    q = np.round(coords / UNIT).astype(np.int64)
    corners = np.zeros((len(leaf_keys), 2), dtype=np.int64)
    for c in np.unique(leaf[rows]):
        corners[c] = _origin(leaf_keys[c])
    d = q.copy()
    d[1:] -= q[:-1]
    starts = ring_off[:-1]
    geom_of_ring = np.repeat(np.arange(len(rows)), np.diff(part_off[geom_off]))
    d[starts] = q[starts] - corners[leaf[rows]][geom_of_ring]
    keep = np.ones(len(d), dtype=bool)
    keep[ring_off[1:] - 1] = False  # the closing vertex: Leaflet closes rings itself
    numbers = pa.array(d[keep].ravel()).cast(pa.string())
    ring_offsets = np.concatenate([[0], np.cumsum(2 * (np.diff(ring_off) - 1))])
    rings = pc.binary_join(pa.ListArray.from_arrays(pa.array(ring_offsets, pa.int32()), numbers), ",")
    parts = pc.binary_join(pa.ListArray.from_arrays(pa.array(part_off, pa.int32()), rings), "],[")
    parts = pc.binary_join_element_wise("[[", parts, "]]", "")
    shapes = pc.binary_join(pa.ListArray.from_arrays(pa.array(geom_off, pa.int32()), parts), ",")
    names = pa.array([str(x) for x in ids[rows]], pa.string())
    quoted = pc.binary_join_element_wise('"', names, '"', "")
    unsafe = pc.match_substring_regex(names, r'["\\<\x00-\x1f\x7f\x{2028}\x{2029}]')
    if pc.any(unsafe).as_py():
        encode = json.JSONEncoder(ensure_ascii=False).encode
        fixed = [encode(v).replace("<", "\\u003c") for v in pc.filter(names, unsafe).to_pylist()]
        quoted = pc.replace_with_mask(quoted, unsafe, pa.array(fixed, pa.string()))
    cols = [pa.array(codes[rows, k]).cast(pa.string()) for k in range(codes.shape[1])]
    texts = pc.binary_join_element_wise("[", quoted, *[x for c in cols for x in (",", c)], ",[", shapes, "]]", "")
    return rows, texts


def _ragged(geoms):
    """shapely.to_ragged_array for (Multi)Polygons, always as MultiPolygon offsets."""
    if (shapely.get_type_id(geoms) == 3).all() and not shapely.get_num_interior_rings(geoms).any():
        # Polygons without holes (most parcels): one ring each, read twice as fast.
        counts = shapely.get_num_coordinates(geoms)
        index = np.arange(len(geoms) + 1)
        return 3, shapely.get_coordinates(geoms), (np.concatenate([[0], np.cumsum(counts)]), index, index)
    typ, coords, offsets = shapely.to_ragged_array(geoms)
    if len(offsets) == 2:  # all Polygons: every geometry is one part
        ring_off, geom_rings = offsets
        return typ, coords, (ring_off, geom_rings, np.arange(len(geom_rings)))
    return typ, coords, offsets


def _write(path: Path, body: bytes) -> int:
    if path.exists():
        os.utime(path)  # in use again: not garbage
        return 0
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return 1


def _clean(directory: Path, keep: set[str]) -> None:
    cutoff = time.time() - KEEP_SECONDS
    for f in directory.iterdir():
        try:
            if f.name not in keep and f.stat().st_mtime < cutoff:
                f.unlink()
        except OSError:
            pass


def store_directory(store_url: str) -> tuple[Path, str]:
    """The directory (under the app's static/) and URL path for one store's tiles.

    The name is a hash of the store's URL without its password (it is public, in the tile URLs)."""
    parts = urlsplit(store_url)
    if parts.password is not None:
        host = parts.hostname or ""
        netloc = f"{parts.username or ''}@{host}" + (f":{parts.port}" if parts.port else "")
        store_url = urlunsplit(parts._replace(netloc=netloc))
    key = hashlib.blake2b(store_url.encode(), digest_size=8).hexdigest()
    return TILES_DIR / key, f"{TILES_URL}/{key}"


def _origin(key: str) -> tuple[int, int]:
    """A cell's south-west corner in UNITs."""
    level, i, j = (int(x) for x in key.split("/"))
    size = round(CELL / 2 ** level / UNIT)
    return i * size, j * size


def decode(text: str | bytes, key: str) -> list[dict]:
    """A tile read back: [{id, s, t, b, z, a, geometry}] — for tests and tools; the browser does the same."""
    ox, oy = _origin(key)
    out = []
    for fid, s, t, b, z, a, polys in json.loads(text)["f"]:
        parts = []
        for poly in polys:
            rings = []
            for ring in poly:
                xy = np.asarray(ring, dtype=np.int64).reshape(-1, 2)
                xy[0] += (ox, oy)
                pts = np.cumsum(xy, axis=0) * UNIT
                rings.append(np.vstack([pts, pts[:1]]))
            parts.append(shapely.Polygon(rings[0], rings[1:]))
        geom = parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)
        out.append({"id": fid, "s": s, "t": t, "b": b, "z": z, "a": a, "geometry": geom})
    return out


@dataclass(frozen=True)
class TileLook:
    """How the browser colours and labels tiled parcels, in one language: colours per stage and per tier,
    the tooltip's zone, stage and tier texts (by code), the note shown when the view holds too many."""

    color_by: str  # "stage" or "tier"
    stage_colors: list[str]
    tier_colors: list[str]
    zones: list[str]
    stages: list[str]
    tiers: list[str]
    capped: str  # "... {n} plots ...": the note when only the nearest are drawn
    lang: str
    layer: str = "plot"  # feature.properties.layer of each drawn feature (what a click selects)

    def config(self) -> dict:
        vi = self.lang == "vi"
        return {"colorBy": self.color_by, "stageColors": self.stage_colors, "tierColors": self.tier_colors,
                "zones": self.zones, "stages": self.stages, "tiers": self.tiers, "capped": self.capped,
                "layer": self.layer, "decimal": "," if vi else ".", "thousands": "." if vi else ",", "locale": "vi-VN" if vi else "en-US"}


class ParcelTiles(Layer):
    """A Leaflet layer that shows the parcels of a TileSet from ``min_zoom`` on, fetching tiles as the view moves.

    Tiles nearest the centre of the view come first, up to about ``max_features`` parcels; a note on the
    map says when more are in view. Tooltips are built from text nodes (never HTML); a click reports the
    feature as a GeoJSON feature with ``layer`` (the look's: "plot") and its ``id``, like the other layers. It is an
    overlay of the layer control, under ``name``.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function(map) {
            var cfg = {{ this.config }}, idx = {{ this.manifest }};
            var group = L.featureGroup(), shown = {}, cache = {}, order = [];
            var U = idx.unit, CELL = idx.cell, split = {};
            idx.split.forEach(function(k) { split[k] = true; });
            var note = L.control({position: 'bottomleft'});
            note.onAdd = function() {
                var d = L.DomUtil.create('div', 'sr-parcel-note');
                d.style.cssText = 'background:rgba(255,255,255,.9);padding:2px 6px;font:12px sans-serif;display:none';
                return d;
            };
            note.addTo(map);
            function style(p) {
                var fill = cfg.colorBy === 'tier' ? cfg.tierColors[p.t] : cfg.stageColors[p.s];
                var hot = p.b === 1;
                return {color: hot ? '#b10026' : '#555555', weight: hot ? 2 : 0.6, fillColor: fill || '#cccccc',
                        fillOpacity: 0.8};
            }
            function area(tenths) {
                if (tenths < 0) { return '—'; }
                var whole = Math.floor(tenths / 10).toString().replace(/\\B(?=(\\d{3})+(?!\\d))/g, cfg.thousands);
                return whole + cfg.decimal + (tenths % 10) + ' ha';
            }
            function tip(p) {
                var box = document.createElement('div');
                [p.id, cfg.zones[p.z], area(p.a), cfg.stages[p.s], cfg.tiers[p.t]].forEach(function(text, i) {
                    if (text === undefined || text === null || text === '') { return; }
                    var el = document.createElement(i === 0 ? 'b' : 'div');
                    el.textContent = String(text);
                    box.appendChild(el);
                });
                return box;
            }
            function origin(key) {
                var k = key.split('/'), size = Math.round(CELL / Math.pow(2, +k[0]) / U);
                return [+k[1] * size, +k[2] * size];
            }
            function decode(key, data) {
                var o = origin(key);
                return data.f.map(function(f) {
                    var polys = f[6].map(function(poly) {
                        return poly.map(function(r) {
                            var out = new Array(r.length / 2), x = o[0], y = o[1];
                            for (var k = 0; k < r.length; k += 2) { x += r[k]; y += r[k + 1]; out[k / 2] = [y * U, x * U]; }
                            return out;
                        });
                    });
                    var p = {layer: cfg.layer, id: f[0], s: f[1], t: f[2], b: f[3], z: f[4], a: f[5]};
                    var layer = L.polygon(polys.length === 1 ? polys[0] : polys, style(p));
                    layer.feature = {type: 'Feature', properties: p};
                    layer.bindTooltip(function() { return tip(p); }, {sticky: true});
                    layer.on('mouseover', function() { layer.setStyle({weight: 3, color: '#000000'}); });
                    layer.on('mouseout', function() { layer.setStyle(style(p)); });
                    return layer;
                });
            }
            function wanted() {
                var b = map.getBounds(), pad = idx.pad, c = b.getCenter();
                var w = b.getWest() - pad, e = b.getEast() + pad, s = b.getSouth() - pad, n = b.getNorth() + pad;
                var found = [];
                function visit(level, i, j) {
                    var key = level + '/' + i + '/' + j, size = CELL / Math.pow(2, level);
                    if (i * size > e || (i + 1) * size < w || j * size > n || (j + 1) * size < s) { return; }
                    if (idx.cells[key]) {
                        var dx = (i + 0.5) * size - c.lng, dy = (j + 0.5) * size - c.lat;
                        found.push({key: key, n: idx.cells[key][1], d: dx * dx + dy * dy});
                    } else if (split[key]) {
                        for (var a = 0; a < 2; a++) { for (var q = 0; q < 2; q++) { visit(level + 1, 2 * i + a, 2 * j + q); } }
                    }
                }
                for (var i = Math.floor(w / CELL); i <= Math.floor(e / CELL); i++) {
                    for (var j = Math.floor(s / CELL); j <= Math.floor(n / CELL); j++) { visit(0, i, j); }
                }
                found.sort(function(a, b) { return a.d - b.d; });
                var keep = [], total = 0, all = 0;
                found.forEach(function(f) {
                    all += f.n;
                    if (!keep.length || total + f.n <= cfg.max) { keep.push(f.key); total += f.n; }
                });
                return {keys: keep, shown: total, all: all};
            }
            // group.state: parcels wanted for the view and drawn so far (equal once the view is complete).
            group.state = {want: 0, drawn: 0};
            function show(key) {
                if (shown[key]) { return; }
                shown[key] = cache[key].layers;
                shown[key].forEach(function(l) { group.addLayer(l); });
                group.state.drawn += shown[key].length;
            }
            function hide(key) {
                shown[key].forEach(function(l) { group.removeLayer(l); });
                group.state.drawn -= shown[key].length;
                delete shown[key];
            }
            function remember(key, layers) {
                cache[key] = {layers: layers};
                order.push(key);
                while (order.length > cfg.cacheTiles) {
                    var old = order.shift();
                    if (!shown[old]) { delete cache[old]; }
                }
            }
            var want = {};
            function refresh() {
                var div = note.getContainer();
                if (map.getZoom() < cfg.minZoom) {
                    Object.keys(shown).forEach(hide);
                    want = {};
                    group.state.want = 0;
                    div.style.display = 'none';
                    return;
                }
                var w = wanted();
                group.state.want = w.shown;
                want = {};
                w.keys.forEach(function(k) { want[k] = true; });
                Object.keys(shown).forEach(function(k) { if (!want[k]) { hide(k); } });
                w.keys.forEach(function(key) {
                    if (cache[key] && cache[key].layers) { show(key); return; }
                    if (cache[key]) { return; }  // on its way
                    cache[key] = {};
                    fetch(idx.url + '/' + idx.cells[key][0]).then(function(r) {
                        if (!r.ok) { throw new Error(r.status); }
                        return r.json();
                    }).then(function(data) {
                        remember(key, decode(key, data));
                        if (want[key]) { show(key); }
                    }).catch(function() { delete cache[key]; });
                });
                if (w.shown < w.all) {
                    div.textContent = cfg.capped.replace('{n}', w.shown.toLocaleString(cfg.locale));
                    div.style.display = 'block';
                } else {
                    div.style.display = 'none';
                }
            }
            map.on('moveend', refresh);
            map.whenReady(refresh);
            return group;
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, tiles: TileSet, look: TileLook, *, min_zoom: int, name: str, max_features: int = 6000,
                 cache_tiles: int = 400):
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "ParcelTiles"
        self.manifest = js_json(tiles.manifest())
        self.config = js_json({**look.config(), "minZoom": min_zoom, "max": max_features, "cacheTiles": cache_tiles})
