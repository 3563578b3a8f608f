"""Reading officers' survey files into a layer: formats, CRS, field names, labels, geometry, safety.

Formats: GeoJSON, GeoPackage, zipped Shapefile (with its .prj), KML/KMZ, and CSV/XLSX with coordinates
(lon/lat, x/y or a WKT column) or with parcel ids only (a table of stage changes).

- CRS: from the file (.prj included; every VN-2000 variant PROJ knows); ``crs=`` overrides. A file with
  no CRS whose numbers look like metres is refused with a sentence naming VN-2000 / EPSG:5897 and --crs.
  Features that land outside the province (swapped axes, a wrong CRS) are refused, naming the rows.
- Geometry: Z is dropped; invalid geometries are repaired with make_valid and each repaired feature is
  reported (``strict=True`` refuses them instead).
- Fields: ``field_map`` (SRC=DST) plus automatic recognition of common Vietnamese field names (MaThua,
  SoThua, SoTo, DienTich, LoaiDat, TrangThai, ChuSuDung …); decimal commas; clearance labels with or
  without diacritics and the usual abbreviations. An unknown label is refused with its row named.
- Safety: archives are checked before anything is extracted (no absolute or ``..`` paths, bounded
  member count, bounded uncompressed size and compression ratio); files and feature counts are bounded.

Nothing here writes to the store: :func:`plan_import` returns what would change, and
:meth:`geo.store.Store.apply_import` writes it in one transaction.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Mapping

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS

from . import crs as gcrs
from .errors import InputError
from .schema import LEASE_STATUSES, PERSONAL_FIELDS, get_layer
from .stages import fold, parse_stage

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_RATIO = 200
MAX_FEATURES = 500_000
#: How far outside the province outline a feature may reach (degrees, about 2 km): the outline is coarse.
PROVINCE_MARGIN = 0.02

SPATIAL_SUFFIXES = (".geojson", ".json", ".gpkg", ".kml", ".kmz", ".shp", ".zip")
TABLE_SUFFIXES = (".csv", ".xlsx", ".xls", ".txt")

# Folded (no diacritics, lower case, no separators) source names -> target fields.
_AUTO_FIELDS: dict[str, str] = {
    **dict.fromkeys(("id", "mathua", "malo", "maloso", "parcelid", "madinhdanh", "ma"), "id"),
    **dict.fromkeys(("zoneid", "makhu", "makcn", "makhucn", "khu"), "zone_id"),
    **dict.fromkeys(("lotno", "solo", "lo", "kyhieulo"), "lot_no"),
    **dict.fromkeys(("sothua", "thua"), "_so_thua"),
    **dict.fromkeys(("soto", "tobando", "soto bd", "sotobando"), "_so_to"),
    **dict.fromkeys(("dientich", "dt", "dtich", "area", "areaha"), "_file_area"),
    **dict.fromkeys(("loaidat", "mdsd", "mucdich", "mucdichsudung", "landuse"), "land_use"),
    **dict.fromkeys(("trangthai", "tinhtrang", "giaidoan", "gpmb", "tiendo", "status", "stage", "clearancestage",
                     "trangthaigpmb", "tinhtranggpmb"), "clearance_stage"),
    **dict.fromkeys(("thue", "tinhtrangthue", "lease", "leasestatus", "chothue"), "lease_status"),
    **dict.fromkeys(("vuongmac", "blocked", "lydovuongmac", "blockedreason", "khokhan"), "_blocked_text"),
    **dict.fromkeys(("duong", "giaothong", "road", "utilityroad"), "utility_road"),
    **dict.fromkeys(("dien", "power", "utilitypower"), "utility_power"),
    **dict.fromkeys(("nuoc", "capnuoc", "water", "utilitywater"), "utility_water"),
    **dict.fromkeys(("nuocthai", "thoatnuoc", "wastewater", "utilitywastewater"), "utility_wastewater"),
    **dict.fromkeys(("soho", "sohotdc", "sohotaidinhcu", "households", "resettlementhouseholds"),
                    "resettlement_households"),
    **dict.fromkeys(("chusudung", "chusd", "tenchu", "hoten", "chu", "owner", "ownername"), "owner_name"),
    **dict.fromkeys(("chuho", "tenchuho", "householdhead"), "household_head"),
    **dict.fromkeys(("sodienthoai", "dienthoai", "sdt", "phone"), "phone"),
    **dict.fromkeys(("cmnd", "cccd", "socmnd", "socccd", "giayto", "idnumber"), "id_number"),
    **dict.fromkeys(("ghichu", "note", "notes"), "_note"),
    **dict.fromkeys(("soqd", "quyetdinh", "vanban", "sovanban", "documentref", "document", "doc"), "_document_ref"),
    **dict.fromkeys(("ngay", "ngaythuchien", "date", "at"), "_date"),
    **dict.fromkeys(("ten", "tenvi", "namevi", "tentiengviet"), "name_vi"),
    **dict.fromkeys(("tenen", "nameen", "tentienganh"), "name_en"),
}
#: Target names that exist only during an import (file area, sheet and parcel numbers, note, document).
HELPER_FIELDS = ("_so_thua", "_so_to", "_file_area", "_blocked_text", "_note", "_document_ref", "_date")

# Land-use codes (Vietnamese cadastral codes and words) -> planned use in the park.
_LAND_USE = {
    "industrial": ("skk", "skc", "skn", "cn", "congnghiep", "datcongnghiep", "san xuat", "sanxuat", "industrial"),
    "logistics": ("kho", "khobai", "kv", "logistics", "khovan"),
    "services": ("tmd", "dv", "dichvu", "thuongmai", "services"),
    "utilities": ("dht", "dtl", "dnl", "dgt", "dra", "hatang", "hatangkythuat", "utilities", "xlnt"),
}
_LEASE = {
    "leased": ("dachothue", "dathue", "leased", "dakyhopdong", "cothue"),
    "reserved": ("giucho", "dagiucho", "datcoc", "reserved", "dadangky"),
    "available": ("controng", "trong", "chuathue", "available", "chuachothue", ""),
}
_NO = {"", "0", "khong", "no", "false", "none", "nan", "-", "k", "chua"}


@dataclass
class SourceInfo:
    """What was read from a file before mapping."""

    name: str
    kind: str  # "spatial" or "table"
    crs: str | None
    fields: list[str]
    features: int


@dataclass
class ImportPlan:
    """What an import would do; :meth:`geo.store.Store.apply_import` carries it out."""

    layer: str
    source: str
    rows: list[dict[str, Any]] = field(default_factory=list)  # layer fields + geometry, validated
    personal: dict[str, dict[str, Any]] = field(default_factory=dict)  # parcel id -> personal fields
    notes: dict[str, tuple[str | None, str | None, str | None]] = field(default_factory=dict)  # id -> note, doc, date
    labels: dict[str, str] = field(default_factory=dict)  # id -> "row N" / "feature N"
    repaired: list[str] = field(default_factory=list)
    field_map: dict[str, str] = field(default_factory=dict)
    ignored_fields: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    crs: str | None = None
    attributes_only: bool = False  # a table of ids and stages: a bulk update of existing parcels
    note: str | None = None  # why, for every stage change the file makes (a file's own note column wins)

    @property
    def ids(self) -> list[str]:
        return [r["id"] for r in self.rows]


# ----------------------------------------------------------------- reading
def read_source(path: str | Path, *, source_layer: str | None = None, crs: str | None = None):
    """A file as a GeoDataFrame (spatial files, tables with coordinates) or a DataFrame (tables).

    Raises InputError with one sentence for anything that is not a readable, non-empty file.
    """
    path = Path(path)
    name = path.name
    if not path.exists():
        raise InputError(f"File {name} does not exist.")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"File {name} is empty.")
    if size > MAX_FILE_BYTES:
        raise InputError(f"File {name} is {size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB.")
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:  # before the zip test: an .xlsx is a zip too
        return _read_table(path, name)
    with tempfile.TemporaryDirectory(prefix="siteready-import-") as tmp:
        if suffix in (".zip", ".kmz") or zipfile.is_zipfile(path):
            inner = safe_extract(path, Path(tmp))
            return _read_path(inner, name, source_layer)
        if suffix == ".shp":
            raise InputError(f"File {name} is a lone .shp: upload the Shapefile zipped with its .shx, .dbf and .prj.")
        if suffix in SPATIAL_SUFFIXES:
            return _read_path(path, name, source_layer)
    raise InputError(
        f"File {name} is not a format SiteReady reads (GeoJSON, GeoPackage, zipped Shapefile, KML, CSV or XLSX).")


def safe_extract(archive: Path, dest: Path) -> Path:
    """Extract an archive after checking every member; return the file to read inside it."""
    name = archive.name
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile:
        raise InputError(f"File {name} is not a valid zip archive.") from None
    with zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise InputError(f"Archive {name} holds {len(members)} files; the limit is {MAX_MEMBERS}.")
        total = 0
        for m in members:
            p = PurePosixPath(m.filename.replace("\\", "/"))
            if p.is_absolute() or ".." in p.parts or re.match(r"^[A-Za-z]:", m.filename):
                raise InputError(f"Archive {name} contains an unsafe path ({m.filename!r}); it was not extracted.")
            if m.flag_bits & 0x1:
                raise InputError(f"Archive {name} is encrypted.")
            total += m.file_size
            if total > MAX_UNZIPPED_BYTES:
                raise InputError(f"Archive {name} would unpack to more than {MAX_UNZIPPED_BYTES / 1e9:.0f} GB; "
                                 "it was not extracted.")
            if m.compress_size and m.file_size / max(m.compress_size, 1) > MAX_RATIO and m.file_size > 10_000_000:
                raise InputError(f"Archive {name} has a member compressed {m.file_size // max(m.compress_size, 1)}:1 "
                                 "(a zip bomb?); it was not extracted.")
        wanted = _pick_member([m.filename for m in members if not m.is_dir()], name)
        stem = PurePosixPath(wanted).with_suffix("")
        shapefile = wanted.lower().endswith(".shp")
        chosen = [m for m in members if not m.is_dir() and (
            m.filename == wanted or (shapefile and PurePosixPath(m.filename).with_suffix("") == stem))]
        budget = MAX_UNZIPPED_BYTES
        for m in chosen:
            target = dest / PurePosixPath(m.filename).name
            with zf.open(m) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 20):  # the sizes in the header can lie: count what really comes out
                    budget -= len(chunk)
                    if budget < 0:
                        raise InputError(f"Archive {name} unpacks to more than its header says; it was not read.")
                    out.write(chunk)
    return dest / PurePosixPath(wanted).name


def _pick_member(names: list[str], archive: str) -> str:
    for suffix in (".shp", ".gpkg", ".geojson", ".json", ".kml"):
        hits = [n for n in names if n.lower().endswith(suffix) and not PurePosixPath(n).name.startswith(".")]
        if hits:
            if suffix == ".shp":
                stem = PurePosixPath(hits[0]).with_suffix("")
                have = {PurePosixPath(n).suffix.lower() for n in names if PurePosixPath(n).with_suffix("") == stem}
                missing = [s for s in (".shx", ".dbf") if s not in have]
                if missing:
                    raise InputError(f"Archive {archive}: the Shapefile {PurePosixPath(hits[0]).name} lacks its "
                                     f"{' and '.join(missing)} file.")
            return hits[0]
    raise InputError(f"Archive {archive} holds no Shapefile, GeoPackage, GeoJSON or KML.")


def _read_path(path: Path, name: str, source_layer: str | None):
    try:
        layers = pyogrio.list_layers(path)
    except Exception as err:  # noqa: BLE001 - GDAL's many error types: one sentence for all
        raise InputError(f"File {name} could not be read as geographic data ({_short(err)}).") from None
    if len(layers) == 0:
        raise InputError(f"File {name} has no layers.")
    names = [str(n) for n, _ in layers]
    if source_layer:
        if source_layer not in names:
            raise InputError(f"File {name} has no layer {source_layer!r} (it has {', '.join(names)}).")
        layer = source_layer
    else:
        spatial = [str(n) for n, g in layers if g is not None]
        layer = spatial[0] if spatial else names[0]
    try:
        info = pyogrio.read_info(path, layer=layer)
        if info.get("features", 0) > MAX_FEATURES:
            raise InputError(f"File {name} has {info['features']} features; the limit is {MAX_FEATURES}.")
        gdf = pyogrio.read_dataframe(path, layer=layer)
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001
        raise InputError(f"File {name} could not be read ({_short(err)}).") from None
    if len(gdf) == 0:
        raise InputError(f"File {name} has no features.")
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.geometry.isna().all():
        return pd.DataFrame(gdf.drop(columns=[c for c in ("geometry",) if c in gdf.columns]))
    return gdf


def _read_table(path: Path, name: str) -> pd.DataFrame:
    try:
        if path.suffix.lower() in (".xlsx", ".xls"):
            df = pd.read_excel(path, dtype=str, engine="openpyxl")
        else:
            raw = path.read_bytes()
            text = None
            for enc in ("utf-8-sig", "cp1258", "latin-1"):
                try:
                    text = raw.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            if "\x00" in (text or ""):
                raise InputError(f"File {name} is not a text table (it holds binary data).")
            sep = ";" if text.count(";") > text.count(",") and "\t" not in text[:2000] else ("\t" if text.count("\t") > text.count(",") else ",")
            df = pd.read_csv(io.StringIO(text), dtype=str, sep=sep, keep_default_na=False)
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001
        raise InputError(f"File {name} could not be read as a table ({_short(err)}).") from None
    df = df.dropna(how="all")
    if df.empty or len(df.columns) == 0:
        raise InputError(f"File {name} has no rows.")
    if len(df) > MAX_FEATURES:
        raise InputError(f"File {name} has {len(df)} rows; the limit is {MAX_FEATURES}.")
    df.columns = [str(c).strip() for c in df.columns]
    return df


def _short(err: Exception) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    text = re.sub(r"/[^ ]*/siteready-import-[^/ ]*/", "", text)
    return text[:160].rstrip(".")


def table_geometry(df: pd.DataFrame, name: str) -> gpd.GeoDataFrame | None:
    """Points or shapes from a table's columns (lon/lat, x/y, kinh_do/vi_do, or WKT), or None."""
    keys = {_key(c): c for c in df.columns}
    for wkt_key in ("wkt", "geometry", "geometrywkt", "geom", "hinhhoc"):
        if wkt_key in keys:
            col = keys[wkt_key]
            try:
                geoms = shapely.from_wkt(df[col].replace("", None).to_numpy(dtype=object))
            except Exception:  # noqa: BLE001
                raise InputError(f"File {name}: column {col!r} does not hold WKT geometries.") from None
            return gpd.GeoDataFrame(df.drop(columns=[col]), geometry=geoms)
    for xk, yk in (("lon", "lat"), ("longitude", "latitude"), ("kinhdo", "vido"), ("x", "y"), ("lng", "lat"),
                   ("toadox", "toadoy")):
        if xk in keys and yk in keys:
            xs = _numbers(df[keys[xk]], name, keys[xk])
            ys = _numbers(df[keys[yk]], name, keys[yk])
            return gpd.GeoDataFrame(df.drop(columns=[keys[xk], keys[yk]]), geometry=shapely.points(xs, ys))
    return None


