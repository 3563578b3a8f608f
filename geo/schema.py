"""The layers of the store: their fields, types, allowed values and visibility.

This is the one definition of what a layer holds. The store creates its tables
from it, imports are validated against it, and exports use it to decide which
fields are public. Labels and styles for people live in ``layers/``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .errors import InputError
from .messages import Msg, msg, where
from .stages import STAGES
from .timeutil import STORED_FORMS, in_stored_form
from .vocabulary import yes_no

ZONE_KINDS = ("kkt", "kcn", "ccn")
ZONE_STAGES = ("planned", "established", "under_construction", "operating")
LAND_USES = ("industrial", "logistics", "services", "utilities")
LEASE_STATUSES = ("available", "reserved", "leased")
UTILITIES = ("road", "power", "water", "wastewater")
RESETTLEMENT_STAGES = ("planned", "under_construction", "infrastructure_complete", "handed_over")
CONSTRAINT_KINDS = ("flood", "protected_forest", "heritage", "protected_rice_land", "military")
INFRASTRUCTURE_KINDS = (
    "port",
    "airport",
    "rail_station",
    "expressway_interchange",
    "expressway",
    "national_road",
    "border_gate",
    "substation",
)
ROLES = ("investor", "planner", "officer", "admin")
#: Priority sectors of the province's 2030 manufacturing plan (codes).
SECTORS = (
    "petrochemicals",
    "chemicals",
    "garments",
    "footwear",
    "building_materials",
    "agro_processing",
    "machinery",
    "metals",
    "mechanical",
    "supporting",
    "electronics",
    "logistics",
)


@dataclass(frozen=True)
class Field:
    """One attribute of a layer.

    ``type`` is one of text, int, real, bool, date (YYYY-MM-DD) and datetime
    (ISO 8601, UTC). ``public`` fields may appear in investor views and public
    exports; the others are for signed-in users only.
    """

    name: str
    type: str = "text"
    required: bool = False
    choices: tuple[str, ...] | None = None
    public: bool = True
    multi: bool = False  # a ';'-separated list of choices


@dataclass(frozen=True)
class Layer:
    name: str
    geometry: str  # GeoPackage geometry type name
    fields: tuple[Field, ...]
    allowed_geoms: tuple[str, ...] = ()

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def public_names(self) -> list[str]:
        return [f.name for f in self.fields if f.public]


def _common_tail() -> tuple[Field, ...]:
    return (
        Field("source", required=True),
        Field("confidence", required=True),
    )


LAYERS: dict[str, Layer] = {
    "zones": Layer(
        "zones",
        "MULTIPOLYGON",
        (
            Field("id", required=True),
            Field("kind", required=True, choices=ZONE_KINDS),
            Field("name_vi", required=True),
            Field("name_en", required=True),
            Field("parent_id"),
            Field("planned_area_ha", "real"),
            Field("area_estimated", "bool"),
            Field("industrial_land_ha", "real"),
            Field("stage", required=True, choices=ZONE_STAGES),
            Field("developer"),
            Field("decision_ref"),
            Field("sectors", choices=SECTORS, multi=True),
            Field("lease_price_usd_m2", "real"),
            Field("power_kv", "real"),
            Field("water_m3_day", "real"),
            Field("wastewater_m3_day", "real"),
            Field("contact"),
            Field("location_note"),
            *_common_tail(),
            Field("as_of", "date"),
        ),
        ("Polygon", "MultiPolygon"),
    ),
    "plots": Layer(
        "plots",
        "POLYGON",
        (
            Field("id", required=True),
            Field("zone_id", required=True),
            Field("plot_no"),
            Field("land_use", required=True, choices=LAND_USES),
            Field("area_ha", "real"),
            Field("lease_status", required=True, choices=LEASE_STATUSES),
            Field("utility_road", "bool"),
            Field("utility_power", "bool"),
            Field("utility_water", "bool"),
            Field("utility_wastewater", "bool"),
            *_common_tail(),
            Field("version", "int", public=False),
            Field("updated_at", "datetime", public=False),
            Field("updated_by", public=False),
        ),
        ("Polygon",),
    ),
    "parcels": Layer(
        "parcels",
        "MULTIPOLYGON",
        (
            Field("id", required=True),
            Field("commune_code"),  # the commune code as the file gives it (MaXa), kept as written
            Field("commune_id"),  # the 2025 commune, found by location
            Field("sheet_no"),  # map sheet number (số hiệu tờ bản đồ)
            Field("parcel_no"),  # parcel number on the sheet (số thứ tự thửa)
            Field("legal_area_m2", "real"),  # the legal area (diện tích pháp lý) of the land register
            Field("area_m2", "real"),  # the measured area of the geometry
            Field("land_use_code"),  # the current land-use code as written (Circular 08/2024: ODT, ONT, LUC …)
            Field("zone_id"),  # the zone it lies in, found by location; empty outside every zone
            Field("recovered_m2", "real"),  # the part inside the zone: what the state recovers
            Field("clearance_stage", required=True, choices=STAGES),
            Field("stage_since", "date", public=False),
            Field("blocked", "bool"),
            Field("blocked_reason", public=False),
            Field("resettlement_households", "int", public=False),
            *_common_tail(),
            Field("version", "int", public=False),
            Field("updated_at", "datetime", public=False),
            Field("updated_by", public=False),
        ),
        ("Polygon", "MultiPolygon"),
    ),
    "resettlement_areas": Layer(
        "resettlement_areas",
        "POLYGON",
        (
            Field("id", required=True),
            Field("name_vi", required=True),
            Field("name_en", required=True),
            Field("serves", multi=True),
            Field("capacity_lots", "int"),
            Field("allocated_lots", "int"),
            Field("stage", required=True, choices=RESETTLEMENT_STAGES),
            Field("area_ha", "real"),
            Field("location_note"),
            *_common_tail(),
        ),
        ("Polygon",),
    ),
    "constraints": Layer(
        "constraints",
        "MULTIPOLYGON",
        (
            Field("id", required=True),
            Field("kind", required=True, choices=CONSTRAINT_KINDS),
            Field("name_vi", required=True),
            Field("name_en", required=True),
            *_common_tail(),
        ),
        ("Polygon", "MultiPolygon"),
    ),
    "infrastructure": Layer(
        "infrastructure",
        "GEOMETRY",
        (
            Field("id", required=True),
            Field("kind", required=True, choices=INFRASTRUCTURE_KINDS),
            Field("name_vi", required=True),
            Field("name_en", required=True),
            Field("location_note"),
            *_common_tail(),
        ),
        ("Point", "LineString", "MultiLineString"),
    ),
    "province": Layer(
        "province",
        "MULTIPOLYGON",
        (
            Field("id", required=True),
            Field("name_vi", required=True),
            Field("name_en", required=True),
            Field("accuracy"),
            *_common_tail(),
        ),
        ("Polygon", "MultiPolygon"),
    ),
    "communes": Layer(
        "communes",
        "POINT",
        (
            Field("id", required=True),
            Field("name_vi", required=True),
            Field("unit_type"),
            Field("area_km2", "real"),
            *_common_tail(),
        ),
        ("Point",),
    ),
}

#: Layers in the order they are created, seeded and drawn (bottom first).
LAYER_ORDER = ("province", "communes", "constraints", "zones", "resettlement_areas", "parcels", "plots",
               "infrastructure")
#: Layers a file can be imported into: the province outline and the 2025 communes are reference data,
#: replaced only by rebuilding the default data.
IMPORTABLE_LAYERS = tuple(name for name in LAYER_ORDER if name not in ("province", "communes"))
#: Cadastral parcel fields a clearance edit changes (every other field changes only through an import).
EDITABLE_PARCEL_FIELDS = ("clearance_stage", "stage_since", "blocked", "blocked_reason", "version", "updated_at",
                          "updated_by")
#: Plot fields an edit changes: what the zone's developer offers (every other field changes through an import).
EDITABLE_PLOT_FIELDS = ("lease_status", "utility_road", "utility_power", "utility_water", "utility_wastewater",
                        "version", "updated_at", "updated_by")

#: Personal fields of a parcel's owners and households. They live in their own
#: table (``parcel_personal``), never in a layer, so no public read can reach them.
PERSONAL_FIELDS = ("owner_name", "household_head", "phone", "id_number", "owner_address")


def get_layer(name: str) -> Layer:
    try:
        return LAYERS[name]
    except KeyError:
        raise InputError("schema.unknown_layer", layer=name, choices=tuple(LAYERS)) from None


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return value is pd.NA or value is pd.NaT


def _refused(place: Msg | str | None, what: Msg) -> InputError:
    """An error saying ``what`` of ``place`` ("row 5: …"); just ``what`` without a place."""
    return InputError(where(place, what))


def coerce_value(f: Field, value: Any, place: Msg | str | None = None) -> Any:
    """Turn ``value`` into the Python value stored for field ``f``; ``place`` names the row in an error.

    Yes and no are the words of :mod:`geo.vocabulary`, as in imported files ("có", "x", "không").
    """
    if _is_missing(value) or (isinstance(value, str) and not value.strip() and f.type != "text"):
        if f.required:
            raise _refused(place, msg("schema.required_empty", field=f.name))
        return None
    try:
        return _COERCE[f.type](f, value)
    except InputError as err:
        raise InputError(where(place, err.message)) from None
    except (ValueError, TypeError, OverflowError):
        what = msg("schema.bad_value", field=f.name, value=value, type=msg(f"schema.type.{f.type}"))
        raise _refused(place, what) from None


def _text(f: Field, value: Any) -> str | None:
    text = str(value).strip()
    if not text:
        if f.required:
            raise InputError("schema.required_empty", field=f.name)
        return None
    if f.choices:
        items = [s.strip() for s in text.split(";")] if f.multi else [text]
        bad = [s for s in items if s and s not in f.choices]
        if bad:
            raise InputError("schema.not_a_choice", field=f.name, value=bad[0], choices=f.choices)
        text = ";".join(s for s in items if s)
    return text


def _number(f: Field, value: Any) -> float:
    number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    if not np.isfinite(number) or number < 0:
        raise InputError("schema.negative_number", field=f.name, value=value)
    return number


def _int(f: Field, value: Any) -> int:
    number = _number(f, value)
    if number != int(number) or number >= 2**53:
        raise ValueError(value)
    return int(number)


def _bool(f: Field, value: Any) -> bool:
    answer = yes_no(value)
    if answer is None:
        raise ValueError(value)
    return answer


def _date(f: Field, value: Any) -> str:
    return pd.Timestamp(value).date().isoformat()


def _datetime(f: Field, value: Any) -> str:
    ts = pd.Timestamp(value)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


#: Field type -> function turning a non-missing value into the stored value (ValueError when it cannot).
_COERCE: dict[str, Callable[[Field, Any], Any]] = {
    "text": _text, "int": _int, "real": _number, "bool": _bool, "date": _date, "datetime": _datetime,
}


def validate_frame(layer: Layer, gdf) -> list[dict[str, Any]]:
    """Check a GeoDataFrame against ``layer`` and return its rows as dicts.

    Each dict holds every field of the layer (missing optional fields as None)
    and ``geometry`` as a shapely geometry (polygons promoted to multipolygons
    where the layer wants them). Raises InputError naming the first bad row.

    The frame is checked a column at a time (a million parcels in seconds, not minutes); a value the column
    pass cannot read goes through :func:`coerce_value` or :func:`check_geometry` by itself, and the first
    bad row is checked again as :func:`validate_frame_by_row` checks it, so a refusal names the same row
    and field with the same sentence.
    """
    _check_columns_present(layer, gdf)
    attrs = gdf.drop(columns=gdf.geometry.name)
    if not attrs.columns.is_unique:  # which of two same-named columns counts is the row-by-row check's to say
        return validate_frame_by_row(layer, gdf)
    n = len(gdf)
    values, first = {}, n  # first: the first row refused, n when none is
    for f in layer.fields:
        values[f.name], refused = _coerce_column(f, attrs[f.name] if f.name in attrs.columns else None, n)
        first = min(first, _first(refused))
    geoms, refused = _check_geometries(layer, np.asarray(gdf.geometry.values, dtype=object))
    first = min(first, _first(refused))
    ids = values["id"][:first]
    first = min(first, _first(pd.Series(ids, dtype=object).duplicated().to_numpy()))
    if first < n:
        rec = attrs.iloc[[first]].to_dict("records")[0]
        _check_row(layer, rec, gdf.geometry.values[first], first, set(ids[:first].tolist()))  # raises
        # The row passed after all: the column pass refused what it should have read. The row-by-row check
        # is the definition, so it decides.
        return validate_frame_by_row(layer, gdf)
    keys = [*layer.names, "geometry"]
    return [dict(zip(keys, row)) for row in zip(*(values[k].tolist() for k in layer.names), geoms.tolist())]


def validate_frame_by_row(layer: Layer, gdf) -> list[dict[str, Any]]:
    """:func:`validate_frame` a row at a time: the definition of what it returns and refuses (and the
    reference its test and ``bench/validate.py`` compare it with)."""
    _check_columns_present(layer, gdf)
    rows = []
    ids: set[str] = set()
    geoms = gdf.geometry.values
    for i, rec in enumerate(gdf.drop(columns=gdf.geometry.name).to_dict("records")):
        row = _check_row(layer, rec, geoms[i], i, ids)
        ids.add(row["id"])
        rows.append(row)
    return rows


def _check_columns_present(layer: Layer, gdf) -> None:
    columns = set(gdf.columns)
    missing = [f.name for f in layer.fields if f.required and f.name not in columns]
    if missing:
        raise InputError("schema.no_field", layer=layer.name, field=missing[0])


def _check_row(layer: Layer, rec: dict[str, Any], geom, i: int, ids: set[str]) -> dict[str, Any]:
    """Row ``i`` (0-based) of a frame, as a record of ``to_dict("records")``, checked; ``ids``: the ids of the
    rows before it."""
    rid = rec.get("id")
    place = (msg("schema.where_row", layer=layer.name, n=i + 1) if _is_missing(rid)
             else msg("schema.where_row_id", layer=layer.name, n=i + 1, id=rid))
    row = {f.name: coerce_value(f, rec.get(f.name), place) for f in layer.fields}
    row["geometry"] = check_geometry(layer, geom, place)
    if row["id"] in ids:
        raise _refused(place, msg("schema.duplicate_id", id=row["id"]))
    return row


def _first(refused: np.ndarray) -> int:
    """The position of the first True in ``refused``, or its length."""
    hit = np.flatnonzero(refused)
    return int(hit[0]) if len(hit) else len(refused)


# ------------------------------------------------------------------ a column at a time
# Each reader below returns the column's values and the rows it left undecided. It decides a cell only
# where it gives what coerce_value gives for the cell as ``to_dict("records")`` hands it to the row-by-row
# check; every other cell (an unreadable or refused value, a blank in a required field, a column of mixed
# types) goes to coerce_value itself (:func:`_decide_cells`).

#: Types of the blank cells of a text column that every path reads as missing (a Decimal NaN is not).
_BLANK_TYPES = frozenset({type(None), float, np.float64, np.float32, np.float16, type(pd.NA), type(pd.NaT),
                          np.datetime64, np.timedelta64})


def _coerce_column(f: Field, column: pd.Series | None, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Field ``f``'s values from ``column`` (None: no such column), and the rows refused."""
    if column is None:  # a required field's column is never missing here (see _check_columns_present)
        return np.full(n, None, dtype=object), np.zeros(n, dtype=bool)
    dtype = column.dtype
    text = _text_cells(column)
    if f.type in ("real", "int", "bool") and _is_numeric(dtype):
        out, undecided = _numbers_column(f, column)
    elif text is not None and f.type == "text" and not f.choices:
        out, undecided = _text_column(f, *text)
    elif text is not None:
        out, undecided = _by_value(f, *text)
    elif isinstance(dtype, np.dtype) and dtype.kind in "iubM" or isinstance(dtype, pd.DatetimeTZDtype):
        # One type throughout, equal values alike (unlike floats: 0.0 and -0.0 are written differently).
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        cells = np.empty(len(uniques), dtype=object)
        cells[:] = list(uniques)  # Python ints and bools, Timestamps: as the records give them
        out, undecided = _by_value(f, cells[codes], codes < 0)
    else:
        out, undecided = np.full(n, None, dtype=object), np.ones(n, dtype=bool)
    return _decide_cells(f, column, out, undecided)


