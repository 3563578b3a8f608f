"""Where a file's features land: their CRS, the province they must fall in, repairs, and their zone.

Surveys come in VN-2000 metres as often as in degrees, and a wrong CRS moves a parcel by kilometres
without any error, so features are placed with care before any field is looked at:

- CRS: the file's own (a Shapefile's .prj included; every VN-2000 variant PROJ knows); ``crs`` given by
  the officer overrides it. A file with no CRS whose numbers look like metres is refused with a sentence
  naming VN-2000 / EPSG:5897 and ``--crs``; numbers that look like degrees are taken as WGS 84. A GeoJSON
  or KML file is WGS 84 by definition: metres in one are a missing CRS too, said before any check of
  where the features lie.
- Province: a feature outside Thanh Hóa (swapped axes, a wrong CRS) is refused, naming the records and
  saying whether the axes look swapped.
- Geometry: Z is dropped; an invalid geometry is repaired with ``make_valid`` and reported, or refused
  when the officer asked for ``strict``.
- Zone: a parcel that does not name its zone goes to the smallest park or cluster that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

from .. import crs as gcrs
from ..errors import InputError
from .sources import Numbering, short_reason

#: How far outside the province outline a feature may reach (degrees, about 2 km): the outline is coarse.
PROVINCE_MARGIN = 0.02


@dataclass
class Placement:
    """A file's geometries in EPSG:4326, the CRS they came in, and which of them were repaired."""

    geoms: np.ndarray
    crs: str  # as shown to the officer: "EPSG:5897 (VN-2000)"
    repaired: list[int] = field(default_factory=list)  # 0-based record indices


def place_features(gdf: gpd.GeoDataFrame, numbering: Numbering, *, crs: str | None = None, province: Any = None,
                   strict: bool = False, single: bool = False) -> Placement:
    """``gdf``'s geometries in EPSG:4326, checked against ``province`` and repaired unless ``strict``.

    ``single``: the layer holds single polygons, so a repair that splits one keeps its largest part.
    """
    geoms = gdf.geometry.values
    missing = np.flatnonzero(gdf.geometry.isna().to_numpy() | shapely.is_empty(geoms))
    if len(missing):
        raise InputError("imports.no_geometry_at", name=numbering.name, which=numbering.which(missing))
    src = _source_crs(gdf, numbering.name, crs)
    label = crs_label(src)
    try:
        wgs = gpd.GeoSeries(shapely.force_2d(geoms), crs=src).to_crs(4326).values
    except Exception as err:  # noqa: BLE001 - PROJ's many error types: one sentence for all
        raise InputError("imports.cannot_transform", name=numbering.name, crs=label, why=short_reason(err)) from None
    if province is not None:
        _check_inside(wgs, province, numbering, label)
    invalid = np.flatnonzero(~shapely.is_valid(wgs))
    if len(invalid) and strict:
        raise InputError("imports.invalid_strict", name=numbering.name, n=len(invalid), what=numbering.noun,
                         which=numbering.which(invalid))
    if len(invalid):
        wgs = wgs.copy()
        for j, fixed in zip(invalid, shapely.make_valid(wgs[invalid])):
            wgs[j] = polygonal(fixed, single) if wgs[j].geom_type in ("Polygon", "MultiPolygon") else fixed
    return Placement(np.asarray(wgs), label, [int(i) for i in invalid])


def _source_crs(gdf: gpd.GeoDataFrame, name: str, crs: str | None) -> CRS:
    """The CRS the file's coordinates are in. Checked before the province: a file in metres that says
    nothing of its CRS must be told so, not that it lies outside Thanh Hóa."""
    if crs:
        return gcrs.parse_crs(crs)
    bounds = tuple(gdf.total_bounds)
    own = CRS.from_user_input(gdf.crs) if gdf.crs is not None else None
    # GeoJSON and KML are WGS 84 by definition, so GDAL labels such a file EPSG:4326 whatever its numbers say:
    # metres under a geographic CRS mean the file's real CRS is missing.
    if own is None or own.is_geographic:
        if gcrs.looks_like_vn2000_metres(bounds):
            raise InputError("imports.no_crs_metres", name=name)
        if not gcrs.looks_like_degrees(bounds):
            raise InputError("imports.no_crs", name=name)
    return own if own is not None else CRS.from_epsg(4326)


def crs_label(src: CRS) -> str:
    """A CRS as the officer is told it: its EPSG code where it has one, "(VN-2000)" for the national datum."""
    code = src.to_epsg()
    label = src.to_string() if code is None else f"EPSG:{code}"
    return f"{label} (VN-2000)" if gcrs.is_vn2000(src) else label


def _check_inside(geoms: np.ndarray, province: Any, numbering: Numbering, crs: str) -> None:
    inside = shapely.intersects(province.buffer(PROVINCE_MARGIN), geoms)
    if inside.all():
        return
    bad = np.flatnonzero(~inside)
    params = dict(name=numbering.name, n=len(bad), total=len(geoms), what=numbering.noun, which=numbering.which(bad))
    swapped = shapely.transform(geoms[bad], lambda c: c[:, ::-1])
    if shapely.intersects(province, swapped).all():
        raise InputError("imports.outside_swapped", **params)
    raise InputError("imports.outside", crs=crs, **params)


def polygonal(g, single: bool):
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


def zone_of_each(zones: gpd.GeoDataFrame | None, geoms) -> list[str | None] | None:
    """For each geometry: the smallest park or cluster containing its representative point (None if none)."""
    if zones is None or len(zones) == 0:
        return None
    pts = shapely.point_on_surface(np.asarray(geoms, dtype=object))
    zgeoms = zones.geometry.values
    order = np.argsort(shapely.area(zgeoms))  # smallest first: a sub-zone wins over its park
    hits = shapely.STRtree(zgeoms).query(pts, predicate="within")
    best: dict[int, int] = {}
    rank = {int(z): r for r, z in enumerate(order)}
    for p, z in zip(hits[0].tolist(), hits[1].tolist()):
        if p not in best or rank[z] < rank[best[p]]:
            best[p] = z
    ids = zones["id"].to_numpy(dtype=object)
    kinds = zones["kind"].to_numpy(dtype=object)
    return [ids[best[i]] if i in best and kinds[best[i]] != "kkt" else None for i in range(len(pts))]


def province_outline(store) -> Any:
    """The province of ``store`` as one shapely geometry (EPSG:4326), or None for a store without one."""
    prov = store.read_layer("province")
    return shapely.union_all(prov.geometry.values) if len(prov) else None
