"""geo.timeline (the parcels replayed on any date) and geo.forecast (pace, forecast, status), on small hand-made
frames whose answers can be worked out by hand."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from geo import forecast as fc
from geo import timeline as tl
from geo.errors import InputError, NotFoundError
from geo.landfund import fund_on
from geo.stages import STAGES


# ---------------------------------------------------------------------- frames
def parcels(rows: list[tuple]) -> pd.DataFrame:
    """(id, zone, stage now, blocked now, stage_since, recovered m²) per parcel."""
    return pd.DataFrame({
        "id": [r[0] for r in rows], "zone_id": [r[1] for r in rows], "clearance_stage": [r[2] for r in rows],
        "blocked": [r[3] for r in rows], "blocked_reason": ["now" if r[3] else None for r in rows],
        "stage_since": [r[4] for r in rows], "recovered_m2": [float(r[5]) for r in rows],
        "area_m2": [float(r[5]) for r in rows],
    })


def events(rows: list[tuple]) -> pd.DataFrame:
    """(parcel, action, from, to, at, recorded_at[, note]) per event, in the order they were recorded."""
    return pd.DataFrame([{
        "event_id": i + 1, "parcel_id": r[0], "action": r[1], "from_stage": r[2], "to_stage": r[3],
        "at": r[4] if "T" in r[4] else f"{r[4]}T03:00:00Z",
        "recorded_at": r[5] if "T" in r[5] else f"{r[5]}T03:00:00Z",
        "note": r[6] if len(r) > 6 else None,
    } for i, r in enumerate(rows)])


def stage_of(state: tl.State, frame: pd.DataFrame) -> dict[str, str | None]:
    names = state.stage_names()
    return {pid: (names[i] if state.exists[i] else None) for i, pid in enumerate(frame["id"])}


def day_of(n: int) -> str | None:
    return None if n < 0 else tl.day_date(n).isoformat()


# ---------------------------------------------------------------------- timeline.state_on
@pytest.fixture
def history():
    p = parcels([
        ("a", "z", "inventory", False, "2024-03-01", 100),
        ("new", "z", "plan_posted", False, "2024-04-01", 100),  # created by an import on 2024-02-01
        ("c", "z", "notice_issued", False, "2023-01-01", 100),  # blocked 2024-02-15, unblocked 2024-05-01
        ("quiet", "z", "plan_approved", True, "2020-01-01", 100),  # no event at all
        ("freed", "z", "notice_issued", False, "2023-01-01", 100),  # unblocked 2024-03-01, never blocked since
    ])
    e = events([
        ("a", "stage", "not_started", "notice_issued", "2024-01-10", "2024-01-12"),
        ("new", "import", None, "inventory", "2024-02-01", "2024-02-03"),
        ("c", "blocked", "notice_issued", "notice_issued", "2024-02-15", "2024-02-15", "dispute"),
        ("freed", "unblocked", "notice_issued", "notice_issued", "2024-03-01", "2024-03-01"),
        ("a", "stage", "notice_issued", "inventory", "2024-03-01", "2024-06-15"),  # entered late
        ("new", "stage", "inventory", "plan_posted", "2024-04-01", "2024-04-01"),
        ("c", "unblocked", "notice_issued", "notice_issued", "2024-05-01", "2024-05-01"),
        ("elsewhere", "stage", "not_started", "notice_issued", "2024-01-01", "2024-01-01"),  # not a parcel here
    ])
    return p, tl.build(e, p["id"])


def test_state_on_replays_stages_creation_and_blocks(history):
    p, timeline = history
    assert len(timeline) == 7  # the event of a parcel not in the layer is left out
    before = tl.state_on(timeline, p, "2024-01-01")
    assert stage_of(before, p) == {"a": "not_started", "new": None, "c": "notice_issued", "quiet": "plan_approved",
                                   "freed": "notice_issued"}
    assert before.exists.tolist() == [True, False, True, True, True]
    # Not blocked before its first block; blocked before its first (and only) unblock; blocked with no event.
    assert before.blocked.tolist() == [False, False, False, True, True]
    assert before.reason.tolist() == [None, None, None, "now", None]
    # Stage dates: none known before the first step; the current one when there is no event.
    assert [day_of(n) for n in before.stage_since] == [None, None, "2023-01-01", "2020-01-01", "2023-01-01"]

    mid = tl.state_on(timeline, p, date(2024, 2, 20))
    assert stage_of(mid, p) == {"a": "notice_issued", "new": "inventory", "c": "notice_issued",
                                "quiet": "plan_approved", "freed": "notice_issued"}
    assert mid.blocked.tolist() == [False, False, True, True, True]
    assert mid.reason[2] == "dispute"
    assert [day_of(n) for n in mid.stage_since][:2] == ["2024-01-10", "2024-02-01"]  # a creation is a step

    after = tl.state_on(timeline, p, "2024-06-01")
    assert stage_of(after, p) == {"a": "inventory", "new": "plan_posted", "c": "notice_issued",
                                  "quiet": "plan_approved", "freed": "notice_issued"}
    assert after.blocked.tolist() == [False, False, False, True, False]
    assert [day_of(n) for n in after.stage_since][:2] == ["2024-03-01", "2024-04-01"]


def test_a_late_entry_moves_the_past_as_it_happened_not_as_recorded(history):
    p, timeline = history
    happened = tl.state_on(timeline, p, "2024-04-01", "happened")
    recorded = tl.state_on(timeline, p, "2024-04-01", "recorded")
    assert stage_of(happened, p)["a"] == "inventory"  # it happened on 2024-03-01 ...
    assert stage_of(recorded, p)["a"] == "notice_issued"  # ... and was written on 2024-06-15
    assert stage_of(tl.state_on(timeline, p, "2024-06-15", "recorded"), p)["a"] == "inventory"
    # On the day it was written, the import's parcel existed as recorded too (it was written on 02-03).
    assert not tl.state_on(timeline, p, "2024-02-02", "recorded").exists[1]
    assert tl.state_on(timeline, p, "2024-02-02", "happened").exists[1]


def test_a_step_dated_before_a_step_recorded_earlier_does_not_undo_it():
    """An officer records notice (May) and inventory (July), then enters late a step to plan_posted dated June:
    today the parcel is where it is now; in June it was where the late step put it."""
    p = parcels([("x", "z", "plan_posted", False, "2024-06-01", 100)])
    timeline = tl.build(events([
        ("x", "stage", "not_started", "notice_issued", "2024-05-01", "2024-05-01"),
        ("x", "stage", "notice_issued", "inventory", "2024-07-01", "2024-07-01"),
        ("x", "stage", "inventory", "plan_posted", "2024-06-01", "2024-08-01"),
    ]), p["id"])
    on = {d: tl.state_on(timeline, p, d) for d in ("2024-04-01", "2024-05-15", "2024-06-15", "2024-07-15",
                                                 "2024-09-01")}
    assert {d: STAGES[s.stage[0]] for d, s in on.items()} == {
        "2024-04-01": "not_started", "2024-05-15": "notice_issued", "2024-06-15": "plan_posted",
        "2024-07-15": "plan_posted", "2024-09-01": "plan_posted"}
    assert day_of(on["2024-09-01"].stage_since[0]) == "2024-06-01"
    # The history as recorded: inventory from July until the late step was written in August.
    assert STAGES[tl.state_on(timeline, p, "2024-07-15", "recorded").stage[0]] == "inventory"


def test_a_day_is_a_calendar_day_in_viet_nam():
    p = parcels([("late", "z", "notice_issued", False, None, 100), ("early", "z", "notice_issued", False, None, 100)])
    timeline = tl.build(events([
        ("late", "stage", "not_started", "notice_issued", "2024-02-29T17:00:00Z", "2024-02-29T17:00:00Z"),
        ("early", "stage", "not_started", "notice_issued", "2024-02-29T16:59:59Z", "2024-02-29T16:59:59Z"),
    ]), p["id"])
    feb = tl.state_on(timeline, p, "2024-02-29")
    assert [STAGES[s] for s in feb.stage] == ["not_started", "notice_issued"]  # 17:00 UTC is midnight in Hà Nội
    assert [STAGES[s] for s in tl.state_on(timeline, p, "2024-03-01").stage] == ["notice_issued", "notice_issued"]


def test_times_in_other_forms_are_read_too():
    assert tl.local_days(["2024-01-01T16:59:59Z", "2024-01-01T17:00:00+00:00", "2024-01-02", None, "soon"]).tolist() \
        == [tl.day_number("2024-01-01"), tl.day_number("2024-01-02"), tl.day_number("2024-01-02"), -1, -1]


def test_parcels_on_keeps_the_parcels_that_existed_with_that_days_fields(history):
    p, timeline = history
    frame = tl.parcels_on(p, tl.state_on(timeline, p, "2024-02-20"))
    assert list(frame["id"]) == ["a", "new", "c", "quiet", "freed"]
    assert list(frame["clearance_stage"]) == ["notice_issued", "inventory", "notice_issued", "plan_approved",
                                              "notice_issued"]
    assert list(frame["stage_since"])[:2] == ["2024-01-10", "2024-02-01"]
    assert [None if pd.isna(r) else r for r in frame["blocked_reason"]] == [None, None, "dispute", "now", None]
    assert list(tl.parcels_on(p, tl.state_on(timeline, p, "2024-01-01"))["id"]) == ["a", "c", "quiet", "freed"]


def test_bad_dates_and_bases_are_one_sentence(history):
    p, timeline = history
    with pytest.raises(InputError) as err:
        tl.state_on(timeline, p, "2024-13-45")
    assert str(err.value) == "The as-of date '2024-13-45' is not a date (use YYYY-MM-DD)."
    assert "2024-13-45" in err.value.text("vi")
    with pytest.raises(InputError) as err:
        tl.state_on(timeline, p, "2024-01-01", "sideways")
    assert str(err.value) == "'sideways' is not a way to read the history; use one of happened, recorded."


def test_no_history_at_all_is_the_layer_as_it_is():
    p = parcels([("a", "z", "inventory", True, "2024-03-01", 100)])
    state = tl.state_on(tl.build(pd.DataFrame(), p["id"]), p, "2000-01-01")
    assert state.exists.tolist() == [True] and STAGES[state.stage[0]] == "inventory" and state.blocked.tolist() == [True]


# ---------------------------------------------------------------------- timeline.changes_between
def test_changes_between_two_dates():
    p = parcels([
        ("handed", "z1", "handed_over", False, None, 10_000),
        ("advanced", "z1", "inventory", False, None, 20_000),
        ("back", "z1", "notice_issued", False, None, 30_000),
        ("blocked", "z2", "inventory", True, None, 40_000),
        ("freed", "z2", "inventory", False, None, 50_000),
        ("new", "z2", "not_started", False, None, 60_000),
        ("same", "z2", "inventory", False, None, 70_000),
        ("later", "z2", "not_started", False, None, 80_000),  # created after both dates
    ])
    timeline = tl.build(events([
        ("handed", "stage", "compensation_paid", "handed_over", "2024-03-01", "2024-03-01"),
        ("advanced", "stage", "notice_issued", "inventory", "2024-03-01", "2024-03-01"),
        ("back", "stage", "inventory", "notice_issued", "2024-03-01", "2024-03-01", "re-count"),
        ("blocked", "blocked", "inventory", "inventory", "2024-03-01", "2024-03-01", "dispute"),
        ("freed", "blocked", "inventory", "inventory", "2023-01-01", "2023-01-01", "dispute"),
        ("freed", "unblocked", "inventory", "inventory", "2024-03-01", "2024-03-01"),
        ("new", "import", None, "not_started", "2024-03-01", "2024-03-01"),
        ("later", "import", None, "not_started", "2024-09-01", "2024-09-01"),
    ]), p["id"])
    before, after = tl.state_on(timeline, p, "2024-01-01"), tl.state_on(timeline, p, "2024-06-01")
    changes = tl.changes_between(before, after)
    assert dict(zip(p["id"][changes["row"]], changes["change"])) == {
        "handed": "handed_over", "advanced": "advanced", "back": "moved_back", "blocked": "newly_blocked",
        "freed": "unblocked", "new": "new", "same": "unchanged"}
    new = changes[changes["change"] == "new"].iloc[0]
    assert pd.isna(new["stage_before"]) and new["stage_after"] == "not_started"
    by_zone = tl.change_by_zone(p, changes, p["recovered_m2"].to_numpy() / 1e4).set_index("zone_id")
    assert by_zone.loc["z1", "handed_over_ha_change"] == 1.0 and by_zone.loc["z1", "moved_stage"] == 3
    assert by_zone.loc["z2"][["newly_blocked", "unblocked", "new", "moved_stage"]].tolist() == [1, 1, 1, 0]


def _old_change_by_zone(parcels: pd.DataFrame, changes: pd.DataFrame, recovered_ha: np.ndarray) -> pd.DataFrame:
    """change_by_zone as it was before it summed a part at a time: one pandas groupby."""
    rows = changes["row"].to_numpy(dtype=int)
    ha = recovered_ha[rows]
    frame = pd.DataFrame({
        "zone_id": parcels["zone_id"].to_numpy(dtype=object)[rows],
        "handed_over_ha_before": (changes["stage_before"].to_numpy(dtype=object) == "handed_over") * ha,
        "handed_over_ha_after": (changes["stage_after"].to_numpy(dtype=object) == "handed_over") * ha,
        "moved_stage": (changes["stage_before"].to_numpy(dtype=object) != changes["stage_after"].to_numpy(dtype=object))
        & changes["stage_before"].notna().to_numpy(),
        "newly_blocked": changes["newly_blocked"].to_numpy(), "unblocked": changes["unblocked"].to_numpy(),
        "new": changes["change"].to_numpy(dtype=object) == "new",
    })
    frame["zone_id"] = frame["zone_id"].fillna("_outside")
    out = frame.groupby("zone_id").sum()
    out["handed_over_ha_change"] = out["handed_over_ha_after"] - out["handed_over_ha_before"]
    for c in ("handed_over_ha_before", "handed_over_ha_after", "handed_over_ha_change"):
        out[c] = out[c].round(2)
    for c in ("moved_stage", "newly_blocked", "unblocked", "new"):
        out[c] = out[c].astype(int)
    return out.reset_index()


def random_history(n: int, seed: int = 17) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n`` parcels in a few zones (some in none, some without an area, equal areas), each with a few dated
    steps, blocks and unblocks, some created by an import."""
    rng = np.random.default_rng(seed)
    ids = [f"p{i}" for i in range(n)]
    area = rng.choice([500.0, 1000.0, 2500.5, np.nan, *(rng.random(40) * 20_000)], n)
    p = pd.DataFrame({
        "id": ids, "zone_id": rng.choice(np.array(["z1", "z2", None, "kcn-x"], dtype=object), n),
        "clearance_stage": rng.choice(np.asarray(STAGES, dtype=object), n), "blocked": rng.random(n) < 0.2,
        "blocked_reason": None, "stage_since": None,
        "recovered_m2": np.where(rng.random(n) < 0.3, np.nan, area * 0.9), "area_m2": area,
        "sheet_no": [str(i // 100) for i in range(n)], "parcel_no": [str(i % 100) for i in range(n)],
    })
    rows = []
    for i in range(n):
        for _ in range(int(rng.integers(0, 4))):
            day = (date(2023, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 900)))).isoformat()
            kind = rng.random()
            if kind < 0.1 and not rows or kind < 0.1 and rows[-1][0] != ids[i]:
                rows.append((ids[i], "import", None, "not_started", day, day))
            elif kind < 0.3:
                rows.append((ids[i], "blocked" if kind < 0.2 else "unblocked", "inventory", "inventory", day, day))
            else:
                a, b = rng.choice(len(STAGES), 2)
                rows.append((ids[i], "stage", STAGES[a], STAGES[b], day, day))
    return p, events(rows)


