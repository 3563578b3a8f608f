"""Status-write latency and readiness time on both stores, against a naive baseline in the same process.

    .venv/bin/python bench/store_writes.py                   # the default data, 300 writes per store
    .venv/bin/python bench/store_writes.py --parcels 100000  # a synthetic store (also times the bulk load)
    .venv/bin/python bench/store_writes.py --db postgresql://… --writes 200  # an existing store, writes only

Stores: a GeoPackage and a PostGIS database (a throwaway PostgreSQL started by ``tests/pg.py``, with
fsync and synchronous commits *on*, as in production), both created by ``Store.init`` (load time shown).

- writes: N calls through the public API, as the app makes them: even calls move a parcel one stage
  forward (``set_stage``), odd calls toggle a parcel's ``blocked`` flag (``set_blocked``), each with the
  ``expect_version`` the editor saw; only the write call is timed. Naive baseline (GeoPackage only, a few
  writes): read the whole parcels layer with GeoPandas, change one row, rewrite the layer with pyogrio.
- readiness: read plots, cadastral parcels, zones, constraints and resettlement areas from the store, then
  derive the plots' clearance from the parcels beneath (``geo.plots.derived``) and ``geo.readiness.compute``;
  median of 5. Naive read: ``gpd.read_file`` of the same layers.

``--db URL`` times the writes on an existing store only (a ten-million-parcel ``geo synth`` store on
PostGIS, or a GeoPackage path): the parcels written are drawn from a sample of the table (``TABLESAMPLE`` on
PostGIS), since reading the whole layer to pick them takes minutes there; no readiness and no naive
baseline. It adds an officer account if missing. ``--dense K`` draws them instead from beneath the K plots
with the most parcels: each write then derives a plot over a thousand parcels or more, as every plot of a
10M store is (about 4,000–5,000 parcels beneath a plot there, 500 at 1M).

Budget: p95 ≤ 50 ms per write on either store. The last line is ``p95_ms_max: X``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack, closing
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import plots as gplots  # noqa: E402
from geo import readiness  # noqa: E402
from geo.stages import STAGES  # noqa: E402
from geo.store import open_store  # noqa: E402
from tests.pg import POSTGIS_TEMPLATE, throwaway_server, unavailable_reason  # noqa: E402

BUDGET_MS = 50.0
PASSWORD = "bench passphrase 2026"
READ_LAYERS = ("plots", "parcels", "zones", "constraints", "resettlement_areas")


def init_store(url: str, n_parcels: int) -> tuple[object, float]:
    store = open_store(url)
    t = time.perf_counter()
    if n_parcels:
        from geo.synth import synth_layers, synth_meta

        layers = synth_layers(n_parcels)
        t = time.perf_counter()  # the load, not the synthesis
        store.init(layers, meta=synth_meta(n_parcels))
    else:
        store.init()
    elapsed = time.perf_counter() - t
    store.add_user("admin", "admin", PASSWORD)
    store.add_user("bench", "officer", PASSWORD, by="admin")
    return store, elapsed


def sampled_parcels(url: str, n: int) -> tuple[list[str], list[str]]:
    """Parcels to move a stage forward and parcels to toggle, from a sample of a store's parcels."""
    if url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(url) as conn:
            rows = conn.execute("SELECT id, clearance_stage, blocked FROM parcels TABLESAMPLE SYSTEM (0.2) "
                                "REPEATABLE (7) LIMIT %s", (max(20 * n, 1000),)).fetchall()
    else:
        import sqlite3

        with closing(sqlite3.connect(url)) as conn:
            rows = conn.execute("SELECT id, clearance_stage, blocked FROM parcels WHERE fid % 499 = 7 LIMIT ?",
                                (max(20 * n, 1000),)).fetchall()
    rng = np.random.default_rng(7)
    rows = [rows[i] for i in rng.permutation(len(rows))]
    movable = [r[0] for r in rows if r[1] != STAGES[-1] and not r[2]]
    moved = set(movable[:n])  # (once: a set per row made the pick quadratic)
    toggled = [r[0] for r in rows if not r[2] and r[0] not in moved][:50]
    return movable, toggled


