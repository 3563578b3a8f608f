"""The import plan: what a file would change in a layer, worked out without writing anything.

:func:`plan_import` reads a file (:mod:`~geo.imports.sources`), maps its columns
(:mod:`~geo.imports.fields`), places its features (:mod:`~geo.imports.placement`) and turns its records
into validated rows of the layer, a column at a time (:mod:`~geo.imports.columns`). The result, an
:class:`ImportPlan`, is what the CLI and the import page show an officer before anything happens, and
what :meth:`geo.store.Store.apply_import` writes in one transaction. Planning is all or nothing: if any
record is refused, the plan is refused, with every bad record named ("3 of 40 rows of khaosat.xlsx were
refused …: row 5: …; row 9: …").

Cadastral parcels (:mod:`~geo.imports.cadastral`) are accepted anywhere in the province: where each lies
(zone, recovered part, 2025 commune) is found by location (:func:`geo.cadastre.place`), whatever zone
the file names. A cadastral map's register rows without a drawing are left out and named, since the
store holds no parcel without geometry; in every other layer a record without geometry refuses the file.
Planned plots lie in a park or cluster: the one the file names, else the one that holds them.

Which layers take imports is :data:`geo.schema.IMPORTABLE_LAYERS`, checked here so that every way in
(the CLI, the import page, the bulk table) keeps the same rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypedDict, Unpack

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .. import crs as gcrs
from ..errors import InputError
from ..messages import Msg, msg, refusal, where
from ..schema import IMPORTABLE_LAYERS, PERSONAL_FIELDS, UTILITIES, Layer, get_layer, one_of
from ..stages import parse_stage
from ..vocabulary import land_use_of, lease_status_of, yes_no
from . import cadastral
from .columns import Problems, by_value, cells, coerce_column
from .fields import detect_fields
from .placement import Placement, place_features, zone_of_each
from .sources import Numbering, read_source, table_geometry

#: The reason recorded for a parcel a file marks as blocked without saying why.
BLOCKED_FROM_FILE = "Vướng mắc (from the imported file)"
#: Fields the store computes or keeps itself: a file's values for them are ignored.
_STORE_FIELDS = ("area_ha", "area_m2", "recovered_m2", "commune_id", "version", "updated_at", "updated_by")
#: Most unrecognised land-use values named in the plan's warning.
_USES_NAMED = 8
#: Most repaired features named in the plan's warning (the CLI lists every one).
_REPAIRS_NAMED = 20


class ImportOptions(TypedDict, total=False):
    """How to read a file; every key is optional."""

    crs: str | None  # overrides the file's CRS ("EPSG:5897")
    field_map: Mapping[str, str] | None  # source column -> layer field, before automatic recognition
    strict: bool  # refuse invalid geometries instead of repairing them
    source_layer: str | None  # the layer of a multi-layer file (a GeoPackage) to read
    display_name: str | None  # the file's name as the user knows it (an upload is saved under another)
    ignore_fields: Iterable[str]  # columns the officer chose to leave out
    note: str | None  # why, for every stage change the file makes (a file's own note column wins)


@dataclass(frozen=True)
class RepairNote:
    """A repaired feature as the report names it: its label, id, and area (m²) as drawn and after."""

    label: str
    id: str
    before_m2: float
    after_m2: float
    parts: int


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
    repairs: list[RepairNote] = field(default_factory=list)  # repaired polygons with their areas
    skipped: list[str] = field(default_factory=list)  # labels of records left out (no geometry)
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
                communes: gpd.GeoDataFrame | None = None, **options: Unpack[ImportOptions]) -> ImportPlan:
    """Read ``path`` and turn it into validated rows for ``layer`` (nothing is written).

    ``zones`` (the store's zones) place parcels and plots; ``communes`` (the store's 2025 communes) give each
    cadastral parcel its commune; ``province`` (a shapely geometry in EPSG:4326) is the area every feature
    must fall in.
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
    mapped = pd.DataFrame(data[columns])[list(plan.field_map)].rename(columns=plan.field_map)
    keep, geoms, placed = np.arange(len(mapped)), None, None
    if not plan.attributes_only:
        placed = place_features(data, numbering, crs=options.get("crs"), province=province,
                                strict=options.get("strict", False), skip_missing=layer == "parcels")
        plan.crs = placed.crs
        keep = np.flatnonzero(pd.notna(placed.geoms))
        geoms = placed.geoms[keep]
        plan.skipped = [numbering.label(i) for i in placed.missing]
    cols = {c: cells(mapped[c].iloc[keep]) for c in mapped.columns}
    _Rows(lyr, plan, numbering, keep, len(mapped)).build(cols, geoms, zones, communes)
    if placed is not None:
        _report_placement(plan, placed, numbering)
    return plan


