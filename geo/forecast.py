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
past quarter (``bench/forecast.py``). The history may be a whole Timeline or its pieces (a range of parcels
at a time, :func:`geo.replay.pieces`): :func:`replay` goes over it once and keeps what a forecast reads (the
state on the day, the handovers, the time spent in each stage counted per zone, stage and number of days).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from . import timeline as tl
from .errors import NotFoundError
from .landfund import ancestors, recovered_ha, zone_parents
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
    order the history holds them (by event id, when it comes in pieces)."""
    return replay(timeline, parcels, day, basis, state=False, spells=False).moves


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


@dataclass(frozen=True)
class Replayed:
    """What a forecast reads of a history on one day, from one pass over it (:func:`replay`): the parcels'
    ``state`` that day (None when not asked for), the ``moves`` into and out of "handed over"
    (:func:`handovers`) and the ``spells`` (:func:`_spells`: the days parcels spent in a stage before their
    next step, counted per zone, stage and number of days)."""

    day: date
    basis: str
    state: tl.State | None
    moves: pd.DataFrame
    spells: pd.DataFrame | None


def replay(history: tl.Timeline | Iterable[tl.Piece], parcels: pd.DataFrame, day: date,
           basis: str = "happened", *, state: bool = True, spells: bool = True) -> Replayed:
    """One pass over ``history`` (a whole Timeline or its pieces) for what :func:`forecast` and the pace
    read on ``day``: each piece replayed over its rows of ``parcels``, and only the results kept."""
    when = tl.as_date(day)
    tl.check_basis(basis)
    zone_of = parcels["zone_id"].to_numpy(dtype=object)
    states: list[tuple[slice, tl.State]] = []
    moves: list[pd.DataFrame] = []
    spans: list[pd.DataFrame] = []
    for rows, piece in tl.pieces_of(history):
        here = parcels.iloc[rows]
        if state:
            states.append((rows, tl.state_on(piece, here, when, basis)))
        m = _handovers(piece, here, when, basis)
        m["row"] += rows.start or 0
        moves.append(m)
        if spells:
            spans.append(_spells(piece, zone_of[rows], when, basis))
    if not moves:  # no piece: no parcel
        empty = tl.build(None, parcels["id"])
        moves, spans = [_handovers(empty, parcels, when, basis)], [_spells(empty, zone_of, when, basis)]
    moved = pd.concat(moves, ignore_index=True)
    if len(moves) > 1:  # back in the history's order, as one Timeline gives them
        moved = moved.sort_values("event_id", kind="mergesort", ignore_index=True)
    spent = None
    if spells:
        counted = pd.concat(spans, ignore_index=True).groupby(["zone", "stage", "days"], sort=True)["count"].sum()
        spent = counted.reset_index()
    return Replayed(when, basis, tl.joined(states, len(parcels), when, basis) if state else None, moved, spent)


def _members(zones: pd.DataFrame) -> dict[str, list[str]]:
    """Each zone and the zones inside it."""
    out: dict[str, list[str]] = {z: [] for z in zones["id"]}
    for z, chain in ancestors(zone_parents(zones)).items():
        for a in chain:
            out[a].append(z)
    return out


def monthly_pace(moves: pd.DataFrame, parcels: pd.DataFrame, zones: pd.DataFrame, day: date,
                 months: int = SAMPLE_MONTHS) -> pd.DataFrame:
    """Hectares handed over per calendar month, the ``months`` whole months before ``day``'s month and that
    month so far (columns ``YYYY-MM``), one row per zone with its sub-zones."""
    last = _month_index(np.array([tl.day_number(day)]))[0]
    first = last - months
    zone_of = parcels["zone_id"].to_numpy(dtype=object)[moves["row"].to_numpy(dtype=int)]
    month = _month_index(moves["day"].to_numpy())
    keep = month >= first
    own = pd.DataFrame({"zone": zone_of[keep], "month": month[keep] - first, "ha": moves["ha"].to_numpy()[keep]})
    table = own.pivot_table(index="zone", columns="month", values="ha", aggfunc="sum", fill_value=0.0)
    table = table.reindex(columns=range(months + 1), fill_value=0.0)
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


def stage_days(timeline: tl.Timeline | Iterable[tl.Piece], parcels: pd.DataFrame, zones: pd.DataFrame, day: date,
               basis: str = "happened") -> pd.DataFrame:
    """The median days a zone's parcels (sub-zones included) spent in each stage before their next step,
    from the steps counted on ``day`` (rows: zones; columns: stages but the last; NaN where none finished)."""
    spells = replay(timeline, parcels, day, basis, state=False).spells
    assert spells is not None
    return _median_days(spells, zones)


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


def forecast(timeline: tl.Timeline | Iterable[tl.Piece] | Replayed, parcels: pd.DataFrame, zones: pd.DataFrame,
             day: date, targets: dict[str, Target] | None = None, basis: str = "happened",
             zone: str | None = None) -> pd.DataFrame:
    """Per zone (sub-zones counted in it; only ``zone`` when given): recoverable, handed-over and remaining
    hectares on ``day``, the pace over each trailing window, the median days per stage, the expected
    date the remaining land is handed over with its 80 % interval, and the target with its status.

    ``parcels`` is the parcels layer now (in ``timeline.parcel_ids``' order); the state on ``day`` is
    replayed from ``timeline`` (a whole Timeline, its pieces, or what :func:`replay` kept of it on ``day``),
    so a forecast made as of a past day uses only what was known then.
    Raises NotFoundError when ``zone`` is not a zone of ``zones``."""
    if zone is not None and zone not in set(zones["id"]):
        raise NotFoundError("forecast.no_zone", zone=zone)
    past = timeline if isinstance(timeline, Replayed) else replay(timeline, parcels, day, basis)
    assert past.state is not None and past.spells is not None
    state = past.state
    ha = recovered_ha(parcels) * state.exists
    handed_now = ha * (state.stage == _HANDED)
    zone_of = parcels["zone_id"].to_numpy(dtype=object)
    own = pd.DataFrame({"zone": zone_of, "ha": ha, "handed": handed_now}).groupby("zone").sum()
    pace = monthly_pace(past.moves, parcels, zones, day)
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


def when_reached(timeline: tl.Timeline | Iterable[tl.Piece], parcels: pd.DataFrame, zones: pd.DataFrame, day: date,
                 goals: dict[str, float], basis: str = "happened") -> pd.DataFrame:
    """When each zone of ``goals`` (sub-zones counted in it) will have ``goals[zone]`` hectares handed over in
    all, forecast on ``day`` as :func:`forecast` forecasts the remaining land: the expected date and its 80 %
    interval from months drawn out of the zone's last 12 months of handovers (``day`` when the zone has that
    much already, None without pace). ``bench/forecast.py`` checks these dates against the history."""
    past = replay(timeline, parcels, day, basis, spells=False)
    assert past.state is not None
    state = past.state
    handed = recovered_ha(parcels) * state.exists * (state.stage == _HANDED)
    own = pd.Series(handed).groupby(parcels["zone_id"].to_numpy(dtype=object)).sum()
    pace = monthly_pace(past.moves, parcels, zones, day)
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
