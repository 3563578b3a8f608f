"""Making a new store: every table, then the rows part by part, then the indexes, in one transaction.

Both dialects make a store the same way (:meth:`Creating._fill_new_store`), inside the atomic step the
dialect gives it (a transaction in PostGIS, a temporary file linked into place for a GeoPackage):

1. every layer's table and SiteReady's own tables, then the layers other than plots and cadastral parcels;
2. the plots and parcels part by part (:class:`~geo.store.values.SeedPart`): each part's rows, the cover
   of its plots over its parcels, its plots' derived clearance (``plot_state``) and its history; its
   parcels' contributions to the zones' sums are added up as the parts go;
3. the zones' sums (``zone_state``), the layers' indexes (each built once, in one sort, over the loaded
   rows), the change counter and the meta.

A small store is one part (``Store.init``, a migration); ``geo synth`` streams a park at a time, so ten
million parcels are never held at once. Nothing is visible until the whole store is: a failure in any
part leaves no store.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import pandas as pd

from .. import aggregates
from ..schema import LAYER_ORDER
from .derived import Derived
from .tables import LAYER_TABLES, Table
from .values import ClearanceEvent, SeedPart

_LOG = logging.getLogger(__name__)
_T = TypeVar("_T")


class _Clock:
    """Seconds spent per step of making a store (logged at INFO: ``geo synth`` shows them)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.parcels = self.events = 0

    def step(self, name: str, fn: Callable[..., _T], *args: Any) -> _T:
        t = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t


class Creating(Derived):
    """The steps of making a store, over the dialect's hooks below."""

    def _fill_new_store(self, cur: Any, layers: dict[str, list[dict]], parts: Iterable[SeedPart],
                        meta: dict[str, str]) -> None:
        """Create every table and load ``layers`` (plots and parcels excepted) and ``parts`` into them (see the
        module docstring), inside the caller's transaction."""
        clock = _Clock()
        for name in LAYER_ORDER:
            self._new_layer(cur, LAYER_TABLES[name])
            if name not in ("plots", "parcels"):
                self._append_layer(cur, LAYER_TABLES[name], layers.get(name, []))
        self._new_own_tables(cur)
        sums: list[pd.DataFrame] = []
        rest = iter(parts)
        while (part := clock.step("parts taken", next, rest, None)) is not None:
            clock.step("rows loaded", self._append_layer, cur, LAYER_TABLES["parcels"], part.parcels)
            clock.step("rows loaded", self._append_layer, cur, LAYER_TABLES["plots"], part.plots)
            pairs = clock.step("cover", self._write_cover, cur, part.plots, part.parcels)
            sums.append(clock.step("derived state", self._derive_part, cur, part.plots, part.parcels, pairs))
            clock.step("events loaded", self._append_events, cur, part.events)
            clock.parcels += len(part.parcels)
            clock.events += len(part.events)
            _LOG.info("%s parcels and %s events loaded", f"{clock.parcels:,}", f"{clock.events:,}")
            del part, pairs
        self._write_zone_state(cur, aggregates.add_sums(sums))
        for name in LAYER_ORDER:
            clock.step("indexes", self._index_layer, cur, LAYER_TABLES[name])
        clock.step("indexes", self._index_own_tables, cur)
        clock.step("statistics", self._analyze, cur)
        clock.step("derived state", self._derive_moves, cur)  # the history's steps, joined to the parcels
        self._execute(cur, "INSERT INTO siteready_counter VALUES (1, 1)")
        cur.executemany(self._sql("INSERT INTO siteready_meta VALUES (?, ?)"), sorted(meta.items()))
        _LOG.info("made: %s", ", ".join(f"{k} {v:.1f} s" for k, v in clock.seconds.items()))

    # Dialect hooks
    def _new_layer(self, cur: Any, table: Table) -> None:
        """A layer's empty table (no index but its key)."""
        raise NotImplementedError

    def _append_layer(self, cur: Any, table: Table, rows: list[dict]) -> None:
        """Add features (the layer's fields and ``geometry``) to a new layer's table."""
        raise NotImplementedError

    def _index_layer(self, cur: Any, table: Table) -> None:
        """A new layer's indexes and spatial index, over all its rows."""
        raise NotImplementedError

    def _new_own_tables(self, cur: Any) -> None:
        """SiteReady's own tables (:data:`.tables.OWN_TABLES`), empty."""
        raise NotImplementedError

    def _index_own_tables(self, cur: Any) -> None:
        """The own tables' indexes, when :meth:`_new_own_tables` left them for after the load."""

    def _analyze(self, cur: Any) -> None:
        """Gather the planner's statistics over the loaded tables (where the database needs it asked)."""

    def _append_events(self, cur: Any, events: list[ClearanceEvent]) -> None:
        """Add events to the new store's history, in order."""
        raise NotImplementedError
