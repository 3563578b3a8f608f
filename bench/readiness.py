"""Plot clearance, readiness + site search against a naive GeoPandas baseline, on synthetic stores.

    .venv/bin/python bench/readiness.py                  # 10k, 100k and 1M cadastral parcels
    .venv/bin/python bench/readiness.py --parcels 20000  # one size (repeatable)
    .venv/bin/python bench/readiness.py --parcels 1000000 --naive-max 100000  # skip the naive side at 1M

Investors lease plots; a plot's clearance is derived from the cadastral parcels beneath it. For each size
the bench makes (once, under bench/out/) a store with ``python -m geo synth --parcels N`` (N cadastral
parcels, about N/40–N/50 plots over them up to 100k; at 1M the parcels get smaller and the plots stay
about 2,000), loads its layers, then times in the same process:

- naive: ``gpd.overlay`` of the plots with the cadastral parcels (in EPSG:5897, overlaps under
  ``geo.plots.MIN_OVERLAP_M2`` dropped) and a pandas group-by per plot for its least advanced stage,
  handed-over share, blocked parcels, households waiting and parcel count; then ``gpd.overlay`` of the plots
  with the zones and the constraints, the zones' resettlement need from the parcels row by row, per-row tier
  rules in Python, and sites by dissolving buffered ready plots and joining them back;
- SiteReady: the plots' clearance as the app gets it, a group-by over the cover the store recorded
  (``Store.read_cover``, read within the timing; a store made before the cover was recorded falls back to
  ``geo.plots.derived``: an STRtree over the parcels and exact intersections) +
  ``geo.readiness.compute`` + ``geo.search.search`` (the CLI's ``ready``, default query). The derivation
  is also timed apart, and so is a derivation over a cover already made (what a clearance edit costs:
  ``geo.plots.with_clearance``).

Columns: plots, plot–parcel pairs of the cover, seconds to read the layers, naive seconds (of which the
derivation), SiteReady seconds in all, its derivation, a derivation over the cover already made, readiness +
search, the speedup, tier-5 sites, "ready soon" sites (tier ≥ 3) and that search's seconds.

Both must derive the same clearance for every plot, give the same tier for every plot and the same sites,
tier 5 and tier ≥ 3 (as sets of plot ids); the bench stops if they do not. The last line is ``speedup_vs_naive: X`` for the largest
size the naive side ran at. Budget: readiness + search ≤ 0.3 s at 100k parcels (3 s at 1M) and X ≥ 20.
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
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import landuse, readiness, search  # noqa: E402
from geo import plots as gplots  # noqa: E402
from geo.stages import STAGES  # noqa: E402
from geo.store import open_store  # noqa: E402

OUT = ROOT / "bench" / "out"
BUDGET_S = {100_000: 0.3, 1_000_000: 3.0}
LAYERS = ("plots", "parcels", "zones", "constraints", "resettlement_areas", "infrastructure")
COMPARED = ("clearance_stage", "blocked", "blocked_parcels", "resettlement_households", "parcel_count")


def store_for(n: int):
    path = OUT / f"synth-{n}.gpkg"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "geo", "synth", "--parcels", str(n), "--db", str(path)], cwd=ROOT,
                       check=True, capture_output=True)
    return open_store(str(path))


def load(store) -> dict[str, gpd.GeoDataFrame]:
    return {name: store.read_layer(name) for name in LAYERS}


# ------------------------------------------------------------------ SiteReady
def ours(layers, store=None) -> dict:
    """The plots' clearance (over the cover the store recorded, as the app reads it; computed when the store
    has none), then compute + search, with the time of each step."""
    t0 = time.perf_counter()
    recorded = store.read_cover() if store is not None else None
    if recorded is None or recorded.empty:
        plots, pairs = gplots.derived(layers["plots"], layers["parcels"])
    else:
        pairs = gplots.pairs_by_id(recorded, layers["plots"], layers["parcels"])
        plots = gplots.with_clearance(layers["plots"], layers["parcels"], pairs)
    t1 = time.perf_counter()
    ready = readiness.compute(plots, layers["zones"], layers["constraints"], layers["resettlement_areas"],
                              layers["parcels"])
    sites = search.search(plots, layers["zones"], ready, search.Facilities(layers["infrastructure"]),
                          search.SiteQuery(), with_geometry=False)
    t2 = time.perf_counter()
    return {"derive": t1 - t0, "ready": t2 - t1, "total": t2 - t0, "plots": plots, "pairs": pairs,
            "ready_obj": ready, "tiers": ready.plots["tier"].to_numpy(),
            "sites": {frozenset(ids) for ids in sites["plot_ids"]}}


def ready_soon(layers, o: dict) -> tuple[float, set]:
    """The "ready soon" search (tier 3 and up) over the plots and readiness of ``o``: seconds, sites."""
    t0 = time.perf_counter()
    sites = search.search(o["plots"], layers["zones"], o["ready_obj"], search.Facilities(layers["infrastructure"]),
                          search.SiteQuery(min_tier=3), with_geometry=False)
    return time.perf_counter() - t0, {frozenset(ids) for ids in sites["plot_ids"]}


# ------------------------------------------------------------------ naive
def truthy(v) -> bool:
    return bool(v) if pd.notna(v) else False


def naive_clearance(plots: gpd.GeoDataFrame, parcels: gpd.GeoDataFrame) -> pd.DataFrame:
    """What a first version would do: overlay plots and parcels, then a group-by per plot."""
    p = parcels[["id", "clearance_stage", "blocked", "resettlement_households", "land_use_code", "geometry"]]
    p = p.rename(columns={"id": "parcel_id"}).to_crs(5897)
    ov = gpd.overlay(plots[["id", "geometry"]].to_crs(5897), p, how="intersection", keep_geom_type=True)
    ov["under"] = ov.geometry.area
    ov = ov[ov["under"] >= gplots.MIN_OVERLAP_M2].copy()
    ov["stage_no"] = ov["clearance_stage"].map(STAGES.index)
    ov["handed"] = ov["clearance_stage"] == "handed_over"
    ov["is_blocked"] = ov["blocked"].map(truthy)
    ov["homes"] = [int(h) if pd.notna(h) else int(landuse.is_residential(c))
                   for h, c in zip(ov["resettlement_households"], ov["land_use_code"])]
    ov["waiting"] = np.where(ov["handed"], 0, ov["homes"])
    ov["done"] = np.where(ov["handed"], ov["under"], 0.0)
    g = ov.groupby("id").agg(least=("stage_no", "min"), covered=("under", "sum"), done=("done", "sum"),
                             blocked_parcels=("is_blocked", "sum"), resettlement_households=("waiting", "sum"),
                             parcel_count=("parcel_id", "size"))
    g = g.reindex(plots["id"])
    out = pd.DataFrame(index=plots.index)
    least = g["least"].fillna(0).astype(int).to_numpy()
    out["clearance_stage"] = [STAGES[s] for s in least]  # no parcel beneath: not started
    out["handed_over_share"] = np.where(g["covered"].fillna(0) > 0, g["done"] / g["covered"], 0.0)
    out["blocked_parcels"] = g["blocked_parcels"].fillna(0).astype(int).to_numpy()
    out["blocked"] = out["blocked_parcels"] > 0
    out["resettlement_households"] = g["resettlement_households"].fillna(0).astype(int).to_numpy()
    out["parcel_count"] = g["parcel_count"].fillna(0).astype(int).to_numpy()
    return out


def naive_need(parcels: pd.DataFrame) -> dict[str, int]:
    """Households still to move per zone, parcel by parcel."""
    need: dict[str, int] = {}
    for _, p in parcels.iterrows():
        recovered = (p["recovered_m2"] or 0) > 0
        if p["clearance_stage"] == "handed_over" or not recovered or not isinstance(p["zone_id"], str):
            continue
        h = p["resettlement_households"]
        homes = int(h) if pd.notna(h) else int(landuse.is_residential(p["land_use_code"]))
        if homes > 0:
            need[p["zone_id"]] = need.get(p["zone_id"], 0) + homes
    return need


def naive_resettlement(need: dict[str, int], zones: pd.DataFrame, ra: pd.DataFrame) -> dict[str, bool]:
    """Whether each zone's resettlement need is met, area by area."""
    parent = dict(zip(zones["id"], zones["parent_id"]))
    ready_free: dict[str, int] = {}
    users: dict[str, list[str]] = {}
    chains = {}
    for zid in need:
        chain, cur = [], zid
        while isinstance(cur, str) and cur not in chain:
            chain.append(cur)
            cur = parent.get(cur)
        chains[zid] = chain
        for _, a in ra.iterrows():
            if any(z in [s.strip() for s in str(a["serves"] or "").split(";")] for z in chain):
                users.setdefault(a["id"], []).append(zid)
                if a["stage"] in ("infrastructure_complete", "handed_over"):
                    ready_free[a["id"]] = max(0, int((a["capacity_lots"] or 0) - (a["allocated_lots"] or 0)))
    res_ok: dict[str, bool] = {}
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
    return res_ok


