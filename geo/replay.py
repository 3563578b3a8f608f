"""What a replay over every cadastral parcel reads from a store: the parcels' fields without their geometry,
and the history, both column-wise and compact (issue #17).

The land fund on a past day (``geo landfund --as-of``, the dashboard), the map on a past day, the change
between two dates and the forecast go over every parcel, but none of them draws every parcel: they need each
parcel's zone, stage, blocked flag, areas and households, not its shape. So they read
:meth:`~geo.store.Store.parcel_table` (about 60 MB at a million parcels, where the layer with its geometry and
an index took about 1 GB) and :meth:`~geo.store.Store.events` in its compact form; a page that draws some of
the parcels reads those by id. The CLI and the app both read through here.

The history is not held whole either (2.3 million events at a million parcels took about 150 MB compact and
as much again sorted; 22.8 million at ten million, ten times that). :func:`pieces` reads it one range of
parcels at a time (:data:`PIECE_PARCELS` parcels by their ``fid``, their events through the index on
``parcel_id``), and each range is replayed by :mod:`geo.timeline` as the whole history would be: a parcel's
state depends on its own events only. What stays in memory is the parcels' fields and the results.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import pandas as pd

from . import timeline as tl
from .aggregates import PARCEL_FIELDS
from .store.columnar import release

#: The parcel fields a replay and the pages over every parcel read: the replay's own (:func:`geo.timeline.state_on`),
#: the zones' sums (:mod:`geo.aggregates`), the plots' derived clearance (:mod:`geo.plots`) and the change list.
REGISTER_COLUMNS = tuple(dict.fromkeys(("zone_id", "clearance_stage", "blocked", "blocked_reason", "stage_since",
                                        "recovered_m2", "area_m2", *PARCEL_FIELDS, "sheet_no", "parcel_no")))
#: The event fields a replay reads: not who, nor the document; the note and detail give a past day's blocked
#: reasons (the land fund, which shows none, leaves them out: :data:`geo.landfund.FUND_ON_EVENT_COLUMNS`).
REPLAY_EVENT_COLUMNS = ("event_id", "parcel_id", "action", "from_stage", "to_stage", "at", "recorded_at", "note",
                        "detail")


#: How many parcels a piece of a replay covers (:func:`pieces`): up to ~800,000 events in a synthetic store,
#: whose read and sorts take up to ~170 MB while the piece is replayed (bench/README.md); a store of a million
#: parcels is read in five pieces, each by its own GDAL child on a GeoPackage (~1 s to start).
PIECE_PARCELS = 200_000


def piece_parcels(store) -> int:
    """How many parcels a piece of a replay over ``store`` covers: the store's own figure
    (``REPLAY_PARCELS``: PostGIS reads a range through its indexes at a cost that follows the range, so it
    takes smaller ones, and a replay's peak follows them), else :data:`PIECE_PARCELS`."""
    return int(getattr(store, "REPLAY_PARCELS", PIECE_PARCELS))


def register(store, columns: Sequence[str] = REGISTER_COLUMNS, *, fids: tuple[int, int] | None = None) -> pd.DataFrame:
    """Every cadastral parcel's ``columns`` (``id`` first; ``fid`` too, which :func:`pieces` needs), without
    geometry, in store order (``fids``: only those whose ``fid`` is within these bounds)."""
    return store.parcel_table(["fid", *(c for c in columns if c != "fid")], fids=fids)


def fid_ranges(store, size: int | None = None) -> Iterator[tuple[int, int]]:
    """The bounds of each range of ``size`` ``fid`` values (default: :func:`piece_parcels`) over the store's
    parcels, in store order: what a replay a range at a time reads, one range after the other."""
    size = max(int(size or piece_parcels(store)), 1)
    lo, hi = store.fid_bounds()
    for start in range(lo, hi + 1, size):
        yield start, min(start + size - 1, hi)


def parcel_pieces(store, columns: Sequence[str], event_columns: Sequence[str] = REPLAY_EVENT_COLUMNS,
                  size: int | None = None) -> Iterator[tuple[pd.DataFrame, tl.Timeline]]:
    """The store's parcels a range of ``size`` ``fid`` values at a time (default: :func:`piece_parcels`), in
    store order: each range's fields (``columns``, :func:`register`'s form) and the Timeline of its events. For
    a replay that keeps only sums (:func:`geo.landfund.fund_of`): no parcel's fields outlive its range."""
    for fids in fid_ranges(store, size):
        parcels = register(store, columns, fids=fids)
        events = store.events(columns=event_columns, compact=True, fids=fids)
        piece = tl.build(events, parcels["id"])
        del events
        release()
        yield parcels, piece


class Pieces:
    """The history of the store's parcels ``parcels`` (:func:`register`'s, with ``fid``, in store order) a range of
    :data:`PIECE_PARCELS` rows at a time: an iterable of :data:`geo.timeline.Piece`, read from the store anew
    each time it is gone over (the replays of :mod:`geo.timeline`, :mod:`geo.landfund` and :mod:`geo.forecast`
    take it where they take a whole Timeline). Events of parcels not among ``parcels`` (added since they were
    read) are left out, as a whole Timeline leaves them out."""

    def __init__(self, store, parcels: pd.DataFrame, columns: Sequence[str] = REPLAY_EVENT_COLUMNS,
                 size: int = PIECE_PARCELS):
        self.store = store
        self.parcels = parcels
        self.ids = parcels["id"]
        self.fids = parcels["fid"].to_numpy(dtype=np.int64)
        self.columns = tuple(columns)
        self.size = max(int(size), 1)

    def ranges(self) -> Iterator[tuple[slice, tuple[int, int]]]:
        """Each piece's rows of the parcels and the ``fid`` bounds of those rows."""
        n = len(self.fids)
        for start in range(0, n, self.size):
            rows = slice(start, min(start + self.size, n))
            yield rows, (int(self.fids[rows.start]), int(self.fids[rows.stop - 1]))

    def events(self, columns: Sequence[str] | None = None) -> Iterator[tuple[slice, pd.DataFrame]]:
        """Each piece's rows and its events (:func:`history`'s form; ``columns``, else the replay's)."""
        for rows, fids in self.ranges():
            yield rows, self.store.events(columns=columns or self.columns, compact=True, fids=fids)

    def __iter__(self) -> Iterator[tl.Piece]:
        for rows, events in self.events():
            piece = tl.build(events, self.ids.iloc[rows].reset_index(drop=True))
            del events
            release()
            yield rows, piece


def pieces(store, parcels: pd.DataFrame, columns: Sequence[str] = REPLAY_EVENT_COLUMNS) -> Pieces:
    """The store's history over ``parcels`` (:func:`register`'s), to be replayed a range of parcels at a time."""
    return Pieces(store, parcels, columns)


def first_day(store) -> int | None:
    """The earliest local day an event of the store happened on (:meth:`geo.timeline.Timeline.first_day`), None
    without events."""
    return store.first_event_day()


def history(store, columns: Sequence[str] = REPLAY_EVENT_COLUMNS, *, since: int = 0) -> pd.DataFrame:
    """The store's clearance events (``since``: only those after that event id), compact, oldest first."""
    return store.events(columns=columns, since=since, compact=True)


def append_history(held: pd.DataFrame | None, new: pd.DataFrame) -> pd.DataFrame:
    """``held`` events followed by ``new`` ones (both :func:`history`'s), categoricals kept categorical."""
    if held is None or not len(held):
        return new
    if not len(new):
        return held
    out: dict[str, object] = {}
    for col in held.columns:
        a, b = held[col], new[col]
        if isinstance(a.dtype, pd.CategoricalDtype) and isinstance(b.dtype, pd.CategoricalDtype):
            out[col] = pd.api.types.union_categoricals([a, b], ignore_order=True)
        else:
            out[col] = pd.concat([a, b], ignore_index=True)
    return pd.DataFrame(out, columns=held.columns)


def timeline(store, parcels: pd.DataFrame, columns: Sequence[str] = REPLAY_EVENT_COLUMNS) -> tl.Timeline:
    """The store's whole history sorted for replays over ``parcels`` (:func:`register`'s); the events frame
    is dropped once the timeline holds them, and the memory of both handed back."""
    out = tl.build(history(store, columns), parcels["id"])
    release()
    return out


def inputs(store) -> tuple[pd.DataFrame, pd.DataFrame, Pieces]:
    """What the land fund on any day reads: every parcel's fields, the zones, and the history to be replayed a
    range of parcels at a time (:class:`Pieces`). ``geo landfund --as-of`` and ``geo forecast`` read less:
    a range's fields with its events at a time (:func:`parcel_pieces`)."""
    from .landfund import FUND_ON_COLUMNS, FUND_ON_EVENT_COLUMNS, FUND_ON_ZONE_COLUMNS

    parcels = register(store, FUND_ON_COLUMNS)
    zones = store.read_layer("zones", columns=list(FUND_ON_ZONE_COLUMNS))
    return parcels, zones, pieces(store, parcels, FUND_ON_EVENT_COLUMNS)
