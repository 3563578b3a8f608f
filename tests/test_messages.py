"""geo's English sentences reach Vietnamese users in Vietnamese."""

from __future__ import annotations

import pytest

from geo.errors import SiteReadyError
from geo.stages import check_transition
from layers.messages import translate


def message_of(fn, *args):
    with pytest.raises(SiteReadyError) as err:
        fn(*args)
    return str(err.value)


def test_a_skip_without_a_note_in_vietnamese():
    en = message_of(check_transition, "inventory", "handed_over", None)
    vi = translate(en, "vi")
    assert vi.startswith("Chuyển từ «Điều tra, khảo sát, đo đạc, kiểm đếm» sang «Đã bàn giao mặt bằng")
    assert "ghi chú lý do" in vi
    assert translate(en, "en") == en


def test_a_list_of_refused_rows_is_translated_item_by_item():
    en = ("2 of 3 changes were refused and nothing was saved: row 2 (kcn-a): moving from 'inventory' to "
          "'handed_over' skips a stage; give a note that says why; row 5: no parcel with id 'ghost'.")
    vi = translate(en, "vi")
    assert vi.startswith("2 trên 3 thay đổi bị từ chối")
    assert "dòng 2 (kcn-a): Chuyển từ" in vi and "dòng 5: không có lô đất mã «ghost»" in vi


def test_conflicts_permissions_and_files():
    assert translate("Parcel p-1 was changed by lan at 2026-11-27T04:05:01Z (it is now at version 5, not 4); "
                     "reload it and try again.", "vi").startswith("Lô p-1 vừa được lan thay đổi lúc")
    assert "cần vai trò cán bộ địa chính hoặc quản trị" in translate(
        "User 'x' is a planner and may not change clearance data; that needs the role officer or admin.", "vi")
    assert "EPSG:5897" in translate("File a.zip has no coordinate reference system and its coordinates are metres, "
                                    "as in VN-2000 (Thanh Hóa: VN-2000 / TM-3 zone 482, EPSG:5897); give it with "
                                    "--crs EPSG:5897 (or the right zone).", "vi")


def test_an_unknown_sentence_stays_as_it_is():
    assert translate("Something new went wrong.", "vi") == "Something new went wrong."


@pytest.mark.parametrize("en, vi", [
    ("File a.zip is 250 MB; the limit is 200 MB.", "Tệp a.zip nặng 250 MB; giới hạn là 200 MB."),
    ("Archive s.zip: the Shapefile lo.shp lacks its .shx and .dbf file.",
     "Tệp nén s.zip: Shapefile lo.shp thiếu tệp .shx và .dbf."),
    ("'EPSG:99999' is not a coordinate reference system PROJ knows (try EPSG:5897).",
     "«EPSG:99999» không phải hệ tọa độ mà PROJ biết (thử EPSG:5897)."),
    ("t.geojson, feature 2: a Point cannot go in layer parcels (it takes Polygon or MultiPolygon).",
     "t.geojson, đối tượng 2: không thể đưa Point vào lớp parcels (lớp này nhận Polygon hoặc MultiPolygon)."),
    ("2 of 5 rows of t.csv were refused and nothing was imported: row 3: zone 'kcn-x' does not exist; "
     "row 4: lease status 'x' is not recognised (available / reserved / leased).",
     "2 trên 5 dòng của t.csv bị từ chối, không có gì được nhập: dòng 3: không có khu/cụm «kcn-x»; "
     "dòng 4: không nhận ra tình trạng cho thuê «x» (còn trống / đã giữ chỗ / đã cho thuê)."),
])
def test_import_refusals_in_vietnamese(en, vi):
    assert translate(en, "vi") == vi


def test_real_import_errors_reach_vietnamese(tmp_path):
    """Sentences geo really raises for bad files, not only the ones written above."""
    from geo.crs import parse_crs
    from geo.imports import plan_import

    broken = tmp_path / "hỏng.zip"
    broken.write_bytes(b"not a zip at all")
    for call in (lambda: plan_import(broken, "parcels"), lambda: parse_crs("EPSG:99999")):
        en = message_of(call)
        vi = translate(en, "vi")
        assert vi != en and vi.endswith("."), (en, vi)
