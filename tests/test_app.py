"""The app in Debian's Chromium, on fresh stores: map, profiles, site finder, share links, language, safety.

Screenshots of every page go to test-output/ for a person to look at.
"""

from __future__ import annotations

import re
import shutil

import pytest

from geo.search import SiteQuery
from layers.catalogue import TIER_COLORS
from geo.store import open_store
from tests.appserver import (MAP_FRAME, browser, map_frame, map_parcels, map_point, map_state,
                             running_app, set_view, wait_idle)
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

EVIL = "<img src=x onerror=\"document.title='x'\">"


@pytest.fixture(scope="module")
def app_db(default_gpkg, tmp_path_factory) -> str:
    """A copy of the default store with an admin and a planner."""
    db = tmp_path_factory.mktemp("app") / "store.gpkg"
    shutil.copy(default_gpkg, db)
    store = open_store(str(db))
    store.add_user("admin", "admin", PASSWORD)
    store.add_user("lan", "planner", PASSWORD, by="admin")
    store.close()
    return str(db)


@pytest.fixture(scope="module")
def app_url(app_db):
    with running_app(app_db) as url:
        yield url


@pytest.fixture(scope="module")
def chromium():
    with browser() as b:
        yield b


@pytest.fixture
def page(chromium):
    ctx = chromium.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def sites_count(page) -> int:
    text = page.get_by_text(re.compile(r"(\d+) (mặt bằng phù hợp|matching sites)")).first.inner_text()
    return int(re.search(r"\d+", text).group())


def test_clicking_a_parcel_opens_its_profile(app_url, page, test_output):
    page.goto(f"{app_url}/?sel=zone:kcn-hoang-long")
    map_frame(page)
    wait_idle(page)
    page.wait_for_function(
        f"() => {{ const f = document.querySelector('{MAP_FRAME}'); const m = f && f.contentWindow.map_div;"
        " if (!m) return false; let n = 0; m.eachLayer(l => { if (l.feature && l.feature.properties.layer === 'parcel') n++; });"
        " return n > 50; }", timeout=30_000)
    assert map_state(page)["zoom"] >= 13  # the shared link opened on the zone
    page.get_by_text("Hồ sơ khu / cụm").first.wait_for(timeout=20_000)
    frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
    lat, lng, pid = frame.evaluate(
        """() => { const m = window.map_div, mid = m.getCenter(); let r = null, best = Infinity;
           m.eachLayer(l => { if (l.feature && l.feature.properties.layer === 'parcel' && l.feature.properties.s === 6) {
             const c = l.getBounds().getCenter(), d = c.distanceTo(mid);
             if (d < best) { best = d; r = [c.lat, c.lng, l.feature.properties.id]; } } });
           return r; }""")  # the handed-over parcel nearest the centre of the map (tiles also hold parcels just outside it)
    x, y = map_point(page, lat, lng)
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"sel=parcel"), timeout=20_000)
    wait_idle(page)
    assert pid in page.url.replace("%3A", ":")
    profile = page.get_by_text("Hồ sơ lô đất").first
    profile.wait_for(timeout=20_000)
    page.get_by_text("Khoảng cách đường chim bay").first.wait_for(timeout=20_000)
    page.get_by_text("Cảng biển Nghi Sơn").first.wait_for(timeout=20_000)
    profile.scroll_into_view_if_needed()
    page.screenshot(path=test_output / "map-parcel-profile.png")
    assert page.errors == []


def zone_centre(db: str, zone_id: str) -> tuple[float, float]:
    s = open_store(db)
    z = s.read_layer("zones")
    s.close()
    c = z[z["id"] == zone_id].geometry.iat[0].centroid
    return c.y, c.x


