"""The store: one class that every caller uses, assembled from one part per concept.

A store holds the layers of :mod:`geo.schema` plus tables of its own (:mod:`.tables`):
``clearance_events`` (append-only history), ``users``, ``user_sessions``, ``audit_log`` and
``parcel_personal`` (owners' and households' personal fields, kept apart from every layer so that no
public read can reach them), and a change counter that every write bumps in its own transaction
(caches key on it).

Every write is one transaction: the change, its events, the version bump and the counter. A write that
names a version that is no longer current fails with :class:`~geo.errors.ConflictError` and changes
nothing. Every write checks the acting user's role inside that transaction.

The parts, each in its own module: :mod:`.reads` (layers, parcels, history), :mod:`.accounts` (users and
sessions), :mod:`.personal` (personal fields), :mod:`.clearance` (edits and their rules),
:mod:`.loading` (imports), :mod:`.copying` (bulk copies for migrations), :mod:`.creating` (making a
store, part by part), all over :mod:`.core` (the
dialect's hooks). :mod:`.gpkg` and :mod:`.postgis` implement the hooks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import geopandas as gpd
import pandas as pd

from ..timeutil import now_iso
from .accounts import Accounts
from .copying import Copying
from .loading import Loading
from .reads import Reads
from .creating import Creating
from .seeding import prepare_events, prepare_layers, prepare_part
from .plotting import PlotEdits
from .targets import Targets
from .upgrade import SCHEMA_VERSION, Upgrading
from .values import ClearanceEvent, LoadReport, ParcelChange, PlotChange, SeedPart

__all__ = ["SCHEMA_VERSION", "ClearanceEvent", "LoadReport", "ParcelChange", "PlotChange", "Store",
           "prepare_events", "prepare_layers"]


class Store(Reads, Accounts, Loading, PlotEdits, Targets, Copying, Upgrading, Creating):
    """A SiteReady store. Open one with :func:`geo.store.open_store`."""

    def init(
        self,
        layers: dict[str, gpd.GeoDataFrame] | None = None,
        *,
        events: pd.DataFrame | None = None,
        meta: dict[str, str] | None = None,
    ) -> bool:
        """Create the store and load ``layers`` and their ``events`` (default: the embedded dataset).

        Idempotent: returns False, changing nothing, when the store exists.
        Validation happens before anything is created, so bad data leaves no store.
        """
        if self.exists():
            return False
        if layers is None:
            from ..seed import default_events, default_layers, default_meta

            layers = default_layers()
            events = default_events()
            meta = {**default_meta(), **(meta or {})}
        rows = prepare_layers(layers)
        history = prepare_events(events, rows["parcels"])
        return self.create_from(rows, history, _full_meta(meta))

    def init_parts(
        self,
        layers: dict[str, gpd.GeoDataFrame],
        parts: Iterable[tuple[gpd.GeoDataFrame | None, gpd.GeoDataFrame | None, pd.DataFrame | None]],
        *,
        meta: dict[str, str] | None = None,
    ) -> bool:
        """Create the store from ``layers`` (all but plots and cadastral parcels) and ``parts``: plots, parcels
        and the parcels' history, loaded one part after the other, so that a store of millions of parcels is
        made without holding them all (``geo synth``).

        Every parcel beneath a part's plot must be in that part (the plots' clearance is derived within it), and
        each event names a parcel of its part. Each part is checked as :meth:`init` checks its data, when its
        turn comes; bad data in any part leaves no store. Idempotent as :meth:`init`.
        """
        if self.exists():
            return False
        layers = dict(layers)
        for name in ("plots", "parcels"):
            if layers.pop(name, None) is not None:
                raise ValueError(f"init_parts: {name} come in the parts")
        rows = prepare_layers(layers)

        def checked() -> Iterator[SeedPart]:
            for plots, parcels, events in parts:
                part = prepare_part(plots, parcels, events, layers)
                del plots, parcels, events  # a part's frames and rows are let go before the next is drawn
                yield part
                del part

        return self._create({k: v for k, v in rows.items() if k not in ("plots", "parcels")}, checked(),
                            _full_meta(meta))


def _full_meta(meta: dict[str, str] | None) -> dict[str, str]:
    return {"schema_version": str(SCHEMA_VERSION), "created_at": now_iso(), **(meta or {})}
