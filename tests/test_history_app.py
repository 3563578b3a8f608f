"""The app on past dates, in Debian's Chromium: the land fund and the map as they stood on a chosen day (the
link keeps it), the change between two dates, and the forecast with a planner's target.

Expected figures come from the store through geo (the same replay the CLI's ``landfund --as-of`` uses;
tests/test_timeline_cli.py checks that against an independent replay of ``history --all``).
"""

from __future__ import annotations

import io
import re
from datetime import date

import openpyxl
import pytest

from geo import timeline as gtimeline
from geo.landfund import land_fund, recovered_ha
from geo.store import open_store
from layers.i18n import fmt_date, fmt_ha
from layers.maps import handed_over_text
from tests.appserver import browser, map_frame, running_app, sign_in, wait_idle
from tests.conftest import staffed_copy

pytestmark = pytest.mark.browser

PAST = "2020-01-01"
#: A plot of Bỉm Sơn B, handed over since (the default data's history), and one of its parcels.
ZONE = "kcn-nghi-son-3"


@pytest.fixture(scope="module")
def history_db(default_gpkg, tmp_path_factory) -> str:
    return str(staffed_copy(default_gpkg, tmp_path_factory.mktemp("history"), {"lan": "planner", "hoa": "officer"}))


@pytest.fixture(scope="module")
def app(history_db):
    with running_app(history_db) as url, browser() as b:
        yield {"url": url, "db": history_db, "browser": b}


def _page(app, who: str | None = None, lang: str = "vi"):
    page = app["browser"].new_context(viewport={"width": 1400, "height": 1400}).new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    if who:
        sign_in(page, app["url"], who, lang)
    return page


def _state(db: str, day: str | None, basis: str = "happened"):
    s = open_store(db)
    try:
        parcels, zones, events = s.read_layer("parcels"), s.read_layer("zones"), s.events()
    finally:
        s.close()
    if day is None:
        return parcels, zones
    tl = gtimeline.build(events, parcels["id"])
    return gtimeline.parcels_on(parcels, gtimeline.state_on(tl, parcels, day, basis)), zones


def _metric(page, label: str) -> str:
    box = page.locator("[data-testid=stMetric]", has_text=label).first
    box.wait_for(timeout=30_000)
    return box.locator("[data-testid=stMetricValue]").inner_text()


def test_the_land_fund_on_a_past_date_is_that_days_and_the_link_keeps_it(app, test_output):
    then, zones = _state(app["db"], PAST)
    now, _ = _state(app["db"], None)
    then_ha = land_fund(then, zones).loc["_province", "handed_over_ha"]
    now_ha = land_fund(now, zones).loc["_province", "handed_over_ha"]
    assert then_ha < now_ha
    page = _page(app, "lan")
    page.goto(f"{app['url']}/landfund?asof={PAST}")
    wait_idle(page)
    page.get_by_text(f"Đang xem dữ liệu ngày {fmt_date(date(2020, 1, 1), 'vi')} (theo ngày diễn ra)").wait_for(timeout=30_000)
    assert _metric(page, "Đã bàn giao mặt bằng") == fmt_ha(then_ha, "vi")
    page.screenshot(path=test_output / "asof-landfund-vi.png", full_page=True)
    # The language switch keeps the day (it is in the link).
    page.get_by_text("English", exact=True).first.click()
    wait_idle(page)
    page.get_by_text("Showing the data of 1 Jan 2020 (as it happened)").wait_for(timeout=30_000)
    assert "asof=2020-01-01" in page.url
    assert _metric(page, "Handed over") == fmt_ha(then_ha, "en")
    page.screenshot(path=test_output / "asof-landfund-en.png", full_page=True)
    # Off: today's land fund again, and the link no longer names a day.
    page.get_by_text("View on a past date").first.click()
    wait_idle(page)
    page.wait_for_function("() => !location.search.includes('asof=')", timeout=20_000)
    wait_idle(page)
    page.get_by_text("Showing the data of").wait_for(state="detached", timeout=20_000)
    assert _metric(page, "Handed over") == fmt_ha(now_ha, "en")
    assert page.errors == []


