"""The land fund as of a past date, replayed from the clearance history, against a naive replay.

    .venv/bin/python bench/timeline.py                        # 10k, 100k and 1M cadastral parcels
    .venv/bin/python bench/timeline.py --sizes 10000 100000   # chosen sizes
    .venv/bin/python bench/timeline.py --sizes 1000000 --repeat 3

For each size the bench makes in memory what ``python -m geo synth --parcels N`` stores: the synthetic layers
(``geo.synth.synth_layers``), their clearance history (``geo.synth.synth_history``, three to four events a
parcel, dated as of 2026-11-30) and each parcel's recovered area (``geo.cadastre.place``, as the store does),
then times in the same process:

- SiteReady: ``geo.timeline.build`` over the events (once per store state; the app caches it), then for
  each date ``timeline.state_on`` + ``timeline.parcels_on`` + ``landfund.land_fund`` over the parcels as they
  stood. The first date of a basis also sorts the history for it (once per Timeline): it is timed apart
  (``first as-of``). The ``as-of`` column is the median over :data:`DATES` and the repeats;
- naive: a pure-Python replay of the history as ``geo history --all`` gives it (one dict per event, oldest
  first; the dicts are made before the timing): each event's time read with ``datetime.fromisoformat`` and
  moved to Viet Nam's day, per parcel the last event on or before the date and the first one after it,
  the same rules as the module's notes (stage, blocked, existence), then the recovered hectares summed per
  zone and rolled up to the parent zones with plain Python. It runs once per size, on :data:`CHECK_DAY`.

Both must agree on :data:`CHECK_DAY` (basis "happened", and "recorded" too up to ``--recorded-max`` parcels):
the parcels per zone and stage, and the blocked ones, exactly; the land fund's hectares per zone within 0.01 ha
for each zone summed into the row (the land fund rounds each zone's own land to 0.01 ha so that rows add
up). The bench stops if they do not. Budget: the land fund as of a date ≤ 3 s at 1,000,000 parcels.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import cadastre, landfund  # noqa: E402
from geo import timeline as tl  # noqa: E402
from geo.synth import synth_history, synth_layers  # noqa: E402

NOW = pd.Timestamp("2026-11-30T10:00:00Z")
DATES = (date(2016, 1, 1), date(2020, 7, 1), date(2024, 7, 1), date(2026, 11, 30))
CHECK_DAY = date(2024, 7, 1)
BUDGET_S = {1_000_000: 3.0}
FIELDS = ("parcel_id", "at", "recorded_at", "by", "action", "from_stage", "to_stage", "note", "document_ref",
          "version")
COMPARED = ("parcels_ha", "handed_over_ha", "in_clearance_ha", "not_started_ha", "blocked_ha")


def make(n: int):
    """Synthetic parcels with their recovered area and history, and the zones."""
    layers = synth_layers(n)
    parcels, events = synth_history(layers["parcels"], now=NOW)
    placed = cadastre.place(parcels.geometry.values, layers["zones"])
    parcels["area_m2"] = np.round(placed.area_m2, 2)
    parcels["recovered_m2"] = np.round(placed.recovered_m2, 2)
    events.insert(0, "event_id", np.arange(1, len(events) + 1))  # the store numbers them in this order
    return parcels, events, layers["zones"]


# ------------------------------------------------------------------ SiteReady
def ours(timeline: tl.Timeline, parcels: pd.DataFrame, zones: pd.DataFrame, day: date, basis: str):
    """The land fund as of ``day``, and the parcels as they stood."""
    state = tl.state_on(timeline, parcels, day, basis)
    then = tl.parcels_on(parcels, state)
    return landfund.land_fund(then, zones), then


# ------------------------------------------------------------------ naive
def history_rows(events: pd.DataFrame) -> list[dict]:
    """The history as ``geo history --all`` lists it: one dict per event, oldest first."""
    cols = [events[f].astype(object).where(events[f].notna(), None).to_numpy() for f in FIELDS]
    return [dict(zip(FIELDS, values)) for values in zip(*cols)]


def parcel_rows(parcels: pd.DataFrame) -> list[dict]:
    ha = landfund.recovered_ha(parcels)
    return [{"id": i, "zone_id": z, "clearance_stage": s, "blocked": bool(b), "ha": float(h)}
            for i, z, s, b, h in zip(parcels["id"], parcels["zone_id"], parcels["clearance_stage"],
                                     parcels["blocked"].fillna(False), ha)]


def local_day(text: str) -> date:
    return (datetime.fromisoformat(text) + timedelta(hours=7)).date()


def naive(rows: list[dict], parcels: list[dict], parents: dict, day: date, basis: str) -> dict:
    """Replay event by event, then sum per zone: stage counts, blocked counts and hectares (rolled up)."""
    field = "at" if basis == "happened" else "recorded_at"
    last, first_later, last_block, first_block_later = {}, {}, {}, {}
    for seq, r in enumerate(rows):
        d = local_day(r[field])
        key = (d, seq)
        pid = r["parcel_id"]
        tokens = r["action"].split("+")
        is_block = "blocked" in tokens or "unblocked" in tokens
        if d <= day:
            if pid not in last or key > last[pid][0]:
                last[pid] = (key, r)
            if is_block and (pid not in last_block or key > last_block[pid][0]):
                last_block[pid] = (key, r)
        else:
            if pid not in first_later or key < first_later[pid][0]:
                first_later[pid] = (key, r)
            if is_block and (pid not in first_block_later or key < first_block_later[pid][0]):
                first_block_later[pid] = (key, r)
    counts: dict = defaultdict(int)
    own: dict = defaultdict(lambda: defaultdict(float))
    for p in parcels:
        pid, stage, blocked, exists = p["id"], p["clearance_stage"], p["blocked"], True
        if pid in last:
            stage = last[pid][1]["to_stage"] or "not_started"
        elif pid in first_later:
            r = first_later[pid][1]
            stage = r["from_stage"] or "not_started"
            exists = not (r["action"] == tl.CREATED_BY and r["from_stage"] is None)
        if pid in last_block:
            tokens = last_block[pid][1]["action"].split("+")
            blocked = "blocked" in tokens and "unblocked" not in tokens
        elif pid in first_block_later:
            blocked = "unblocked" in first_block_later[pid][1]["action"].split("+")
        if not exists:
            continue
        zone = p["zone_id"]
        counts[(zone, stage)] += 1
        counts[(zone, "blocked")] += blocked
        sums = own[zone]
        sums["parcels_ha"] += p["ha"]
        if stage == "handed_over":
            sums["handed_over_ha"] += p["ha"]
        elif stage == "not_started":
            sums["not_started_ha"] += p["ha"]
        else:
            sums["in_clearance_ha"] += p["ha"]
        if blocked:
            sums["blocked_ha"] += p["ha"]
    rolled: dict = {z: defaultdict(float) for z in parents}
    members: dict = defaultdict(int)
    for z in parents:
        cur = z
        while cur is not None:
            for c in COMPARED:
                rolled[cur][c] += own[z][c] if z in own else 0.0
            members[cur] += 1
            cur = parents[cur]
    return {"counts": dict(counts), "fund": rolled, "members": members}


# ------------------------------------------------------------------ agreement and timing
def disagreement(fund: pd.DataFrame, then: pd.DataFrame, nv: dict) -> str | None:
    blocked = then["blocked"].astype(bool)
    mine = then.groupby(["zone_id", "clearance_stage"]).size().to_dict()
    mine.update({(z, "blocked"): int(v) for z, v in blocked.groupby(then["zone_id"]).sum().items()})
    theirs = {k: v for k, v in nv["counts"].items() if v}
    mine = {k: v for k, v in mine.items() if v}
    if mine != theirs:
        diff = sorted(set(mine.items()) ^ set(theirs.items()), key=str)[:3]
        return f"parcels per zone and stage: {diff}"
    for z, sums in nv["fund"].items():
        for c in COMPARED:
            tol = 0.01 * nv["members"][z] + 1e-6
            if abs(fund.loc[z, c] - sums[c]) > tol:
                return f"{c} of {z}: {fund.loc[z, c]} vs {sums[c]:.4f}"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=3, help="SiteReady runs per date and size (median)")
    ap.add_argument("--basis", default="happened", choices=tl.BASES)
    ap.add_argument("--recorded-max", type=int, default=100_000,
                    help="also check the basis 'recorded' against the naive replay up to this many parcels")
    args = ap.parse_args()
    print(f"{'parcels':>9} {'events':>9} {'setup_s':>7} {'build_s':>7} {'first_as_of_s':>13} {'as_of_s':>7} "
          f"{'naive_s':>8} {'ratio':>6} {'build+as_of_s':>13}  same_answer")
    speedup = at_n = None
    for n in args.sizes:
        t0 = time.perf_counter()
        parcels, events, zones = make(n)
        setup = time.perf_counter() - t0
        builds = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            timeline = tl.build(events, parcels["id"])
            builds.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ours(timeline, parcels, zones, DATES[0], args.basis)
        first = time.perf_counter() - t0
        runs = []
        for _ in range(args.repeat):
            for day in DATES:
                t0 = time.perf_counter()
                ours(timeline, parcels, zones, day, args.basis)
                runs.append(time.perf_counter() - t0)
        as_of, build = statistics.median(runs), statistics.median(builds)

        rows, prows = history_rows(events), parcel_rows(parcels)
        parents = landfund.zone_parents(zones)
        t0 = time.perf_counter()
        nv = naive(rows, prows, parents, CHECK_DAY, args.basis)
        naive_s = time.perf_counter() - t0
        why = disagreement(*ours(timeline, parcels, zones, CHECK_DAY, args.basis), nv)
        if why is None and n <= args.recorded_max and args.basis != "recorded":
            why = disagreement(*ours(timeline, parcels, zones, CHECK_DAY, "recorded"),
                               naive(rows, prows, parents, CHECK_DAY, "recorded"))
        if why:
            raise SystemExit(f"naive and SiteReady disagree at {n} parcels: {why}")
        speedup, at_n = naive_s / as_of, n
        print(f"{n:>9} {len(events):>9} {setup:>7.1f} {build:>7.2f} {first:>13.2f} {as_of:>7.3f} {naive_s:>8.2f} "
              f"{speedup:>6.1f} {build + as_of:>13.2f}  True", flush=True)
        budget = BUDGET_S.get(n)
        if budget is not None:
            verdict = "within" if as_of <= budget else "OVER"
            print(f"  as-of land fund: {as_of:.3f} s, {verdict} the {budget} s budget at {n:,} parcels "
                  f"(build {build:.2f} s apart; first as-of of a basis {first:.2f} s)")
        del parcels, events, timeline, rows, prows, nv
    if speedup is not None:
        print(f"speedup_vs_naive: {speedup:.1f} (at {at_n:,} parcels)")


if __name__ == "__main__":
    main()
