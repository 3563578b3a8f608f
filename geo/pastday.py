"""A past day replayed a range of parcels at a time: what the app's pages on a past day show (issue #17).

The map, the site finder and the dashboard on a past day need, of every cadastral parcel, only what it adds
up to: its zone's sums (:mod:`geo.aggregates`), the clearance of the plots over it (:func:`geo.plots.clearance`),
the overdue list and the progress chart's stage steps. :func:`replay_day` goes over the parcels a part at a
time (:func:`store_parts`: :func:`geo.replay.piece_parcels` parcels by their ``fid``, with their events and
their cover pairs, read from the store) and keeps only those results, so a past day of ten million parcels
holds no parcel at all. The parcels a page draws are read from the store and given that day's state from
their own events (:func:`parcels_then`).

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
from .aggregates import PARCEL_FIELDS, RunningSums
from .replay import REPLAY_EVENT_COLUMNS, fid_ranges, register
from .stages import STAGES
from .store.columnar import release

#: The parcel fields a past day reads: the replay's, the zones' sums', the overdue list's.
DAY_COLUMNS = tuple(dict.fromkeys(("zone_id", "clearance_stage", "blocked", "blocked_reason", "stage_since",
                                   "recovered_m2", "area_m2", *PARCEL_FIELDS)))

#: One part of the parcels: their fields (:data:`DAY_COLUMNS`, ``id`` first, in store order), the
#: :class:`geo.timeline.Timeline` of their events, the cover pairs over them (``plot_id``, ``parcel``: a row of
#: the part, ``area_m2``; in recorded order) and their events as read (None: no progress steps wanted).
Part = tuple[pd.DataFrame, tl.Timeline, pd.DataFrame, pd.DataFrame | None]


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
    are left out). Parcels created after the day count nowhere. No part is kept once it is added."""
    when = tl.as_date(day)
    tl.check_basis(basis)
    ids = pd.Index(np.asarray(plot_ids, dtype=object))
    sums = RunningSums()
    totals = _PlotTotals(len(ids))
    overdue: list[pd.DataFrame] = []
    moves: list[pd.DataFrame] | None = []
    count = 0
    for parcels, piece, pairs, events in parts:
        state = tl.state_on(piece, parcels, when, basis)
        then = tl.parcels_on(parcels, state, compact=True)
        sums.add(then)
        count += len(then)
        overdue.append(landfund.overdue(then, today=when))
        if events is None or moves is None:
            moves = None
        else:
            moves.append(landfund.part_moves(events, parcels[state.exists], when, basis))
        plot = ids.get_indexer(pd.Index(np.asarray(pairs["plot_id"], dtype=object)))
        row = pairs["parcel"].to_numpy(dtype=np.int64)
        keep = plot >= 0
        keep[keep] = state.exists[row[keep]]
        plot, row = plot[keep], row[keep]
        homes = cadastre.households(parcels) if len(parcels) else np.zeros(0, dtype=int)
        totals.add(plot, pairs["area_m2"].to_numpy(dtype=float)[keep], state.stage[row], state.blocked[row],
                   homes[row], state.stage_since[row])
    if not overdue:  # no part: no parcel
        empty = pd.DataFrame({c: pd.Series([], dtype=object) for c in ("id", *DAY_COLUMNS)})
        overdue.append(landfund.overdue(empty, today=when))
    late = pd.concat(overdue, ignore_index=True)
    for col in late.columns:  # one type however many parts (pandas may infer text for one and not for another)
        if col != "days":
            late[col] = late[col].astype(object)
    late = late.sort_values("days", ascending=False, kind="mergesort").reset_index(drop=True)
    return PastDay(when, basis, sums.sums(), np.asarray(ids, dtype=object), totals.frame(), late,
                   None if moves is None else landfund.summed_moves(moves), count)


def store_parts(store, *, moves: bool = True, size: int | None = None) -> Iterator[Part]:
    """The store's parcels a range of ``size`` ``fid`` values at a time (default:
    :func:`geo.replay.piece_parcels`: :func:`geo.replay.fid_ranges`) as :data:`Part`: each range's fields, events and cover pairs, read when
    the part is asked for and let go after it."""
    for fids in fid_ranges(store, size):
        parcels = register(store, DAY_COLUMNS, fids=fids)
        events = store.events(columns=REPLAY_EVENT_COLUMNS, compact=True, fids=fids)
        piece = tl.build(events, parcels["id"])
        cover = store.cover_table(fids=fids)
        row = tl.rows_of(parcels["id"], cover["parcel_id"])
        pairs = pd.DataFrame({"plot_id": np.asarray(cover["plot_id"], dtype=object)[row >= 0], "parcel": row[row >= 0],
                              "area_m2": cover["area_m2"].to_numpy(dtype=float)[row >= 0]})
        del cover
        yield parcels, piece, pairs, (events if moves else None)
        del parcels, events, piece, pairs
        release()


#: A store of at most this many parcels (``fid`` values) keeps its parts for past days in memory, once per store
#: state (:func:`kept_parts`): a new day then replays in 0.2 s at 100,000 parcels instead of reading every range
#: again (2 s), for ~60 MB resident. At 1,000,000 parcels with 2.3 million events the parts took the instance that
#: had shown every history page to 1,035 MB (bench/reader.py --history), over its 1 GB: a bigger store is read a
#: range at a time for each new day (12-20 s at 1,000,000).
KEEP_PARCELS = 500_000


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
        yield parcels.iloc[rows], piece, pairs, None


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