def test_the_browser_fetches_the_parcels_in_view_from_tiles(default_gpkg, tmp_path, chromium, test_output):
    """From zoom 13 the map draws the parcels in view from static tiles: a pan needs no server round trip."""
    db = tmp_path / "tiles.gpkg"
    shutil.copy(default_gpkg, db)
    with running_app(db, env={"SITEREADY_MAP_PARCELS": "60"}) as url:
        ctx = chromium.new_context(viewport={"width": 1400, "height": 1000})
        page = ctx.new_page()
        errors, tiles = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("response", lambda r: tiles.append((r.url, r.status)) if "/app/static/parcels/" in r.url else None)
        page.goto(url)
        map_frame(page)
        wait_idle(page)
        assert map_parcels(page) == [] and tiles == []  # the province view: zones, no parcels
        page.get_by_text("Phóng to (mức ≥ 13)").first.wait_for(timeout=20_000)
        # Zoom to a park: its parcels come from tiles, nearest the centre first, at most 60 (plus one tile).
        lat, lng = zone_centre(str(db), "kcn-le-mon")
        set_view(page, lat, lng, 15)
        frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
        frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                                "l.feature.properties.layer === 'parcel') n++; }); return n > 0; }", timeout=20_000)
        page.wait_for_timeout(500)
        here = map_parcels(page)
        assert {p["id"].rsplit("-", 1)[0] for p in here} == {"kcn-le-mon"}
        assert tiles and all(status == 200 for _, status in tiles)
        wait_idle(page)
        page.get_by_text(re.compile(r"\d+ lô đất trong khung nhìn")).first.wait_for(timeout=20_000)
        # Hovering a parcel shows its id, park and stage, built as text.
        target = here[0]
        plat, plng = frame.evaluate(
            f"""() => {{ let r = null; window.map_div.eachLayer(l => {{ if (!r && l.feature && l.feature.properties.id ===
               {target['id']!r}) {{ const c = l.getBounds().getCenter(); r = [c.lat, c.lng]; }} }}); return r; }}""")
        x, y = map_point(page, plat, plng)
        page.mouse.move(x, y)
        page.wait_for_timeout(600)
        tips = frame.evaluate("() => Array.from(document.querySelectorAll('.leaflet-tooltip')).map(t => t.innerText)")
        assert any("Khu công nghiệp Lễ Môn" in tip and " ha" in tip for tip in tips), tips
        page.screenshot(path=test_output / "map-parcel-tiles.png")
        # The layer control hides and shows the parcels.
        frame.locator(".leaflet-control-layers").first.hover()
        toggle = frame.locator("label", has_text=re.compile(r"^\s*Lô đất\s*$")).locator("input")
        toggle.click()
        page.wait_for_timeout(300)
        assert map_parcels(page) == []
        toggle.click()
        frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                                "l.feature.properties.layer === 'parcel') n++; }); return n > 0; }", timeout=20_000)
        page.mouse.move(5, 5)
        # Colouring by readiness tier redraws the map where it was, the parcels in their tier's colour.
        page.get_by_text("Mức sẵn sàng", exact=True).first.click()
        wait_idle(page)
        page.wait_for_timeout(500)
        frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
        frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                                "l.feature.properties.layer === 'parcel') n++; }); return n > 0; }", timeout=20_000)
        assert map_state(page)["zoom"] == 15
        fills = frame.evaluate("""() => { const out = []; window.map_div.eachLayer(l => { if (l.feature &&
                                 l.feature.properties.layer === 'parcel') out.push([l.feature.properties.t, l.options.fillColor]); });
                                 return out; }""")
        assert fills and all(color == TIER_COLORS[tier] for tier, color in fills)
        # Zoomed out to 13 over the Nghi Sơn EZ, more parcels are in view than the limit: the map says so.
        lat2, lng2 = zone_centre(str(db), "kcn-nghi-son-3")
        fetched = len(tiles)
        set_view(page, lat2, lng2, 13)
        frame.wait_for_function("() => { const d = document.querySelector('.sr-parcel-note'); "
                                "return d && d.style.display === 'block'; }", timeout=20_000)
        assert "phóng to để xem tất cả" in frame.evaluate("() => document.querySelector('.sr-parcel-note').textContent")
        frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                                "l.feature.properties.layer === 'parcel') n++; }); return n > 0; }", timeout=20_000)
        there = map_parcels(page)
        assert there and not any(p["id"].startswith("kcn-le-mon") for p in there)
        assert len(tiles) > fetched
        # Back to the first park: its tiles are already in the browser, nothing is fetched again.
        fetched = len(tiles)
        set_view(page, lat, lng, 15)
        frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                                "String(l.feature.properties.id).startsWith('kcn-le-mon')) n++; }); return n > 0; }",
                                timeout=20_000)
        assert len(tiles) == fetched
        # Below zoom 13 (nothing selected) the parcels go away again.
        set_view(page, lat, lng, 11)
        page.wait_for_timeout(500)
        assert map_parcels(page) == []
        assert errors == []
        ctx.close()