def dense_parcels(url: str, plots: int) -> tuple[list[str], list[str]]:
    """Parcels to move a stage forward and to toggle, from beneath the ``plots`` plots with the most parcels."""
    sql = ("SELECT p.id, p.clearance_stage, p.blocked FROM plot_cover c JOIN parcels p ON p.id = c.parcel_id "
           "WHERE c.plot_id IN (SELECT plot_id FROM plot_state ORDER BY parcel_count DESC, plot_id LIMIT {})")
    if url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(url) as conn:
            rows = conn.execute(sql.format("%s"), (plots,)).fetchall()
    else:
        import sqlite3

        with closing(sqlite3.connect(url)) as conn:
            rows = conn.execute(sql.format("?"), (plots,)).fetchall()
    rows = list({r[0]: r for r in rows}.values())
    rows = [rows[i] for i in np.random.default_rng(7).permutation(len(rows))]
    movable = [r[0] for r in rows if r[1] != STAGES[-1] and not r[2]]
    moved = set(movable)  # (once: a set per row took 18 minutes for the 96,000 parcels of 20 plots at 10M)
    toggled = [r[0] for r in rows if not r[2] and r[0] not in moved][:50] or movable[-50:]
    return movable, toggled


def time_writes(store, n: int, picked: tuple[list[str], list[str]] | None = None) -> np.ndarray:
    if picked is None:
        parcels = store.read_layer("parcels", columns=["clearance_stage", "blocked"])
        movable = parcels[(parcels.clearance_stage != STAGES[-1]) & ~parcels.blocked.astype(bool)].id.tolist()
        toggled = parcels[~parcels.blocked.astype(bool)].id.tolist()[-50:]
    else:
        movable, toggled = picked
    times = []
    for i in range(n):
        if i % 2 == 0:
            p = store.get_parcel(movable[i // 2])
            nxt = STAGES[STAGES.index(p["clearance_stage"]) + 1]
            t = time.perf_counter()
            store.set_stage(p["id"], nxt, user="bench", note="bench", expect_version=p["version"])
        else:
            p = store.get_parcel(toggled[(i // 2) % len(toggled)])
            t = time.perf_counter()
            store.set_blocked(p["id"], not p["blocked"], user="bench", reason=None if p["blocked"] else f"bench {i}",
                              expect_version=p["version"])
        times.append(time.perf_counter() - t)
    return np.array(times) * 1000


def time_naive_writes(path: Path, n: int) -> np.ndarray:
    """Read the whole layer, change one row, rewrite the layer (what a first version would do)."""
    times = []
    for i in range(n):
        t = time.perf_counter()
        gdf = gpd.read_file(path, layer="parcels", engine="pyogrio")
        gdf.loc[i, "blocked"] = not bool(gdf.loc[i, "blocked"])
        gdf.loc[i, "version"] = int(gdf.loc[i, "version"]) + 1
        pyogrio.write_dataframe(gdf, path, layer="parcels", driver="GPKG")
        times.append(time.perf_counter() - t)
    return np.array(times) * 1000


def time_readiness(read, repeat: int = 5) -> tuple[float, float]:
    reads, computes = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        layers = read()
        t1 = time.perf_counter()
        plots, _ = gplots.derived(layers["plots"], layers["parcels"])
        readiness.compute(plots, layers["zones"], layers["constraints"], layers["resettlement_areas"],
                          layers["parcels"])
        reads.append(t1 - t)
        computes.append(time.perf_counter() - t1)
    return statistics.median(reads) * 1000, statistics.median(computes) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--writes", type=int, default=300)
    ap.add_argument("--naive-writes", type=int, default=5)
    ap.add_argument("--parcels", type=int, default=0, help="synthetic parcels (default: the default data)")
    ap.add_argument("--db", help="time the writes on this existing store (PostGIS URL or GeoPackage path) only")
    ap.add_argument("--dense", type=int, metavar="K",
                    help="with --db: write parcels beneath the K plots with the most parcels")
    args = ap.parse_args()
    if args.db:
        return existing_store(args.db, args.writes, args.dense)
    rows: list[tuple] = []
    p95s: list[float] = []
    with ExitStack() as stack:
        tmp = Path(tempfile.mkdtemp(prefix="siteready-bench-"))
        stack.callback(shutil.rmtree, tmp, ignore_errors=True)
        gpkg_path = tmp / "store.gpkg"
        gpkg, load = init_store(str(gpkg_path), args.parcels)
        stack.callback(gpkg.close)
        stores = [("gpkg", gpkg, load)]
        reason = unavailable_reason()
        if reason:
            print(f"PostGIS skipped: {reason}.")
        else:
            server = stack.enter_context(throwaway_server(durable=True))
            pg, load = init_store(server.url(server.create_database(POSTGIS_TEMPLATE)), args.parcels)
            stack.callback(pg.close)
            stores.append(("postgis", pg, load))
        n = gpkg.count("parcels")
        for kind, store, load in stores:
            ms = time_writes(store, args.writes)
            p50, p95 = np.percentile(ms, [50, 95])
            p95s.append(p95)
            read, comp = time_readiness(lambda s=store: {name: s.read_layer(name) for name in READ_LAYERS})
            rows.append((kind, load, len(ms), p50, p95, ms.max(), read, comp))
        gpkg.checkpoint()
        naive_path = tmp / "naive.gpkg"
        shutil.copy(gpkg_path, naive_path)
        ms = time_naive_writes(naive_path, args.naive_writes)
        read, comp = time_readiness(
            lambda: {name: gpd.read_file(gpkg_path, layer=name, engine="pyogrio") for name in READ_LAYERS})
        rows.append(("naive gpkg", float("nan"), len(ms), *np.percentile(ms, [50, 95]), ms.max(), read, comp))
    print(f"{n:,} cadastral parcels; write = one set_stage or set_blocked call; readiness = read 5 layers + "
          "derive plot clearance + compute (median of 5)")
    print(f"{'store':<11} {'load s':>7} {'writes':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
          f"{'read ms':>8} {'ready ms':>8}")
    for kind, load, count, p50, p95, mx, read, comp in rows:
        print(f"{kind:<11} {load:>7.2f} {count:>6} {p50:>8.1f} {p95:>8.1f} {mx:>8.1f} {read:>8.1f} {comp:>8.1f}")
    naive_p50 = rows[-1][3]
    for kind, _, _, p50, *_ in rows[:-1]:
        print(f"{kind}: p50 write {naive_p50 / p50:.0f}x faster than the naive rewrite")
    worst = max(p95s)
    print(f"budget: p95 <= {BUDGET_MS:g} ms: {'ok' if worst <= BUDGET_MS else 'OVER'}")
    print(f"p95_ms_max: {worst:.1f}")
    return 0


def existing_store(url: str, n: int, dense: int | None = None) -> int:
    """Writes on an existing store (``--db``): one line per percentile, the last ``p95_ms_max: X``."""
    store = open_store(url)
    try:
        users = store.list_users()
        if "bench" not in {u.username for u in users}:
            admins = [u.username for u in users if u.role == "admin" and u.active]
            if not admins:
                store.add_user("admin", "admin", PASSWORD)
                admins = ["admin"]
            store.add_user("bench", "officer", PASSWORD, by=admins[0])
        t = time.perf_counter()
        picked = dense_parcels(url, dense) if dense else sampled_parcels(url, n)
        where = f"beneath the {dense} plots with the most parcels" if dense else "from a sample"
        print(f"{store.count('parcels'):,} cadastral parcels; picked {len(picked[0])} to move, {len(picked[1])} to "
              f"toggle {where} in {time.perf_counter() - t:.1f} s; write = one set_stage or set_blocked call")
        ms = time_writes(store, n, picked)
    finally:
        store.close()
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    print(f"writes {len(ms)}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms, max {ms.max():.1f} ms")
    print(f"budget: p95 <= {BUDGET_MS:g} ms: {'ok' if p95 <= BUDGET_MS else 'OVER'}")
    print(f"p95_ms_max: {p95:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
