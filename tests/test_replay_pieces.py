"""A replay a range of parcels at a time (geo.replay.pieces / parcel_pieces, issue #17) gives what a replay of
the whole history gives: the same states parcel for parcel, the same land fund byte for byte, the same
forecast, past day and progress chart, the same change between two dates; on GeoPackage (read by sqlite3
rows and by GDAL's Arrow reader) and PostGIS, with ranges that split the store anywhere (the last range holding only a parcel an import created).

The store is :func:`tests.test_timeline_cli.dated`'s: steps dated in the past, a step entered late and dated
before a step recorded earlier, a block and its unblock from a file, parcels created by an import, parcels
without events."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pandas as pd
import pytest

from geo import aggregates, landfund, pastday, replay
from geo import forecast as fc
from geo import timeline as tl
from geo.store import open_store
from tests import test_timeline_cli as cli_tests
from tests.conftest import read_by_arrow
from tests.test_timeline_cli import NEW_PARCELS, SEE, ok

dated = cli_tests.dated  # the fixture: a store with dated changes of each kind

DAYS = ("2012-06-30", *SEE[::3], "2030-01-01")


def _tried(store, *values):
    """What a test goes through (range sizes, days): each of ``values`` when the store is read by rows; the
    first alone through GDAL's Arrow reader, which starts a child process for each read of each range (how a
    range is read is the reader's part; how ranges add up is the same code, and the rows runs try them all)."""
    return list(values) if getattr(store, "test_reader", "rows") == "rows" else list(values[:1])


def _read(store, columns, event_columns, sizes) -> dict[int, list]:
    """The store's ranges read once per size (``replay.parcel_pieces``: what the app and the CLI go over), for
    every day and basis a test replays them on (each read through GDAL's Arrow reader is a child process)."""
    return {size: list(replay.parcel_pieces(store, columns, event_columns, size=size)) for size in sizes}


def _sizes(store, n: int) -> list[int]:
    """Range sizes: one that leaves the last parcel (created by an import) alone, and an odd one."""
    return _tried(store, n - 1, 4999)


@pytest.fixture(params=["rows", "arrow"])
def store(request, dated, monkeypatch):
    """The dated store; a GeoPackage read both ways (a small store's rows, a big store's Arrow reader)."""
    url, _ = dated
    if request.param == "arrow":
        read_by_arrow(url, monkeypatch)
    s = open_store(url)
    s.test_reader = request.param
    yield s
    s.close()


def _same_state(a: tl.State, b: tl.State, why) -> None:
    for f in ("exists", "stage", "blocked", "stage_since"):
        assert np.array_equal(getattr(a, f), getattr(b, f)), (why, f)
    assert [None if pd.isna(x) else x for x in a.reason] == [None if pd.isna(x) else x for x in b.reason], why


@pytest.mark.slow
def test_states_replayed_a_range_at_a_time_are_the_whole_historys(store):
    register = replay.register(store)
    assert list(register["id"].iloc[-2:]) == list(NEW_PARCELS)
    assert np.all(np.diff(register["fid"].to_numpy()) > 0)
    whole = replay.timeline(store, register)
    events = store.events(columns=["parcel_id"])
    assert (~register["id"].isin(set(events["parcel_id"]))).any()  # parcels without events
    for size in _sizes(store, len(register)):
        pieces = replay.Pieces(store, register, size=size)
        assert sum(len(p.parcel_ids) for _, p in pieces) == len(register)
        assert sum(len(p.parcel) for _, p in pieces) == len(whole.parcel)  # every event read once
        for basis in tl.BASES:
            states = tl.states_on(pieces, register, DAYS, basis)
            for day, state in zip(DAYS, states):
                _same_state(tl.state_on(whole, register, day, basis), state, (size, basis, day))
            before, after = states[1], states[-2]
            pd.testing.assert_frame_equal(tl.changes_between(before, after), tl.changes_between(
                tl.state_on(whole, register, DAYS[1], basis), tl.state_on(whole, register, DAYS[-2], basis)))


