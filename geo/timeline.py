"""The land on any past date, replayed from the clearance history, and the change between two dates.

Every stage step of a cadastral parcel is a row of ``clearance_events`` with two times: ``at``, when the
step happened (the ``--date`` of ``geo status``, the date column of an import), and ``recorded_at``, when
it was written. A replay reads the history on one of two *bases*:

- ``happened`` (the default): each event counts from the day it happened, so a step entered late
  moves the past as it really was;
- ``recorded``: each event counts from the day it was written, so a report keeps saying what the store
  said that day, whatever was entered afterwards.

Days are calendar days in Viet Nam (UTC+7 all year): an event counts on day D when its time, in local
time, falls on D or before. A parcel on day D:

- has the stage its last event on or before D moved it to; with none yet, the stage its first event
  moved it from; with no event at all, the stage it has now;
- does not exist yet when its first event is the import that created it and comes after D;
- is blocked when its last block or unblock on or before D blocked it; with none yet, when its first
  one unblocks it; with none at all, when it is blocked now.

"Last" and "first" are in the order the events were recorded (event id), "last" among those that count on
D. So a step entered late, dated before a step of the same parcel recorded earlier, counts from its date
and still comes after that step, as it did when it was written: a replay of today gives every parcel as it
is now.

This module is the one place replays are made: the app's "as of" views, the change between two dates,
``geo landfund --as-of`` and the forecast (:mod:`geo.forecast`) all call :func:`state_on`. It is vectorised:
the history is sorted once per basis (:class:`Timeline`), and a date costs a few passes over arrays.

A parcel's state on a day depends on its own events only. So a history may also come in pieces
(:data:`Piece`: a range of the parcels' rows and the :class:`Timeline` of their events), read from the store
one range of parcels at a time (:func:`geo.replay.pieces`) so that a reader never holds the whole history:
:func:`states_on` replays each piece with :func:`state_on` and puts the states side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np
import pandas as pd

from .errors import InputError
from .messages import msg
from .stages import STAGES

BASES = ("happened", "recorded")
#: Viet Nam keeps UTC+7 all year (no daylight saving): a local calendar day is UTC shifted by 7 hours.
LOCAL_OFFSET = np.timedelta64(7, "h")
_HANDED = STAGES.index("handed_over")
#: The event action an import writes when it creates a parcel (from no stage).
CREATED_BY = "import"
_EPOCH = date(1970, 1, 1)


def day_number(value: date | str) -> int:
    """A calendar date as days since 1970-01-01 (the unit of :class:`Timeline`'s days)."""
    return (as_date(value) - _EPOCH).days


def day_date(n: int) -> date:
    return _EPOCH + timedelta(days=int(n))


def as_date(value: date | str | None, *, what: str = "as_of") -> date:
    """A date given as a ``date`` or as ``YYYY-MM-DD`` text; refused with one sentence otherwise."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except (TypeError, ValueError):
        raise InputError("time.not_a_date", what=msg(f"time.what.{what}"), value=value) from None


def check_basis(basis: str) -> str:
    if basis not in BASES:
        raise InputError("time.unknown_basis", basis=basis, choices=BASES)
    return basis


def _utc_seconds_fast(values) -> np.ndarray | None:
    """Seconds since 1970 (UTC) of times all in the store's own form (``2026-03-02T08:15:00Z``), parsed by
    Arrow (15 times pandas' parser: 0.16 s a million); None when any value is in another form or missing."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        text = values.cast(pa.string()) if isinstance(values, pa.Array) else pa.array(values, type=pa.string(),
                                                                                        from_pandas=True)
        secs = pc.strptime(text, format="%Y-%m-%dT%H:%M:%SZ", unit="s", error_is_null=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return None
    if secs.null_count:
        return None
    return secs.cast(pa.int64()).to_numpy(zero_copy_only=False)


def _datetimes(values) -> np.ndarray | None:
    """``values`` as datetime64[s] (UTC) when they are times already (a compact history's), else None."""
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.DatetimeTZDtype):
        values = values.dt.tz_convert("UTC").dt.tz_localize(None)
    dtype = getattr(values, "dtype", None)
    if dtype is not None and isinstance(dtype, np.dtype) and np.issubdtype(dtype, np.datetime64):
        return np.asarray(values).astype("datetime64[s]")
    return None


def utc_times(values) -> np.ndarray:
    """Stored UTC times (ISO text, ``…Z`` or with an offset, or dates; a sequence, a Series or an Arrow array)
    as ``datetime64[s]`` in UTC, NaT where a value cannot be read. The one parser of stored times: a compact
    history (``Store.events(compact=True)``) holds its times as it makes them."""
    done = _datetimes(values)
    if done is not None:
        return done
    fast = _utc_seconds_fast(values)
    if fast is not None:
        return fast.astype("datetime64[s]")
    if hasattr(values, "to_pandas"):  # an Arrow array
        values = values.to_pandas()
    # A history holds few distinct times (dates, office hours): each is read once (3 million in about 0.3 s, not 6).
    codes, uniq = pd.factorize(_series(values))
    s = pd.Series(np.asarray(uniq, dtype=object))
    try:
        ts = pd.to_datetime(s, utc=True, format="%Y-%m-%dT%H:%M:%SZ", errors="raise")
    except (ValueError, TypeError):
        ts = pd.to_datetime(s, utc=True, format="ISO8601", errors="coerce")
    out = ts.dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").astype("datetime64[s]")
    return np.append(out, np.datetime64("NaT", "s"))[codes]  # code -1: no value


def local_days(values) -> np.ndarray:
    """Stored UTC times (see :func:`utc_times`) as local day numbers (int64); -1 where a value cannot be read."""
    times = utc_times(values)
    out = (times + LOCAL_OFFSET).astype("datetime64[D]").astype(np.int64)
    out[np.isnat(times)] = -1
    return out


def _series(values) -> pd.Series:
    return values if isinstance(values, pd.Series) else pd.Series(np.asarray(values, dtype=object))


def _positions(index: pd.Index, values) -> np.ndarray:
    """Each value's position in ``index`` (-1 for None or a value not in it), each distinct value looked up once."""
    codes, uniq = pd.factorize(_series(values))
    return np.append(index.get_indexer(pd.Index(np.asarray(uniq, dtype=object))), -1)[codes]


def _codes(values, names: tuple[str, ...]) -> np.ndarray:
    """Each value's position in ``names`` (int8), -1 for None or an unknown name. (The few distinct values
    are looked up once: millions of stage names are not turned into Python strings.)"""
    if isinstance(getattr(values, "dtype", None), pd.CategoricalDtype):  # a compact history's: by its codes
        cats = pd.Index(names).get_indexer(pd.Index(np.asarray(values.cat.categories, dtype=object)))
        return np.append(cats, -1)[values.cat.codes.to_numpy()].astype(np.int8)
    return _positions(pd.Index(names), values).astype(np.int8)


def rows_of(ids, values) -> np.ndarray:
    """Each value's position in ``ids`` (-1 where it is not there), hashed by Arrow when both are text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        found = pc.index_in(_text_array(values), value_set=_text_array(ids))
        return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return pd.Index(ids).get_indexer(pd.Index(np.asarray(values, dtype=object)))


def _text_array(values):
    """Text values as an Arrow string array (without a copy when they are Arrow-backed already)."""
    import pyarrow as pa

    if isinstance(values, pa.ChunkedArray):
        return values.combine_chunks().cast(pa.string())
    if isinstance(values, (pd.Series, pd.Index)) and not isinstance(values.dtype, np.dtype):
        return pa.array(values).cast(pa.string())  # str / categorical columns: no Python strings made
    return pa.array(values, type=pa.string(), from_pandas=True)


def _small(a: np.ndarray) -> np.ndarray:
    """Row positions and counts as int32 (half the memory of a history of millions of events)."""
    return a.astype(np.int32, copy=False)


@dataclass
class _Sorted:
    """The history in replay order for one basis: by parcel, then day, then event id."""

    parcel: np.ndarray
    day: np.ndarray
    start: np.ndarray  # per parcel row: the first position of its events
    total: np.ndarray  # per parcel row: how many events it has
    order: np.ndarray  # positions in the Timeline's arrays
    latest: np.ndarray  # per position: the position of the parcel's last recorded event up to there
    first: np.ndarray  # per parcel row: its first recorded event (a position in the Timeline's arrays), -1


def _latest(parcel: np.ndarray, event_id: np.ndarray) -> np.ndarray:
    """For events sorted by parcel: at each position, the position of the highest event id among the
    parcel's events up to there (a running maximum that restarts with each parcel)."""
    if not len(parcel):
        return np.zeros(0, np.int32)
    ids = event_id - event_id.min()
    key = parcel.astype(np.int64) * (int(ids.max()) + 1) + ids  # grows from one parcel to the next
    new_max = key == np.maximum.accumulate(key)
    del key
    return _small(np.maximum.accumulate(np.where(new_max, np.arange(len(new_max), dtype=np.int32), 0)))


def _first_recorded(parcel: np.ndarray, event_id: np.ndarray, pick: np.ndarray, n: int) -> np.ndarray:
    """Per parcel row: the position of its lowest event id among ``pick``, -1 when it has none."""
    out = np.full(n, -1, dtype=np.int32)
    if len(pick):
        by_id = pick[np.lexsort((event_id[pick], parcel[pick]))]
        rows, at = np.unique(parcel[by_id], return_index=True)
        out[rows] = by_id[at]
    return out


@dataclass
class Timeline:
    """Every clearance event of a store, read once and sorted for replays (see the module's notes).

    ``parcel`` is each event's row in ``parcel_ids`` (events of parcels not among them are left out). Row
    positions and days are int32: a history of 22.8 million events (ten million parcels) takes about 0.5 GB
    here, and each basis's sort as much again.
    """

    parcel_ids: np.ndarray | pd.Series | pd.Index  # Arrow-backed text stays so (no Python strings)
    parcel: np.ndarray
    event_id: np.ndarray
    happened: np.ndarray  # local day numbers
    recorded: np.ndarray
    from_stage: np.ndarray  # stage codes, -1 for none
    to_stage: np.ndarray
    block: np.ndarray  # +1 blocked, -1 unblocked, 0 neither
    created: np.ndarray  # the import that created the parcel
    note: np.ndarray  # the blocked reasons of the block steps (block > 0), in the order of their positions
    _sorted: dict[tuple[str, str], _Sorted] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.parcel)

    def block_notes(self, positions: np.ndarray) -> np.ndarray:
        """The blocked reason each event at ``positions`` gives (object; None where it blocks nothing)."""
        steps = np.flatnonzero(self.block > 0)  # the events self.note speaks for, in order
        at = np.minimum(np.searchsorted(steps, positions), max(len(steps) - 1, 0))
        ok = (steps[at] == positions) if len(steps) else np.zeros(len(positions), bool)
        out = np.full(len(positions), None, dtype=object)
        out[ok] = self.note[at[ok]]
        return out

    def first_day(self) -> int | None:
        """The earliest day an event happened on (None without events)."""
        ok = self.happened[self.happened >= 0]
        return int(ok.min()) if len(ok) else None

    def days(self, basis: str) -> np.ndarray:
        return self.happened if check_basis(basis) == "happened" else self.recorded

    def sorted(self, basis: str, which: str = "all") -> _Sorted:
        """The events (``all``, stage steps ``step`` or block steps ``block``) in replay order for ``basis``,
        computed once."""
        key = (basis, which)
        if key not in self._sorted:
            days = self.days(basis)
            pick = np.arange(len(self.parcel))
            if which == "block":
                pick = np.flatnonzero(self.block != 0)
            elif which == "step":
                pick = np.flatnonzero((self.from_stage != self.to_stage) | self.created)
            order = pick[np.lexsort((self.event_id[pick], days[pick], self.parcel[pick]))]
            order = _small(order)
            parcel = self.parcel[order]
            n = len(self.parcel_ids)
            total = np.bincount(parcel, minlength=n)
            start = _small(np.concatenate(([0], np.cumsum(total)[:-1])) if n else np.zeros(0, np.int64))
            self._sorted[key] = _Sorted(parcel, days[order], start, _small(total), order,
                                        _latest(parcel, self.event_id[order]),
                                        _first_recorded(self.parcel, self.event_id, pick, n))
        return self._sorted[key]


