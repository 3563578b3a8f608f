"""Every table of a store, written down once as a small spec: its columns, types, key and indexes.

Each dialect renders these specs to its own DDL (:mod:`.gpkg` for SQLite/GeoPackage, :mod:`.postgis` for
PostgreSQL), so the two stores hold the same tables with the same columns in the same order, and a new
column is one line here instead of a change in two dialects kept in step by hand. The layer tables follow
:mod:`geo.schema`; the store's own tables (meta, change counter, clearance history, users, audit log,
personal fields, sign-in sessions) are defined here.

Column types are :mod:`geo.schema`'s field types (text, int, real, bool, date, datetime) plus
``geometry``, the ``geom`` column of a layer, whose geometry type the table names.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..aggregates import SUM_COLUMNS
from ..schema import LAYER_ORDER, LAYERS, PERSONAL_FIELDS


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a geo.schema field type, or "geometry"
    required: bool = False  # NOT NULL
    key: bool = False  # the primary key
    serial: bool = False  # a key the database numbers 1, 2, 3 … itself


@dataclass(frozen=True)
class Index:
    name: str
    columns: tuple[str, ...]
    unique: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    indexes: tuple[Index, ...] = ()
    description: str = ""
    geometry: str | None = None  # the geometry type of a layer's "geom" column; None for an attribute table

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def key(self) -> str:
        return next(c.name for c in self.columns if c.key)

    @property
    def copied(self) -> tuple[str, ...]:
        """The columns a copy of a row carries: all but a serial key (the destination numbers rows itself)."""
        return tuple(c.name for c in self.columns if not c.serial)


def quote(name: str) -> str:
    """``name`` as an SQL identifier (the same in both dialects)."""
    return '"' + name.replace('"', '""') + '"'


def column_list(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(quote(n) for n in names)


def placeholders(n: int) -> str:
    """``?, ?, …`` for ``n`` values (a store turns ``?`` into its dialect's placeholder)."""
    return ", ".join("?" * n)


LAYER_DESCRIPTIONS = {
    "zones": "Economic zone, industrial parks (KCN) and clusters (CCN)",
    "parcels": "Cadastral parcels (thửa đất) with commune, sheet, parcel no., land use and clearance stage",
    "plots": "Planned plots (lô) of the parks with lease status and utilities",
    "resettlement_areas": "Resettlement areas (khu tái định cư)",
    "constraints": "Constraints: flood zones, protected forest, heritage, protected rice land, military",
    "infrastructure": "Port, airport, rail stations, expressway, national roads, border gate",
    "province": "Province outline",
    "communes": "Communes (2025), centre points",
}

#: Indexes a layer has besides the unique one on ``id`` (and its spatial index, which each dialect makes its way).
_LAYER_INDEXES = {
    # A zone's parcels in store order (the clearance page's lists): on PostGIS the zone's first fid is one index
    # look-up (schema 4; schema 3's index on zone_id alone is dropped by the upgrade).
    "parcels": (Index("parcels_zone_fid", ("zone_id", "fid")), Index("parcels_sheet", ("commune_code", "sheet_no", "parcel_no"))),
    "plots": (Index("plots_zone_id", ("zone_id",)),),
}


def _layer_table(name: str) -> Table:
    layer = LAYERS[name]
    return Table(
        name,
        (
            Column("fid", "int", required=True, key=True, serial=True),  # the read order
            Column("geom", "geometry"),
            *(Column(f.name, f.type, f.required) for f in layer.fields),
        ),
        (Index(f"{name}_id", ("id",), unique=True), *_LAYER_INDEXES.get(name, ())),
        LAYER_DESCRIPTIONS[name],
        layer.geometry,
    )


def _own(name: str, *columns: Column, indexes: tuple[Index, ...] = ()) -> Table:
    return Table(name, columns, indexes, f"SiteReady {name.replace('_', ' ')}")


#: Personal fields added by schema 2 (:mod:`.upgrade`).
_ADDED_IN_2 = ("owner_address",)

#: One table per layer of geo.schema, in load order.
LAYER_TABLES: dict[str, Table] = {name: _layer_table(name) for name in LAYER_ORDER}

#: SiteReady's own tables (no geometry); a GeoPackage registers them as attribute tables.
OWN_TABLES: dict[str, Table] = {t.name: t for t in (
    _own("siteready_meta", Column("key", "text", key=True), Column("value", "text")),
    _own("siteready_counter", Column("id", "int", key=True), Column("value", "int", required=True)),
    _own(
        "clearance_events",
        Column("event_id", "int", key=True, serial=True),
        Column("parcel_id", "text", required=True),
        Column("action", "text", required=True),
        Column("from_stage", "text"),
        Column("to_stage", "text"),
        Column("at", "datetime", required=True),
        Column("recorded_at", "datetime", required=True),
        Column("by", "text", required=True),
        Column("note", "text"),
        Column("document_ref", "text"),
        Column("version", "int", required=True),
        Column("detail", "text"),
        indexes=(Index("clearance_events_parcel", ("parcel_id",)),),
    ),
    _own(
        "users",
        Column("username", "text", key=True),
        Column("role", "text", required=True),
        Column("password_hash", "text", required=True),
        Column("active", "bool", required=True),
        Column("full_name", "text"),
        Column("created_at", "datetime"),
        Column("created_by", "text"),
        Column("updated_at", "datetime"),
    ),
    _own(
        "audit_log",
        Column("entry_id", "int", key=True, serial=True),
        Column("at", "datetime", required=True),
        Column("by", "text", required=True),
        Column("action", "text", required=True),
        Column("target", "text"),
        Column("detail", "text"),
    ),
    _own(
        "parcel_personal",
        Column("parcel_id", "text", key=True),
        *(Column(f, "text") for f in PERSONAL_FIELDS if f not in _ADDED_IN_2),
        Column("updated_at", "datetime"),
        Column("updated_by", "text"),
        # Added by schema 2: last, where the upgrade of an older store adds it (ALTER TABLE … ADD COLUMN).
        *(Column(f, "text") for f in _ADDED_IN_2),
    ),
    _own(
        "plot_cover",
        Column("pair_id", "int", key=True, serial=True),
        Column("plot_id", "text", required=True),
        Column("parcel_id", "text", required=True),
        Column("area_m2", "real", required=True),
        indexes=(Index("plot_cover_plot", ("plot_id",)), Index("plot_cover_parcel", ("parcel_id",))),
    ),
    # Derived state, kept by the writer in each write's transaction (:mod:`.derived`): readers never add up
    # the cadastral parcels themselves.
    _own(
        "plot_state",
        Column("plot_id", "text", key=True),
        Column("clearance_stage", "text", required=True),
        Column("handed_over_share", "real", required=True),
        Column("blocked", "bool", required=True),
        Column("blocked_parcels", "int", required=True),
        Column("resettlement_households", "int", required=True),
        Column("stage_since", "date"),
        Column("parcel_count", "int", required=True),
    ),
    _own(
        "zone_state",
        Column("zone_id", "text", key=True),
        Column("parcels", "int", required=True),
        *(Column(c, "real", required=True) for c in SUM_COLUMNS[1:-1]),
        Column("households_waiting", "int", required=True),
    ),
    # Every stage step of the history summed per day (UTC, of when it happened) and step, with the recovered
    # hectares of the parcels that took it now: the progress chart's input (``Store.stage_moves``).
    _own(
        "stage_moves",
        Column("move", "text", key=True),  # day|from_stage|to_stage ("" for no stage before)
        Column("day", "text", required=True),
        Column("from_stage", "text"),
        Column("to_stage", "text", required=True),
        Column("ha", "real", required=True),
        Column("steps", "int", required=True),
    ),
    _own(
        "user_sessions",
        Column("token_hash", "text", key=True),
        Column("username", "text", required=True),
        Column("created_at", "datetime", required=True),
        Column("last_seen", "datetime", required=True),
    ),
)}

#: The columns of a clearance event, as stored.
EVENT_COLUMNS: tuple[str, ...] = OWN_TABLES["clearance_events"].names
#: The tables of derived state (:mod:`.derived`).
DERIVED_TABLES = ("plot_state", "zone_state", "stage_moves")
#: Tables whose rows a migration copies one by one (layers, history and meta go in with the new store).
ACCOUNT_TABLES = ("users", "audit_log", "parcel_personal")
