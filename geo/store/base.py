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
:mod:`.loading` (imports), :mod:`.copying` (bulk copies for migrations), all over :mod:`.core` (the
dialect's hooks). :mod:`.gpkg` and :mod:`.postgis` implement the hooks.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from ..timeutil import now_iso
from .accounts import Accounts
from .copying import Copying
from .loading import Loading
from .reads import Reads
from .seeding import prepare_events, prepare_layers
from .plotting import PlotEdits
from .targets import Targets
from .upgrade import SCHEMA_VERSION, Upgrading
from .values import ClearanceEvent, LoadReport, ParcelChange, PlotChange

__all__ = ["SCHEMA_VERSION", "ClearanceEvent", "LoadReport", "ParcelChange", "PlotChange", "Store",
           "prepare_events", "prepare_layers"]


class Store(Reads, Accounts, Loading, PlotEdits, Targets, Copying, Upgrading):
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
        full_meta = {"schema_version": str(SCHEMA_VERSION), "created_at": now_iso(), **(meta or {})}
        return self.create_from(rows, history, full_meta)