def build(events: pd.DataFrame | None, parcel_ids) -> Timeline:
    """A :class:`Timeline` of ``events`` (the rows of ``clearance_events``: ``Store.events()``, best in its
    compact form) for the parcels ``parcel_ids`` (in the order of the layer the replays will fill; a column
    of Arrow-backed text is kept as it is, not turned into Python strings)."""
    ids = parcel_ids if isinstance(parcel_ids, (pd.Series, pd.Index)) else np.asarray(parcel_ids, dtype=object)
    if events is None or events.empty:
        events = pd.DataFrame({c: [] for c in ("parcel_id", "event_id", "action", "from_stage", "to_stage", "at",
                                               "recorded_at", "note")})
    row = rows_of(ids, events["parcel_id"])
    keep = row >= 0
    ev = events if keep.all() else events[keep]
    codes, actions = _actions(ev["action"])  # a handful of distinct actions
    tokens = [str(a).split("+") for a in actions]
    block = np.asarray([-1 if "unblocked" in t else 1 if "blocked" in t else 0 for t in tokens], dtype=np.int8)
    block = block[codes] if len(codes) else np.zeros(0, np.int8)
    by_import = np.asarray([str(a).split("+")[0] == CREATED_BY for a in actions], dtype=bool)
    by_import = by_import[codes] if len(codes) else np.zeros(0, bool)
    from_stage = _codes(ev["from_stage"], STAGES)
    if "event_id" in ev:
        event_id = pd.to_numeric(ev["event_id"], errors="coerce").fillna(0).to_numpy(dtype=np.int64)
    else:
        event_id = np.arange(len(ev), dtype=np.int64)
    return Timeline(
        parcel_ids=ids, parcel=_small(row[keep]), event_id=event_id,
        happened=_small(local_days(ev["at"])), recorded=_small(local_days(ev["recorded_at"])),
        from_stage=from_stage, to_stage=_codes(ev["to_stage"], STAGES),
        block=block, created=by_import & (from_stage < 0), note=_block_notes(ev, block),
    )