def _is_numeric(dtype: Any) -> bool:
    """Numbers or yes/no by numpy, or by pandas with a missing value (``Int64``, ``boolean``)."""
    if isinstance(dtype, np.dtype):
        return dtype.kind in "fiub"
    types = pd.api.types
    return types.is_integer_dtype(dtype) or types.is_float_dtype(dtype) or types.is_bool_dtype(dtype)


def _text_cells(column: pd.Series) -> tuple[np.ndarray, np.ndarray] | None:
    """A column whose cells are all text or blank: its cells and where they are blank; None for another."""
    if isinstance(column.dtype, pd.StringDtype):
        return column.to_numpy(dtype=object), column.isna().to_numpy()
    if column.dtype != object:
        return None
    cells = column.to_numpy()
    if pd.api.types.infer_dtype(cells, skipna=True) not in ("string", "empty"):
        return None
    blank = pd.isna(cells)
    if blank.any() and not {type(v) for v in cells[blank]} <= _BLANK_TYPES:
        return None
    return cells, blank


def _numbers_column(f: Field, column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Numbers, yes/no as numbers (:func:`_number`, :func:`_int`, :func:`_bool`), read by numpy."""
    nums = column.to_numpy(dtype=float, na_value=np.nan)
    blank = np.isnan(nums)
    if f.type == "bool":
        ok = ~blank
        good = (nums[ok] != 0).tolist()
    else:
        with np.errstate(invalid="ignore"):
            ok = ~blank & np.isfinite(nums) & (nums >= 0)
            if f.type == "int":
                ok &= (np.floor(nums) == nums) & (nums < 2**53)
        good = nums[ok].astype(np.int64).tolist() if f.type == "int" else nums[ok].tolist()
    out = np.full(len(nums), None, dtype=object)
    out[ok] = good
    return out, ~ok & ~(blank & (not f.required))


def _text_column(f: Field, cells: np.ndarray, blank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Free text (:func:`_text`): stripped, empty as None."""
    out = np.full(len(cells), None, dtype=object)
    out[~blank] = list(map(str.strip, cells[~blank].tolist()))  # str(v).strip(): every cell is text here
    empty = ~blank & (out == "")
    out[empty] = None
    return out, (blank | empty) if f.required else np.zeros(len(cells), dtype=bool)


def _by_value(f: Field, cells: np.ndarray, blank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """coerce_value once per distinct cell (stages, codes and dates repeat thousands of times); a value it
    refuses is left undecided."""
    out = np.full(len(cells), None, dtype=object)
    present = np.flatnonzero(~blank)
    undecided = blank.copy() if f.required else np.zeros(len(cells), dtype=bool)
    if not len(present):
        return out, undecided
    codes, uniques = pd.factorize(cells[present])
    done = np.empty(len(uniques), dtype=object)
    refused = np.zeros(len(uniques), dtype=bool)
    written = _written_as_stored(f, uniques)
    done[written] = [str(v) for v in uniques[written].tolist()]
    for k in np.flatnonzero(~written).tolist():
        value = uniques[k]
        try:
            done[k] = coerce_value(f, value)
        except InputError:
            refused[k] = True
    out[present] = done[codes]
    undecided[present] = refused[codes]
    return out, undecided


def _written_as_stored(f: Field, uniques: np.ndarray) -> np.ndarray:
    """Which of a column's distinct values are dates or times already in the store's form (a synthetic or
    migrated store's times are nearly all distinct: parsing each by itself would take most of the check)."""
    if f.type not in STORED_FORMS or pd.api.types.infer_dtype(uniques, skipna=False) != "string":
        return np.zeros(len(uniques), dtype=bool)
    return in_stored_form(uniques, f.type)


def _decide_cells(f: Field, column: pd.Series, out: np.ndarray,
                  undecided: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The undecided cells through coerce_value one by one, each as the records give it; the rows refused."""
    refused = np.zeros(len(out), dtype=bool)
    where_undecided = np.flatnonzero(undecided)
    if not len(where_undecided):
        return out, refused
    cells = column.iloc[where_undecided].to_frame(name="cell").to_dict("records")
    for i, rec in zip(where_undecided.tolist(), cells):
        try:
            out[i] = coerce_value(f, rec["cell"])
        except InputError:
            refused[i] = True
    return out, refused


#: Shapely's geometry type ids by name.
_GEOM_TYPE_IDS = {"Point": 0, "LineString": 1, "LinearRing": 2, "Polygon": 3, "MultiPoint": 4,
                  "MultiLineString": 5, "MultiPolygon": 6, "GeometryCollection": 7}


def _check_geometries(layer: Layer, geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`check_geometry` over an array at once; the rows refused (each judged by check_geometry)."""
    types = shapely.get_type_id(geoms)
    allowed = [_GEOM_TYPE_IDS[t] for t in layer.allowed_geoms]
    ok = np.isin(types, allowed) & ~shapely.is_empty(geoms) & shapely.is_valid(geoms)
    out = geoms.copy()
    flat = ok & shapely.has_z(geoms)
    if flat.any():
        out[flat] = shapely.force_2d(geoms[flat])
    promote = ok & (types == _GEOM_TYPE_IDS["Polygon"]) if layer.geometry == "MULTIPOLYGON" else None
    if promote is not None and promote.any():
        out[promote] = shapely.multipolygons(out[promote], indices=np.arange(int(promote.sum())))
    refused = np.zeros(len(geoms), dtype=bool)
    for i in np.flatnonzero(~ok).tolist():
        try:
            out[i] = check_geometry(layer, geoms[i])
        except InputError:
            refused[i] = True
    return out, refused


def check_geometry(layer: Layer, geom, place: Msg | str | None = None):
    """Validate one geometry for ``layer``; promote Polygon to MultiPolygon where needed."""
    if geom is None or shapely.is_empty(geom):
        raise _refused(place, msg("schema.no_geometry"))
    if geom.geom_type not in layer.allowed_geoms:
        raise _refused(place, msg("schema.wrong_geometry", geom=geom.geom_type, layer=layer.name,
                                  allowed=one_of(layer.allowed_geoms)))
    if not geom.is_valid:
        raise _refused(place, msg("schema.invalid_geometry", why=shapely.is_valid_reason(geom)))
    if shapely.has_z(geom):
        geom = shapely.force_2d(geom)
    if layer.geometry == "MULTIPOLYGON" and geom.geom_type == "Polygon":
        geom = shapely.MultiPolygon([geom])
    return geom


def one_of(items: Sequence[Any]) -> Any:
    """``items`` joined by "or" in the reader's language ("Point or LineString")."""
    if len(items) <= 1:
        return items[0] if items else ""
    return msg("schema.or", a=one_of(items[:-1]), b=items[-1])
