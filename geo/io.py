"""Writing layers and results to files: GeoPackage, GeoJSON, CSV, XLSX and KML.

One writer serves the CLI's ``export``, the app's download buttons and the
readiness results. Public exports keep only public fields. Text cells that a
spreadsheet would run as a formula (starting with = + - @, tab or CR) are
neutralised in CSV and XLSX; every workbook is written by :mod:`geo.xlsx`.
When the store carries a data notice (the default dataset's "approximate
locations, illustrative states"), every format carries it too.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from . import xlsx
from .errors import InputError
from .xlsx import neutralise, sheet_name

__all__ = ["FORMATS", "MEDIA_TYPES", "export_layer", "frame_bytes", "neutralise", "neutralise_frame", "notice_text",
           "sheet_name", "tables_xlsx", "write_frame"]

FORMATS = ("gpkg", "geojson", "csv", "xlsx", "kml")
MEDIA_TYPES = {
    "gpkg": "application/geopackage+sqlite3",
    "geojson": "application/geo+json",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "kml": "application/vnd.google-earth.kml+xml",
}


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise).astype(object)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def notice_text(meta: Mapping[str, str] | None) -> str | None:
    """The data notice of a store, Vietnamese then English, or None."""
    if not meta:
        return None
    parts = [p for p in (meta.get("notice_vi"), meta.get("notice_en")) if p]
    return " / ".join(parts) if parts else None


def _plain(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """Attributes as plain Python objects (nullable dtypes become object with None)."""
    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    for col in df.columns:
        if isinstance(df[col].dtype, (pd.BooleanDtype, pd.Int64Dtype)) or pd.api.types.is_string_dtype(df[col]):
            df[col] = df[col].astype(object).where(df[col].notna(), None)
    return df


def write_frame(
    gdf: gpd.GeoDataFrame,
    fmt: str,
    path: str | os.PathLike,
    *,
    layer_name: str,
    notice: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Path:
    """Write ``gdf`` (EPSG:4326) to ``path`` in ``fmt``; ``headers`` renames columns (CSV/XLSX)."""
    if fmt not in FORMATS:
        raise InputError("io.unknown_format", fmt=fmt, choices=FORMATS)
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise InputError("io.no_folder", folder=str(path.parent))
    if path.is_dir():
        raise InputError("io.is_folder", path=str(path))
    try:
        _write(gdf, fmt, path, layer_name, notice, headers)
    except OSError as err:
        raise InputError("io.cannot_write", path=str(path), why=str(err.strerror or err)) from None
    except pyogrio.errors.DataSourceError as err:
        raise InputError("io.cannot_write", path=str(path), why=str(err).splitlines()[0][:120]) from None
    return path


def _write(gdf, fmt: str, path: Path, layer_name: str, notice, headers) -> None:
    gdf = gdf.to_crs(4326) if gdf.crs is not None and gdf.crs.to_epsg() != 4326 else gdf
    if fmt == "geojson":
        _write_geojson(gdf, path, layer_name, notice)
    elif fmt == "csv":
        df = neutralise_frame(_tabular(gdf, notice, headers))
        df.to_csv(path, index=False, encoding="utf-8-sig")  # BOM: Excel reads Vietnamese correctly
    elif fmt == "xlsx":
        _write_xlsx(gdf, path, layer_name, notice, headers)
    elif fmt == "gpkg":
        opts = {"DESCRIPTION": notice} if notice else {}
        with _replacing(path) as tmp:
            pyogrio.write_dataframe(_for_ogr(gdf), tmp, layer=layer_name, driver="GPKG", layer_options=opts)
    elif fmt == "kml":
        ds_opts = {"NAME": layer_name}
        if notice:
            ds_opts["DESCRIPTION"] = notice
        frame = _for_ogr(gdf)
        if "name" not in frame.columns:
            label = next((c for c in ("name_vi", "name", "id") if c in frame.columns), None)
            if label:
                frame.insert(0, "name", frame[label])
        with _replacing(path) as tmp:
            pyogrio.write_dataframe(frame, tmp, layer=layer_name, driver="LIBKML", dataset_options=ds_opts)


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; it replaces ``path`` when the write ends, and is removed when
    the write fails, so a failed export leaves no half-written file (nor a stale one under the new name)."""
    tmp = path.with_name(f".~{path.stem}{path.suffix}")
    tmp.unlink(missing_ok=True)
    try:
        yield tmp
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)