def test_the_zones_change_sums_are_a_groupbys_and_the_same_cut_anywhere():
    p, e = random_history(3000)
    whole = tl.build(e, p["id"])
    ha = p["recovered_m2"].fillna(p["area_m2"]).fillna(0).to_numpy() / 1e4
    for basis in tl.BASES:
        changes = tl.changes_between(*tl.states_on(whole, p, ["2023-06-30", "2024-06-30"], basis))
        assert (changes["change"] != "unchanged").sum() > 500
        want = tl.change_by_zone(p, changes, ha)
        pd.testing.assert_frame_equal(want, _old_change_by_zone(p, changes, ha))
        assert "_outside" in set(want["zone_id"])
        for cuts in ([], [1], [7, 2999], [1000, 1001, 2500]):
            sums = tl.ChangeSums()
            for part in np.split(np.arange(len(p)), cuts):
                here = p.iloc[part].reset_index(drop=True)
                mine = tl.changes_between(*tl.states_on(tl.build(e, here["id"]), here, ["2023-06-30", "2024-06-30"],
                                                        basis))
                sums.add(here["zone_id"], mine, ha[part])
            pd.testing.assert_frame_equal(sums.table(), want, check_exact=True)


def _plain(frame: pd.DataFrame) -> list[dict]:
    """A frame's rows as Python values, a missing one as None (whatever the column's dtype)."""
    return [{k: None if pd.isna(v) else v for k, v in r.items()} for r in frame.to_dict("records")]


