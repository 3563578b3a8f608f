"""Every parcel's fields and the whole history read column-wise (geo.replay: ``Store.parcel_table``,
``Store.events(compact=True)``, ``Store.cover_table``) hold what the rows a store gave before held, on
GeoPackage and PostGIS; replays over them give the same states, land fund and past-day snapshot."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from geo import aggregates, landfund, replay
from geo import plots as gplots
from geo import timeline as tl
from geo.store import open_store
from geo.store.frames import iso_text
from geo.store.tables import EVENT_COLUMNS, column_list
from geo.store.values import ParcelChange
from tests.conftest import PASSWORD, read_by_arrow

DAYS = ("2012-06-30", "2020-01-01", "2024-07-01", "2030-01-01")


def _row_events(s) -> pd.DataFrame:
    """The history as the store read it before: a list of rows, times as the store's ISO text."""
    with s._transaction(write=False) as cur:  # the old read, kept here as the reference
        rows = s._execute(cur, f"SELECT {column_list(EVENT_COLUMNS)} FROM clearance_events ORDER BY event_id").fetchall()
    df = pd.DataFrame.from_records(rows, columns=list(EVENT_COLUMNS)).astype(object)
    for c in ("at", "recorded_at"):
        df[c] = [iso_text(v, "datetime") for v in df[c]]
    return df


def _plain(values) -> list:
    """Values as plain Python objects, every missing one as None (to compare dtypes that differ)."""
    out = pd.Series(values).astype(object)
    return [None if v is None or (not isinstance(v, str) and pd.isna(v)) else (v.item() if hasattr(v, "item") else v)
            for v in out]


@pytest.fixture(params=["rows", "arrow"])
def edited(request, store_url, monkeypatch):
    """A default store with a few edits of today: a block with its reason, a step, an unblock. A GeoPackage is
    read both ways: by sqlite3 rows (a small store's) and by GDAL's Arrow reader (a store of many parcels')."""
    if request.param == "arrow":
        read_by_arrow(store_url, monkeypatch)
    s = open_store(store_url)
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("officer", "officer", PASSWORD, by="admin")
    parcels = s.parcel_attributes(["clearance_stage", "blocked"])
    free = parcels[(parcels["clearance_stage"] == "not_started") & ~parcels["blocked"].astype(bool)]["id"].tolist()
    s.update_parcels([ParcelChange(free[0], blocked=True, blocked_reason="Tranh chấp, \"ranh giới\"; 3 hộ"),
                      ParcelChange(free[1], stage="notice_issued", note="TB 12/2026"),
                      ParcelChange(free[2], blocked=True, blocked_reason="NA")], user="officer")
    s.update_parcels([ParcelChange(free[2], blocked=False)], user="officer")
    yield s
    s.close()


def test_the_history_read_column_wise_holds_the_rows_it_held(edited):
    rows = _row_events(edited)
    plain = edited.events()
    assert list(plain.columns) == list(EVENT_COLUMNS) and len(plain) == len(rows) > 60_000
    for c in EVENT_COLUMNS:
        assert _plain(plain[c]) == _plain(rows[c]), c
    compact = edited.events(compact=True)
    assert isinstance(compact["action"].dtype, pd.CategoricalDtype)
    assert compact["at"].dtype == np.dtype("datetime64[s]")
    for c in ("parcel_id", "action", "from_stage", "to_stage", "note", "detail", "by"):
        assert _plain(compact[c]) == _plain(rows[c]), c
    for c in ("at", "recorded_at"):
        assert (tl.local_days(compact[c]) == tl.local_days(rows[c])).all()
    assert compact["event_id"].tolist() == rows["event_id"].tolist()
    since = int(rows["event_id"].iat[-5])
    assert edited.events(compact=True, since=since)["event_id"].tolist() == rows["event_id"].tolist()[-4:]
    whole = replay.append_history(edited.events(compact=True, columns=replay.REPLAY_EVENT_COLUMNS, since=0).iloc[:-4],
                                  edited.events(compact=True, columns=replay.REPLAY_EVENT_COLUMNS, since=since))
    assert isinstance(whole["action"].dtype, pd.CategoricalDtype) and len(whole) == len(rows)
    assert _plain(whole["action"]) == _plain(rows["action"])


def test_every_parcels_fields_read_column_wise_are_the_layers(edited):
    layer = edited.read_layer("parcels")
    table = edited.parcel_table(replay.REGISTER_COLUMNS)
    assert list(table.columns) == ["id", *replay.REGISTER_COLUMNS]
    assert isinstance(table["clearance_stage"].dtype, pd.CategoricalDtype)
    for c in table.columns:
        assert _plain(table[c]) == _plain(layer[c]), c
    cover, rows = edited.cover_table(), edited.read_cover()
    for c in rows.columns:
        assert _plain(cover[c]) == _plain(rows[c]), c


