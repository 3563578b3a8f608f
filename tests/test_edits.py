"""What an officer's edit asks of the store (geo.edits): the form's change and the bulk table's changes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pandas as pd

from geo.edits import plot_change, blocked_change, form_change, local_time, local_times, table_changes
from geo.timeutil import local_date, local_today
from geo.messages import msg, refusal

PARCEL = {"id": "kcn-x-001", "blocked": False, "blocked_reason": None, "version": 4}


def test_blocked_changes_only_when_the_flag_or_a_blocked_parcels_reason_changes():
    assert blocked_change(False, None, True, "Tranh chấp") is True
    assert blocked_change(True, "Tranh chấp", False, "") is False
    assert blocked_change(True, "Tranh chấp", True, "Khiếu nại") is True  # a new reason
    assert blocked_change(True, "Tranh chấp", True, "Tranh chấp") is None
    assert blocked_change(True, None, True, "") is None  # no reason either way
    assert blocked_change(False, "old", False, "new") is None  # not blocked: the reason is not a change
    assert blocked_change(None, None, False, "") is None  # an imported parcel without the flag


def test_the_form_keeps_the_stage_unless_another_is_picked_and_carries_the_version_seen():
    change = form_change(PARCEL, stage=None, at="2025-03-01", note="", document_ref="", blocked=True,
                         reason="Tranh chấp", expect_version=4)
    assert change.parcel_id == "kcn-x-001" and change.stage is None
    assert change.blocked is True and change.blocked_reason == "Tranh chấp"
    assert change.note is None and change.document_ref is None  # empty fields are no values
    assert change.expect_version == 4 and change.at == "2025-03-01"
    change = form_change(PARCEL, stage="inventory", at="2025-03-02", note="Đã kiểm đếm", document_ref="BB 12",
                         blocked=False, reason="", expect_version=4)
    assert change.stage == "inventory" and change.blocked is None and change.blocked_reason is None
    assert change.note == "Đã kiểm đếm" and change.document_ref == "BB 12"


def _table(**overrides) -> pd.DataFrame:
    base = pd.DataFrame({
        "id": ["p-1", "p-2", "p-3"], "clearance_stage": ["inventory", "inventory", "handed_over"],
        "name": ["12/1 · p-1", "12/2 · p-2", "p-3"], "blocked": [False, True, False],
        "blocked_reason": ["", "Tranh chấp", ""],
        "version": [1, 2, 3], "note": [""] * 3, "document_ref": [""] * 3,
    })
    for col, values in overrides.items():
        base[col] = values
    return base


def test_an_unchanged_table_changes_nothing_and_notes_alone_change_nothing():
    assert table_changes(_table(), _table()) == []
    assert table_changes(_table(), _table(note=["x", "", ""], document_ref=["", "QĐ 1", ""])) == []


def test_each_edited_row_is_one_change_named_by_its_row_in_the_whole_list():
    edited = _table(clearance_stage=["plan_posted", "inventory", "compensation_paid"],
                    blocked=[False, False, False], note=["Niêm yết", "", ""], document_ref=["TB 5", "", ""])
    changes = table_changes(_table(), edited, offset=500)
    assert [c.parcel_id for c in changes] == ["p-1", "p-2", "p-3"]
    one, two, three = changes
    assert (one.stage, one.blocked, one.note, one.document_ref) == ("plan_posted", None, "Niêm yết", "TB 5")
    assert (two.stage, two.blocked, two.blocked_reason) == (None, False, "Tranh chấp")  # unblocked
    assert three.stage == "compensation_paid"  # back a stage: the store asks for a note
    assert [c.expect_version for c in changes] == [1, 2, 3]  # the versions the table was loaded at
    assert [c.label for c in changes] == ["p-1 (row 501)", "p-2 (row 502)", "p-3 (row 503)"]


PLOT = {"id": "kcn-a-001", "lease_status": "available", "utility_road": True, "utility_power": False,
        "utility_water": None, "utility_wastewater": float("nan"), "version": 3}


def test_a_plot_change_asks_only_for_what_differs_with_the_version_seen():
    same = plot_change(PLOT, lease_status="available", utilities={"road": True, "power": False, "water": False,
                                                                   "wastewater": False}, note=" ", expect_version=3)
    assert (same.plot_id, same.lease_status, same.utilities, same.note) == ("kcn-a-001", None, None, None)
    change = plot_change(PLOT, lease_status="reserved", utilities={"road": True, "power": True, "water": False,
                                                                    "wastewater": True, "gas": True},
                         note="Hợp đồng nguyên tắc", expect_version=2)
    assert change.lease_status == "reserved" and change.utilities == {"power": True, "wastewater": True}
    assert change.note == "Hợp đồng nguyên tắc" and change.expect_version == 2  # a stale version: the store refuses


def test_a_new_reason_for_a_blocked_parcel_is_a_change():
    edited = _table(blocked_reason=["", "Khiếu nại", ""])
    (change,) = table_changes(_table(), edited)
    assert change.parcel_id == "p-2" and change.blocked is True and change.blocked_reason == "Khiếu nại"


def test_times_are_told_in_local_time():
    assert local_time("2026-11-27T07:05:00Z") == "14:05 27/11/2026"  # the store keeps UTC
    assert local_time("2026-11-27T20:30:00Z") == "03:30 28/11/2026"  # the next day in Viet Nam
    assert local_time("2021-09-14T00:00") == "07:00 14/09/2021"  # no zone: UTC
    assert local_time("2026-11-27T14:05:00+07:00") == "14:05 27/11/2026"
    assert local_time(None) == local_time("") == local_time(float("nan")) == ""
    assert local_time("not a time") == "not a time"
    assert local_today(datetime(2026, 11, 27, 18, 0, tzinfo=UTC)) == date(2026, 11, 28)
    # A stage date is the day in Viet Nam of the moment the step happened (the history's replays read it so).
    assert local_date("2026-11-30T18:31:00Z") == "2026-12-01" and local_date("2026-11-30T16:59:59Z") == "2026-11-30"
    assert local_date("2026-11-30") == "2026-11-30"


def test_a_conflicts_time_is_told_in_local_time_and_the_rest_is_kept():
    at = "2026-11-27T07:05:00Z"
    one = msg("store.conflict", parcel="p-1", by="lan", when=msg("store.at_time", at=at), version=5, expected=4)
    assert "2026-11-27T07:05:00Z" in one.text("en")  # what geo (and the CLI) says
    assert local_times(one).text("en") == ("Parcel p-1 was changed by lan at 14:05 27/11/2026 (it is now at version 5,"
                                           " not 4); reload it and try again")
    assert "lúc 14:05 27/11/2026" in local_times(one).text("vi")
    many = refusal([one, msg("store.no_parcel", parcel="p-2")], 3)
    text = local_times(many).text("vi")
    assert "14:05 27/11/2026" in text and "T07:05" not in text and "p-2" in text
    assert local_times(msg("store.no_parcel", parcel="p-2")) == msg("store.no_parcel", parcel="p-2")


def test_todays_date_in_viet_nam_is_not_the_future_while_utc_is_still_on_the_day_before():
    import pandas as pd
    import pytest

    from geo.errors import InputError
    from geo.timeutil import to_iso

    now = pd.Timestamp("2026-11-30T17:30:00Z")  # 00:30 on 1 December in Viet Nam
    assert to_iso("2026-12-01", now=now) == "2026-11-30T17:30:00Z"  # today there: kept, never after now
    assert to_iso("2026-11-30", now=now) == "2026-11-30T00:00:00Z"
    assert to_iso("2026-11-30T16:00:00", now=now) == "2026-11-30T16:00:00Z"
    with pytest.raises(InputError, match="in the future"):
        to_iso("2026-12-02", now=now)
    with pytest.raises(InputError, match="in the future"):
        to_iso("2026-11-30T18:00:00Z", now=now)
