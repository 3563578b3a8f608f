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

import numpy as np
import pandas as pd

from .errors import InputError, StoreError
from .schema import LAYER_ORDER, LAYERS, PERSONAL_FIELDS, validate_frame
from .store import open_store
from .store.base import EVENT_COLUMNS, ClearanceEvent, Store, _q

USER_COLUMNS = ("username", "role", "password_hash", "active", "full_name", "created_at", "created_by", "updated_at")
AUDIT_COLUMNS = ("at", "by", "action", "target", "detail")
PERSONAL_COLUMNS = ("parcel_id", *PERSONAL_FIELDS, "updated_at", "updated_by")
#: Times the source is read again when a write lands during the copy.
READ_ATTEMPTS = 3


def _clean(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return value.item() if isinstance(value, np.generic) else value


def _table(store: Store, table: str, columns: tuple[str, ...], order: str) -> list[tuple]:
    cols = ", ".join(_q(c) for c in columns)
    with store._transaction(write=False) as cur:
        return [tuple(r) for r in store._execute(cur, f"SELECT {cols} FROM {table} ORDER BY {order}").fetchall()]


def read_store(src: Store) -> dict[str, Any]:
    """Everything in ``src``, as one consistent copy (read again if a write lands meanwhile)."""
    if not src.exists():
        raise StoreError(f"The store {src.url} does not exist; there is nothing to copy.")
    for _ in range(READ_ATTEMPTS):
        counter = src.change_counter()
        layers = {name: validate_frame(LAYERS[name], src.read_layer(name)) for name in LAYER_ORDER}
        events = [
            ClearanceEvent(**{k: _clean(v) for k, v in rec.items() if k != "event_id"})
            for rec in src.events()[list(EVENT_COLUMNS)].to_dict("records")
        ]
        data = {
            "layers": layers,
            "events": events,
            "meta": src.meta(),
            "users": _table(src, "users", USER_COLUMNS, "username"),
            "audit_log": _table(src, "audit_log", AUDIT_COLUMNS, "entry_id"),
            "parcel_personal": _table(src, "parcel_personal", PERSONAL_COLUMNS, "parcel_id"),
            "counter": counter,
        }
        if src.change_counter() == counter:
            return data
    raise StoreError(f"The store {src.url} kept changing while it was being read; stop the app and try again.")


def copy_store(src: Store, dst: Store) -> dict[str, Any]:
    """Copy everything in ``src`` into the new store ``dst``; returns what was copied, counted.

    Raises InputError when ``dst`` exists already (nothing is written then) and StoreError when a store
    cannot be reached.
    """
    if dst.exists():
        raise InputError(f"The store {dst.url} exists already; migrate copies into a new, empty store.")
    data = read_store(src)
    rows: dict[str, list] = dict(data["layers"])
    rows["clearance_events"] = data["events"]
    if not dst._create(rows, dict(data["meta"])):
        raise InputError(f"The store {dst.url} was created by another process meanwhile; nothing was copied.")
    users = [(*u[:3], bool(u[3]), *u[4:]) for u in data["users"]]
    try:
        with dst._transaction(write=True) as cur:
            for table, columns, values in (("users", USER_COLUMNS, users),
                                           ("audit_log", AUDIT_COLUMNS, data["audit_log"]),
                                           ("parcel_personal", PERSONAL_COLUMNS, data["parcel_personal"])):
                if values:
                    cur.executemany(dst._sql(f"INSERT INTO {table} ({', '.join(_q(c) for c in columns)}) "
                                             f"VALUES ({', '.join('?' * len(columns))})"), values)
            dst._execute(cur, "UPDATE siteready_counter SET value = ? WHERE id = 1", (max(int(data["counter"]), 1),))
    except Exception as err:
        raise StoreError(f"The new store {dst.url} has its layers and history but its users could not be copied "
                         f"({err}); remove it and run the migration again.") from err
    return {
        "layers": {name: len(r) for name, r in data["layers"].items()},
        "clearance_events": len(data["events"]),
        "users": len(users),
        "audit_log": len(data["audit_log"]),
        "parcel_personal": len(data["parcel_personal"]),
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
