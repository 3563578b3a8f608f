"""Coordinates: the VN-2000 check point, areas in EPSG:5897, VN-2000 recognition."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import CRS

from geo import crs as gcrs
from geo.errors import InputError

# ../shared/data/README.md: WGS 84 (105.785182 E, 19.806692 N) <-> EPSG:5897 (E 582064.41, N 2191047.08).
CHECK_WGS = (105.785182, 19.806692)
CHECK_VN2000 = (582064.41, 2191047.08)


def test_check_point_forward_and_back():
    x, y = gcrs.transformer(4326, 5897).transform(*CHECK_WGS)
    assert x == pytest.approx(CHECK_VN2000[0], abs=0.02)
    assert y == pytest.approx(CHECK_VN2000[1], abs=0.02)
    lon, lat = gcrs.transformer(5897, 4326).transform(*CHECK_VN2000)
    assert lon == pytest.approx(CHECK_WGS[0], abs=2e-7)
    assert lat == pytest.approx(CHECK_WGS[1], abs=2e-7)


def test_geometry_round_trip_through_the_metric_crs():
    poly = shapely.box(105.7, 19.7, 105.71, 19.71)
    back = gcrs.to_wgs84(gcrs.to_metric([poly]))[0]
    assert shapely.hausdorff_distance(poly, back) < 1e-8


def test_area_in_hectares_of_a_known_square():
    # A 1 km x 1 km square drawn in EPSG:5897 is 100 ha.
    sq = shapely.box(580_000, 2_190_000, 581_000, 2_191_000)
    wgs = gcrs.to_wgs84([sq])
    assert gcrs.area_ha(wgs)[0] == pytest.approx(100.0, rel=1e-6)


def test_geodesic_distance_matches_a_known_value():
    # Thanh Hóa city to Nghi Sơn port, about 56 km.
    km = gcrs.geodesic_km(105.785, 19.807, 105.8, 19.32)
    assert 50 < float(km) < 60


@pytest.mark.parametrize("code", [5897, 5896, 5899, 9205, 9218, 3405])
def test_vn2000_systems_are_recognised(code):
    assert gcrs.is_vn2000(CRS.from_epsg(code))


@pytest.mark.parametrize("code", [4326, 32648, 3857])
def test_other_systems_are_not_vn2000(code):
    assert not gcrs.is_vn2000(CRS.from_epsg(code))


def test_metres_that_look_like_vn2000_are_spotted():
    assert gcrs.looks_like_vn2000_metres((581_000, 2_190_000, 583_000, 2_192_000))
    assert not gcrs.looks_like_vn2000_metres((105.7, 19.7, 105.8, 19.8))
    assert gcrs.looks_like_degrees((105.7, 19.7, 105.8, 19.8))


def test_bad_crs_text_is_one_sentence():
    with pytest.raises(InputError, match="not a coordinate reference system") as err:
        gcrs.parse_crs("EPSG:99999999")
    assert err.value.text("vi") == "«EPSG:99999999» không phải hệ tọa độ mà PROJ biết (thử EPSG:5897)."
    assert gcrs.parse_crs("5897").to_epsg() == 5897
    assert np.isfinite(gcrs.parse_crs("EPSG:5897").area_of_use.west)
