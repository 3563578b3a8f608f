"""The GeoPackage store: one file, created and seeded on first use.

Writes use Python's sqlite3 in ``BEGIN IMMEDIATE`` transactions (WAL mode and a
busy timeout let readers and other writers wait rather than fail). The
GeoPackage R-tree triggers call ``ST_IsEmpty`` and ``ST_MinX``…``ST_MaxY``,
which GDAL defines and plain sqlite3 lacks; this module registers them on each
connection, so geometry and attribute writes run in the same transaction as
their events. The file stays a standard GeoPackage that QGIS and GDAL open.

Tables are rendered here, in SQLite's dialect, from the specs in :mod:`.tables`; the GeoPackage's own
system tables (``gpkg_*``) and R-tree triggers are fixed text from the GeoPackage standard.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from pyproj import CRS

from ..errors import StoreError
from ..schema import Layer
from ..settings import busy_timeout_ms
from .base import Store
from .columnar import arrow_type
from .frames import frame_from_arrow
from .tables import LAYER_TABLES, OWN_TABLES, Column, Index, Table, column_list, quote
from .values import ClearanceEvent, SeedPart

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10400  # GeoPackage 1.4
_ENVELOPE_SIZE = (0, 32, 48, 48, 64)
_SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "real": "REAL", "bool": "BOOLEAN", "date": "DATE",
              "datetime": "DATETIME"}


# --------------------------------------------------------------- blob codec
def encode_blobs(geoms: Sequence, srs_id: int = 4326) -> list[bytes | None]:
    """GeoPackage geometry blobs (header, xy envelope, little-endian WKB) of shapely geometries."""
    arr = np.asarray(geoms, dtype=object)
    if len(arr) == 0:
        return []
    wkbs = shapely.to_wkb(arr, byte_order=1, output_dimension=2)
    bounds = shapely.bounds(arr)
    empty = shapely.is_empty(arr)
    out: list[bytes | None] = []
    pack = struct.Struct("<2sBBi4d").pack
    for wkb, (minx, miny, maxx, maxy), is_empty, g in zip(wkbs, bounds, empty, arr):
        if g is None:
            out.append(None)
        elif is_empty:
            out.append(struct.pack("<2sBBi", b"GP", 0, 0b00010001, srs_id) + wkb)
        else:
            out.append(pack(b"GP", 0, 0b00000011, srs_id, minx, maxx, miny, maxy) + wkb)
    return out


def blob_wkb(blob: bytes) -> bytes:
    """The WKB inside a GeoPackage blob."""
    flags = blob[3]
    return blob[8 + _ENVELOPE_SIZE[(flags >> 1) & 0x07]:]


def decode_blobs(blobs: Sequence) -> np.ndarray:
    wkbs = [None if b is None else blob_wkb(b) for b in blobs]
    return shapely.from_wkb(np.array(wkbs, dtype=object))


def _envelope(blob):
    if blob is None:
        return None
    blob = bytes(blob)
    flags = blob[3]
    env = (flags >> 1) & 0x07
    if env:
        order = "<" if flags & 1 else ">"
        minx, maxx, miny, maxy = struct.unpack(order + "4d", blob[8:40])
        return minx, maxx, miny, maxy
    g = shapely.from_wkb(blob_wkb(blob))
    if g.is_empty:
        return None
    minx, miny, maxx, maxy = g.bounds
    return minx, maxx, miny, maxy


def _st_is_empty(blob):
    if blob is None:
        return None
    return 1 if (bytes(blob)[3] >> 4) & 1 else 0


def _envelope_part(i: int):
    def fn(blob):
        env = _envelope(blob)
        return None if env is None else env[i]

    return fn


def register_functions(conn: sqlite3.Connection) -> None:
    """Define the SQL functions GeoPackage R-tree triggers call."""
    conn.create_function("ST_IsEmpty", 1, _st_is_empty, deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        conn.create_function(name, 1, _envelope_part(i), deterministic=True)


# ------------------------------------------------------------------- DDL
def _core_ddl(wkt: str) -> list[tuple[str, tuple]]:
    return [
        (f"PRAGMA application_id = {GPKG_APPLICATION_ID}", ()),
        (f"PRAGMA user_version = {GPKG_USER_VERSION}", ()),
        ("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
         "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
         "description TEXT)", ()),
        ("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', "
         "'undefined cartesian coordinate reference system')", ()),
        ("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', "
         "'undefined geographic coordinate reference system')", ()),
        ("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, ?, "
         "'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')", (wkt,)),
        ("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
         "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
         "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
         "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))", ()),
        ("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
         "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
         "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name "
         "UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
         "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))", ()),
        ("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
         "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, "
         "extension_name))", ()),
        ("CREATE TABLE gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, feature_count INTEGER DEFAULT NULL)",
         ()),
    ]


def column_ddl(table: Table, col: Column) -> str:
    """One column of a table spec in SQLite's dialect."""
    if col.type == "geometry":
        return f"{quote(col.name)} {table.geometry}"
    sql = f"{quote(col.name)} {_SQL_TYPES[col.type]}"
    if col.key:
        sql += " PRIMARY KEY AUTOINCREMENT" if col.serial else " PRIMARY KEY"
    return sql + (" NOT NULL" if col.required else "")


