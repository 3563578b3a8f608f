"""geo.store.seeding.prepare_events: the column-wise check gives what the row-by-row one (``_event``) gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from geo.errors import InputError
from geo.store.seeding import _event, prepare_events
from geo.timeutil import in_stored_form

PARCELS = [{"id": "p1"}, {"id": "p2"}]
SOON = (pd.Timestamp.now(tz="UTC") + pd.Timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
LATER = (pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")


def events(at) -> pd.DataFrame:
    n = len(at)
    return pd.DataFrame({"parcel_id": ["p1", "p2"] * (n // 2) + ["p1"] * (n % 2), "action": "stage",
                         "from_stage": None, "to_stage": "inventory", "at": pd.Series(at, dtype=object),
                         "recorded_at": "2024-01-01T00:00:00Z", "by": "seed", "version": range(1, n + 1)})


def by_row(frame: pd.DataFrame):
    try:
        return [_event(rec, i, {"p1", "p2"}, "now") for i, rec in enumerate(frame.to_dict("records"))]
    except InputError as err:
        return str(err.message)


def column_wise(frame: pd.DataFrame):
    try:
        return prepare_events(frame, PARCELS)
    except InputError as err:
        return str(err.message)


@pytest.mark.parametrize("at", [
    ["2024-01-05T10:00:00Z", "2024-01-05T10:00:00Z", "2023-12-31T23:59:59Z", SOON],
    ["2024-01-05", " 2024-01-05 ", "2024-01-05T10:00:00+07:00", pd.Timestamp("2024-01-05 10:00")],
    ["2024-01-05T10:00:00Z", "2024-02-30T00:00:00Z", "2024-01-05T10:00:00Z"],
    ["2024-01-05T10:00:00Z", "2024-01-05T24:00:00Z", "2024-01-05T10:00:00Z"],
    ["2024-01-05T10:00:00Z", LATER, "2024-01-05T10:00:00Z"],
    ["2024-01-05T10:00:00Z", "0999-01-05T10:00:00Z", np.str_("2024-01-05T10:00:00Z")],
    ["2024-01-05T10:00:00Z", "soon", None],
])
def test_event_dates_are_read_as_row_by_row(at):
    frame = events(at)
    assert column_wise(frame) == by_row(frame)


def test_only_real_moments_in_the_stored_form_and_not_after_until_are_kept():
    values = ["2024-01-05T10:00:00Z", "2024-02-30T00:00:00Z", "2024-01-05 10:00:00Z", "2024-01-05", None, 5,
              "0999-01-05T10:00:00Z", LATER]
    kept = in_stored_form(values, "datetime", until=pd.Timestamp.now(tz="UTC"))
    assert kept.tolist() == [True] + [False] * 7
    assert in_stored_form(["2024-01-05", "2024-1-05", "2023-02-29"], "date").tolist() == [True, False, False]
