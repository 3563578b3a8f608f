"""Rows as the database returns them ↔ the GeoDataFrames every caller reads.

Both stores and both read paths (rows through the DB-API, whole columns through Arrow) end here, so a
layer comes back with the same dtypes and values whichever store and path read it: nullable booleans and
integers, floats with NaN, text (dates and times as ISO strings) in plain object arrays.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..schema import Layer


def column_values(ftype: str, values: list) -> Any:
    """One column of a frame from the values of a field of type ``ftype``."""
    if ftype == "bool":
        return pd.array([None if v is None else bool(v) for v in values], dtype="boolean")
    if ftype == "int":
        return pd.array([None if v is None else int(v) for v in values], dtype="Int64")
    if ftype == "real":
        return np.array([np.nan if v is None else float(v) for v in values], dtype="float64")
    # Text stays in plain object arrays: hot paths (readiness, search) read them as NumPy without a copy.
    if ftype in ("date", "datetime"):
        return pd.Series([None if v is None else iso_text(v, ftype) for v in values], dtype=object)
    return pd.Series(values, dtype=object)


def arrow_column(ftype: str, arr: Any) -> Any:
    """:func:`column_values` for an Arrow column: nullable booleans and integers, floats with NaN, text as objects."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if ftype == "bool":
        return arr.cast(pa.bool_()).to_pandas(types_mapper={pa.bool_(): pd.BooleanDtype()}.get).array
    if ftype == "int":
        return arr.cast(pa.int64()).to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get).array
    if ftype == "real":
        return arr.cast(pa.float64()).to_numpy(zero_copy_only=False)
    if pa.types.is_date(arr.type):
        arr = pc.strftime(arr.cast(pa.timestamp("s")), "%Y-%m-%d")
    elif pa.types.is_timestamp(arr.type):
        arr = pc.strftime(arr.cast(pa.timestamp("s", "UTC")), "%Y-%m-%dT%H:%M:%SZ")
    return pd.Series(arr.cast(pa.string()).to_numpy(zero_copy_only=False), dtype=object)


def iso_text(value: Any, ftype: str) -> str:
    """A date or time as the ISO text the GeoPackage stores (``2026-03-02``, ``2026-03-02T08:15:00Z``)."""
    if isinstance(value, str):
        return value
    if ftype == "date":
        return value.isoformat()[:10]
    return pd.Timestamp(value).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")


def frame_from_rows(layer: Layer, cols: list[str], records: list, geoms: Any) -> gpd.GeoDataFrame:
    """A layer's frame from selected rows (``cols`` then the geometry) and their decoded geometries."""
    data = {c: column_values(layer.field(c).type, [r[i] for r in records]) for i, c in enumerate(cols)}
    df = pd.DataFrame(data, columns=cols)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs=4326), crs=4326)


def frame_from_arrow(layer: Layer, cols: list[str], table: Any, geom: str) -> gpd.GeoDataFrame:
    """The frame :func:`frame_from_rows` makes, made from an Arrow table (same dtypes, same values)."""
    data = {c: arrow_column(layer.field(c).type, table.column(c)) for c in cols}
    df = pd.DataFrame(data, columns=cols)
    geoms = shapely.from_wkb(table.column(geom).to_numpy(zero_copy_only=False))
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs=4326), crs=4326)


def clean_value(value: Any) -> Any:
    """A frame's cell as a plain Python value: missing values as None, NumPy scalars as Python ones."""
    if value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def row_dict(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    """The first row of ``gdf`` as plain values, its geometry under ``geometry``."""
    rec = gdf.iloc[0]
    return {("geometry" if k == gdf.geometry.name else k): (v if k == gdf.geometry.name else clean_value(v))
            for k, v in rec.items()}


def row_dicts(gdf: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Every row of ``gdf`` as plain values, its geometry under ``geometry``."""
    out = []
    for rec, geom in zip(gdf.drop(columns=gdf.geometry.name).to_dict("records"), gdf.geometry.values):
        clean = {str(k): clean_value(v) for k, v in rec.items()}
        clean["geometry"] = geom
        out.append(clean)
    return out