def _numbers(col: pd.Series, name: str, label: str) -> np.ndarray:
    out = []
    for i, v in enumerate(col.tolist()):
        text = str(v).strip().replace(" ", "")
        if text.count(",") == 1 and text.count(".") == 0:
            text = text.replace(",", ".")  # decimal comma
        try:
            out.append(float(text))
        except ValueError:
            raise InputError(f"File {name}, row {i + 2}: {label} {v!r} is not a number.") from None
    return np.asarray(out, dtype=float)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name))


# ------------------------------------------------------------------ fields
def detect_fields(columns: Iterable[str], layer: str, explicit: Mapping[str, str] | None = None,
                  ignore: Iterable[str] = ()) -> dict[str, str]:
    """Source column -> target field: ``explicit`` first (SRC=DST), then recognised names; ``ignore`` stay out."""
    target_names = set(get_layer(layer).names) | set(HELPER_FIELDS) | (set(PERSONAL_FIELDS) if layer == "parcels"
                                                                       else set())
    out: dict[str, str] = {}
    explicit = dict(explicit or {})
    cols = list(columns)
    for src, dst in explicit.items():
        if src not in cols:
            raise InputError(f"--field {src}={dst}: the file has no field {src!r} (it has {', '.join(cols)}).")
        if dst not in target_names:
            raise InputError(f"--field {src}={dst}: layer {layer} has no field {dst!r}.")
        out[src] = dst
    taken = set(out.values())
    skip = set(ignore)
    for col in cols:
        if col in out or col == "geometry" or col in skip:
            continue
        k = _key(col)
        dst = col if col in target_names else _AUTO_FIELDS.get(k)
        if dst and dst in target_names and dst not in taken:
            out[col] = dst
            taken.add(dst)
    return out