def _actions(action: pd.Series) -> tuple[np.ndarray, list]:
    """Each event's action as a code into the distinct actions (a missing one as "")."""
    if isinstance(action.dtype, pd.CategoricalDtype):  # a compact history's: its own codes
        names = [str(a) for a in action.cat.categories] + [""]
        codes = action.cat.codes.to_numpy().astype(np.int64)
        return np.where(codes < 0, len(names) - 1, codes), names
    codes, uniq = pd.factorize(action.astype(object).fillna(""))
    return codes, list(uniq)


def _block_notes(ev: pd.DataFrame, block: np.ndarray) -> np.ndarray:
    """Why the events that block a parcel (``block > 0``) block it, in their order: the ``blocked_reason: …``
    of their detail (edits and imports write it), else their note; None when neither says."""
    pick = np.flatnonzero(block > 0)
    note = np.full(len(pick), None, dtype=object)
    if "note" in ev:
        picked = ev["note"].iloc[pick].astype(object)
        note[:] = picked.where(picked.notna(), None).to_numpy(dtype=object)
    if "detail" in ev:
        said = ev["detail"].iloc[pick].astype(object).str.extract(r"blocked_reason: (.*)$", expand=False)
        has = said.notna().to_numpy()
        note[has] = said[has].to_numpy(dtype=object)
    return note