def test_replays_over_the_columns_are_the_replays_over_the_rows(edited):
    layer = edited.read_layer("parcels")
    old = tl.build(_row_events(edited), layer["id"].to_numpy(dtype=object))
    table = replay.register(edited)
    new = replay.timeline(edited, table)
    zones = edited.read_layer("zones")
    for day in DAYS:
        for basis in tl.BASES:
            a, b = tl.state_on(old, layer, day, basis), tl.state_on(new, table, day, basis)
            for f in ("exists", "stage", "blocked", "stage_since"):
                assert np.array_equal(getattr(a, f), getattr(b, f)), (day, basis, f)
            assert _plain(a.reason) == _plain(b.reason), (day, basis)
            assert landfund.fund_on(layer, zones, old, day, basis) == landfund.fund_on(table, zones, new, day, basis)
    # the CLI's inputs: the land fund's fields only, the same report
    parcels, z, timeline = replay.inputs(edited)
    assert landfund.fund_on(parcels, z, timeline, "2024-07-01") == landfund.fund_on(layer, zones, old, "2024-07-01")


def test_a_past_day_holds_no_parcel_geometry_and_shows_what_the_cadastre_showed(edited):
    from layers.snapshot import as_of, build_snapshot

    snap = build_snapshot(edited, edited.change_counter())
    timeline = replay.timeline(edited, snap.register().parcels)
    for day in (date(2016, 1, 1), date(2024, 7, 1)):
        past = as_of(snap, timeline, day)
        assert not snap.cadastre_loaded and not past.cadastre_loaded
        # the same day replayed over the whole cadastre with geometry, as the past day was made before
        layer = edited.read_layer("parcels")
        state = tl.state_on(tl.build(_row_events(edited), layer["id"]), layer, day)
        then = tl.parcels_on(layer, state).reset_index(drop=True)
        pd.testing.assert_frame_equal(past.zone_sums, aggregates.zone_sums(then))
        plots = past.layers["plots"]
        pairs = gplots.pairs_by_id(edited.read_cover(), snap.layers["plots"], then)
        want_plots = gplots.with_clearance(snap.layers["plots"], then, pairs)
        pd.testing.assert_frame_equal(plots[list(gplots.DERIVED)], want_plots[list(gplots.DERIVED)])
        w, s_, e, n = then.total_bounds
        found, total = past.parcels_in((w, s_, e, n), 10_000_000)
        assert total == len(then) and sorted(found["id"]) == sorted(then["id"])
        pick = then.sample(20, random_state=1)["id"].tolist()
        got = found.set_index("id").loc[pick]
        want = then.set_index("id").loc[pick]
        for c in ("clearance_stage", "blocked", "blocked_reason", "stage_since"):
            assert _plain(got[c]) == _plain(want[c]), c
        plot = plots["id"][plots["parcel_count"] > 1].iat[0]
        assert past.parcels_beneath(plot)["id"].tolist() == \
            then["id"].to_numpy()[gplots.beneath(pairs, snap.plot_row[plot])[0]].tolist()


def test_after_an_edit_the_next_snapshots_register_is_patched_and_holds_what_a_fresh_read_holds(gpkg_url):
    from layers.snapshot import build_snapshot

    s = open_store(gpkg_url)
    try:
        s.add_user("admin", "admin", PASSWORD)
        s.add_user("officer", "officer", PASSWORD, by="admin")
        first = build_snapshot(s, s.change_counter())
        before = first.register().parcels
        ids = before[before["clearance_stage"] == "inventory"]["id"].tolist()[:2]
        s.update_parcels([ParcelChange(ids[0], stage="plan_posted", at="2026-11-29"),
                          ParcelChange(ids[1], blocked=True, blocked_reason="Lý do mới chưa có")], user="officer")
        second = build_snapshot(s, s.change_counter(), first)
        patched = second.register().parcels
        fresh = replay.register(s)
    finally:
        s.close()
    assert second.register().cover is first.register().cover  # geometry untouched: the cover is shared
    for c in fresh.columns:
        assert _plain(patched[c]) == _plain(fresh[c]), c
    row = patched.index[patched["id"] == ids[1]][0]
    assert patched.at[row, "blocked_reason"] == "Lý do mới chưa có" and bool(patched.at[row, "blocked"])
