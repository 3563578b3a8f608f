"""Clearance pace and a forecast of when each zone's remaining land will be handed over, against targets.

From the replayable history (:mod:`geo.timeline`), per zone (its sub-zones counted in it, as in the land
fund):

- **pace**: the recovered hectares handed over per month, as a monthly series and averaged over trailing
  windows of 3, 6 and 12 months (a parcel moved back from "handed over" counts against its month);
- **stage durations**: the median days the zone's parcels spent in each stage before their next step
  (parcels still in a stage are not counted: their time there is not over);
- **forecast**: the date the zone's remaining recoverable land (recovered area of its parcels not yet
  handed over) will be handed over, with an 80 % interval. Months are drawn at random, with replacement,
  from the zone's last 12 months of handovers, until they add up to what remains (:data:`DRAWS` runs, a
  fixed seed): the median run gives the expected date, the 10th and 90th percentiles the interval. With
  nothing handed over in those 12 months there is no pace and no forecast;
- **target**: the handed-over area a zone should reach by a date. A planner may set one per zone
  (:mod:`geo.store.targets`); otherwise it is all of the zone's recoverable land by the plan's horizon,
  :data:`PLAN_HORIZON` (Thanh Hóa's industrial development plan to 2030). The status says whether the
  forecast reaches it in time: ``met``, ``on_track`` (the expected date is in time, and so is the late end
  of the interval), ``at_risk`` (the expected date is in time, the late end is not), ``behind``, or
  ``no_pace``.

``geo forecast`` and the app's forecast page call :func:`forecast`; the back-test bench calls it as of each
past quarter (``bench/forecast.py``). A forecast reads per zone sums only, so it needs no parcel's fields
once its range has been replayed (issue #17): :func:`replay_parts` goes once over the parcels a range at a time
(their fields with the Timeline of their events: :func:`geo.replay.parcel_pieces`, :func:`replay_store`) and
keeps what a forecast reads (:class:`Replayed`: each zone's recoverable and handed-over hectares on the day,
the hectares handed over per zone and month, the time spent in each stage counted per zone, stage and number
of days). :func:`replay` does the same over a whole Timeline or its pieces with every parcel's fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from . import timeline as tl
from .errors import NotFoundError
from .landfund import FUND_ON_COLUMNS, FUND_ON_EVENT_COLUMNS, ancestors, recovered_ha, zone_parents
from .stages import STAGES

#: The plan's horizon: the default target is every zone's recoverable land handed over by then.
PLAN_HORIZON = date(2030, 12, 31)
WINDOWS = (3, 6, 12)
#: Months of history the forecast draws from, and how many runs it makes.
SAMPLE_MONTHS = 12
DRAWS = 2000
#: The longest forecast: beyond this many months a zone is reported as not forecastable.
MAX_MONTHS = 600
_DAYS_PER_MONTH = 365.25 / 12
STATUSES = ("met", "on_track", "at_risk", "behind", "no_pace")
_HANDED = STAGES.index("handed_over")
#: The parcel fields (``id`` comes along) and event fields a forecast reads: a replay's, as the land fund's.
FORECAST_COLUMNS = FUND_ON_COLUMNS
FORECAST_EVENT_COLUMNS = FUND_ON_EVENT_COLUMNS
#: The zone fields a forecast reads (``id`` comes along).
FORECAST_ZONE_COLUMNS = ("parent_id",)


@dataclass(frozen=True)
class Target:
    """A zone's target: ``area_ha`` handed over by ``due``; ``by``/``at`` say who set it (None: the plan's)."""

    area_ha: float | None
    due: date
    by: str | None = None
    at: str | None = None


def _month_index(days: np.ndarray) -> np.ndarray:
    d = days.astype("datetime64[D]")
    return d.astype("datetime64[M]").astype(np.int64)


def handovers(timeline: tl.Timeline | Iterable[tl.Piece], parcels: pd.DataFrame, day: date,
              basis: str = "happened") -> pd.DataFrame:
    """Every step into or out of "handed over" counted on ``day``: ``row`` (parcel), ``day`` and ``ha``
    (+ the parcel's recovered area when it was handed over, - when it moved back), and its ``event_id``; in the
    order the history holds them (by event id, when it comes in pieces). One row per step: for a whole
    history's back-test (``bench/forecast.py``); a forecast keeps only their sums (:func:`replay`)."""
    when = tl.as_date(day)
    tl.check_basis(basis)
    moves = []
    for rows, piece in tl.pieces_of(timeline):
        m = _handovers(piece, parcels.iloc[rows], when, basis)
        m["row"] += rows.start or 0
        moves.append(m)
    if not moves:  # no piece: no parcel
        moves = [_handovers(tl.build(None, parcels["id"]), parcels, when, basis)]
    moved = pd.concat(moves, ignore_index=True)
    if len(moves) > 1:  # back in the history's order, as one Timeline gives them
        moved = moved.sort_values("event_id", kind="mergesort", ignore_index=True)
    return moved


def _handovers(timeline: tl.Timeline, parcels: pd.DataFrame, day: date, basis: str) -> pd.DataFrame:
    """:func:`handovers` of one whole Timeline (``parcels``: its rows)."""
    d = tl.day_number(day)
    days = timeline.days(basis)
    into = (timeline.to_stage == _HANDED) & (timeline.from_stage != _HANDED)
    out_of = (timeline.from_stage == _HANDED) & (timeline.to_stage != _HANDED)
    pick = np.flatnonzero((into | out_of) & (days <= d) & (days >= 0))
    ha = recovered_ha(parcels)[timeline.parcel[pick]]
    return pd.DataFrame({"row": timeline.parcel[pick].astype(np.int64), "day": days[pick],
                         "ha": np.where(into[pick], ha, -ha), "event_id": timeline.event_id[pick]})


class _ZoneSums:
    """Hectares summed per zone, and per zone and calendar month, over parcels given a part at a time in their
    order. Each total adds its values one by one in the order they come (``np.add.at``, as
    :class:`geo.aggregates.RunningSums` does), so the totals are the same to the last bit wherever the parts
    split; only the totals are kept. Parcels of no zone are left out."""

    def __init__(self) -> None:
        self.zones: dict[str, int] = {}
        self.own = np.zeros((0, 2))  # per zone: recoverable ha, handed-over ha
        self.slots: dict[int, int] = {}  # zone code << 32 | month -> position in self.month_ha
        self.month_ha = np.zeros(0)

    def codes(self, zone_of: np.ndarray) -> np.ndarray:
        """Each parcel's zone code (-1: no zone), new zones numbered as they come."""
        code, keys = pd.factorize(zone_of)
        known = np.asarray([self.zones.setdefault(str(k), len(self.zones)) for k in keys], dtype=np.int64)
        out = known[code] if len(keys) else np.zeros(len(code), dtype=np.int64)
        out[code < 0] = -1
        if len(self.own) < len(self.zones):
            self.own = np.concatenate([self.own, np.zeros((len(self.zones) - len(self.own), 2))])
        return out

    def add_own(self, code: np.ndarray, ha: np.ndarray, handed: np.ndarray) -> None:
        ok = code >= 0
        np.add.at(self.own[:, 0], code[ok], ha[ok])
        np.add.at(self.own[:, 1], code[ok], handed[ok])

    def add_months(self, code: np.ndarray, month: np.ndarray, ha: np.ndarray) -> None:
        ok = code >= 0
        key = (code[ok] << 32) | month[ok]
        keys, at = np.unique(key, return_inverse=True)
        slot = np.asarray([self.slots.setdefault(int(k), len(self.slots)) for k in keys], dtype=np.int64)
        if len(self.month_ha) < len(self.slots):
            self.month_ha = np.concatenate([self.month_ha, np.zeros(len(self.slots) - len(self.month_ha))])
        np.add.at(self.month_ha, slot[at.reshape(-1)], ha[ok])

    def own_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.own, index=pd.Index(list(self.zones), dtype=object, name="zone"),
                            columns=["ha", "handed"])

    def monthly_frame(self) -> pd.DataFrame:
        if not self.slots:
            return pd.DataFrame(index=pd.Index([], dtype=object, name="zone"), dtype=float)
        names = np.asarray(list(self.zones), dtype=object)
        keys = np.fromiter(self.slots, dtype=np.int64, count=len(self.slots))
        index = pd.MultiIndex.from_arrays([names[keys >> 32], keys & 0xFFFFFFFF], names=["zone", "month"])
        table = pd.Series(self.month_ha, index=index, dtype=float).unstack("month").fillna(0.0)
        return table.sort_index(axis=1)


