"""A reader at scale (issue #17): the first visitor after a start, later visitors, and the app's memory.

    .venv/bin/python bench/reader.py --sizes 100000,1000000 [--postgis] [--repeats 3]
    .venv/bin/python bench/reader.py --db postgresql://… [--starts 2] [--pan 2]   # an existing store

For each synthetic store (``python -m geo synth``; bench/out/synth-N.gpkg, made when missing; ``--postgis``
also copies each into a throwaway PostGIS server, tests/pg.py) the app is started fresh three times, and
each time headless Chromium opens ``/`` once (the first visitor after a start: the app reads the store's
state, builds its snapshot and its plot tiles) and then ``repeats`` more times (later visitors), each run
followed by the floor page (bench/pages/floor.py: one polygon on a folium map) in the same minutes. Reported:
the first visitor over the floor (median of the starts), later visitors over the floor (median), and the
app's resident memory after the visits and after a planner's pan over the cadastral parcels (the
largest RSS of the process and its children, /proc).

The naive baseline is the reader as it was before the writer kept the derived state: the cold first map
measured by bench/browser.py before this change (bench/README.md), since the old code is not in this tree.
``--db URL`` measures an existing store instead (a ten-million-parcel ``geo synth`` store on PostGIS) and
also times the pans of bench/browser.py: the public map panned from one park to another (``pan``) and a
planner's pan over the cadastral parcels (``staff_pan``), ``--pan`` times each per start.

Budgets: first visitor <= floor + 1.0 s at 100k and + 1.5 s at 1M; later visitors <= floor + 0.5 s; an app
instance <= 1 GB resident.

``--history DAY --db STORE`` measures the pages that go over every parcel (issue #17) instead, on a fresh app
start each: a planner's map on a past day at a cadastral parcel (until that parcel is drawn), the progress page
(the change between DAY and ``--history-to``, and the forecast tab: until the page is idle), and the land fund
dashboard on the past day; seconds each, the app's resident memory after each and its peak (VmHWM).
``--app-root DIR`` runs the app of another checkout (the code before a change, measured in the same minutes).

    .venv/bin/python bench/reader.py --db STORE.gpkg --history 2024-07-01 [--app-root ../history-old]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from browser import (OUT, PAN_FROM, PAN_TO, Page, ensure_assets, ensure_planner, first_maps,  # noqa: E402
                     middle_feature, page_script, pan, postgis_copy, server_rss_mb, sign_in, staff_pan,
                     synth_store)
from tests import appserver  # noqa: E402
from tests.appserver import browser, running_app  # noqa: E402

BUDGET_FIRST = {100_000: 1.0, 1_000_000: 1.5}
BUDGET_LATER = 0.5
BUDGET_RSS_MB = 1024
BUDGET_PAN = 1.0  # a planner's pan over the cadastral parcels, s


def _s(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def measure(b, db, floor_url: str, starts: int, repeats: int, planner: str | None, pans: int = 0) -> dict:
    first, later, floors, rss, pan_rss = [], [], [], [], []
    public_pans, staff_pans = [], []
    for _ in range(starts):
        with running_app(db) as url:
            r = first_maps(b, url, "/", 30, 1)
            fl = first_maps(b, floor_url, "/", 1, 1)
            if r["median"] is not None and fl["median"] is not None:
                first.append(r["median"] - fl["median"])
            for _ in range(repeats):
                r = first_maps(b, url, "/", 30, 1)
                fl = first_maps(b, floor_url, "/", 1, 1)
                floors.append(fl["median"])
                if r["median"] is not None and fl["median"] is not None:
                    later.append(r["median"] - fl["median"])
            rss.append(server_rss_mb(url))
            if pans:
                public_pans.append(pan(b, url, db, pans))
                print(f"    pan {public_pans[-1]}", flush=True)
            if planner:
                staff_pans.append(staff_pan(b, url, db, planner, max(pans, 1)))
                pan_rss.append(server_rss_mb(url))
                print(f"    staff pan {staff_pans[-1]}, RSS {pan_rss[-1]:.0f} MB", flush=True)
    return {"first": statistics.median(first) if first else None, "first_runs": first,
            "pan": _times(public_pans, "median"), "pan_zoom": _times(public_pans, "zoom"),
            "pan_back": _times(public_pans, "back"), "staff_pan": _times(staff_pans, "median"),
            "later": statistics.median(later) if later else None, "floor": statistics.median(floors) if floors else None,
            "rss": max(rss), "pan_rss": max(pan_rss) if pan_rss else None}


def _times(runs: list[dict], key: str) -> float | None:
    """The median of one timing over several runs of a pan (None when one did not finish)."""
    xs = [t for r in runs for t in r.get("times", [])] if key == "median" else [r.get(key) for r in runs]
    return statistics.median(xs) if xs and None not in xs else None


def server_peak_mb(url: str) -> float:
    """The largest resident memory (VmHWM) the streamlit process listening on url's port has had."""
    import contextlib

    port = url.rsplit(":", 1)[1]
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            with contextlib.suppress(OSError):
                cmd = (d / "cmdline").read_bytes()
                if b"streamlit" in cmd and f"--server.port\0{port}\0".encode() in cmd:
                    return next(int(line.split()[1]) for line in (d / "status").read_text().splitlines()
                                if line.startswith("VmHWM:")) / 1024
    return 0.0


