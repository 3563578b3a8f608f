"""The PostGIS store: the same tables as the GeoPackage, in a PostgreSQL database that several app instances share.

URL: ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?schema=NAME&other libpq parameters]``.
``schema`` (default ``public``) is the schema that holds SiteReady's tables, so one database can hold
several stores; it is created by ``init`` when missing. The password may also come from ``PGPASSWORD`` or
``~/.pgpass`` (libpq's usual ways). ``store.url`` is the URL *without* its password, so that it can be
printed, logged and used as a cache key; it still opens the store when libpq finds the password itself.

Set-up: the database and its role exist (see docs/deploy.md); the ``postgis`` extension is created by
``init`` when the role may do so, else a superuser runs ``CREATE EXTENSION postgis`` once.

Tables: one per layer of :mod:`geo.schema` with ``fid BIGSERIAL`` (read order), ``geom
geometry(TYPE, 4326)`` with a GiST index and a unique index on ``id``, plus ``siteready_meta``,
``siteready_counter``, ``clearance_events``, ``users``, ``audit_log``, ``parcel_personal`` and the rest of
``tables.OWN_TABLES``, each rendered here from the one spec in :mod:`.tables` that the GeoPackage renders
too, so both stores always hold the same tables. Text keys sort in code-point order (``COLLATE "C"``), as
SQLite's BINARY collation does (the users list is ordered by name). Dates are
DATE and timestamps TIMESTAMPTZ; they read back as the same ISO strings the GeoPackage holds
(``2026-03-02`` and ``2026-03-02T08:15:00Z``), so callers see one behaviour.

Concurrency: every write transaction first locks the change-counter row (``SELECT … FOR UPDATE``), so
writers run one at a time, like ``BEGIN IMMEDIATE`` in the GeoPackage: a writer always reads the versions
the previous one committed (READ COMMITTED takes a fresh snapshot per statement), and no two writers can
deadlock. A writer waits at most SITEREADY_BUSY_TIMEOUT_MS (``lock_timeout``), then fails with a
StoreError. Readers never wait.

Connections: psycopg 3. The app shares one store object across Streamlit's threads, and Streamlit runs
every rerun on a new thread, so connections are not pinned to threads: each transaction borrows an idle
connection (or opens one) and gives it back, the thread keeping it for the length of the transaction
(nested transactions on that thread reuse it as a savepoint). Connection failures become one-sentence
:class:`~geo.errors.StoreError` messages that never include the password.
"""

from __future__ import annotations

import re
import threading
import time
import weakref
from contextlib import contextmanager
from functools import lru_cache
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np
import psycopg
import psycopg.errors
import shapely
from psycopg.adapt import Loader
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.string import TextLoader

from ..errors import StoreError
from ..schema import LAYER_ORDER
from ..settings import busy_timeout_ms
from .base import Store
from .tables import EVENT_COLUMNS, OWN_TABLES, Column, Index, Table, column_list, quote
from .values import ClearanceEvent, SeedPart

_SQL_TYPES = {"text": "TEXT", "int": "BIGINT", "real": "DOUBLE PRECISION", "bool": "BOOLEAN", "date": "DATE",
              "datetime": "TIMESTAMPTZ"}


def column_ddl(table: Table, col: Column) -> str:
    """One column of a table spec in PostgreSQL's dialect."""
    if col.type == "geometry":
        return f"{quote(col.name)} geometry({table.geometry}, 4326)"
    if col.serial:
        return f"{quote(col.name)} BIGSERIAL PRIMARY KEY"
    sql = f"{quote(col.name)} {_SQL_TYPES[col.type]}"
    if col.key:  # text keys in code-point order, as SQLite sorts them
        sql += ' COLLATE "C" PRIMARY KEY' if col.type == "text" else " PRIMARY KEY"
    return sql + (" NOT NULL" if col.required else "")


def table_ddl(schema: str, table: Table) -> str:
    """CREATE TABLE for a table spec, in ``schema`` (quoted)."""
    cols = ", ".join(column_ddl(table, c) for c in table.columns)
    return f"CREATE TABLE {schema}.{quote(table.name)} ({cols})"


def index_ddl(schema: str, table: Table, index: Index) -> str:
    unique = "UNIQUE " if index.unique else ""
    return f"CREATE {unique}INDEX {quote(index.name)} ON {schema}.{quote(table.name)} ({column_list(index.columns)})"

#: Memory for building each index of a new store (its sort): ten million parcels' indexes sort in memory.
CREATE_INDEX_MEMORY = "512MB"
#: Idle connections kept for reuse; more are closed when given back.
MAX_IDLE = 8
#: A connection idle for longer than this is checked with a round trip before reuse.
STALE_AFTER_S = 30.0


