"""Real cadastral files: a land office's VN-2000 Shapefile imports whole, on both stores, with nothing lost."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geo import cli, crs as gcrs
from geo.imports import detect_fields, plan_import, province_outline
from geo.imports.placement import repair_polygonal
from geo.vocabulary import number_text
from tests.cadastral_files import (VN2000, land_office_map, reference_layers, square, write_shapefile_zip,
                                   zones_metric)


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err.strip()


def metric(geom):
    return gcrs.to_metric(np.asarray([geom], dtype=object))[0]


def test_a_land_offices_shapefile_imports_whole(cadastral_store, tmp_path, capsys):
    s = cadastral_store
    gdf, expect = land_office_map()
    path = write_shapefile_zip(gdf, tmp_path)
    code, out, err = run(capsys, "import", path, "--layer", "parcels", "--user", "officer", "--db", s.url)
    assert code == 0, err
    assert "CRS EPSG:5897 (VN-2000)" in out
    assert "SoHieuToBa→sheet_no" in out and "SoThuTuThu→parcel_no" in out and "KyHieuMucD→land_use_code" in out
    # The bow-tie is named with its area as drawn (its lobes cancel out) and as repaired (both triangles).
    assert "Repaired invalid geometry: feature 5 (id 16171-012-47): 0.00 m² as drawn, 200.00 m² repaired in 2 parts." \
        in out
    assert "Skipped, no geometry: feature 8." in out  # a register row without a drawing: named, not stored
    assert "(XYZ); they were kept as written" in out
    assert "7 new, 0 updated" in out

    got = s.read_layer("parcels").set_index("id")
    drawn = {k: e for k, e in expect.items() if e["geometry"] is not None}
    assert sorted(got.index) == sorted(drawn)
    assert got.loc["16171-012-45", "sheet_no"] == "012" and got.loc["16171-012-45", "parcel_no"] == "45"
    assert got.loc["16171-7-3", "commune_code"] == "16171"
    for pid, e in drawn.items():
        row = got.loc[pid]
        assert row["land_use_code"] == e["land_use_code"], pid  # kept as written, "XYZ" and "ONT+CLN" too
        assert row["zone_id"] == e["zone_id"], pid
        assert row["clearance_stage"] == "not_started" and row["version"] == 1
        assert row["commune_id"] is not None
        # Where it landed: to the metre of where it was surveyed, all its land kept.
        stored = metric(row["geometry"])
        surveyed = repair_polygonal(np.asarray([e["geometry"]], dtype=object))[0]
        assert shapely.hausdorff_distance(stored, surveyed) < 1.0, pid
        assert abs(shapely.area(stored) - e["land_m2"]) < 0.01, pid
        assert abs(row["area_m2"] - e["land_m2"]) < 0.01, pid
    # No land lost: the land surveyed is the land stored.
    assert abs(got["area_m2"].sum() - sum(e["land_m2"] for e in drawn.values())) < 0.01
    assert got.loc["16171-012-48", "geometry"].geom_type == "MultiPolygon"
    assert len(got.loc["16171-012-48", "geometry"].geoms) == 2
    assert len(got.loc["16171-012-47", "geometry"].geoms) == 2  # the bow-tie's two triangles
    # Parcels in the economic zone outside its parks and in no zone are accepted; recovered is the part inside.
    assert got.loc["16171-012-46", "recovered_m2"] == pytest.approx(400.0, abs=0.01)
    assert got.loc["16171-7-3", "recovered_m2"] == 0.0
    # A parcel straddling a park's boundary stays whole; the state recovers the part inside the park.
    inside = shapely.area(shapely.intersection(expect["16171-7-4"]["geometry"], zones_metric()["kcn-le-mon"]))
    assert 100 < inside < 800
    assert got.loc["16171-7-4", "area_m2"] == pytest.approx(900.0, abs=0.01)
    assert got.loc["16171-7-4", "recovered_m2"] == pytest.approx(inside, abs=0.5)
    # Owners and their addresses go to the personal table, never to the layer.
    assert not {"owner_name", "owner_address", "TenChu", "DiaChi"} & set(got.columns)
    assert s.personal("16171-012-45", user="officer") == {"owner_name": "Nguyễn Văn An",
                                                           "owner_address": "Thôn 3, xã Nghi Sơn"}
    # One import event per parcel; importing the same file again changes nothing.
    assert [(e.action, e.to_stage, e.by) for e in s.history("16171-012-45")] == [("import", "not_started", "officer")]
    code, out, err = run(capsys, "import", path, "--layer", "parcels", "--user", "officer", "--db", s.url)
    assert code == 0 and "0 new, 0 updated, 7 unchanged" in out, (out, err)


def test_repeated_parcel_numbers_refuse_the_file_naming_the_rows(cadastral_store, tmp_path, capsys):
    s = cadastral_store
    gdf, _ = land_office_map()
    gdf.loc[6, "SoThuTuThu"] = 45.0  # feature 7 repeats sheet 012, parcel 45 of feature 1
    path = write_shapefile_zip(gdf, tmp_path)
    before = (s.count("parcels"), len(s.events()), s.change_counter())
    code, out, err = run(capsys, "import", path, "--layer", "parcels", "--user", "officer", "--db", s.url)
    assert code == 3 and "\n" not in err
    assert err == ("error: 1 of 8 features of BanDoDiaChinh.zip were refused and nothing was imported: feature 7: "
                   "commune 16171, sheet 012, parcel 45 appears twice (also feature 1); correct the number of one "
                   "of them in the file.")
    assert (s.count("parcels"), len(s.events()), s.change_counter()) == before


def test_a_repeated_id_is_named_too(tmp_path):
    gdf, _ = land_office_map()
    gdf["MaThua"] = [f"T{i}" for i in range(len(gdf))]
    gdf.loc[3, "MaThua"] = "T0"
    gdf.to_file(tmp_path / "ids.gpkg", driver="GPKG")
    layers = reference_layers()
    with pytest.raises(Exception) as err:
        plan_import(tmp_path / "ids.gpkg", "parcels", zones=layers["zones"], communes=layers["communes"])
    assert "feature 4: id 'T0' appears twice (also feature 1)" in str(err.value)
    assert "mã «T0» xuất hiện hai lần (cả ở đối tượng 1)" in err.value.text("vi")


@pytest.mark.parametrize("names", [
    ("MaXa", "SoHieuToBanDo", "SoThuTuThua", "DienTichPhapLy", "KyHieuMucDichSuDung", "TenChu", "DiaChi"),
    ("MaXa", "SoHieuToBa", "SoThuTuThu", "DienTichPh", "KyHieuMucD", "TenChu", "DiaChi"),
    ("MAXA", "SOHIEUTOBA", "SOTHUTUTHU", "DIENTICHPH", "KYHIEUMUCD", "TENCHU", "DIACHI"),
    ("maxa", "SoTo", "SoThua", "DienTich", "MucDich", "TenChu", "DiaChi"),
    ("MaXa", "SHBANDO", "SHTHUA", "DienTich", "MDSD", "TenChu", "DiaChi"),
    ("MaXa", "SoHieuTo", "SoThua", "DienTich", "LoaiDat", "TenChu", "DiaChi"),
])
def test_field_names_of_both_circulars_and_their_shapefile_forms(names):
    want = ["commune_code", "sheet_no", "parcel_no", "legal_area_m2", "land_use_code", "owner_name", "owner_address"]
    assert list(detect_fields(names, "parcels").values()) == want


def test_the_legal_area_wins_over_a_plain_area_whatever_the_column_order():
    assert detect_fields(["DienTich", "DienTichPh"], "parcels") == {"DienTichPh": "legal_area_m2"}


def test_numbers_are_kept_as_written():
    assert [number_text(v) for v in ("012", 12.0, 12, " 7 ", 12.5, None, float("nan"))] == \
        ["012", "12", "12", "7", "12.5", None, None]


def test_a_repair_keeps_every_polygonal_part_and_drops_only_what_has_no_area():
    bow = shapely.Polygon([(0, 0), (20, 20), (20, 0), (0, 20)])
    spike = shapely.Polygon([(0, 0), (10, 0), (10, 10), (10, 20), (10, 10), (0, 10)])  # a zero-area spike
    overlap = shapely.MultiPolygon([square(0, 0), square(10, 0)])  # parts overlapping by half
    fixed = repair_polygonal(np.asarray([bow, spike, overlap], dtype=object))
    assert fixed[0].geom_type == "MultiPolygon" and shapely.area(fixed[0]) == pytest.approx(200.0)
    assert fixed[1].geom_type == "Polygon" and shapely.area(fixed[1]) == pytest.approx(100.0)
    assert shapely.area(fixed[2]) == pytest.approx(600.0)  # merged, not counted twice
    assert all(shapely.is_valid(fixed))


def test_plots_import_into_their_park(cadastral_store, tmp_path, capsys):
    import geopandas as gpd

    s = cadastral_store
    park = zones_metric()["kcn-nghi-son-3"].buffer(-300)
    x, y = park.representative_point().coords[0]
    plots = gpd.GeoDataFrame({"MaLo": ["NS3-A1", "NS3-A2"], "SoLo": ["A1", "A2"], "LoaiDat": ["SKK", "Kho bãi"],
                              "Thue": ["Đã cho thuê", "Còn trống"], "Duong": ["có", "không"]},
                             geometry=[square(x, y, 100), square(x + 100, y, 100)], crs=VN2000)
    plots.to_file(tmp_path / "lo.gpkg", driver="GPKG")
    events = len(s.events())
    code, out, err = run(capsys, "import", tmp_path / "lo.gpkg", "--layer", "plots", "--user", "officer",
                         "--db", s.url)
    assert code == 0, err
    got = s.read_layer("plots").set_index("id")
    assert list(got.index) == ["NS3-A1", "NS3-A2"]
    assert list(got.zone_id) == ["kcn-nghi-son-3"] * 2  # by location
    assert list(got.land_use) == ["industrial", "logistics"] and list(got.lease_status) == ["leased", "available"]
    assert [bool(v) for v in got.utility_road] == [True, False]
    assert list(got.plot_no) == ["A1", "A2"] and list(got.version) == [1, 1]
    assert got.area_ha.tolist() == pytest.approx([1.0, 1.0], abs=1e-3)
    assert got.geometry.iloc[0].geom_type == "Polygon"
    assert len(s.events()) == events  # plots have no clearance of their own


def test_a_plot_outside_every_park_is_refused(tmp_path):
    import geopandas as gpd

    gpd.GeoDataFrame({"MaLo": ["X1"], "Thue": ["Còn trống"]}, geometry=[square(595190.0, 2220650.0, 50)],
                     crs=VN2000).to_file(tmp_path / "x.geojson", driver="GeoJSON")
    layers = reference_layers()
    with pytest.raises(Exception) as err:
        plan_import(tmp_path / "x.geojson", "plots", zones=layers["zones"],
                    province=province_outline_of(layers))
    assert "the plot lies in no industrial park or cluster" in str(err.value)


def province_outline_of(layers):
    return shapely.union_all(layers["province"].geometry.values)


def test_the_cli_and_the_store_agree_on_the_province(cadastral_store):
    assert province_outline(cadastral_store) is not None