def test_the_change_a_part_at_a_time_keeps_the_largest_changed_parcels_and_counts_them_all():
    p, e = random_history(3000, seed=5)
    a, b = "2023-06-30", "2024-06-30"
    changes = tl.changes_between(*tl.states_on(tl.build(e, p["id"]), p, [a, b]))
    moved = changes[changes["change"] != "unchanged"].reset_index(drop=True)
    rows = moved["row"].to_numpy()
    want = pd.DataFrame({"row": rows, **{c: p[c].to_numpy(dtype=object)[rows]
                                         for c in ("id", "sheet_no", "parcel_no", "zone_id")},
                         "area_m2": p["area_m2"].to_numpy()[rows]})
    for c in ("change", "stage_before", "stage_after", "blocked_before", "blocked_after"):
        want[c] = moved[c].to_numpy()
    kinds = moved["change"].value_counts()

    def parts(cuts):
        for part in np.split(np.arange(len(p)), cuts):
            here = p.iloc[part].reset_index(drop=True)
            yield here, tl.build(e, here["id"])

    for cuts in ([], [1], [1000, 1001, 2500]):
        everything = tl.changes_of(parts(cuts), a, b, keep=None)
        pd.testing.assert_frame_equal(everything.zones, tl.change_by_zone(
            p, changes, p["recovered_m2"].fillna(p["area_m2"]).fillna(0).to_numpy() / 1e4), check_exact=True)
        assert _plain(everything.changed) == _plain(want)
        assert everything.total == len(moved) and not everything.capped
        assert everything.kinds == {k: int(kinds.get(k, 0)) for k in tl.CHANGES if k != "unchanged"}
        assert everything.by_zone == moved.assign(z=want["zone_id"].fillna("_outside")).groupby("z").size().to_dict()
        assert everything.count_in(["z1", "z2"]) == int(want["zone_id"].isin(["z1", "z2"]).sum())
        for keep in (1, 37, 400):
            kept = tl.changes_of(parts(cuts), a, b, keep=keep)
            assert kept.capped and len(kept.changed) == keep and kept.total == len(moved)
            assert kept.kinds == everything.kinds and kept.by_zone == everything.by_zone
            pd.testing.assert_frame_equal(kept.zones, everything.zones, check_exact=True)
            # the largest by area (none without an area before one with), ties in store order; listed in store order
            size = want["area_m2"].fillna(-np.inf).to_numpy()
            largest = np.sort(np.lexsort((want["row"].to_numpy(), -size))[:keep])
            assert _plain(kept.changed) == _plain(want.iloc[largest])
            assert kept.changed["area_m2"].min() >= np.delete(size, largest).max()
    nothing = tl.changes_of(iter([]), a, b)
    assert nothing.total == 0 and nothing.changed.empty and nothing.zones.empty and list(nothing.changed) == list(
        tl.CHANGED_COLUMNS)


