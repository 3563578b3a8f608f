"""Owners' and households' personal fields, kept in ``parcel_personal`` apart from every layer.

No layer read can reach them: they are read one parcel at a time by officers and admins only, and
written only by imports (:mod:`.loading`).
"""

from __future__ import annotations

from typing import Any

from ..messages import msg
from ..schema import PERSONAL_FIELDS
from ..users import PERSONAL_ROLES, require
from .core import StoreCore
from .tables import column_list, placeholders


class PersonalData(StoreCore):
    """Reading and writing ``parcel_personal``."""

    def personal(self, parcel_id: str, *, user: str) -> dict[str, Any]:
        """Personal fields recorded for a parcel; officers and admins only."""
        with self._transaction(write=False) as cur:
            require(self._user(cur, user), PERSONAL_ROLES, msg("action.read_personal"), user)
            row = self._execute(
                cur,
                f"SELECT {column_list(PERSONAL_FIELDS)} FROM parcel_personal WHERE parcel_id = ?",
                (parcel_id,),
            ).fetchone()
        return {} if row is None else {k: v for k, v in zip(PERSONAL_FIELDS, row) if v is not None}

    def _upsert_personal(self, cur: Any, parcel_id: str, fields: dict[str, Any], user: str, now: str) -> None:
        """Record the personal fields given for a parcel (the others stay as they are)."""
        cols = [f for f in PERSONAL_FIELDS if f in fields]
        if not cols:
            return
        exists = self._execute(cur, "SELECT 1 FROM parcel_personal WHERE parcel_id = ?", (parcel_id,)).fetchone()
        if exists:
            sets = ", ".join(f"{c} = ?" for c in cols)
            self._execute(cur, f"UPDATE parcel_personal SET {sets}, updated_at = ?, updated_by = ? WHERE parcel_id = ?",
                          [*(fields[c] for c in cols), now, user, parcel_id])
        else:
            self._execute(cur, f"INSERT INTO parcel_personal (parcel_id, {column_list(cols)}, updated_at, updated_by) "
                               f"VALUES (?, {placeholders(len(cols))}, ?, ?)",
                          [parcel_id, *(fields[c] for c in cols), now, user])

    def _upsert_personal_many(self, cur: Any, items: dict[str, dict[str, Any]], user: str, now: str) -> None:
        """:meth:`_upsert_personal` for many parcels at once (an import's owners): one statement per set of
        fields, inserts and updates each in a batch."""
        ids = list(items)
        have: set[str] = set()
        for rows in self._fetch_chunked(cur, "SELECT parcel_id FROM parcel_personal WHERE parcel_id IN", ids):
            have.update(r[0] for r in rows)
        groups: dict[tuple[bool, tuple[str, ...]], list[list[Any]]] = {}
        for pid, fields in items.items():
            cols = tuple(f for f in PERSONAL_FIELDS if f in fields)
            if cols:
                groups.setdefault((pid in have, cols), []).append([*(fields[c] for c in cols), now, user, pid])
        for (exists, cols), values in groups.items():
            if exists:
                sets = ", ".join(f"{c} = ?" for c in cols)
                sql = f"UPDATE parcel_personal SET {sets}, updated_at = ?, updated_by = ? WHERE parcel_id = ?"
            else:
                sql = (f"INSERT INTO parcel_personal ({column_list(cols)}, updated_at, updated_by, parcel_id) "
                       f"VALUES ({placeholders(len(cols))}, ?, ?, ?)")
            cur.executemany(self._sql(sql), values)
