"""The officer's flow in Chromium: sign in, change a stage, see it in the history and on the map; a stale edit is refused."""

from __future__ import annotations

import re
import shutil
import time

import pytest

from geo.errors import PermissionDenied
from geo.picker import label_of
from geo.stages import STAGES
from geo.store import open_store
from layers.maps import parcel_names
from views.clearance import BULK_COLUMNS, BULK_ROWS
from tests.appserver import browser, map_frame, map_parcels, running_app, signed_in_page, wait_idle
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def officer_app(default_gpkg, tmp_path_factory):
    db = tmp_path_factory.mktemp("officer") / "store.gpkg"
    shutil.copy(default_gpkg, db)
    s = open_store(str(db))
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("lan", "officer", PASSWORD, by="admin")
    s.add_user("minh", "officer", PASSWORD, by="admin")
    p = s.read_layer("parcels")
    pid = p[(p.clearance_stage == "plan_posted") & (~p.blocked.astype(bool))].id.iloc[0]
    s.close()
    with running_app(db) as url, browser() as b:
        yield url, str(db), pid, b


def signed_in(b, url, who):
    ctx, page = signed_in_page(b, url, who)
    # The server set the session cookie: HttpOnly (no script of the page can read it), SameSite=Strict.
    cookie = next(c for c in ctx.cookies() if c["name"].endswith("siteready_session"))
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/"
    assert "siteready_session" not in page.evaluate("() => document.cookie")
    return ctx, page


STAGE_VI = {"plan_posted": "Lập và niêm yết phương án BT-HT-TĐC",
            "plan_approved": "Phê duyệt phương án bồi thường, hỗ trợ, TĐC",
            "compensation_paid": "Đã chi trả bồi thường", "handed_over": "Đã bàn giao mặt bằng (mặt bằng sạch)"}
LOCAL_TIME = r"\d\d:\d\d \d\d/\d\d/\d{4}"  # "14:05 27/11/2026", Asia/Ho_Chi_Minh
NOTE = "Ghi chú (bắt buộc khi bỏ qua hoặc lùi giai đoạn)"
DOC = "Số văn bản (quyết định, biên bản)"


@pytest.fixture(scope="module")
def spare(default_gpkg, officer_app):
    """Unblocked parcels at plan_posted other than the fixture's, outside the zone the import test edits: one
    for each test that moves a parcel on (read from the untouched template, so whatever ran before)."""
    s = open_store(str(default_gpkg))
    p = s.read_layer("parcels")
    s.close()
    ok = p[(p.clearance_stage == "plan_posted") & (~p.blocked.astype(bool)) & (p.zone_id != "kcn-bim-son-b")]
    return [i for i in ok.id if i != officer_app[2]]


def picker_text(store, pid: str, stage: str) -> str:
    """The parcel as the picker shows it: its sheet/parcel number and id, then its stage."""
    return label_of(pid, stage, parcel_names(store.read_layer("parcels", ids=[pid]))[0])


def open_parcel(page, url, pid, lang="vi"):
    page.goto(f"{url}/clearance?sel=parcel:{pid}" + ("&lang=en" if lang == "en" else ""))
    wait_idle(page)
    page.get_by_text(f"{pid} · {'Current state' if lang == 'en' else 'Hiện trạng'}").wait_for(timeout=20_000)


def one(page, locator, seconds: float = 20):
    """``locator`` once it matches one element (while a run ends, the page may still show a form's last
    inputs beside its new, empty ones)."""
    deadline = time.time() + seconds
    while locator.count() != 1:
        assert time.time() < deadline, [e.evaluate("e => e.outerHTML") for e in locator.all()]
        page.wait_for_timeout(200)
    return locator


def field(page, label, **kw):
    return one(page, page.get_by_label(label, **kw))


def pick_stage(page, name, label="Giai đoạn mới"):
    box = field(page, label)
    box.click()
    if box.get_attribute("aria-expanded") != "true":  # a click near the window's edge may not open the list
        box.press("ArrowDown")
    page.get_by_role("option", name=name).click()