# ---------------------------------------------------------------------- landfund.fund_on
def test_fund_on_counts_own_parcels_and_sums_hectares_with_sub_zones():
    zones = pd.DataFrame({"id": ["park", "phase"], "parent_id": [None, "park"], "name_vi": ["KCN", "Giai đoạn 1"],
                          "name_en": ["Park", "Phase 1"], "kind": ["kcn", "kcn"], "planned_area_ha": [10.0, 4.0]})
    p = parcels([
        ("p1", "park", "handed_over", False, None, 10_000),
        ("p2", "phase", "handed_over", False, None, 20_000),
        ("p3", "phase", "inventory", True, None, 30_000),
        ("p4", None, "not_started", False, None, 0),
        ("p5", "phase", "not_started", False, None, 40_000),  # created in 2025
    ])
    timeline = tl.build(events([("p5", "import", None, "not_started", "2025-01-01", "2025-01-01")]), p["id"])
    report = fund_on(p, zones, timeline, "2024-12-31")
    park, phase = report["zones"]
    assert report["as_of"] == "2024-12-31" and report["basis"] == "happened"
    assert list(park["stages"]) == list(STAGES)
    assert park["stages"]["handed_over"] == 1 and park["parcels"] == 1  # its own parcels only
    assert phase["stages"]["handed_over"] == 1 and phase["stages"]["inventory"] == 1 and phase["parcels"] == 2
    assert phase["blocked_parcels"] == 1 and park["blocked_parcels"] == 0
    assert (park["handed_over_ha"], park["own_handed_over_ha"], phase["handed_over_ha"]) == (3.0, 1.0, 2.0)
    assert (park["parcels_ha"], park["own_parcels_ha"], phase["parcels_ha"]) == (6.0, 1.0, 5.0)
    assert park["parent_id"] is None and phase["parent_id"] == "park" and phase["name_en"] == "Phase 1"
    assert report["province"]["stages"]["not_started"] == 1 and report["province"]["parcels"] == 4
    assert report["province"]["handed_over_ha"] == 3.0 and report["province"]["blocked_parcels"] == 1
    later = fund_on(p, zones, timeline, "2025-01-01")
    assert later["zones"][1]["parcels"] == 3 and later["zones"][1]["parcels_ha"] == 9.0


