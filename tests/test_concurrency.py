"""Several processes writing the same parcels: no lost update, one event per write, stale writes refused."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from geo.errors import ConflictError
from geo.store import ParcelChange, open_store

WORKERS = 4
WRITES = 12


def _worker(url: str, parcel_ids: list[str], use_versions: bool, seed: int, out) -> None:
    import random

    store = open_store(url)
    rnd = random.Random(seed)
    wins, conflicts, stale_refused, other = 0, 0, 0, []
    for k in range(WRITES):
        pid = rnd.choice(parcel_ids)
        try:
            p = store.get_parcel(pid)
            # A new blocked reason every time: each write is a real change whatever the others did.
            change = ParcelChange(pid, blocked=True, blocked_reason=f"worker {seed} write {k}",
                                  expect_version=p["version"] if use_versions else None)
            store.update_parcels([change], user="officer")
            wins += 1
        except ConflictError:
            conflicts += 1
        except Exception as err:  # noqa: BLE001 - any other failure is a bug to report
            other.append(repr(err))
    # A deliberately stale write must always be refused.
    try:
        store.update_parcels([ParcelChange(parcel_ids[0], blocked=False, expect_version=1)], user="officer")
    except ConflictError:
        stale_refused += 1
    except Exception as err:  # noqa: BLE001
        other.append(repr(err))
    out.put((wins, conflicts, stale_refused, other))


@pytest.mark.parametrize("use_versions", [True, False], ids=["expect-version", "no-version"])
def test_racing_processes_lose_nothing(staffed, use_versions):
    store = staffed
    parcels = store.read_layer("parcels")
    ids = parcels[parcels.clearance_stage == "handed_over"].id.iloc[:3].tolist()
    before = {pid: store.get_parcel(pid)["version"] for pid in ids}
    events_before = len(store.events())
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(store.url, ids, use_versions, i, out)) for i in range(WORKERS)]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    wins = sum(r[0] for r in results)
    conflicts = sum(r[1] for r in results)
    assert [e for r in results for e in r[3]] == []
    assert sum(r[2] for r in results) == WORKERS  # every stale write refused
    assert wins + conflicts == WORKERS * WRITES
    if not use_versions:
        assert conflicts == 0
    after = {pid: store.get_parcel(pid)["version"] for pid in ids}
    assert sum(after[p] - before[p] for p in ids) == wins  # no lost update
    assert len(store.events()) - events_before == wins  # one event per successful write
    for pid in ids:
        versions = [e.version for e in store.history(pid) if e.version > before[pid]]
        assert versions == list(range(before[pid] + 1, after[pid] + 1))