def test_an_investors_map_on_a_past_date_shows_a_plots_share_of_that_day(app, test_output):
    from layers.snapshot import build_snapshot

    s = open_store(app["db"])
    try:
        snap = build_snapshot(s, s.change_counter())
        tl = gtimeline.build(s.events(), snap.parcels["id"])
    finally:
        s.close()
    from layers.snapshot import as_of

    past = as_of(snap, tl, date(2020, 1, 1))
    plots_now, plots_then = snap.layers["plots"], past.layers["plots"]
    moved = (plots_now["handed_over_share"] >= 0.99) & (plots_then["handed_over_share"] < 0.01)
    plot = plots_now["id"][moved].iloc[0]
    page = _page(app)
    page.goto(f"{app['url']}/map?asof={PAST}&sel=plot:{plot}")
    wait_idle(page)
    map_frame(page)
    page.get_by_text("Hồ sơ lô đất quy hoạch").first.wait_for(timeout=30_000)
    then_text = handed_over_text(float(plots_then["handed_over_share"][moved].iloc[0]), "vi")
    main = page.locator("[data-testid=stMain]")
    main.get_by_text(then_text).first.wait_for(timeout=20_000)
    page.screenshot(path=test_output / "asof-map-plot-2020.png", full_page=True)
    page.goto(f"{app['url']}/map?sel=plot:{plot}")
    wait_idle(page)
    main.get_by_text(handed_over_text(1.0, "vi")).first.wait_for(timeout=20_000)
    assert main.get_by_text("Đang xem dữ liệu ngày").count() == 0
    # A day that is not in the past: said in one sentence, and today's data shown.
    page.goto(f"{app['url']}/map?asof=2099-01-01")
    wait_idle(page)
    page.get_by_text(re.compile("Ngày «2099-01-01» trong liên kết không phải một ngày trước hôm nay")).wait_for(timeout=20_000)
    assert page.errors == []


def test_the_change_between_two_dates_lists_maps_and_exports_what_moved(app, test_output):
    s = open_store(app["db"])
    try:
        parcels, events = s.read_layer("parcels"), s.events()
    finally:
        s.close()
    tl = gtimeline.build(events, parcels["id"])
    a, b = "2024-01-01", "2025-06-30"
    changes = gtimeline.changes_between(gtimeline.state_on(tl, parcels, a), gtimeline.state_on(tl, parcels, b))
    by_zone = gtimeline.change_by_zone(parcels, changes, recovered_ha(parcels))
    changed = int((changes["change"] != "unchanged").sum())
    assert changed > 0
    page = _page(app, "lan", "en")
    page.goto(f"{app['url']}/progress?lang=en&from={a}&to={b}")
    wait_idle(page)
    assert _metric(page, "Area newly handed over") == fmt_ha(by_zone["handed_over_ha_change"].sum(), "en")
    assert _metric(page, "Parcels that moved stage") == f"{int(by_zone['moved_stage'].sum()):,}"
    page.get_by_text(f"Parcels that changed ({changed:,})").wait_for(timeout=20_000)
    map_frame(page)
    page.screenshot(path=test_output / "progress-change-en.png", full_page=True)
    # More rows than views.downloads.EAGER_ROWS: the workbook is made when asked for, then downloaded.
    make = page.get_by_role("button", name=re.compile(r"^Make the XLSX \([\d,]+ rows\)$"))
    make.scroll_into_view_if_needed()
    page.screenshot(path=test_output / "progress-change-make-xlsx.png")
    make.click()
    page.get_by_role("button", name="Download the change (XLSX)").wait_for(timeout=60_000)
    page.screenshot(path=test_output / "progress-change-xlsx-made.png")
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download the change (XLSX)").click(timeout=60_000)
    book = openpyxl.load_workbook(io.BytesIO(dl.value.path().read_bytes()))
    assert book.sheetnames == ["By zone", "Parcels that changed"]
    assert book["Parcels that changed"].max_row == changed + 1
    # Dates the wrong way round: one sentence, nothing else.
    page.goto(f"{app['url']}/progress?lang=en&from={b}&to={a}")
    wait_idle(page)
    page.get_by_text("must come before the end date").wait_for(timeout=20_000)
    assert page.errors == []


