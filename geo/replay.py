"""What a replay over every cadastral parcel reads from a store: the parcels' fields without their geometry,
and the history, both column-wise and compact (issue #17).

The land fund on a past day (``geo landfund --as-of``, the dashboard), the map on a past day, the change
between two dates and the forecast go over every parcel, but none of them draws every parcel: they need each
parcel's zone, stage, blocked flag, areas and households, not its shape. So they read
:meth:`~geo.store.Store.parcel_table` (about 60 MB at a million parcels, where the layer with its geometry and
an index took about 1 GB) and :meth:`~geo.store.Store.events` in its compact form; a page that draws some of
the parcels reads those by id. The CLI and the app both read through here.
"""

from __future__ import annotations

from collections.abc import Sequence

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


def register(store, columns: Sequence[str] = REGISTER_COLUMNS) -> pd.DataFrame:
    """Every cadastral parcel's ``columns`` (``id`` first), without geometry, in store order."""
    return store.parcel_table(columns)


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


def inputs(store) -> tuple[pd.DataFrame, pd.DataFrame, tl.Timeline]:
    """What the land fund and the forecast on any day read: the parcels' fields, the zones, the history."""
    from .landfund import FUND_ON_COLUMNS, FUND_ON_EVENT_COLUMNS, FUND_ON_ZONE_COLUMNS

    parcels = register(store, FUND_ON_COLUMNS)
    zones = store.read_layer("zones", columns=list(FUND_ON_ZONE_COLUMNS))
    return parcels, zones, timeline(store, parcels, FUND_ON_EVENT_COLUMNS)