# ---------------------------------------------------------------------- forecast.months_to and status
def test_months_to_is_deterministic_and_needs_a_pace():
    assert np.all(fc.months_to(10.0, np.array([5.0] * 12)) == 2.0)
    assert np.allclose(fc.months_to(7.5, np.array([5.0, 5.0])), 1.5)  # the last month's fraction
    sample = np.array([0.0, 1.0, 3.0, 0.5])
    first, again = fc.months_to(20.0, sample), fc.months_to(20.0, sample)
    assert np.array_equal(first, again) and len(first) == fc.DRAWS
    assert fc.months_to(20.0, sample, seed=1).tolist() != first.tolist()  # the seed makes it repeatable
    assert fc.months_to(5.0, np.zeros(12)) is None
    assert fc.months_to(5.0, np.array([-1.0, 0.0])) is None  # a month of moves back is no pace
    assert np.all(fc.months_to(0.0, np.zeros(12)) == 0)
    assert np.all(np.isinf(fc.months_to(1e6, np.array([0.01]))))  # beyond MAX_MONTHS


@pytest.mark.parametrize("handed, expected, late, status", [
    (10.0, None, None, "met"),
    (9.999, None, None, "met"),  # within the 0.01 ha shown
    (5.0, date(2025, 6, 1), date(2025, 9, 1), "on_track"),
    (5.0, date(2025, 6, 1), date(2026, 9, 1), "at_risk"),
    (5.0, date(2025, 6, 1), None, "at_risk"),  # the late end never comes
    (5.0, date(2026, 6, 1), date(2026, 9, 1), "behind"),
    (5.0, None, None, "no_pace"),
])
def test_status_against_a_target(handed, expected, late, status):
    assert fc.status(handed, fc.Target(10.0, date(2025, 12, 31)), expected, late) == status


