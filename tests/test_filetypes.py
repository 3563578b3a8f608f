"""A file is opened only as what its bytes say it is, with that format's GDAL driver and no network."""

from __future__ import annotations

import sqlite3
import zipfile

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geo import filetypes, gdalread
from geo.errors import InputError


@pytest.fixture
def parcels() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"id": ["a", "b"], "ten": ["Thửa 1", "Lô 2"]},
                            geometry=[shapely.box(105.70, 19.50, 105.71, 19.51), shapely.box(105.72, 19.5, 105.73, 19.51)],
                            crs=4326)


def test_each_real_format_is_what_it_claims(tmp_path, parcels):
    parcels.to_file(tmp_path / "a.geojson", driver="GeoJSON")
    parcels.to_file(tmp_path / "a.gpkg", driver="GPKG")
    parcels.to_file(tmp_path / "a.kml", driver="KML")
    parcels.to_crs(5897).to_file(tmp_path / "a.shp", driver="ESRI Shapefile")
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        for ext in ("shp", "shx", "dbf", "prj"):
            zf.write(tmp_path / f"a.{ext}", f"a.{ext}")
    pd.DataFrame({"id": ["a"], "lon": [105.7], "lat": [19.5]}).to_csv(tmp_path / "a.csv", index=False)
    pd.DataFrame({"id": ["a"], "lon": [105.7], "lat": [19.5]}).to_excel(tmp_path / "a.xlsx", index=False)
    expected = {"a.geojson": "geojson", "a.gpkg": "gpkg", "a.kml": "kml", "a.zip": "zip", "a.csv": "csv",
                "a.xlsx": "xlsx", "a.shp": "shp"}
    for name, kind in expected.items():
        assert filetypes.check_claim(tmp_path / name) == kind, name


def _vrt(source: str) -> str:
    return (f'<OGRVRTDataSource><OGRVRTLayer name="secret"><SrcDataSource>{source}</SrcDataSource>'
            '<GeometryType>wkbNone</GeometryType></OGRVRTLayer></OGRVRTDataSource>')


@pytest.mark.parametrize("name, content, actual", [
    ("parcels.geojson", None, "OGR VRT"),        # a VRT that reads a local file
    ("parcels.kml", None, "OGR VRT"),
    ("parcels.json", '<GDALG>{"command_line": "gdal vector pipeline"}</GDALG>', "OGR VRT"),
    ("parcels.geojson", "name,phone\nx,1\n", "CSV"),
    ("parcels.gpkg", "{\"type\": \"FeatureCollection\", \"features\": []}", "GeoJSON"),
    ("parcels.kml", "<?xml version='1.0'?><gml:FeatureCollection xmlns:gml='g'/>", "XML"),
    ("parcels.csv", "\x00\x01\x02binary", "binary data"),
])
def test_a_file_that_is_not_what_its_name_claims_is_refused(tmp_path, name, content, actual):
    secret = tmp_path / "secret.csv"
    secret.write_text("name,phone\nNguyễn Văn A,0912345678\n", encoding="utf-8")
    path = tmp_path / name
    path.write_text(content if content is not None else _vrt(str(secret)), encoding="utf-8")
    with pytest.raises(InputError) as err:
        filetypes.check_claim(path)
    assert err.value.code == "file.not_what_it_claims"
    assert str(err.value) == (f"File {name} is named as {filetypes.KIND_NAMES[filetypes.CLAIMS[path.suffix]]} but its "
                              f"content is {actual}; it was not opened.")
    assert "0912345678" not in str(err.value)


def test_a_sqlite_database_is_not_a_geopackage(tmp_path):
    path = tmp_path / "store.gpkg"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE users (name TEXT, password_hash TEXT)")
    con.commit()
    con.close()
    with pytest.raises(InputError) as err:
        filetypes.check_claim(path)
    assert "SQLite database" in str(err.value)


def test_an_unknown_suffix_is_refused(tmp_path):
    path = tmp_path / "parcels.vrt"
    path.write_text(_vrt("/etc/passwd"))
    with pytest.raises(InputError) as err:
        filetypes.check_claim(path)
    assert err.value.code == "imports.unknown_format"


def test_a_kml_that_links_out_is_refused_and_nothing_is_fetched(tmp_path, http_hits):
    url, hits = http_hits
    path = tmp_path / "links.kml"
    path.write_text('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
                    f'<NetworkLink><Link><href>{url}/more.kml</href></Link></NetworkLink></Document></kml>')
    with pytest.raises(InputError) as err:
        filetypes.check_claim(path)
    assert err.value.code == "file.kml_links_out"
    gdalread.read(path, "kml")  # even read directly, the child has no network
    assert hits == []


def test_the_reader_opens_a_vrt_with_no_driver_even_when_asked_directly(tmp_path, http_hits):
    url, hits = http_hits
    secret = tmp_path / "secret.csv"
    secret.write_text("name,phone\nNguyễn Văn A,0912345678\n", encoding="utf-8")
    for source in (str(secret), f"/vsicurl/{url}/secret.csv", f"CSV:{secret}"):
        path = tmp_path / "evil.geojson"
        path.write_text(_vrt(source))
        result = gdalread.read(path, "geojson")
        assert result.get("error") == "gdal", result
        assert "0912345678" not in str(result)
    assert hits == []


def test_the_reader_reads_real_files_as_a_plain_read_would(tmp_path, parcels):
    import pyogrio

    for name, kind, driver in (("a.geojson", "geojson", "GeoJSON"), ("a.gpkg", "gpkg", "GPKG")):
        parcels.to_file(tmp_path / name, driver=driver)
        result = gdalread.read(tmp_path / name, kind)
        pd.testing.assert_frame_equal(pd.DataFrame(result["frame"]), pd.DataFrame(pyogrio.read_dataframe(tmp_path / name)))
        assert result["frame"].crs.to_epsg() == 4326
    missing = gdalread.read(tmp_path / "a.gpkg", "gpkg", layer="nope")
    assert missing["error"] == "no_such_layer" and missing["layers"] == ["a"]
    too_many = gdalread.read(tmp_path / "a.gpkg", "gpkg", max_features=1)
    assert too_many == {"error": "too_many", "features": 2}