def _before_after(s: _Sorted, day: int) -> tuple[np.ndarray, np.ndarray]:
    """Per parcel row: how many of its events count on ``day`` (a prefix of its sorted events)."""
    counted = np.bincount(s.parcel[s.day <= day], minlength=len(s.total))
    return counted, s.total - counted


@dataclass(frozen=True)
class State:
    """The cadastral parcels on one day (arrays in the order of the parcels layer)."""

    day: date
    basis: str
    exists: np.ndarray  # bool
    stage: np.ndarray  # stage codes
    blocked: np.ndarray  # bool
    stage_since: np.ndarray  # local day number of the last stage step, -1 for none known
    reason: np.ndarray  # object: the blocked reason, None when not blocked

    def stage_names(self) -> np.ndarray:
        return np.asarray(STAGES, dtype=object)[self.stage]


class Now(NamedTuple):
    """The parcels as they stand now, as a replay reads them (:func:`now_of`): arrays in the layer's order."""

    stage: np.ndarray  # int8 stage codes (an unknown stage reads as the first)
    since: np.ndarray  # local day number of the stage date, -1 for none
    blocked: np.ndarray  # bool
    reason: np.ndarray  # object: the blocked reason, None for none


def now_of(current: pd.DataFrame) -> Now:
    """``current``'s ``clearance_stage``, ``stage_since``, ``blocked`` and ``blocked_reason`` as :class:`Now`."""
    stage = _codes(current["clearance_stage"], STAGES).astype(np.int8)
    stage[stage < 0] = 0
    since = local_days(current["stage_since"].astype(object).where(current["stage_since"].notna(), None))
    reason = current["blocked_reason"].to_numpy(dtype=object).copy()
    reason[pd.isna(reason)] = None  # a categorical's missing values are NaN
    return Now(stage, since, current["blocked"].fillna(False).to_numpy(dtype=bool), reason)


def state_on(tl: Timeline, current: pd.DataFrame | Now, day: date | str, basis: str = "happened") -> State:
    """The parcels of ``current`` (the parcels layer now: ``clearance_stage``, ``blocked``, ``blocked_reason``,
    ``stage_since``, or those as :class:`Now`; in ``tl.parcel_ids``' order) as they stood on ``day``, read on
    ``basis``."""
    check_basis(basis)
    when = as_date(day)
    d = day_number(when)
    n = len(tl.parcel_ids)
    now = current if isinstance(current, Now) else now_of(current)
    stage = now.stage.copy()
    since = now.since.copy()
    exists = np.ones(n, dtype=bool)

    s = tl.sorted(basis)
    counted, later = _before_after(s, d)
    has_before = counted > 0
    last = s.order[s.latest[(s.start + counted - 1)[has_before]]]  # the last recorded of those that count
    stage[has_before] = np.maximum(tl.to_stage[last], 0)
    only_later = ~has_before & (later > 0)
    first = s.first[only_later]
    was = tl.from_stage[first]
    stage[only_later] = np.maximum(was, 0)
    exists[np.flatnonzero(only_later)[tl.created[first]]] = False
    # The day of the last recorded step that changed the stage (a creation counts as one), or none known.
    st = tl.sorted(basis, "step")
    st_counted, st_later = _before_after(st, d)
    since = np.where(st_later > 0, -1, since)  # a step still to come: the date it has now is not that day's
    stepped = st_counted > 0
    since[stepped] = tl.days(basis)[st.order[st.latest[(st.start + st_counted - 1)[stepped]]]]

    blocked = now.blocked.copy()
    reason = now.reason.copy()
    b = tl.sorted(basis, "block")
    b_counted, b_later = _before_after(b, d)
    b_before = b_counted > 0
    last_b = b.order[b.latest[(b.start + b_counted - 1)[b_before]]]
    blocked[b_before] = tl.block[last_b] > 0
    reason[np.flatnonzero(b_before)] = tl.block_notes(last_b)
    b_only_later = ~b_before & (b_later > 0)
    first_b = b.first[b_only_later]
    blocked[b_only_later] = tl.block[first_b] < 0
    reason[np.flatnonzero(b_only_later)] = None
    blocked &= exists
    reason[~blocked] = None
    return State(when, basis, exists, stage, blocked, since, reason)


