"""The layers of the store: their fields, types, allowed values and visibility.

This is the one definition of what a layer holds. The store creates its tables
from it, imports are validated against it, and exports use it to decide which
fields are public. Labels and styles for people live in ``layers/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .errors import InputError
from .stages import STAGES

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
    "parcels": Layer(
        "parcels",
        "POLYGON",
        (
            Field("id", required=True),
            Field("zone_id", required=True),
            Field("lot_no"),
            Field("land_use", required=True, choices=LAND_USES),
            Field("area_ha", "real"),
            Field("clearance_stage", required=True, choices=STAGES),
            Field("stage_since", "date", public=False),
            Field("blocked", "bool"),
            Field("blocked_reason", public=False),
            Field("lease_status", required=True, choices=LEASE_STATUSES),
            Field("utility_road", "bool"),
            Field("utility_power", "bool"),
            Field("utility_water", "bool"),
            Field("utility_wastewater", "bool"),
            Field("resettlement_households", "int", public=False),
            *_common_tail(),
            Field("version", "int", public=False),
            Field("updated_at", "datetime", public=False),
            Field("updated_by", public=False),
        ),
        ("Polygon",),
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
LAYER_ORDER = ("province", "communes", "constraints", "zones", "resettlement_areas", "parcels", "infrastructure")
#: Layers a file can be imported into: the province outline and the 2025 communes are reference data,
#: replaced only by rebuilding the default data.
IMPORTABLE_LAYERS = tuple(name for name in LAYER_ORDER if name not in ("province", "communes"))
#: Parcel fields a clearance edit changes (every other field of a parcel changes only through an import).
EDITABLE_PARCEL_FIELDS = ("clearance_stage", "stage_since", "blocked", "blocked_reason", "lease_status",
                          "utility_road", "utility_power", "utility_water", "utility_wastewater",
                          "version", "updated_at", "updated_by")

#: Personal fields of a parcel's owners and households. They live in their own
#: table (``parcel_personal``), never in a layer, so no public read can reach them.
PERSONAL_FIELDS = ("owner_name", "household_head", "phone", "id_number")


def get_layer(name: str) -> Layer:
    try:
        return LAYERS[name]
    except KeyError:
        raise InputError(f"Unknown layer {name!r}; use one of: {', '.join(LAYERS)}.") from None


_TRUE = {"1", "true", "t", "yes", "y", "co", "có", "x"}
_FALSE = {"0", "false", "f", "no", "n", "khong", "không", ""}


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return value is pd.NA or value is pd.NaT


def coerce_value(f: Field, value: Any, where: str) -> Any:
    """Turn ``value`` into the Python value stored for field ``f``; ``where`` names the row."""
    if _is_missing(value) or (isinstance(value, str) and not value.strip() and f.type != "text"):
        if f.required:
            raise InputError(f"{where}: field {f.name!r} is required but empty.")
        return None
    try:
        if f.type == "text":
            text = str(value).strip()
            if not text:
                if f.required:
                    raise InputError(f"{where}: field {f.name!r} is required but empty.")
                return None
            if f.choices:
                items = [s.strip() for s in text.split(";")] if f.multi else [text]
                bad = [s for s in items if s and s not in f.choices]
                if bad:
                    raise InputError(
                        f"{where}: {f.name} {bad[0]!r} is not one of {', '.join(f.choices)}."
                    )
                text = ";".join(s for s in items if s)
            return text
        if f.type in ("int", "real"):
            number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
            if not np.isfinite(number) or number < 0:
                raise InputError(f"{where}: field {f.name!r} has {value!r}; it must be a finite number of at least 0.")
            if f.type == "real":
                return number
            if number != int(number) or number >= 2**53:
                raise ValueError
            return int(number)
        if f.type == "bool":
            if isinstance(value, (bool, np.bool_)):
                return bool(value)
            if isinstance(value, (int, float, np.integer, np.floating)):
                return bool(value)
            key = str(value).strip().lower()
            if key in _TRUE:
                return True
            if key in _FALSE:
                return False
            raise ValueError
        if f.type == "date":
            return pd.Timestamp(value).date().isoformat()
        if f.type == "datetime":
            ts = pd.Timestamp(value)
            ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
            return ts.strftime("%Y-%m-%dT%H:%M:%SZ")
    except InputError:
        raise
    except (ValueError, TypeError, OverflowError):
        raise InputError(f"{where}: field {f.name!r} has {value!r}, which is not a valid {f.type}.") from None
    raise AssertionError(f.type)


def validate_frame(layer: Layer, gdf, *, label: str = "row") -> list[dict[str, Any]]:
    """Check a GeoDataFrame against ``layer`` and return its rows as dicts.

    Each dict holds every field of the layer (missing optional fields as None)
    and ``geometry`` as a shapely geometry (polygons promoted to multipolygons
    where the layer wants them). Raises InputError naming the first bad row.
    """
    rows = []
    ids: set[str] = set()
    columns = set(gdf.columns)
    missing = [f.name for f in layer.fields if f.required and f.name not in columns]
    if missing:
        raise InputError(f"Layer {layer.name}: the data has no field {missing[0]!r}.")
    geoms = gdf.geometry.values
    for i, rec in enumerate(gdf.drop(columns=gdf.geometry.name).to_dict("records")):
        rid = rec.get("id")
        where = f"{layer.name} {label} {i + 1}" + (f" ({rid})" if not _is_missing(rid) else "")
        row = {f.name: coerce_value(f, rec.get(f.name), where) for f in layer.fields}
        geom = geoms[i]
        row["geometry"] = check_geometry(layer, geom, where)
        if row["id"] in ids:
            raise InputError(f"{where}: id {row['id']!r} appears twice.")
        ids.add(row["id"])
        rows.append(row)
    return rows


def check_geometry(layer: Layer, geom, where: str):
    """Validate one geometry for ``layer``; promote Polygon to MultiPolygon where needed."""
    if geom is None or shapely.is_empty(geom):
        raise InputError(f"{where}: the feature has no geometry.")
    if geom.geom_type not in layer.allowed_geoms:
        raise InputError(
            f"{where}: a {geom.geom_type} cannot go in layer {layer.name} "
            f"(it takes {' or '.join(layer.allowed_geoms)})."
        )
    if not geom.is_valid:
        raise InputError(f"{where}: the geometry is invalid ({shapely.is_valid_reason(geom)}).")
    if shapely.has_z(geom):
        geom = shapely.force_2d(geom)
    if layer.geometry == "MULTIPOLYGON" and geom.geom_type == "Polygon":
        geom = shapely.MultiPolygon([geom])
    return geom
