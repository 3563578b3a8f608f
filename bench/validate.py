"""Checking rows against the schema: row by row (the reference) against a column at a time (issue #17).

    .venv/bin/python bench/validate.py                      # 200,000 synthetic parcels
    .venv/bin/python bench/validate.py --parcels 1000000 --repeat 3

The frames are what ``python -m geo synth --parcels N`` checks: the parcels and plots of every park as
``geo.synth.synth_parts`` draws them (with their history), put together into one frame per layer. Each frame is
checked twice more with every column as plain objects (``astype(object)``, as a file read without types gives
them: each distinct value goes through ``coerce_value``), and once with a bad value in its last row (both must
refuse it with the same sentence).

For each frame, in the same process: ``geo.schema.validate_frame_by_row`` (the row-by-row check
``validate_frame`` was until 2026-11) and ``geo.schema.validate_frame``. Both must give the same rows (the same
values of the same types; geometries compared as WKB). The table gives the best of ``--repeat`` runs of each
(wall) and their ratio, and the ratio of their CPU seconds (steadier when other work shares the cores); these
machines are noisy, so compare ratios, not seconds across runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.errors import InputError  # noqa: E402
from geo.schema import LAYERS, validate_frame, validate_frame_by_row  # noqa: E402
from geo.synth import synth_parts  # noqa: E402

NOW = pd.Timestamp("2026-11-30T10:00:00Z")


def frames(n: int) -> dict[str, gpd.GeoDataFrame]:
    """The synthetic plots and parcels of ``n`` parcels, one frame per layer."""
    _, parts = synth_parts(n, now=NOW)
    plots, parcels = [], []
    for p, c, _events in parts:
        plots.append(p)
        parcels.append(c)
    return {"plots": gpd.GeoDataFrame(pd.concat(plots, ignore_index=True), crs=4326),
            "parcels": gpd.GeoDataFrame(pd.concat(parcels, ignore_index=True), crs=4326)}


def run(check, layer: str, gdf: gpd.GeoDataFrame):
    try:
        return check(LAYERS[layer], gdf)
    except InputError as err:
        return err.message.text("en")


def same(a, b) -> bool:
    """The same rows (values and their types; geometries as WKB), or the same refusal."""
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if list(x) != list(y):
            return False
        for k, v in x.items():
            w = y[k]
            if isinstance(v, shapely.Geometry):
                if not isinstance(w, shapely.Geometry) or shapely.to_wkb(v) != shapely.to_wkb(w):
                    return False
            elif type(v) is not type(w) or v != w:
                return False
    return True


def best(check, layer: str, gdf: gpd.GeoDataFrame, repeat: int):
    """The best wall and CPU seconds of ``repeat`` runs, and the outcome."""
    walls, cpus, out = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        out = run(check, layer, gdf)
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus), out


def as_objects(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``gdf`` with every column but the geometry of plain objects."""
    out = gdf.copy()
    for name in out.columns:
        if name != out.geometry.name:
            out[name] = out[name].astype(object)
    return out


def spoilt(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``gdf`` with a bad version in its last row."""
    bad = gdf.copy()
    bad["version"] = bad["version"].astype(object)
    bad.iloc[-1, bad.columns.get_loc("version")] = "two"
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parcels", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    t = time.perf_counter()
    made = frames(args.parcels)
    print(f"frames drawn in {time.perf_counter() - t:.1f} s")
    print(f"{'frame':<28} {'rows':>9} {'row by row s':>13} {'columns s':>10} {'ratio':>7} {'CPU ratio':>10}")
    for layer, gdf in made.items():
        cases = {layer: gdf, f"{layer} as objects": as_objects(gdf),
                 f"{layer}, last row bad": spoilt(gdf)}
        for name, frame in cases.items():
            old_s, old_cpu, old = best(validate_frame_by_row, layer, frame, args.repeat)
            new_s, new_cpu, new = best(validate_frame, layer, frame, args.repeat)
            if not same(old, new):
                sys.exit(f"{name}: the column-wise check differs from the row-by-row one")
            print(f"{name:<28} {len(frame):>9,} {old_s:>13.2f} {new_s:>10.2f} {old_s / new_s:>6.1f}x "
                  f"{old_cpu / new_cpu:>9.1f}x")
    print("same rows and refusals: yes")


if __name__ == "__main__":
    main()