def table_ddl(table: Table) -> str:
    """CREATE TABLE for a table spec."""
    return f"CREATE TABLE {quote(table.name)} ({', '.join(column_ddl(table, c) for c in table.columns)})"


def index_ddl(table: Table, index: Index) -> str:
    unique = "UNIQUE " if index.unique else ""
    return f"CREATE {unique}INDEX {quote(index.name)} ON {quote(table.name)} ({column_list(index.columns)})"


def _layer_ddl(table: Table) -> list[tuple[str, tuple]]:
    """A layer's table and its registration as a GeoPackage feature table."""
    return [
        (table_ddl(table), ()),
        ("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
         "VALUES (?, 'features', ?, ?, 4326)", (table.name, table.name, table.description)),
        ("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)", (table.name, table.geometry)),
        ("INSERT INTO gpkg_ogr_contents VALUES (?, 0)", (table.name,)),
    ]


def _own_table_ddl(table: Table) -> list[tuple[str, tuple]]:
    """One of SiteReady's own tables, its indexes, and its registration as a GeoPackage attribute table."""
    return [
        (table_ddl(table), ()),
        *((index_ddl(table, index), ()) for index in table.indexes),
        ("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
         (table.name, table.name, table.description)),
    ]


def _rtree_ddl(name: str) -> list[str]:
    t, r = quote(name), quote(f"rtree_{name}_geom")
    env = 'ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"), ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")'
    pre = f'CREATE TRIGGER {quote(f"rtree_{name}_geom_")}'
    return [
        f"CREATE VIRTUAL TABLE {r} USING rtree(id, minx, maxx, miny, maxy)",
        f'{pre[:-1]}insert" AFTER INSERT ON {t} WHEN (new."geom" NOT NULL AND NOT ST_IsEmpty(NEW."geom")) '
        f'BEGIN INSERT OR REPLACE INTO {r} VALUES (NEW."fid", {env}); END',
        f'{pre[:-1]}update6" AFTER UPDATE OF "geom" ON {t} WHEN OLD."fid" = NEW."fid" AND '
        f'(NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) AND (OLD."geom" NOTNULL AND NOT ST_IsEmpty(OLD."geom")) '
        f'BEGIN UPDATE {r} SET minx = ST_MinX(NEW."geom"), maxx = ST_MaxX(NEW."geom"), miny = ST_MinY(NEW."geom"), '
        f'maxy = ST_MaxY(NEW."geom") WHERE id = NEW."fid"; END',
        f'{pre[:-1]}update7" AFTER UPDATE OF "geom" ON {t} WHEN OLD."fid" = NEW."fid" AND '
        f'(NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) AND (OLD."geom" ISNULL OR ST_IsEmpty(OLD."geom")) '
        f'BEGIN INSERT INTO {r} VALUES (NEW."fid", {env}); END',
        f'{pre[:-1]}update2" AFTER UPDATE OF "geom" ON {t} WHEN OLD."fid" = NEW."fid" AND '
        f'(NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM {r} WHERE id = OLD."fid"; END',
        f'{pre[:-1]}update5" AFTER UPDATE ON {t} WHEN OLD."fid" != NEW."fid" AND '
        f'(NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM {r} WHERE id = OLD."fid"; '
        f'INSERT OR REPLACE INTO {r} VALUES (NEW."fid", {env}); END',
        f'{pre[:-1]}update4" AFTER UPDATE ON {t} WHEN OLD."fid" != NEW."fid" AND '
        f'(NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom")) BEGIN DELETE FROM {r} WHERE id IN (OLD."fid", NEW."fid"); END',
        f'{pre[:-1]}delete" AFTER DELETE ON {t} WHEN old."geom" NOT NULL '
        f'BEGIN DELETE FROM {r} WHERE id = OLD."fid"; END',
        f'CREATE TRIGGER {quote(f"trigger_insert_feature_count_{name}")} AFTER INSERT ON {t} BEGIN UPDATE '
        f"gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE lower(table_name) = lower('{name}'); END",
        f'CREATE TRIGGER {quote(f"trigger_delete_feature_count_{name}")} AFTER DELETE ON {t} BEGIN UPDATE '
        f"gpkg_ogr_contents SET feature_count = feature_count - 1 WHERE lower(table_name) = lower('{name}'); END",
    ]