def parse_field_args(items: Iterable[str]) -> dict[str, str]:
    out = {}
    for item in items or ():
        src, sep, dst = item.partition("=")
        if not sep or not src.strip() or not dst.strip():
            raise InputError(f"--field takes SRC=DST (a file field and a layer field), not {item!r}.")
        out[src.strip()] = dst.strip()
    return out


def land_use_of(value) -> tuple[str, bool]:
    """(planned land use, recognised?) for a cadastral code or word; unknown current uses become industrial."""
    k = _key(str(value or ""))
    for use, keys in _LAND_USE.items():
        if k in keys or any(k.startswith(x) for x in keys if len(x) >= 3):
            return use, True
    return "industrial", k == ""


def lease_of(value, where: str) -> str:
    k = _key(str(value or ""))
    if k in LEASE_STATUSES:
        return k
    for status, keys in _LEASE.items():
        if k in keys:
            return status
    raise InputError(f"{where}: lease status {value!r} is not recognised (available / reserved / leased).")


def bool_of(value, where: str, label: str) -> bool:
    k = _key(str(value if value is not None else ""))
    if k in _NO:
        return False
    if k in {"1", "co", "yes", "true", "x", "dat", "daco", "roi"}:
        return True
    raise InputError(f"{where}: {label} {value!r} is not yes/no (có/không).")