def test_without_a_writable_tile_folder_the_server_sends_the_parcels(default_gpkg, tmp_path, chromium):
    from layers.tiles import store_directory

    db = tmp_path / "readonly.gpkg"
    shutil.copy(default_gpkg, db)
    s = open_store(str(db))
    s.close()
    blocker = store_directory(s.url)[0]
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder")  # the tiles cannot be written there (the suite runs as root: no chmod)
    try:
        with running_app(db) as url:
            ctx = chromium.new_context(viewport={"width": 1400, "height": 1000})
            page = ctx.new_page()
            tiles = []
            page.on("request", lambda r: tiles.append(r.url) if "/app/static/parcels/" in r.url else None)
            page.goto(f"{url}/?sel=zone:kcn-le-mon")
            map_frame(page)
            wait_idle(page)
            page.locator(MAP_FRAME).first.element_handle().content_frame().wait_for_function(
                "() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                "l.feature.properties.layer === 'parcel') n++; }); return n > 50; }", timeout=30_000)
            assert tiles == []
            page.get_by_text(re.compile(r"\d+ lô đất trong khung nhìn")).first.wait_for(timeout=20_000)
            ctx.close()
    finally:
        blocker.unlink()


def test_filters_narrow_and_a_shared_link_restores_them(app_url, page, test_output):
    page.goto(f"{app_url}/sites?tier=3")
    map_frame(page)
    wait_idle(page)
    wide = sites_count(page)
    box = page.get_by_label("Diện tích tối thiểu (ha)")
    box.fill("20")
    box.press("Enter")
    wait_idle(page)
    page.wait_for_url(re.compile(r"min_area=20"), timeout=20_000)
    page.wait_for_function(
        f"() => !document.body.innerText.includes('{wide} mặt bằng phù hợp')", timeout=20_000)
    wait_idle(page)
    narrow = sites_count(page)
    assert 0 < narrow < wide
    shared = page.url
    # The same link in a new browser context restores the filters and the result.
    ctx = page.context.browser.new_context(viewport={"width": 1400, "height": 1000})
    other = ctx.new_page()
    other.goto(shared)
    map_frame(other)
    wait_idle(other)
    assert other.get_by_label("Diện tích tối thiểu (ha)").input_value() in ("20.00", "20")
    assert sites_count(other) == narrow
    ctx.close()


def test_a_shared_site_link_opens_its_profile_and_it_can_be_shortlisted(app_url, app_db, page, test_output):
    store = open_store(app_db)
    expected = _search(store, SiteQuery(min_area=20, max_km={"port": 30}))
    site = expected[0]
    page.goto(f"{app_url}/sites?min_area=20&km_port=30&sel=site:{site}")
    map_frame(page)
    wait_idle(page)
    assert sites_count(page) == len(expected)
    page.get_by_text("Hồ sơ mặt bằng").first.wait_for(timeout=20_000)
    assert map_state(page)["zoom"] >= 12
    page.get_by_text("Cảng biển Nghi Sơn").first.wait_for(timeout=20_000)
    page.get_by_role("button", name="Thêm vào danh sách quan tâm").click()
    wait_idle(page)
    page.wait_for_url(re.compile(r"short=site"), timeout=20_000)
    page.get_by_text("So sánh").first.wait_for(timeout=20_000)
    page.locator(".sr-grid thead th", has_text=site).wait_for(timeout=20_000)  # the compare table
    page.screenshot(path=test_output / "sites-profile-vi.png", full_page=True)
    with page.expect_download() as dl:
        page.get_by_role("button", name="Hồ sơ in được (HTML)").click()
    html = dl.value.path().read_text(encoding="utf-8")
    assert site in html and "Khu công nghiệp số 3" in html
    assert page.errors == []


def _search(store, query):
    return list(_sites(store, query)["site_id"])


def _sites(store, query):
    from geo import readiness, search

    parcels, zones = store.read_layer("parcels"), store.read_layer("zones")
    ready = readiness.compute(parcels, zones, store.read_layer("constraints"), store.read_layer("resettlement_areas"))
    return search.search(parcels, zones, ready, search.Facilities(store.read_layer("infrastructure")), query,
                         with_geometry=False)


