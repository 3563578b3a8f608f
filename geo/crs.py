"""Coordinate reference systems: metric areas and distances, VN-2000 recognition.

The store keeps WGS 84 (EPSG:4326). Areas, buffers and simplification use
VN-2000 / TM-3 zone 482 (EPSG:5897), Thanh Hóa's cadastral CRS. Transformations
use the EPSG definitions: a hand-written ``+towgs84`` with the official seven
parameters lands 0.73 m off because PROJ reads its rotations the other way.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer
from pyproj.exceptions import CRSError

from .errors import InputError
from .settings import METRIC_EPSG, STORE_EPSG

#: VN-2000 projected systems: TM-3 zones (5896–5899, 9205–9218) and UTM 48N (3405).
VN2000_EPSG = frozenset({3405, 5896, 5897, 5898, 5899, *range(9205, 9219)})

#: Rough bounds of Thanh Hóa in VN-2000 TM-3 metres, used to recognise an
#: unlabelled file in metres (x ≈ 400 000–700 000, y ≈ 2 100 000–2 300 000).
VN2000_X_RANGE = (350_000.0, 750_000.0)
VN2000_Y_RANGE = (2_050_000.0, 2_350_000.0)

GEOD = Geod(ellps="WGS84")


@lru_cache(maxsize=32)
def transformer(src: int | str, dst: int | str) -> Transformer:
    """A cached, always-xy transformer between two CRSs."""
    return Transformer.from_crs(CRS.from_user_input(src), CRS.from_user_input(dst), always_xy=True)


def to_metric(geoms):
    """Project geometries (array-like, EPSG:4326) to EPSG:5897 metres."""
    return shapely.transform(np.asarray(geoms), _metric_fn)


def to_wgs84(geoms):
    """Project geometries (array-like, EPSG:5897) back to EPSG:4326."""
    return shapely.transform(np.asarray(geoms), _wgs84_fn)


def _project(src: int, dst: int, coords: np.ndarray) -> np.ndarray:
    """An (N, 2) array of x, y coordinates from ``src`` to ``dst``."""
    x, y = transformer(src, dst).transform(coords[:, 0], coords[:, 1])
    return np.column_stack([x, y])


def _metric_fn(coords: np.ndarray) -> np.ndarray:
    return _project(STORE_EPSG, METRIC_EPSG, coords)


def _wgs84_fn(coords: np.ndarray) -> np.ndarray:
    return _project(METRIC_EPSG, STORE_EPSG, coords)


def area_ha(geoms) -> np.ndarray:
    """Areas in hectares of EPSG:4326 geometries, measured in EPSG:5897."""
    return shapely.area(to_metric(geoms)) / 10_000.0


def geodesic_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Ellipsoidal (WGS 84) distances in km between point arrays."""
    _, _, metres = GEOD.inv(np.asarray(lon1), np.asarray(lat1), np.asarray(lon2), np.asarray(lat2))
    return np.asarray(metres) / 1000.0


def parse_crs(text: str) -> CRS:
    """A CRS from user text (``EPSG:5897``, ``5897``, a WKT or PROJ string)."""
    value = text.strip()
    if value.isdigit():
        value = f"EPSG:{value}"
    try:
        return CRS.from_user_input(value)
    except CRSError:
        raise InputError("crs.unknown", text=text) from None


def is_vn2000(crs: CRS | None) -> bool:
    """True when ``crs`` is one of the VN-2000 systems (by EPSG code or datum name)."""
    if crs is None:
        return False
    code = crs.to_epsg(min_confidence=70)
    if code in VN2000_EPSG:
        return True
    datum = (crs.datum.name if crs.datum else "") or ""
    return "VN-2000" in datum.upper().replace("_", "-") or "VN2000" in datum.upper()


def looks_like_vn2000_metres(bounds) -> bool:
    """True when ``(minx, miny, maxx, maxy)`` look like VN-2000 TM-3 metres around Thanh Hóa."""
    minx, miny, maxx, maxy = bounds
    return (
        VN2000_X_RANGE[0] <= minx <= maxx <= VN2000_X_RANGE[1]
        and VN2000_Y_RANGE[0] <= miny <= maxy <= VN2000_Y_RANGE[1]
    )


def looks_like_degrees(bounds) -> bool:
    minx, miny, maxx, maxy = bounds
    return -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90
