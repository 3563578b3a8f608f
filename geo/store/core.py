"""What every part of a store stands on: the dialect hooks a store implements, and the few steps every write shares.

:class:`~geo.store.Store` is assembled from parts, one concept each (reads, accounts, clearance, loading,
copying); each part is a class over :class:`StoreCore`, so it can use the hooks without knowing the
dialect. The GeoPackage and PostGIS stores implement the hooks: connections and transactions, how tables
are created (from :mod:`.tables`), and how geometries travel to and from the database.

The underscore methods here are the parts' shared interface inside one Store class, never called from
outside a store.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from ..schema import LAYERS, Layer
from ..timeutil import now_iso
from ..users import User
from .frames import frame_from_rows
from .tables import column_list, placeholders, quote
from .values import SeedPart


class StoreCore(abc.ABC):
    """The dialect's hooks and the steps every write shares (see the module docstring)."""

    #: The DB-API parameter placeholder of the dialect.
    placeholder = "?"
    kind = "abstract"

    def __init__(self, url: str):
        self.url = url

    # ------------------------------------------------------------------ dialect
    @abc.abstractmethod
    def exists(self) -> bool:
        """True when the store has been created (``init`` has run)."""

    @abc.abstractmethod
    def _transaction(self, write: bool) -> AbstractContextManager[Any]:
        """A cursor inside one transaction; writes take the write lock first."""

    @abc.abstractmethod
    def _create(self, layers: dict[str, list[dict]], parts: Iterable[SeedPart], meta: dict[str, str]) -> bool:
        """Create all tables and load the rows (``layers``: all but plots and parcels, which come in ``parts``)
        atomically (:mod:`.creating`); False if another process won."""

    @abc.abstractmethod
    def _geom_param(self) -> str:
        """SQL for one geometry parameter."""

    @abc.abstractmethod
    def _encode_geoms(self, geoms: Sequence) -> list:
        """Parameter values for geometries (EPSG:4326)."""

    @abc.abstractmethod
    def _geom_select(self) -> str:
        """SQL that selects the geometry column in a form ``_decode_geoms`` reads."""

    @abc.abstractmethod
    def _decode_geoms(self, values: Sequence) -> np.ndarray:
        """Shapely geometries from selected geometry values."""

    @abc.abstractmethod
    def _bbox_clause(self, layer: str) -> str:
        """A WHERE clause with four parameters (minx, miny, maxx, maxy) on ``layer``."""

    @abc.abstractmethod
    def _lock_rows_suffix(self) -> str:
        """What to append to a SELECT that reads rows about to be updated."""

    @abc.abstractmethod
    def close(self) -> None:
        """Let go of the store's connections."""

    @abc.abstractmethod
    def checkpoint(self) -> None:
        """Make the store's files current before they are copied as a backup."""

    # ------------------------------------------------------------------ SQL
    def _sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)

    def _execute(self, cur: Any, text: str, params: Sequence = ()) -> Any:
        cur.execute(self._sql(text), tuple(params))
        return cur

    def _fetch_chunked(self, cur: Any, select: str, ids: Sequence[str], *, lock: bool = True,
                       then: str = "") -> Iterator[list]:
        """Rows of ``select`` (which ends in ``WHERE <column> IN``) for ``ids``, 500 ids a statement; ``then``:
        what follows the list of ids (``GROUP BY …``); ``lock``: the rows are locked for the write (off for
        a statement that cannot lock, or a read)."""
        ids = list(ids)
        suffix = then + (self._lock_rows_suffix() if lock else "")
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            yield self._execute(cur, f"{select} ({placeholders(len(chunk))})" + suffix, chunk).fetchall()

    def _all_chunked(self, cur: Any, select: str, ids: Sequence[str], *, then: str = "") -> list:
        """Every row of :meth:`_fetch_chunked` without locking, in one list."""
        return [r for rows in self._fetch_chunked(cur, select, ids, lock=False, then=then) for r in rows]

    # ------------------------------------------------------------------ every write
    def _user(self, cur: Any, username: str | None) -> User | None:
        """The account named ``username`` (None if there is none): every write checks its role first."""
        if not username:
            return None
        row = self._execute(
            cur, "SELECT username, role, active, full_name FROM users WHERE username = ?", (username,)
        ).fetchone()
        return None if row is None else User(row[0], row[1], bool(row[2]), row[3])

    def _bump(self, cur: Any) -> None:
        self._execute(cur, "UPDATE siteready_counter SET value = value + 1 WHERE id = 1")

    def _audit(self, cur: Any, by: str, action: str, target: str | None, detail: str | None) -> None:
        self._execute(
            cur,
            'INSERT INTO audit_log (at, "by", action, target, detail) VALUES (?, ?, ?, ?, ?)',
            (now_iso(), by, action, target, detail),
        )

    # ------------------------------------------------------------------ layers
    def _frame(self, layer: Layer, cols: list[str], records: list) -> gpd.GeoDataFrame:
        """A layer's frame from rows that select ``cols`` and then the geometry (``_geom_select``)."""
        geoms = self._decode_geoms([r[-1] for r in records]) if records else np.array([], dtype=object)
        return frame_from_rows(layer, cols, records, geoms)

    def _small_layer(self, cur: Any, name: str, cols: tuple[str, ...], where: str = "",
                     params: Sequence = ()) -> gpd.GeoDataFrame:
        """Some columns of a layer and its geometry, read inside the caller's transaction (EPSG:4326)."""
        sql = f"SELECT {column_list(cols)}, {self._geom_select()} FROM {quote(name)}" + (f" WHERE {where}" if where else "")
        rows = self._execute(cur, sql, params).fetchall()
        geoms = self._decode_geoms([r[-1] for r in rows]) if rows else np.array([], dtype=object)
        data = {c: [r[i] for r in rows] for i, c in enumerate(cols)}
        return gpd.GeoDataFrame(data, geometry=list(geoms), crs=4326)

    def _write_cover(self, cur: Any, plots: Sequence[dict], parcels: Sequence[dict]) -> pd.DataFrame:
        """Record which of these parcels lie beneath which of these plots, and by how much (``plot_cover``):
        the plots' clearance is derived over it (:mod:`geo.plots`) without intersecting them again.
        Returns the pairs as row positions in ``plots`` and ``parcels`` (:func:`geo.plots.cover`)."""
        from .. import plots as gplots

        if not plots or not parcels:
            return gplots.cover([], [])
        pairs = gplots.cover([r["geometry"] for r in plots], [r["geometry"] for r in parcels])
        pairs["area_m2"] = np.round(pairs["area_m2"].to_numpy(), 2)  # as stored: readers derive over these
        plot_ids = np.array([r["id"] for r in plots], dtype=object)[pairs["plot"].to_numpy()]
        parcel_ids = np.array([r["id"] for r in parcels], dtype=object)[pairs["parcel"].to_numpy()]
        rows = list(zip(plot_ids.tolist(), parcel_ids.tolist(), pairs["area_m2"].tolist()))
        if rows:
            self._insert_cover_rows(cur, rows)
        return pairs

    def _insert_cover_rows(self, cur: Any, rows: list[tuple[str, str, float]]) -> None:
        cur.executemany(self._sql("INSERT INTO plot_cover (plot_id, parcel_id, area_m2) VALUES (?, ?, ?)"), rows)

    def _insert_rows(self, cur: Any, layer_name: str, rows: list[dict]) -> None:
        """Insert features (the layer's fields and ``geometry``) in one statement per batch."""
        names = LAYERS[layer_name].names
        geoms = self._encode_geoms([r["geometry"] for r in rows])
        values = [tuple(r[n] for n in names) + (g,) for r, g in zip(rows, geoms)]
        sql = (f"INSERT INTO {quote(layer_name)} ({column_list(names)}, geom) "
               f"VALUES ({placeholders(len(names))}, {self._geom_param()})")
        cur.executemany(self._sql(sql), values)