def naive_sites(plots: gpd.GeoDataFrame, min_tier: int) -> set:
    """Sites: dissolve the plots of tier >= min_tier (grown by half a metre) per zone and tier, explode,
    join back."""
    ready = plots[plots.tier >= min_tier].copy()
    if ready.empty:
        return set()
    ready = ready.to_crs(5897)
    grown = ready[["zone_id", "tier", "geometry"]].copy()
    grown["geometry"] = grown.buffer(search.ADJACENCY_M / 2)
    blobs = grown.dissolve(by=["zone_id", "tier"]).explode(index_parts=False).reset_index()
    blobs["blob"] = np.arange(len(blobs))
    joined = gpd.sjoin(ready[["id", "zone_id", "tier", "geometry"]].assign(geometry=ready.representative_point()),
                       blobs[["blob", "zone_id", "tier", "geometry"]], predicate="within")
    joined = joined[(joined.zone_id_left == joined.zone_id_right) & (joined.tier_left == joined.tier_right)]
    return {frozenset(g["id"]) for _, g in joined.groupby("blob")}


def naive(layers) -> dict:
    """What a first version would do: overlays, group-bys, row-wise rules, dissolve."""
    t0 = time.perf_counter()
    plots = layers["plots"].copy()
    derived = naive_clearance(plots, layers["parcels"])
    for col in derived.columns:
        plots[col] = derived[col]
    t1 = time.perf_counter()
    zones = layers["zones"]
    # Which zone rows each plot lies in, by overlay (the plot's own zone among them).
    ov = gpd.overlay(plots[["id", "zone_id", "geometry"]], zones[["id", "stage", "developer", "geometry"]]
                     .rename(columns={"id": "ov_zone"}), how="intersection", keep_geom_type=True)
    own = ov[ov.zone_id == ov.ov_zone].drop_duplicates("id").set_index("id")
    # Constraint overlaps, by overlay.
    cons = gpd.overlay(plots[["id", "geometry"]], layers["constraints"][["kind", "geometry"]],
                       how="intersection", keep_geom_type=True)
    cons = cons[cons.to_crs(5897).geometry.area > 0]
    constrained = set(cons["id"])
    res_ok = naive_resettlement(naive_need(layers["parcels"]), zones, layers["resettlement_areas"])
    tiers = []
    for _, p in plots.iterrows():
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
                          and all(truthy(p[f"utility_{u}"]) for u in ("road", "power", "water", "wastewater"))
                          and p["id"] not in constrained
                          and res_ok.get(p["zone_id"], True))
                    if ok:
                        t = 5
        tiers.append(t)
    plots["tier"] = tiers
    sites = naive_sites(plots, 5)
    t2 = time.perf_counter()
    return {"derive": t1 - t0, "ready": t2 - t1, "total": t2 - t0, "plots": plots, "tiers": np.array(tiers),
            "sites": sites}


