"""Imports: real files in real formats; every bad file is refused with one sentence and changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely
from pyproj import CRS

from geo import cli, vocabulary
from geo.errors import InputError
from geo.messages import msg
from geo.imports import plan_import, province_outline
from geo.schema import IMPORTABLE_LAYERS, LAYERS, coerce_value
from geo.store import open_store
from tests.conftest import PASSWORD

NOTE = "Biên bản khảo sát hiện trường 11/2026"


@pytest.fixture
def db(gpkg_url):
    s = open_store(gpkg_url)
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("officer", "officer", PASSWORD, by="admin")
    s.add_user("planner", "planner", PASSWORD, by="admin")
    s.close()
    return gpkg_url


def state(db):
    s = open_store(db)
    p = s.read_layer("parcels")
    out = (s.change_counter(), len(s.events()), len(p),
           pd.util.hash_pandas_object(p.drop(columns="geometry").astype(str), index=False).sum(),
           hashlib.sha256(b"".join(shapely.to_wkb(p.geometry.values))).hexdigest())
    s.close()
    return out


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err.strip()


#: The stages of the three surveyed parcels before the survey: it moves them to handed_over (a skip),
#: inventory and plan_approved (one step each).
SURVEYED_FROM = ("inventory", "notice_issued", "plan_posted")


def parcels_of(db, zone="kcn-bim-son-b"):
    """One unblocked parcel of ``zone`` at each stage of SURVEYED_FROM (the same ones every time)."""
    s = open_store(db)
    p = s.read_layer("parcels")
    s.close()
    p = p[(p.zone_id == zone) & ~p.blocked.astype(bool)]
    return p.loc[[p.index[p.clearance_stage == stage][0] for stage in SURVEYED_FROM]]


def survey(db, crs=5897, **extra):
    """A survey of three existing parcels plus a new one, with Vietnamese field names."""
    p = parcels_of(db)
    new_geom = shapely.affinity.translate(p.geometry.values[0], 0.0, 0.0)
    data = {
        "MaThua": [*p.id, "kcn-bim-son-b-901"], "SoTo": [12] * 4, "SoThua": [1, 2, 3, 901],
        "DienTich": ["1,5", "2,0", "3,1", "1,0"], "LoaiDat": ["SKK", "LUC", "SKK", "ONT"],
        "TrangThai": ["Đã bàn giao mặt bằng", "Dang kiem dem", "Đã phê duyệt PA", "Chưa GPMB"],
        "ChuSuDung": ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Phạm Dũng"],
        **extra,
    }
    gdf = gpd.GeoDataFrame(data, geometry=[*p.geometry.values, new_geom], crs=4326)
    return gdf.to_crs(crs) if crs else gdf


def zip_shapefile(gdf, tmp_path, name="khaosat", drop_prj=False):
    folder = tmp_path / f"{name}_shp"
    folder.mkdir()
    gdf.to_file(folder / f"{name}.shp", encoding="utf-8")
    out = tmp_path / f"{name}.zip"
    with zipfile.ZipFile(out, "w") as zf:
        for f in folder.iterdir():
            if drop_prj and f.suffix == ".prj":
                continue
            zf.write(f, f.name)
    return out


# ---------------------------------------------------------------- good files
def test_vn2000_shapefile_with_vietnamese_fields_lands_in_place(db, tmp_path, capsys):
    surveyed = parcels_of(db)
    path = zip_shapefile(survey(db), tmp_path)
    before = state(db)
    # The survey skips stages: like any officer, the file must say why.
    code, out, err = run(capsys, "import", path, "--layer", "parcels", "--user", "officer", "--db", db)
    assert code == 3 and "skips a stage" in err and "feature 1" in err
    assert state(db) == before
    code, out, err = run(capsys, "import", path, "--layer", "parcels", "--user", "officer", "--db", db, "--dry-run",
                         "--note", NOTE)
    assert code == 0, err
    assert "Dry run" in out and "1 new, 3 updated" in out and "VN-2000" in out
    assert state(db) == before
    code, out, err = run(capsys, "import", path, "--layer", "parcels", "--user", "officer", "--db", db, "--note", NOTE)
    assert code == 0, err
    s = open_store(db)
    ids = list(surveyed.id)
    got = s.read_layer("parcels", ids=[*ids, "kcn-bim-son-b-901"]).set_index("id")
    assert got.loc[ids[0], "clearance_stage"] == "handed_over"
    assert got.loc[ids[1], "clearance_stage"] == "inventory"
    assert got.loc[ids[2], "clearance_stage"] == "plan_approved"
    assert got.loc["kcn-bim-son-b-901", "zone_id"] == "kcn-bim-son-b"
    # Where it landed: within a centimetre of where it was surveyed.
    original = surveyed.set_index("id").geometry
    assert shapely.hausdorff_distance(got.loc[ids[0], "geometry"], original.loc[ids[0]]) < 1e-7
    # Every change is an event by the importing officer; personal fields only for officers.
    last = s.history(ids[0])[-1]
    assert (last.by, last.action, last.to_stage) == ("officer", "import", "handed_over")
    assert s.personal(ids[0], user="officer")["owner_name"] == "Nguyễn Văn An"
    public = s.read_layer("parcels", public=True)
    assert not set(public.columns) & {"owner_name", "phone", "id_number", "household_head"}


def _same_survey_in_every_format(gdf, tmp_path):
    """(format, path, field map) for one survey written as each format an officer may bring."""
    files = []
    gdf.to_file(tmp_path / "s.geojson", driver="GeoJSON")
    files.append(("GeoJSON", tmp_path / "s.geojson", {}))
    pyogrio.write_dataframe(gdf, tmp_path / "s.gpkg", layer="khaosat", driver="GPKG")
    files.append(("GeoPackage", tmp_path / "s.gpkg", {}))
    # The cadastral survey's own CRS: VN-2000 / TM-3 zone 482 metres, said by the Shapefile's .prj.
    shp = zip_shapefile(gdf.to_crs(5897), tmp_path)
    with zipfile.ZipFile(shp) as zf:
        prj = next(n for n in zf.namelist() if n.endswith(".prj"))
        assert CRS.from_wkt(zf.read(prj).decode()).to_epsg() == 5897
    files.append(("zipped Shapefile", shp, {}))
    pyogrio.write_dataframe(gdf.rename(columns={"MaThua": "Name"}), tmp_path / "s.kml", driver="KML")
    files.append(("KML", tmp_path / "s.kml", {"Name": "id"}))
    table = pd.DataFrame(gdf.drop(columns="geometry"))
    table["WKT"] = shapely.to_wkt(gdf.geometry.values, rounding_precision=12)
    table.to_csv(tmp_path / "s.csv", sep=";", index=False, encoding="utf-8-sig")  # as Vietnamese Excel saves it
    files.append(("CSV", tmp_path / "s.csv", {}))
    with pd.ExcelWriter(tmp_path / "s.xlsx", engine="openpyxl") as xl:
        table.to_excel(xl, index=False, sheet_name="Khảo sát")
    files.append(("XLSX", tmp_path / "s.xlsx", {}))
    return files


def test_every_format_imports_the_same_parcels(db, tmp_path, capsys):
    gdf = survey(db, crs=None).drop(columns=["ChuSuDung"])
    s = open_store(db)
    zones, province = s.read_layer("zones"), province_outline(s)
    s.close()
    plans = {}
    for fmt, path, field_map in _same_survey_in_every_format(gdf, tmp_path):
        plans[fmt] = plan_import(path, "parcels", zones=zones, province=province, field_map=field_map, note=NOTE)
        extra = [a for src, dst in field_map.items() for a in ("--field", f"{src}={dst}")]
        code, out, err = run(capsys, "import", path, "--layer", "parcels", "--user", "officer", "--db", db,
                             "--dry-run", "--note", NOTE, *extra)
        assert code == 0, (fmt, err)
        assert "1 new, 3 updated" in out, (fmt, out)
    assert set(plans) == {"GeoJSON", "GeoPackage", "zipped Shapefile", "KML", "CSV", "XLSX"}
    assert plans["zipped Shapefile"].crs == "EPSG:5897 (VN-2000)"
    expected = plans["GeoJSON"]
    assert expected.ids == [*gdf.MaThua]
    assert [r["clearance_stage"] for r in expected.rows] == ["handed_over", "inventory", "plan_approved", "not_started"]
    assert {r["zone_id"] for r in expected.rows} == {"kcn-bim-son-b"}
    measured = ("geometry", "area_m2", "recovered_m2")  # measured after each format's own round trip

    def fields(plan):
        return [{k: v for k, v in r.items() if k not in measured} for r in plan.rows]

    attributes = fields(expected)
    for fmt, plan in plans.items():
        assert not plan.attributes_only and not plan.repaired, fmt
        assert fields(plan) == attributes, fmt
        for got, want in zip(plan.rows, expected.rows):
            assert got["area_m2"] == pytest.approx(want["area_m2"], abs=0.05), fmt
        # Where they land: within a centimetre, whatever the format and its CRS.
        for got, want in zip(plan.rows, expected.rows):
            assert shapely.hausdorff_distance(got["geometry"], want["geometry"]) < 1e-7, fmt


def test_z_is_dropped_and_invalid_geometry_is_repaired_and_reported(db, tmp_path, capsys):
    gdf = survey(db, crs=None)
    gdf.loc[0, "geometry"] = shapely.force_3d(gdf.geometry.iloc[0], 12.5)
    (x0, y0, x1, y1) = gdf.geometry.iloc[1].bounds
    gdf.loc[1, "geometry"] = shapely.Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])  # a bow-tie
    gdf.to_file(tmp_path / "z.geojson", driver="GeoJSON")
    code, out, err = run(capsys, "import", tmp_path / "z.geojson", "--layer", "parcels", "--user", "officer",
                         "--db", db, "--note", NOTE)
    assert code == 0, err
    assert f"Repaired invalid geometry: feature 2 (id {gdf.MaThua.iloc[1]})" in out
    s = open_store(db)
    g = s.read_layer("parcels", ids=[gdf.MaThua.iloc[0]]).geometry.iloc[0]
    assert not shapely.has_z(g)
    before = state(db)
    code, out, err = run(capsys, "import", tmp_path / "z.geojson", "--layer", "parcels", "--user", "officer",
                         "--db", db, "--strict", "--note", NOTE)
    assert code == 3 and "--strict" in err
    assert state(db) == before


def test_a_table_of_ids_and_stages_is_a_bulk_update(db, tmp_path, capsys):
    s = open_store(db)
    p = s.read_layer("parcels")
    ids = list(p[p.clearance_stage == "inventory"].id[:3])
    df = pd.DataFrame({"MaThua": ids, "TrangThai": ["Đã niêm yết phương án"] * 3, "SoQD": ["QĐ 1/2026"] * 3})
    df.to_excel(tmp_path / "bulk.xlsx", index=False)
    code, out, err = run(capsys, "import", tmp_path / "bulk.xlsx", "--layer", "parcels", "--user", "officer",
                         "--db", db)
    assert code == 0, err
    after = s.read_layer("parcels", ids=ids)
    assert set(after.clearance_stage) == {"plan_posted"}
    assert s.history(ids[0])[-1].document_ref == "QĐ 1/2026"


def test_csv_points_with_decimal_commas(db, tmp_path, capsys):
    text = "id;kind;name_vi;name_en;lon;lat;source;confidence\n" \
           "rail-test;rail_station;Ga thử;Test station;105,70;19,60;khảo sát;cao\n"
    (tmp_path / "pts.csv").write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "import", tmp_path / "pts.csv", "--layer", "infrastructure", "--user", "officer",
                         "--db", db)
    assert code == 0, err
    g = open_store(db).read_layer("infrastructure", ids=["rail-test"]).geometry.iloc[0]
    assert (round(g.x, 2), round(g.y, 2)) == (105.70, 19.60)


# ----------------------------------------------------------------- bad files
def bad_files(db, tmp_path):
    """(name, path, extra args, words the message must contain) for every kind of bad input."""
    files = []

    def add(name, content, words, *extra, binary=True):
        path = tmp_path / name
        path.write_bytes(content if binary else content.encode())
        files.append((name, path, list(extra), words))

    add("garbage.geojson", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "named as GeoJSON but its content is binary")
    add("broken.geojson", b'{"type": "FeatureCollection", "features": [{"type": "Feat', "could not be read")
    # Files GDAL would open by their content, whatever their name: refused before GDAL sees them.
    secret = tmp_path / "secret.csv"
    secret.write_text("name,phone\nNguyễn Văn A,0912345678\n", encoding="utf-8")
    vrt = (f'<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>{secret}</SrcDataSource>'
           '<GeometryType>wkbNone</GeometryType></OGRVRTLayer></OGRVRTDataSource>')
    add("vrt.geojson", vrt, "its content is OGR VRT", binary=False)
    add("vrt.kml", vrt, "its content is OGR VRT", binary=False)
    add("links.kml", '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><NetworkLink>'
        '<Link><href>http://127.0.0.1:9/x.kml</href></Link></NetworkLink></Document></kml>', "NetworkLink",
        binary=False)
    files.append(("vsicurl", "/vsicurl/http://127.0.0.1:9/parcels.geojson", [], "does not exist"))
    files.append(("csv-prefix", f"CSV:{secret}", [], "does not exist"))
    add("empty.geojson", b"", "is empty")
    add("nothing.geojson", json.dumps({"type": "FeatureCollection", "features": []}).encode(), "no features")
    add("notes.txt.csv", "a,b\n1,2\n", "no geometry", "--layer-override", "zones", binary=False)
    add("lone.shp", b"\x00\x00\x27\x0a" + b"\x00" * 96, "lone .shp")
    add("report.docx", b"PK-not-really", "not a format")
    # A Shapefile in VN-2000 metres without its .prj.
    files.append(("noprj.zip", zip_shapefile(survey(db), tmp_path, "noprj", drop_prj=True), [], "EPSG:5897"))
    # Swapped axes and a wrong CRS.
    swapped = survey(db, crs=None)
    swapped["geometry"] = shapely.transform(swapped.geometry.values, lambda c: c[:, ::-1])
    swapped.to_file(tmp_path / "swapped.geojson", driver="GeoJSON")
    files.append(("swapped.geojson", tmp_path / "swapped.geojson", [], "swapped"))
    files.append(("wrongcrs.geojson", tmp_path / "swapped.geojson", ["--crs", "EPSG:32648"], "outside Thanh Hóa"))
    # Unknown stage label, duplicate ids, a parcel in no zone.
    bad_label = survey(db, crs=None)
    bad_label.loc[2, "TrangThai"] = "Đang bay lên trời"
    bad_label.to_file(tmp_path / "label.geojson", driver="GeoJSON")
    files.append(("label.geojson", tmp_path / "label.geojson", [], "feature 3"))
    dup = survey(db, crs=None)
    dup.loc[3, "MaThua"] = dup.loc[0, "MaThua"]
    dup.to_file(tmp_path / "dup.geojson", driver="GeoJSON")
    files.append(("dup.geojson", tmp_path / "dup.geojson", [], "appears twice"))
    # A plot outside every park (cadastral parcels are accepted anywhere in the province: see
    # test_cadastral_import.py).
    astray = survey(db, crs=None)[["MaThua", "geometry"]]
    astray["geometry"] = [shapely.box(105.30, 19.60 + i / 1000, 105.3009, 19.6009 + i / 1000) for i in range(4)]
    astray.to_file(tmp_path / "astray.geojson", driver="GeoJSON")
    files.append(("astray.geojson", tmp_path / "astray.geojson", ["--layer-override", "plots"],
                  "the plot lies in no industrial park"))
    # A bulk table naming a parcel that does not exist and a skip without a note.
    pd.DataFrame({"MaThua": ["no-such-parcel"], "TrangThai": ["Đã bàn giao"]}).to_csv(tmp_path / "ghost.csv",
                                                                                      index=False)
    files.append(("ghost.csv", tmp_path / "ghost.csv", [], "no-such-parcel"))
    # Archives: path traversal, too many members, a zip bomb.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../../etc/evil.geojson", "{}")
    add("traversal.zip", buf.getvalue(), "unsafe path")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i in range(2_001):
            zf.writestr(f"f{i}.txt", "x")
    add("many.zip", buf.getvalue(), "2001 files")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("bomb.geojson", "w") as member:
            chunk = b"\x00" * (1 << 20)
            for _ in range(150):
                member.write(chunk)
    add("bomb.zip", buf.getvalue(), "zip bomb")
    return files


def test_every_bad_file_is_refused_with_one_sentence_and_changes_nothing(db, tmp_path, capsys):
    import time

    before = state(db)
    for name, path, extra, words in bad_files(db, tmp_path):
        layer = "parcels"
        if "--layer-override" in extra:
            layer = extra[extra.index("--layer-override") + 1]
            extra = []
        t0 = time.monotonic()
        code, out, err = run(capsys, "import", path, "--layer", layer, "--user", "officer", "--db", db, "--note", NOTE,
                             *extra)
        assert code == 3, (name, code, out, err)
        assert err.startswith("error: ") and "\n" not in err and "Traceback" not in err, (name, err)
        assert words in err, (name, err)
        assert time.monotonic() - t0 < 20, name  # refused in seconds, nothing unpacked in bulk
        assert state(db) == before, name
    assert not list(tmp_path.glob("**/evil.geojson"))


@pytest.mark.parametrize("user, code", [("planner", 5), ("nobody", 5), (None, 5)])
def test_only_officers_may_import(db, tmp_path, capsys, user, code):
    path = zip_shapefile(survey(db), tmp_path)
    before = state(db)
    args = ["import", path, "--layer", "parcels", "--db", db] + (["--user", user] if user else [])
    got, out, err = run(capsys, *args)
    assert got == code and err.startswith("error: ")
    assert state(db) == before


def test_field_mapping_by_hand(db, tmp_path, capsys):
    gdf = survey(db, crs=None).rename(columns={"MaThua": "CODE", "TrangThai": "TT_GPMB_2026"})
    gdf.to_file(tmp_path / "odd.geojson", driver="GeoJSON")
    code, out, err = run(capsys, "import", tmp_path / "odd.geojson", "--layer", "parcels", "--user", "officer",
                         "--db", db, "--dry-run", "--note", NOTE, "--field", "CODE=id", "--field",
                         "TT_GPMB_2026=clearance_stage")
    assert code == 0, err
    assert "CODE→id" in out and "TT_GPMB_2026→clearance_stage" in out
    code, out, err = run(capsys, "import", tmp_path / "odd.geojson", "--layer", "parcels", "--user", "officer",
                         "--db", db, "--field", "NOPE=id")
    assert code == 3 and "no field 'NOPE'" in err


def test_negated_labels_are_refused_not_flipped(db, tmp_path, capsys):
    gdf = survey(db, crs=None)
    gdf.loc[0, "TrangThai"] = "Chưa bàn giao"
    gdf.to_file(tmp_path / "neg.geojson", driver="GeoJSON")
    before = state(db)
    code, out, err = run(capsys, "import", tmp_path / "neg.geojson", "--layer", "parcels", "--user", "officer",
                         "--db", db, "--note", NOTE)
    assert code == 3 and "'Chưa bàn giao' is not recognised" in err
    assert state(db) == before


def test_a_table_carries_blockage_and_personal_fields_too(db, tmp_path, capsys):
    s = open_store(db)
    p = s.read_layer("parcels")
    pid = p[(p.clearance_stage == "inventory") & (~p.blocked.astype(bool))].id.iloc[0]
    pd.DataFrame({"MaThua": [pid], "VuongMac": ["Tranh chấp ranh giới"], "TenChu": ["Hoàng Văn Em"],
                  "DiaChi": ["Thôn 2, xã Hải Bình"], "SDT": ["0912 345 678"]}).to_csv(tmp_path / "u.csv", index=False)
    code, out, err = run(capsys, "import", tmp_path / "u.csv", "--layer", "parcels", "--user", "officer", "--db", db)
    assert code == 0, err
    got = s.get_parcel(pid)
    assert bool(got["blocked"]) is True and got["blocked_reason"] == "Tranh chấp ranh giới"
    assert s.personal(pid, user="officer") == {"owner_name": "Hoàng Văn Em", "owner_address": "Thôn 2, xã Hải Bình",
                                               "phone": "0912 345 678"}


def test_infinite_or_negative_numbers_are_refused(db, tmp_path, capsys):
    text = "id;kind;name_vi;name_en;lon;lat;source;confidence\nrail-x;rail_station;Ga;Station;105,7;19,6;s;c\n"
    (tmp_path / "ok.csv").write_text(text, encoding="utf-8")
    gdf = survey(db, crs=None)
    gdf["soho"] = ["1e30", "2", "3", "-4"]
    gdf.to_file(tmp_path / "n.geojson", driver="GeoJSON")
    before = state(db)
    code, out, err = run(capsys, "import", tmp_path / "n.geojson", "--layer", "parcels", "--user", "officer",
                         "--db", db, "--note", NOTE)
    assert code == 3 and "Traceback" not in err
    assert state(db) == before


# ---------------------------------------------------------------- one rule, one vocabulary
@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_only_importable_layers_take_a_file(db, tmp_path, layer):
    path = tmp_path / "s.geojson"
    survey(db, crs=None).to_file(path, driver="GeoJSON")
    try:
        plan_import(path, layer)
    except InputError as err:
        refused = err
    else:
        refused = None
    if layer in IMPORTABLE_LAYERS:
        assert refused is None or refused.code != "imports.not_importable", refused
    else:  # the province outline and the communes are reference data, rebuilt with the default data
        assert layer in ("province", "communes")
        assert refused is not None and refused.code == "imports.not_importable"
        assert str(refused).startswith(f"Layer {layer} is reference data and cannot be imported")
        assert refused.text("vi").startswith(f"Lớp {layer} là dữ liệu tham chiếu")
    with pytest.raises(InputError) as err:
        plan_import(path, "nope")
    assert err.value.code == "schema.unknown_layer"


def test_a_refusal_names_every_bad_record_in_both_languages(db, tmp_path):
    gdf = survey(db, crs=None)
    gdf.loc[2, "TrangThai"] = "Đang bay lên trời"
    gdf.loc[3, "MaThua"] = gdf.loc[0, "MaThua"]
    gdf.to_file(tmp_path / "bad.geojson", driver="GeoJSON")
    s = open_store(db)
    with pytest.raises(InputError) as err:
        plan_import(tmp_path / "bad.geojson", "parcels", zones=s.read_layer("zones"), province=province_outline(s))
    s.close()
    assert str(err.value) == (
        "2 of 4 features of bad.geojson were refused and nothing was imported: feature 3: clearance stage label "
        f"'Đang bay lên trời' is not recognised; feature 4: id {gdf.MaThua[0]!r} appears twice (also feature 1).")
    assert err.value.text("vi") == (
        "2 trên 4 đối tượng của bad.geojson bị từ chối, không có gì được nhập: đối tượng 3: không nhận ra "
        f"giai đoạn GPMB «Đang bay lên trời»; đối tượng 4: mã «{gdf.MaThua[0]}» xuất hiện hai lần (cả ở đối tượng 1).")


def test_yes_and_no_are_one_vocabulary_for_files_and_fields(tmp_path):
    road = LAYERS["plots"].field("utility_road")
    yes = ["có", "Có", "x", "X", "1", "yes", "TRUE", "Đạt", "đã có", "rồi"]
    no = ["không", "Không", "0", "no", "chưa", "k"]
    assert not vocabulary.YES_WORDS & vocabulary.NO_WORDS
    for words, meaning in ((yes, True), (no, False)):
        for word in words:
            assert vocabulary.yes_no(word) is meaning, word
            assert coerce_value(road, word) is meaning, word
    # The importer reads a file's yes and no with the same words.
    words = [*yes, *no]
    pd.DataFrame({"MaThua": [f"p-{i}" for i in range(len(words))], "blocked": words}).to_csv(tmp_path / "u.csv",
                                                                                              index=False)
    plan = plan_import(tmp_path / "u.csv", "parcels")
    assert plan.attributes_only
    assert [r["blocked"] for r in plan.rows] == [True] * len(yes) + [False] * len(no)
    for word in ("maybe", "2 lần"):
        with pytest.raises(InputError) as err:
            coerce_value(road, word, msg("where.row", n=7))
        assert str(err.value).startswith(f"Row 7: field 'utility_road' has {word!r}, which is not a valid bool")
        assert err.value.text("vi").startswith("Dòng 7: trường «utility_road» có giá trị")
        pd.DataFrame({"MaThua": ["p-1"], "blocked": [word]}).to_csv(tmp_path / "bad.csv", index=False)
        with pytest.raises(InputError, match="is not yes/no"):
            plan_import(tmp_path / "bad.csv", "parcels")


def test_every_word_in_the_vocabulary_can_match():
    """Words are matched folded (no diacritics, lower case, letters and digits only): a word that is not
    already in that form could never match anything."""
    words = [*vocabulary.FIELD_ALIASES, *vocabulary.YES_WORDS, *vocabulary.NO_WORDS, *vocabulary.WKT_COLUMNS,
             *(w for pair in vocabulary.COORDINATE_COLUMNS for w in pair),
             *(w for ws in vocabulary.LAND_USE_WORDS.values() for w in ws),
             *(w for ws in vocabulary.LEASE_WORDS.values() for w in ws)]
    assert [w for w in words if vocabulary.key(w) != w] == []
    assert vocabulary.key("Số tờ BĐ") == "sotobd"
    assert vocabulary.FIELD_ALIASES[vocabulary.key("Số tờ bản đồ")] == ("sheet_no",)
    assert vocabulary.FIELD_ALIASES[vocabulary.key("SoHieuToBa")] == ("sheet_no",)
    assert vocabulary.lease_status_of("Đã cho thuê") == "leased" and vocabulary.lease_status_of("bay lên") is None
    assert vocabulary.land_use_of("SKC") == ("industrial", True)
    assert vocabulary.land_use_of("LUC") == ("industrial", False)  # a current use: the park makes it industrial


# ------------------------------------------------------- robustness: gaps, blanks, coordinates, limits
def test_a_yes_no_column_with_gaps_imports(db, tmp_path, capsys):
    """A yes/no column with empty cells comes out of GDAL as floats with NaN (1.0, NaN, 0.0)."""
    gdf = survey(db, crs=None)
    gdf["blocked"] = [1.0, None, 0.0, 1.0]
    gdf.to_file(tmp_path / "gaps.geojson", driver="GeoJSON")
    code, out, err = run(capsys, "import", tmp_path / "gaps.geojson", "--layer", "parcels", "--user", "officer",
                         "--db", db, "--note", NOTE)
    assert code == 0, err
    s = open_store(db)
    assert bool(s.get_parcel(gdf["MaThua"][0])["blocked"]) is True
    assert bool(s.get_parcel(gdf["MaThua"][2])["blocked"]) is False
    assert bool(s.get_parcel("kcn-bim-son-b-901")["blocked"]) is True


def test_a_blank_required_cell_is_like_a_missing_column(db, tmp_path, capsys):
    gdf = survey(db, crs=None)
    before = open_store(db).get_parcel(gdf["MaThua"][1])["clearance_stage"]
    gdf["TrangThai"] = [None, None, None, None]
    gdf.to_file(tmp_path / "blank.geojson", driver="GeoJSON")
    code, out, err = run(capsys, "import", tmp_path / "blank.geojson", "--layer", "parcels", "--user", "officer",
                         "--db", db)
    assert code == 0, err
    s = open_store(db)
    assert s.get_parcel("kcn-bim-son-b-901")["clearance_stage"] == "not_started"  # the default, as with no column
    assert s.get_parcel(gdf["MaThua"][1])["clearance_stage"] == before  # an existing parcel keeps its stage


def test_a_blank_coordinate_is_a_row_without_geometry_not_a_crs_problem(db, tmp_path, capsys):
    text = ("id;kind;name_vi;name_en;lon;lat;source;confidence\n"
            "rail-a;rail_station;Ga A;Station A;105,70;19,60;s;c\n"
            "rail-b;rail_station;Ga B;Station B;;19,61;s;c\n")
    (tmp_path / "gap.csv").write_text(text, encoding="utf-8")
    before = state(db)
    code, out, err = run(capsys, "import", tmp_path / "gap.csv", "--layer", "infrastructure", "--user", "officer",
                         "--db", db)
    assert code == 3 and err == "error: File gap.csv: rows 3 have no geometry.", err
    assert state(db) == before


def test_a_long_gdal_message_is_cut_at_a_word():
    from geo.imports.sources import clause

    text = "word " * 60
    cut = clause(text)
    assert cut.endswith(" …") and len(cut) <= 162 and cut[:-2].split()[-1] == "word"
    assert clause("/tmp/siteready-read-abc123/layer.geojson not recognised.") == "layer.geojson not recognised"


def test_the_size_limit_is_said_as_the_uploader_says_it(tmp_path):
    from geo.imports.sources import MAX_FILE_BYTES

    big = tmp_path / "big.geojson"
    with open(big, "wb") as fh:  # sparse: no 200 MB written
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InputError) as err:
        plan_import(big, "parcels")
    assert str(err.value) == "File big.geojson is 200.0 MB; the limit is 200 MB."
