"""The store interface and the logic both implementations share.

A store holds the layers of :mod:`geo.schema` plus four tables of its own:
``clearance_events`` (append-only history), ``users``, ``audit_log`` and
``parcel_personal`` (owners' and households' personal fields, kept apart from
every layer so that no public read can reach them), and a change counter that
every write bumps in its own transaction (caches key on it).

Every write is one transaction: the change, its events, the version bump and
the counter. A write that names a version that is no longer current fails with
:class:`~geo.errors.ConflictError` and changes nothing. Every write checks the
acting user's role inside that transaction.

Subclasses supply the dialect: connections and transactions, DDL, and how
geometries travel to and from the database.
"""

from __future__ import annotations

import abc
import hashlib
import secrets
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator, Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .. import crs as gcrs
from ..errors import ConflictError, InputError, NotFoundError, PermissionDenied
from ..schema import LAYER_ORDER, LAYERS, LEASE_STATUSES, PERSONAL_FIELDS, UTILITIES, get_layer, validate_frame
from ..stages import check_transition, stage_index
from ..timeutil import now_iso, to_iso
from ..users import EDIT_ROLES, PERSONAL_ROLES, User, check_role, check_username, hash_password, require, verify_password

SCHEMA_VERSION = 1

EVENT_COLUMNS = (
    "event_id",
    "parcel_id",
    "action",
    "from_stage",
    "to_stage",
    "at",
    "recorded_at",
    "by",
    "note",
    "document_ref",
    "version",
    "detail",
)

#: Most errors listed in one bulk refusal before "and N more".
MAX_LISTED_ERRORS = 20


@dataclass(frozen=True)
class ClearanceEvent:
    """One recorded change of a parcel; ``version`` is the parcel's version after it."""

    parcel_id: str
    action: str
    from_stage: str | None
    to_stage: str | None
    at: str
    recorded_at: str
    by: str
    note: str | None
    document_ref: str | None
    version: int
    detail: str | None = None
    event_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ParcelChange:
    """A requested change of one parcel. Fields left as None are not changed.

    ``expect_version``: the version the editor saw; if the parcel has moved on
    since, the change is refused as a conflict. ``label`` names the change in
    error messages (a file's row, say).
    """

    parcel_id: str
    stage: str | None = None
    note: str | None = None
    document_ref: str | None = None
    at: str | None = None
    blocked: bool | None = None
    blocked_reason: str | None = None
    lease_status: str | None = None
    utilities: dict[str, bool] | None = None  # e.g. {"road": True}; keys: road, power, water, wastewater
    expect_version: int | None = None
    label: str | None = None