#: A part of a history: the rows of the parcels layer it covers (a slice) and the :class:`Timeline` of their
#: events (its ``parcel_ids`` are those rows' ids, in their order). A whole Timeline is one piece.
Piece = tuple[slice, Timeline]


def pieces_of(history: Timeline | Iterable[Piece]) -> Iterable[Piece]:
    """``history`` as pieces: a whole :class:`Timeline` is one, over all its parcels."""
    if isinstance(history, Timeline):
        return [(slice(0, len(history.parcel_ids)), history)]
    return history


def states_on(history: Timeline | Iterable[Piece], current: pd.DataFrame, days: Iterable[date | str],
              basis: str = "happened") -> list[State]:
    """:func:`state_on` for each of ``days``, in one pass over ``history`` (a :class:`Timeline` or its pieces,
    which are read once, in turn): each piece replayed over its rows of ``current``, the states put together
    in ``current``'s order (:func:`joined`). The same states as a whole Timeline gives, parcel for parcel."""
    check_basis(basis)
    whens = [as_date(d) for d in days]
    parts: list[list[tuple[slice, State]]] = [[] for _ in whens]
    for rows, piece in pieces_of(history):
        here = current.iloc[rows]
        for part, when in zip(parts, whens):
            part.append((rows, state_on(piece, here, when, basis)))
    return [joined(part, len(current), when, basis) for part, when in zip(parts, whens)]


def joined(parts: list[tuple[slice, State]], n: int, day: date, basis: str) -> State:
    """The states of the pieces of a history (each over its rows) as one state of ``n`` parcels."""
    if len(parts) == 1 and parts[0][0] == slice(0, n):
        return parts[0][1]
    arrays = {"exists": np.ones(n, dtype=bool), "stage": np.zeros(n, dtype=np.int8),
              "blocked": np.zeros(n, dtype=bool), "stage_since": np.full(n, -1, dtype=np.int64),
              "reason": np.full(n, None, dtype=object)}
    for rows, state in parts:
        for name, values in arrays.items():
            values[rows] = getattr(state, name)
    return State(as_date(day), basis, **arrays)


def parcels_on(parcels: pd.DataFrame, state: State, *, compact: bool = False) -> pd.DataFrame:
    """The parcels layer as it stood on the state's day: the parcels that existed, with their stage, blocked
    flag, reason and stage date of that day (a new frame; geometry and every other field as they are now).
    ``compact``: the stage and the stage date as categoricals (a million dates are a few thousand distinct
    ones, not a million strings)."""
    out = parcels.copy(deep=False)
    out["blocked"] = state.blocked
    out["blocked_reason"] = state.reason
    if compact:
        out["clearance_stage"] = pd.Categorical.from_codes(state.stage.astype(np.int8),
                                                           categories=pd.Index(list(STAGES), dtype=object))
        days, code = np.unique(state.stage_since, return_inverse=True)
        names = days.astype("datetime64[D]").astype(str).astype(object)
        known = days >= 0
        code = np.where(known[code], code - (~known).sum(), -1)  # -1 (no date) sorts first
        out["stage_since"] = pd.Categorical.from_codes(code.astype(np.int32),
                                                       categories=pd.Index(names[known], dtype=object))
        return out[state.exists]
    out["clearance_stage"] = state.stage_names()
    since = state.stage_since.astype("datetime64[D]").astype(str).astype(object)
    since[state.stage_since < 0] = None
    out["stage_since"] = since
    return out[state.exists]


def plots_on(births: pd.DataFrame | None, plot_ids, day: date | str, basis: str = "happened") -> np.ndarray:
    """Which plots (``plot_ids``, a bool array in their order) existed on ``day``: all but those an import
    created after it (``births``: ``Store.plot_births()``, the day on ``basis``)."""
    ids = np.asarray(plot_ids, dtype=object)
    out = np.ones(len(ids), dtype=bool)
    if births is None or births.empty:
        return out
    days = local_days(births["at" if check_basis(basis) == "happened" else "recorded_at"])
    first = pd.Series(days).groupby(births["plot_id"].to_numpy(dtype=object)).min()
    late = first[first > day_number(day)].index
    out[pd.Index(ids).isin(late)] = False
    return out


_LEASE = re.compile(r"lease_status: (\w+) → (\w+)")
_UTILITY = re.compile(r"utility_(\w+): (yes|no)")


