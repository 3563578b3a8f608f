"""Copy a whole store into a new one: GeoPackage → PostGIS when users outgrow one machine, and back.

Everything is copied: every layer (attributes, geometries, parcel versions, ``updated_at``/``updated_by``),
the clearance history (in its order, with versions, ``at`` and ``recorded_at``), users with their password
hashes, the audit log, the personal fields, ``siteready_meta`` and the change counter. Event and audit-log
ids are renumbered 1, 2, 3 … in their original order (nothing refers to them; a PostgreSQL sequence may
leave gaps after rolled-back writes).

The destination must not exist. It is created and loaded in one transaction (layers, history, meta), then
users, audit log, personal fields and the counter follow in a second one; should that one fail, the error
says so and the new store must be removed before trying again. The source is read while the app may still
run: if a write lands during the copy, the copy is read again (stop the app for a long migration).
"""

from __future__ import annotations

from typing import Any

from .errors import InputError, StoreError
from .schema import LAYER_ORDER, LAYERS, validate_frame
from .store import ClearanceEvent, Store, open_store
from .store.frames import clean_value
from .store.tables import ACCOUNT_TABLES, EVENT_COLUMNS

#: Times the source is read again when a write lands during the copy.
READ_ATTEMPTS = 3


def read_store(src: Store) -> dict[str, Any]:
    """Everything in ``src``, as one consistent copy (read again if a write lands meanwhile)."""
    if not src.exists():
        raise StoreError("migrate.no_source", url=src.url)
    for _ in range(READ_ATTEMPTS):
        counter = src.change_counter()
        layers = {name: validate_frame(LAYERS[name], src.read_layer(name)) for name in LAYER_ORDER}
        events = [
            ClearanceEvent(**{str(k): clean_value(v) for k, v in rec.items() if k != "event_id"})
            for rec in src.events()[list(EVENT_COLUMNS)].to_dict("records")
        ]
        data = {
            "layers": layers,
            "events": events,
            "meta": src.meta(),
            "tables": {table: src.table_rows(table) for table in ACCOUNT_TABLES},
            "counter": counter,
        }
        if src.change_counter() == counter:
            return data
    raise StoreError("migrate.kept_changing", url=src.url)


def copy_store(src: Store, dst: Store) -> dict[str, Any]:
    """Copy everything in ``src`` into the new store ``dst``; returns what was copied, counted.

    Raises InputError when ``dst`` exists already (nothing is written then) and StoreError when a store
    cannot be reached.
    """
    if dst.exists():
        raise InputError("migrate.destination_exists", url=dst.url)
    data = read_store(src)
    if not dst.create_from(data["layers"], data["events"], data["meta"]):
        raise InputError("migrate.created_meanwhile", url=dst.url)
    try:
        dst.copy_rows(data["tables"], counter=max(int(data["counter"]), 1))
    except Exception as err:  # noqa: BLE001 - any failure leaves a half-made store that must be removed
        raise StoreError("migrate.users_not_copied", url=dst.url, reason=str(err)) from err
    return {
        "layers": {name: len(r) for name, r in data["layers"].items()},
        "clearance_events": len(data["events"]),
        **{table: len(rows) for table, rows in data["tables"].items()},
        "meta": len(data["meta"]),
    }


def migrate(from_url: str, to_url: str) -> dict[str, Any]:
    """Open both stores by URL (GeoPackage path or ``postgresql://``), copy, close; see :func:`copy_store`."""
    src, dst = open_store(from_url), open_store(to_url)
    try:
        return copy_store(src, dst)
    finally:
        src.close()
        dst.close()