def _report_placement(plan: ImportPlan, placed: Placement, numbering: Numbering) -> None:
    """Name the records left out and the features repaired (with their areas) in the plan."""
    by_label = {label: fid for fid, label in plan.labels.items()}
    plan.repaired = [numbering.label(i) for i in placed.repaired]
    plan.repairs = [RepairNote(label, by_label.get(label, "?"), r.before_m2, r.after_m2, r.parts)
                    for label, r in zip(plan.repaired, placed.repairs)]
    if plan.skipped:
        plan.warnings.append(msg("imports.skipped_no_geometry", n=len(plan.skipped), what=numbering.noun,
                                 which=numbering.which(placed.missing)))
    if plan.repairs:
        items = [msg("imports.repaired_one", where=numbering.place(r.index), id=note.id, before=r.before_m2,
                     after=r.after_m2) for r, note in zip(placed.repairs[:_REPAIRS_NAMED], plan.repairs)]
        more = msg("refused.more", n=len(plan.repairs) - _REPAIRS_NAMED) if len(plan.repairs) > _REPAIRS_NAMED else ""
        plan.warnings.append(msg("imports.repaired", n=len(plan.repairs), items=items, more=more))


@dataclass
class _Rows:
    """Turns a file's mapped columns into rows of ``layer`` and adds them to ``plan``, or refuses them all.

    ``keep``: the record (0-based, in the file) of each row position; ``total``: the file's records.
    """

    layer: Layer
    plan: ImportPlan
    numbering: Numbering
    keep: np.ndarray
    total: int
    problems: Problems = field(default_factory=dict)

    def place(self, pos: int) -> Msg:
        return self.numbering.place(int(self.keep[pos]))

    def note(self, found: Problems) -> None:
        for pos, why in found.items():
            self.problems.setdefault(pos, why)

    def build(self, cols: dict[str, np.ndarray], geoms: np.ndarray | None, zones: gpd.GeoDataFrame | None,
              communes: gpd.GeoDataFrame | None) -> None:
        n = len(self.keep)
        parcels = self.layer.name == "parcels"
        if parcels:
            cadastral.as_numbers(cols)
            self._parcel_words(cols)
        elif self.layer.name == "plots":
            self._plot_words(cols)
        values = self._coerced(cols)
        if geoms is not None:
            geoms = self._geometries(geoms)
            values.update(self._placed(values, geoms, zones, communes))
        if parcels:
            self.note(cadastral.compose_ids(values, n, values.get("commune_id")))
            self.note(cadastral.repeats(values, self.place))
            codes = values.get("land_use_code")
            warning = cadastral.unknown_codes(codes) if codes is not None else None
            if warning is not None:
                self.plan.warnings.append(warning)
        else:
            ids = values.get("id", np.full(n, None, dtype=object))
            self.note(dict.fromkeys(np.flatnonzero(pd.isna(ids)).tolist(), msg("imports.no_id")))
            self.note(cadastral.repeats({"id": ids}, self.place))
        self._refuse_if_any()
        self._add(values, cols, geoms)

    # ------------------------------------------------------------------ words officers type
    def _parcel_words(self, cols: dict[str, np.ndarray]) -> None:
        """Hand-typed stage and blockage as the layer's values."""
        if "clearance_stage" in cols:
            cols["clearance_stage"], found = by_value(cols["clearance_stage"], _stage)
            self.note(found)
        if "_blocked_text" in cols:
            both, _ = by_value(cols.pop("_blocked_text"), _blocked_from_text)
            cols["blocked"] = np.asarray([False if b is None else b[0] for b in both], dtype=object)
            cols["blocked_reason"] = np.asarray([None if b is None else b[1] for b in both], dtype=object)
        elif "blocked" in cols:
            cols["blocked"], found = by_value(cols["blocked"], lambda v: _yes_no(v, "blocked"))
            self.note(found)
            reason = cols.get("blocked_reason", np.full(len(cols["blocked"]), None, dtype=object))
            cols["blocked_reason"] = np.where((cols["blocked"] == True) & pd.isna(reason),  # noqa: E712
                                              BLOCKED_FROM_FILE, reason)

    def _plot_words(self, cols: dict[str, np.ndarray]) -> None:
        """Hand-typed planned use, lease and utilities as the layer's values."""
        if "land_use" in cols:
            pairs, _ = by_value(cols["land_use"], land_use_of)
            unknown = sorted({str(v) for v, p in zip(cols["land_use"], pairs) if p is not None and not p[1]})
            cols["land_use"] = np.asarray([None if p is None else p[0] for p in pairs], dtype=object)
            if unknown:
                self.plan.warnings.append(msg("imports.current_uses", values=unknown[:_USES_NAMED]))
        if "lease_status" in cols:
            cols["lease_status"], found = by_value(cols["lease_status"], _lease)
            self.note(found)
        for name in (f"utility_{u}" for u in UTILITIES):
            if name in cols:
                cols[name], found = by_value(cols[name], partial(_yes_no, name=name))
                self.note(found)

    def _coerced(self, cols: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """The layer's fields the file gives, as stored values (the store's own fields left out)."""
        values = {}
        for f in self.layer.fields:
            if f.name in cols and f.name not in _STORE_FIELDS:
                values[f.name], found = coerce_column(f, cols[f.name])
                self.note(found)
        return values

    # ------------------------------------------------------------------ geometry and place
    def _geometries(self, geoms: np.ndarray) -> np.ndarray:
        """Geometries as the layer holds them: polygons promoted to multipolygons where the layer wants them,
        a one-part multipolygon as its polygon where it wants polygons; any other kind is a problem."""
        geoms = np.asarray(geoms, dtype=object).copy()
        kinds = np.asarray(shapely.get_type_id(geoms))
        if self.layer.geometry == "MULTIPOLYGON":
            poly = np.flatnonzero(kinds == 3)
            if len(poly):
                geoms[poly] = shapely.multipolygons(geoms[poly], indices=np.arange(len(poly)))
        elif self.layer.geometry == "POLYGON":
            one = np.flatnonzero((kinds == 6) & (shapely.get_num_geometries(geoms) == 1))
            if len(one):
                geoms[one] = shapely.get_geometry(geoms[one], 0)
        types = np.asarray(shapely.get_type_id(geoms))
        allowed = [t for t, name in enumerate(_TYPE_NAMES) if name in self.layer.allowed_geoms]
        for pos in np.flatnonzero(~np.isin(types, allowed)).tolist():
            self.problems.setdefault(pos, self._wrong(geoms[pos]))
        empty = np.flatnonzero(shapely.is_empty(geoms) | (np.isin(types, (3, 6)) & (shapely.area(geoms) == 0)))
        self.note(dict.fromkeys(empty.tolist(), msg("imports.no_area")))
        return geoms

    def _wrong(self, geom: Any) -> Msg:
        if self.layer.geometry == "POLYGON" and geom.geom_type == "MultiPolygon":
            return msg("imports.polygon_in_parts", parts=len(geom.geoms), layer=self.layer.name)
        return msg("schema.wrong_geometry", geom=geom.geom_type, layer=self.layer.name,
                   allowed=one_of(self.layer.allowed_geoms))

    def _placed(self, values: dict[str, np.ndarray], geoms: np.ndarray, zones: gpd.GeoDataFrame | None,
                communes: gpd.GeoDataFrame | None) -> dict[str, np.ndarray]:
        """Fields found by location: a parcel's area, zone, recovered part and commune; a plot's zone and area."""
        if self.layer.name == "parcels":
            return cadastral.placed_fields(geoms, zones, communes)
        if self.layer.name != "plots":
            return {}
        given = values.get("zone_id", np.full(len(geoms), None, dtype=object))
        found = zone_of_each(zones, geoms)
        zone = given if found is None else np.where(pd.isna(given), np.asarray(found, dtype=object), given)
        known = set(zones["id"]) if zones is not None and len(zones) else None
        for pos in np.flatnonzero(pd.isna(zone)).tolist():
            self.problems.setdefault(pos, msg("imports.no_zone"))
        if known is not None:
            for pos in np.flatnonzero(pd.notna(zone) & ~pd.Series(zone).isin(known).to_numpy()).tolist():
                self.problems.setdefault(pos, msg("imports.unknown_zone", zone=zone[pos]))
        return {"zone_id": zone, "area_ha": np.round(gcrs.area_ha(geoms), 4).astype(object)}

    # ------------------------------------------------------------------ the rows
    def _refuse_if_any(self) -> None:
        if self.problems:
            items = [where(self.place(pos), why) for pos, why in sorted(self.problems.items())]
            raise InputError(refusal(items, self.total, code=self.numbering.refusal_code, source=self.numbering.name))

    def _add(self, values: dict[str, np.ndarray], cols: dict[str, np.ndarray], geoms: np.ndarray | None) -> None:
        names = [f.name for f in self.layer.fields if f.name in values]
        rows = [dict(zip(names, vals)) for vals in zip(*(values[k].tolist() for k in names))]
        # A blank cell of a required field is as if the column were missing: a new feature gets the field's
        # default (or is refused as lacking it), an existing one keeps its value.
        for name in (k for k in names if self.layer.field(k).required and k != "id"):
            for pos in np.flatnonzero(pd.isna(values[name])).tolist():
                del rows[pos][name]
        if geoms is not None:
            for row, geom in zip(rows, geoms):
                row["geometry"] = geom
        personal = _personal(cols) if self.layer.name == "parcels" else {}
        notes = _notes(cols)
        problems: Problems = {}
        for pos, row in enumerate(rows):
            fid = row["id"]
            if self.plan.attributes_only:
                row = {k: v for k, v in row.items() if v is not None}
                if len(row) <= 1 and pos not in personal:
                    problems[pos] = msg("imports.nothing_to_change")
                    continue
            self.plan.rows.append(row)
            self.plan.labels[fid] = self.numbering.label(int(self.keep[pos]))
            if pos in personal:
                self.plan.personal[fid] = personal[pos]
            if pos in notes:
                self.plan.notes[fid] = notes[pos]
        self.note(problems)
        self._refuse_if_any()


#: Shapely's geometry type names by type id.
_TYPE_NAMES = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon",
               "GeometryCollection")