def save(page, name="Lưu thay đổi"):
    page.get_by_role("button", name=name).click()
    wait_idle(page)


def alert(page, pattern):
    """The (one) message box whose text matches ``pattern``, once shown."""
    box = page.locator("[data-testid=stAlert]", has_text=re.compile(pattern))
    box.first.wait_for(timeout=20_000)
    return one(page, box).first


def test_officer_changes_a_stage_and_a_stale_edit_is_refused(officer_app, test_output):
    url, db, pid, b = officer_app
    store = open_store(db)
    v0 = store.get_parcel(pid)["version"]
    ctx_a, a = signed_in(b, url, "lan")
    ctx_b, bb = signed_in(b, url, "minh")
    for page in (a, bb):
        open_parcel(page, url, pid)
    # Officer A moves the parcel one stage forward, with a document number.
    pick_stage(a, STAGE_VI["plan_approved"])
    field(a, DOC).fill("QĐ 77/QĐ-UBND")
    save(a)
    alert(a, rf"^Đã lưu thửa {pid} lúc {LOCAL_TIME}: giai đoạn → {STAGE_VI['plan_approved']}\. "
             rf"Nay là phiên bản {v0 + 1}\.$")
    a.screenshot(path=test_output / "officer-saved.png", full_page=True)
    last = store.history(pid)[-1]
    assert (last.by, last.from_stage, last.to_stage, last.document_ref) == ("lan", "plan_posted", "plan_approved",
                                                                            "QĐ 77/QĐ-UBND")
    # Officer B still has version v0 on screen: the save is refused, naming who changed it and when (local
    # time), once; what B typed stays in the form.
    pick_stage(bb, STAGE_VI["plan_approved"])
    field(bb, NOTE).fill("Cập nhật từ hiện trường")
    save(bb)
    box = alert(bb, rf"^Thửa {pid} vừa được lan thay đổi lúc {LOCAL_TIME} \(nay là phiên bản {v0 + 1}, "
                    rf"không phải {v0}\); hãy tải lại rồi thử lại\. Thay đổi của bạn chưa được lưu")
    assert not re.search(r"\d{4}-\d\d-\d\dT", box.inner_text())  # no UTC ISO time
    assert bb.get_by_text("vừa được", exact=False).count() == 1  # the conflict is said once
    assert field(bb, NOTE).input_value() == "Cập nhật từ hiện trường"
    bb.screenshot(path=test_output / "officer-conflict.png", full_page=True)
    assert store.get_parcel(pid)["version"] == v0 + 1  # nothing overwritten
    assert store.get_parcel(pid)["clearance_stage"] == "plan_approved"
    # "Reload this parcel": only the version seen is refreshed; the note B typed is still there.
    bb.get_by_role("button", name="Tải lại thửa này").click()
    wait_idle(bb)
    alert(bb, rf"^Đã tải lại thửa {pid}: nay là phiên bản {v0 + 1} \(lan, {LOCAL_TIME}\)\. Nội dung bạn nhập vẫn giữ")
    assert field(bb, NOTE).input_value() == "Cập nhật từ hiện trường"
    assert field(bb, "Giai đoạn mới").input_value() == STAGE_VI["plan_approved"]
    bb.screenshot(path=test_output / "officer-reloaded.png", full_page=True)
    # B's change, made on the new version, is saved with B's note.
    pick_stage(bb, STAGE_VI["compensation_paid"])
    save(bb)
    alert(bb, rf"^Đã lưu thửa {pid} lúc {LOCAL_TIME}: giai đoạn → {STAGE_VI['compensation_paid']}\. "
              rf"Nay là phiên bản {v0 + 2}\.$")
    last = store.history(pid)[-1]
    assert (last.by, last.to_stage, last.note, last.document_ref) == ("minh", "compensation_paid",
                                                                      "Cập nhật từ hiện trường", None)
    # The map shows the new stage in the parcel's profile, with the history for signed-in staff.
    a.goto(f"{url}/?sel=parcel:{pid}")
    map_frame(a)
    wait_idle(a)
    a.get_by_text("Hồ sơ thửa đất").first.wait_for(timeout=20_000)
    a.get_by_text(STAGE_VI["compensation_paid"]).first.wait_for(timeout=20_000)
    # The parcel on the map (from the parcel tiles, rewritten for the edited parcel) has the new stage too.
    deadline = time.time() + 20
    while not [p for p in map_parcels(a) if p["id"] == pid and p["s"] == STAGES.index("compensation_paid")]:
        assert time.time() < deadline, [p for p in map_parcels(a) if p["id"] == pid]
        a.wait_for_timeout(200)
    a.get_by_text("Lịch sử GPMB").first.wait_for(timeout=20_000)
    a.get_by_text("Lịch sử GPMB").first.scroll_into_view_if_needed()
    row = a.locator(".sr-grid tr", has_text="QĐ 77/QĐ-UBND").first  # the history names the edit and its document
    row.wait_for(timeout=20_000)
    assert "lan" in row.inner_text() and f"{v0 + 1}" in row.inner_text()
    a.screenshot(path=test_output / "officer-map-profile.png")
    ctx_a.close()
    ctx_b.close()