# ------------------------------------------------------------------ agreement and timing
def disagreement(o: dict, n: dict) -> str | None:
    """What differs between the two answers, or None."""
    a, b = o["plots"], n["plots"]
    for col in COMPARED:
        x, y = a[col].to_numpy(), b[col].to_numpy()
        bad = np.flatnonzero(x.astype(str) != y.astype(str) if x.dtype == object else x != y)
        if len(bad):
            i = bad[0]
            return f"{col} of {len(bad)} plots, e.g. {a['id'].iat[i]}: {x[i]!r} vs {y[i]!r}"
    share = np.abs(a["handed_over_share"].to_numpy(float) - b["handed_over_share"].to_numpy(float))
    if share.max(initial=0) > 1e-3:
        return f"handed_over_share differs by up to {share.max():.4f}"
    if not np.array_equal(o["tiers"], n["tiers"]):
        return f"tier of {int((o['tiers'] != n['tiers']).sum())} plots"
    if o["sites"] != n["sites"]:
        return f"sites: {len(o['sites'] - n['sites'])} ours only, {len(n['sites'] - o['sites'])} naive only"
    return None


def median_of(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parcels", type=int, action="append",
                    help="cadastral parcels (repeatable); default 10k, 100k and 1M")
    ap.add_argument("--repeat", type=int, default=5, help="SiteReady runs per size (median)")
    ap.add_argument("--naive-max", type=int, default=None,
                    help="skip the naive side above this many parcels (SiteReady is then checked by itself)")
    args = ap.parse_args()
    sizes = args.parcels or [10_000, 100_000, 1_000_000]
    speedup = speedup_at = None
    print(f"{'parcels':>9} {'plots':>6} {'pairs':>8} {'read_s':>7} {'naive_s':>8} (derive) {'ours_s':>7} "
          f"{'derive':>7} {'re-derive':>9} {'ready+search':>12} {'speedup':>8} {'sites':>6} {'soon':>5} {'soon_s':>6}  same_answer")
    for n in sizes:
        t0 = time.perf_counter()
        store = store_for(n)
        layers = load(store)
        read_s = time.perf_counter() - t0
        runs = [ours(layers, store) for _ in range(args.repeat)]
        o = runs[-1]
        rederive = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            gplots.with_clearance(layers["plots"], layers["parcels"], o["pairs"])
            rederive.append(time.perf_counter() - t0)
        t_ours, t_derive, t_ready = (median_of(runs, k) for k in ("total", "derive", "ready"))
        soon = [ready_soon(layers, o) for _ in range(3)]
        t_soon, soon_sites = statistics.median(x[0] for x in soon), soon[-1][1]
        if args.naive_max is not None and n > args.naive_max:
            nv, same, speed = None, "naive skipped", None
        else:
            nv = naive(layers)
            why = disagreement(o, nv)
            if why is None and naive_sites(nv["plots"], 3) != soon_sites:
                why = "the sites of tier 3 and up"
            if why:
                raise SystemExit(f"naive and SiteReady disagree at {n} parcels: {why}")
            same, speed = "True", nv["total"] / t_ours
            speedup, speedup_at = speed, n
        naive_txt = f"{nv['total']:>8.2f} ({nv['derive']:>6.2f})" if nv else f"{'—':>8} {'':>8}"
        print(f"{n:>9} {len(layers['plots']):>6} {len(o['pairs']):>8} {read_s:>7.1f} {naive_txt} {t_ours:>7.3f} "
              f"{t_derive:>7.3f} {statistics.median(rederive):>9.3f} {t_ready:>12.3f} "
              f"{'—' if speed is None else f'{speed:.1f}':>8} {len(o['sites']):>6} {len(soon_sites):>5} {t_soon:>6.3f}"
              f"  {same}", flush=True)
        budget = BUDGET_S.get(n)
        if budget is not None:
            for what, t in (("readiness + search", t_ready), ("derive + readiness + search", t_ours)):
                verdict = "within" if t <= budget else "OVER"
                print(f"  {what}: {t:.3f} s, {verdict} the {budget} s budget at {n:,} parcels")
        del layers, runs, o, nv
    if speedup is not None:
        print(f"speedup_vs_naive: {speedup:.1f} (at {speedup_at:,} parcels)")


if __name__ == "__main__":
    main()