def _personal(cols: dict[str, np.ndarray]) -> dict[int, dict[str, str]]:
    """Row position -> the personal fields it gives (owners, households), as text."""
    present = [f for f in PERSONAL_FIELDS if f in cols]
    out: dict[int, dict[str, str]] = {}
    for f in present:
        for pos, value in zip(np.flatnonzero(pd.notna(cols[f])).tolist(), cols[f][pd.notna(cols[f])].tolist()):
            out.setdefault(pos, {})[f] = str(value).strip()
    return out


def _notes(cols: dict[str, np.ndarray]) -> dict[int, tuple[str | None, str | None, str | None]]:
    """Row position -> (note, document, date) for rows giving any of them."""
    parts = [cols.get(k) for k in ("_note", "_document_ref", "_date")]
    if all(p is None for p in parts):
        return {}
    n = len(next(p for p in parts if p is not None))
    arrays = [np.full(n, None, dtype=object) if p is None else p for p in parts]
    given = np.flatnonzero(np.any([pd.notna(a) for a in arrays], axis=0))
    return {int(pos): tuple(None if pd.isna(a[pos]) else str(a[pos]) for a in arrays)  # type: ignore[misc]
            for pos in given}


def _stage(label: Any) -> str:
    try:
        return parse_stage(str(label))
    except InputError:
        raise InputError("imports.bad_stage_label", label=label) from None


def _lease(value: Any) -> str:
    status = lease_status_of(value)
    if status is None:
        raise InputError("imports.bad_lease", value=value)
    return status


def _blocked_from_text(text: Any) -> tuple[bool, str | None]:
    """(blocked, reason) from a blockage column: a no word, a yes word, or the reason itself."""
    answer = yes_no(text)
    if answer is False:
        return False, None
    return True, BLOCKED_FROM_FILE if answer else str(text)


def _yes_no(value: Any, name: str) -> bool:
    answer = yes_no(value)
    if answer is None:
        raise InputError("imports.not_yes_no", field=name, value=value)
    return answer


def plan_store_import(store: Any, path: str | Path, layer: str, **options: Unpack[ImportOptions]) -> ImportPlan:
    """:func:`plan_import` against what ``store`` holds: its zones, province outline and 2025 communes place
    each feature. The one way the app and the CLI read a file for a store."""
    from .placement import province_outline

    return plan_import(path, layer, zones=store.read_layer("zones"), province=province_outline(store),
                       communes=store.read_layer("communes"), **options)
