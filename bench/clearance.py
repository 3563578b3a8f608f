"""The land officer's clearance page at scale (issue #17): the app's memory, and the page's server run.

    .venv/bin/python bench/clearance.py [--db bench/out/synth-1000000.gpkg] [--skip-browser] [--skip-apptest]

Two measures on one store (a ``geo synth`` store; an officer account is added to it when missing):

- ``browser``: the app under ``streamlit run``; an officer signs in (headless Chromium), opens
  ``/clearance``, picks the zone with the most parcels in the zone box, opens the bulk table's tab, picks
  the zone there too and goes to the table's last page. The app instance's resident memory
  (bench/browser.py ``server_rss_mb``: the process and its children, /proc) after sign-in, after the page,
  after the zone and after the table; the seconds each step took in the browser; screenshots of the zone
  and of the table under bench/out/.
- ``apptest``: the page's server run under ``streamlit.testing.v1.AppTest`` (no browser), in this
  process: the first run (a cold process: the store's state read, the snapshot built), a second run, and
  a run after the zone box is set to that zone. Peak RSS of this process is printed too.

Budget: an app instance <= 1 GB resident (bench/reader.py).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from browser import OUT, server_rss_mb  # noqa: E402

BUDGET_RSS_MB = 1024
OFFICER = "bench-officer"

#: The page run by AppTest: the clearance page with the bench's officer signed in (no cookie under AppTest).
APPTEST_PAGE = """
import streamlit as st
import views.session as session
from geo.users import User
session.current_user = lambda: User("bench-officer", "officer")
from views import clearance
clearance.render()
"""


def ensure_officer(db: str) -> None:
    from geo.store import open_store
    from tests.conftest import PASSWORD

    s = open_store(db)
    try:
        users = s.list_users()
        names = {u.username for u in users}
        if "bench-admin" not in names:
            by = next((u.username for u in users if u.role == "admin" and u.active), None)
            s.add_user("bench-admin", "admin", PASSWORD, by=by)
        if OFFICER not in names:
            s.add_user(OFFICER, "officer", PASSWORD, by="bench-admin")
    finally:
        s.close()


def largest_zone(db: str) -> tuple[str, str, int]:
    """The zone with the most parcels: its id, its Vietnamese name, its parcels (the store's zone_state)."""
    from geo.store import open_store

    s = open_store(db)
    try:
        sums = s.read_zone_state()
        zones = s.read_layer("zones", columns=["name_vi"]).set_index("id")["name_vi"]
    finally:
        s.close()
    sums = sums[sums.index.isin(zones.index)]
    zone = str(sums["parcels"].idxmax())
    return zone, str(zones[zone]), int(sums.at[zone, "parcels"])


def browser_run(db: str, zone: str, zone_vi: str, n: int) -> dict:
    from tests.appserver import browser, running_app, signed_in_page, wait_idle

    out: dict = {}
    with browser() as b, running_app(db) as url:
        out["rss_start"] = server_rss_mb(url)
        ctx, page = signed_in_page(b, url, OFFICER)
        out["rss_signed_in"] = server_rss_mb(url)
        t0 = time.perf_counter()
        page.goto(f"{url}/clearance")
        wait_idle(page, timeout=600_000)
        page.get_by_text("Hiện trạng", exact=False).first.wait_for(timeout=600_000)
        out["open_s"] = time.perf_counter() - t0
        out["rss_page"] = server_rss_mb(url)
        shown = page.locator("[role=tabpanel]:not([hidden])")
        t0 = time.perf_counter()
        box = shown.get_by_label("Khu / cụm")
        box.click()
        page.keyboard.type(zone_vi)  # the list shows a few options at a time: typing narrows it
        page.get_by_role("option", name=zone_vi, exact=True).click()
        wait_idle(page, timeout=600_000)
        # The run is over once the map's caption names the zone's parcels (the status widget may not show yet).
        shown.get_by_text(f"Bản đồ vẽ 2000 thửa gần thửa đang sửa nhất, trong {n} thửa.").wait_for(timeout=600_000)
        wait_idle(page, timeout=600_000)
        out["zone_s"] = time.perf_counter() - t0
        out["rss_zone"] = server_rss_mb(url)
        OUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUT / "clearance-bench-zone.png"), full_page=True)
        t0 = time.perf_counter()
        page.get_by_role("tab", name="Nhiều thửa").click()
        wait_idle(page, timeout=600_000)
        shown.get_by_text("Dòng 1–", exact=False).first.wait_for(timeout=600_000)
        out["bulk_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()  # the bulk table of the zone picked, then its last page
        shown.get_by_label("Khu / cụm").click()
        page.keyboard.type(zone_vi)
        page.get_by_role("option", name=zone_vi, exact=True).click()
        wait_idle(page, timeout=600_000)
        shown.get_by_text(f"Dòng 1–500 trong {n} thửa.").wait_for(timeout=600_000)
        last = -(-n // 500)
        pager = shown.get_by_label(f"Trang (1–{last})")
        pager.fill(str(last))
        pager.press("Enter")
        wait_idle(page, timeout=600_000)
        shown.get_by_text(f"Dòng {(last - 1) * 500 + 1}–{n} trong {n} thửa.").wait_for(timeout=600_000)
        out["bulk_zone_s"] = time.perf_counter() - t0
        out["rss_bulk"] = server_rss_mb(url)
        out["errors"] = page.locator("[data-testid=stException]").count()
        page.screenshot(path=str(OUT / "clearance-bench-bulk.png"), full_page=True)
        ctx.close()
    return out


def apptest_run(db: str, zone: str) -> dict:
    from streamlit.testing.v1 import AppTest

    os.environ["SITEREADY_DB"] = db
    at = AppTest.from_string(APPTEST_PAGE, default_timeout=900)
    out: dict = {}
    t0 = time.perf_counter()
    at.run()
    out["first_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    at.run()
    out["again_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    at.selectbox(key="clr_zone").set_value(zone).run()
    out["zone_s"] = time.perf_counter() - t0
    out["exceptions"] = len(at.exception)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default=str(OUT / "synth-1000000.gpkg"))
    ap.add_argument("--skip-browser", action="store_true")
    ap.add_argument("--skip-apptest", action="store_true")
    args = ap.parse_args()
    ensure_officer(args.db)
    zone, zone_vi, n = largest_zone(args.db)
    print(f"store {args.db}, zone {zone} ({zone_vi}, {n:,} parcels)", flush=True)
    if not args.skip_browser:
        r = browser_run(args.db, zone, zone_vi, n)
        ok = max(v for k, v in r.items() if k.startswith("rss")) <= BUDGET_RSS_MB
        print(f"browser: RSS start {r['rss_start']:.0f} MB, signed in {r['rss_signed_in']:.0f}, clearance page "
              f"{r['rss_page']:.0f}, zone picked {r['rss_zone']:.0f}, bulk tab {r['rss_bulk']:.0f} MB "
              f"({'ok' if ok else 'OVER'} <= {BUDGET_RSS_MB}); page {r['open_s']:.1f} s, zone {r['zone_s']:.1f} s, "
              f"bulk tab {r['bulk_s']:.1f} s, its table of the zone and last page {r['bulk_zone_s']:.1f} s; exceptions shown {r['errors']}", flush=True)
    if not args.skip_apptest:
        r = apptest_run(args.db, zone)
        print(f"apptest: first run {r['first_s']:.2f} s, again {r['again_s']:.2f} s, zone picked {r['zone_s']:.2f} s; "
              f"exceptions {r['exceptions']}; peak RSS of this process {r['peak_rss_mb']:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