def test_after_a_save_the_form_is_empty_and_the_next_event_says_only_what_was_typed(officer_app, spare, test_output):
    """Issue 14.1: the note, document number and date of a save were filed again with the next event."""
    url, db, _, b = officer_app
    pid = spare[0]
    store = open_store(db)
    v0 = store.get_parcel(pid)["version"]
    ctx, page = signed_in(b, url, "lan")
    open_parcel(page, url, pid)
    pick_stage(page, STAGE_VI["plan_approved"])
    field(page, DOC).fill("QĐ 12/QĐ-UBND")
    field(page, NOTE).fill("Họp dân ngày 3")
    save(page)
    alert(page, rf"^Đã lưu thửa {pid} lúc {LOCAL_TIME}: giai đoạn → {STAGE_VI['plan_approved']}\. "
                rf"Nay là phiên bản {v0 + 1}\.$")
    # The form is empty again: no stage picked, no document, no note, today's date.
    assert field(page, DOC).input_value() == ""
    assert field(page, NOTE).input_value() == ""
    assert field(page, "Giai đoạn mới").input_value() == "(giữ nguyên giai đoạn)"
    page.screenshot(path=test_output / "officer-form-cleared.png", full_page=True)
    # The next step is filed with nothing of the last one's.
    pick_stage(page, STAGE_VI["compensation_paid"])
    save(page)
    alert(page, rf"^Đã lưu thửa {pid} lúc {LOCAL_TIME}: giai đoạn → {STAGE_VI['compensation_paid']}\. "
                rf"Nay là phiên bản {v0 + 2}\.$")
    last = store.history(pid)[-1]
    assert (last.to_stage, last.note, last.document_ref) == ("compensation_paid", None, None)
    # A move back needs a note: with the old note gone, it is refused, naming the parcel; the pick stays.
    pick_stage(page, STAGE_VI["plan_posted"])
    save(page)
    alert(page, rf"^Chưa lưu thửa {pid}: ")
    assert field(page, "Giai đoạn mới").input_value() == STAGE_VI["plan_posted"]
    assert store.get_parcel(pid)["version"] == v0 + 2
    page.screenshot(path=test_output / "officer-refused.png", full_page=True)
    ctx.close()