@pytest.mark.slow
def test_the_land_fund_a_range_at_a_time_is_byte_for_byte_the_whole_historys(store):
    register = replay.register(store, landfund.FUND_ON_COLUMNS)
    zones = store.read_layer("zones", columns=list(landfund.FUND_ON_ZONE_COLUMNS))
    whole = replay.timeline(store, register, landfund.FUND_ON_EVENT_COLUMNS)
    lo, hi = store.fid_bounds()
    # ranges of fid: the last range only the last parcel (an import's), and an odd size
    read = _read(store, landfund.FUND_ON_COLUMNS, landfund.FUND_ON_EVENT_COLUMNS, _tried(store, hi - lo, 4999))
    for basis in tl.BASES:
        for day in ("2024-04-14", "2024-07-15"):
            want = json.dumps(landfund.fund_on(register, zones, whole, day, basis), ensure_ascii=False, indent=1)
            for size, parts in read.items():
                got = landfund.fund_of(parts, zones, day, basis)
                assert json.dumps(got, ensure_ascii=False, indent=1) == want, (basis, day, size)
            if (basis, day) == (tl.BASES[0], "2024-04-14") or store.test_reader == "rows":
                pieces = replay.Pieces(store, register, landfund.FUND_ON_EVENT_COLUMNS, size=5003)
                assert json.dumps(landfund.fund_on(register, zones, pieces, day, basis), ensure_ascii=False,
                                  indent=1) == want


@pytest.mark.slow
def test_the_cli_land_fund_is_the_whole_historys(dated):
    url, _ = dated
    s = open_store(url)
    register = replay.register(s, landfund.FUND_ON_COLUMNS)
    zones = s.read_layer("zones", columns=list(landfund.FUND_ON_ZONE_COLUMNS))
    whole = replay.timeline(s, register, landfund.FUND_ON_EVENT_COLUMNS)
    s.close()
    for day in ("2024-04-14", "2024-07-01"):
        want = json.dumps(landfund.fund_on(register, zones, whole, day), ensure_ascii=False, indent=1) + "\n"
        assert ok("landfund", "--as-of", day, "--format", "json", db=url) == want