def _vi_number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def test_the_site_table_sorts_pages_and_a_row_opens_the_site(app_url, app_db, page, test_output):
    sites = _sites(open_store(app_db), SiteQuery(min_tier=3))
    page.goto(f"{app_url}/sites?tier=3")
    map_frame(page)
    wait_idle(page)
    rows = page.locator(".sr-sites tbody tr")
    rows.first.wait_for(timeout=20_000)
    assert rows.count() == 20 and sites_count(page) == len(sites)
    assert rows.first.get_attribute("data-id") == sites["site_id"].iat[0]  # best score first
    # Sorting by area puts the largest site first; a second click reverses it.
    page.locator(".sr-sites button.sort[data-col=area]").click()
    page.locator(".sr-sites th[aria-sort=descending] button[data-col=area]").wait_for(timeout=20_000)
    wait_idle(page)
    areas = [_vi_number(rows.nth(i).locator("td").nth(2).inner_text()) for i in range(20)]
    assert areas == sorted(areas, reverse=True)
    assert areas[0] == round(sites["area_ha"].max(), 1)
    # The next page goes on where the first stopped.
    page.locator(".sr-sites .pager button.next").click()
    page.locator(".sr-sites .where", has_text="Trang 2/").wait_for(timeout=20_000)
    wait_idle(page)
    assert _vi_number(rows.first.locator("td").nth(2).inner_text()) <= areas[-1]
    # A row opens its site: profile, URL and map, and the row is marked.
    row = rows.nth(3)
    site = row.get_attribute("data-id")
    row.click()
    page.wait_for_url(re.compile(f"sel=site%3A{re.escape(site)}"), timeout=20_000)
    wait_idle(page)
    page.get_by_text(site, exact=True).first.wait_for(timeout=20_000)
    page.locator(f".sr-sites tr.sel[data-id='{site}']").wait_for(timeout=20_000)
    frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
    frame.wait_for_function("() => window.map_div.getZoom() >= 12", timeout=20_000)  # the map flew there
    page.screenshot(path=test_output / "sites-table-vi.png", full_page=True)
    # The keyboard picks a row too.
    other = rows.nth(5)
    other_id = other.get_attribute("data-id")
    other.focus()
    other.press("Enter")
    page.wait_for_url(re.compile(f"sel=site%3A{re.escape(other_id)}"), timeout=20_000)
    picked = page.locator(f".sr-sites tr.sel[data-id='{other_id}']")
    picked.wait_for(timeout=20_000)
    wait_idle(page)
    assert picked.evaluate("el => el.getRootNode().activeElement === el")  # the keyboard focus stays on the row
    assert page.errors == []


def test_the_language_switch_changes_the_legend_and_keeps_the_view(app_url, page, test_output):
    page.goto(f"{app_url}/?sel=zone:kcn-le-mon")
    map_frame(page)
    wait_idle(page)
    page.get_by_text("Chưa triển khai").first.wait_for(timeout=20_000)
    page.get_by_text("English", exact=True).first.click()
    wait_idle(page)
    page.wait_for_url(re.compile(r"lang=en"), timeout=20_000)
    map_frame(page)
    page.get_by_text("Land handed over (cleared)").first.wait_for(timeout=20_000)
    page.get_by_text("Not started").first.wait_for(timeout=20_000)
    page.get_by_text("Economic zone, industrial parks and clusters").wait_for(timeout=20_000)
    assert "sel=zone" in page.url  # the selection survives the switch
    page.wait_for_timeout(800)
    page.screenshot(path=test_output / "map-en.png")
    page.goto(f"{app_url}/sites?lang=en&tier=4")
    map_frame(page)
    wait_idle(page)
    page.get_by_text("Find investor-ready land").wait_for(timeout=20_000)
    page.screenshot(path=test_output / "sites-en.png")