def plot_offers_on(edits: pd.DataFrame | None, plots: pd.DataFrame, day: date | str) -> pd.DataFrame:
    """What each plot offered on ``day`` (``lease_status`` and the ``utility_*`` flags, a new frame like
    ``plots``), replayed from its recorded edits (``edits``: ``Store.plot_edits()``; the audit log says
    ``lease_status: available → leased; utility_water: yes``). A plot edit has no date of its own: it counts
    from the day it was recorded, on both bases. A field a plot's edits never changed is what it is now;
    before its first change, it is what that change changed it from."""
    cols = ["lease_status", *(c for c in plots.columns if c.startswith("utility_"))]
    if edits is None or edits.empty:
        return plots[cols].copy()
    values = {c: plots[c].to_numpy(dtype=object).copy() for c in cols}
    d = day_number(day)
    row = pd.Index(plots["id"].to_numpy(dtype=object)).get_indexer(pd.Index(edits["plot_id"].to_numpy(dtype=object)))
    days = local_days(edits["at"])
    order = np.lexsort((np.arange(len(edits)), days))  # in the order they were recorded
    settled: dict[tuple[int, str], bool] = {}  # (row, field) -> a value on or before the day is set
    before: dict[tuple[int, str], object] = {}  # the value before the first change after the day
    for i in order:
        r = int(row[i])
        if r < 0:
            continue
        text = str(edits["detail"].iat[i] or "")
        changes: list[tuple[str, object, object]] = [("lease_status", a, b) for a, b in _LEASE.findall(text)]
        changes += [(f"utility_{u}", v != "yes", v == "yes") for u, v in _UTILITY.findall(text)]
        for col, old, new in changes:
            if col not in values:
                continue
            if days[i] <= d:
                settled[r, col] = True
                values[col][r] = new
            elif (r, col) not in settled and (r, col) not in before:
                before[r, col] = old
    for (r, col), old in before.items():
        values[col][r] = old
    out = pd.DataFrame(values, index=plots.index)
    for c in cols:  # the layer's own types (bool flags stay bool)
        out[c] = out[c].astype(plots[c].dtype)
    return out


# ------------------------------------------------------------------ between two dates
#: What happened to a parcel between two dates, in the order the change view lists them.
CHANGES = ("handed_over", "advanced", "moved_back", "newly_blocked", "unblocked", "new", "unchanged")


def changes_between(before: State, after: State) -> pd.DataFrame:
    """Per parcel row (``row``), what changed from ``before`` to ``after``: ``change`` (one of :data:`CHANGES`,
    the first that applies), the stage on each date and whether it was blocked. Parcels that exist on neither
    date are left out."""
    seen = before.exists | after.exists
    was, now = before.stage, after.stage
    change = np.full(len(was), "unchanged", dtype=object)
    change[(now > was)] = "advanced"
    change[(now < was)] = "moved_back"
    change[(now == _HANDED) & (was != _HANDED)] = "handed_over"
    quiet = change == "unchanged"
    change[quiet & after.blocked & ~before.blocked] = "newly_blocked"
    change[quiet & ~after.blocked & before.blocked & after.exists] = "unblocked"
    change[after.exists & ~before.exists] = "new"
    rows = np.flatnonzero(seen)
    names = np.asarray(STAGES, dtype=object)
    return pd.DataFrame({
        "row": rows,
        "change": change[rows],
        "stage_before": np.where(before.exists[rows], names[was[rows]], None),
        "stage_after": np.where(after.exists[rows], names[now[rows]], None),
        "blocked_before": before.blocked[rows], "blocked_after": after.blocked[rows],
        "newly_blocked": (after.blocked & ~before.blocked)[rows],
        "unblocked": (before.blocked & ~after.blocked)[rows],
    })


#: The per-zone hectares of :func:`change_by_zone` (summed before they are rounded) and its counts.
CHANGE_HA = ("handed_over_ha_before", "handed_over_ha_after")
CHANGE_COUNTS = ("moved_stage", "newly_blocked", "unblocked", "new")
#: The zone key of parcels in no zone.
OUTSIDE = "_outside"