def test_blocking_after_two_saves_is_saved_and_the_parcel_stays(officer_app, spare, test_output):
    """Issue 14.2: after two saves, ticking "blocked" saved nothing, said nothing and jumped to another parcel."""
    url, db, _, b = officer_app
    pid = spare[1]
    store = open_store(db)
    v0 = store.get_parcel(pid)["version"]
    zones = store.read_layer("zones").set_index("id")
    zone_en = zones.at[store.get_parcel(pid)["zone_id"], "name_en"]
    ctx, page = signed_in(b, url, "lan")
    open_parcel(page, url, pid)
    for stage in ("plan_approved", "compensation_paid"):
        pick_stage(page, STAGE_VI[stage])
        save(page)
        alert(page, rf"^Đã lưu thửa {pid} lúc {LOCAL_TIME}: giai đoạn → {STAGE_VI[stage]}\.")
    # Blocked without a reason: refused, saying why; the tick stays.
    wait_idle(page)  # (the save's run over: no element of the run before it left on the page)
    page.get_by_text("Đang vướng mắc", exact=True).click()
    save(page)
    alert(page, rf"^Chưa lưu thửa {pid}: Đánh dấu thửa đất vướng mắc cần ghi lý do\.$")
    assert field(page, "Đang vướng mắc").is_checked()
    page.get_by_text(f"{pid} · Hiện trạng").wait_for(timeout=20_000)
    # With a reason: saved, said, and the same parcel on screen.
    field(page, "Lý do vướng mắc").fill("Hộ dân chưa nhận tiền")
    save(page)
    alert(page, rf"^Đã lưu thửa {pid} lúc {LOCAL_TIME}: đánh dấu vướng mắc\. Nay là phiên bản {v0 + 3}\.$")
    page.get_by_text(f"{pid} · Hiện trạng").wait_for(timeout=20_000)
    assert field(page, "Thửa đất").input_value() == picker_text(store, pid, STAGE_VI["compensation_paid"])
    parcel = store.get_parcel(pid)
    assert (parcel["blocked"], parcel["blocked_reason"], parcel["version"]) == (True, "Hộ dân chưa nhận tiền", v0 + 3)
    page.get_by_text("Vướng mắc: Hộ dân chưa nhận tiền").wait_for(timeout=20_000)
    page.screenshot(path=test_output / "officer-blocked-after-two-saves.png", full_page=True)
    # Another language relabels the pickers: the same zone and parcel stay.
    page.get_by_text("English", exact=True).click()
    wait_idle(page)
    page.get_by_text(f"{pid} · Current state").wait_for(timeout=20_000)
    assert field(page, "Parcel", exact=True).input_value() == picker_text(store, pid, "Compensation paid")
    assert page.get_by_label("Zone").first.input_value() == zone_en
    ctx.close()


def test_right_after_a_save_the_page_shows_the_new_version_in_english(officer_app, spare, test_output):
    """Issue 14.3: the state panel, the picker and the zone map showed the parcel one save behind."""
    url, db, _, b = officer_app
    pid = spare[2]
    store = open_store(db)
    v0 = store.get_parcel(pid)["version"]
    ctx, page = signed_in(b, url, "lan")
    open_parcel(page, url, pid, lang="en")
    map_frame(page)
    legend = page.locator(".sr-legend")  # the zone map's legend: the stage colours
    legend.first.wait_for(timeout=20_000)
    assert "Land handed over (cleared)" in legend.first.inner_text()
    assert "Compensation plan approved" in legend.first.inner_text()
    pick_stage(page, "Compensation plan approved", label="New stage")
    save(page, "Save the change")
    alert(page, rf"^Saved parcel {pid} at {LOCAL_TIME}: stage → Compensation plan approved\. "
                rf"It is now at version {v0 + 1}\.$")
    version = page.locator("[data-testid=stMetric]", has_text="Version")
    assert version.locator("[data-testid=stMetricValue]").inner_text() == str(v0 + 1)
    assert field(page, "Parcel", exact=True).input_value() == picker_text(store, pid, "Compensation plan approved")
    deadline = time.time() + 20
    while not [p for p in map_parcels(page) if p["id"] == pid and p["s"] == STAGES.index("plan_approved")]:
        assert time.time() < deadline, [p for p in map_parcels(page) if p["id"] == pid]
        page.wait_for_timeout(200)
    page.screenshot(path=test_output / "officer-version-fresh-en.png", full_page=True)
    field(page, "Parcel", exact=True).scroll_into_view_if_needed()
    page.screenshot(path=test_output / "officer-version-fresh-en-picker-map.png")
    ctx.close()