# ------------------------------------------------------------------ planning
def plan_import(
    path: str | Path,
    layer: str,
    *,
    zones: gpd.GeoDataFrame | None = None,
    province=None,
    crs: str | None = None,
    field_map: Mapping[str, str] | None = None,
    strict: bool = False,
    source_layer: str | None = None,
    display_name: str | None = None,
    ignore_fields: Iterable[str] = (),
    note: str | None = None,
) -> ImportPlan:
    """Read ``path`` and turn it into validated rows for ``layer`` (nothing is written).

    ``zones`` (the store's zones) assign parcels to the zone they lie in when the file does not say;
    ``province`` (a shapely geometry in EPSG:4326) is the area every feature must fall in.
    """
    lyr = get_layer(layer)
    name = display_name or Path(path).name
    data = read_source(path, source_layer=source_layer, crs=crs)
    plan = ImportPlan(layer=layer, source=name, note=(note or "").strip() or None)
    is_table = not isinstance(data, gpd.GeoDataFrame)
    row_label = "row" if is_table else "feature"
    first_row = 2 if is_table else 1
    if is_table:
        geo = table_geometry(data, name)
        if geo is None:
            if layer != "parcels":
                raise InputError(f"File {name} has no geometry (no lon/lat, x/y or WKT columns) for layer {layer}.")
            plan.attributes_only = True
            data = data
        else:
            data = geo
    mapping = detect_fields([c for c in data.columns if c != "geometry"], layer, field_map, ignore_fields)
    plan.field_map = mapping
    plan.ignored_fields = [c for c in data.columns if c not in mapping and c != "geometry"]
    if not plan.attributes_only:
        data = _prepare_geometry(data, name, crs, province, strict, plan, row_label, first_row)
    recs = pd.DataFrame(data.drop(columns="geometry") if "geometry" in data.columns else data)
    renamed = recs[list(mapping)].rename(columns=mapping) if mapping else recs.iloc[:, :0]
    geoms = data.geometry.values if not plan.attributes_only else [None] * len(recs)
    zone_of = _zone_lookup(zones, geoms) if layer == "parcels" and not plan.attributes_only else None
    known_zones = set(zones["id"]) if zones is not None and len(zones) else None
    errors: list[str] = []
    seen: dict[str, str] = {}
    unknown_uses: set[str] = set()
    for i, rec in enumerate(renamed.to_dict("records")):
        where = f"{name}, {row_label} {i + first_row}"
        try:
            row = _row(lyr, rec, geoms[i], where, zone_of[i] if zone_of is not None else None, plan, unknown_uses)
            if known_zones is not None and row.get("zone_id") is not None and row["zone_id"] not in known_zones:
                raise InputError(f"{where}: zone {row['zone_id']!r} does not exist")
        except InputError as err:
            errors.append(str(err).rstrip("."))
            continue
        if row["id"] in seen:
            errors.append(f"{where}: id {row['id']!r} appears twice (also {seen[row['id']]})")
            continue
        seen[row["id"]] = f"{row_label} {i + first_row}"
        plan.labels[row["id"]] = f"{row_label} {i + first_row}"
        plan.rows.append(row)
    if errors:
        shown = "; ".join(errors[:15]) + (f"; and {len(errors) - 15} more" if len(errors) > 15 else "")
        raise InputError(f"{len(errors)} of {len(renamed)} {row_label}s of {name} were refused and nothing was "
                         f"imported: {shown}.")
    if unknown_uses:
        plan.warnings.append(
            f"LoaiDat values {', '.join(sorted(unknown_uses)[:8])} are current uses; those parcels are recorded as "
            "industrial land (the planned use).")
    return plan


