"""Timestamps as the store keeps them: ISO 8601 strings in UTC, to the second."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pandas as pd

from .errors import InputError


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_iso(value, *, what: str = "date") -> str:
    """Normalise a user-given date or datetime to the store's form; refuse the future."""
    if value is None or value == "":
        return now_iso()
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise InputError(f"The {what} {value!r} is not a date (use YYYY-MM-DD).") from None
    if ts is pd.NaT:
        raise InputError(f"The {what} {value!r} is not a date (use YYYY-MM-DD).")
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    if ts > pd.Timestamp.now(tz="UTC") + pd.Timedelta(minutes=5):
        raise InputError(f"The {what} {value!r} is in the future.")
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
