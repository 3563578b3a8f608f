"""Plot tiles: every plot lands in exactly one tile, read back where it was, and an edit rewrites only its tile."""

from __future__ import annotations

import json
import os
import time

import numpy as np
import pytest
import shapely

from geo.stages import STAGES
from layers import tiles


def codes_of(parcels, tiers=None) -> np.ndarray:
    stage = np.array([STAGES.index(s) for s in parcels["clearance_stage"]])
    zones = {z: i for i, z in enumerate(sorted(set(parcels["zone_id"])))}
    return tiles.parcel_codes(parcels, stage, np.zeros(len(parcels), int) if tiers is None else tiers,
                              np.array([zones[z] for z in parcels["zone_id"]]))


def read_back(ts: tiles.TileSet, directory) -> dict[str, dict]:
    out = {}
    for key, (name, n) in ts.cells.items():
        feats = tiles.decode((directory / name).read_bytes(), key)
        assert len(feats) == n
        for f in feats:
            assert f["id"] not in out, f"{f['id']} is in two tiles"
            out[f["id"]] = f
    return out


@pytest.fixture(scope="module")
def plots(default_gpkg):
    """The planned plots with their clearance derived from the parcels beneath: what the tiles carry."""
    from geo.store import open_store
    from layers.snapshot import build_snapshot

    s = open_store(str(default_gpkg))
    p = build_snapshot(s, 1).layers["plots"]
    s.close()
    return p


def test_every_parcel_is_in_one_tile_and_reads_back_where_it_was(plots, tmp_path):
    codes = codes_of(plots)
    ts = tiles.build(plots["id"], plots.geometry.values, codes, tmp_path, "/app/static/plots/x")
    got = read_back(ts, tmp_path)
    assert set(got) == set(plots["id"])
    for row, fid in enumerate(plots["id"]):
        f = got[fid]
        assert [f[k] for k in tiles.CODES] == list(codes[row])
        # Coordinates are kept to 1e-6 degrees (about 0.1 m).
        assert shapely.hausdorff_distance(f["geometry"], plots.geometry.values[row]) < 2e-6
    assert ts.written == len(ts.cells) == len(list(tmp_path.glob("*.json")))
    # The browser pads the view by the largest parcel's half-size, so an edge-straddling parcel is fetched.
    b = shapely.bounds(plots.geometry.values)
    assert ts.pad == pytest.approx(max((b[:, 2] - b[:, 0]).max(), (b[:, 3] - b[:, 1]).max()) / 2)


def test_a_crowded_cell_is_split_until_tiles_are_small(plots, tmp_path):
    ts = tiles.build(plots["id"], plots.geometry.values, codes_of(plots), tmp_path, "/x", max_per_tile=40)
    assert ts.split, "the default data has cells with more than 40 plots"
    assert max(n for _, n in ts.cells.values()) <= 40 or any(k.startswith(f"{tiles.MAX_LEVEL}/") for k in ts.cells)
    # A split cell's leaves are its quarters: every leaf below level 0 has its parent among the split cells.
    split = set(ts.split)
    for key in ts.cells:
        level, i, j = (int(x) for x in key.split("/"))
        if level:
            assert f"{level - 1}/{i // 2}/{j // 2}" in split
    assert set(read_back(ts, tmp_path)) == set(plots["id"])


def test_an_edit_rewrites_only_the_tiles_of_the_parcels_it_changed(plots, tmp_path):
    geoms, ids = plots.geometry.values, plots["id"]
    codes = codes_of(plots)
    first = tiles.build(ids, geoms, codes, tmp_path, "/x", source=geoms)
    again = tiles.build(ids, geoms, codes, tmp_path, "/x", source=geoms)
    assert again.written == 0 and again.cells == first.cells  # same content, same file names
    edited = codes.copy()
    rows = [3, 1000]
    edited[rows, 0] = STAGES.index("handed_over")
    edited[rows, 1] = 5
    after = tiles.build(ids, geoms, edited, tmp_path, "/x", previous=first, source=geoms)
    touched = {first.leaf_keys[first.leaf[r]] for r in rows}
    assert after.written == len(touched)
    assert {k for k in after.cells if after.cells[k] != first.cells[k]} == touched
    got = read_back(after, tmp_path)
    for r in rows:
        assert (got[ids.iat[r]]["s"], got[ids.iat[r]]["t"]) == (STAGES.index("handed_over"), 5)
    # The same edit cut from other geometry (an import) is not patched: every tile is encoded again.
    full = tiles.build(ids, geoms, edited, tmp_path, "/x", previous=first, source=object())
    assert full.cells == after.cells and full.written == 0


def test_holes_multipolygons_and_hostile_ids_survive(tmp_path):
    ring = shapely.Polygon([(105.0, 19.5), (105.01, 19.5), (105.01, 19.51), (105.0, 19.51)],
                           [[(105.002, 19.502), (105.004, 19.502), (105.004, 19.504), (105.002, 19.504)]])
    multi = shapely.MultiPolygon([shapely.box(105.02, 19.52, 105.021, 19.521), shapely.box(105.03, 19.53, 105.031, 19.531)])
    import geopandas as gpd

    p = gpd.GeoDataFrame({"id": ["</script><b>x", "lô-2", "empty"], "area_ha": [1.26, float("nan"), 0.0],
                          "blocked": [True, None, False], "clearance_stage": ["not_started", "handed_over", "not_started"],
                          "zone_id": ["a", "b", "a"]},
                         geometry=[ring, multi, shapely.Polygon()], crs=4326)
    ts = tiles.build(p["id"], p.geometry.values, codes_of(p), tmp_path, "/x")
    text = "".join(f.read_text() for f in tmp_path.glob("*.json"))
    assert "<" not in text  # nothing in a tile can close a tag, whatever the id
    got = read_back(ts, tmp_path)
    assert set(got) == {"</script><b>x", "lô-2"}  # nothing to draw for an empty geometry
    assert got["</script><b>x"]["geometry"].equals_exact(ring, 1e-6)
    assert got["lô-2"]["geometry"].equals_exact(multi, 1e-6)
    assert (got["</script><b>x"]["a"], got["</script><b>x"]["b"], got["lô-2"]["a"]) == (13, 1, -1)


def test_old_unused_tiles_are_removed_and_new_ones_kept(plots, tmp_path):
    stale, fresh = tmp_path / "stale.json", tmp_path / "fresh.json"
    for f in (stale, fresh):
        f.write_text("{}")
    old = time.time() - tiles.KEEP_SECONDS - 60
    os.utime(stale, (old, old))
    tiles.build(plots["id"], plots.geometry.values, codes_of(plots), tmp_path, "/x")
    assert not stale.exists() and fresh.exists()


def test_the_tile_url_names_no_password():
    d1, u1 = tiles.store_directory("postgresql://siteready:s3cret@db.example:5432/siteready")
    d2, u2 = tiles.store_directory("postgresql://siteready:other@db.example:5432/siteready")
    assert (d1, u1) == (d2, u2) and "s3cret" not in u1
    assert tiles.store_directory("/a/one.gpkg") != tiles.store_directory("/a/two.gpkg")


def test_the_manifest_is_what_the_browser_needs(plots, tmp_path):
    ts = tiles.build(plots["id"], plots.geometry.values, codes_of(plots), tmp_path, "/app/static/plots/k")
    m = json.loads(json.dumps(ts.manifest()))
    assert m["url"] == "/app/static/plots/k" and m["cell"] == tiles.CELL and m["unit"] == tiles.UNIT
    assert sum(n for _, n in m["cells"].values()) == len(plots)