def _prepare_geometry(data, name, crs, province, strict, plan, row_label, first_row):
    gdf = data if isinstance(data, gpd.GeoDataFrame) else gpd.GeoDataFrame(data)
    missing = np.flatnonzero(gdf.geometry.isna().to_numpy() | shapely.is_empty(gdf.geometry.values))
    if len(missing):
        rows = ", ".join(str(i + first_row) for i in missing[:10])
        raise InputError(f"File {name}: {row_label}s {rows} have no geometry.")
    src_crs = gcrs.parse_crs(crs) if crs else gdf.crs
    bounds = tuple(gdf.total_bounds)
    if src_crs is None:
        if gcrs.looks_like_vn2000_metres(bounds):
            raise InputError(
                f"File {name} has no coordinate reference system and its coordinates are metres, as in VN-2000 "
                "(Thanh Hóa: VN-2000 / TM-3 zone 482, EPSG:5897); give it with --crs EPSG:5897 (or the right zone).")
        if not gcrs.looks_like_degrees(bounds):
            raise InputError(f"File {name} has no coordinate reference system; give it with --crs (e.g. --crs EPSG:5897).")
        src_crs = CRS.from_epsg(4326)
    plan.crs = src_crs.to_string() if src_crs.to_epsg() is None else f"EPSG:{src_crs.to_epsg()}"
    if gcrs.is_vn2000(src_crs):
        plan.crs += " (VN-2000)"
    gdf = gdf.set_crs(src_crs, allow_override=True)
    geoms = shapely.force_2d(gdf.geometry.values)
    try:
        geoms = gpd.GeoSeries(geoms, crs=src_crs).to_crs(4326).values
    except Exception as err:  # noqa: BLE001
        raise InputError(f"File {name}: the coordinates cannot be transformed from {plan.crs} ({_short(err)}).") from None
    if province is not None:
        inside = shapely.intersects(province.buffer(PROVINCE_MARGIN), geoms)
        if not inside.all():
            bad = np.flatnonzero(~inside)
            rows = ", ".join(str(i + first_row) for i in bad[:10])
            swapped = shapely.transform(geoms[bad], lambda c: c[:, ::-1])
            hint = ("; the axes look swapped (x holds latitude)" if shapely.intersects(province, swapped).all()
                    else f"; is {plan.crs} the right CRS?")
            raise InputError(f"File {name}: {len(bad)} of {len(geoms)} {row_label}s lie outside Thanh Hóa "
                             f"({row_label}s {rows}){hint}")
    invalid = np.flatnonzero(~shapely.is_valid(geoms))
    if len(invalid):
        if strict:
            rows = ", ".join(str(i + first_row) for i in invalid[:10])
            raise InputError(f"File {name}: {len(invalid)} {row_label}s have invalid geometry ({row_label}s {rows}) "
                             "and --strict refuses repairs.")
        fixed = shapely.make_valid(geoms[invalid])
        geoms = geoms.copy()
        single = get_layer(plan.layer).geometry == "POLYGON"
        for j, g in zip(invalid, fixed):
            geoms[j] = _polygonal(g, single) if geoms[j].geom_type in ("Polygon", "MultiPolygon") else g
        plan.repaired = [f"{row_label} {i + first_row}" for i in invalid]
    out = gpd.GeoDataFrame(gdf.drop(columns=gdf.geometry.name), geometry=geoms, crs=4326)
    return out


