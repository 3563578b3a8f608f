"""The synthetic stores' clearance history: replayed as of today, it gives every parcel as it is now."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from geo import timeline as tl
from geo.stages import STAGES
from geo.synth import synth_history, synth_layers

NOW = pd.Timestamp("2026-11-30T10:00:00Z")
TODAY = (NOW + pd.Timedelta(hours=7)).date()  # the local day in Viet Nam


@pytest.fixture(scope="module")
def synth():
    layers = synth_layers(2000)
    parcels = layers["parcels"]
    # The first park filled is mostly handed over: block some of its parcels still in clearance as well.
    open_ = np.flatnonzero(parcels["clearance_stage"].isin(STAGES[1:5]).to_numpy())[::7]
    parcels.loc[open_, "blocked"] = True
    parcels.loc[open_, "blocked_reason"] = "Tranh chấp ranh giới thửa đất / Boundary dispute"
    parcels, events = synth_history(parcels, seed=7, now=NOW)
    return layers, parcels, events


def test_each_parcel_steps_from_not_started_up_to_its_stage(synth):
    _, parcels, events = synth
    steps = events[events["action"] == "stage"]
    count = steps.groupby("parcel_id").size()
    stage = pd.Series(pd.Index(STAGES).get_indexer(parcels["clearance_stage"]), index=parcels["id"])
    assert count.reindex(stage.index, fill_value=0).equals(stage)
    first = steps.groupby("parcel_id").first()
    assert (first["from_stage"] == "not_started").all() and (first["to_stage"] == "notice_issued").all()
    moves = pd.Index(STAGES).get_indexer(steps["to_stage"]) - pd.Index(STAGES).get_indexer(steps["from_stage"])
    assert (moves == 1).all()
    # One version per event, in the parcel's order; the parcel's version is the last one.
    version = events.groupby("parcel_id")["version"].agg(["min", "max", "size"])
    assert (version["min"] == 2).all() and (version["max"] == version["size"] + 1).all()
    assert (parcels.set_index("id")["version"].reindex(version.index) == version["max"]).all()


def test_dates_happen_in_order_and_are_entered_a_little_later_never_in_the_future(synth):
    _, _, events = synth
    at = pd.to_datetime(events["at"], utc=True)
    recorded = pd.to_datetime(events["recorded_at"], utc=True)
    assert at.min() >= pd.Timestamp("2012-01-01", tz="UTC") and recorded.max() <= NOW and at.max() < NOW
    assert (recorded >= at).all()
    by_parcel = events["parcel_id"].to_numpy()
    same = by_parcel[1:] == by_parcel[:-1]
    for times in (at, recorded):
        assert (np.diff(times.dt.tz_localize(None).to_numpy(dtype="datetime64[s]").astype(np.int64))[same] >= 0).all()
    lag = (recorded - at).dt.days
    assert (lag < 15).mean() > 0.8 and (lag > 60).mean() > 0.01


def test_blocked_parcels_have_a_block_after_their_last_step(synth):
    _, parcels, events = synth
    blocks = events[events["action"] != "stage"]
    assert set(blocks["action"]) == {"blocked", "unblocked"}
    assert (blocks["from_stage"] == blocks["to_stage"]).all()
    last_block = blocks.groupby("parcel_id").last()
    blocked = set(parcels.loc[parcels["blocked"].astype(bool), "id"])
    assert blocked and set(last_block.index[last_block["action"] == "blocked"]) == blocked


@pytest.mark.parametrize("basis", tl.BASES)
def test_a_replay_as_of_today_gives_every_parcel_as_it_is_now(synth, basis):
    _, parcels, events = synth
    state = tl.state_on(tl.build(events, parcels["id"]), parcels, TODAY, basis)
    assert state.exists.all()
    assert (state.stage_names() == parcels["clearance_stage"].to_numpy(dtype=object)).all()
    assert (state.blocked == parcels["blocked"].astype(bool).to_numpy()).all()
    reason = parcels["blocked_reason"].to_numpy(dtype=object)
    assert all(a == b for a, b in zip(state.reason[state.blocked], reason[state.blocked]))
    if basis == "happened":  # stage_since is the day of the last step
        since = tl.parcels_on(parcels, state)["stage_since"].to_numpy(dtype=object)
        assert list(since) == list(parcels["stage_since"].to_numpy(dtype=object))


def test_the_store_keeps_the_history_and_replays_it(synth, tmp_path):
    from geo.store import open_store

    layers, parcels, events = synth
    store = open_store(str(tmp_path / "synth.gpkg"))
    assert store.init({**layers, "parcels": parcels}, events=events)
    stored = store.read_layer("parcels")
    kept = store.events()
    assert len(kept) == len(events)
    state = tl.state_on(tl.build(kept, stored["id"]), stored, TODAY, "recorded")
    assert (state.stage_names() == stored["clearance_stage"].to_numpy(dtype=object)).all()
    assert (state.blocked == stored["blocked"].astype(bool).to_numpy()).all()


def test_a_store_made_park_by_park_holds_its_derived_state_and_a_history_that_replays_to_it(tmp_path):
    from geo.store import open_store
    from geo.store.derived import check
    from geo.synth import synth_meta, synth_parts

    layers, parts = synth_parts(3000, now=NOW)
    store = open_store(str(tmp_path / "synth.gpkg"))
    assert store.init_parts(layers, parts, meta=synth_meta(3000))
    parcels = store.read_layer("parcels", columns=["zone_id", "clearance_stage", "blocked", "blocked_reason", "stage_since"])
    assert len(parcels) == 3000 and parcels["id"].is_unique and parcels["zone_id"].nunique() > 1  # several parts
    assert check(store) == []
    state = tl.state_on(tl.build(store.events(), parcels["id"]), parcels, TODAY, "happened")
    assert (state.stage_names() == parcels["clearance_stage"].to_numpy(dtype=object)).all()
    assert (state.blocked == parcels["blocked"].astype(bool).to_numpy()).all()