def test_planner_signs_in_and_sees_the_land_fund(app_url, page, test_output):
    def full_page_screenshot(path) -> None:
        """The whole page: Streamlit scrolls inside its main block, so the window is made as tall as it first."""
        height = page.evaluate("() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], "
                               "[data-testid=stMainBlockContainer]')].map(e => e.scrollHeight), 1000)")
        page.set_viewport_size({"width": 1400, "height": int(height) + 40})
        page.wait_for_timeout(1200)  # charts re-lay out to the new size
        page.screenshot(path=path, full_page=True)
        page.set_viewport_size({"width": 1400, "height": 1000})

    def fund_rows() -> list[dict]:
        return page.evaluate("""() => [...document.querySelectorAll('div.sr-fund tbody tr')].map(tr => ({
            row: tr.dataset.row, level: +tr.dataset.level, name: tr.querySelector('th').innerText,
            bold: +getComputedStyle(tr.querySelector('th')).fontWeight >= 700,
            cells: [...tr.querySelectorAll('td')].map(td => td.innerText)}))""")

    page.goto(f"{app_url}/landfund")
    wait_idle(page)
    page.get_by_text("Trang này dành cho cán bộ đã đăng nhập.").wait_for(timeout=20_000)
    page.goto(f"{app_url}/signin")
    wait_idle(page)
    page.screenshot(path=test_output / "signin.png")
    page.get_by_label("Tên đăng nhập").fill("lan")
    page.get_by_label("Mật khẩu").fill("wrong password!!")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("Sai tên đăng nhập hoặc mật khẩu.").wait_for(timeout=20_000)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    wait_idle(page)
    page.get_by_role("link", name="Quỹ đất").click()
    wait_idle(page)
    page.get_by_text("Quỹ đất công nghiệp toàn tỉnh").wait_for(timeout=20_000)
    for heading in ("Quỹ đất theo khu (ha)", "Tiến độ theo thời gian", "Tái định cư: khả năng đáp ứng so với nhu cầu",
                    "Quá hạn theo luật"):
        page.get_by_text(heading).first.wait_for(timeout=20_000)
    # The zone tree: parents in bold over their indented children, the province total last, and how it is built.
    page.get_by_text(re.compile(r"^Cách tính tổng toàn tỉnh: .*Khu kinh tế Nghi Sơn: 106\.000,0 ha")).wait_for(
        timeout=20_000)
    rows = fund_rows()
    names = [r["name"] for r in rows]
    ez = names.index("Khu kinh tế Nghi Sơn")
    assert rows[ez]["bold"] and rows[ez]["level"] == 0
    assert rows[ez + 1]["name"].startswith("↳ ") and rows[ez + 1]["level"] == 1 and not rows[ez + 1]["bold"]
    assert rows[-1]["name"] == "Tổng toàn tỉnh" and rows[-1]["bold"] and rows[-1]["row"] == "total"
    assert rows[-1]["cells"][:2] == ["7.618,03", "6.495,79"]  # planned, parcels: vi numbers
    page.wait_for_timeout(1000)
    full_page_screenshot(test_output / "landfund-vi.png")
    with page.expect_download() as dl:
        page.get_by_role("button", name="Tải bảng quỹ đất (XLSX)").click()
    import pandas as pd

    sheets = pd.read_excel(dl.value.path(), sheet_name=None)
    fund = sheets["Quỹ đất theo khu (ha)"]
    assert fund["Khu / cụm"].tolist() == names  # the screen's rows, in its order
    assert fund["Cấp"].tolist() == [r["level"] for r in rows]
    total = fund[fund["Loại dòng"] == "Tổng toàn tỉnh"]
    leaves = fund[~fund["Loại dòng"].isin(["Tổng phụ", "Tổng toàn tỉnh"])]
    assert len(total) == 1 and total.index[0] == len(fund) - 1
    for col in ("Quy hoạch", "Lô đất", "Đã bàn giao", "Đang GPMB", "Đã cho thuê", "Sẵn sàng (mức 5)"):
        assert leaves[col].sum() == pytest.approx(total[col].iloc[0], abs=1e-6), col
    assert total["Lô đất"].iloc[0] == pytest.approx(6495.79)
    assert fund.loc[fund["Mã khu"] == "kcn-bim-son-a", "Mã khu cha"].tolist() == ["kcn-bim-son"]
    notes = sheets["Ghi chú - Notes"].to_string()
    assert "Cách tính tổng toàn tỉnh" in notes
    # In English: the same tree, English numbers, the line in English.
    page.get_by_text("English", exact=True).first.click()
    wait_idle(page)
    page.get_by_text(re.compile(r"^How the province total is built: .*Nghi Son Economic Zone: 106,000\.0 ha")).wait_for(
        timeout=20_000)
    rows_en = fund_rows()
    assert [r["level"] for r in rows_en] == [r["level"] for r in rows]
    assert rows_en[-1]["name"] == "Province total" and rows_en[-1]["cells"][:2] == ["7,618.03", "6,495.79"]
    page.wait_for_timeout(1000)
    full_page_screenshot(test_output / "landfund-en.png")
    assert page.errors == []


