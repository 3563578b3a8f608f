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
from tests.appserver import (MAP_FRAME, browser, map_frame, map_point, map_state,
                             running_app, set_view, sign_in, wait_idle)
from tests.conftest import PASSWORD, staffed_copy

pytestmark = pytest.mark.browser


def map_plots(page, index: int = 0) -> list[dict]:
    """Properties of the planned plots on the folium map now (drawn from plot tiles or sent by the server)."""
    frame = page.locator(MAP_FRAME).nth(index).element_handle().content_frame()
    return frame.evaluate(
        """() => { const out = []; if (!window.map_div) return out;
                   window.map_div.eachLayer(l => { if (l.feature && l.feature.properties.layer === 'plot')
                     out.push(Object.assign({}, l.feature.properties)); });
                   return out; }""")

EVIL = "<img src=x onerror=\"document.title='x'\">"


#: A parcel imported from a file that gives only its id and outline: most of its fields are missing (NA).
IMPORTED = "kcn-le-mon-imported-1"


@pytest.fixture(scope="module")
def app_db(default_gpkg, tmp_path_factory) -> str:
    """A copy of the default store with an admin, a planner, two officers and a parcel imported from a file."""
    import geopandas as gpd
    import shapely

    from geo.imports import plan_import, province_outline

    tmp = tmp_path_factory.mktemp("app")
    db = staffed_copy(default_gpkg, tmp, {"lan": "planner", "hoa": "officer", "tam": "officer"})
    store = open_store(str(db))
    zones = store.read_layer("zones")
    c = zones[zones["id"] == "kcn-le-mon"].geometry.iat[0].representative_point()
    survey = gpd.GeoDataFrame({"id": [IMPORTED]}, geometry=[shapely.box(c.x - 4e-4, c.y - 4e-4, c.x + 4e-4, c.y + 4e-4)],
                              crs=4326)
    survey.to_file(tmp / "survey.geojson", driver="GeoJSON")
    plan = plan_import(tmp / "survey.geojson", "parcels", zones=zones, province=province_outline(store))
    assert store.apply_import(plan, user="hoa").inserted == [IMPORTED]
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
    text = page.get_by_text(re.compile(r"([\d.,]+) (mặt bằng phù hợp|matching sites)")).first.inner_text()
    return int(re.sub(r"[.,]", "", re.search(r"[\d.,]+", text).group()))


def test_clicking_a_parcel_opens_its_profile(app_url, page, test_output):
    page.goto(f"{app_url}/?sel=zone:kcn-hoang-long")
    map_frame(page)
    wait_idle(page)
    page.wait_for_function(
        f"() => {{ const f = document.querySelector('{MAP_FRAME}'); const m = f && f.contentWindow.map_div;"
        " if (!m) return false; let n = 0; m.eachLayer(l => { if (l.feature && l.feature.properties.layer === 'plot') n++; });"
        " return n > 50; }", timeout=30_000)
    assert map_state(page)["zoom"] >= 13  # the shared link opened on the zone
    page.get_by_text("Hồ sơ khu / cụm").first.wait_for(timeout=20_000)
    frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
    lat, lng, pid = frame.evaluate(
        """() => { const m = window.map_div, mid = m.getCenter(); let r = null, best = Infinity;
           m.eachLayer(l => { if (l.feature && l.feature.properties.layer === 'plot' && l.feature.properties.s === 6) {
             const c = l.getBounds().getCenter(), d = c.distanceTo(mid);
             if (d < best) { best = d; r = [c.lat, c.lng, l.feature.properties.id]; } } });
           return r; }""")  # the handed-over parcel nearest the centre of the map (tiles also hold parcels just outside it)
    x, y = map_point(page, lat, lng)
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"sel=plot"), timeout=20_000)
    wait_idle(page)
    assert pid in page.url.replace("%3A", ":")
    profile = page.get_by_text("Hồ sơ lô đất quy hoạch").first
    profile.wait_for(timeout=20_000)
    page.get_by_text("Khoảng cách đường chim bay").first.wait_for(timeout=20_000)
    page.get_by_text("Cảng biển Nghi Sơn").first.wait_for(timeout=20_000)
    profile.scroll_into_view_if_needed()
    page.screenshot(path=test_output / "map-parcel-profile.png")
    assert page.errors == []