# ---------------------------------------------------------------------- forecast.forecast
AS_OF = date(2025, 1, 15)


@pytest.fixture
def paced():
    """Four zones of 1 ha parcels as of 2025-01-15: ``steady`` handed over 1 ha every month of 2024 and has 6 ha
    left; ``bumpy`` 2 ha every other month, 6 left; ``done`` all of it; ``idle`` nothing ever."""
    rows, evs = [], []
    for m in range(1, 13):
        rows.append((f"s{m}", "steady", "handed_over", False, None, 10_000))
        evs.append((f"s{m}", "stage", "compensation_paid", "handed_over", f"2024-{m:02d}-10", f"2024-{m:02d}-10"))
        if m % 2:
            for k in (1, 2):
                rows.append((f"b{m}-{k}", "bumpy", "handed_over", False, None, 10_000))
                evs.append((f"b{m}-{k}", "stage", "compensation_paid", "handed_over", f"2024-{m:02d}-10",
                             f"2024-{m:02d}-10"))
    rows += [(f"r{i}", z, "compensation_paid", False, None, 10_000) for z in ("steady", "bumpy") for i in range(6)]
    rows = [(f"{r[0]}-{r[1]}" if r[0].startswith("r") else r[0], *r[1:]) for r in rows]
    rows += [("d1", "done", "handed_over", False, None, 10_000), ("d2", "done", "handed_over", False, None, 10_000)]
    evs += [("d1", "stage", "compensation_paid", "handed_over", "2020-05-01", "2020-05-01"),
            ("d2", "stage", "compensation_paid", "handed_over", "2020-06-01", "2020-06-01")]
    rows += [(f"i{i}", "idle", "not_started", False, None, 10_000) for i in range(3)]
    zones = pd.DataFrame({"id": ["steady", "bumpy", "done", "idle"], "parent_id": [None] * 4})
    p = parcels(rows)
    return tl.build(events(evs), p["id"]), p, zones, evs


def test_forecast_a_steady_pace_exactly(paced):
    timeline, p, zones, _ = paced
    out = fc.forecast(timeline, p, zones, AS_OF).set_index("zone_id")
    steady = out.loc["steady"]
    assert (steady["recoverable_ha"], steady["handed_over_ha"], steady["remaining_ha"]) == (18.0, 12.0, 6.0)
    assert (steady["pace_3m_ha"], steady["pace_6m_ha"], steady["pace_12m_ha"]) == (1.0, 1.0, 1.0)
    # Six months of 1 ha: 6 × 30.44 days = 183 days after 2025-01-15, with no spread at all.
    assert steady["expected"] == steady["expected_low"] == steady["expected_high"] == date(2025, 7, 17)
    assert steady["target_ha"] == 18.0 and steady["target_date"] == fc.PLAN_HORIZON and steady["status"] == "on_track"
    assert out.loc["done", "status"] == "met" and out.loc["done", "expected"] == AS_OF
    assert out.loc["idle", "status"] == "no_pace" and out.loc["idle", "expected"] is None
    assert out.loc["bumpy", "pace_12m_ha"] == 1.0 and out.loc["bumpy", "pace_3m_ha"] == pytest.approx(2 / 3, abs=1e-3)
    assert list(out.columns[:6]) == ["parent_id", "as_of", "recoverable_ha", "handed_over_ha", "remaining_ha",
                                     "pace_3m_ha"]


