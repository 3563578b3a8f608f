"""Readiness + site search against a naive GeoPandas baseline, on synthetic stores.

    .venv/bin/python bench/readiness.py                 # 1k, 10k and 100k parcels
    .venv/bin/python bench/readiness.py --parcels 20000 # one size

For each size the bench makes (once, under bench/out/) a store with ``python -m geo synth``, loads its
layers, then times in the same process:

- naive: ``gpd.overlay`` of the parcels with the zones and the constraints, per-row tier rules in
  Python, and sites by dissolving buffered ready parcels and joining them back;
- SiteReady: ``geo.readiness.compute`` + ``geo.search.search`` (the CLI's ``ready``, default query).

Both must give the same tier for every parcel and the same sites (as sets of parcel ids). The last line
is ``speedup_vs_naive: X`` for the largest size. Budget: ≤ 0.3 s at 100k parcels and X ≥ 20.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import readiness, search  # noqa: E402
from geo.stages import STAGES  # noqa: E402
from geo.store import open_store  # noqa: E402

OUT = ROOT / "bench" / "out"
BUDGET_S = 0.3


def store_for(n: int):
    path = OUT / f"synth-{n}.gpkg"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "geo", "synth", "--parcels", str(n), "--db", str(path)], cwd=ROOT,
                       check=True, capture_output=True)
    return open_store(str(path))


def load(store) -> dict[str, gpd.GeoDataFrame]:
    return {name: store.read_layer(name) for name in
            ("parcels", "zones", "constraints", "resettlement_areas", "infrastructure")}


def ours(layers):
    ready = readiness.compute(layers["parcels"], layers["zones"], layers["constraints"],
                              layers["resettlement_areas"])
    sites = search.search(layers["parcels"], layers["zones"], ready, search.Facilities(layers["infrastructure"]),
                          search.SiteQuery(), with_geometry=False)
    return ready.parcels["tier"].to_numpy(), {frozenset(ids) for ids in sites["parcel_ids"]}


def naive(layers):
    """What a first version would do: overlays, row-wise rules, dissolve."""
    parcels = layers["parcels"].copy()
    zones = layers["zones"]
    # Which zone rows each parcel lies in, by overlay (the parcel's own zone among them).
    ov = gpd.overlay(parcels[["id", "zone_id", "geometry"]], zones[["id", "stage", "developer", "geometry"]]
                     .rename(columns={"id": "ov_zone"}), how="intersection", keep_geom_type=True)
    own = ov[ov.zone_id == ov.ov_zone].drop_duplicates("id").set_index("id")
    # Constraint overlaps, by overlay.
    cons = gpd.overlay(parcels[["id", "geometry"]], layers["constraints"][["kind", "geometry"]],
                       how="intersection", keep_geom_type=True)
    cons = cons[cons.to_crs(5897).geometry.area > 0]
    constrained = set(cons["id"])
    # Resettlement, row by row.
    ra = layers["resettlement_areas"]
    parent = dict(zip(zones["id"], zones["parent_id"]))
    need: dict[str, int] = {}
    for _, p in parcels.iterrows():
        if p["clearance_stage"] != "handed_over":
            need[p["zone_id"]] = need.get(p["zone_id"], 0) + int(p["resettlement_households"] or 0)
    res_ok: dict[str, bool] = {}
    ready_free = {}
    users: dict[str, list[str]] = {}
    chains = {}
    for zid, households in need.items():
        if households <= 0:
            continue
        chain, cur = [], zid
        while isinstance(cur, str) and cur not in chain:
            chain.append(cur)
            cur = parent.get(cur)
        chains[zid] = chain
        for _, a in ra.iterrows():
            if any(z in str(a["serves"] or "").split(";") for z in chain):
                users.setdefault(a["id"], []).append(zid)
                if a["stage"] in ("infrastructure_complete", "handed_over"):
                    ready_free[a["id"]] = max(0, int((a["capacity_lots"] or 0) - (a["allocated_lots"] or 0)))
    for zid in sorted(chains):
        mine = [a for a, zs in users.items() if zid in zs]
        ready = [a for a in mine if a in ready_free]
        left = need[zid] - sum(ready_free[a] for a in ready if len(users[a]) == 1)
        for a in ready:
            if len(users[a]) > 1 and left > 0:
                take = min(left, ready_free[a])
                ready_free[a] -= take
                left -= take
        res_ok[zid] = bool(ready) and left <= 0
    tiers = []
    for _, p in parcels.iterrows():
        z = own.loc[p["id"]]
        established = z["stage"] != "planned"
        developer = (isinstance(z["developer"], str) and z["developer"].strip() != "") or z["stage"] in (
            "under_construction", "operating")
        t = 1
        if established and developer:
            t = 2
            if STAGES.index(p["clearance_stage"]) >= 1:
                t = 3
                if p["clearance_stage"] == "handed_over":
                    t = 4
                    ok = (not p["blocked"] and p["lease_status"] == "available"
                          and p["land_use"] in ("industrial", "logistics")
                          and p["utility_road"] and p["utility_power"] and p["utility_water"]
                          and p["utility_wastewater"] and p["id"] not in constrained
                          and res_ok.get(p["zone_id"], True))
                    if ok:
                        t = 5
        tiers.append(t)
    parcels["tier"] = tiers
    # Sites: dissolve ready parcels (grown by half a metre) per zone, explode, join back.
    ready = parcels[parcels.tier == 5].copy()
    if ready.empty:
        return np.array(tiers), set()
    ready = ready.to_crs(5897)
    grown = ready[["zone_id", "geometry"]].copy()
    grown["geometry"] = grown.buffer(search.ADJACENCY_M / 2)
    blobs = grown.dissolve(by="zone_id").explode(index_parts=False).reset_index()
    blobs["blob"] = np.arange(len(blobs))
    joined = gpd.sjoin(ready[["id", "zone_id", "geometry"]].assign(geometry=ready.representative_point()),
                       blobs[["blob", "zone_id", "geometry"]], predicate="within")
    joined = joined[joined.zone_id_left == joined.zone_id_right]
    sites = {frozenset(g["id"]) for _, g in joined.groupby("blob")}
    return np.array(tiers), sites


def timed(fn, *args, repeat: int = 3):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parcels", type=int, action="append", help="a size (repeatable); default 1k, 10k, 100k")
    args = ap.parse_args()
    sizes = args.parcels or [1_000, 10_000, 100_000]
    speedup = None
    print(f"{'parcels':>9} {'naive_s':>9} {'ours_s':>8} {'speedup':>8} {'ready_sites':>11}  same_answer")
    for n in sizes:
        layers = load(store_for(n))
        t_naive, (tiers_n, sites_n) = timed(naive, layers, repeat=1)
        t_ours, (tiers_o, sites_o) = timed(ours, layers, repeat=5)
        same = bool(np.array_equal(tiers_n, tiers_o) and sites_n == sites_o)
        speedup = t_naive / t_ours
        print(f"{n:>9} {t_naive:>9.3f} {t_ours:>8.3f} {speedup:>8.1f} {len(sites_o):>11}  {same}")
        if not same:
            raise SystemExit(f"naive and SiteReady disagree at {n} parcels")
        if n >= 100_000 and t_ours > BUDGET_S:
            print(f"over budget: {t_ours:.3f} s > {BUDGET_S} s at {n} parcels")
    print(f"speedup_vs_naive: {speedup:.1f}")


if __name__ == "__main__":
    main()