def test_a_bulk_save_says_what_was_saved_and_the_table_shows_it(officer_app, test_output):
    """Issue 14.7: a save of the bulk table said nothing."""
    url, db, _, b = officer_app
    store = open_store(db)
    p = store.read_layer("parcels")
    first, second = p[p.zone_id == "kcn-le-mon"].id.iloc[:2]  # the table's first two rows
    for pid in (first, second):
        store.set_blocked(pid, True, user="lan", reason="Tranh chấp ranh giới")
    versions = [store.get_parcel(pid)["version"] for pid in (first, second)]
    names = dict(zip(p.id, parcel_names(p)))  # the table's second column: sheet/parcel no. and id
    ctx, page = signed_in(b, url, "lan")
    page.goto(f"{url}/clearance?sel=parcel:{first}")
    wait_idle(page)
    page.get_by_role("tab", name="Nhiều thửa").click()
    wait_idle(page)
    grid = page.locator("[data-testid=stDataFrame]").last
    grid.locator("[data-testid=data-grid-canvas]").first.wait_for(timeout=20_000)
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)  # the grid takes clicks once it has laid out
    cells = grid.locator("[role=gridcell]")  # the grid's accessible copy of its cells, row by row
    assert cells.all_inner_texts()[:8] == [first, names[first], "handed_over", "true", "Tranh chấp ranh giới",
                                           str(versions[0]), "", ""]  # no lease column: plots have their own
    box = grid.bounding_box()
    for row, reason in ((1, "Khiếu nại lần 2"), (2, "Chờ tòa xử")):  # each blocked row: a new reason
        page.mouse.click(box["x"] + 30, box["y"] + 17 + 35 * row)  # the row's id …
        page.wait_for_timeout(300)
        for _ in range(4):  # … then the reason, four cells right
            page.keyboard.press("ArrowRight")
        page.keyboard.type(reason, delay=60)  # the first key opens the cell editor
        page.keyboard.press("Enter")
        page.wait_for_timeout(300)
    page.mouse.click(box["x"] + 5, box["y"] - 40)
    wait_idle(page)
    page.get_by_text("Bảng có thay đổi chưa lưu").wait_for(timeout=20_000)
    page.get_by_role("button", name="Lưu các thay đổi trong bảng").click()
    wait_idle(page)
    alert(page, rf"^Đã lưu 2 thay đổi lúc {LOCAL_TIME}: {first} \(đánh dấu vướng mắc\); "
                rf"{second} \(đánh dấu vướng mắc\)\.$")
    got = [store.get_parcel(pid) for pid in (first, second)]
    assert [(g["blocked_reason"], g["version"]) for g in got] == [("Khiếu nại lần 2", versions[0] + 1),
                                                                 ("Chờ tòa xử", versions[1] + 1)]
    # The table is drawn again from the store: the new reasons and versions, nothing pending.
    deadline = time.time() + 20
    while cells.all_inner_texts()[:14] != [first, names[first], "handed_over", "true", "Khiếu nại lần 2",
                                           str(versions[0] + 1), "", "", second, names[second], "handed_over",
                                           "true", "Chờ tòa xử", str(versions[1] + 1)]:
        assert time.time() < deadline, cells.all_inner_texts()[:16]
        page.wait_for_timeout(200)
    assert page.get_by_text("Bảng có thay đổi chưa lưu").count() == 0
    page.screenshot(path=test_output / "officer-bulk-saved.png", full_page=True)
    ctx.close()