#: True when every tooltip on the map lies wholly inside the map.
TOOLTIPS_INSIDE = """() => { const box = window.map_div.getContainer().getBoundingClientRect();
    return Array.from(document.querySelectorAll('.leaflet-tooltip')).every(t => { const r = t.getBoundingClientRect();
        return r.left >= box.left && r.top >= box.top && r.right <= box.right && r.bottom <= box.bottom; }); }"""


def test_tooltips_stay_inside_the_map_at_its_edges(app_url, app_db, page, test_output):
    page.goto(f"{app_url}/")
    map_frame(page)
    wait_idle(page)
    set_view(page, *zone_centre(app_db, "kcn-le-mon"), 16)  # parcels fill the map, up to its edges
    frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
    frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                            "l.feature.properties.layer === 'plot') n++; }); return n > 20; }", timeout=30_000)
    wait_idle(page)
    box = page.locator(MAP_FRAME).first.bounding_box()
    # Parcels nearest each edge of the map: the tooltip of each stays inside.
    edges = frame.evaluate("""() => { const m = window.map_div, size = m.getSize(), out = {};
        m.eachLayer(l => { if (!(l.feature && l.feature.properties.layer === 'plot')) return;
            const p = m.latLngToContainerPoint(l.getBounds().getCenter());
            if (p.x < 8 || p.y < 8 || p.x > size.x - 8 || p.y > size.y - 8) return;
            const score = {top: p.y, right: size.x - p.x, bottom: size.y - p.y, left: p.x};
            for (const k in score) { if (!out[k] || score[k] < out[k][2]) out[k] = [p.x, p.y, score[k]]; } });
        return out; }""")
    assert set(edges) == {"top", "right", "bottom", "left"}
    for edge, (x, y, _) in edges.items():
        page.mouse.move(box["x"] + x, box["y"] + y)
        frame.wait_for_function("() => document.querySelectorAll('.leaflet-tooltip').length > 0", timeout=10_000)
        assert frame.evaluate(TOOLTIPS_INSIDE), edge
        if edge == "right":
            page.screenshot(path=test_output / "map-tooltip-right-edge.png")
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
        assert map_plots(page) == [] and tiles == []  # the province view: zones, no parcels
        page.get_by_text("Phóng to (mức ≥ 13)").first.wait_for(timeout=20_000)
        # Zoom to a park: its parcels come from tiles, nearest the centre first, at most 60 (plus one tile).
        lat, lng = zone_centre(str(db), "kcn-le-mon")
        set_view(page, lat, lng, 15)
        frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
        frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                                "l.feature.properties.layer === 'plot') n++; }); return n > 0; }", timeout=20_000)
        page.wait_for_timeout(500)
        here = map_plots(page)
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
        assert frame.evaluate(TOOLTIPS_INSIDE), "a tooltip crosses the map's edge"
        page.screenshot(path=test_output / "map-parcel-tiles.png")
        # The layer control hides and shows the parcels.
        frame.locator(".leaflet-control-layers").first.hover()
        toggle = frame.locator("label", has_text=re.compile(r"^\s*Lô đất quy hoạch\s*$")).locator("input")
        toggle.click()
        page.wait_for_timeout(300)
        assert map_plots(page) == []
        toggle.click()
        frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                                "l.feature.properties.layer === 'plot') n++; }); return n > 0; }", timeout=20_000)
        page.mouse.move(5, 5)
        # Colouring by readiness tier redraws the map where it was, the parcels in their tier's colour.
        page.get_by_text("Mức sẵn sàng", exact=True).first.click()
        wait_idle(page)
        page.wait_for_timeout(500)
        frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
        frame.wait_for_function("() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature && "
                                "l.feature.properties.layer === 'plot') n++; }); return n > 0; }", timeout=20_000)
        assert map_state(page)["zoom"] == 15
        fills = frame.evaluate("""() => { const out = []; window.map_div.eachLayer(l => { if (l.feature &&
                                 l.feature.properties.layer === 'plot') out.push([l.feature.properties.t, l.options.fillColor]); });
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
                                "l.feature.properties.layer === 'plot') n++; }); return n > 0; }", timeout=20_000)
        there = map_plots(page)
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
        assert map_plots(page) == []
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
                "l.feature.properties.layer === 'plot') n++; }); return n > 50; }", timeout=30_000)
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

    layers = {name: store.read_layer(name) for name in ("plots", "parcels", "zones", "constraints",
                                                        "resettlement_areas", "infrastructure")}
    plots, _, ready = readiness.of_layers(layers)
    return search.search(plots, layers["zones"], ready, search.Facilities(layers["infrastructure"]), query,
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


def test_planner_signs_in_and_sees_the_land_fund(app_url, app_db, page, test_output):
    from geo import landfund
    from layers.i18n import fmt_num

    store = open_store(app_db)
    layers = {name: store.read_layer(name) for name in ("parcels", "zones")}
    fund = landfund.land_fund(layers["parcels"], layers["zones"])
    store.close()
    expected = {lang: [fmt_num(fund.loc["_province", c], lang, 2) for c in ("planned_ha", "parcels_ha")]
                for lang in ("vi", "en")}
    fund_parcels_ha = float(fund.loc["_province", "parcels_ha"])

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
    assert rows[-1]["cells"][:2] == expected["vi"]  # planned, parcels: vi numbers (1.234,56)
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
    for col in ("Quy hoạch", "Đất thu hồi (thửa)", "Lô quy hoạch", "Đã bàn giao", "Đang GPMB", "Đã cho thuê",
                "Sẵn sàng (mức 5)"):
        assert leaves[col].sum() == pytest.approx(total[col].iloc[0], abs=1e-6), col
    assert total["Đất thu hồi (thửa)"].iloc[0] == pytest.approx(fund_parcels_ha)
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
    assert rows_en[-1]["name"] == "Province total" and rows_en[-1]["cells"][:2] == expected["en"]
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


# ----------------------------------------------------------------- the walkthrough of issue 14
def sidebar_link(page, name: str):
    """A link of the sidebar by its text (its icon is text too: "map", "bar_chart")."""
    return page.locator("[data-testid=stSidebar] a").filter(has=page.get_by_text(name, exact=True))


def no_error_shown(page) -> None:
    text = page.locator("[data-testid=stMain]").inner_text()
    for words in ("Traceback", "TypeError", "boolean value of NA", 'File "/', "site-packages"):
        assert words not in text, words
    assert page.locator("[data-testid=stException]").count() == 0


def test_an_imported_parcels_profile_shows_dashes_for_a_signed_in_officer(app_url, page, test_output):
    sign_in(page, app_url, "hoa")
    for lang, heading, stage in (("vi", "Hồ sơ thửa đất", "Chưa triển khai"),
                                 ("en", "Cadastral parcel profile", "Not started")):
        page.goto(f"{app_url}/?lang={lang}&sel=parcel:{IMPORTED}")
        map_frame(page)
        wait_idle(page)
        page.get_by_text(heading).first.wait_for(timeout=20_000)
        page.get_by_text("Lịch sử GPMB" if lang == "vi" else "Clearance history").first.wait_for(timeout=20_000)
        table = page.locator("table.sr-kv").first
        table.scroll_into_view_if_needed()
        cells = dict(zip(table.locator("th").all_inner_texts(), table.locator("td").all_inner_texts()))
        sheet, households = (("Số tờ bản đồ", "Hộ cần tái định cư") if lang == "vi"
                             else ("Map sheet no.", "Households to resettle"))
        assert cells[sheet] == "—" and cells[households] == "—", cells
        assert cells["Giai đoạn GPMB" if lang == "vi" else "Clearance stage"] == stage
        assert "hoa" in cells["Cập nhật lần cuối" if lang == "vi" else "Last updated"]
        no_error_shown(page)
        page.screenshot(path=test_output / f"imported-parcel-profile-{lang}.png", full_page=True)
    assert page.errors == []


def test_in_english_every_sidebar_link_sign_in_and_sign_out_keep_english(app_url, page, test_output):
    # Signing in from the English sign-in page lands on the land fund, in English.
    sign_in(page, app_url, "admin", lang="en")
    assert "/landfund" in page.url and "lang=en" in page.url
    page.get_by_text("The province's industrial land fund").wait_for(timeout=20_000)
    headings = {"Map": "Economic zone, industrial parks and clusters", "Find a site": "Find investor-ready land",
                "Land fund": "The province's industrial land fund", "Clearance progress": "Site clearance progress",
                "Clearance updates": "Record site-clearance progress",
                "Import": "Import survey files", "User admin": "User administration", "Sign in": "Signed in: admin"}
    links = page.locator("[data-testid=stSidebar] a")
    links.nth(len(headings) - 1).wait_for(timeout=20_000)  # the sidebar may come a moment after the page
    assert sorted(text.splitlines()[-1] for text in links.all_inner_texts()) == sorted(headings)
    for name, heading in headings.items():
        sidebar_link(page, name).click()
        page.wait_for_url(re.compile(r"lang=en"), timeout=20_000)
        wait_idle(page)
        page.get_by_text(heading).first.wait_for(timeout=20_000)
        assert "lang=en" in page.url, (name, page.url)
    # /map is the map (the default page, served at /): no "Page not found" first.
    page.goto(f"{app_url}/map?lang=en")
    map_frame(page)
    wait_idle(page)
    assert re.search(r"127\.0\.0\.1:\d+/\?lang=en", page.url), page.url
    page.get_by_text("Economic zone, industrial parks and clusters").wait_for(timeout=20_000)
    assert page.get_by_text("Page not found").count() == 0
    page.get_by_role("button", name="Sign out").first.click()
    page.wait_for_url(re.compile(r"lang=en"), timeout=20_000)
    wait_idle(page)
    page.get_by_text("Economic zone, industrial parks and clusters").wait_for(timeout=20_000)
    assert sidebar_link(page, "Sign in").count() == 1
    assert page.errors == []


def _checked_tier(page) -> list[bool]:
    """Which of the tier filter's three options is checked (once the run has replaced the previous radio)."""
    script = "() => Array.from(document.querySelectorAll('[data-testid=stRadio] input'), e => e.checked)"
    page.wait_for_function(f"() => ({script})().length === 3", timeout=20_000)
    return page.evaluate(script)


def test_a_share_link_switched_to_english_keeps_its_filter_and_site_and_so_does_the_next_change(
        app_url, app_db, page, test_output):
    sites = _sites(open_store(app_db), SiteQuery(min_tier=3))
    site = sites[sites["tier"] == 3]["site_id"].iat[0]  # a site only the widest tier filter finds
    page.goto(f"{app_url}/sites?tier=3&sel=site:{site}")
    map_frame(page)
    wait_idle(page)
    page.get_by_text("Hồ sơ mặt bằng").first.wait_for(timeout=20_000)
    assert _checked_tier(page) == [False, False, True]
    page.get_by_text("English", exact=True).first.click()
    page.wait_for_url(re.compile(r"lang=en"), timeout=20_000)
    wait_idle(page)
    page.get_by_text("Site profile").first.wait_for(timeout=20_000)
    assert _checked_tier(page) == [False, False, True]  # the radio still shows the tier filter
    assert "tier=3" in page.url and f"sel=site%3A{site}" in page.url
    count = sites_count(page)
    # The next change of a filter keeps the tier and the selected site.
    box = page.get_by_label("Minimum area (ha)")
    box.fill("0.5")
    box.press("Enter")
    page.wait_for_url(re.compile(r"min_area=0\.5"), timeout=20_000)
    wait_idle(page)
    assert "tier=3" in page.url and f"sel=site%3A{site}" in page.url and "lang=en" in page.url
    assert _checked_tier(page) == [False, False, True]
    page.get_by_text("Site profile").first.wait_for(timeout=20_000)
    assert sites_count(page) <= count
    # The distance panel stays open while it is used, and the filters survive a visit to another page.
    page.get_by_text("Maximum distance (km, 0 = no limit)").click()
    port = page.get_by_label("Port", exact=True)
    port.fill("60")
    port.press("Enter")
    page.wait_for_url(re.compile(r"km_port=60"), timeout=20_000)
    wait_idle(page)
    assert page.get_by_label("Port", exact=True).is_visible()
    sidebar_link(page, "Map").click()
    wait_idle(page)
    sidebar_link(page, "Find a site").click()
    page.wait_for_url(re.compile(r"km_port=60"), timeout=20_000)
    wait_idle(page)
    assert "tier=3" in page.url and "min_area=0.5" in page.url and "lang=en" in page.url
    assert _checked_tier(page) == [False, False, True]
    assert page.get_by_label("Port", exact=True).is_visible()  # the panel is still open
    # An export downloads at once, its columns named in English.
    with page.expect_download() as dl:
        page.get_by_role("button", name="CSV").first.click()
    head = dl.value.path().read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Nearest port" in head and "nearest_port_vi" not in head
    page.screenshot(path=test_output / "sites-share-en.png", full_page=True)
    assert page.errors == []


def test_the_economic_zone_fits_the_map_and_its_port_is_0_km_away(app_url, app_db, page, test_output):
    page.goto(f"{app_url}/?sel=zone:kkt-nghi-son")
    map_frame(page)
    wait_idle(page)
    page.get_by_text("Khoảng cách đường chim bay").first.wait_for(timeout=20_000)
    page.get_by_text("0,0 km — Cảng biển Nghi Sơn").first.wait_for(timeout=20_000)
    s = open_store(app_db)
    zones = s.read_layer("zones")
    s.close()
    w, south, e, north = zones[zones["id"] == "kkt-nghi-son"].geometry.iat[0].bounds
    frame = page.locator(MAP_FRAME).first.element_handle().content_frame()
    frame.wait_for_function(f"() => window.map_div.getBounds().contains([[{south}, {w}], [{north}, {e}]])",
                            timeout=20_000)
    page.screenshot(path=test_output / "map-economic-zone.png")
    assert page.errors == []


def test_an_admin_names_the_user_and_confirms_a_deactivation(app_url, page, test_output):
    sign_in(page, app_url, "admin")
    page.goto(f"{app_url}/admin")
    wait_idle(page)
    page.get_by_text("Quản trị người dùng").first.wait_for(timeout=20_000)
    page.get_by_label("Người dùng", exact=True).click()
    page.get_by_role("option", name="tam").click()
    wait_idle(page)
    page.get_by_role("button", name="Khóa tài khoản tam").click()
    wait_idle(page)
    page.get_by_text("Bấm lần nữa để xác nhận").wait_for(timeout=20_000)
    page.screenshot(path=test_output / "admin-confirm-vi.png")
    page.get_by_role("button", name="Hủy").click()  # a cancelled deactivation changes nothing
    wait_idle(page)
    assert page.get_by_text("Bấm lần nữa để xác nhận").count() == 0
    page.get_by_role("button", name="Khóa tài khoản tam").click()
    wait_idle(page)
    page.get_by_text("Bấm lần nữa để xác nhận").wait_for(timeout=20_000)  # (a busy machine: the rerun first)
    page.get_by_role("button", name="Khóa tài khoản tam").last.click()  # the second click confirms
    page.get_by_text("Đã khóa tài khoản tam").wait_for(timeout=20_000)
    page.get_by_role("button", name="Mở khóa tài khoản tam").wait_for(timeout=20_000)
    assert page.errors == []


#: Every page, as (name, path): screenshots in both languages for a person to look at.
PAGES = (("map", "/?sel=zone:kcn-le-mon"), ("sites", "/sites?tier=4"), ("landfund", "/landfund"),
         ("map-asof", "/?asof=2022-06-30"), ("progress", "/progress"),
         ("clearance", "/clearance"), ("import", "/import"), ("admin", "/admin"), ("signin", "/signin"))


def test_every_page_in_both_languages_speaks_that_language(app_url, page, test_output):
    sign_in(page, app_url, "admin")
    page.set_viewport_size({"width": 1400, "height": 1600})
    for lang in ("vi", "en"):
        for name, path in PAGES:
            page.goto(f"{app_url}{path}{'&' if '?' in path else '?'}lang={lang}")
            wait_idle(page)
            if name in ("map", "sites"):
                map_frame(page)
                wait_idle(page)
            page.wait_for_timeout(1200)
            no_error_shown(page)
            text = page.locator("[data-testid=stMain]").inner_text()
            if lang == "vi":
                for english in ("Page not found", "Deactivate", "Select all"):
                    assert english not in text, (name, english)
            if lang == "vi" and name not in ("landfund", "clearance"):  # (their widgets are another part's)
                holders = page.evaluate("() => Array.from(document.querySelectorAll('input[placeholder]'), e => e.placeholder)")
                assert not [h for h in holders if h.startswith("Choose")], (name, holders)
            if name == "import":  # the uploader's own English words are replaced by ours
                after = page.evaluate("""() => getComputedStyle(document.querySelector(
                    '[data-testid=stFileUploaderDropzone] button [data-testid=stMarkdownContainer] p'), '::after').content""")
                assert after == ('"Chọn tệp"' if lang == "vi" else '"Choose a file"'), after
                limit = page.evaluate("""() => getComputedStyle(document.querySelector(
                    '[data-testid=stFileUploaderDropzoneInstructions] span'), '::after').content""")
                assert ("Tối đa 200 MB mỗi tệp" if lang == "vi" else "Up to 200 MB per file") in limit, limit
            page.screenshot(path=test_output / f"page-{name}-{lang}.png", full_page=True)
    assert page.errors == []



def _selected(page) -> list[str]:
    """What the select boxes of the page show."""
    return page.evaluate("() => Array.from(document.querySelectorAll('[data-testid=stSelectbox]'), "
                         "e => (e.querySelector('input') || {}).value || e.innerText)")


def test_a_file_in_metres_is_told_its_crs_is_missing_in_an_uploader_that_speaks_vietnamese(
        app_url, app_db, page, tmp_path, test_output):
    import json

    import shapely

    from geo import crs as gcrs

    s = open_store(app_db)
    parcels = s.read_layer("parcels").head(3)
    s.close()
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"MaThua": f"m-{i}", "TrangThai": "Đã bàn giao"},
         "geometry": json.loads(shapely.to_geojson(g))} for i, g in enumerate(gcrs.to_metric(parcels.geometry.values))]}
    path = tmp_path / "khao-sat-met.geojson"
    path.write_text(json.dumps(fc), encoding="utf-8")
    sign_in(page, app_url, "hoa")
    page.goto(f"{app_url}/import")
    wait_idle(page)
    page.locator("[data-testid=stFileUploaderDropzone]").wait_for(timeout=30_000)  # a loaded machine is slow
    # While a file is dragged over the uploader it says so in Vietnamese.
    page.evaluate("""() => { const el = document.querySelector('[data-testid=stFileUploaderDropzone]');
        const dt = new DataTransfer(); dt.items.add(new File(['x'], 'a.csv', {type: 'text/csv'}));
        el.dispatchEvent(new DragEvent('dragenter', {dataTransfer: dt, bubbles: true})); }""")
    page.wait_for_function("""() => Array.from(document.querySelectorAll('[data-testid=stFileUploaderDropzone] > div'))
        .some(d => getComputedStyle(d, '::after').content === '"Thả tệp vào đây"')""", timeout=10_000)
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(path)
    wait_idle(page)
    error = page.get_by_text("không có hệ tọa độ và tọa độ tính bằng mét")
    error.wait_for(timeout=20_000)
    assert page.get_by_text("nằm ngoài tỉnh").count() == 0
    chip = page.locator("[data-testid=stFileChipName]")
    assert chip.inner_text() == path.name and chip.evaluate("e => getComputedStyle(e).fontSize") != "0px"
    assert "Giai đoạn GPMB · clearance_stage" in _selected(page)  # fields named in words, then their code
    page.screenshot(path=test_output / "import-metres-vi.png")
    # In English, the same file, mapping and refusal.
    page.get_by_text("English", exact=True).first.click()
    page.wait_for_url(re.compile(r"lang=en"), timeout=20_000)
    wait_idle(page)
    page.get_by_text("has no coordinate reference system and its coordinates are metres").wait_for(timeout=20_000)
    assert "Clearance stage · clearance_stage" in _selected(page)
    page.screenshot(path=test_output / "import-metres-en.png")
    assert page.errors == []