@dataclass(frozen=True)
class Replayed:
    """What a forecast reads of a history on one day, kept per zone from one pass over the parcels a part at a
    time (:func:`replay_parts`), each zone's own parcels only (sub-zones are added by the readers):

    - ``own``: per zone (the index), the recovered hectares of its parcels that existed that day (``ha``) and
      of those handed over (``handed``);
    - ``monthly``: per zone and calendar month (columns: months since 1970-01), the hectares handed over, less
      those moved back (the sums of :func:`handovers`' ``ha``);
    - ``spells``: the days parcels spent in a stage before their next step, counted per zone, stage and
      number of days (:func:`_spells`).

    A few thousand numbers, whatever the number of parcels."""

    day: date
    basis: str
    own: pd.DataFrame
    monthly: pd.DataFrame
    spells: pd.DataFrame


def replay_parts(parts: Iterable[tuple[pd.DataFrame, tl.Timeline]], day: date | str,
                 basis: str = "happened") -> Replayed:
    """One pass over the parcels given a part at a time, in their order (each part's fields, at least
    :data:`FORECAST_COLUMNS`, with the Timeline of its events: :func:`geo.replay.parcel_pieces`), for what
    :func:`forecast`, the pace and the stage durations read on ``day``: each part is replayed, and only the
    zones' sums kept from one part to the next. The same numbers, to the last bit, wherever the parts split."""
    when = tl.as_date(day)
    tl.check_basis(basis)
    sums = _ZoneSums()
    spent: pd.DataFrame | None = None
    for parcels, piece in parts:
        state = tl.state_on(piece, parcels, when, basis)
        zone_of = parcels["zone_id"].to_numpy(dtype=object)
        code = sums.codes(zone_of)
        ha = recovered_ha(parcels) * state.exists
        sums.add_own(code, ha, ha * (state.stage == _HANDED))
        moves = _handovers(piece, parcels, when, basis)
        # By parcel, then event: the order a whole history's moves come in too, so the sums add up alike.
        order = np.lexsort((moves["event_id"].to_numpy(), moves["row"].to_numpy()))
        row = moves["row"].to_numpy()[order]
        sums.add_months(code[row], _month_index(moves["day"].to_numpy()[order]), moves["ha"].to_numpy()[order])
        spells = _spells(piece, zone_of, when, basis)
        spent = spells if spent is None else _added(spent, spells)
    if spent is None:  # no part: no parcel
        spent = _spells(tl.build(None, []), np.zeros(0, dtype=object), when, basis)
    return Replayed(when, basis, sums.own_frame(), sums.monthly_frame(), spent)


