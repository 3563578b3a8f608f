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
- Geometry: Z is dropped; an invalid geometry is repaired with ``make_valid`` and reported with its area
  before and after, or refused when the officer asked for ``strict``. A repair keeps all the land: every
  polygonal part stays (a bow-tie becomes two triangles), only lines and points of no area go.
- Zone: a plot that does not name its zone goes to the smallest park or cluster that holds it
  (cadastral parcels are placed by :func:`geo.cadastre.place`, anywhere in the province).
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


@dataclass(frozen=True)
class Repair:
    """An invalid geometry that was repaired: its record and its area (m², EPSG:5897) as drawn and after."""

    index: int  # 0-based record
    before_m2: float  # the area of the ring as drawn (a bow-tie's lobes cancel out here)
    after_m2: float  # the area of the land it encloses, every part kept
    parts: int  # polygons after the repair


@dataclass
class Placement:
    """A file's geometries in EPSG:4326, the CRS they came in, which were repaired and which had none."""

    geoms: np.ndarray  # one per record; None where the record has no geometry
    crs: str  # as shown to the officer: "EPSG:5897 (VN-2000)"
    repairs: list[Repair] = field(default_factory=list)
    missing: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))  # 0-based records without geometry

    @property
    def repaired(self) -> list[int]:
        return [r.index for r in self.repairs]


def place_features(gdf: gpd.GeoDataFrame, numbering: Numbering, *, crs: str | None = None, province: Any = None,
                   strict: bool = False, skip_missing: bool = False) -> Placement:
    """``gdf``'s geometries in EPSG:4326, checked against ``province`` and repaired unless ``strict``.

    A record without geometry refuses the file, naming it; with ``skip_missing`` (a cadastral map, whose
    register rows may lack a drawing) it is left out and listed in :attr:`Placement.missing` instead.
    A repaired polygon keeps all its land (:func:`repair_polygonal`).
    """
    geoms = gdf.geometry.values
    absent = gdf.geometry.isna().to_numpy() | shapely.is_empty(np.asarray(geoms, dtype=object))
    missing = np.flatnonzero(absent)
    if len(missing) and (not skip_missing or absent.all()):
        raise InputError("imports.no_geometry_at", name=numbering.name, which=numbering.which(missing))
    present = np.flatnonzero(~absent)
    src = _source_crs(gdf.iloc[present] if len(missing) else gdf, numbering.name, crs)
    label = crs_label(src)
    try:
        wgs = gpd.GeoSeries(shapely.force_2d(np.asarray(geoms, dtype=object)[present]), crs=src).to_crs(4326).values
    except Exception as err:  # noqa: BLE001 - PROJ's many error types: one sentence for all
        raise InputError("imports.cannot_transform", name=numbering.name, crs=label, why=short_reason(err)) from None
    wgs = np.asarray(wgs, dtype=object)
    if province is not None:
        _check_inside(wgs, present, province, numbering, label)
    invalid = np.flatnonzero(~shapely.is_valid(wgs))
    if len(invalid) and strict:
        raise InputError("imports.invalid_strict", name=numbering.name, n=len(invalid), what=numbering.noun,
                         which=numbering.which(present[invalid]))
    repairs: list[Repair] = []
    if len(invalid):
        wgs, repairs = _repaired(wgs, invalid, present)
    out = np.full(len(geoms), None, dtype=object)
    out[present] = wgs
    return Placement(out, label, repairs, missing)


def _repaired(wgs: np.ndarray, invalid: np.ndarray, present: np.ndarray) -> tuple[np.ndarray, list[Repair]]:
    """``wgs`` with its invalid geometries repaired, and a :class:`Repair` for each polygon repaired."""
    wgs = wgs.copy()
    bad = wgs[invalid]
    polygonal = np.isin(shapely.get_type_id(bad), _POLYGONAL)
    fixed = np.asarray(shapely.make_valid(bad), dtype=object)
    if polygonal.any():
        fixed[polygonal] = repair_polygonal(bad[polygonal])
        before = shapely.area(gcrs.to_metric(bad[polygonal]))
        after = shapely.area(gcrs.to_metric(fixed[polygonal]))
        parts = shapely.get_num_geometries(fixed[polygonal])
    wgs[invalid] = fixed
    repairs = [Repair(int(present[j]), round(float(b), 2), round(float(a), 2), int(n))
               for j, b, a, n in zip(invalid[polygonal], before, after, parts)] if polygonal.any() else []
    return wgs, repairs


#: Shapely's type ids of Polygon and MultiPolygon.
_POLYGONAL = (3, 6)


def repair_polygonal(geoms: np.ndarray) -> np.ndarray:
    """Invalid polygons made valid keeping all their land: every polygonal part is kept (a bow-tie becomes
    a MultiPolygon of its two triangles, overlapping parts are merged, not counted twice); only what has no
    area (a collapsed ring, a spike) is dropped. A geometry with no area left comes back empty."""
    fixed = np.asarray(shapely.make_valid(geoms, method="structure", keep_collapsed=False), dtype=object)
    odd = np.flatnonzero(~np.isin(shapely.get_type_id(fixed), _POLYGONAL))
    for j in odd:  # a collection: keep its polygons (make_valid's "structure" rarely leaves one)
        parts = [p for p in shapely.get_parts(fixed[j]) if p.geom_type in ("Polygon", "MultiPolygon")]
        fixed[j] = shapely.union_all(parts) if parts else shapely.Polygon()
    return fixed


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


def _check_inside(geoms: np.ndarray, index: np.ndarray, province: Any, numbering: Numbering, crs: str) -> None:
    """Refuse features outside the province; ``index`` gives each geometry's record."""
    inside = shapely.intersects(province.buffer(PROVINCE_MARGIN), geoms)
    if inside.all():
        return
    bad = np.flatnonzero(~inside)
    params = dict(name=numbering.name, n=len(bad), total=len(geoms), what=numbering.noun,
                  which=numbering.which(index[bad]))
    swapped = shapely.transform(geoms[bad], lambda c: c[:, ::-1])
    if shapely.intersects(province, swapped).all():
        raise InputError("imports.outside_swapped", **params)
    raise InputError("imports.outside", crs=crs, **params)


def zone_of_each(zones: gpd.GeoDataFrame | None, geoms) -> list[str | None] | None:
    """For each geometry (a plot): the smallest park or cluster containing its representative point (None if
    none)."""
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
