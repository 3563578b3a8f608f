"""Exports: formula cells neutralised, notice carried, formats faithful."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geo.io import frame_bytes, neutralise, write_frame


def test_formula_cells_are_neutralised():
    assert neutralise("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    for s in ("+1", "-1+2", "@SUM(A1)", "\tx"):
        assert neutralise(s).startswith("'")
    assert neutralise("Khu công nghiệp") == "Khu công nghiệp"
    assert neutralise(-5) == -5


def _evil_frame():
    return gpd.GeoDataFrame(
        {"id": ["a", "b"], "name_vi": ["=cmd|' /C calc'!A0", "Hoàng Long"], "area_ha": [1.5, -2.0]},
        geometry=[shapely.box(105.7, 19.7, 105.71, 19.71), shapely.box(105.8, 19.8, 105.81, 19.81)], crs=4326,
    )


def test_csv_and_xlsx_never_carry_a_live_formula(tmp_path):
    gdf = _evil_frame()
    write_frame(gdf, "csv", tmp_path / "x.csv", layer_name="zones", notice="Lưu ý")
    df = pd.read_csv(tmp_path / "x.csv")
    assert df.loc[0, "name_vi"].startswith("'=")
    assert df.loc[1, "area_ha"] == -2.0  # numbers stay numbers
    data = frame_bytes(gdf, "xlsx", layer_name="zones")
    import io

    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    cells = [c.value for row in wb["zones"].iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith("=") for v in cells)
    assert any(c.data_type == "f" for row in wb["zones"].iter_rows() for c in row) is False


def test_headers_can_be_translated(tmp_path):
    write_frame(_evil_frame(), "csv", tmp_path / "x.csv", layer_name="zones", headers={"name_vi": "Tên"})
    assert "Tên" in pd.read_csv(tmp_path / "x.csv").columns


def test_vietnamese_survives_every_format(tmp_path):
    gdf = _evil_frame()
    for fmt in ("gpkg", "geojson", "kml"):
        path = write_frame(gdf, fmt, tmp_path / f"x.{fmt}", layer_name="zones", notice="Vị trí gần đúng")
        back = gpd.read_file(path)
        assert "Hoàng Long" in set(back["name_vi"])


def test_a_write_that_cannot_happen_is_one_sentence_in_both_languages(tmp_path):
    from geo.errors import InputError

    cases = [
        ("shp", tmp_path / "x.shp", "io.unknown_format", "Unknown export format 'shp'; use one of: gpkg, geojson",
         "Không có định dạng xuất «shp»"),
        ("csv", tmp_path / "no" / "x.csv", "io.no_folder", f"The folder {tmp_path / 'no'} does not exist",
         f"Không có thư mục {tmp_path / 'no'}"),
        ("csv", tmp_path, "io.is_folder", f"The path {tmp_path} is a folder",
         f"Đường dẫn {tmp_path} là một thư mục"),
    ]
    for fmt, path, code, en, vi in cases:
        with pytest.raises(InputError) as err:
            write_frame(_evil_frame(), fmt, path, layer_name="zones")
        assert err.value.code == code
        assert str(err.value).startswith(en) and err.value.text("vi").startswith(vi)