def _polygonal(g, single: bool):
    """The polygonal part of a repaired geometry (make_valid may add stray lines or points).

    Where the layer holds single polygons (parcels), a repair that splits a lot (a bow-tie becomes two
    triangles) keeps its largest part.
    """
    if g.geom_type == "Polygon":
        return g
    parts = [g] if g.geom_type == "MultiPolygon" else [p for p in getattr(g, "geoms", [])
                                                        if p.geom_type in ("Polygon", "MultiPolygon")]
    polys = [q for p in parts for q in getattr(p, "geoms", [p])]
    if not polys:
        return g
    if single or len(polys) == 1:
        return max(polys, key=lambda q: q.area)
    return shapely.MultiPolygon(polys)


def _zone_lookup(zones, geoms) -> list[str | None] | None:
    """For each geometry: the smallest zone containing its representative point."""
    if zones is None or len(zones) == 0:
        return None
    pts = shapely.point_on_surface(np.asarray(geoms, dtype=object))
    zgeoms = zones.geometry.values
    order = np.argsort(shapely.area(zgeoms))  # smallest first: a sub-zone wins over its park
    tree = shapely.STRtree(zgeoms)
    hits = tree.query(pts, predicate="within")
    best: dict[int, int] = {}
    rank = {int(z): r for r, z in enumerate(order)}
    for p, z in zip(hits[0].tolist(), hits[1].tolist()):
        if p not in best or rank[z] < rank[best[p]]:
            best[p] = z
    ids = zones["id"].to_numpy(dtype=object)
    kinds = zones["kind"].to_numpy(dtype=object)
    return [ids[best[i]] if i in best and kinds[best[i]] != "kkt" else None for i in range(len(pts))]