@lru_cache(maxsize=4096)
def _iso_timestamp(data: bytes) -> str:
    text = data.decode()
    return f"{text[:10]}T{text[11:19]}Z" if len(text) >= 19 else text


class _IsoTimestampLoader(Loader):
    """TIMESTAMPTZ as the store's ISO text (the session's TimeZone is UTC): ``2026-03-02T08:15:00Z``.

    Cached: a layer's timestamps repeat (a seed or an import stamps thousands of rows alike).
    """

    def load(self, data) -> str:
        return _iso_timestamp(bytes(data))


def _reason(err: BaseException, secret: str | None) -> str:
    """The useful clause of a libpq/psycopg error, on one line, without the password."""
    lines = [ln.strip() for ln in str(err).splitlines() if ln.strip()]
    text = lines[0] if lines else type(err).__name__
    text = text.split(" failed: ")[-1]
    text = re.sub(r"^(connection failed: |FATAL: +|ERROR: +)+", "", text).strip().rstrip(".")
    if secret:
        text = text.replace(secret, "***")
    return text or type(err).__name__


def _close_idle(idle: list[tuple[psycopg.Connection, float]]) -> None:
    while idle:
        idle.pop()[0].close()


class PostgisStore(Store):
    """A SiteReady store in a PostGIS database (see the module docstring for the URL)."""

    kind = "postgis"
    placeholder = "%s"

    def __init__(self, url: str):
        try:
            parts = urlsplit(url)
            secret_in_url = parts.password
        except ValueError as err:
            raise StoreError("store.pg_bad_url", reason=str(err)) from None
        query = parse_qsl(parts.query, keep_blank_values=True)
        self.schema = next((v for k, v in query if k == "schema"), "") or "public"
        userinfo, _, hostpart = parts.netloc.rpartition("@")

        def build(auth: str, params: list[tuple[str, str]]) -> str:
            # By hand, not urlunsplit(), which drops the "//" of postgresql:///db?host=/run/postgresql.
            q = urlencode(params, safe="/:,")
            return f"{parts.scheme}://{auth}{hostpart}{parts.path}" + (f"?{q}" if q else "")

        libpq_url = build(f"{userinfo}@" if userinfo else "", [(k, v) for k, v in query if k != "schema"])
        try:
            params = conninfo_to_dict(libpq_url)
        except psycopg.Error as err:
            raise StoreError("store.pg_bad_url", reason=_reason(err, secret_in_url)) from None
        self._secret = str(params.get("password") or "") or None
        host = params.get("host") or "localhost"
        self.where = f"{host}:{params.get('port') or 5432}/{params.get('dbname') or params.get('user') or ''}"
        user = userinfo.split(":", 1)[0]  # store.url: printable, a cache key, never the password
        super().__init__(build(f"{user}@" if user else "", [(k, v) for k, v in query if k != "password"]))
        self._kwargs: dict[str, Any] = {"autocommit": True}
        if "connect_timeout" not in params:
            self._kwargs["connect_timeout"] = 10
        if "application_name" not in params:
            self._kwargs["application_name"] = "siteready"
        self._conninfo = libpq_url
        self._qschema = quote(self.schema)
        self._idle: list[tuple[psycopg.Connection, float]] = []
        self._lock = threading.Lock()
        self._local = threading.local()
        self._verified = False
        self._schema_checked = False  # once per store object: an older store's layers are upgraded
        # A store dropped without close() closes its idle connections (psycopg warns about open ones).
        weakref.finalize(self, _close_idle, self._idle)

    # ----------------------------------------------------------- connections
    def _connect(self) -> psycopg.Connection:
        try:
            conn = psycopg.connect(self._conninfo, **self._kwargs)
        except psycopg.Error as err:
            raise StoreError("store.pg_cannot_connect", where=self.where, reason=_reason(err, self._secret)) from None
        try:
            # Our schema first, then public, then wherever PostGIS lives; UTC and ISO dates, a bounded lock wait.
            conn.execute(
                "SELECT set_config('search_path', concat_ws(', ', quote_ident(%s), 'public', (SELECT "
                "quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                "WHERE e.extname = 'postgis' AND n.nspname NOT IN (%s, 'public'))), false), "
                "set_config('TimeZone', 'UTC', false), set_config('DateStyle', 'ISO, YMD', false), "
                "set_config('lock_timeout', %s, false)",
                (self.schema, self.schema, f"{busy_timeout_ms()}ms"),
            )
        except psycopg.Error as err:
            conn.close()
            raise StoreError("store.pg_cannot_set_up", where=self.where, reason=_reason(err, self._secret)) from None
        conn.adapters.register_loader("date", TextLoader)
        conn.adapters.register_loader("timestamptz", _IsoTimestampLoader)
        return conn

    def _borrow(self) -> psycopg.Connection:
        while True:
            with self._lock:
                conn, since = self._idle.pop() if self._idle else (None, 0.0)
            if conn is None:
                return self._connect()
            if conn.closed or conn.broken:
                continue
            if time.monotonic() - since > STALE_AFTER_S:
                try:
                    conn.execute("SELECT 1")
                except psycopg.Error:
                    conn.close()
                    continue
            return conn

    def _give_back(self, conn: psycopg.Connection) -> None:
        ok = not conn.closed and not conn.broken and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        if ok:
            with self._lock:
                if len(self._idle) < MAX_IDLE:
                    self._idle.append((conn, time.monotonic()))
                    return
        conn.close()

    def close(self) -> None:
        """Close the idle connections (a thread's next transaction opens a new one)."""
        with self._lock:
            idle = self._idle[:]
            self._idle.clear()
        _close_idle(idle)

    def checkpoint(self) -> None:
        """Nothing to do: PostgreSQL's own checkpoints keep the data files current (back up with pg_dump)."""

    def _has_store(self, conn: psycopg.Connection | psycopg.Cursor) -> bool:
        # A query on the catalog, not to_regclass(): after waiting for the init lock, it must see the
        # winner's tables, and to_regclass() can answer from a cache that an advisory lock does not refresh.
        row = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relname = 'siteready_counter')", (self.schema,)).fetchone()
        found = bool(row and row[0])
        self._verified = self._verified or found
        return found

    def _no_store(self, detail: str = "") -> StoreError:
        return StoreError("store.pg_no_store", where=self.where, schema=self.schema, detail=detail)

    def exists(self) -> bool:
        conn = self._borrow()
        try:
            found = self._has_store(conn)
        except psycopg.Error as err:
            conn.close()
            raise self._error(err) from None
        self._give_back(conn)
        return found

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[psycopg.Cursor]:
        held = getattr(self._local, "conn", None)
        conn = held or self._borrow()
        self._local.conn = conn
        try:
            # Once per store object: the tables are in our schema (else search_path would find public's).
            if not self._verified and not self._has_store(conn):
                raise self._no_store()
            if not self._schema_checked and held is None:
                self._upgrade_schema(conn)
            with conn.transaction(), conn.cursor() as cur:
                if write:  # the writers' lock: one writer at a time, like BEGIN IMMEDIATE
                    cur.execute("SELECT value FROM siteready_counter WHERE id = 1 FOR UPDATE")
                yield cur
        except psycopg.Error as err:  # a broken connection is dropped by _give_back
            raise self._error(err) from None
        finally:
            if held is None:
                self._local.conn = None
                self._give_back(conn)

    def _upgrade_schema(self, conn: psycopg.Connection) -> None:
        """Bring an older store's layers up to this schema (:mod:`.upgrade`), in one write transaction."""
        with conn.transaction(), conn.cursor() as cur:
            if self._needs_layer_upgrade(cur):
                cur.execute("SELECT value FROM siteready_counter WHERE id = 1 FOR UPDATE")
                if self._needs_layer_upgrade(cur):
                    self._upgrade_layers(cur)
        self._schema_checked = True

    def _insert_cover_rows(self, cur: psycopg.Cursor, rows: list[tuple[str, str, float]]) -> None:
        with cur.copy(f"COPY {self._qschema}.plot_cover (plot_id, parcel_id, area_m2) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _drop_layer(self, cur: psycopg.Cursor, name: str) -> None:
        cur.execute(f"DROP TABLE {self._qschema}.{quote(name)}")

    def _ensure_own_table(self, cur: psycopg.Cursor, name: str) -> None:
        table = OWN_TABLES[name]
        found = cur.execute("SELECT to_regclass(%s)", (f"{self._qschema}.{quote(name)}",)).fetchone()
        if found is None or found[0] is None:
            cur.execute(table_ddl(self._qschema, table))
            for index in table.indexes:
                cur.execute(index_ddl(self._qschema, table, index))

    def _add_column(self, cur: psycopg.Cursor, table: str, column: str, ftype: str) -> None:
        cur.execute(f"ALTER TABLE {self._qschema}.{quote(table)} ADD COLUMN IF NOT EXISTS {quote(column)} "
                    f"{_SQL_TYPES[ftype]}")

    def _error(self, err: psycopg.Error) -> Exception:
        """A StoreError for database failures a user can meet; other errors (bugs) pass unchanged."""
        reason = _reason(err, self._secret)
        if isinstance(err, psycopg.errors.UndefinedTable):
            return self._no_store(f" ({reason})")
        if isinstance(err, psycopg.errors.LockNotAvailable):
            return StoreError("store.pg_busy", where=self.where, seconds=busy_timeout_ms() / 1000)
        if isinstance(err, psycopg.OperationalError):
            return StoreError("store.pg_failed", where=self.where, reason=reason)
        if isinstance(err, (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction)):
            return StoreError("store.pg_refused", where=self.where, reason=reason)
        return err

    # -------------------------------------------------------------- geometry
    def _geom_param(self) -> str:
        return "ST_GeomFromWKB(?, 4326)"

    def _encode_geoms(self, geoms: Sequence) -> list:
        arr = np.asarray(geoms, dtype=object)
        return list(shapely.to_wkb(arr, output_dimension=2)) if len(arr) else []

    def _geom_select(self) -> str:
        return "ST_AsBinary(geom)"

    def _decode_geoms(self, values: Sequence) -> np.ndarray:
        return shapely.from_wkb(np.array(values, dtype=object))

    def _bbox_clause(self, layer: str) -> str:
        return "geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"

    def _lock_rows_suffix(self) -> str:
        return " FOR UPDATE"

    # -------------------------------------------------------------- creation
    def _create(self, layers: dict[str, list[dict]], parts: Iterable[SeedPart], meta: dict[str, str]) -> bool:
        """Create and load everything in one transaction; False when another process created the store first."""
        conn = self._borrow()
        try:
            with conn.transaction(), conn.cursor() as cur:
                # Concurrent inits of this schema queue here (however long a big load takes); the loser
                # then sees the winner's tables.
                cur.execute("SET LOCAL lock_timeout = 0")
                cur.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (f"siteready:init:{self.schema}",))
                if self._has_store(cur):
                    return False
                if not cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone():
                    try:
                        with conn.transaction():
                            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public")
                    except psycopg.errors.InsufficientPrivilege:
                        raise StoreError("store.pg_no_postgis", where=self.where) from None
                cur.execute(f"CREATE SCHEMA IF NOT EXISTS {self._qschema}")
                # Each index is built once over the loaded rows: a sort in memory rather than on disk.
                cur.execute(f"SET LOCAL maintenance_work_mem = '{CREATE_INDEX_MEMORY}'")
                self._fill_new_store(cur, layers, parts, meta)
                for name in (*LAYER_ORDER, "clearance_events", "plot_cover", "plot_state"):
                    cur.execute(f"ANALYZE {self._qschema}.{quote(name)}")
        except psycopg.Error as err:
            raise self._error(err) from None
        finally:
            self._give_back(conn)
        return True

    def _create_layer(self, cur: psycopg.Cursor, table: Table, rows: list[dict]) -> None:
        """A layer's table, loaded with COPY, then its indexes (one sort each instead of 100,000 insertions)."""
        self._new_layer(cur, table)
        self._append_layer(cur, table, rows)
        self._index_layer(cur, table)

    def _new_layer(self, cur: psycopg.Cursor, table: Table) -> None:
        cur.execute(table_ddl(self._qschema, table))

    def _append_layer(self, cur: psycopg.Cursor, table: Table, rows: list[dict]) -> None:
        if not rows:
            return
        geoms = shapely.set_srid(np.asarray([r["geometry"] for r in rows], dtype=object), 4326)
        ewkb = shapely.to_wkb(geoms, hex=True, output_dimension=2, include_srid=True)
        names = [c for c in table.names if c not in ("fid", "geom")]
        with cur.copy(f"COPY {self._qschema}.{quote(table.name)} ({column_list(names)}, geom) FROM STDIN") as copy:
            for r, g in zip(rows, ewkb):
                copy.write_row([*(r[n] for n in names), g])

    def _index_layer(self, cur: psycopg.Cursor, table: Table) -> None:
        s, name = self._qschema, table.name
        for index in table.indexes:
            cur.execute(index_ddl(s, table, index))
        cur.execute(f"CREATE INDEX {quote(name + '_geom')} ON {s}.{quote(name)} USING GIST (geom)")

    def _new_own_tables(self, cur: psycopg.Cursor) -> None:
        for table in OWN_TABLES.values():
            cur.execute(table_ddl(self._qschema, table))

    def _index_own_tables(self, cur: psycopg.Cursor) -> None:
        for table in OWN_TABLES.values():
            for index in table.indexes:
                cur.execute(index_ddl(self._qschema, table, index))

    def _append_events(self, cur: psycopg.Cursor, events: list[ClearanceEvent]) -> None:
        cols = [c for c in EVENT_COLUMNS if c != "event_id"]
        with cur.copy(f"COPY {self._qschema}.clearance_events ({column_list(cols)}) FROM STDIN") as copy:
            for e in events:
                copy.write_row([getattr(e, c) for c in cols])