def test_forecast_against_planners_targets(paced):
    timeline, p, zones, _ = paced
    bumpy = fc.forecast(timeline, p, zones, AS_OF, zone="bumpy").iloc[0]
    assert bumpy["expected_low"] <= bumpy["expected"] < bumpy["expected_high"]  # a spread: the months vary
    targets = {
        "steady": fc.Target(18.0, date(2025, 3, 1), "planner", "2025-01-01T00:00:00Z"),  # 6 ha in 6 weeks: behind
        "bumpy": fc.Target(18.0, bumpy["expected"], "planner"),  # in time at the median, not at the late end
        "idle": fc.Target(0.5, date(2030, 1, 1)),
        "done": fc.Target(1.0, date(2020, 1, 1)),  # reached, even if after the date
    }
    out = fc.forecast(timeline, p, zones, AS_OF, targets).set_index("zone_id")
    assert out["status"].to_dict() == {"steady": "behind", "bumpy": "at_risk", "done": "met", "idle": "no_pace"}
    assert out.loc["steady", "target_set_by"] == "planner" and out.loc["steady", "target_ha"] == 18.0
    # A target below what remains needs fewer months: steady reaches 14 ha after two months.
    out = fc.forecast(timeline, p, zones, AS_OF, {"steady": fc.Target(14.0, date(2025, 4, 1))}, zone="steady")
    assert out.iloc[0]["target_expected"] == date(2025, 3, 17) and out.iloc[0]["status"] == "on_track"


def test_forecast_as_of_a_past_day_uses_only_what_was_known(paced):
    timeline, p, zones, _ = paced
    mid = fc.forecast(timeline, p, zones, date(2024, 7, 1), zone="steady").iloc[0]
    assert (mid["handed_over_ha"], mid["remaining_ha"]) == (6.0, 12.0)
    assert mid["pace_6m_ha"] == 1.0 and mid["pace_12m_ha"] == 0.5


def test_forecast_of_an_unknown_zone_is_one_sentence(paced):
    timeline, p, zones, _ = paced
    with pytest.raises(NotFoundError) as err:
        fc.forecast(timeline, p, zones, AS_OF, zone="atlantis")
    assert str(err.value) == "There is no zone 'atlantis' to forecast."
    assert err.value.text("vi") == "Không có khu «atlantis» để dự báo."


def test_monthly_pace_counts_a_move_back_against_its_month(paced):
    _, p, zones, evs = paced
    back = ("s3", "stage", "handed_over", "compensation_paid", "2024-11-20", "2024-11-20", "re-survey")
    p.loc[p["id"] == "s3", "clearance_stage"] = "compensation_paid"
    timeline = tl.build(events([*evs, back]), p["id"])
    moves = fc.handovers(timeline, p, AS_OF)
    assert moves["ha"].tolist()[-1] == -1.0 and tl.day_date(int(moves["day"].iloc[-1])) == date(2024, 11, 20)
    pace = fc.monthly_pace(fc.replay(timeline, p, AS_OF), zones)
    assert list(pace.columns)[0] == "2024-01" and list(pace.columns)[-1] == "2025-01"
    assert pace.loc["steady", "2024-10"] == 1.0 and pace.loc["steady", "2024-11"] == 0.0  # 1 ha in, 1 ha back
    assert pace.loc["done"].sum() == 0.0  # its handovers were more than 12 months before