def _busy(err: sqlite3.OperationalError) -> Exception:
    """A locked or read-only store as one sentence; any other SQLite error passes through unchanged."""
    text = str(err)
    if "locked" in text or "busy" in text:
        return StoreError("store.busy", seconds=busy_timeout_ms() // 1000)
    if "readonly" in text:
        return StoreError("store.read_only")
    return err


_LOG = logging.getLogger(__name__)
#: Layers with at least this many features are read whole through GDAL's Arrow reader (a child process).
COLUMNAR_MIN_ROWS = 150_000
#: The name a parcel's ``fid`` is read under by GDAL's Arrow reader (which leaves a column named "fid" out).
_FID_ALIAS = "siteready_fid"
#: Rows from which an insert sets the per-row R-tree triggers aside (:meth:`GeoPackageStore._insert_rows`).
BULK_INSERT_ROWS = 2_000
READ_TIMEOUT_S = 180  # the child reads a million parcels in about 3 s


class GeoPackageStore(Store):
    kind = "gpkg"

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        super().__init__(str(self.path))
        self._local = threading.local()

    # ----------------------------------------------------------- connections
    def _connect(self, path: Path | None = None) -> sqlite3.Connection:
        conn = sqlite3.connect(str(path or self.path), timeout=busy_timeout_ms() / 1000,
                               isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        register_functions(conn)
        return conn

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if not self.path.exists():
                raise StoreError("store.missing", path=str(self.path))
            if not self.path.is_file():
                raise StoreError("store.is_folder", path=str(self.path))
            try:
                conn = self._connect()
            except sqlite3.Error as err:
                raise StoreError("store.cannot_open", path=str(self.path), reason=str(err)) from None
            try:
                ok = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'siteready_counter'").fetchone()
            except sqlite3.DatabaseError:
                conn.close()
                raise StoreError("store.not_gpkg", path=str(self.path)) from None
            if not ok:
                conn.close()
                raise StoreError("store.not_siteready", path=str(self.path))
            self._upgrade(conn)
            self._local.conn = conn
            self._upgrade_schema(conn)
        return conn

    def _upgrade_schema(self, conn: sqlite3.Connection) -> None:
        """Bring an older store's layers up to this schema (:mod:`.upgrade`), in one write transaction."""
        if not self._needs_layer_upgrade(conn.cursor()):
            return
        cur = conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            if self._needs_layer_upgrade(cur):
                self._upgrade_layers(cur)
            cur.execute("COMMIT")
        except BaseException:
            conn.rollback()
            self._local.conn = None
            conn.close()
            raise

    def _drop_layer(self, cur: sqlite3.Cursor, name: str) -> None:
        cur.execute(f"DROP TABLE IF EXISTS {quote(f'rtree_{name}_geom')}")
        cur.execute(f"DROP TABLE {quote(name)}")  # its indexes and triggers go with it
        for table in ("gpkg_extensions", "gpkg_geometry_columns", "gpkg_ogr_contents", "gpkg_contents"):
            cur.execute(f"DELETE FROM {table} WHERE table_name = ?", (name,))

    def _replace_index(self, cur: sqlite3.Cursor, table: str, old: str, index: Index) -> None:
        cur.execute(f"DROP INDEX IF EXISTS {quote(old)}")
        cur.execute(index_ddl(LAYER_TABLES[table], index).replace("INDEX ", "INDEX IF NOT EXISTS ", 1))

    def _ensure_own_table(self, cur: sqlite3.Cursor, name: str) -> None:
        if not cur.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
            for sql, params in _own_table_ddl(OWN_TABLES[name]):
                cur.execute(sql, params)

    def _add_column(self, cur: sqlite3.Cursor, table: str, column: str, ftype: str) -> None:
        have = {r[1] for r in cur.execute(f"PRAGMA table_info({quote(table)})").fetchall()}
        if column not in have:
            cur.execute(f"ALTER TABLE {quote(table)} ADD COLUMN {quote(column)} {_SQL_TYPES[ftype]}")

    @staticmethod
    def _upgrade(conn: sqlite3.Connection) -> None:
        """Add the tables a store made by an older SiteReady lacks (each in its own small transaction)."""
        have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for name, table in OWN_TABLES.items():
            if name not in have:
                conn.execute("BEGIN IMMEDIATE")
                if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
                    for sql, params in _own_table_ddl(table):
                        conn.execute(sql, params)
                conn.execute("COMMIT")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def exists(self) -> bool:
        if not self.path.exists():
            return False
        if self.path.is_dir():
            raise StoreError("store.is_folder", path=str(self.path))
        try:
            self._conn()
        except StoreError:
            if self.path.stat().st_size == 0:
                return False
            raise
        return True

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[sqlite3.Cursor]:
        conn = self._conn()
        cur = conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.OperationalError as err:
            cur.close()
            raise _busy(err) from None
        try:
            yield cur
        except sqlite3.OperationalError as err:
            conn.rollback()
            raise _busy(err) from None
        except BaseException:
            conn.rollback()
            raise
        else:
            try:
                conn.commit()
            except sqlite3.OperationalError as err:
                conn.rollback()
                raise _busy(err) from None
        finally:
            cur.close()

    # -------------------------------------------------------------- bulk inserts
    def _insert_rows(self, cur: Any, layer_name: str, rows: list[dict]) -> None:
        """Insert features; a bulk insert (an import of a commune's cadastral map) sets the per-row R-tree and
        feature-count triggers aside for its duration, inside the same transaction, and fills the R-tree
        from envelopes computed at once: the triggers call Python functions for every row (8.5 s of a
        111,466-parcel import, against 1.1 s for the rows themselves). A rollback restores the triggers too."""
        triggers = [f"rtree_{layer_name}_geom_insert", f"trigger_insert_feature_count_{layer_name}"]
        found = dict(cur.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                 "(?, ?)", triggers).fetchall()) if len(rows) >= BULK_INSERT_ROWS else {}
        if len(found) != len(triggers):
            super()._insert_rows(cur, layer_name, rows)
            return
        for name in triggers:
            cur.execute(f"DROP TRIGGER {quote(name)}")
        last = cur.execute(f"SELECT COALESCE(MAX(fid), 0) FROM {quote(layer_name)}").fetchone()[0]
        super()._insert_rows(cur, layer_name, rows)
        fids = [r[0] for r in cur.execute(f"SELECT fid FROM {quote(layer_name)} WHERE fid > ? ORDER BY fid",
                                          (last,)).fetchall()]
        bounds = np.asarray(shapely.bounds(np.asarray([r["geometry"] for r in rows], dtype=object)), dtype=float)
        drawn = [bool(ok) for ok in np.isfinite(bounds).all(axis=1)]
        cur.executemany(f"INSERT OR REPLACE INTO {quote(f'rtree_{layer_name}_geom')} VALUES (?, ?, ?, ?, ?)",
                        [(f, b[0], b[2], b[1], b[3]) for f, b, ok in zip(fids, bounds.tolist(), drawn) if ok])
        cur.execute("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? WHERE lower(table_name) = "
                    "lower(?)", (len(fids), layer_name))
        for name in triggers:
            cur.execute(found[name])

    # -------------------------------------------------------------- geometry
    def _geom_param(self) -> str:
        return "?"

    def _encode_geoms(self, geoms: Sequence) -> list:
        return encode_blobs(geoms)

    def _geom_select(self) -> str:
        return "geom"

    def _decode_geoms(self, values: Sequence) -> np.ndarray:
        return decode_blobs(values)

    def _read_columnar(self, layer: Layer, cols: list[str]) -> Any:
        """A whole large layer through GDAL's Arrow reader in a child process (``arrowread.py`` says why not in
        this one): at 1,000,000 parcels about 4 s instead of 12 s of sqlite3 rows. One SQL statement, so one
        consistent read, in fid order; dates and times come back as the stored text. None (rows instead) if
        a write landed during the read or GDAL cannot read the file."""
        if self._feature_count(layer.name) < COLUMNAR_MIN_ROWS:
            return None  # starting a reader costs more than a small layer's rows
        select = ", ".join(f"CAST({quote(c)} AS TEXT) AS {quote(c)}" if layer.field(c).type in ("date", "datetime")
                           else quote(c) for c in cols)
        sql = f"SELECT {select}, geom FROM {quote(layer.name)} ORDER BY fid"
        before = self.change_counter()
        try:
            import pyarrow as pa

            with tempfile.TemporaryDirectory(prefix="siteready-read-") as tmp:
                out = Path(tmp) / "layer.arrow"
                # -P: the child's imports never come from this folder
                proc = subprocess.run([sys.executable, "-P", str(Path(__file__).with_name("arrowread.py")),
                                       str(self.path), sql, str(out)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=READ_TIMEOUT_S)
                if proc.returncode != 0:
                    _LOG.warning("Column-wise read of %s failed, reading rows instead: %s", layer.name,
                                 proc.stderr.decode("utf-8", "replace")[-500:])
                    return None
                with pa.OSFile(str(out), "rb") as source:  # read into memory: the file goes with the folder
                    table = pa.ipc.open_file(source).read_all()
                if self.change_counter() != before:
                    return None  # a write landed meanwhile: read the rows in one transaction instead
                return frame_from_arrow(layer, cols, table, "geom")
        except Exception as err:  # noqa: BLE001 - an unusual file or GDAL build: the row reader gives the real error
            _LOG.warning("Column-wise read of %s failed, reading rows instead: %s", layer.name, err)
            return None

    def _feature_count(self, name: str) -> int:
        with self._transaction(write=False) as cur:
            row = self._execute(cur, "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                                (name,)).fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _bbox_clause(self, layer: str) -> str:
        return (f"fid IN (SELECT id FROM {quote(f'rtree_{layer}_geom')} "
                "WHERE maxx >= ? AND maxy >= ? AND minx <= ? AND miny <= ?)")

    def _nearest_sql(self, layer: str, bbox: Sequence[float], point: tuple[float, float],
                     limit: int) -> tuple[str, tuple]:
        # The R-tree's boxes only: no geometry is read to choose, the boxes' centres nearest first.
        rtree = quote(f"rtree_{layer}_geom")
        x, y = point
        sql = (f"SELECT f.id FROM {rtree} r JOIN {quote(layer)} f ON f.fid = r.id "
               "WHERE r.maxx >= ? AND r.maxy >= ? AND r.minx <= ? AND r.miny <= ? "
               "ORDER BY ((r.minx + r.maxx) / 2 - ?) * ((r.minx + r.maxx) / 2 - ?) "
               "+ ((r.miny + r.maxy) / 2 - ?) * ((r.miny + r.maxy) / 2 - ?) LIMIT ?")
        return sql, (*bbox, x, x, y, y, limit)

    def _lock_rows_suffix(self) -> str:
        return ""  # BEGIN IMMEDIATE already holds the write lock

    # -------------------------------------------------------------- creation
    def _create(self, layers: dict[str, list[dict]], parts: Iterable[SeedPart], meta: dict[str, str]) -> bool:
        """Build the whole store in a temporary file, then link it into place atomically."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".siteready-", suffix=".gpkg", dir=self.path.parent)
        except OSError as err:
            raise StoreError("store.cannot_create", path=str(self.path), reason=err.strerror or str(err)) from None
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            conn = self._connect(tmp)
            try:
                self._create_in(conn, layers, parts, meta)
            finally:
                conn.close()
            try:
                os.link(tmp, self.path)  # fails if another process created the store first
            except FileExistsError:
                return False
            return True
        finally:
            tmp.unlink(missing_ok=True)

    def _create_in(self, conn: sqlite3.Connection, layers: dict[str, list[dict]], parts: Iterable[SeedPart],
                   meta: dict[str, str]) -> None:
        wkt = CRS.from_epsg(4326).to_wkt("WKT1_GDAL")
        conn.execute("BEGIN")
        for sql, params in _core_ddl(wkt):
            conn.execute(sql, params)
        self._fill_new_store(conn.cursor(), layers, parts, meta)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")

    def _create_layer(self, conn: sqlite3.Connection | sqlite3.Cursor, table: Table, rows: list[dict]) -> None:
        """A layer's table, loaded, then its indexes and its R-tree (filled in one pass, then kept by triggers)."""
        cur = conn.cursor() if isinstance(conn, sqlite3.Connection) else conn
        self._new_layer(cur, table)
        self._append_layer(cur, table, rows)
        self._index_layer(cur, table)

    def _new_layer(self, cur: sqlite3.Cursor, table: Table) -> None:
        for sql, params in _layer_ddl(table):
            cur.execute(sql, params)

    def _append_layer(self, cur: sqlite3.Cursor, table: Table, rows: list[dict]) -> None:
        if not rows:
            return
        name = table.name
        self._insert_rows(cur, name, rows)
        cur.execute("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? WHERE table_name = ?",
                    (len(rows), name))
        bounds = np.asarray(shapely.bounds(np.asarray([r["geometry"] for r in rows], dtype=object)), dtype=float)
        lo_x, lo_y = float(np.nanmin(bounds[:, 0])), float(np.nanmin(bounds[:, 1]))
        hi_x, hi_y = float(np.nanmax(bounds[:, 2])), float(np.nanmax(bounds[:, 3]))
        cur.execute(  # SQLite's min(NULL, x) is NULL: the first rows set the bounds
            "UPDATE gpkg_contents SET min_x = coalesce(min(min_x, ?), ?), min_y = coalesce(min(min_y, ?), ?), "
            "max_x = coalesce(max(max_x, ?), ?), max_y = coalesce(max(max_y, ?), ?) WHERE table_name = ?",
            (lo_x, lo_x, lo_y, lo_y, hi_x, hi_x, hi_y, hi_y, name),
        )

    def _index_layer(self, cur: sqlite3.Cursor, table: Table) -> None:
        name = table.name
        for index in table.indexes:
            cur.execute(index_ddl(table, index))
        rtree = quote(f"rtree_{name}_geom")
        cur.execute(f"CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy)")
        cur.execute(
            f"INSERT INTO {rtree} SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
            f"ST_MaxY(geom) FROM {quote(name)} WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom)"
        )
        for sql in _rtree_ddl(name)[1:]:
            cur.execute(sql)
        cur.execute(
            "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
            "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
            (name,),
        )

    def _new_own_tables(self, cur: sqlite3.Cursor) -> None:
        for table in OWN_TABLES.values():
            for sql, params in _own_table_ddl(table):
                cur.execute(sql, params)

    def _append_events(self, cur: sqlite3.Cursor, events: list[ClearanceEvent]) -> None:
        self._insert_events(cur, events)

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file (before copying it as a backup)."""
        self._conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -------------------------------------------------------------- column-wise reads (issue #17)
    def _select_columns(self, sql: str, params: Sequence, kinds: Mapping[str, str]) -> Iterator[Any]:
        """In a store of many parcels, through GDAL's Arrow reader in a child process (as :meth:`_read_columnar`,
        which says why a child), its batches read one at a time from the file it writes: 2.3 million events in about
        a fifth of the CPU of sqlite3 rows. Rows instead for a small store, when the child fails, or when a
        write landed during the read."""
        if self._feature_count("parcels") < COLUMNAR_MIN_ROWS or not all(isinstance(p, int) for p in params):
            yield from super()._select_columns(sql, params, kinds)
            return
        for p in params:  # whole numbers only (``since``): written into the statement the child runs
            sql = sql.replace("?", str(int(p)), 1)
        # GDAL takes an INTEGER PRIMARY KEY for the feature id and leaves it out: CAST keeps it a column. A
        # column named "fid" it leaves out however it is made: it comes under another name.
        gdal_sql = sql.replace('SELECT "event_id" AS', 'SELECT CAST("event_id" AS INTEGER) AS', 1)
        gdal_sql = gdal_sql.replace(' AS "fid"', f' AS "{_FID_ALIAS}"')
        names = {n: (_FID_ALIAS if n == "fid" else n) for n in kinds}
        with tempfile.TemporaryDirectory(prefix="siteready-read-") as tmp:
            out = Path(tmp) / "columns.arrow"
            reader = self._child_read(gdal_sql, out, {names[n]: k for n, k in kinds.items()})
            if reader is None:
                yield from super()._select_columns(sql, (), kinds)
                return
            import pyarrow as pa

            for i in range(reader.num_record_batches):
                batch = reader.get_batch(i)
                yield pa.record_batch([batch.column(names[n]).cast(arrow_type(k)) for n, k in kinds.items()],
                                      names=list(kinds))

    def _child_read(self, sql: str, out: Path, kinds: Mapping[str, str]) -> Any:
        """``sql`` read by the child into ``out``, opened; None (read rows instead) when it failed,
        a write landed meanwhile, or GDAL gave other columns (it gives none for no rows)."""
        before = self.change_counter()
        try:
            import pyarrow as pa

            proc = subprocess.run([sys.executable, "-P", str(Path(__file__).with_name("arrowread.py")),
                                   str(self.path), sql, str(out)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=READ_TIMEOUT_S)
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr.decode("utf-8", "replace")[-500:])
            # Each batch read when asked for, into the C heap (freed memory goes back: :func:`.columnar.release`).
            reader = pa.ipc.open_file(pa.OSFile(str(out), "rb"), memory_pool=pa.system_memory_pool())
            if self.change_counter() != before or reader.schema.names != list(kinds):
                return None
            return reader
        except Exception as err:  # noqa: BLE001 - an unusual file or GDAL build: the row reader gives the real error
            _LOG.warning("Column-wise read failed, reading rows instead: %s", err)
            return None