def forecast_tab(page, url: str) -> None:
    """The progress page's forecast tab, drawn."""
    page.goto(f"{url}/progress")
    wait_idle(page)
    page.get_by_role("tab", name="Tốc độ và dự báo").click()
    wait_idle(page)
    page.get_by_text("Dự kiến ngày xong (khoảng 80%) và ngày mục tiêu").wait_for(timeout=30_000)


def _visible(page, label: str):
    box = page.get_by_label(label).locator("visible=true").first
    box.wait_for(state="visible", timeout=20_000)
    return box


def test_a_planner_sets_a_target_and_the_forecast_says_whether_it_is_met(app, test_output):
    page = _page(app, "lan")
    forecast_tab(page, app["url"])
    zone = _visible(page, "Xem chi tiết khu")
    zone.click()
    page.keyboard.type("Khu công nghiệp số 3")
    page.get_by_role("option", name=re.compile("Khu công nghiệp số 3")).first.click()
    wait_idle(page)
    page.get_by_text("Đặt mục tiêu cho khu: Khu công nghiệp số 3").wait_for(timeout=20_000)
    area = _visible(page, "Diện tích bàn giao (ha)")
    area.fill("0")
    page.get_by_role("button", name="Lưu mục tiêu").click()
    wait_idle(page)
    page.screenshot(path=test_output / "progress-target-refused.png", full_page=True)
    page.get_by_text(re.compile("Chưa lưu mục tiêu: Diện tích mục tiêu «0.0» không phải số héc-ta lớn hơn 0")).wait_for(
        timeout=20_000)
    s = open_store(app["db"])
    assert s.targets() == {}
    s.close()
    area = _visible(page, "Diện tích bàn giao (ha)")
    area.fill("100")
    page.get_by_role("button", name="Lưu mục tiêu").click()
    wait_idle(page)
    page.get_by_text(re.compile(r"Đã lưu mục tiêu của .*: 100,00 ha trước 31/12/2030")).wait_for(timeout=20_000)
    s = open_store(app["db"])
    try:
        assert s.targets()[ZONE].area_ha == 100.0
    finally:
        s.close()
    # Already more than 100 ha handed over there: met, said beside the zone's own target.
    page.get_by_text("100,00 ha trước 31/12/2030 — Mục tiêu riêng do lan đặt.").wait_for(timeout=20_000)
    summary = page.locator("table", has_text="Mục tiêu riêng do lan đặt").first
    assert "Đã đạt" in summary.inner_text()
    page.screenshot(path=test_output / "progress-forecast-vi.png", full_page=True)
    # Back to the plan's target: all its land by the end of 2030, which it has not reached.
    page.get_by_role("button", name="Bỏ mục tiêu riêng (về quy hoạch)").click()
    wait_idle(page)
    page.get_by_text(re.compile("nay theo mục tiêu của quy hoạch")).wait_for(timeout=20_000)
    s = open_store(app["db"])
    try:
        assert s.targets() == {}
    finally:
        s.close()
    assert "Đã đạt" not in page.locator("table", has_text="(quy hoạch)").first.inner_text()
    assert page.errors == []


def test_an_officer_sees_the_forecast_without_the_target_form_and_an_investor_is_sent_to_sign_in(app):
    page = _page(app, "hoa")
    forecast_tab(page, app["url"])
    assert page.get_by_role("button", name="Lưu mục tiêu").count() == 0
    anon = _page(app)
    anon.goto(f"{app['url']}/progress")
    wait_idle(anon)
    anon.get_by_text("Đăng nhập").first.wait_for(timeout=20_000)
    assert anon.get_by_text("Tốc độ và dự báo").count() == 0