def test_a_plot_an_import_created_is_on_past_days_only_from_the_files_date(gpkg_url, tmp_path):
    """A new plot from a planning file dated 2025-03-01: in the store's history of births, absent from the
    replayed state of the days before it and present from it on, with the parcels beneath counted."""
    import geopandas as gpd
    import pyogrio

    from geo.imports import plan_store_import
    from geo.store import open_store
    from layers.snapshot import as_of, build_snapshot
    from tests.cadastral_files import VN2000, zones_metric
    from tests.conftest import PASSWORD

    park = zones_metric()["kcn-le-mon"].buffer(-100)
    x, y = park.representative_point().coords[0]
    import shapely

    lot = shapely.box(x, y, x + 120, y + 80)
    gpd_frame = gpd.GeoDataFrame({"MaLo": ["kcn-le-mon-moi-1"], "SoLo": ["M1"], "ngay": ["2025-03-01"]},
                                 geometry=gpd.GeoSeries([lot], crs=VN2000), crs=VN2000)
    path = tmp_path / "lo_moi.gpkg"
    pyogrio.write_dataframe(gpd_frame, path, driver="GPKG")
    s = open_store(gpkg_url)
    try:
        s.add_user("admin", "admin", PASSWORD)
        s.add_user("officer", "officer", PASSWORD, by="admin")
        plan = plan_store_import(s, path, "plots")
        assert s.apply_import(plan, user="officer").inserted == ["kcn-le-mon-moi-1"]
        births = s.plot_births()
        assert list(births["plot_id"]) == ["kcn-le-mon-moi-1"] and births["at"].iat[0].startswith("2025-03-01")
        snap = build_snapshot(s, s.change_counter())
        timeline = tl.build(s.events(), snap.parcels["id"])
    finally:
        s.close()
    assert "kcn-le-mon-moi-1" in snap.plot_row and snap.parcels_beneath("kcn-le-mon-moi-1").shape[0] > 0
    before = as_of(snap, timeline, date(2025, 2, 28), births=births)
    after = as_of(snap, timeline, date(2025, 3, 1), births=births)
    assert "kcn-le-mon-moi-1" not in before.plot_row and len(before.layers["plots"]) == len(snap.layers["plots"]) - 1
    assert "kcn-le-mon-moi-1" in after.plot_row
    assert after.parcels_beneath("kcn-le-mon-moi-1")["id"].tolist() == \
        snap.parcels_beneath("kcn-le-mon-moi-1")["id"].tolist()
    # The plots that were there keep the parcels beneath them.
    other = snap.layers["plots"]["id"].iat[0]
    assert before.parcels_beneath(other)["id"].tolist() == snap.parcels_beneath(other)["id"].tolist()
    # As recorded, it came the day it was imported (today): not there on 2025-03-01.
    recorded = as_of(snap, timeline, date(2025, 3, 1), "recorded", births=births)
    assert "kcn-le-mon-moi-1" not in recorded.plot_row


def test_what_a_plot_offered_on_a_past_day_is_replayed_from_its_edits():
    plots = pd.DataFrame({"id": ["a", "b", "c"], "lease_status": ["leased", "reserved", "available"],
                          "utility_water": [True, True, False], "utility_power": [True, False, True]})
    edits = pd.DataFrame({
        "plot_id": ["a", "a", "b", "zz"],
        "at": ["2025-01-10T03:00:00Z", "2025-06-01T03:00:00Z", "2025-03-01T03:00:00Z", "2025-03-01T03:00:00Z"],
        "detail": ["lease_status: available → reserved; utility_water: yes (MoU)",
                   "lease_status: reserved → leased", "utility_water: yes", "lease_status: available → leased"],
    })
    early = tl.plot_offers_on(edits, plots, "2025-01-01")
    assert early["lease_status"].tolist() == ["available", "reserved", "available"]
    assert early["utility_water"].tolist() == [False, False, False] and early["utility_water"].dtype == bool
    assert early["utility_power"].tolist() == [True, False, True]  # never edited: as it is now
    middle = tl.plot_offers_on(edits, plots, "2025-03-01")
    assert middle["lease_status"].tolist() == ["reserved", "reserved", "available"]
    assert middle["utility_water"].tolist() == [True, True, False]
    assert tl.plot_offers_on(edits, plots, "2026-01-01").equals(plots[["lease_status", "utility_water", "utility_power"]])
    assert tl.plot_offers_on(None, plots, "2020-01-01").equals(plots[["lease_status", "utility_water", "utility_power"]])


def test_a_plots_lease_on_a_past_day_is_what_it_was_before_its_recorded_edit(gpkg_url):
    from datetime import timedelta

    from geo.timeutil import local_today
    from geo.store import open_store
    from geo.store.values import PlotChange
    from layers.snapshot import as_of, build_snapshot
    from tests.conftest import PASSWORD

    s = open_store(gpkg_url)
    try:
        s.add_user("admin", "admin", PASSWORD)
        s.add_user("officer", "officer", PASSWORD, by="admin")
        plots = s.read_layer("plots")
        pid = plots[plots["lease_status"] == "available"]["id"].iat[0]
        s.update_plots([PlotChange(pid, lease_status="leased", utilities={"water": True}, note="HĐ 7/2026")],
                       user="officer")
        snap = build_snapshot(s, s.change_counter())
        timeline = tl.build(s.events(), snap.parcels["id"])
        edits = s.plot_edits()
    finally:
        s.close()
    assert edits["plot_id"].tolist() == [pid]
    row = snap.plot_row[pid]
    today = local_today()
    assert snap.layers["plots"]["lease_status"].iat[row] == "leased"
    before = as_of(snap, timeline, today - timedelta(days=1), plot_edits=edits)
    assert before.layers["plots"]["lease_status"].iat[row] == "available"
    was_water = bool(plots.set_index("id").at[pid, "utility_water"])
    assert bool(before.layers["plots"]["utility_water"].iat[row]) == was_water
    assert as_of(snap, timeline, today, plot_edits=edits).layers["plots"]["lease_status"].iat[row] == "leased"