def history_pages(b, url: str, db, who: str, day: str, to: str) -> dict:
    """A planner on the pages that go over every parcel, one after another in one session (see the module's notes)."""
    import time

    start, *_ = middle_feature(db, PAN_FROM, "parcels")
    out: dict = {}
    p = Page(b, url)
    try:
        sign_in(p, who)
        t0 = time.perf_counter()
        p.page.goto(f"{url}/map?asof={day}&sel=parcel:{start}", wait_until="commit")
        drawn = p.wait(lambda s: s.get("hit", 0) > 0, 900, target=start)
        out["asof_map"] = None if drawn is None else time.perf_counter() - t0
        p.idle(900)
        out["asof_map_rss"] = server_rss_mb(url)
        for name, path, shown in (("progress", f"/progress?lang=en&from={day}&to={to}", "Area newly handed over"),
                                  ("dashboard", f"/landfund?lang=en&asof={day}", "Showing the data of")):
            t0 = time.perf_counter()
            p.page.goto(f"{url}{path}", wait_until="commit")
            p.page.get_by_text(shown).first.wait_for(timeout=900_000)
            p.idle(900)
            out[name] = time.perf_counter() - t0
            out[f"{name}_rss"] = server_rss_mb(url)
        out["exceptions"] = p.exceptions()
    finally:
        p.close()
    out["peak"] = server_peak_mb(url)
    return out


