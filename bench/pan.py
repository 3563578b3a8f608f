"""The server's part of a planner's pan (issue #17): the cadastral parcels of a dense view made into the map's script.

    .venv/bin/python bench/pan.py [--db bench/out/synth-100000.gpkg] [--repeats 7]

A planner's map at zoom 16 on the middle cadastral parcel of kcn-lam-son-sao-vang (bench/browser.py's
``staff_pan`` target; the view a 900 x 620 px map shows): the parcels in view, nearest the centre first, at
most ``layers.viewport.MAX_CADASTRAL``, as the feature group the map component receives.

- naive: the way before this change, in this process: the parcels simplified through VN-2000 and back
  (pyproj), each parcel's land use named on the parcel, and the group rendered by streamlit-folium as is
  (branca compiles each element's rendered script, the parcels' data with it, as a jinja template; the script
  is rendered twice, dedented and run through the variable-renaming regular expression);
- ours: ``views.map_explorer.cadastral_group`` (local-frame simplification, land uses in the tooltip's table)
  and ``layers.compact.data_held_out`` around streamlit-folium's rendering, as ``views.fastmap.show`` does.

Both are checked to draw the same parcels with the same stages. Medians of ``repeats`` runs; the browser's
part of the pan is measured by ``bench/reader.py --db STORE --pan 2``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from browser import PAN_TO, middle_feature, synth_store  # noqa: E402

#: The view of a 900 x 620 px map at zoom 16 near 19.9° N, in degrees (half width, half height).
HALF_VIEW = (0.0193 / 2, 0.0125 / 2)


def naive_group(snap, view: dict):
    """The planner's parcels as before: VN-2000 simplification, land-use names per parcel, no held-out data."""
    import folium
    import numpy as np
    import shapely

    from geo import crs as gcrs
    from geo import landuse
    from layers import maps
    from layers.compact import CompactGeoJson, Look
    from layers.i18n import fmt_num, t
    from layers.viewport import cadastral_in_view

    parcels, _ = cadastral_in_view(snap, view)
    tol = 156_543.0 * np.cos(np.radians(19.8)) / (2 ** view["zoom"]) * 0.5
    geoms = gcrs.to_wgs84(shapely.simplify(gcrs.to_metric(np.asarray(parcels.geometry.values)), tol,
                                           preserve_topology=True))
    stages = list(maps.STAGES)
    codes = {
        "s": [stages.index(s) if s in stages else 0 for s in parcels["clearance_stage"].to_numpy(dtype=object)],
        "b": parcels["blocked"].fillna(False).to_numpy(dtype=bool).astype(int),
        "n": maps.parcel_names(parcels),
        "u": [landuse.label(c, "vi") for c in parcels["land_use_code"].to_numpy(dtype=object)],
        "a": [f"{fmt_num(a, 'vi', 0)} m²" for a in parcels["area_m2"].to_numpy(dtype=float)],
    }
    look = Look(styles=[["#333333", maps.STAGE_COLORS[s]] for s in stages],
                lines=[["n", None], ["u", None], ["a", None], ["s", [maps.stage_label(s, "vi") for s in stages]]],
                layer="parcel", fill_opacity=0.45, weight=1.0)
    fg = folium.FeatureGroup(name=t("layer_cadastral", "vi"))
    CompactGeoJson(parcels["id"].to_numpy(dtype=object), geoms, codes, look, decimals=5).add_to(fg)
    return fg


def script_of(fg, held: bool) -> str:
    import folium
    import streamlit_folium as sf

    from layers.compact import data_held_out

    scratch = folium.Map(tiles=None)
    if not held:
        return sf._get_feature_group_string(fg, map=scratch, idx=0)
    with data_held_out([fg]) as put_back:
        script = sf._get_feature_group_string(fg, map=scratch, idx=0)
    return put_back(script)


def drawn(script: str) -> list[tuple[str, int]]:
    """(id, stage code) of each parcel in a feature group's script."""
    import json
    import re

    data = re.search(r"L\.geoJSON\((\{.*?\}), \{\n", script, re.S)
    assert data is not None
    return [(f["properties"]["id"], f["properties"]["s"]) for f in json.loads(data.group(1))["features"]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="a store (default: bench/out/synth-100000.gpkg, made when missing)")
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args()
    db = args.db or str(synth_store(100_000))
    from geo.store import open_store
    from layers.snapshot import build_snapshot
    from views.map_explorer import cadastral_group

    store = open_store(db)
    snap = build_snapshot(store, store.change_counter(), None)
    _, lat, lng = middle_feature(Path(db) if not db.startswith("postgres") else db, PAN_TO, "parcels")  # type: ignore[arg-type]
    dx, dy = HALF_VIEW
    view = {"zoom": 16, "bounds": ((lat - dy, lng - dx), (lat + dy, lng + dx))}

    def ours() -> str:
        fg, _, _ = cadastral_group(snap, "vi", view)
        return script_of(fg, held=True)

    def naive() -> str:
        return script_of(naive_group(snap, view), held=False)

    times: dict[str, list[float]] = {"naive": [], "ours": []}
    out: dict[str, str] = {}
    for _ in range(args.repeats):
        for name, run in (("naive", naive), ("ours", ours)):
            t0 = time.perf_counter()
            out[name] = run()
            times[name].append(time.perf_counter() - t0)
    assert drawn(out["naive"]) == drawn(out["ours"]), "the two ways drew different parcels"
    n = len(drawn(out["ours"]))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"store {db}: {n:,} parcels drawn at zoom 16")
    print(f"| way | server time per pan (median of {args.repeats}) | script bytes |")
    print("|---|---|---|")
    for k in ("naive", "ours"):
        print(f"| {k} | {med[k] * 1000:.0f} ms | {len(out[k].encode()):,} |")
    print(f"ratio naive / ours: {med['naive'] / med['ours']:.1f}x")
    store.close()


if __name__ == "__main__":
    main()
