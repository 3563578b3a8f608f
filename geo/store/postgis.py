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

Connections: psycopg 3, from a pool of idle ones (:mod:`.pgpool`): each transaction borrows a connection
and gives it back, the thread keeping it for the length of the transaction (nested transactions on that
thread reuse it as a savepoint, so a read inside a write runs on the primary). Connection failures become
one-sentence :class:`~geo.errors.StoreError` messages that never include the password.

Read replica: ``PostgisStore(url, read_url=STANDBY)`` sends read transactions to a hot standby of the same
database (a second pool) and writes to ``url``, the primary, without ever reading a state older than one
this store object wrote or read (:mod:`.standby`). ``read_url`` takes the same form as ``url``; its
``schema`` is the primary's. ``store.read_url`` is printable, like ``store.url``.
"""

from __future__ import annotations

import threading
from contextlib import ExitStack, contextmanager
from functools import lru_cache, partial
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple
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
from ..settings import busy_timeout_ms, read_wait_ms
from .base import Store
from .columnar import CopyStream, csv_batches
from .pgpool import Pool, error_reason
from .standby import Standby, wal_position
from .tables import EVENT_COLUMNS, LAYER_TABLES, OWN_TABLES, Column, Index, Table, column_list, quote
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


class _Server(NamedTuple):
    """One server named by a store URL: what libpq connects to, what may be printed, what may not."""

    conninfo: str  # the URL for libpq (without ``schema``)
    printable: str  # the URL without its password: ``store.url``, a cache key
    where: str  # host:port/db, for messages
    secret: str | None  # the password, wherever it came from in the URL (never printed)
    schema: str
    given: frozenset[str]  # the libpq parameters the URL sets itself


def _server(url: str) -> _Server:
    """Parse a store URL (``schema`` is SiteReady's parameter; the rest is libpq's)."""
    try:
        parts = urlsplit(url)
        secret_in_url = parts.password
    except ValueError as err:
        raise StoreError("store.pg_bad_url", reason=str(err)) from None
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), "") or "public"
    userinfo, _, hostpart = parts.netloc.rpartition("@")

    def build(auth: str, params: list[tuple[str, str]]) -> str:
        # By hand, not urlunsplit(), which drops the "//" of postgresql:///db?host=/run/postgresql.
        q = urlencode(params, safe="/:,")
        return f"{parts.scheme}://{auth}{hostpart}{parts.path}" + (f"?{q}" if q else "")

    libpq_url = build(f"{userinfo}@" if userinfo else "", [(k, v) for k, v in query if k != "schema"])
    try:
        params = conninfo_to_dict(libpq_url)
    except psycopg.Error as err:
        raise StoreError("store.pg_bad_url", reason=error_reason(err, secret_in_url)) from None
    host = params.get("host") or "localhost"
    where = f"{host}:{params.get('port') or 5432}/{params.get('dbname') or params.get('user') or ''}"
    user = userinfo.split(":", 1)[0]
    printable = build(f"{user}@" if user else "", [(k, v) for k, v in query if k != "password"])
    return _Server(libpq_url, printable, where, str(params.get("password") or "") or None, schema,
                   frozenset(params))


#: Seconds to wait for a new connection when the URL does not say: the primary, and the standby (which
#: has the primary to fall back on, so a dead one should cost a read little).
CONNECT_TIMEOUT_S = 10
STANDBY_CONNECT_TIMEOUT_S = 3


class PostgisStore(Store):
    """A SiteReady store in a PostGIS database (see the module docstring for the URL)."""

    kind = "postgis"
    placeholder = "%s"
    #: Parcels a replay reads at a time (:func:`geo.replay.piece_parcels`): each range's events come through the
    #: index on ``parcel_id`` at a cost that follows the range, so half the GeoPackage's (whose ranges each cost
    #: a GDAL child) halves a replay's peak: ranges of a synthetic 10M store hold up to 1.1 million events.
    REPLAY_PARCELS = 100_000

    def __init__(self, url: str, read_url: str | None = None):
        primary = _server(url)
        self.schema = primary.schema
        self.where = primary.where
        super().__init__(primary.printable)  # store.url: printable, a cache key, never the password
        self._qschema = quote(self.schema)
        self._local = threading.local()
        self._verified = False
        self._schema_checked = False  # once per store object: an older store's layers are upgraded
        self._primary = Pool(partial(self._connect, primary, CONNECT_TIMEOUT_S), primary.where, primary.secret)
        self.read_url: str | None = None
        self._standby: Standby | None = None
        if read_url:
            standby = _server(read_url)
            self.read_url = standby.printable
            self._standby = Standby(Pool(partial(self._connect, standby, STANDBY_CONNECT_TIMEOUT_S), standby.where,
                                         standby.secret), read_wait_ms())

    # ----------------------------------------------------------- connections
    def _connect(self, server: _Server, timeout: int) -> psycopg.Connection:
        defaults = {"connect_timeout": timeout, "application_name": "siteready"}
        kwargs: dict[str, Any] = {"autocommit": True, **{k: v for k, v in defaults.items() if k not in server.given}}
        try:
            conn = psycopg.connect(server.conninfo, **kwargs)
        except psycopg.Error as err:
            raise StoreError("store.pg_cannot_connect", where=server.where,
                             reason=error_reason(err, server.secret)) from None
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
            raise StoreError("store.pg_cannot_set_up", where=server.where,
                             reason=error_reason(err, server.secret)) from None
        conn.adapters.register_loader("date", TextLoader)
        conn.adapters.register_loader("timestamptz", _IsoTimestampLoader)
        return conn

    def close(self) -> None:
        """Close the idle connections (a thread's next transaction opens a new one)."""
        self._primary.close()
        if self._standby is not None:
            self._standby.close()

    def reads_on_standby(self) -> bool:
        """Whether a read now runs on the hot standby (False without a read URL, or while the standby is
        behind this store's last write or cannot be reached). It is a read: it asks the server it ran on."""
        if self._standby is None:
            return False
        with self._transaction(write=False) as cur:
            row = cur.execute("SELECT pg_is_in_recovery()").fetchone()
        return bool(row and row[0])

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
        conn = self._primary.borrow()
        try:
            found = self._has_store(conn)
        except psycopg.Error as err:
            conn.close()
            raise self._error(err) from None
        self._primary.give_back(conn)
        return found

    def _check_store(self) -> None:
        """Once per store object, on the primary: the tables are in our schema (else search_path would find
        public's), and an older store's layers are upgraded."""
        conn = self._primary.borrow()
        try:
            if not self._verified and not self._has_store(conn):
                raise self._no_store()
            if not self._schema_checked and self._upgrade_schema(conn) and self._standby is not None:
                self._note_position(conn)  # no read on the standby before it has the new layers
        except psycopg.Error as err:
            raise self._error(err) from None
        finally:
            self._primary.give_back(conn)

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[psycopg.Cursor]:
        held: psycopg.Connection | None = getattr(self._local, "conn", None)
        if held is None:
            if not (self._verified and self._schema_checked):
                self._check_store()
            self._local.conn, self._local.pool = self._connection(write)
        elif write and self._local.pool is not self._primary:  # a bug, not a user's doing
            raise RuntimeError("a write inside a read transaction on the read replica")
        try:
            with ExitStack() as stack:
                conn, pool = self._begin(stack, nested=held is not None)
                cur = stack.enter_context(conn.cursor())
                if write:  # the writers' lock: one writer at a time, like BEGIN IMMEDIATE
                    # A write's statements read a few thousand rows at most, through indexes (the parcels
                    # beneath a plot, :mod:`.derived`). For the plots over a parcel beneath two of them, the
                    # planner's estimate (11,000 rows joined to the whole layer) chose hashing every parcel
                    # (311 ms at 1M, seconds at 10M) over 11,000 index lookups (30 ms); and starting parallel
                    # workers costs more (18 ms seen on a busy machine) than they save. So neither, in a write.
                    cur.execute("SELECT value, set_config('enable_hashjoin', 'off', true), "
                                "set_config('enable_mergejoin', 'off', true), "
                                "set_config('max_parallel_workers_per_gather', '0', true) "
                                "FROM siteready_counter WHERE id = 1 FOR UPDATE")
                yield cur
            if held is None and pool is self._primary and self._standby is not None:
                self._note_position(conn)
        except psycopg.Error as err:  # a broken connection is dropped by give_back
            conn, pool = self._local.conn, self._local.pool
            if pool is not self._primary and conn.broken and self._standby is not None:
                self._standby.lost(pool.reason(err))
            raise self._error(err, pool) from None
        finally:
            if held is None:
                conn, pool = self._local.conn, self._local.pool
                self._local.conn = self._local.pool = None
                pool.give_back(conn)

    def _connection(self, write: bool) -> tuple[psycopg.Connection, Pool]:
        """A connection for a new transaction, and its pool: the standby's for a read when it has replayed
        this store's last write (:mod:`.standby`), else the primary's."""
        if not write and self._standby is not None:
            conn = self._standby.connection()
            if conn is not None:
                return conn, self._standby.pool
        return self._primary.borrow(), self._primary

    def _begin(self, stack: ExitStack, nested: bool) -> tuple[psycopg.Connection, Pool]:
        """Begin the transaction (or savepoint) on the thread's connection. A standby connection that fails
        at BEGIN (the standby went away since it was last used) is dropped, and the read begins on the
        primary instead: the caller has run nothing yet."""
        conn, pool = self._local.conn, self._local.pool
        try:
            stack.enter_context(conn.transaction())
            return conn, pool
        except psycopg.OperationalError as err:
            if nested or pool is self._primary or self._standby is None:
                raise
            conn.close()
            self._standby.lost(pool.reason(err))
        self._local.conn, self._local.pool = self._primary.borrow(), self._primary
        stack.enter_context(self._local.conn.transaction())
        return self._local.conn, self._primary

    def _note_position(self, conn: psycopg.Connection) -> None:
        """After a transaction on the primary (committed): no later read of this store may show less than
        the primary holds now (read-your-writes, and monotonic reads after a read that ran there)."""
        assert self._standby is not None
        try:
            self._standby.note(wal_position(conn))
        except psycopg.Error:  # committed, but the position is unknown: keep reads on the primary a while
            self._standby.pause()

    def _upgrade_schema(self, conn: psycopg.Connection) -> bool:
        """Bring an older store's layers up to this schema (:mod:`.upgrade`), in one write transaction;
        True when it changed them."""
        upgraded = False
        with conn.transaction(), conn.cursor() as cur:
            if self._needs_layer_upgrade(cur):
                cur.execute("SELECT value FROM siteready_counter WHERE id = 1 FOR UPDATE")
                if self._needs_layer_upgrade(cur):
                    self._upgrade_layers(cur)
                    upgraded = True
        self._schema_checked = True
        return upgraded

    def _insert_cover_rows(self, cur: psycopg.Cursor, rows: list[tuple[str, str, float]]) -> None:
        with cur.copy(f"COPY {self._qschema}.plot_cover (plot_id, parcel_id, area_m2) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _drop_layer(self, cur: psycopg.Cursor, name: str) -> None:
        cur.execute(f"DROP TABLE {self._qschema}.{quote(name)}")

    def _replace_index(self, cur: psycopg.Cursor, table: str, old: str, index: Index) -> None:
        cur.execute(f"DROP INDEX IF EXISTS {self._qschema}.{quote(old)}")
        cur.execute(index_ddl(self._qschema, LAYER_TABLES[table], index).replace("INDEX ", "INDEX IF NOT EXISTS ", 1))

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

    def _error(self, err: psycopg.Error, pool: Pool | None = None) -> Exception:
        """A StoreError for database failures a user can meet (on the server of ``pool``, default the
        primary); other errors (bugs) pass unchanged."""
        pool = pool or self._primary
        reason, where = pool.reason(err), pool.where
        if isinstance(err, psycopg.errors.UndefinedTable):
            return self._no_store(f" ({reason})")
        if isinstance(err, psycopg.errors.LockNotAvailable):
            return StoreError("store.pg_busy", where=where, seconds=busy_timeout_ms() / 1000)
        if isinstance(err, psycopg.OperationalError):
            return StoreError("store.pg_failed", where=where, reason=reason)
        if isinstance(err, (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction)):
            return StoreError("store.pg_refused", where=where, reason=reason)
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

    def _nearest_sql(self, layer: str, bbox: Sequence[float], point: tuple[float, float],
                     limit: int) -> tuple[str, tuple]:
        # The GiST index's nearest-neighbour order (<->): the box's features nearest the point first.
        sql = (f"SELECT id FROM {quote(layer)} WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) "
               "ORDER BY geom <-> ST_SetSRID(ST_MakePoint(?, ?), 4326) LIMIT ?")
        return sql, (*bbox, *point, limit)

    def _lock_rows_suffix(self) -> str:
        return " FOR UPDATE"

    # -------------------------------------------------------------- creation
    def _create(self, layers: dict[str, list[dict]], parts: Iterable[SeedPart], meta: dict[str, str]) -> bool:
        """Create and load everything in one transaction; False when another process created the store first."""
        conn = self._primary.borrow()
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
            if self._standby is not None:
                self._note_position(conn)
        except psycopg.Error as err:
            raise self._error(err) from None
        finally:
            self._primary.give_back(conn)
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

    def _analyze(self, cur: psycopg.Cursor) -> None:
        for name in (*LAYER_ORDER, "clearance_events", "plot_cover", "plot_state"):
            cur.execute(f"ANALYZE {self._qschema}.{quote(name)}")

    def _index_own_tables(self, cur: psycopg.Cursor) -> None:
        for table in OWN_TABLES.values():
            for index in table.indexes:
                cur.execute(index_ddl(self._qschema, table, index))

    def _append_events(self, cur: psycopg.Cursor, events: list[ClearanceEvent]) -> None:
        cols = [c for c in EVENT_COLUMNS if c != "event_id"]
        with cur.copy(f"COPY {self._qschema}.clearance_events ({column_list(cols)}) FROM STDIN") as copy:
            for e in events:
                copy.write_row([getattr(e, c) for c in cols])

    # -------------------------------------------------------------- column-wise reads (issue #17)
    def _select_columns(self, sql: str, params: Sequence, kinds: Mapping[str, str]) -> Iterator[Any]:
        """``COPY (SELECT …) TO STDOUT`` in CSV, parsed by Arrow block by block as it arrives (:mod:`.columnar`):
        no row is ever a Python tuple, and the client never holds the whole result as text."""
        with self._transaction(write=False) as cur, \
                cur.copy(f"COPY ({self._sql(sql)}) TO STDOUT (FORMAT csv)", tuple(params)) as copy:
            yield from csv_batches(CopyStream(copy), kinds)

    _time_kind = "epoch"
    # An array of the range's ids: PostgreSQL looks each up in the index on parcel_id, where for IN (SELECT …)
    # it joined them to a scan of every event of the store (1.3 s a range at a million parcels).
    _OF_FIDS = "parcel_id = ANY(ARRAY(SELECT id FROM parcels WHERE fid BETWEEN ? AND ?))"

    def _time_select(self, column: str) -> str:
        # Whole seconds, as _IsoTimestampLoader cuts a row's TIMESTAMPTZ (far cheaper to send than text).
        return f"floor(extract(epoch FROM {quote(column)}))::bigint"
