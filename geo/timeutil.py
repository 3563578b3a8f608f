"""Timestamps as the store keeps them: ISO 8601 strings in UTC, to the second."""

from __future__ import annotations

from datetime import date, datetime, UTC

import pandas as pd

from .errors import InputError
from .messages import msg


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_iso(value, *, what: str = "date") -> str:
    """Normalise a user-given date or datetime to the store's form; refuse the future.

    ``what`` names the value in a refusal: ``date`` or ``event_date``.
    """
    label = msg(f"time.what.{what}")
    if value is None or value == "":
        return now_iso()
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise InputError("time.not_a_date", what=label, value=value) from None
    if pd.isna(ts):  # "NaT" and the like parse to no date
        raise InputError("time.not_a_date", what=label, value=value)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    if ts > pd.Timestamp.now(tz="UTC") + pd.Timedelta(minutes=5):
        raise InputError("time.in_future", what=label, value=value)
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_date(value) -> date | None:
    """The calendar date a stored date or timestamp starts with ('2026-03-02', '2026-03-02T10:00:00+07:00'),
    None when there is none or it cannot be read (text typed in another tool, say)."""
    if value is None or value != value or not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
