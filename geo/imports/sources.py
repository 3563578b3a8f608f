"""Reading an uploaded file into a frame: which formats, which limits, and how its records are numbered.

Formats: GeoJSON, GeoPackage, zipped Shapefile (with its .prj), KML/KMZ (read by GDAL), and CSV/XLSX
tables with coordinates (lon/lat, x/y, kinh_do/vi_do) or a WKT column, or with parcel ids only (a table
of stage changes). A file is bounded in size and in features before it is read in full; an archive is
opened by :mod:`geo.imports.archives`. Anything that is not a readable, non-empty file is refused with
one sentence that names the file.

Officers name records as their software shows them: a table's rows from 2 (below the header), a
layer's features from 1. :class:`Numbering` says so in every message about a record.
"""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .. import filetypes, gdalread
from ..errors import InputError
from ..messages import Msg, msg
from ..vocabulary import COORDINATE_COLUMNS, WKT_COLUMNS, key
from .archives import safe_extract

MB = 1024 * 1024  # megabytes as browsers and Streamlit's upload limit count them (MiB)
MAX_FILE_BYTES = 200 * MB
MAX_FEATURES = 500_000

#: How many record numbers a message lists ("rows 2, 3, 9, …").
LISTED = 10


@dataclass(frozen=True)
class Numbering:
    """How a source's records are named in messages: "row N" of a table, "feature N" of a layer."""

    name: str  # the file's name as the user knows it
    table: bool

    @property
    def first(self) -> int:
        return 2 if self.table else 1

    def place(self, i: int) -> Msg:
        """Record ``i`` (0-based) as a place: "row 5" / "feature 4"."""
        if self.table:
            return msg("where.row", n=i + self.first)
        return msg("where.feature", n=i + self.first)

    def label(self, i: int) -> str:
        """Record ``i`` (0-based) as the English label of a report ("feature 4"), without rendering a message:
        a hundred thousand parcels are labelled in one import."""
        return f"{'row' if self.table else 'feature'} {i + self.first}"

    def which(self, indices: Iterable[int]) -> Msg:
        """Records (0-based indices, the first :data:`LISTED`): "rows 2, 5" / "features 1, 4"."""
        numbers = [int(i) + self.first for i in list(indices)[:LISTED]]
        if self.table:
            return msg("imports.which_rows", n=numbers)
        return msg("imports.which_features", n=numbers)

    @property
    def noun(self) -> Msg:
        """The plural noun: "rows" / "features"."""
        return msg("imports.rows") if self.table else msg("imports.features")

    @property
    def refusal_code(self) -> str:
        return "refused.rows" if self.table else "refused.features"


def read_source(path: str | Path, *, source_layer: str | None = None, name: str | None = None) -> pd.DataFrame:
    """A file as a GeoDataFrame (spatial files) or a DataFrame (tables, and spatial files with no geometry).

    ``source_layer`` picks a layer of a multi-layer file (a GeoPackage); the default is its first layer
    with geometry. ``name`` is the file's name as the user gave it (an upload's), default the path's.
    The file must be what its name claims, by its bytes (:mod:`geo.filetypes`); a spatial file is read
    by its own GDAL driver only, with no network (:mod:`geo.gdalread`). Raises InputError with one
    sentence for anything that is not a readable, non-empty file of a format SiteReady reads.
    """
    path = Path(path)
    name = name or path.name
    if not path.is_file():
        raise InputError("imports.no_file", name=name)
    size = path.stat().st_size
    if size == 0:
        raise InputError("imports.empty_file", name=name)
    if size > MAX_FILE_BYTES:
        raise InputError("imports.file_too_big", name=name, mb=f"{size / MB:.1f}", limit=f"{MAX_FILE_BYTES / MB:.0f}")
    if Path(name).suffix.lower() == ".shp":
        raise InputError("imports.lone_shp", name=name)
    kind = filetypes.check_claim(path, name)
    if kind in ("csv", "xlsx"):
        return _read_table(path, name, kind)
    if kind != "zip":
        return _read_spatial(path, name, kind, source_layer)
    with tempfile.TemporaryDirectory(prefix="siteready-import-") as tmp:
        inner = safe_extract(path, Path(tmp))
        inner_kind = filetypes.check_claim(inner, f"{name}/{inner.name}")
        return _read_spatial(inner, name, inner_kind, source_layer)