class ChangeSums:
    """:func:`change_by_zone`'s figures of parcels given a part at a time (:meth:`add`, in their order), and
    how many parcels changed per zone. Each zone's hectares add its parcels' one by one in their order
    (``np.add.at``), so the figures are the same to the last bit however the parcels are cut into parts;
    only the zones' totals are kept from one part to the next."""

    def __init__(self) -> None:
        self.keys: dict[str, int] = {}
        self.ha = {c: np.zeros(0) for c in CHANGE_HA}
        self.counts = {c: np.zeros(0, dtype=np.int64) for c in (*CHANGE_COUNTS, "changed")}

    def add(self, zone_id, changes: pd.DataFrame, recovered_ha: np.ndarray) -> None:
        """The parcels of a part: their zones (``zone_id``, per row of the part), their
        :func:`changes_between` and their recovered hectares (per row of the part)."""
        rows = changes["row"].to_numpy(dtype=np.int64)
        zone = np.asarray(zone_id, dtype=object)[rows]
        zone[pd.isna(zone)] = OUTSIDE
        code, keys = pd.factorize(zone)
        known = np.asarray([self.keys.setdefault(str(k), len(self.keys)) for k in keys], dtype=np.int64)
        at = known[code] if len(code) else np.zeros(0, dtype=np.int64)
        grow = len(self.keys)
        for name, values in (*self.ha.items(), *self.counts.items()):
            if len(values) < grow:
                (self.ha if name in self.ha else self.counts)[name] = np.concatenate(
                    [values, np.zeros(grow - len(values), dtype=values.dtype)])
        ha = recovered_ha[rows]
        was = changes["stage_before"].to_numpy(dtype=object)
        now = changes["stage_after"].to_numpy(dtype=object)
        np.add.at(self.ha["handed_over_ha_before"], at, (was == "handed_over") * ha)
        np.add.at(self.ha["handed_over_ha_after"], at, (now == "handed_over") * ha)
        change = changes["change"].to_numpy(dtype=object)
        flags = {"moved_stage": (was != now) & changes["stage_before"].notna().to_numpy(),
                 "newly_blocked": changes["newly_blocked"].to_numpy(dtype=bool),
                 "unblocked": changes["unblocked"].to_numpy(dtype=bool),
                 "new": change == "new", "changed": change != "unchanged"}
        for name, flag in flags.items():
            self.counts[name] += np.bincount(at[flag], minlength=grow)

    def _order(self) -> tuple[np.ndarray, np.ndarray]:
        keys = np.asarray(list(self.keys), dtype=object)
        return keys, np.argsort(keys, kind="stable") if len(keys) else np.zeros(0, dtype=np.int64)

    def table(self) -> pd.DataFrame:
        """:func:`change_by_zone`'s table: a row per zone key, sorted, the hectares rounded to 2 decimals."""
        keys, order = self._order()
        out = pd.DataFrame({"zone_id": keys[order]})
        for c in CHANGE_HA:
            out[c] = self.ha[c][order]
        for c in CHANGE_COUNTS:
            out[c] = self.counts[c][order].astype(int)
        out["handed_over_ha_change"] = out["handed_over_ha_after"] - out["handed_over_ha_before"]
        for c in (*CHANGE_HA, "handed_over_ha_change"):
            out[c] = out[c].round(2)
        return out

    def changed(self) -> dict[str, int]:
        """How many parcels changed, per zone key (zones with some)."""
        keys, order = self._order()
        counts = self.counts["changed"]
        return {str(keys[i]): int(counts[i]) for i in order if counts[i]}


def change_by_zone(parcels: pd.DataFrame, changes: pd.DataFrame, recovered_ha: np.ndarray) -> pd.DataFrame:
    """Per zone of the parcels: hectares handed over on each date and the difference, parcels that moved stage,
    newly blocked and unblocked parcels, new parcels (the zones' own parcels; parents are not summed; parcels
    of no zone under ``_outside``). :func:`changes_of` gives the same table a range of parcels at a time."""
    sums = ChangeSums()
    sums.add(parcels["zone_id"], changes, recovered_ha)
    return sums.table()


#: At most this many changed parcels are listed (:func:`changes_of`): the largest by area.
CHANGE_LIST_MAX = 20_000
#: The parcel fields :func:`changes_of` reads (``geo.replay.parcel_pieces``): the replay's, the hectares, and
#: what the list and the map of the changed parcels show.
CHANGE_COLUMNS = ("zone_id", "clearance_stage", "blocked", "blocked_reason", "stage_since", "recovered_m2",
                  "area_m2", "sheet_no", "parcel_no")
#: The event fields its replay reads: not who, nor the notes (a change shows no blocked reason).
CHANGE_EVENT_COLUMNS = ("event_id", "parcel_id", "action", "from_stage", "to_stage", "at", "recorded_at")
#: The fields of a kept changed parcel: its row among all the parcels (store order), its own fields, and
#: :func:`changes_between`'s.
CHANGED_COLUMNS = ("row", "id", "sheet_no", "parcel_no", "zone_id", "area_m2", "change", "stage_before",
                   "stage_after", "blocked_before", "blocked_after")


@dataclass(frozen=True)
class Change:
    """The change between two dates (:func:`changes_of`): the figures per zone, the largest changed parcels,
    and how many changed in all, per kind and per zone."""

    zones: pd.DataFrame  # change_by_zone's table
    changed: pd.DataFrame  # the kept changed parcels (CHANGED_COLUMNS), in store order
    total: int  # changed parcels in all
    kinds: dict[str, int]  # changed parcels per kind of change (CHANGES but "unchanged")
    by_zone: dict[str, int]  # changed parcels per zone key (OUTSIDE: in no zone)

    @property
    def capped(self) -> bool:
        """Whether some changed parcels are not among :attr:`changed`."""
        return len(self.changed) < self.total

    def count_in(self, zones: Iterable[str]) -> int:
        """How many parcels of these zones changed."""
        return sum(self.by_zone.get(z, 0) for z in set(zones))