@dataclass
class LoadReport:
    """What a load of features into a layer did (or, in a dry run, would do)."""

    layer: str
    inserted: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    events: int = 0
    dry_run: bool = False


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Store(abc.ABC):
    """A SiteReady store. Open one with :func:`geo.store.open_store`."""

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
    @contextmanager
    def _transaction(self, write: bool) -> Iterator[Any]:
        """A cursor inside one transaction; writes take the write lock first."""

    @abc.abstractmethod
    def _create(self, rows: dict[str, list[dict]], meta: dict[str, str]) -> bool:
        """Create all tables and load ``rows`` atomically; False if another process won."""

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

    def close(self) -> None:  # pragma: no cover - overridden
        pass

    def _sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)

    def _execute(self, cur, text: str, params: Sequence = ()):  # noqa: ANN001
        cur.execute(self._sql(text), tuple(params))
        return cur

    # ------------------------------------------------------------ create / seed
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
        rows["clearance_events"] = prepare_events(events, rows["parcels"])
        full_meta = {"schema_version": str(SCHEMA_VERSION), "created_at": now_iso(), **(meta or {})}
        return self._create(rows, full_meta)

    # ---------------------------------------------------------------- reading
    def change_counter(self) -> int:
        """A number that grows with every write; caches key on it."""
        with self._transaction(write=False) as cur:
            row = self._execute(cur, "SELECT value FROM siteready_counter WHERE id = 1").fetchone()
        return int(row[0])

    def watermark(self) -> tuple[int, int]:
        """Where the store's history stands: (last clearance event id, last audit-log entry id)."""
        with self._transaction(write=False) as cur:
            ev = self._execute(cur, "SELECT COALESCE(MAX(event_id), 0) FROM clearance_events").fetchone()[0]
            au = self._execute(cur, "SELECT COALESCE(MAX(entry_id), 0) FROM audit_log").fetchone()[0]
        return int(ev), int(au)

    def changes_since(self, mark: tuple[int, int]) -> tuple[set[str], set[str]]:
        """Parcels with events, and audit-log actions, recorded after ``mark`` (see :meth:`watermark`).

        Caches use it to refresh only what changed: a clearance edit touches a few parcels, while an
        import (audit action ``import``) may change any layer.
        """
        with self._transaction(write=False) as cur:
            ids = {r[0] for r in self._execute(
                cur, "SELECT DISTINCT parcel_id FROM clearance_events WHERE event_id > ?", (mark[0],)).fetchall()}
            actions = {r[0] for r in self._execute(
                cur, "SELECT DISTINCT action FROM audit_log WHERE entry_id > ?", (mark[1],)).fetchall()}
        return ids, actions

    def meta(self) -> dict[str, str]:
        with self._transaction(write=False) as cur:
            return dict(self._execute(cur, "SELECT key, value FROM siteready_meta").fetchall())

    def count(self, layer: str) -> int:
        get_layer(layer)
        with self._transaction(write=False) as cur:
            return int(self._execute(cur, f"SELECT COUNT(*) FROM {_q(layer)}").fetchone()[0])

    def read_layer(
        self,
        name: str,
        *,
        public: bool = False,
        columns: Sequence[str] | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        ids: Sequence[str] | None = None,
    ) -> gpd.GeoDataFrame:
        """A layer as a GeoDataFrame in EPSG:4326, in insertion order.

        ``public``: only the fields anyone may see. ``columns``: only these fields
        (``id`` always comes along). ``bbox``: only features whose envelope meets it.
        """
        layer = get_layer(name)
        allowed = layer.public_names if public else layer.names
        if columns is not None:
            unknown = [c for c in columns if c not in layer.names]
            if unknown:
                raise InputError(f"Layer {name} has no field {unknown[0]!r}.")
            cols = ["id", *[c for c in columns if c != "id" and c in allowed]]
        else:
            cols = list(allowed)
        if bbox is None and ids is None:
            whole = self._read_columnar(layer, cols)
            if whole is not None:
                return whole
        return self._read_rows(layer, cols, bbox, ids)

    def _read_columnar(self, layer, cols: list[str]) -> gpd.GeoDataFrame | None:
        """A whole layer read column-wise, where the store has a faster path than rows (None: it has not)."""
        return None

    def _read_rows(self, layer, cols: list[str], bbox, ids) -> gpd.GeoDataFrame:
        name = layer.name
        sql = f"SELECT {', '.join(_q(c) for c in cols)}, {self._geom_select()} FROM {_q(name)}"
        params: list[Any] = []
        where = []
        if bbox is not None:
            where.append(self._bbox_clause(name))
            params.extend(bbox)
        if ids is not None:
            ids = list(ids)
            if not ids:
                where.append("1 = 0")
            else:
                where.append(f"id IN ({', '.join('?' * len(ids))})")
                params.extend(ids)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY fid"
        with self._transaction(write=False) as cur:
            records = self._execute(cur, sql, params).fetchall()
        return self._frame(layer, cols, records)

    def _frame(self, layer, cols: list[str], records: list) -> gpd.GeoDataFrame:
        geom_values = [r[-1] for r in records]
        data = {}
        for i, c in enumerate(cols):
            values = [r[i] for r in records]
            data[c] = _column(layer.field(c).type, values)
        df = pd.DataFrame(data, columns=cols)
        geoms = self._decode_geoms(geom_values) if records else np.array([], dtype=object)
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs=4326), crs=4326)

    def _frame_from_arrow(self, layer, cols: list[str], table, geom: str) -> gpd.GeoDataFrame:
        """The frame ``_frame`` makes from rows, made from an Arrow table (same dtypes, same values)."""
        data = {c: _arrow_column(layer.field(c).type, table.column(c)) for c in cols}
        df = pd.DataFrame(data, columns=cols)
        geoms = shapely.from_wkb(table.column(geom).to_numpy(zero_copy_only=False))
        return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs=4326), crs=4326)

    def get_parcel(self, parcel_id: str) -> dict[str, Any]:
        """All fields of one parcel (personal fields excluded) and its geometry."""
        gdf = self.read_layer("parcels", ids=[parcel_id])
        if gdf.empty:
            raise NotFoundError(f"No parcel with id {parcel_id!r}.")
        return _row_dict(gdf)

    def history(self, parcel_id: str) -> list[ClearanceEvent]:
        """The parcel's recorded changes, oldest first."""
        with self._transaction(write=False) as cur:
            if self._execute(cur, "SELECT 1 FROM parcels WHERE id = ?", (parcel_id,)).fetchone() is None:
                raise NotFoundError(f"No parcel with id {parcel_id!r}.")
            rows = self._execute(
                cur,
                f"SELECT {', '.join(_q(c) for c in EVENT_COLUMNS)} FROM clearance_events "
                "WHERE parcel_id = ? ORDER BY event_id",
                (parcel_id,),
            ).fetchall()
        return [_event(r) for r in rows]

    def events(self) -> pd.DataFrame:
        """Every recorded event, oldest first, as a DataFrame (for progress charts)."""
        with self._transaction(write=False) as cur:
            rows = self._execute(
                cur,
                f"SELECT {', '.join(_q(c) for c in EVENT_COLUMNS)} FROM clearance_events ORDER BY event_id",
            ).fetchall()
        df = pd.DataFrame.from_records(rows, columns=list(EVENT_COLUMNS))
        df["version"] = df["version"].astype("Int64")
        return df

    # --------------------------------------------------------------- users
    def _user(self, cur, username: str | None) -> User | None:
        if not username:
            return None
        row = self._execute(
            cur, "SELECT username, role, active, full_name FROM users WHERE username = ?", (username,)
        ).fetchone()
        return None if row is None else User(row[0], row[1], bool(row[2]), row[3])

    def get_user(self, username: str) -> User | None:
        with self._transaction(write=False) as cur:
            return self._user(cur, username)

    def list_users(self) -> list[User]:
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, "SELECT username, role, active, full_name FROM users ORDER BY username").fetchall()
        return [User(r[0], r[1], bool(r[2]), r[3]) for r in rows]

    def authenticate(self, username: str, password: str) -> User:
        """The active user with this name and password; PermissionDenied otherwise."""
        with self._transaction(write=False) as cur:
            row = self._execute(
                cur,
                "SELECT username, role, active, full_name, password_hash FROM users WHERE username = ?",
                (username or "",),
            ).fetchone()
        if row is None:
            verify_password(_DUMMY_HASH, password or "")  # same work whether or not the user exists
            raise PermissionDenied("Wrong user name or password.")
        if not verify_password(row[4], password or ""):
            raise PermissionDenied("Wrong user name or password.")
        if not row[2]:
            raise PermissionDenied(f"User {row[0]!r} is deactivated.")
        return User(row[0], row[1], True, row[3])

    def add_user(
        self, username: str, role: str, password: str, *, by: str | None = None, full_name: str | None = None
    ) -> User:
        """Create a user. ``by`` must be an active admin, except for the very first admin.

        Without ``by`` the call succeeds only while the store has no active admin,
        so that ``python -m geo user add`` can make the first one.
        """
        username = check_username(username)
        check_role(role)
        password_hash = hash_password(password)
        with self._transaction(write=True) as cur:
            actor = self._actor_for_user_admin(cur, by, role)
            if self._user(cur, username) is not None:
                raise InputError(f"User {username!r} exists already.")
            now = now_iso()
            self._execute(
                cur,
                "INSERT INTO users (username, role, password_hash, active, full_name, created_at, created_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (username, role, password_hash, True, full_name, now, actor, now),
            )
            self._audit(cur, actor, "user_add", username, f"role={role}")
            self._bump(cur)
        return User(username, role, True, full_name)

    def _actor_for_user_admin(self, cur, by: str | None, role: str) -> str:
        if by is None:
            admins = self._execute(cur, "SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = ?", (True,)).fetchone()[0]
            if admins:
                raise PermissionDenied("The store has an admin already; name an active admin (--by) to manage users.")
            if role != "admin":
                raise PermissionDenied("The first user of a store must be an admin (--role admin).")
            return "(setup)"
        require(self._user(cur, by), ("admin",), "manage users", by)
        return by

    def set_user_active(self, username: str, active: bool, *, by: str) -> None:
        with self._transaction(write=True) as cur:
            require(self._user(cur, by), ("admin",), "manage users", by)
            target = self._user(cur, username)
            if target is None:
                raise NotFoundError(f"No user {username!r}.")
            if not active and username == by:
                raise InputError("An admin cannot deactivate their own account.")
            self._execute(
                cur, "UPDATE users SET active = ?, updated_at = ? WHERE username = ?", (bool(active), now_iso(), username)
            )
            self._audit(cur, by, "user_activate" if active else "user_deactivate", username, None)
            self._bump(cur)

    def set_role(self, username: str, role: str, *, by: str) -> None:
        check_role(role)
        with self._transaction(write=True) as cur:
            require(self._user(cur, by), ("admin",), "manage users", by)
            if self._user(cur, username) is None:
                raise NotFoundError(f"No user {username!r}.")
            self._execute(cur, "UPDATE users SET role = ?, updated_at = ? WHERE username = ?", (role, now_iso(), username))
            self._audit(cur, by, "user_role", username, f"role={role}")
            self._bump(cur)

    def set_password(self, username: str, password: str, *, by: str) -> None:
        """Set a password: admins for anyone, every user for themselves."""
        password_hash = hash_password(password)
        with self._transaction(write=True) as cur:
            actor = self._user(cur, by)
            if not (actor and actor.active and by == username):
                require(actor, ("admin",), "reset other users' passwords", by)
            if self._user(cur, username) is None:
                raise NotFoundError(f"No user {username!r}.")
            self._execute(
                cur, "UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?", (password_hash, now_iso(), username)
            )
            self._execute(cur, "DELETE FROM user_sessions WHERE username = ?", (username,))  # signed out everywhere
            self._audit(cur, by, "user_password", username, None)
            self._bump(cur)

    # ------------------------------------------------------------- sessions
    def create_session(self, username: str) -> str:
        """A new sign-in session for an active user; returns the secret token (only its hash is stored)."""
        token = secrets.token_urlsafe(32)
        now = now_iso()
        with self._transaction(write=True) as cur:
            require(self._user(cur, username), ("investor", "planner", "officer", "admin"), "sign in", username)
            self._execute(cur, "INSERT INTO user_sessions (token_hash, username, created_at, last_seen) "
                               "VALUES (?, ?, ?, ?)", (_token_hash(token), username, now, now))
        return token

    def session_user(self, token: str | None, idle_minutes: int) -> User | None:
        """The active user of a session token, or None if unknown, idle too long, or the user is deactivated.

        Seeing a session keeps it alive (its last_seen is refreshed at most once a minute).
        """
        if not token:
            return None
        with self._transaction(write=False) as cur:
            row = self._execute(cur, "SELECT username, last_seen FROM user_sessions WHERE token_hash = ?",
                                (_token_hash(token),)).fetchone()
            user = self._user(cur, row[0]) if row else None
        if row is None:
            return None
        idle = (pd.Timestamp.now(tz="UTC") - pd.Timestamp(_iso_text(row[1], "datetime"))).total_seconds()
        if idle > idle_minutes * 60 or user is None or not user.active:
            self.end_session(token)
            return None
        if idle > 60:
            with self._transaction(write=True) as cur:
                self._execute(cur, "UPDATE user_sessions SET last_seen = ? WHERE token_hash = ?",
                              (now_iso(), _token_hash(token)))
        return user

    def end_session(self, token: str | None) -> None:
        if not token:
            return
        with self._transaction(write=True) as cur:
            self._execute(cur, "DELETE FROM user_sessions WHERE token_hash = ?", (_token_hash(token),))

    # ------------------------------------------------------- parcel changes
    def set_stage(
        self,
        parcel_id: str,
        stage: str,
        *,
        user: str,
        note: str | None = None,
        document_ref: str | None = None,
        expect_version: int | None = None,
        at: str | None = None,
    ) -> ClearanceEvent:
        """Move one parcel to ``stage``; see :meth:`update_parcels`."""
        change = ParcelChange(parcel_id, stage=stage, note=note, document_ref=document_ref, at=at,
                              expect_version=expect_version)
        return self.update_parcels([change], user=user)[0]

    def set_blocked(
        self,
        parcel_id: str,
        blocked: bool,
        *,
        user: str,
        reason: str | None = None,
        expect_version: int | None = None,
    ) -> ClearanceEvent:
        change = ParcelChange(parcel_id, blocked=blocked, blocked_reason=reason, expect_version=expect_version)
        return self.update_parcels([change], user=user)[0]

    def update_parcels(self, changes: Sequence[ParcelChange], *, user: str) -> list[ClearanceEvent]:
        """Apply changes to parcels, all or nothing, one event and one version bump each.

        Raises PermissionDenied unless ``user`` is an active officer or admin,
        InputError naming every bad change (unknown parcel, unknown stage, a
        skip or move back without a note, ...), and ConflictError when a change's
        ``expect_version`` is no longer current. Nothing is written then.
        """
        changes = self._checked_changes(changes)
        with self._transaction(write=True) as cur:
            return self._update_parcels_in(cur, changes, user)

    @staticmethod
    def _checked_changes(changes: Sequence[ParcelChange]) -> list[ParcelChange]:
        """Refuse changes that are wrong whatever the store holds (unknown stage, no reason, twice …)."""
        changes = list(changes)
        if not changes:
            raise InputError("No changes were given.")
        errors: list[str] = []
        seen: set[str] = set()
        single = len(changes) == 1
        for ch in changes:
            where = ch.label or ("" if single else f"parcel {ch.parcel_id}")
            try:
                if ch.parcel_id in seen:
                    raise InputError(f"parcel {ch.parcel_id!r} is named twice")
                seen.add(ch.parcel_id)
                if ch.stage is not None:
                    stage_index(ch.stage)
                if ch.lease_status is not None and ch.lease_status not in LEASE_STATUSES:
                    raise InputError(f"unknown lease status {ch.lease_status!r}; use one of: {', '.join(LEASE_STATUSES)}")
                if ch.stage is None and ch.blocked is None and ch.lease_status is None and not ch.utilities:
                    raise InputError("the change changes nothing")
                if ch.blocked and not (ch.blocked_reason and ch.blocked_reason.strip()):
                    raise InputError("blocking a parcel needs a reason")
                ch.at = to_iso(ch.at)
            except InputError as err:
                errors.append(_where(where, str(err)))
        if errors:
            raise InputError(_refusal(errors, len(changes)))
        return changes

    def _update_parcels_in(self, cur, changes: list[ParcelChange], user: str) -> list[ClearanceEvent]:
        """The body of :meth:`update_parcels`, inside the caller's write transaction."""
        single = len(changes) == 1
        errors: list[str] = []

        def where_of(ch: ParcelChange) -> str:
            return ch.label or ("" if single else f"parcel {ch.parcel_id}")

        recorded = now_iso()
        require(self._user(cur, user), EDIT_ROLES, "change clearance data", user)
        current = self._parcel_states(cur, [c.parcel_id for c in changes])
        events: list[ClearanceEvent] = []
        updates: list[tuple] = []
        conflicts: list[str] = []
        missing = 0
        for ch in changes:
            where = where_of(ch)
            state = current.get(ch.parcel_id)
            if state is None:
                errors.append(_where(where, f"no parcel with id {ch.parcel_id!r}"))
                missing += 1
                continue
            if ch.expect_version is not None and int(ch.expect_version) != state["version"]:
                conflicts.append(
                    f"Parcel {ch.parcel_id} was changed by {state['updated_by'] or 'someone'} at "
                    f"{state['updated_at'] or 'an unknown time'} (it is now at version {state['version']}, "
                    f"not {ch.expect_version}); reload it and try again"
                )
                continue
            try:
                event, update = self._apply_change(ch, state, user, recorded)
            except InputError as err:
                errors.append(_where(where, str(err)))
                continue
            events.append(event)
            updates.append(update)
        if errors:
            kind = NotFoundError if missing == len(errors) else InputError
            raise kind(_refusal(errors, len(changes)))
        if conflicts:
            raise ConflictError(_refusal(conflicts, len(changes), sentence_case=True))
        for upd in updates:
            cur = self._execute(
                cur,
                "UPDATE parcels SET clearance_stage = ?, stage_since = ?, blocked = ?, blocked_reason = ?, "
                "lease_status = ?, " + "".join(f"utility_{u} = ?, " for u in UTILITIES)
                + "version = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
                upd,
            )
            if cur.rowcount != 1:  # cannot happen under the write lock; refuse rather than guess
                raise ConflictError(f"Parcel {upd[-2]} changed while it was being saved; reload it and try again.")
        self._insert_events(cur, events)
        self._bump(cur)
        return events

    def _parcel_states(self, cur, ids: list[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        cols = ("id", "clearance_stage", "stage_since", "blocked", "blocked_reason", "lease_status", "version",
                "updated_at", "updated_by", *(f"utility_{u}" for u in UTILITIES))
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self._execute(
                cur,
                f"SELECT {', '.join(cols)} FROM parcels WHERE id IN ({', '.join('?' * len(chunk))})"
                + self._lock_rows_suffix(),
                chunk,
            ).fetchall()
            for r in rows:
                state = dict(zip(cols, r))
                state["blocked"] = bool(state["blocked"])
                state["version"] = int(state["version"] or 0)
                for u in UTILITIES:
                    state[f"utility_{u}"] = bool(state[f"utility_{u}"])
                out[state["id"]] = state
        return out

    def _apply_change(self, ch: ParcelChange, state: dict, user: str, recorded: str) -> tuple[ClearanceEvent, tuple]:
        stage, since = state["clearance_stage"], state["stage_since"]
        blocked, reason, lease = state["blocked"], state["blocked_reason"], state["lease_status"]
        actions, details = [], []
        if ch.stage is not None and ch.stage != stage:
            check_transition(stage, ch.stage, ch.note)
            actions.append("stage")
            stage, since = ch.stage, ch.at[:10]
        elif ch.stage is not None and ch.blocked is None and ch.lease_status is None and not ch.utilities:
            check_transition(stage, ch.stage, ch.note)  # raises: already at that stage
        if ch.blocked is not None and (bool(ch.blocked) != blocked or (ch.blocked and ch.blocked_reason != reason)):
            actions.append("blocked" if ch.blocked else "unblocked")
            blocked = bool(ch.blocked)
            reason = ch.blocked_reason.strip() if ch.blocked else None
            details.append(f"blocked_reason: {reason}" if blocked else "blocked: no")
        if ch.lease_status is not None and ch.lease_status != lease:
            actions.append("lease")
            details.append(f"lease_status: {lease} → {ch.lease_status}")
            lease = ch.lease_status
        utilities = {u: state[f"utility_{u}"] for u in UTILITIES}
        for u, on in (ch.utilities or {}).items():
            if u in utilities and bool(on) != utilities[u]:
                details.append(f"utility_{u}: {'yes' if on else 'no'}")
                utilities[u] = bool(on)
                if "utilities" not in actions:
                    actions.append("utilities")
        if not actions:
            raise InputError("the change changes nothing")
        version = state["version"] + 1
        event = ClearanceEvent(
            parcel_id=ch.parcel_id,
            action="+".join(actions),
            from_stage=state["clearance_stage"],
            to_stage=stage,
            at=ch.at,
            recorded_at=recorded,
            by=user,
            note=(ch.note or "").strip() or (reason if actions == ["blocked"] else None),
            document_ref=(ch.document_ref or "").strip() or None,
            version=version,
            detail="; ".join(details) or None,
        )
        update = (stage, since, blocked, reason, lease, *(utilities[u] for u in UTILITIES), version, recorded, user,
                  ch.parcel_id, state["version"])
        return event, update

    def _insert_events(self, cur, events: Iterable[ClearanceEvent]) -> None:
        cols = [c for c in EVENT_COLUMNS if c != "event_id"]
        rows = [tuple(getattr(e, c) for c in cols) for e in events]
        if rows:
            cur.executemany(
                self._sql(f"INSERT INTO clearance_events ({', '.join(_q(c) for c in cols)}) "
                          f"VALUES ({', '.join('?' * len(cols))})"),
                rows,
            )

    def _bump(self, cur) -> None:
        self._execute(cur, "UPDATE siteready_counter SET value = value + 1 WHERE id = 1")

    def _audit(self, cur, by: str, action: str, target: str | None, detail: str | None) -> None:
        self._execute(
            cur,
            'INSERT INTO audit_log (at, "by", action, target, detail) VALUES (?, ?, ?, ?, ?)',
            (now_iso(), by, action, target, detail),
        )

    # --------------------------------------------------------- personal data
    def personal(self, parcel_id: str, *, user: str) -> dict[str, Any]:
        """Personal fields recorded for a parcel; officers and admins only."""
        with self._transaction(write=False) as cur:
            require(self._user(cur, user), PERSONAL_ROLES, "see personal data", user)
            row = self._execute(
                cur,
                f"SELECT {', '.join(PERSONAL_FIELDS)} FROM parcel_personal WHERE parcel_id = ?",
                (parcel_id,),
            ).fetchone()
        return {} if row is None else {k: v for k, v in zip(PERSONAL_FIELDS, row) if v is not None}

    # -------------------------------------------------------------- imports
    def apply_import(self, plan, *, user: str, dry_run: bool = False) -> LoadReport:
        """Write an :class:`geo.imports.ImportPlan` in one transaction (or, with ``dry_run``, only report it).

        New features are inserted, features whose id exists are updated with the fields the file gives,
        identical ones are left alone. For parcels every insert or update is a clearance event by ``user``
        (the parcel's version bumps); personal fields go to ``parcel_personal``. A table of ids and
        stages (``plan.attributes_only``) is a bulk update under the usual clearance rules.
        """
        if plan.attributes_only:
            changes = [
                ParcelChange(
                    r["id"], stage=r.get("clearance_stage"), lease_status=r.get("lease_status"),
                    blocked=r.get("blocked"), blocked_reason=r.get("blocked_reason"),
                    utilities={u: r[f"utility_{u}"] for u in UTILITIES if r.get(f"utility_{u}") is not None} or None,
                    note=(plan.notes.get(r["id"]) or (None, None, None))[0] or plan.note,
                    document_ref=(plan.notes.get(r["id"]) or (None, None, None))[1],
                    at=(plan.notes.get(r["id"]) or (None, None, None))[2],
                    label=f"{plan.source}, {plan.labels.get(r['id'], r['id'])}",
                )
                for r in plan.rows
            ]
            changes = self._checked_changes(changes)
            report = LoadReport(layer="parcels", dry_run=dry_run)
            try:
                with self._transaction(write=True) as cur:
                    events = self._update_parcels_in(cur, changes, user)
                    now = now_iso()
                    for fid, fields in plan.personal.items():
                        self._upsert_personal(cur, fid, fields, user, now)
                    report.updated = [e.parcel_id for e in events]
                    report.events = len(events)
                    if dry_run:
                        raise _Rollback
            except _Rollback:
                pass
            return report
        layer = get_layer(plan.layer)
        report = LoadReport(layer=plan.layer, dry_run=dry_run)
        now = now_iso()
        try:
            with self._transaction(write=True) as cur:
                require(self._user(cur, user), EDIT_ROLES, f"import into {plan.layer}", user)
                existing = self._rows_by_id(cur, plan.layer, [r["id"] for r in plan.rows])
                inserts, updates, events, errors = [], [], [], []
                for row in plan.rows:
                    fid = row["id"]
                    old = existing.get(fid)
                    note, doc, date = plan.notes.get(fid) or (None, None, None)
                    at = to_iso(date, what="date") if date else now
                    if old is None:
                        new = self._new_feature(layer, row, user, now)
                        missing = [f.name for f in layer.fields if f.required and new.get(f.name) is None]
                        if missing:
                            errors.append(f"{plan.labels.get(fid, fid)} ({fid}): field {missing[0]!r} is required for "
                                          "a new feature")
                            continue
                        inserts.append(new)
                        if plan.layer == "parcels":
                            events.append(ClearanceEvent(fid, "import", None, new["clearance_stage"], at, now, user,
                                                         note or plan.note or f"Imported from {plan.source}", doc, 1))
                        continue
                    changed = {k: v for k, v in row.items() if k != "geometry" and old.get(k) != v}
                    if plan.layer == "parcels" and "clearance_stage" in changed:
                        try:  # a survey file is held to the same rules: a skip or a move back needs a note
                            check_transition(old["clearance_stage"], changed["clearance_stage"], note or plan.note)
                        except InputError as err:
                            errors.append(f"{plan.labels.get(fid, fid)} ({fid}): {_lower_first(str(err))}")
                            continue
                    moved = not shapely.equals_exact(old["geometry"], row["geometry"], 1e-7)  # about a centimetre
                    if not changed and not moved:
                        report.unchanged.append(fid)
                        continue
                    upd = dict(changed)
                    upd["geometry"] = row["geometry"]
                    if plan.layer == "parcels":
                        upd["area_ha"] = round(float(gcrs.area_ha([row["geometry"]])[0]), 4)
                        upd["version"] = int(old["version"] or 0) + 1
                        upd["updated_at"], upd["updated_by"] = now, user
                        if "clearance_stage" in changed:
                            upd["stage_since"] = at[:10]
                        events.append(ClearanceEvent(
                            fid, "import", old["clearance_stage"], upd.get("clearance_stage", old["clearance_stage"]),
                            at, now, user, note or plan.note or f"Imported from {plan.source}", doc, upd["version"],
                            detail="; ".join(sorted(k for k in changed if k != "clearance_stage")) or None))
                    updates.append((fid, upd))
                if errors:
                    raise InputError(_refusal(errors, len(plan.rows)))
                if inserts:
                    self._insert_rows(cur, plan.layer, inserts)
                for fid, upd in updates:
                    cols = [k for k in upd if k != "geometry"]
                    sets = ", ".join([f"geom = {self._geom_param()}", *(f"{_q(c)} = ?" for c in cols)])
                    self._execute(cur, f"UPDATE {_q(plan.layer)} SET {sets} WHERE id = ?",
                                  [self._encode_geoms([upd["geometry"]])[0], *(upd[c] for c in cols), fid])
                self._insert_events(cur, events)
                for fid, fields in plan.personal.items():
                    self._upsert_personal(cur, fid, fields, user, now)
                report.inserted = [r["id"] for r in inserts]
                report.updated = [fid for fid, _ in updates]
                report.events = len(events)
                if inserts or updates or plan.personal:
                    self._audit(cur, user, "import", plan.layer,
                                f"{plan.source}: {len(inserts)} new, {len(updates)} updated")
                    self._bump(cur)
                if dry_run:
                    raise _Rollback
        except _Rollback:
            pass
        return report

    def _rows_by_id(self, cur, layer_name: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        layer = LAYERS[layer_name]
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self._execute(
                cur,
                f"SELECT {', '.join(_q(c) for c in layer.names)}, {self._geom_select()} FROM {_q(layer_name)} "
                f"WHERE id IN ({', '.join('?' * len(chunk))})" + self._lock_rows_suffix(),
                chunk,
            ).fetchall()
            if not rows:
                continue
            frame = self._frame(layer, list(layer.names), rows)
            for rec, geom in zip(frame.drop(columns="geometry").to_dict("records"), frame.geometry.values):
                clean = {k: (None if v is pd.NA or (isinstance(v, float) and np.isnan(v)) else
                             (v.item() if hasattr(v, "item") else v)) for k, v in rec.items()}
                clean["geometry"] = geom
                out[clean["id"]] = clean
        return out

    def _new_feature(self, layer, row: dict, user: str, now: str) -> dict[str, Any]:
        new = {f.name: row.get(f.name) for f in layer.fields}
        new["geometry"] = row["geometry"]
        if layer.name == "parcels":
            new["land_use"] = new["land_use"] or "industrial"
            new["clearance_stage"] = new["clearance_stage"] or "not_started"
            new["lease_status"] = new["lease_status"] or "available"
            new["blocked"] = bool(new["blocked"])
            new["area_ha"] = round(float(gcrs.area_ha([row["geometry"]])[0]), 4)
            new["version"], new["updated_at"], new["updated_by"] = 1, now, user
            if new["clearance_stage"] != "not_started":
                new["stage_since"] = now[:10]
        new["source"] = new["source"] or "import"
        new["confidence"] = new["confidence"] or "as surveyed (imported file)"
        return new

    def _upsert_personal(self, cur, parcel_id: str, fields: dict[str, Any], user: str, now: str) -> None:
        cols = [f for f in PERSONAL_FIELDS if f in fields]
        if not cols:
            return
        exists = self._execute(cur, "SELECT 1 FROM parcel_personal WHERE parcel_id = ?", (parcel_id,)).fetchone()
        if exists:
            sets = ", ".join(f"{c} = ?" for c in cols)
            self._execute(cur, f"UPDATE parcel_personal SET {sets}, updated_at = ?, updated_by = ? WHERE parcel_id = ?",
                          [*(fields[c] for c in cols), now, user, parcel_id])
        else:
            self._execute(cur, f"INSERT INTO parcel_personal (parcel_id, {', '.join(cols)}, updated_at, updated_by) "
                               f"VALUES (?, {', '.join('?' * len(cols))}, ?, ?)",
                          [parcel_id, *(fields[c] for c in cols), now, user])

    # ----------------------------------------------------------- bulk loads
    def _insert_rows(self, cur, layer_name: str, rows: list[dict]) -> None:
        layer = LAYERS[layer_name]
        names = layer.names
        geoms = self._encode_geoms([r["geometry"] for r in rows])
        values = [tuple(r[n] for n in names) + (g,) for r, g in zip(rows, geoms)]
        sql = (
            f"INSERT INTO {_q(layer_name)} ({', '.join(_q(n) for n in names)}, geom) "
            f"VALUES ({', '.join('?' * len(names))}, {self._geom_param()})"
        )
        cur.executemany(self._sql(sql), values)


_DUMMY_HASH = hash_password("not-a-real-password-0000")


def prepare_layers(layers: dict[str, gpd.GeoDataFrame]) -> dict[str, list[dict]]:
    """Validate layers for loading into a new store; fill computed parcel fields."""
    unknown = [name for name in layers if name not in LAYERS]
    if unknown:
        raise InputError(f"Unknown layer {unknown[0]!r}.")
    out: dict[str, list[dict]] = {}
    now = now_iso()
    for name in LAYER_ORDER:
        gdf = layers.get(name)
        if gdf is None:
            out[name] = []
            continue
        if gdf.crs is None or gdf.crs.to_epsg() != 4326:
            raise InputError(f"Layer {name} must be in EPSG:4326 to seed a store.")
        rows = validate_frame(LAYERS[name], gdf)
        if name == "parcels":
            areas = gcrs.area_ha([r["geometry"] for r in rows])
            for r, a in zip(rows, areas):
                r["area_ha"] = round(float(a), 4)
                r["version"] = r["version"] or 1
                r["updated_at"] = r["updated_at"] or now
                r["updated_by"] = r["updated_by"] or "seed"
                r["blocked"] = bool(r["blocked"])
        out[name] = rows
    return out


def prepare_events(events: pd.DataFrame | None, parcels: list[dict]) -> list[ClearanceEvent]:
    """Check a seed history against the parcels it describes."""
    if events is None or len(events) == 0:
        return []
    known = {p["id"]: p for p in parcels}
    out = []
    created = now_iso()
    for i, rec in enumerate(events.to_dict("records")):
        pid = rec.get("parcel_id")
        if pid not in known:
            raise InputError(f"clearance_events row {i + 1}: no parcel with id {pid!r}.")
        clean = {k: (None if (isinstance(v, float) and np.isnan(v)) else v) for k, v in rec.items()}
        out.append(ClearanceEvent(
            parcel_id=pid, action=clean.get("action") or "stage", from_stage=clean.get("from_stage"),
            to_stage=clean.get("to_stage"), at=to_iso(clean.get("at"), what="event_date"),
            recorded_at=clean.get("recorded_at") or created, by=clean.get("by") or "seed", note=clean.get("note"),
            document_ref=clean.get("document_ref"), version=int(clean["version"]), detail=clean.get("detail"),
        ))
    return out


def _column(ftype: str, values: list) -> pd.Series | list:
    if ftype == "bool":
        return pd.array([None if v is None else bool(v) for v in values], dtype="boolean")
    if ftype == "int":
        return pd.array([None if v is None else int(v) for v in values], dtype="Int64")
    if ftype == "real":
        return np.array([np.nan if v is None else float(v) for v in values], dtype="float64")
    # Text stays in plain object arrays: hot paths (readiness, search) read them as NumPy without a copy.
    if ftype in ("date", "datetime"):
        return pd.Series([None if v is None else _iso_text(v, ftype) for v in values], dtype=object)
    return pd.Series(values, dtype=object)


def _arrow_column(ftype: str, arr) -> pd.Series | np.ndarray:
    """``_column`` for an Arrow column: nullable booleans and integers, floats with NaN, text as objects."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if ftype == "bool":
        return arr.cast(pa.bool_()).to_pandas(types_mapper={pa.bool_(): pd.BooleanDtype()}.get).array
    if ftype == "int":
        return arr.cast(pa.int64()).to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get).array
    if ftype == "real":
        return arr.cast(pa.float64()).to_numpy(zero_copy_only=False)
    if pa.types.is_date(arr.type):
        arr = pc.strftime(arr.cast(pa.timestamp("s")), "%Y-%m-%d")
    elif pa.types.is_timestamp(arr.type):
        arr = pc.strftime(arr.cast(pa.timestamp("s", "UTC")), "%Y-%m-%dT%H:%M:%SZ")
    return pd.Series(arr.cast(pa.string()).to_numpy(zero_copy_only=False), dtype=object)


def _iso_text(value, ftype: str) -> str:
    if isinstance(value, str):
        return value
    if ftype == "date":
        return value.isoformat()[:10]
    return pd.Timestamp(value).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")


def _row_dict(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    rec = gdf.iloc[0]
    out = {}
    for k, v in rec.items():
        if k == gdf.geometry.name:
            out["geometry"] = v
        else:
            out[k] = None if (v is pd.NA or (isinstance(v, float) and np.isnan(v))) else (
                v.item() if hasattr(v, "item") else v)
    return out


def _event(row: Sequence) -> ClearanceEvent:
    d = dict(zip(EVENT_COLUMNS, row))
    d["version"] = int(d["version"])
    d["at"] = _iso_text(d["at"], "datetime")
    d["recorded_at"] = _iso_text(d["recorded_at"], "datetime")
    return ClearanceEvent(**d)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class _Rollback(Exception):
    """Raised inside a transaction to undo it (dry runs)."""


def _where(where: str, message: str) -> str:
    return f"{where}: {_lower_first(message)}" if where else message


def _lower_first(text: str) -> str:
    text = text.rstrip(".")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _refusal(items: list[str], total: int, sentence_case: bool = False) -> str:
    if len(items) == 1 and total == 1:
        msg = items[0]
        return (msg[:1].upper() + msg[1:]).rstrip(".") + "."
    shown = "; ".join(items[:MAX_LISTED_ERRORS])
    more = f"; and {len(items) - MAX_LISTED_ERRORS} more" if len(items) > MAX_LISTED_ERRORS else ""
    return f"{len(items)} of {total} changes were refused and nothing was saved: {shown}{more}."