def main_history(args) -> None:
    if args.app_root:
        appserver.ROOT = Path(args.app_root).resolve()  # running_app starts `streamlit run` there
    planner = ensure_planner(args.db)
    with browser() as b, running_app(args.db) as url:
        r = history_pages(b, url, args.db, planner, args.history, args.history_to)
    print(f"app {appserver.ROOT}: store {args.db}, past day {args.history}, change to {args.history_to}")
    print("| page | s | RSS after MB |")
    print("|---|---|---|")
    for key, name in (("asof_map", "map on the past day, a parcel drawn"), ("progress", "progress: change + forecast"),
                      ("dashboard", "land fund dashboard on the past day")):
        print(f"| {name} | {_s(r.get(key))} | {r.get(key + '_rss', 0):.0f} |")
    print(f"peak RSS {r['peak']:.0f} MB (budget {BUDGET_RSS_MB}); errors on the pages: {r.get('exceptions')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--starts", type=int, default=3, help="fresh app starts per store (first visitors)")
    ap.add_argument("--repeats", type=int, default=3, help="later visitors per start")
    ap.add_argument("--postgis", action="store_true", help="also on PostGIS copies of the stores")
    ap.add_argument("--skip-staff", action="store_true")
    ap.add_argument("--db", help="measure this existing store (a URL or path) instead of synthetic ones")
    ap.add_argument("--pan", type=int, default=0, help="pans timed per start and store (public and a planner's)")
    ap.add_argument("--history", metavar="DAY", help="with --db: the history pages on this past day instead")
    ap.add_argument("--history-to", default="2025-06-30", metavar="DAY", help="the change's end (with --history)")
    ap.add_argument("--app-root", help="with --history: run the app of this checkout")
    args = ap.parse_args()
    ensure_assets()
    if args.history:
        main_history(args)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    if args.db:
        from geo.store import open_store

        given = open_store(args.db)
        n_given = given.count("parcels")
        given.close()
        stores = [(f"{given.kind} {n_given:,}", n_given, args.db)]
        sizes = []
    else:
        sizes = [int(x) for x in args.sizes.split(",") if x]
        stores = [(f"GeoPackage {n:,}", n, synth_store(n)) for n in sizes]
    rows = []
    server = None
    if args.postgis:
        from tests.pg import PgServer

        server = PgServer.start(durable=True)
        stores += [(f"PostGIS {n:,}", n, postgis_copy(server, synth_store(n))) for n in sizes]
    try:
        with browser() as b, running_app(OUT / "floor.gpkg", script=page_script("floor")) as floor_url:
            first_maps(b, floor_url, "/", 1, 1)  # the floor's own first start
            for label, n, db in stores:
                planner = None if args.skip_staff else ensure_planner(db)
                print(f"{label} …", flush=True)
                r = measure(b, db, floor_url, args.starts, args.repeats, planner, args.pan)
                budget = BUDGET_FIRST.get(n, 1.5)
                rows.append((label, r, budget))
                print(f"  first visitor over floor {_s(r['first'])} s (runs {', '.join(_s(x) for x in r['first_runs'])};"
                      f" budget {budget}), later {_s(r['later'])} s (budget {BUDGET_LATER}), floor {_s(r['floor'])} s,"
                      f" RSS {r['rss']:.0f} MB, after a staff pan to {PAN_TO} {r['pan_rss'] or 0:.0f} MB", flush=True)
                if args.pan:
                    print(f"  pan {_s(r['pan'])} s (zoom out {_s(r['pan_zoom'])} s, back {_s(r['pan_back'])} s), "
                          f"staff pan {_s(r['staff_pan'])} s", flush=True)
    finally:
        if server is not None:
            server.stop()
    pans = " planner's pan s |" if args.pan else ""
    print(f"\n| store | first visitor over floor s | later visitors over floor s | floor s | RSS MB | RSS after staff pan MB |{pans}")
    print("|---|---|---|---|---|---|" + ("---|" if args.pan else ""))
    for label, r, budget in rows:
        ok1 = r["first"] is not None and r["first"] <= budget
        ok2 = r["later"] is not None and r["later"] <= BUDGET_LATER
        ok3 = max(r["rss"], r["pan_rss"] or 0) <= BUDGET_RSS_MB
        print(f"| {label} | {_s(r['first'])} ({'ok' if ok1 else 'OVER'} ≤ {budget}) | {_s(r['later'])} "
              f"({'ok' if ok2 else 'OVER'} ≤ {BUDGET_LATER}) | {_s(r['floor'])} | {r['rss']:.0f} "
              f"({'ok' if ok3 else 'OVER'}) | {r['pan_rss'] or 0:.0f} |"
              + (f" {_s(r['staff_pan'])} ({'ok' if (r['staff_pan'] or 99) <= BUDGET_PAN else 'OVER'} ≤ {BUDGET_PAN}) |"
                 if args.pan else ""))


if __name__ == "__main__":
    main()