def _largest(rows: pd.DataFrame, keep: int | None) -> pd.DataFrame:
    """The ``keep`` largest of ``rows`` by area (a missing area as the smallest; a tie: the first in store
    order), in store order."""
    if keep is not None and len(rows) > keep:
        area = rows["area_m2"].to_numpy(dtype=float)
        size = np.where(np.isnan(area), -np.inf, area)
        rows = rows.iloc[np.lexsort((rows["row"].to_numpy(), -size))[:keep]]
    return rows.iloc[np.argsort(rows["row"].to_numpy(), kind="stable")].reset_index(drop=True)


def _changed_rows(parcels: pd.DataFrame, changes: pd.DataFrame, offset: int, keep: int | None) -> pd.DataFrame:
    """The changed parcels of a part (at most the ``keep`` largest), :data:`CHANGED_COLUMNS`' frame."""
    moved = changes[changes["change"].to_numpy(dtype=object) != "unchanged"]
    rows = moved["row"].to_numpy(dtype=np.int64)
    area = (parcels["area_m2"].to_numpy(dtype=float, na_value=np.nan)[rows] if "area_m2" in parcels
            else np.full(len(rows), np.nan))
    if keep is not None and len(rows) > keep:  # the part's largest first: the rest can't be among the kept
        pick = np.sort(np.lexsort((rows, -np.where(np.isnan(area), -np.inf, area)))[:keep])
        moved, rows, area = moved.iloc[pick], rows[pick], area[pick]

    def text(values) -> np.ndarray:
        values = np.asarray(values, dtype=object).copy()
        values[pd.isna(values)] = None
        return values

    out = {"row": rows + offset, **{c: text(parcels[c].to_numpy(dtype=object)[rows]) if c in parcels else
                                    np.full(len(rows), None, dtype=object)
                                    for c in ("id", "sheet_no", "parcel_no", "zone_id")},
           "area_m2": area,
           **{c: text(moved[c].to_numpy(dtype=object)) for c in ("change", "stage_before", "stage_after")},
           **{c: moved[c].to_numpy(dtype=bool) for c in ("blocked_before", "blocked_after")}}
    # the texts as Python objects whatever they hold (pandas would make a column of strings Arrow's, but not
    # one of only None): the same frame however the parcels are cut
    return pd.DataFrame({c: pd.Series(v, dtype=object) if v.dtype == object else v for c, v in out.items()},
                        columns=list(CHANGED_COLUMNS))


def changes_of(parts: Iterable[tuple[pd.DataFrame, Timeline]], a: date | str, b: date | str,
               basis: str = "happened", keep: int | None = CHANGE_LIST_MAX) -> Change:
    """The change from ``a`` to ``b`` of the parcels given a part at a time, in store order: each part's fields
    (at least :data:`CHANGE_COLUMNS`' replay fields, ``zone_id``, ``recovered_m2`` and ``area_m2``) with the
    Timeline of its events (:func:`geo.replay.parcel_pieces` reads them from a store a range of parcels at a
    time; a whole register with its whole Timeline is one part). Per part: :func:`states_on` on both dates,
    :func:`changes_between`, the zones' sums (:class:`ChangeSums`: :func:`change_by_zone`'s table, to the last
    bit) and the part's changed parcels merged into the ``keep`` largest by area held so far (None: all of
    them). Only those and the sums outlive a part."""
    from .aggregates import recovered_ha

    check_basis(basis)
    days = [as_date(a), as_date(b)]
    sums = ChangeSums()
    kinds = np.zeros(len(CHANGES), dtype=np.int64)
    held: list[pd.DataFrame] = []
    offset = 0
    for parcels, piece in parts:
        before, after = states_on(piece, parcels, days, basis)
        changes = changes_between(before, after)
        sums.add(parcels["zone_id"], changes, recovered_ha(parcels))
        code = pd.Index(CHANGES).get_indexer(pd.Index(changes["change"].to_numpy(dtype=object)))
        kinds += np.bincount(code, minlength=len(CHANGES))
        held = [_largest(pd.concat([*held, _changed_rows(parcels, changes, offset, keep)], ignore_index=True), keep)]
        offset += len(parcels)
    if not held:  # no parts: no parcels
        none = State(days[0], basis, np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int8), np.zeros(0, dtype=bool),
                     np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object))
        held = [_changed_rows(pd.DataFrame({"id": []}), changes_between(none, none), 0, keep)]
    changed = held[0]
    counts = {c: int(n) for c, n in zip(CHANGES, kinds) if c != "unchanged"}
    return Change(sums.table(), changed, sum(counts.values()), counts, sums.changed())