def _row(lyr, rec: dict, geom, where: str, zone_id, plan: ImportPlan, unknown_uses: set) -> dict[str, Any]:
    from .schema import check_geometry, coerce_value

    values = {k: (None if (v is None or (isinstance(v, float) and np.isnan(v)) or str(v).strip() == "") else v)
              for k, v in rec.items()}
    row: dict[str, Any] = {}
    if lyr.name == "parcels":
        if values.get("id") is None and values.get("_so_thua") is not None:
            zid = values.get("zone_id") or zone_id or "thanh-hoa"
            sheet = f"t{_plain_number(values.get('_so_to'))}-" if values.get("_so_to") is not None else ""
            values["id"] = f"{zid}-{sheet}{_plain_number(values['_so_thua'])}"
        if values.get("lot_no") is None and values.get("_so_thua") is not None:
            values["lot_no"] = str(_plain_number(values["_so_thua"]))
        if values.get("zone_id") is None and not plan.attributes_only:
            if zone_id is None:
                raise InputError(f"{where}: the parcel lies in no industrial park or cluster")
            values["zone_id"] = zone_id
        if values.get("clearance_stage") is not None:
            try:
                values["clearance_stage"] = parse_stage(values["clearance_stage"])
            except InputError:
                raise InputError(f"{where}: clearance stage label {values['clearance_stage']!r} is not recognised") from None
        if values.get("land_use") is not None:
            use, known = land_use_of(values["land_use"])
            if not known:
                unknown_uses.add(str(values["land_use"]))
            values["land_use"] = use
        if values.get("lease_status") is not None:
            values["lease_status"] = lease_of(values["lease_status"], where)
        if "_blocked_text" in values:
            text = values.get("_blocked_text")
            blocked = text is not None and _key(str(text)) not in _NO
            values["blocked"] = blocked
            values["blocked_reason"] = None if not blocked or _key(str(text)) in {"1", "co", "x", "true", "yes"} else str(text)
            if blocked and values["blocked_reason"] is None:
                values["blocked_reason"] = "Vướng mắc (from the imported file)"
        for u in ("road", "power", "water", "wastewater"):
            k = f"utility_{u}"
            if values.get(k) is not None:
                values[k] = bool_of(values[k], where, k)
        if "blocked" in values and "_blocked_text" not in values:
            values["blocked"] = bool_of(values["blocked"], where, "blocked") if values["blocked"] is not None else None
            if values["blocked"] and not values.get("blocked_reason"):
                values["blocked_reason"] = "Vướng mắc (from the imported file)"
        personal = {f: str(values[f]).strip() for f in PERSONAL_FIELDS if values.get(f) is not None}
    else:
        personal = {}
    if values.get("id") is None:
        raise InputError(f"{where}: no id (map a field to id with --field SRC=id)")
    values["id"] = str(values["id"]).strip()
    if plan.attributes_only:
        row = {k: v for k, v in values.items() if k in lyr.names and v is not None}
        if len(row) <= 1 and not personal:
            raise InputError(f"{where}: nothing to change (no stage, lease status, blocked flag or utility)")
    else:
        for f in lyr.fields:
            if f.name in ("area_ha", "version", "updated_at", "updated_by"):
                continue
            if f.name in values:
                row[f.name] = coerce_value(f, values[f.name], where)
        row["geometry"] = check_geometry(lyr, geom if lyr.geometry != "POLYGON" or geom.geom_type != "MultiPolygon"
                                         or len(geom.geoms) != 1 else geom.geoms[0], where)
    if personal:
        plan.personal[values["id"]] = personal
    note, doc, date = values.get("_note"), values.get("_document_ref"), values.get("_date")
    if note or doc or date:
        plan.notes[values["id"]] = (None if note is None else str(note), None if doc is None else str(doc),
                                    None if date is None else str(date))
    return row


def _plain_number(value) -> str:
    text = str(value).strip()
    try:
        f = float(text.replace(",", "."))
        return str(int(f)) if f == int(f) else text
    except ValueError:
        return text


def province_outline(store) -> Any:
    prov = store.read_layer("province")
    return shapely.union_all(prov.geometry.values) if len(prov) else None