def _added(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Two sets of :func:`_spells`' counts added up per zone, stage and number of days."""
    both = pd.concat([a, b], ignore_index=True)
    return both.groupby(["zone", "stage", "days"], sort=True)["count"].sum().reset_index()


def replay(history: tl.Timeline | Iterable[tl.Piece], parcels: pd.DataFrame, day: date | str,
           basis: str = "happened") -> Replayed:
    """:func:`replay_parts` of ``history`` (a whole Timeline or its pieces) over ``parcels`` (in the history's
    ``parcel_ids``' order), each piece with its rows."""
    return replay_parts(((parcels.iloc[rows], piece) for rows, piece in tl.pieces_of(history)), day, basis)


def replay_store(store, day: date | str, basis: str = "happened") -> Replayed:
    """:func:`replay_parts` of a store's parcels and history, read a range of parcels at a time
    (:func:`geo.replay.parcel_pieces`): what ``geo forecast`` and the app's forecast tab read, without every
    parcel's fields in memory at once (issue #17)."""
    from . import replay as stored  # not at the top: geo.store imports this module (Target)

    return replay_parts(stored.parcel_pieces(store, FORECAST_COLUMNS, FORECAST_EVENT_COLUMNS), day, basis)


def _replayed(history: tl.Timeline | Iterable[tl.Piece] | Replayed, parcels: pd.DataFrame | None, day: date,
              basis: str) -> Replayed:
    """``history`` replayed on ``day`` (:func:`replay`), or as it is when it is that already."""
    if isinstance(history, Replayed):
        if history.day != tl.as_date(day) or history.basis != tl.check_basis(basis):
            raise ValueError(f"replayed on {history.day} ({history.basis}), asked for {day} ({basis})")
        return history
    if parcels is None:
        raise ValueError("a replay needs the parcels of the history")
    return replay(history, parcels, day, basis)


def _members(zones: pd.DataFrame) -> dict[str, list[str]]:
    """Each zone and the zones inside it."""
    out: dict[str, list[str]] = {z: [] for z in zones["id"]}
    for z, chain in ancestors(zone_parents(zones)).items():
        for a in chain:
            out[a].append(z)
    return out


def monthly_pace(past: Replayed, zones: pd.DataFrame, months: int = SAMPLE_MONTHS) -> pd.DataFrame:
    """Hectares handed over per calendar month, the ``months`` whole months before the replayed day's month and
    that month so far (columns ``YYYY-MM``), one row per zone with its sub-zones, from what :func:`replay`
    kept (``past``)."""
    last = _month_index(np.array([tl.day_number(past.day)]))[0]
    first = last - months
    table = past.monthly.reindex(columns=range(first, last + 1), fill_value=0.0)
    members = _members(zones)
    rows = {z: table.reindex(m).fillna(0.0).sum().to_numpy() for z, m in members.items()}
    labels = [str(np.datetime64(int(first + i), "M")) for i in range(months + 1)]
    return pd.DataFrame.from_dict(rows, orient="index", columns=labels).round(4)


def _spells(timeline: tl.Timeline, zone_of: np.ndarray, day: date, basis: str) -> pd.DataFrame:
    """The days the parcels of ``timeline`` (``zone_of``: their zones) spent in a stage before their next step,
    from the steps counted on ``day``, counted per ``zone``, ``stage`` (the stage left) and number of ``days``
    (``count``): a few thousand rows whatever the number of steps, and sums of pieces add up."""
    s = timeline.sorted(basis)
    d = tl.day_number(day)
    steps = (timeline.from_stage != timeline.to_stage) & (timeline.to_stage >= 0)
    order = s.order[steps[s.order] & (s.day <= d) & (s.day >= 0)]
    parcel = timeline.parcel[order]
    days = timeline.days(basis)[order]
    same = parcel[1:] == parcel[:-1]
    spent = (days[1:] - days[:-1])[same].astype(np.int64)
    stage = timeline.to_stage[order][:-1][same].astype(np.int64)  # the stage entered by the earlier step
    zone = pd.Series(np.asarray(zone_of, dtype=object)[parcel[:-1][same]], dtype=object)
    frame = pd.DataFrame({"zone": zone, "stage": stage, "days": spent})
    return frame.groupby(["zone", "stage", "days"], sort=True).size().rename("count").reset_index()


def _median_days(spells: pd.DataFrame, zones: pd.DataFrame) -> pd.DataFrame:
    """Per zone (sub-zones included) and stage, the median of the ``spells``' days (:func:`_spells`), as a
    median over every spell: the middle one, or the mean of the middle two."""
    # Each count goes to its zone and to every zone above it.
    chains = ancestors(zone_parents(zones))
    reps = [chains.get(z, []) for z in spells["zone"]]
    times = np.asarray([len(r) for r in reps], dtype=np.int64)
    take = np.repeat(np.arange(len(spells)), times)
    frame = pd.DataFrame({"zone": np.asarray([a for r in reps for a in r], dtype=object),
                          "stage": spells["stage"].to_numpy(dtype=np.int64)[take],
                          "days": spells["days"].to_numpy(dtype=np.int64)[take],
                          "count": spells["count"].to_numpy(dtype=np.int64)[take]})
    frame = frame.groupby(["zone", "stage", "days"], sort=True)["count"].sum().reset_index()
    keys = [frame["zone"], frame["stage"]]
    count = frame["count"]
    upto = count.groupby(keys).cumsum()
    total = count.groupby(keys).transform("sum")
    value = frame["days"].astype(float)

    def at(k: pd.Series) -> pd.Series:  # the k-th smallest day count (1-based) of each group
        return value.where((upto >= k) & (upto - count < k)).groupby(keys).max()

    med = ((at((total + 1) // 2) + at(total // 2 + 1)) / 2).unstack() if len(frame) else pd.DataFrame()
    med = med.reindex(index=list(zones["id"]), columns=range(len(STAGES) - 1))
    med.columns = list(STAGES[:-1])
    return med.astype(float)


def stage_days(history: tl.Timeline | Iterable[tl.Piece] | Replayed, parcels: pd.DataFrame | None,
               zones: pd.DataFrame, day: date, basis: str = "happened") -> pd.DataFrame:
    """The median days a zone's parcels (sub-zones included) spent in each stage before their next step,
    from the steps counted on ``day`` (rows: zones; columns: stages but the last; NaN where none finished).
    ``history`` and ``parcels`` as :func:`forecast` takes them."""
    return _median_days(_replayed(history, parcels, day, basis).spells, zones)


def months_to(amount: float, sample: np.ndarray, draws: int = DRAWS, seed: int = 2030) -> np.ndarray | None:
    """Months needed to hand over ``amount`` hectares, in ``draws`` runs that draw each month from ``sample``
    (with replacement); None when the sample has no handover. Fractions of the last month are interpolated;
    runs that need more than MAX_MONTHS give inf."""
    sample = np.clip(np.asarray(sample, dtype=float), 0.0, None)
    if amount <= 0:
        return np.zeros(draws)
    if not (sample > 0).any():
        return None
    rng = np.random.default_rng(seed)
    out = np.full(draws, np.inf)
    done = np.zeros(draws)
    todo = np.arange(draws)
    step = 60
    for start in range(0, MAX_MONTHS, step):
        drawn = rng.choice(sample, size=(len(todo), step))
        cum = done[todo, None] + np.cumsum(drawn, axis=1)
        hit = cum >= amount
        reached = hit.any(axis=1)
        k = np.argmax(hit, axis=1)
        r = np.flatnonzero(reached)
        before = np.where(k[r] > 0, cum[r, k[r] - 1], done[todo[r]])
        frac = (amount - before) / drawn[r, k[r]]
        out[todo[r]] = start + k[r] + frac
        done[todo] = cum[:, -1]
        todo = todo[~reached]
        if not len(todo):
            break
    return out


def _add_months(day: date, months: float) -> date | None:
    if not np.isfinite(months):
        return None
    return tl.day_date(tl.day_number(day) + int(round(months * _DAYS_PER_MONTH)))


def status(handed: float, target: Target, expected: date | None, late: date | None) -> str:
    if target.area_ha is not None and handed >= target.area_ha - 0.005:  # within the 0.01 ha shown
        return "met"
    if expected is None:
        return "no_pace"
    if expected > target.due:
        return "behind"
    return "on_track" if late is not None and late <= target.due else "at_risk"


def check_zone(zones: pd.DataFrame, zone: str | None) -> None:
    """Raise NotFoundError when ``zone`` (None: every zone) is not a zone of ``zones``."""
    if zone is not None and zone not in set(zones["id"]):
        raise NotFoundError("forecast.no_zone", zone=zone)


def forecast(history: tl.Timeline | Iterable[tl.Piece] | Replayed, parcels: pd.DataFrame | None,
             zones: pd.DataFrame, day: date, targets: dict[str, Target] | None = None, basis: str = "happened",
             zone: str | None = None) -> pd.DataFrame:
    """Per zone (sub-zones counted in it; only ``zone`` when given): recoverable, handed-over and remaining
    hectares on ``day``, the pace over each trailing window, the median days per stage, the expected
    date the remaining land is handed over with its 80 % interval, and the target with its status.

    The state on ``day`` is replayed from ``history``: a whole Timeline or its pieces over ``parcels`` (the
    parcels layer now, in the history's ``parcel_ids``' order), or what :func:`replay_parts` kept of it on
    ``day`` and ``basis`` (``parcels`` then unused: None); so a forecast made as of a past day uses only what
    was known then. Raises NotFoundError when ``zone`` is not a zone of ``zones``."""
    check_zone(zones, zone)
    past = _replayed(history, parcels, day, basis)
    own = past.own
    pace = monthly_pace(past, zones)
    durations = _median_days(past.spells, zones)
    members = _members(zones)
    parents = zone_parents(zones)
    targets = targets or {}
    ids = [zone] if zone is not None else list(members)
    rows = []
    for z in ids:
        agg = own.reindex(members[z]).fillna(0.0).sum()
        total, handed = float(agg["ha"]), float(agg["handed"])
        remaining = max(total - handed, 0.0)
        monthly = pace.loc[z].to_numpy()
        whole = monthly[:-1]  # whole months before the day's month
        row: dict = {"zone_id": z, "parent_id": parents[z], "as_of": day.isoformat(),
                     "recoverable_ha": round(total, 2), "handed_over_ha": round(handed, 2),
                     "remaining_ha": round(remaining, 2)}
        for w in WINDOWS:
            row[f"pace_{w}m_ha"] = round(float(whole[-w:].sum()) / w, 3)
        for s, v in durations.loc[z].iloc[1:].items():  # from the notice on: "not started" has no start
            row[f"days_{s}"] = None if pd.isna(v) else float(v)
        runs = months_to(remaining, whole[-SAMPLE_MONTHS:])
        low = mid = high = None
        if runs is not None and remaining > 0:
            with np.errstate(invalid="ignore"):  # runs past MAX_MONTHS are inf
                p10, p50, p90 = np.percentile(runs, [10, 50, 90])
            low, mid, high = _add_months(day, p10), _add_months(day, p50), _add_months(day, p90)
        elif remaining <= 0:
            low = mid = high = day
        row.update(expected=mid, expected_low=low, expected_high=high)
        target = targets.get(z) or Target(None, PLAN_HORIZON)
        goal = total if target.area_ha is None else target.area_ha
        need = goal - handed if goal - handed > 0.005 else 0.0
        t_runs = runs if abs(need - remaining) < 1e-9 else months_to(need, whole[-SAMPLE_MONTHS:])
        t_mid = t_high = None
        if need <= 0:
            t_mid = t_high = day
        elif t_runs is not None:
            with np.errstate(invalid="ignore"):
                t_mid, t_high = (_add_months(day, v) for v in np.percentile(t_runs, [50, 90]))
        row.update(target_ha=round(goal, 2), target_date=target.due, target_set_by=target.by,
                   target_expected=t_mid, status=status(handed, Target(goal, target.due), t_mid, t_high))
        rows.append(row)
    return pd.DataFrame(rows)


def when_reached(history: tl.Timeline | Iterable[tl.Piece] | Replayed, parcels: pd.DataFrame | None,
                 zones: pd.DataFrame, day: date, goals: dict[str, float], basis: str = "happened") -> pd.DataFrame:
    """When each zone of ``goals`` (sub-zones counted in it) will have ``goals[zone]`` hectares handed over in
    all, forecast on ``day`` as :func:`forecast` forecasts the remaining land: the expected date and its 80 %
    interval from months drawn out of the zone's last 12 months of handovers (``day`` when the zone has that
    much already, None without pace). ``history`` and ``parcels`` as :func:`forecast` takes them.
    ``bench/forecast.py`` checks these dates against the history."""
    past = _replayed(history, parcels, day, basis)
    own = past.own["handed"]
    pace = monthly_pace(past, zones)
    members = _members(zones)
    rows = []
    for z, goal in goals.items():
        now = float(own.reindex(members[z]).fillna(0.0).sum())
        need = goal - now if goal - now > 0.005 else 0.0  # within the 0.01 ha shown: reached
        low = mid = high = day if need <= 0 else None
        runs = months_to(need, pace.loc[z].to_numpy()[:-1][-SAMPLE_MONTHS:]) if need > 0 else None
        if runs is not None:
            with np.errstate(invalid="ignore"):  # runs past MAX_MONTHS are inf
                low, mid, high = (_add_months(day, v) for v in np.percentile(runs, [10, 50, 90]))
        rows.append({"zone_id": z, "as_of": day.isoformat(), "handed_over_ha": round(now, 2),
                     "goal_ha": round(goal, 2), "expected": mid, "expected_low": low, "expected_high": high})
    return pd.DataFrame(rows, columns=["zone_id", "as_of", "handed_over_ha", "goal_ha", "expected", "expected_low",
                                       "expected_high"])
