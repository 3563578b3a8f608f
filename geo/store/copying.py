"""Copying a whole store into a new one, through a small public API (:mod:`geo.migrate` uses it).

A copy is made of what the store's reads give (layers, history, meta) plus the rows of its account
tables (:data:`.tables.ACCOUNT_TABLES`), and written into a new store in two steps: :meth:`create_from`
makes the store with its layers, history and meta in one transaction, and :meth:`copy_rows` adds the
account rows and sets the change counter in a second. Rows travel as tuples of a table's copied
columns (:attr:`.tables.Table.copied`: all but a serial id, which the new store numbers again), with
booleans as booleans, so they go from either dialect into the other unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..schema import LAYER_ORDER
from .core import StoreCore
from .tables import OWN_TABLES, column_list, placeholders, quote
from .values import ClearanceEvent, SeedPart


class Copying(StoreCore):
    """Bulk reads and writes for copying a store."""

    def table_rows(self, table: str) -> list[tuple]:
        """Every row of one of the store's own tables (``users``, ``audit_log`` …), in key order.

        Each row is a tuple of the table's copied columns (``OWN_TABLES[table].copied``).
        """
        spec = OWN_TABLES[table]
        cols = spec.copied
        types = {c.name: c.type for c in spec.columns}
        bools = {i for i, c in enumerate(cols) if types[c] == "bool"}
        with self._transaction(write=False) as cur:
            rows = self._execute(
                cur, f"SELECT {column_list(cols)} FROM {quote(table)} ORDER BY {quote(spec.key)}").fetchall()
        return [tuple(bool(v) if i in bools and v is not None else v for i, v in enumerate(r)) for r in rows]

    def create_from(self, layers: Mapping[str, list[dict]], events: Sequence[ClearanceEvent],
                    meta: Mapping[str, str]) -> bool:
        """Create this store holding exactly these rows: no defaults filled, nothing recomputed.

        ``layers``: each layer's features as :func:`geo.schema.validate_frame` gives them (a layer left out
        is empty); ``events``: the clearance history in order (ids are numbered again); ``meta``: the
        whole of ``siteready_meta``. Returns False, writing nothing, when the store exists already.
        """
        rows = {name: list(layers.get(name, [])) for name in LAYER_ORDER if name not in ("plots", "parcels")}
        part = SeedPart(list(layers.get("plots", [])), list(layers.get("parcels", [])), list(events))
        return self._create(rows, [part], dict(meta))

    def copy_rows(self, rows: Mapping[str, Sequence[tuple]], *, counter: int) -> None:
        """Add rows to the store's own tables (as :meth:`table_rows` gives them) and set the change counter.

        One write transaction: all of it or nothing. No role is checked: this is for filling a store just
        made by :meth:`create_from`.
        """
        with self._transaction(write=True) as cur:
            for table, values in rows.items():
                cols = OWN_TABLES[table].copied
                if values:
                    cur.executemany(self._sql(f"INSERT INTO {quote(table)} ({column_list(cols)}) "
                                              f"VALUES ({placeholders(len(cols))})"), [tuple(v) for v in values])
            self._execute(cur, "UPDATE siteready_counter SET value = ? WHERE id = 1", (counter,))