def _read_spatial(path: Path, name: str, kind: str, source_layer: str | None) -> pd.DataFrame:
    result = gdalread.read(path, kind, layer=source_layer, max_features=MAX_FEATURES)
    error = result.get("error")
    if error == "no_layers":
        raise InputError("imports.no_layers", name=name)
    if error == "no_such_layer":
        raise InputError("imports.no_such_layer", name=name, layer=source_layer, layers=result["layers"])
    if error == "too_many":
        raise InputError("imports.too_many_features", name=name, n=result["features"], limit=MAX_FEATURES)
    if error == "gdal":
        raise InputError("imports.unreadable_geo", name=name, why=clause(result["why"]))
    if error:
        raise InputError("file.reader_failed", name=name, why=clause(result.get("why", "")))
    gdf = result["frame"]
    if len(gdf) == 0:
        raise InputError("imports.no_features", name=name)
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.geometry.isna().all():
        return pd.DataFrame(gdf.drop(columns=[c for c in ("geometry",) if c in gdf.columns]))
    return gdf


def _read_table(path: Path, name: str, kind: str) -> pd.DataFrame:
    try:
        if kind == "xlsx":
            df = pd.read_excel(path, dtype=str, engine="openpyxl")
        else:
            text = _decode(path.read_bytes())
            if "\x00" in text:
                raise InputError("imports.binary_table", name=name)
            df = pd.read_csv(io.StringIO(text), dtype=str, sep=_separator(text), keep_default_na=False)
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001 - pandas, openpyxl and the csv module: one sentence for all
        raise InputError("imports.unreadable_table", name=name, why=short_reason(err)) from None
    df = df.dropna(how="all")
    if df.empty or len(df.columns) == 0:
        raise InputError("imports.no_rows", name=name)
    if len(df) > MAX_FEATURES:
        raise InputError("imports.too_many_rows", name=name, n=len(df), limit=MAX_FEATURES)
    df.columns = [str(c).strip() for c in df.columns]
    return df


def _decode(raw: bytes) -> str:
    """Text in UTF-8 (with or without BOM), else Vietnamese Windows (cp1258), else Latin-1 (never fails)."""
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _separator(text: str) -> str:
    """The column separator of a CSV: ';' (Vietnamese Excel), a tab, or ','."""
    if text.count(";") > text.count(",") and "\t" not in text[:2000]:
        return ";"
    return "\t" if text.count("\t") > text.count(",") else ","


def short_reason(err: Exception) -> str:
    """A library's error as a short clause, without the server's temporary folder."""
    return clause(str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__)


def clause(text: str, limit: int = 160) -> str:
    """A message of GDAL's or a library's as a short clause: no temporary folder, cut at a word, not in one."""
    text = re.sub(r"/[^ ]*/siteready-(import|read)-[^/ ]*/", "", text.strip()).rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut} …"


# ------------------------------------------------------------------ tables with geometry
def table_geometry(df: pd.DataFrame, name: str) -> gpd.GeoDataFrame | None:
    """Points or shapes from a table's columns (lon/lat, x/y, kinh_do/vi_do, or WKT), or None."""
    keys = {key(c): c for c in df.columns}
    for wkt_key in WKT_COLUMNS:
        if wkt_key in keys:
            col = keys[wkt_key]
            try:
                geoms = shapely.from_wkt(df[col].replace("", None).to_numpy(dtype=object))
            except Exception:  # noqa: BLE001 - GEOS errors: one sentence for all
                raise InputError("imports.not_wkt", name=name, column=col) from None
            return gpd.GeoDataFrame(df.drop(columns=[col]), geometry=geoms)
    for xk, yk in COORDINATE_COLUMNS:
        if xk in keys and yk in keys:
            xs = _numbers(df[keys[xk]], name, keys[xk])
            ys = _numbers(df[keys[yk]], name, keys[yk])
            points = np.asarray(shapely.points(xs, ys), dtype=object)
            points[~(np.isfinite(xs) & np.isfinite(ys))] = None  # a blank coordinate: a row without geometry
            return gpd.GeoDataFrame(df.drop(columns=[keys[xk], keys[yk]]), geometry=points)
    return None


def _numbers(col: pd.Series, name: str, label: str) -> np.ndarray:
    """A coordinate column as numbers (a decimal comma is fine); a blank cell is NaN, other text refused."""
    out = []
    for i, v in enumerate(col.tolist()):
        text = "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip().replace(" ", "")
        if text.lower() in ("", "nan", "none", "-"):
            out.append(np.nan)
            continue
        if text.count(",") == 1 and text.count(".") == 0:
            text = text.replace(",", ".")  # decimal comma
        try:
            number = float(text)
        except ValueError:
            number = np.nan
        if not np.isfinite(number):  # "abc", "inf": not a coordinate
            raise InputError("imports.not_a_number", name=name, n=i + 2, column=label, value=v)
        out.append(number)
    return np.asarray(out, dtype=float)