def test_officer_imports_a_file_in_the_app(officer_app, tmp_path, test_output):
    import geopandas as gpd

    url, db, _, b = officer_app
    store = open_store(db)
    p = store.read_layer("parcels")
    # Two parcels the file moves on (one skips to handed over, hence the note); a parcel the file leaves as it is
    # would count as unchanged.
    rows = p[(p.zone_id == "kcn-bim-son-b") & (p.clearance_stage == "plan_approved") & ~p.blocked.astype(bool)].head(2)
    gdf = gpd.GeoDataFrame({"MaThua": list(rows.id), "TrangThai": ["Đã bàn giao mặt bằng", "Đã chi trả"]},
                           geometry=list(rows.geometry.values), crs=4326).to_crs(5897)
    path = tmp_path / "bienban.geojson"
    gdf.to_file(path, driver="GeoJSON")
    ctx, page = signed_in(b, url, "lan")
    page.goto(f"{url}/import")
    wait_idle(page)
    page.locator('input[type="file"]').set_input_files(str(path))
    wait_idle(page)
    note = page.get_by_label("Lý do / căn cứ (bắt buộc nếu tệp làm bỏ qua hoặc lùi giai đoạn)")
    note.fill("Biên bản bàn giao 12/2026")
    note.press("Enter")
    wait_idle(page)
    page.get_by_text("EPSG:5897 (VN-2000)", exact=False).first.wait_for(timeout=20_000)
    page.get_by_text("Sẽ thêm 0, cập nhật 2, giữ nguyên 0.").wait_for(timeout=20_000)
    page.screenshot(path=test_output / "officer-import.png", full_page=True)
    page.get_by_role("button", name="Nhập vào kho dữ liệu").click()
    wait_idle(page)
    page.get_by_text("Đã nhập: thêm 0, cập nhật 2, giữ nguyên 0.").wait_for(timeout=20_000)
    got = store.read_layer("parcels", ids=list(rows.id)).set_index("id")
    assert list(got.loc[list(rows.id), "clearance_stage"]) == ["handed_over", "compensation_paid"]
    ctx.close()


def test_the_bulk_table_opens_on_the_edited_zone_and_filters_by_stage(officer_app):
    url, db, pid, b = officer_app
    p = open_store(db).read_layer("parcels")
    zone = p.set_index("id").at[pid, "zone_id"]
    mine = p[p.zone_id == zone]
    ctx, page = signed_in(b, url, "lan")
    page.goto(f"{url}/clearance?sel=parcel:{pid}")
    wait_idle(page)
    page.get_by_role("tab", name="Nhiều thửa").click()
    wait_idle(page)
    first = min(len(mine), BULK_ROWS)
    page.get_by_text(f"Dòng 1–{first} trong {len(mine)} thửa.").wait_for(timeout=20_000)
    page.get_by_label("Chỉ các thửa ở giai đoạn").click()
    page.get_by_role("option", name="Lập và niêm yết phương án BT-HT-TĐC").click()
    page.keyboard.press("Escape")
    wait_idle(page)
    n = int((mine.clearance_stage == "plan_posted").sum())
    page.get_by_text(f"Dòng 1–{min(n, BULK_ROWS)} trong {n} thửa.").wait_for(timeout=20_000)
    ctx.close()


def test_unsaved_table_edits_hold_the_zone_until_saved_or_undone(officer_app):
    url, _, _, b = officer_app
    ctx, page = signed_in(b, url, "lan")
    page.goto(f"{url}/clearance")
    wait_idle(page)
    page.get_by_role("tab", name="Nhiều thửa").click()
    wait_idle(page)
    grid = page.locator("[data-testid=stDataFrame]").last
    grid.wait_for(timeout=20_000)
    grid.locator("[data-testid=data-grid-canvas]").first.wait_for(timeout=20_000)
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)  # the grid takes clicks once it has laid out
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 20, box["y"] + 52)  # the first row's first cell, then across to its note
    page.wait_for_timeout(300)
    for _ in range(len(BULK_COLUMNS)):  # the note comes right after the parcels' own columns
        page.keyboard.press("ArrowRight")
    page.wait_for_timeout(300)
    page.keyboard.type("abc", delay=120)  # the first key opens the cell editor
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    page.mouse.click(box["x"] + 5, box["y"] - 40)
    wait_idle(page)
    page.get_by_text("Bảng có thay đổi chưa lưu").wait_for(timeout=20_000)
    shown_tab = page.locator("[role=tabpanel]:not([hidden])")
    assert shown_tab.get_by_label("Khu / cụm").is_disabled()  # another zone would drop the edit
    page.get_by_role("button", name="Hoàn tác các thay đổi chưa lưu").click()
    wait_idle(page)
    page.get_by_text("Bảng có thay đổi chưa lưu").wait_for(state="detached", timeout=20_000)
    assert not shown_tab.get_by_label("Khu / cụm").is_disabled()
    ctx.close()


