"""Timestamps as the store keeps them: ISO 8601 strings in UTC, to the second."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import numpy as np
import pandas as pd

from .errors import InputError
from .messages import msg

try:
    from zoneinfo import ZoneInfo

    LOCAL_TZ: tzinfo = ZoneInfo("Asia/Ho_Chi_Minh")
except (ImportError, KeyError, OSError):  # no time zone database: Viet Nam keeps UTC+7 all year
    LOCAL_TZ = timezone(timedelta(hours=7), "ICT")

_BARE_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def local_today(now: datetime | None = None) -> date:
    """Today's date in Asia/Ho_Chi_Minh (the server may keep another zone)."""
    return (now or datetime.now(UTC)).astimezone(LOCAL_TZ).date()


def local_date(moment: str) -> str:
    """The calendar day in Viet Nam (``YYYY-MM-DD``) of a stored moment: ``2026-11-30T18:31:00Z`` is
    ``2026-12-01`` there. A parcel's stage date is that day, as the history's replays read it; a day alone is
    given back as it is."""
    text = str(moment).strip()
    if len(text) <= 10:
        return text
    ts = pd.Timestamp(text)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts
    return ts.tz_convert(LOCAL_TZ).strftime("%Y-%m-%d")


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_iso(value, *, what: str = "date", now: pd.Timestamp | None = None) -> str:
    """Normalise a user-given date or datetime to the store's form; refuse the future.

    ``what`` names the value in a refusal: ``date`` or ``event_date``. A bare date is a calendar day in
    Viet Nam: today's there is never refused, even in the 7 hours when UTC is still on the day before (it is
    stored as the day's start in UTC, or as ``now`` when that is later). ``now``: the clock (UTC).
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
    now = pd.Timestamp.now(tz="UTC") if now is None else pd.Timestamp(now).tz_convert("UTC")
    bare = (isinstance(value, date) and not isinstance(value, datetime)) or (
        isinstance(value, str) and _BARE_DATE.match(value) is not None)
    if bare:  # a calendar day in Viet Nam: today's is not the future, whatever the hour in UTC
        if ts.date() > local_today(now.to_pydatetime()):
            raise InputError("time.in_future", what=label, value=value)
        ts = min(ts.tz_localize("UTC"), now.floor("s"))  # the day's start in UTC, or now when that is later
        return ts.strftime("%Y-%m-%dT%H:%M:%SZ")
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    if ts > now + pd.Timedelta(minutes=5):
        raise InputError("time.in_future", what=label, value=value)
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


#: How the store writes a day and a moment: (pattern, strptime format). A year before 1000 is left out (written
#: back, it may lose its leading zero).
STORED_FORMS = {
    "date": (r"[1-9]\d{3}-\d{2}-\d{2}", "%Y-%m-%d"),
    "datetime": (r"[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", "%Y-%m-%dT%H:%M:%SZ"),
}


def in_stored_form(values: Sequence | np.ndarray, kind: str, until: pd.Timestamp | None = None) -> np.ndarray:
    """Which of ``values`` are texts of real days (``kind`` "date") or moments ("datetime") written as the store
    writes them, not after ``until`` (UTC) when given: those a normaliser (:func:`to_iso`,
    :func:`geo.schema.coerce_value`) gives back unchanged. Checked all at once; anything else (another form,
    a 30 February, a non-text) is False, for the normaliser to judge."""
    pattern, fmt = STORED_FORMS[kind]
    text = pd.Series(np.asarray(values, dtype=object), dtype=object)
    if not len(text):
        return np.zeros(0, dtype=bool)
    shaped = text.str.fullmatch(pattern).to_numpy(dtype=bool, na_value=False)
    when = pd.to_datetime(text.where(shaped), format=fmt, errors="coerce", utc=True)
    real = when.notna().to_numpy()
    if until is not None:
        real = real & (when <= until).to_numpy()
    return shaped & real


def iso_date(value) -> date | None:
    """The calendar date a stored date or timestamp starts with ('2026-03-02', '2026-03-02T10:00:00+07:00'),
    None when there is none or it cannot be read (text typed in another tool, say)."""
    if value is None or value != value or not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
