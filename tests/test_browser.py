"""The real app in Debian's Chromium: it starts on a fresh store and draws Thanh Hóa's zones offline; officers
pick cadastral parcels by sheet and parcel number, plots show the share handed over, investors never get the
cadastral layer."""

from __future__ import annotations

import re
import time

import pytest

from tests.appserver import MAP_FRAME, browser, count_features, map_frame, running_app, signed_in_page, wait_idle

pytestmark = pytest.mark.browser


def test_app_draws_the_zones_from_its_own_leaflet(gpkg_url, test_output):
    requests = []
    with running_app(gpkg_url) as url, browser() as b:
        page = b.new_page(viewport={"width": 1400, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url)
        map_frame(page)
        assert count_features(page) >= 31 + 7 + 10  # zones, constraints, infrastructure
        page.get_by_text("Bản đồ khu kinh tế, khu và cụm công nghiệp").wait_for(timeout=20_000)
        page.get_by_text("vị trí là gần đúng").first.wait_for(timeout=20_000)
        page.wait_for_timeout(1000)
        page.screenshot(path=test_output / "map-vi.png")
    leaflet = [u for u in requests if u.endswith("leaflet.js")]
    assert leaflet and all("/app/static/vendor/leaflet/" in u for u in leaflet)
    outside = [u for u in requests if not u.startswith(url) and "tile.openstreetmap.org" not in u]
    assert outside == [], outside[:5]


# --- cadastral parcels and planned plots (issue 13) ---------------------------------------------------------

HANDED_VI = "Đã bàn giao mặt bằng (mặt bằng sạch)"


def _share_text(share: float) -> str:
    return f"{round(100 * share):.0f} % đã bàn giao"


@pytest.fixture(scope="module")
def cadastral_app(default_gpkg, tmp_path_factory):
    """The app on a store with a planner, an officer, and one parcel at "compensation_paid" beneath a plot
    numbered sheet 907, parcel 8123 (a number no other parcel has): the parcel, the plot over it and that
    plot's share handed over before any edit."""
    import shutil

    from geo.store import open_store
    from layers.snapshot import build_snapshot
    from tests.cadastral import number_parcel
    from tests.conftest import PASSWORD

    db = tmp_path_factory.mktemp("cadastral") / "store.gpkg"
    shutil.copy(default_gpkg, db)
    pid = number_parcel(str(db), "907", "8123", stage="compensation_paid")
    s = open_store(str(db))
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("lan", "officer", PASSWORD, by="admin")
    s.add_user("thu", "planner", PASSWORD, by="admin")
    snap = build_snapshot(s, s.change_counter())
    plot = snap.plots_over(pid).iloc[0]
    s.close()
    with running_app(db) as url, browser() as b:
        yield {"url": url, "db": str(db), "parcel": pid, "plot": plot["id"], "share": float(plot["handed_over_share"]),
               "browser": b}


def _signed_in(b, url, who):
    return signed_in_page(b, url, who)[1]


def _choose(page, label, option):
    """Pick ``option`` of a select box, typing its start first (a long list shows only some options)."""
    # The clearance page has a zone box in each tab: the hidden tabs' boxes must not be the ones clicked.
    box = page.get_by_label(label).locator("visible=true").first
    box.wait_for(state="visible", timeout=20_000)
    box.click()
    if box.get_attribute("aria-expanded") != "true":
        box.press("ArrowDown")
    page.keyboard.type(option[:12])
    page.get_by_role("option", name=option).first.click()
    wait_idle(page)


def test_an_officer_finds_a_parcel_by_sheet_and_number_and_its_stage_moves_the_plot_over_it(cadastral_app,
                                                                                          test_output):
    from geo.store import open_store
    from layers.snapshot import build_snapshot

    app = cadastral_app
    page = _signed_in(app["browser"], app["url"], "lan")
    page.goto(f"{app['url']}/clearance")
    wait_idle(page)
    _choose(page, "Khu / cụm", "(Mọi nơi trong tỉnh)")
    find = page.get_by_label("Tìm thửa theo số tờ/số thửa hoặc mã").first
    find.fill("tờ 907 thửa 8123")
    find.press("Enter")
    wait_idle(page)
    page.get_by_text(f"907/8123 · {app['parcel']} · Hiện trạng").wait_for(timeout=20_000)
    before = f"Lô {app['plot']} trên thửa này: {_share_text(app['share'])}."
    page.get_by_text(before).wait_for(timeout=10_000)
    _choose(page, "Giai đoạn mới", HANDED_VI)
    page.get_by_role("button", name="Lưu thay đổi").click()
    wait_idle(page)
    page.locator("[data-testid=stAlert]", has_text=f"Đã lưu thửa {app['parcel']}").first.wait_for(timeout=20_000)
    s = open_store(app["db"])
    try:
        assert s.get_parcel(app["parcel"])["clearance_stage"] == "handed_over"
        after = float(build_snapshot(s, s.change_counter()).plots_over(app["parcel"]).iloc[0]["handed_over_share"])
    finally:
        s.close()
    assert after > app["share"]  # the parcel's area under the plot now counts as handed over
    page.get_by_text(f"Lô {app['plot']} trên thửa này: {_share_text(after)}.").wait_for(timeout=20_000)
    page.screenshot(path=test_output / "cadastral-officer-saved.png", full_page=True)
    # The plot's profile on the map says the same share.
    page.goto(f"{app['url']}/map?sel=plot:{app['plot']}")
    wait_idle(page)
    page.get_by_text(_share_text(after)).first.wait_for(timeout=20_000)


def test_a_plot_profile_lists_its_parcels_for_staff_and_only_the_share_for_investors(cadastral_app, test_output):
    app = cadastral_app
    page = _signed_in(app["browser"], app["url"], "thu")
    page.goto(f"{app['url']}/map?sel=plot:{app['plot']}")
    wait_idle(page)
    page.get_by_text("Hồ sơ lô đất quy hoạch").first.wait_for(timeout=20_000)
    heading = page.get_by_text(re.compile(r"Các thửa đất bên dưới lô \(\d+\)"))
    heading.first.wait_for(timeout=20_000)
    grid = page.locator("table", has_text="Diện tích dưới lô")
    grid.first.get_by_text(app["parcel"]).first.wait_for(timeout=20_000)
    assert grid.first.get_by_text("907/8123").count() == 1
    heading.first.scroll_into_view_if_needed()
    page.screenshot(path=test_output / "cadastral-plot-profile-planner.png", full_page=True)

    investor = app["browser"].new_page(viewport={"width": 1400, "height": 1100})
    investor.goto(f"{app['url']}/map?sel=plot:{app['plot']}")
    wait_idle(investor)
    investor.get_by_text("Hồ sơ lô đất quy hoạch").first.wait_for(timeout=20_000)
    investor.get_by_text("đã bàn giao").first.wait_for(timeout=20_000)
    assert investor.get_by_text(re.compile("Các thửa đất bên dưới lô")).count() == 0
    assert investor.get_by_text("907/8123").count() == 0  # no parcel named (a store upgraded from SiteReady 1
    assert app["parcel"] == app["plot"] or investor.get_by_text(app["parcel"]).count() == 0  # shares plot ids)
    assert investor.get_by_text("Hộ chờ tái định cư").count() == 0  # resettlement households: staff only
    map_frame(investor)
    investor.get_by_text("Hạ tầng tại lô").first.scroll_into_view_if_needed()
    investor.wait_for_timeout(500)
    investor.screenshot(path=test_output / "cadastral-plot-profile-investor.png", full_page=True)


def test_investors_never_get_the_cadastral_layer_staff_do(cadastral_app, test_output):
    from tests.appserver import map_parcels

    app = cadastral_app
    investor = app["browser"].new_page(viewport={"width": 1400, "height": 1100})
    investor.goto(f"{app['url']}/map?sel=plot:{app['plot']}")  # flies close to the plot: parcels would show
    wait_idle(investor)
    map_frame(investor)
    investor.wait_for_timeout(2500)
    wait_idle(investor)
    assert investor.get_by_text("Hiện thửa đất địa chính").count() == 0  # no toggle for investors
    assert map_parcels(investor) == []
    investor.get_by_role("button", name="Tìm khu, cụm, lô đất").click()  # zones and plots, never parcels
    investor.get_by_label("Tìm khu, cụm hoặc lô đất (tên hoặc mã, có hoặc không dấu)").wait_for(timeout=10_000)
    investor.screenshot(path=test_output / "cadastral-map-investor.png")

    planner = _signed_in(app["browser"], app["url"], "thu")
    reports: list[str] = []  # what the page sends the app: a moved map reports its view
    planner.on("websocket", lambda ws: ws.on("framesent", lambda payload: reports.append("frame")))
    planner.goto(f"{app['url']}/map?sel=plot:{app['plot']}")
    wait_idle(planner)
    map_frame(planner)
    deadline = time.time() + 30
    while not map_parcels(planner):
        assert time.time() < deadline, "the planner's map drew no cadastral parcel"
        planner.wait_for_timeout(500)
    assert app["parcel"] in {p["id"] for p in map_parcels(planner)}
    planner.get_by_text(re.compile(r"thửa đất trong khung nhìn")).first.wait_for(timeout=20_000)
    planner.screenshot(path=test_output / "cadastral-map-planner.png")
    # A pan is reported once (layers.maps.QuickReport, before streamlit-folium's own report finds it already
    # sent), and the parcels of the view come back.
    wait_idle(planner)
    planner.wait_for_timeout(1000)
    before = len(reports)
    planner.locator(MAP_FRAME).element_handle().content_frame().evaluate(
        "() => { window.map_div.panBy([120, 0], {animate: false}); }")
    planner.wait_for_timeout(1500)
    wait_idle(planner)
    assert len(reports) - before == 1, reports[before:]
    assert app["parcel"] in {p["id"] for p in map_parcels(planner)}
    # Its tooltip names its land use in words (from the layer's table of the view's land uses).
    from geo import landuse
    from geo.store import open_store

    store = open_store(app["db"])
    code = store.read_layer("parcels", columns=["land_use_code"], ids=[app["parcel"]])["land_use_code"].iloc[0]
    store.close()
    tip = planner.locator(MAP_FRAME).element_handle().content_frame().evaluate(
        """(id) => { let text = null;
                     window.map_div.eachLayer(l => { if (l.feature && l.feature.properties.id === id && l.getTooltip()) {
                       const c = l.getTooltip()._content; text = (typeof c === 'function' ? c(l) : c).textContent; } });
                     return text; }""", app["parcel"])
    assert landuse.label(code, "vi") in tip and "m²" in tip, tip
    # Staff search finds the parcel by its numbers and opens its profile.
    planner.get_by_role("button", name="Tìm khu, lô, thửa đất").click()
    search = planner.get_by_label(re.compile("Tìm khu, lô hoặc thửa đất")).first
    search.fill("907/8123")
    search.press("Enter")
    wait_idle(planner)
    _choose(planner, "Kết quả tìm kiếm", f"Thửa: 907/8123 · {app['parcel']}")
    planner.get_by_text("Tờ 907, thửa 8123").first.wait_for(timeout=20_000)
    planner.get_by_text("Hồ sơ thửa đất").first.wait_for(timeout=20_000)
    planner.screenshot(path=test_output / "cadastral-parcel-profile.png", full_page=True)


def _pick(page, label: str, option: str, attempts: int = 4) -> None:
    """Choose ``option`` in the select box ``label``, again if a rerun of the page closed the list meanwhile."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(attempts):
        wait_idle(page)
        box = page.get_by_label(label).first
        box.scroll_into_view_if_needed()
        box.click()
        if box.get_attribute("aria-expanded") != "true":
            box.press("ArrowDown")
        try:
            page.get_by_role("option", name=option, exact=True).click(timeout=5_000)
        except PlaywrightTimeout:
            continue
        wait_idle(page)
        if page.get_by_label(label).first.input_value() == option:
            return
    raise AssertionError(f"could not choose {option!r} in {label!r}")


def test_an_officer_changes_what_a_plot_offers_and_sees_it_in_its_history(cadastral_app, test_output):
    from geo.store import open_store

    app = cadastral_app
    store = open_store(app["db"])
    before = store.read_layer("plots", ids=[app["plot"]]).iloc[0]
    target = "reserved" if before["lease_status"] != "reserved" else "available"
    word = {"reserved": "Đã giữ chỗ", "available": "Còn trống"}[target]
    page = _signed_in(app["browser"], app["url"], "lan")
    page.goto(f"{app['url']}/map?sel=plot:{app['plot']}")
    wait_idle(page)
    page.get_by_text(f"Cho thuê và hạ tầng của lô {app['plot']}").first.wait_for(timeout=20_000)
    map_frame(page)  # the map reports its view once drawn, and that rerun closes an open list: let it pass
    _pick(page, "Tình trạng cho thuê", word)
    page.get_by_label("Ghi chú thay đổi của lô").first.fill("Biên bản ghi nhớ 12/2026")
    page.get_by_role("button", name="Lưu cho thuê và hạ tầng").click()
    wait_idle(page)
    version = int(before["version"]) + 1
    page.locator("[data-testid=stAlert]", has_text=re.compile(
        rf"^Đã lưu lô {re.escape(app['plot'])}: .*Nay là phiên bản {version}\.$")).first.wait_for(timeout=20_000)
    after = store.read_layer("plots", ids=[app["plot"]]).iloc[0]
    assert after["lease_status"] == target and after["version"] == version and after["updated_by"] == "lan"
    history = page.locator("table", has_text="Biên bản ghi nhớ 12/2026")
    history.first.wait_for(timeout=20_000)
    row = history.first.inner_text()
    assert "lan" in row and "Tình trạng cho thuê: " in row and f"→ {word}" in row, row  # in words, not codes
    history.first.scroll_into_view_if_needed()
    page.screenshot(path=test_output / "plot-edit-officer.png", full_page=True)
    store.close()
