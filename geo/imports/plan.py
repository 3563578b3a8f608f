"""The import plan: what a file would change in a layer, worked out without writing anything.

:func:`plan_import` reads a file (:mod:`~geo.imports.sources`), maps its columns
(:mod:`~geo.imports.fields`), places its features (:mod:`~geo.imports.placement`) and turns every record
into a validated row of the layer. The result, an :class:`ImportPlan`, is what the CLI and the import page
show an officer before anything happens, and what :meth:`geo.store.Store.apply_import` writes in one
transaction. Planning is all or nothing: if any record is refused, the plan is refused, with every bad
record named ("3 of 40 rows of khaosat.xlsx were refused …: row 5: …; row 9: …").

Which layers take imports is :data:`geo.schema.IMPORTABLE_LAYERS`, checked here so that every way in
(the CLI, the import page, the bulk table) keeps the same rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict, Unpack, cast

import geopandas as gpd
import numpy as np
import pandas as pd

from ..errors import InputError
from ..messages import Msg, msg, refusal, where
from ..schema import IMPORTABLE_LAYERS, PERSONAL_FIELDS, UTILITIES, Layer, check_geometry, coerce_value, get_layer
from ..stages import parse_stage
from ..vocabulary import land_use_of, lease_status_of, plain_number, yes_no
from .fields import detect_fields
from .placement import place_features, zone_of_each
from .sources import Numbering, read_source, table_geometry

#: The reason recorded for a parcel a file marks as blocked without saying why.
BLOCKED_FROM_FILE = "Vướng mắc (from the imported file)"
#: Parcel fields the store computes or keeps itself: a file's values for them are ignored.
_STORE_FIELDS = ("area_ha", "version", "updated_at", "updated_by")
#: Most unrecognised land-use values named in the plan's warning.
_USES_NAMED = 8
#: A record's note, document reference and date, or None when it has none of them.
_Notes = tuple[str | None, str | None, str | None] | None


class ImportOptions(TypedDict, total=False):
    """How to read a file; every key is optional."""

    crs: str | None  # overrides the file's CRS ("EPSG:5897")
    field_map: Mapping[str, str] | None  # source column -> layer field, before automatic recognition
    strict: bool  # refuse invalid geometries instead of repairing them
    source_layer: str | None  # the layer of a multi-layer file (a GeoPackage) to read
    display_name: str | None  # the file's name as the user knows it (an upload is saved under another)
    ignore_fields: Iterable[str]  # columns the officer chose to leave out
    note: str | None  # why, for every stage change the file makes (a file's own note column wins)


@dataclass
class ImportPlan:
    """What an import would do; :meth:`geo.store.Store.apply_import` carries it out."""

    layer: str
    source: str  # the file's name
    rows: list[dict[str, Any]] = field(default_factory=list)  # layer fields + geometry, validated
    personal: dict[str, dict[str, Any]] = field(default_factory=dict)  # parcel id -> personal fields
    notes: dict[str, tuple[str | None, str | None, str | None]] = field(default_factory=dict)  # id -> note, doc, date
    labels: dict[str, str] = field(default_factory=dict)  # id -> "row N" / "feature N"
    repaired: list[str] = field(default_factory=list)  # labels of repaired features
    field_map: dict[str, str] = field(default_factory=dict)
    ignored_fields: list[str] = field(default_factory=list)
    warnings: list[Msg] = field(default_factory=list)
    crs: str | None = None
    attributes_only: bool = False  # a table of ids and stages: a bulk update of existing parcels
    note: str | None = None  # why, for every stage change the file makes (a file's own note column wins)

    @property
    def ids(self) -> list[str]:
        return [r["id"] for r in self.rows]


def plan_import(path: str | Path, layer: str, *, zones: gpd.GeoDataFrame | None = None, province: Any = None,
                **options: Unpack[ImportOptions]) -> ImportPlan:
    """Read ``path`` and turn it into validated rows for ``layer`` (nothing is written).

    ``zones`` (the store's zones) assign parcels to the zone they lie in when the file does not say;
    ``province`` (a shapely geometry in EPSG:4326) is the area every feature must fall in.
    """
    if layer not in IMPORTABLE_LAYERS:
        get_layer(layer)  # an unknown layer is named as unknown
        raise InputError("imports.not_importable", layer=layer, choices=IMPORTABLE_LAYERS)
    lyr = get_layer(layer)
    name = options.get("display_name") or Path(path).name
    data = read_source(path, source_layer=options.get("source_layer"), name=name)
    numbering = Numbering(name, table=not isinstance(data, gpd.GeoDataFrame))
    plan = ImportPlan(layer=layer, source=name, note=(options.get("note") or "").strip() or None)
    if numbering.table:
        found = table_geometry(data, name)
        if found is None and layer != "parcels":
            raise InputError("imports.no_geometry_columns", name=name, layer=layer)
        plan.attributes_only = found is None
        if found is not None:
            data = found
    columns = [c for c in data.columns if c != "geometry"]
    plan.field_map = detect_fields(columns, layer, options.get("field_map"), options.get("ignore_fields", ()))
    plan.ignored_fields = [c for c in columns if c not in plan.field_map]
    geoms: Any = [None] * len(data)
    zone_of = None
    if not plan.attributes_only:
        placed = place_features(data, numbering, crs=options.get("crs"), province=province,
                                strict=options.get("strict", False), single=lyr.geometry == "POLYGON")
        plan.crs, geoms = placed.crs, placed.geoms
        plan.repaired = [str(numbering.place(i)) for i in placed.repaired]
        zone_of = zone_of_each(zones, geoms) if layer == "parcels" else None
    mapped = pd.DataFrame(data[columns])[list(plan.field_map)].rename(columns=plan.field_map)
    records = cast(list[dict[str, Any]], mapped.to_dict("records"))  # columns are the layer's field names
    known_zones = set(zones["id"]) if zones is not None and len(zones) else None
    rows = _Rows(lyr, plan, known_zones)
    rows.add_all(records, geoms, zone_of, numbering)
    if rows.unknown_uses:
        plan.warnings.append(msg("imports.current_uses", values=sorted(rows.unknown_uses)[:_USES_NAMED]))
    return plan


@dataclass
class _Rows:
    """Turns a file's mapped records into rows of ``layer`` and adds them to ``plan``."""

    layer: Layer
    plan: ImportPlan
    known_zones: set[str] | None
    unknown_uses: set[str] = field(default_factory=set)  # land uses read as "industrial (planned)"

    def add_all(self, records: list[dict[str, Any]], geoms: Any, zone_of: list[str | None] | None,
                numbering: Numbering) -> None:
        """Add every record, or refuse them all naming each bad one."""
        refused: list[Msg] = []
        seen: dict[str, Msg] = {}
        for i, rec in enumerate(records):
            place = numbering.place(i)
            try:
                row, personal, notes = self.convert(rec, geoms[i], zone_of[i] if zone_of is not None else None)
            except InputError as err:
                refused.append(where(place, err.message))
                continue
            fid = row["id"]
            if fid in seen:
                refused.append(where(place, msg("imports.duplicate_id", id=fid, other=seen[fid])))
                continue
            seen[fid] = place
            self.plan.labels[fid] = str(place)
            self.plan.rows.append(row)
            if personal:
                self.plan.personal[fid] = personal
            if notes:
                self.plan.notes[fid] = notes
        if refused:
            raise InputError(refusal(refused, len(records), code=numbering.refusal_code, source=numbering.name))

    def convert(self, rec: dict[str, Any], geom: Any,
                zone_id: str | None) -> tuple[dict[str, Any], dict[str, str], _Notes]:
        """(row, personal fields, (note, document, date) or None) for one record; InputError says why not."""
        values = {k: None if _blank(v) else v for k, v in rec.items()}
        personal: dict[str, str] = {}
        if self.layer.name == "parcels":
            _parcel_ids(values, zone_id, self.plan.attributes_only)
            _parcel_words(values, self.unknown_uses)
            personal = {f: str(values[f]).strip() for f in PERSONAL_FIELDS if values.get(f) is not None}
        if values.get("id") is None:
            raise InputError("imports.no_id")
        values["id"] = str(values["id"]).strip()
        if self.plan.attributes_only:
            row = {k: v for k, v in values.items() if k in self.layer.names and v is not None}
            if len(row) <= 1 and not personal:
                raise InputError("imports.nothing_to_change")
        else:
            row = self._full_row(values, geom)
        zone = row.get("zone_id")
        if self.known_zones is not None and zone is not None and zone not in self.known_zones:
            raise InputError("imports.unknown_zone", zone=zone)
        note, doc, date = (_text(values.get(k)) for k in ("_note", "_document_ref", "_date"))
        return row, personal, (note, doc, date) if note or doc or date else None

    def _full_row(self, values: dict[str, Any], geom: Any) -> dict[str, Any]:
        # A blank cell of a required field is as if the column were missing: a new feature gets the field's
        # default (or is refused as lacking it), an existing one keeps its value.
        row = {f.name: coerce_value(f, values[f.name]) for f in self.layer.fields
               if f.name in values and f.name not in _STORE_FIELDS and not (f.required and values[f.name] is None)}
        if self.layer.geometry == "POLYGON" and geom.geom_type == "MultiPolygon" and len(geom.geoms) == 1:
            geom = geom.geoms[0]
        row["geometry"] = check_geometry(self.layer, geom)
        return row


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == ""


def _parcel_ids(values: dict[str, Any], zone_id: str | None, attributes_only: bool) -> None:
    """A parcel's id, lot number and zone, from the file or from its sheet and parcel numbers and place."""
    so_thua, so_to = values.get("_so_thua"), values.get("_so_to")
    if values.get("id") is None and so_thua is not None:
        zid = values.get("zone_id") or zone_id or "thanh-hoa"
        sheet = f"t{plain_number(so_to)}-" if so_to is not None else ""
        values["id"] = f"{zid}-{sheet}{plain_number(so_thua)}"
    if values.get("lot_no") is None and so_thua is not None:
        values["lot_no"] = plain_number(so_thua)
    if values.get("zone_id") is None and not attributes_only:
        if zone_id is None:
            raise InputError("imports.no_zone")
        values["zone_id"] = zone_id


def _parcel_words(values: dict[str, Any], unknown_uses: set[str]) -> None:
    """Hand-typed stage, land use, lease, utilities and blockage as the layer's values."""
    stage = values.get("clearance_stage")
    if stage is not None:
        try:
            values["clearance_stage"] = parse_stage(str(stage))
        except InputError:
            raise InputError("imports.bad_stage_label", label=stage) from None
    if values.get("land_use") is not None:
        use, known = land_use_of(values["land_use"])
        if not known:
            unknown_uses.add(str(values["land_use"]))
        values["land_use"] = use
    if values.get("lease_status") is not None:
        status = lease_status_of(values["lease_status"])
        if status is None:
            raise InputError("imports.bad_lease", value=values["lease_status"])
        values["lease_status"] = status
    for name in (f"utility_{u}" for u in UTILITIES):
        if values.get(name) is not None:
            values[name] = _yes_no(values[name], name)
    _blocked(values)


def _blocked(values: dict[str, Any]) -> None:
    """``blocked`` and its reason from a blockage column: a no word, a yes word, or the reason itself."""
    if "_blocked_text" in values:
        text = values["_blocked_text"]
        answer = None if text is None else yes_no(text)
        values["blocked"] = text is not None and answer is not False
        if not values["blocked"]:
            values["blocked_reason"] = None
        else:
            values["blocked_reason"] = BLOCKED_FROM_FILE if answer else str(text)
    elif values.get("blocked") is not None:
        values["blocked"] = _yes_no(values["blocked"], "blocked")
        if values["blocked"] and not values.get("blocked_reason"):
            values["blocked_reason"] = BLOCKED_FROM_FILE


def _yes_no(value: Any, name: str) -> bool:
    answer = yes_no(value)
    if answer is None:
        raise InputError("imports.not_yes_no", field=name, value=value)
    return answer
