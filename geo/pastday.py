"""A past day replayed a range of parcels at a time: what the app's pages on a past day show (issue #17).

The map, the site finder and the dashboard on a past day need, of every cadastral parcel, only what it adds
up to: its zone's sums (:mod:`geo.aggregates`), the clearance of the plots over it (:func:`geo.plots.clearance`),
the overdue list and the progress chart's stage steps. :func:`replay_day` goes over the parcels a part at a
time (:func:`store_parts`: :func:`geo.replay.piece_parcels` parcels by their ``fid``, with their events and
their cover pairs, read from the store) and keeps only those results, so a past day of ten million parcels
holds no parcel at all. The parcels a page draws are read from the store and given that day's state from
their own events (:func:`parcels_then`).

A part holds arrays only (:class:`Part`: codes, day numbers, areas and the ids), so a store of a million parcels
keeps all its parts in memory once per state (:func:`kept_parts`) and replays any new day from them in a
quarter of a second; a bigger one is read again, a range at a time, for each new day.

The same code replays a whole history held in memory (:func:`register_parts`, for a history already read),
so both give the same day, parcel for parcel and sum for sum.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from . import cadastre, landfund
from . import plots as gplots
from . import timeline as tl
from .aggregates import NO_ZONE, PARCEL_FIELDS, RunningSums, coded_contributions, recovered_ha, zone_keys
from .columns import numbers
from .replay import REPLAY_EVENT_COLUMNS, fid_ranges, register
from .stages import STAGES
from .store.columnar import release

#: The parcel fields a past day reads: the replay's, the zones' sums', the overdue list's.
DAY_COLUMNS = tuple(dict.fromkeys(("zone_id", "clearance_stage", "blocked", "blocked_reason", "stage_since",
                                   "recovered_m2", "area_m2", *PARCEL_FIELDS)))


@dataclass(frozen=True)
class Part:
    """One part of the parcels (a range of them, in store order) as a past day reads them: arrays, with no
    frame and no text per parcel but its id (:func:`part_of`). A million parcels with 2.3 million events
    take ~0.2 GB so, where their frames took over 0.5 GB, and a day replays from them in a fraction of the time."""

    ids: pd.Series | np.ndarray  # the parcels' ids (Arrow-backed text stays so)
    zone: np.ndarray  # int32: each parcel's zone, a row of zones; -1 for none
    zones: np.ndarray  # object: the zone ids
    now: tl.Now  # the parcels' stage, stage date, blocked flag and reason now
    ha: np.ndarray  # recovered hectares (geo.aggregates.recovered_ha)
    homes: np.ndarray  # int32: households (geo.cadastre.households)
    counted: np.ndarray  # bool: recovered and in a zone (its households wait while it is not handed over)
    history: tl.Timeline  # the parcels' events
    plot: np.ndarray  # int32: each cover pair's plot, a row of plots
    plots: np.ndarray  # object: the plot ids
    row: np.ndarray  # int32: each cover pair's parcel (its row here)
    area: np.ndarray  # each cover pair's area under the plot, m²
    steps: landfund.Steps | None  # the stage steps (None: no progress steps wanted)

    def __len__(self) -> int:
        return len(self.zone)


def part_of(parcels: pd.DataFrame, history: tl.Timeline, pairs: pd.DataFrame, events: pd.DataFrame | None) -> Part:
    """A :class:`Part` of ``parcels`` (their :data:`DAY_COLUMNS` and ``id``, in store order), the Timeline of
    their events, the cover pairs over them (``plot_id``, ``parcel``: a row of ``parcels``, ``area_m2``; in
    recorded order) and their compact events (None: no progress steps wanted)."""
    zone, zones = pd.factorize(parcels["zone_id"].to_numpy(dtype=object))
    plot, plots = pd.factorize(pairs["plot_id"].to_numpy(dtype=object))
    n = len(parcels)
    return Part(
        ids=parcels["id"], zone=zone.astype(np.int32), zones=np.asarray(zones, dtype=object), now=tl.now_of(parcels),
        ha=recovered_ha(parcels), homes=(cadastre.households(parcels) if n else np.zeros(0, int)).astype(np.int32),
        counted=(numbers(parcels["recovered_m2"]) > 0) & (zone_keys(parcels) != NO_ZONE), history=history,
        plot=plot.astype(np.int32), plots=np.asarray(plots, dtype=object),
        row=pairs["parcel"].to_numpy(dtype=np.int32), area=pairs["area_m2"].to_numpy(dtype=float),
        steps=None if events is None else landfund.stage_steps(events, parcels["id"]))


@dataclass(frozen=True)
class PastDay:
    """What a past day's pages read of every parcel, replayed on ``basis``: the zones' sums
    (:func:`geo.aggregates.zone_sums`' form), the derived clearance of the plots ``plot_ids`` (one row each, in
    their order: :data:`geo.plots.DERIVED`), the overdue list (:func:`geo.landfund.overdue` on that day), the
    stage steps counted that day (:func:`geo.landfund.moves_on`'s form; None when not replayed) and how many
    parcels existed."""

    day: date
    basis: str
    zone_sums: pd.DataFrame
    plot_ids: np.ndarray
    plots: pd.DataFrame
    overdue: pd.DataFrame
    moves: pd.DataFrame | None
    parcels: int


class _PlotTotals:
    """The totals :func:`geo.plots.clearance` takes, per plot, added up a part of the parcels at a time."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.covered = np.zeros(n)
        self.done = np.zeros(n)
        self.least = np.full(n, len(STAGES), dtype=np.int64)
        self.blocked = np.zeros(n, dtype=np.int64)
        self.waiting = np.zeros(n, dtype=np.int64)
        self.latest = np.full(n, -1, dtype=np.int64)  # local day number of the latest stage date, -1: none
        self.count = np.zeros(n, dtype=np.int64)

    def add(self, plot: np.ndarray, area: np.ndarray, stage: np.ndarray, blocked: np.ndarray, homes: np.ndarray,
            since: np.ndarray) -> None:
        """Pairs of one part: each pair's plot row and area under it, and its parcel's stage code, blocked flag,
        households and stage date (day number, -1 for none)."""
        n = self.n
        self.covered += np.bincount(plot, weights=area, minlength=n)
        self.done += np.bincount(plot, weights=np.where(stage == gplots.HANDED_OVER, area, 0.0), minlength=n)
        np.minimum.at(self.least, plot, stage.astype(np.int64))
        self.blocked += np.bincount(plot, weights=blocked.astype(float), minlength=n).astype(np.int64)
        self.waiting += np.bincount(plot, weights=np.where(stage < gplots.HANDED_OVER, homes, 0),
                                    minlength=n).astype(np.int64)
        np.maximum.at(self.latest, plot, since.astype(np.int64))
        self.count += np.bincount(plot, minlength=n)

    def frame(self) -> pd.DataFrame:
        latest = np.where(self.latest >= 0, self.latest, 0).astype("datetime64[D]").astype("datetime64[ns]")
        latest[self.latest < 0] = np.datetime64("NaT")
        return pd.DataFrame(gplots.clearance(self.covered, self.done, self.least, self.blocked, self.waiting, latest,
                                             self.count))


def replay_day(parts: Iterable[Part], plot_ids, day: date | str, basis: str = "happened") -> PastDay:
    """The parcels of ``parts`` (in store order) on ``day``, replayed on ``basis`` (:func:`geo.timeline.state_on`)
    and added up (:class:`PastDay`) over the plots ``plot_ids`` (the plots of that day; pairs of other plots
    are left out). Parcels created after the day count nowhere. Nothing of a part is kept once it is added
    but its overdue parcels."""
    when = tl.as_date(day)
    tl.check_basis(basis)
    d = tl.day_number(when)
    ids = pd.Index(np.asarray(plot_ids, dtype=object))
    sums = RunningSums()
    totals = _PlotTotals(len(ids))
    late: list[tuple] = []
    moves: list[pd.DataFrame] | None = []
    count = 0
    for part in parts:
        state = tl.state_on(part.history, part.now, when, basis)
        there = state.exists
        count += int(there.sum())
        zone = np.where(part.zone < 0, len(part.zones), part.zone)[there]
        sums.add_coded(zone, [*part.zones, NO_ZONE], coded_contributions(
            part.ha[there], state.stage[there], state.blocked[there], part.homes[there], part.counted[there]))
        since = np.where(state.stage_since >= 0, d - state.stage_since, np.nan)
        flag = landfund.overdue_flags(state.stage, since)
        rows = np.flatnonzero((flag != None) & there)  # noqa: E711 - element-wise
        late.append((_texts(part.ids, rows), np.asarray([*part.zones, None], dtype=object)[part.zone[rows]], state.stage[rows],
                     state.stage_since[rows], flag[rows], since[rows]))
        if part.steps is None or moves is None:
            moves = None
        else:
            moves.append(landfund.moves_of(part.steps, part.ha, d, basis, there))
        plot = ids.get_indexer(pd.Index(part.plots))
        plot = plot[part.plot] if len(part.plot) else np.zeros(0, dtype=np.int64)
        keep = plot >= 0
        keep[keep] = there[part.row[keep]]
        row = part.row[keep]
        totals.add(plot[keep], part.area[keep], state.stage[row], state.blocked[row], part.homes[row],
                   state.stage_since[row])
    return PastDay(when, basis, sums.sums(), np.asarray(ids, dtype=object), totals.frame(), _overdue(late),
                   None if moves is None else landfund.summed_moves(moves), count)


def _texts(values: pd.Series | np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``values`` at ``rows`` as Python objects (Arrow-backed text turned into strings for those rows only)."""
    if isinstance(values, pd.Series):
        return values.iloc[rows].to_numpy(dtype=object)
    return np.asarray(values, dtype=object)[rows]


def _overdue(late: list[tuple]) -> pd.DataFrame:
    """The overdue list (:func:`geo.landfund.overdue`'s form) of the parts' overdue parcels, in store order before
    it is sorted: ids, zone ids, stage codes, stage days, flags and days overdue."""
    cols = [np.concatenate([p[i] for p in late]) if late else np.zeros(0) for i in range(6)]
    pid, zone, stage, since, flag, days = cols
    names = np.asarray(STAGES, dtype=object)[stage.astype(np.int64)]
    dates = np.datetime_as_string(since.astype(np.int64).astype("datetime64[D]"), unit="D").astype(object)
    out = landfund.overdue_table(pid.astype(object), zone.astype(object), names, dates, flag.astype(object), days)
    for col in out.columns:  # one type however many parts
        if col != "days":
            out[col] = out[col].astype(object)
    return out


def store_parts(store, *, moves: bool = True, size: int | None = None) -> Iterator[Part]:
    """The store's parcels a range of ``size`` ``fid`` values at a time (default:
    :func:`geo.replay.piece_parcels`: :func:`geo.replay.fid_ranges`) as :class:`Part`: each range's fields,
    events and cover pairs, read when the part is asked for and let go after it."""
    for fids in fid_ranges(store, size):
        parcels = register(store, DAY_COLUMNS, fids=fids)
        events = store.events(columns=REPLAY_EVENT_COLUMNS, compact=True, fids=fids)
        piece = tl.build(events, parcels["id"])
        cover = store.cover_table(fids=fids)
        row = tl.rows_of(parcels["id"], cover["parcel_id"])
        pairs = pd.DataFrame({"plot_id": np.asarray(cover["plot_id"], dtype=object)[row >= 0], "parcel": row[row >= 0],
                              "area_m2": cover["area_m2"].to_numpy(dtype=float)[row >= 0]})
        del cover
        yield part_of(parcels, piece, pairs, events if moves else None)
        del parcels, events, piece, pairs
        release()


#: A store of at most this many parcels (``fid`` values) keeps its parts for past days in memory, once per store
#: state (:func:`kept_parts`): a new day then replays from them instead of reading every range again. At 1,000,000
#: parcels with 2.3 million events the parts take ~230 MB, a new day replays in 0.25 s (20 s read range by range)
#: and the instance that has shown every history page peaks at 895 MB (bench/reader.py --history), within its
#: 1 GB; a bigger store is read a range at a time for each new day.
KEEP_PARCELS = 1_200_000


def kept_parts(store, *, limit: int = KEEP_PARCELS) -> list[Part] | None:
    """Every part of ``store`` (:func:`store_parts`), read now to be replayed on any day, when its parcels'
    ``fid`` values span at most ``limit``; None for a bigger store (read it a range at a time)."""
    lo, hi = store.fid_bounds()
    return list(store_parts(store)) if hi - lo + 1 <= limit else None


def register_parts(history: tl.Timeline | Iterable[tl.Piece], parcels: pd.DataFrame, cover: pd.DataFrame,
                   plot_ids) -> Iterator[Part]:
    """A history already read (a whole Timeline or its pieces) over ``parcels`` (every parcel's
    :data:`DAY_COLUMNS`, in its order) as parts; ``cover``: the pairs as row positions (``plot``: of the plots
    ``plot_ids``, ``parcel``: of ``parcels``, ``area_m2``). No progress steps (the events are not at hand)."""
    ids = np.asarray(plot_ids, dtype=object)
    plot, parcel = cover["plot"].to_numpy(dtype=np.int64), cover["parcel"].to_numpy(dtype=np.int64)
    area = cover["area_m2"].to_numpy(dtype=float)
    for rows, piece in tl.pieces_of(history):
        start, stop = rows.start or 0, rows.stop
        mine = (parcel >= start) & (parcel < stop)
        pairs = pd.DataFrame({"plot_id": ids[plot[mine]], "parcel": parcel[mine] - start, "area_m2": area[mine]})
        yield part_of(parcels.iloc[rows], piece, pairs, None)


def parcels_then(store, found: pd.DataFrame, day: date | str, basis: str = "happened") -> pd.DataFrame:
    """Parcels read from ``store`` now (``found``: their fields, perhaps their geometry) as they stood on ``day``:
    those that existed, with that day's stage, blocked flag, reason and stage date, replayed from their own
    events (a few thousand parcels' events are read through the index on ``parcel_id``)."""
    if found.empty:
        return found
    events = store.events(columns=REPLAY_EVENT_COLUMNS, compact=True, parcel_ids=found["id"].tolist())
    state = tl.state_on(tl.build(events, found["id"]), found, day, basis)
    names = np.asarray(STAGES, dtype=object)
    since = state.stage_since.astype("datetime64[D]").astype(str).astype(object)
    since[state.stage_since < 0] = None
    values = {"clearance_stage": names[state.stage], "blocked": state.blocked, "blocked_reason": state.reason,
              "stage_since": since}
    out = found[state.exists].copy()
    for col, value in values.items():
        kept = np.asarray(value, dtype=object)[state.exists]
        out[col] = pd.Series(kept, index=out.index, dtype=object).where(pd.notna(kept), None).astype(found[col].dtype)
    return out