@pytest.mark.slow
def test_the_change_between_two_dates_a_range_at_a_time_is_the_whole_historys(store):
    columns, event_columns = tl.CHANGE_COLUMNS, tl.CHANGE_EVENT_COLUMNS
    register = replay.register(store, columns)
    whole = replay.timeline(store, register)
    lo, hi = store.fid_bounds()
    # the last range only the last parcel (an import's), and an odd size
    read = _read(store, columns, event_columns, _tried(store, hi - lo, 4999))
    # a window with the new parcels (2024-04-15), the block and its unblock; and one with the default history
    for a, b in ((DAYS[1], DAYS[-2]), ("2024-01-01", "2025-06-30")):
        for basis in tl.BASES:
            changes = tl.changes_between(*tl.states_on(whole, register, [a, b], basis))
            moved = changes[changes["change"] != "unchanged"]
            rows = moved["row"].to_numpy()
            zones = tl.change_by_zone(register, changes, landfund.recovered_ha(register))
            want = tl.changes_of([(register, whole)], a, b, basis, keep=None)
            pd.testing.assert_frame_equal(want.zones, zones, check_exact=True)
            assert list(want.changed["row"]) == list(rows) and list(want.changed["id"]) == list(register["id"].iloc[rows])
            assert list(want.changed["change"]) == list(moved["change"]) and want.total == len(moved) > 0
            for size, parts in read.items():
                got = tl.changes_of(parts, a, b, basis, keep=None)
                pd.testing.assert_frame_equal(got.zones, want.zones, check_exact=True, obj=f"zones {a} {b} {basis} {size}")
                pd.testing.assert_frame_equal(got.changed, want.changed)
                assert (got.total, got.kinds, got.by_zone) == (want.total, want.kinds, want.by_zone)
                # capped: the largest by area (ties in store order), in store order, and all of them counted
                keep = max(1, want.total // 3)
                capped = tl.changes_of(parts, a, b, basis, keep=keep)
                area = want.changed["area_m2"].fillna(-np.inf).to_numpy()
                largest = np.sort(np.lexsort((want.changed["row"].to_numpy(), -area))[:keep])
                pd.testing.assert_frame_equal(capped.changed, want.changed.iloc[largest].reset_index(drop=True),
                                              check_dtype=False)
                assert capped.capped and (capped.total, capped.kinds, capped.by_zone) == (
                    want.total, want.kinds, want.by_zone)
                pd.testing.assert_frame_equal(capped.zones, want.zones, check_exact=True)


def _old_stage_days(timeline: tl.Timeline, parcels: pd.DataFrame, zones: pd.DataFrame, day: date,
                    basis: str) -> pd.DataFrame:
    """The medians as geo.forecast.stage_days made them before: over every spell, repeated in each zone above."""
    s = timeline.sorted(basis)
    d = tl.day_number(day)
    steps = (timeline.from_stage != timeline.to_stage) & (timeline.to_stage >= 0)
    order = s.order[steps[s.order] & (s.day <= d) & (s.day >= 0)]
    parcel = timeline.parcel[order]
    days = timeline.days(basis)[order]
    same = parcel[1:] == parcel[:-1]
    spent = (days[1:] - days[:-1])[same]
    stage = timeline.to_stage[order][:-1][same]
    zone = parcels["zone_id"].to_numpy(dtype=object)[parcel[:-1][same]]
    chains = landfund.ancestors(landfund.zone_parents(zones))
    rows = [(a, st, sp) for z, st, sp in zip(zone, stage, spent) for a in chains.get(z, [])]
    frame = pd.DataFrame(rows, columns=["zone", "stage", "days"])
    med = frame.groupby(["zone", "stage"])["days"].median().unstack()
    med = med.reindex(index=list(zones["id"]), columns=range(len(tl.STAGES) - 1))
    med.columns = list(tl.STAGES[:-1])
    return med.astype(float)


@pytest.mark.slow
def test_the_forecast_a_range_at_a_time_is_the_whole_historys(store):
    register = replay.register(store)
    zones = store.read_layer("zones")
    whole = replay.timeline(store, register)
    pieces = replay.Pieces(store, register, size=4999)
    for day in _tried(store, date(2024, 4, 14), date(2026, 6, 30)):
        for basis in _tried(store, *tl.BASES):
            pd.testing.assert_frame_equal(fc.forecast(pieces, register, zones, day, basis=basis),
                                          fc.forecast(whole, register, zones, day, basis=basis))
            pd.testing.assert_frame_equal(fc.handovers(pieces, register, day, basis),
                                          fc.handovers(whole, register, day, basis))
            days = fc.stage_days(pieces, register, zones, day, basis)
            pd.testing.assert_frame_equal(days, fc.stage_days(whole, register, zones, day, basis))
            pd.testing.assert_frame_equal(days, _old_stage_days(whole, register, zones, day, basis))
        goals = {"kcn-le-mon": 50.0, "kkt-nghi-son": 1000.0}
        pd.testing.assert_frame_equal(fc.when_reached(pieces, register, zones, day, goals),
                                      fc.when_reached(whole, register, zones, day, goals))
        past = fc.replay(pieces, register, day)
        pd.testing.assert_frame_equal(fc.monthly_pace(past, zones, months=24),
                                      _old_monthly_pace(fc.handovers(whole, register, day), register, zones, day,
                                                        months=24))


def _old_monthly_pace(moves: pd.DataFrame, parcels: pd.DataFrame, zones: pd.DataFrame, day: date,
                      months: int) -> pd.DataFrame:
    """The pace as geo.forecast.monthly_pace made it before: from every handover, with its parcel's zone."""
    last = np.datetime64(day, "M").astype(np.int64)
    first = last - months
    zone_of = parcels["zone_id"].to_numpy(dtype=object)[moves["row"].to_numpy(dtype=int)]
    month = moves["day"].to_numpy().astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    keep = month >= first
    own = pd.DataFrame({"zone": zone_of[keep], "month": month[keep] - first, "ha": moves["ha"].to_numpy()[keep]})
    table = own.pivot_table(index="zone", columns="month", values="ha", aggfunc="sum", fill_value=0.0)
    table = table.reindex(columns=range(months + 1), fill_value=0.0)
    chains = landfund.ancestors(landfund.zone_parents(zones))
    members = {z: [m for m, chain in chains.items() if z in chain] for z in zones["id"]}
    rows = {z: table.reindex(m).fillna(0.0).sum().to_numpy() for z, m in members.items()}
    labels = [str(np.datetime64(int(first + i), "M")) for i in range(months + 1)]
    return pd.DataFrame.from_dict(rows, orient="index", columns=labels).round(4)


def _same_replay(a: fc.Replayed, b: fc.Replayed, why) -> None:
    assert (a.day, a.basis) == (b.day, b.basis), why
    pd.testing.assert_frame_equal(a.own, b.own, check_exact=True, obj=f"own {why}")
    pd.testing.assert_frame_equal(a.monthly, b.monthly, check_exact=True, obj=f"monthly {why}")
    pd.testing.assert_frame_equal(a.spells, b.spells, check_exact=True, obj=f"spells {why}")


@pytest.mark.slow
def test_the_forecast_of_the_stores_ranges_is_the_whole_historys_to_the_last_bit(store):
    """geo.forecast.replay_parts over the store's parcels a range of fid at a time (what the CLI and the app
    read) keeps the same per-zone sums as a replay of the whole history with every parcel: the same forecast."""
    cols = fc.FORECAST_COLUMNS
    register = replay.register(store, cols)
    zones = store.read_layer("zones", columns=list(fc.FORECAST_ZONE_COLUMNS))
    whole = replay.timeline(store, register, fc.FORECAST_EVENT_COLUMNS)
    lo, hi = store.fid_bounds()
    read = _read(store, cols, fc.FORECAST_EVENT_COLUMNS, _tried(store, hi - lo, 4999, 997))
    for basis in tl.BASES:
        for day in (date(2024, 4, 14), date(2026, 6, 30)):
            want = fc.replay(whole, register, day, basis)
            assert want.own["handed"].sum() > 0 and want.monthly.to_numpy().sum() > 0 and len(want.spells)
            for size, parts in read.items():
                _same_replay(fc.replay_parts(parts, day, basis), want, (basis, day, size))
    # what the CLI and the app call: the store's own ranges, read by replay_store itself
    for basis, day in _tried(store, *zip(tl.BASES, (date(2024, 4, 14), date(2026, 6, 30)))):
        want = fc.replay(whole, register, day, basis)
        stored = fc.replay_store(store, day, basis)
        _same_replay(stored, want, (basis, day))
        pd.testing.assert_frame_equal(fc.forecast(stored, None, zones, day, basis=basis),
                                      fc.forecast(whole, register, zones, day, basis=basis), check_exact=True)
    with pytest.raises(ValueError):  # what was replayed on one day is no forecast of another
        fc.forecast(want, None, zones, date(2024, 4, 15), basis=tl.BASES[-1])


@pytest.mark.slow
def test_the_cli_forecast_is_the_whole_historys(dated):
    url, _ = dated
    s = open_store(url)
    register = replay.register(s, fc.FORECAST_COLUMNS)
    zones = s.read_layer("zones", columns=list(fc.FORECAST_ZONE_COLUMNS))
    whole = replay.timeline(s, register, fc.FORECAST_EVENT_COLUMNS)
    targets = s.targets()
    s.close()
    from geo.cli import forecast_records

    for day, basis in ((date(2024, 4, 14), "recorded"), (date(2024, 7, 1), "happened")):
        want = forecast_records(fc.forecast(whole, register, zones, day, targets, basis))
        got = json.loads(ok("forecast", "--as-of", day.isoformat(), "--basis", basis, "--format", "json", db=url))
        assert got == want


@pytest.mark.slow
def test_a_past_day_read_a_range_at_a_time_from_the_store_is_the_whole_historys(store):
    from layers.snapshot import as_of, build_snapshot, past_day

    snap = build_snapshot(store, store.change_counter())
    register = snap.register().parcels
    whole = replay.timeline(store, register)
    events = replay.history(store)
    read = {size: list(pastday.store_parts(store, size=size)) for size in _sizes(store, len(register))}
    for day in (date(2024, 4, 14),):
        for basis in tl.BASES:
            a = as_of(snap, whole, day, basis)
            for size, parts in read.items():
                b = past_day(snap, parts, day, basis)
                pd.testing.assert_frame_equal(a.zone_sums, b.zone_sums, obj=f"zone sums {basis} {size}")
                pd.testing.assert_frame_equal(a.layers["plots"], b.layers["plots"])
                pd.testing.assert_frame_equal(a.past.overdue, b.past.overdue)
                assert a.past.parcels == b.past.parcels
                # the dashboard's progress chart on that day: the steps of that day's parcels, counted then
                then = tl.parcels_on(register, tl.state_on(whole, register, day, basis), compact=True)
                column = "at" if basis == "happened" else "recorded_at"
                counted = events[pd.Series(tl.local_days(events[column])) <= tl.day_number(day)]
                want = landfund.progress(counted, then)
                pd.testing.assert_frame_equal(landfund.progress(None, moves=b.past.moves), want)
                pd.testing.assert_frame_equal(b.past.overdue, landfund.overdue(then, today=day), check_dtype=False)
                assert b.past.parcels == len(then)


def test_running_sums_are_the_sums_of_all_parcels_at_once_to_the_last_bit():
    rng = np.random.default_rng(17)
    n = 20_000
    parcels = pd.DataFrame({
        "zone_id": rng.choice(np.array(["b", "a", None, "c", "kcn-x"], dtype=object), n),
        "clearance_stage": rng.choice(np.asarray(tl.STAGES, dtype=object), n),
        "blocked": rng.random(n) < 0.1,
        "recovered_m2": np.where(rng.random(n) < 0.1, np.nan, rng.random(n) * 12_345.678),
        "area_m2": rng.random(n) * 20_000.1,
    })
    want = aggregates.zone_sums(parcels)
    for cuts in ([], [1], [7, 19_999], sorted(rng.choice(n, 30, replace=False).tolist())):
        running = aggregates.RunningSums()
        for part in np.split(np.arange(n), cuts):
            running.add(parcels.iloc[part].reset_index(drop=True))
        got = running.sums()
        pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert aggregates.RunningSums().sums().empty


def test_a_small_store_keeps_its_parts_for_every_past_day_a_big_one_reads_them_each_time(dated):
    """geo.pastday.kept_parts: a store whose parcels span at most the limit is read once and replayed on any
    day from memory, to the same past day as one read from the store a range at a time; a bigger one is not
    kept (None: the app reads it again for each new day)."""
    from layers.snapshot import as_of_store, build_snapshot

    url, _ = dated
    s = open_store(url)
    try:
        lo, hi = s.fid_bounds()
        assert pastday.kept_parts(s, limit=hi - lo) is None
        kept = pastday.kept_parts(s, limit=hi - lo + 1)
        assert kept is not None and len(kept) >= 1
        snap = build_snapshot(s, s.change_counter())
        for day, basis in ((date(2024, 4, 14), "happened"), (date(2025, 6, 30), tl.BASES[-1])):
            a, b = as_of_store(snap, s, day, basis, parts=kept), as_of_store(snap, s, day, basis)
            pd.testing.assert_frame_equal(a.zone_sums, b.zone_sums, check_exact=True)
            pd.testing.assert_frame_equal(a.layers["plots"], b.layers["plots"])
            pd.testing.assert_frame_equal(a.past.overdue, b.past.overdue)
            assert a.past.parcels == b.past.parcels
    finally:
        s.close()
