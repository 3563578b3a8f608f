"""The officer's flow in Chromium: sign in, change a stage, see it in the history and on the map; a stale edit is refused."""

from __future__ import annotations

import re
import shutil
import time

import pytest

from geo.errors import PermissionDenied
from geo.stages import STAGES
from geo.store import open_store
from tests.appserver import browser, map_frame, map_parcels, running_app, wait_idle
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
    ctx = b.new_context(viewport={"width": 1400, "height": 1100})
    page = ctx.new_page()
    page.goto(f"{url}/signin")
    wait_idle(page)
    page.get_by_label("Tên đăng nhập").fill(who)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    wait_idle(page)
    page.get_by_text(f"Đăng nhập: {who}").first.wait_for(timeout=15_000)
    # The server set the session cookie: HttpOnly (no script of the page can read it), SameSite=Strict.
    cookie = next(c for c in ctx.cookies() if c["name"].endswith("siteready_session"))
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/"
    assert "siteready_session" not in page.evaluate("() => document.cookie")
    return ctx, page


def test_officer_changes_a_stage_and_a_stale_edit_is_refused(officer_app, test_output):
    url, db, pid, b = officer_app
    store = open_store(db)
    v0 = store.get_parcel(pid)["version"]
    ctx_a, a = signed_in(b, url, "lan")
    ctx_b, bb = signed_in(b, url, "minh")
    for page in (a, bb):
        page.goto(f"{url}/clearance?sel=parcel:{pid}")
        wait_idle(page)
        page.get_by_text(f"{pid} · Hiện trạng").wait_for(timeout=20_000)
    # Officer A moves the parcel one stage forward, with a document number.
    a.get_by_label("Giai đoạn mới").click()
    a.get_by_role("option", name="Phê duyệt phương án bồi thường, hỗ trợ, TĐC").click()
    a.get_by_label("Số văn bản (quyết định, biên bản)").fill("QĐ 77/QĐ-UBND")
    a.get_by_role("button", name="Lưu thay đổi").click()
    wait_idle(a)
    a.get_by_text(f"Đã lưu: {pid} lên phiên bản {v0 + 1}.").wait_for(timeout=20_000)
    a.screenshot(path=test_output / "officer-saved.png", full_page=True)
    last = store.history(pid)[-1]
    assert (last.by, last.from_stage, last.to_stage, last.document_ref) == ("lan", "plan_posted", "plan_approved",
                                                                            "QĐ 77/QĐ-UBND")
    # Officer B still has version v0 on screen: the save is refused, naming who changed it.
    bb.get_by_label("Giai đoạn mới").click()
    bb.get_by_role("option", name="Phê duyệt phương án bồi thường, hỗ trợ, TĐC").click()
    bb.get_by_label("Ghi chú (bắt buộc khi bỏ qua hoặc lùi giai đoạn)").fill("Cập nhật từ hiện trường")
    bb.get_by_role("button", name="Lưu thay đổi").click()
    wait_idle(bb)
    bb.get_by_text(re.compile(r"vừa được lan thay đổi lúc")).first.wait_for(timeout=20_000)
    bb.screenshot(path=test_output / "officer-conflict.png", full_page=True)
    assert store.get_parcel(pid)["version"] == v0 + 1  # nothing overwritten
    assert store.get_parcel(pid)["clearance_stage"] == "plan_approved"
    # The map shows the new stage in the parcel's profile, with the history for signed-in staff.
    a.goto(f"{url}/?sel=parcel:{pid}")
    map_frame(a)
    wait_idle(a)
    a.get_by_text("Hồ sơ lô đất").first.wait_for(timeout=20_000)
    a.get_by_text("Phê duyệt phương án bồi thường, hỗ trợ, TĐC").first.wait_for(timeout=20_000)
    # The parcel on the map (from the parcel tiles, rewritten for the edited parcel) has the new stage too.
    deadline = time.time() + 20
    while not [p for p in map_parcels(a) if p["id"] == pid and p["s"] == STAGES.index("plan_approved")]:
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


def test_officer_imports_a_file_in_the_app(officer_app, tmp_path, test_output):
    import geopandas as gpd

    url, db, _, b = officer_app
    store = open_store(db)
    p = store.read_layer("parcels")
    rows = p[p.zone_id == "kcn-bim-son-b"].head(2)
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
    page.get_by_role("tab", name="Nhiều lô").click()
    wait_idle(page)
    page.get_by_text(f"Dòng 1–{len(mine)} trong {len(mine)} lô.").wait_for(timeout=20_000)
    page.get_by_label("Chỉ các lô ở giai đoạn").click()
    page.get_by_role("option", name="Lập và niêm yết phương án BT-HT-TĐC").click()
    page.keyboard.press("Escape")
    wait_idle(page)
    n = int((mine.clearance_stage == "plan_posted").sum())
    page.get_by_text(f"Dòng 1–{n} trong {n} lô.").wait_for(timeout=20_000)
    ctx.close()


def test_unsaved_table_edits_hold_the_zone_until_saved_or_undone(officer_app):
    url, _, _, b = officer_app
    ctx, page = signed_in(b, url, "lan")
    page.goto(f"{url}/clearance")
    wait_idle(page)
    page.get_by_role("tab", name="Nhiều lô").click()
    wait_idle(page)
    grid = page.locator("[data-testid=stDataFrame]").last
    grid.wait_for(timeout=20_000)
    grid.locator("[data-testid=data-grid-canvas]").first.wait_for(timeout=20_000)
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)  # the grid takes clicks once it has laid out
    box = grid.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.84, box["y"] + 52)  # the first row's note
    page.wait_for_timeout(300)
    page.keyboard.type("abc", delay=120)  # the first key opens the cell editor
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    page.mouse.click(box["x"] + 5, box["y"] - 40)
    wait_idle(page)
    page.get_by_text("Bảng có thay đổi chưa lưu").wait_for(timeout=20_000)
    assert page.get_by_label("Khu / cụm").last.is_disabled()  # another zone would drop the edit
    page.get_by_role("button", name="Hoàn tác các thay đổi chưa lưu").click()
    wait_idle(page)
    page.get_by_text("Bảng có thay đổi chưa lưu").wait_for(state="detached", timeout=20_000)
    assert not page.get_by_label("Khu / cụm").last.is_disabled()
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
