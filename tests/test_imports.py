"""Imports: real files in real formats; every bad file is refused with one sentence and changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geo import cli
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


def parcels_of(db, zone="kcn-bim-son-b", n=3):
    s = open_store(db)
    p = s.read_layer("parcels")
    s.close()
    return p[p.zone_id == zone].head(n)


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
    ids = list(parcels_of(db).id)
    got = s.read_layer("parcels", ids=[*ids, "kcn-bim-son-b-901"]).set_index("id")
    assert got.loc[ids[0], "clearance_stage"] == "handed_over"
    assert got.loc[ids[1], "clearance_stage"] == "inventory"
    assert got.loc[ids[2], "clearance_stage"] == "plan_approved"
    assert got.loc["kcn-bim-son-b-901", "zone_id"] == "kcn-bim-son-b"
    # Where it landed: within a centimetre of where it was surveyed.
    original = parcels_of(db).set_index("id").geometry
    assert shapely.hausdorff_distance(got.loc[ids[0], "geometry"], original.loc[ids[0]]) < 1e-7
    # Every change is an event by the importing officer; personal fields only for officers.
    last = s.history(ids[0])[-1]
    assert (last.by, last.action, last.to_stage) == ("officer", "import", "handed_over")
    assert s.personal(ids[0], user="officer")["owner_name"] == "Nguyễn Văn An"
    public = s.read_layer("parcels", public=True)
    assert not set(public.columns) & {"owner_name", "phone", "id_number", "household_head"}


def test_geojson_kml_and_geopackage_read_alike(db, tmp_path, capsys):
    gdf = survey(db, crs=None).drop(columns=["ChuSuDung"])
    gdf.to_file(tmp_path / "s.geojson", driver="GeoJSON")
    gdf.to_file(tmp_path / "s.gpkg", layer="khaosat", driver="GPKG")
    gdf.rename(columns={"MaThua": "Name"}).to_file(tmp_path / "s.kml", driver="KML")
    for path, extra in ((tmp_path / "s.geojson", []), (tmp_path / "s.gpkg", []),
                        (tmp_path / "s.kml", ["--field", "Name=id"])):
        code, out, err = run(capsys, "import", path, "--layer", "parcels", "--user", "officer", "--db", db,
                             "--dry-run", "--note", NOTE, *extra)
        assert code == 0, (path.name, err)
        assert "1 new, 3 updated" in out, (path.name, out)


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

    add("garbage.geojson", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "could not be read")
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
    astray = survey(db, crs=None)
    astray.loc[3, "geometry"] = shapely.box(105.30, 19.60, 105.301, 19.601)  # fields, no park
    astray.to_file(tmp_path / "astray.geojson", driver="GeoJSON")
    files.append(("astray.geojson", tmp_path / "astray.geojson", [], "lies in no industrial park"))
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


def test_a_table_carries_utilities_and_personal_fields_too(db, tmp_path, capsys):
    s = open_store(db)
    p = s.read_layer("parcels")
    pid = p[(p.clearance_stage == "inventory") & (~p.utility_road.astype(bool))].id.iloc[0]
    pd.DataFrame({"MaThua": [pid], "Duong": ["có"], "ChuSuDung": ["Hoàng Văn Em"], "SDT": ["0912 345 678"],
                  "blocked": ["không"]}).to_csv(tmp_path / "u.csv", index=False)
    code, out, err = run(capsys, "import", tmp_path / "u.csv", "--layer", "parcels", "--user", "officer", "--db", db)
    assert code == 0, err
    assert bool(s.get_parcel(pid)["utility_road"]) is True
    assert s.personal(pid, user="officer") == {"owner_name": "Hoàng Văn Em", "phone": "0912 345 678"}
    assert "utilities" in s.history(pid)[-1].action


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