def frame_bytes(gdf: gpd.GeoDataFrame, fmt: str, *, layer_name: str, notice: str | None = None,
                headers: Mapping[str, str] | None = None) -> bytes:
    """The file ``write_frame`` would write, as bytes (for download buttons)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{layer_name}.{fmt}"
        write_frame(gdf, fmt, path, layer_name=layer_name, notice=notice, headers=headers)
        return path.read_bytes()


def _for_ogr(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    df = _plain(gdf)
    for col in df.columns:
        if df[col].dtype == object:
            non_null = df[col].dropna()
            if len(non_null) and all(isinstance(v, (bool, np.bool_)) for v in non_null):
                df[col] = df[col].map(lambda v: None if v is None else int(v)).astype("float64")
            elif len(non_null) and all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in non_null):
                df[col] = pd.array(df[col].tolist(), dtype="Int64").astype("float64")
            else:
                df[col] = df[col].map(lambda v: None if v is None else str(v))
    return gpd.GeoDataFrame(df, geometry=gdf.geometry.values, crs=gdf.crs or 4326)


def _tabular(gdf: gpd.GeoDataFrame, notice: str | None, headers: Mapping[str, str] | None) -> pd.DataFrame:
    """The attributes, the geometry as lon/lat (points) or WKT, the notice and the headers, as a table (not yet
    neutralised: CSV and XLSX each do it as they write)."""
    df = _plain(gdf)
    geoms = gdf.geometry.values
    if len(gdf) and all(g is not None and g.geom_type == "Point" for g in geoms):
        df["lon"] = np.round(shapely.get_x(geoms), 6)
        df["lat"] = np.round(shapely.get_y(geoms), 6)
    else:
        df["geometry_wkt"] = shapely.to_wkt(geoms, rounding_precision=6)
    if notice:
        df["notice"] = notice
    if headers:
        df = df.rename(columns={k: v for k, v in headers.items() if k in df.columns})
    return df


def _write_geojson(gdf: gpd.GeoDataFrame, path: Path, layer_name: str, notice: str | None) -> None:
    df = _plain(gdf)
    feats = []
    geo = shapely.to_geojson(gdf.geometry.values)
    for rec, g in zip(df.to_dict("records"), geo):
        props = {k: _json_value(v) for k, v in rec.items()}
        feats.append({"type": "Feature", "id": props.get("id"), "properties": props,
                      "geometry": json.loads(g) if g else None})
    fc: dict[str, Any] = {"type": "FeatureCollection", "name": layer_name}
    if notice:
        fc["notice"] = notice
    fc["features"] = feats
    path.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")


def _json_value(v):
    if v is None or v is pd.NA:
        return None
    if isinstance(v, (np.floating, float)):
        return None if np.isnan(v) else float(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, (list, tuple)):
        return [_json_value(x) for x in v]
    return v


def _write_xlsx(gdf, path: Path, layer_name: str, notice: str | None, headers) -> None:
    df = _tabular(gdf, None, headers)  # neutralised as it is written
    rows: list[tuple[str, Any]] = [("Lớp dữ liệu / Layer", layer_name), ("Số đối tượng / Features", len(df))]
    if notice:
        rows.append(("Lưu ý / Notice", notice))
    with _replacing(path) as tmp, xlsx.Workbook(tmp) as book:
        book.table(layer_name, df)
        book.notes(rows)


def export_layer(store, layer: str, fmt: str, path, *, public: bool = False) -> tuple[Path, int]:
    """Export a layer of ``store`` to ``path``; returns the path and the feature count."""
    gdf = store.read_layer(layer, public=public)
    notice = notice_text(store.meta())
    return write_frame(gdf, fmt, path, layer_name=layer, notice=notice), len(gdf)


def tables_xlsx(tables: Mapping[str, pd.DataFrame], *, notice: str | None = None) -> bytes:
    """Several tables as one XLSX workbook (one sheet each, a named index as the first columns, formulas
    neutralised, a table longer than a sheet over several), plus a notes sheet when there is a notice."""
    buf = io.BytesIO()
    with xlsx.Workbook(buf) as book:
        for name, df in tables.items():
            book.table(name, xlsx.flat(df))
        if notice:
            book.notes([("Lưu ý / Notice", notice)])
    return buf.getvalue()