def test_staff_pages_refuse_the_public(officer_app):
    url, _, _, b = officer_app
    ctx = b.new_context()
    page = ctx.new_page()
    for path in ("clearance", "import", "admin", "landfund"):
        page.goto(f"{url}/{path}")
        wait_idle(page)
        page.get_by_text("Trang này dành cho cán bộ đã đăng nhập.").wait_for(timeout=20_000)
    ctx.close()


def test_two_app_instances_on_one_postgis_stay_consistent(postgis_url, officer_app):
    """An edit made through one instance (here, the store both share) shows in the other on its next rerun."""
    store = open_store(postgis_url)
    store.add_user("admin", "admin", PASSWORD)
    store.add_user("lan", "officer", PASSWORD, by="admin")
    p = store.read_layer("parcels")
    pid = p[(p.clearance_stage == "inventory") & (~p.blocked.astype(bool))].id.iloc[0]
    b = officer_app[3]  # the module's Chromium (Playwright allows one sync instance at a time)
    with running_app(postgis_url) as one, running_app(postgis_url) as two:
        pages = []
        for url in (one, two):
            page = b.new_context(viewport={"width": 1400, "height": 1000}).new_page()
            page.goto(f"{url}/?sel=parcel:{pid}")
            map_frame(page)
            page.get_by_text("Điều tra, khảo sát, đo đạc, kiểm đếm").first.wait_for(timeout=30_000)
            pages.append(page)
        store.set_stage(pid, "plan_posted", user="lan", document_ref="BB 12/2026")
        for page in pages:
            page.get_by_text("Tìm mặt bằng").first.click()  # any rerun picks up the change counter
            wait_idle(page)
            page.get_by_text("Bản đồ").first.click()
            wait_idle(page)
            page.get_by_text("Lập và niêm yết phương án BT-HT-TĐC").first.wait_for(timeout=30_000)


def test_admin_adds_and_deactivates_a_user(officer_app, test_output):
    url, db, _, b = officer_app
    ctx, page = signed_in(b, url, "admin")
    page.get_by_role("link", name="Quản trị người dùng").click()
    wait_idle(page)
    page.get_by_text("Quản trị người dùng").first.wait_for(timeout=20_000)
    form = page.locator("[data-testid='stForm']").first
    form.get_by_label("Tên đăng nhập").fill("hoa")
    form.get_by_label("Họ tên").fill("Lê Thị Hoa")
    form.get_by_label("Mật khẩu", exact=True).fill("a long enough passphrase")
    form.get_by_label("Nhập lại mật khẩu").fill("a long enough passphrase")
    form.get_by_role("button", name="Thêm người dùng").click()
    wait_idle(page)
    page.get_by_text("Đã thêm hoa.").wait_for(timeout=20_000)
    store = open_store(db)
    assert store.get_user("hoa").role == "officer" and store.get_user("hoa").active
    page.screenshot(path=test_output / "admin.png", full_page=True)
    store.set_user_active("hoa", False, by="admin")
    assert [(u.username, u.active) for u in store.list_users() if u.username == "hoa"] == [("hoa", False)]
    with pytest.raises(PermissionDenied, match="deactivated"):
        store.authenticate("hoa", "a long enough passphrase")
    with pytest.raises(PermissionDenied, match="deactivated"):
        store.create_session("hoa")
    pid = store.read_layer("parcels", columns=["clearance_stage"]).id.iloc[0]
    with pytest.raises(PermissionDenied, match="deactivated"):
        store.set_stage(pid, "handed_over", user="hoa", note="should not be written")
    assert store.authenticate("lan", PASSWORD)  # others unaffected
    store.close()
    ctx.close()
