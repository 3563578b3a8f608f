"""The dashboard's progress chart input at scale: the stage steps summed per day, read from ``stage_moves`` (kept
by the writer, :mod:`geo.store.derived`) against summing them from every event joined to its parcel (what
``Store.stage_moves`` did before schema 5), in the same process, on the same store.

    .venv/bin/python bench/moves.py --db bench/out/synth-1000000.gpkg [--repeats 3]
    .venv/bin/python bench/moves.py --db postgresql://…/synth10m

Both give the same progress chart (``geo.landfund.progress``), checked. Opening a store of schema 4 sums the
steps once (the upgrade; its time is printed). Also times the writer's share of a status write: moving
``stage_moves`` by one parcel's steps (``Derived._shift_moves``), median of ``--writes`` parcels.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import landfund  # noqa: E402
from geo.store import open_store  # noqa: E402
from geo.store.derived import _ALL_MOVES  # noqa: E402


def naive(store) -> pd.DataFrame:
    """The steps summed from every event joined to its parcel (the sum the writer's table replaces)."""
    with store._transaction(write=False) as cur:
        rows = store._execute(cur, _ALL_MOVES).fetchall()
    return pd.DataFrame.from_records([r[1:5] for r in rows], columns=["day", "from_stage", "to_stage", "ha"]).astype(
        {"ha": float})


def timed(fn, repeats: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeats):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--writes", type=int, default=50)
    args = ap.parse_args()
    t = time.perf_counter()
    store = open_store(args.db)
    store.meta()  # opens (and upgrades) the store
    print(f"open (with the upgrade when the store is of schema 4): {time.perf_counter() - t:.2f} s")
    base, want = timed(lambda: naive(store), args.repeats)
    ours, got = timed(store.stage_moves, args.repeats)
    assert isinstance(want, pd.DataFrame) and isinstance(got, pd.DataFrame)
    pd.testing.assert_frame_equal(landfund.progress(None, moves=got), landfund.progress(None, moves=want))
    print(f"stage steps per day ({len(got):,} rows): summed from the events {base:.2f} s, read {ours:.4f} s: "
          f"{base / ours:.0f}x")
    with store._transaction(write=False) as cur:
        ids = [r[0] for r in store._execute(cur, f"SELECT parcel_id FROM clearance_events ORDER BY event_id DESC "
                                                 f"LIMIT {int(args.writes)}").fetchall()]
    shifts = []
    for pid in ids:
        with store._transaction(write=True) as cur:
            facts = store._parcel_facts(cur, [pid])
            t = time.perf_counter()
            store._shift_moves(cur, facts, facts, [pid], store._last_event(cur))
            shifts.append(time.perf_counter() - t)
    print(f"a write's move of stage_moves (one parcel, median of {len(shifts)}): {statistics.median(shifts) * 1000:.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