def test_a_hostile_feature_name_shows_as_text_and_runs_nothing(default_gpkg, tmp_path, chromium, test_output):
    from geo.seed import default_events, default_layers, default_meta

    layers = default_layers()
    zones = layers["zones"]
    zones.loc[zones["id"] == "kcn-le-mon", ["name_vi", "name_en"]] = EVIL
    db = tmp_path / "evil.gpkg"
    assert open_store(str(db)).init(layers, events=default_events(), meta=default_meta())
    with running_app(db) as url:
        ctx = chromium.new_context(viewport={"width": 1400, "height": 1000})
        page = ctx.new_page()
        page.goto(f"{url}/?sel=zone:kcn-le-mon")
        map_frame(page)
        wait_idle(page)
        page.get_by_text(EVIL).first.wait_for(timeout=20_000)  # the name, shown as text
        frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
        # Hover the zone so that its tooltip (raw HTML in folium) is built.
        lat, lng = frame.evaluate(
            """() => { let r = null; window.map_div.eachLayer(l => { if (!r && l.feature && l.feature.properties.id === 'kcn-le-mon'
               && l.feature.properties.layer === 'zone' && l.getBounds) { const c = l.getBounds().getCenter(); r = [c.lat, c.lng]; } });
               return r; }""")
        x, y = map_point(page, lat, lng)
        page.mouse.move(x, y)
        page.wait_for_timeout(800)
        tips = frame.evaluate("() => Array.from(document.querySelectorAll('.leaflet-tooltip')).map(t => t.innerText)")
        assert any("<img src=x" in tip for tip in tips)
        assert frame.locator("img[src='x']").count() == 0
        assert page.locator("img[src='x']").count() == 0
        assert page.evaluate("() => document.title") != "x" and frame.evaluate("() => document.title") != "x"
        page.screenshot(path=test_output / "hostile-name.png")
        ctx.close()


def test_markdown_in_data_shows_as_plain_text_and_fetches_nothing(tmp_path, chromium, test_output, http_hits):
    """A zone named with Markdown (an image and a link to another host) is shown as the characters it is."""
    from geo.seed import default_events, default_layers, default_meta

    host, hits = http_hits
    name = f"KCN ![p]({host}/x.png) [xem]({host}/y) **đậm**"
    layers = default_layers()
    zones = layers["zones"]
    zones.loc[zones["id"] == "kcn-le-mon", ["name_vi", "name_en"]] = name
    parcel = layers["parcels"].query("zone_id == 'kcn-le-mon'").id.iloc[0]
    db = tmp_path / "markdown.gpkg"
    assert open_store(str(db)).init(layers, events=default_events(), meta=default_meta())
    with running_app(db) as url:
        ctx = chromium.new_context(viewport={"width": 1400, "height": 1000})
        page = ctx.new_page()
        for target in (f"{url}/?sel=zone:kcn-le-mon", f"{url}/?lang=en&sel=parcel:{parcel}"):
            page.goto(target)
            map_frame(page)
            wait_idle(page)
            page.get_by_text("![p](", exact=False).first.wait_for(timeout=20_000)
            assert page.locator(f"img[src^='{host}']").count() == 0
            assert page.locator(f"a[href^='{host}']").count() == 0
        page.screenshot(path=test_output / "markdown-name.png")
        ctx.close()
    assert hits == []


def test_responses_carry_security_headers_and_hide_metrics(app_url):
    import urllib.error
    import urllib.request

    with urllib.request.urlopen(f"{app_url}/") as resp:
        csp = resp.headers["Content-Security-Policy"]
        assert "frame-ancestors 'self'" in csp and "img-src 'self' data:" in csp and "object-src 'none'" in csp
        assert resp.headers["Referrer-Policy"] == "same-origin"
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{app_url}/_stcore/metrics")
    err.value.close()
    assert err.value.code == 404
