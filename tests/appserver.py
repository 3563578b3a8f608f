"""The real app under `streamlit run`, on a free port with its own store, and Chromium to drive it."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(db: str | Path, *, script: str = "server.py", env: dict | None = None) -> Iterator[str]:
    """Start ``streamlit run script`` against store ``db``; yield its base URL; stop it afterwards."""
    port = free_port()
    full_env = {**os.environ, "SITEREADY_DB": str(db), **(env or {})}
    log_path = Path(str(db)).with_suffix(".streamlit.log") if not str(db).startswith("postgres") else os.devnull
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port), "--server.headless",
             "true", "--server.address", "127.0.0.1"],
            cwd=ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, proc)
            yield url
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
            _remove_tiles(db)


def _remove_tiles(db: str | Path) -> None:
    """Remove the parcel tiles the app wrote for this store."""
    with contextlib.suppress(Exception):
        from geo.store import open_store
        from layers.tiles import store_directory

        s = open_store(str(db))
        s.close()
        directory = store_directory(s.url)[0]
        shutil.rmtree(directory, ignore_errors=True)
        shutil.rmtree(directory.parent / f"{directory.name}-asof", ignore_errors=True)  # past days' tiles


def _wait_healthy(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    """Wait until the app answers its health check; raise if it exits or takes longer than ``seconds``."""
    deadline = time.time() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            raise RuntimeError(f"streamlit did not start (exit {proc.poll()})")
        time.sleep(0.3)


@contextlib.contextmanager
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def map_frame(page):
    """The folium map's iframe, once Leaflet has drawn into it."""
    frame = page.frame_locator(MAP_FRAME).first
    frame.locator(".leaflet-container").first.wait_for(timeout=45_000)
    return frame


def count_features(page) -> int:
    """GeoJSON features and markers currently on the Leaflet map (canvas-drawn ones included)."""
    handle = page.locator(MAP_FRAME).first.element_handle()
    frame = handle.content_frame()
    frame.wait_for_function("() => window.map_div && Object.keys(window.map_div._layers).length > 0", timeout=45_000)
    return frame.evaluate(
        """() => { let n = 0; window.map_div.eachLayer(l => { if (l.feature || l instanceof L.CircleMarker) n++; });
                   return n; }"""
    )


def map_parcels(page, index: int = 0) -> list[dict]:
    """Properties of the parcels on the folium map now (drawn from parcel tiles or sent by the server)."""
    frame = page.locator(MAP_FRAME).nth(index).element_handle().content_frame()
    return frame.evaluate(
        """() => { const out = []; if (!window.map_div) return out;
                   window.map_div.eachLayer(l => { if (l.feature && l.feature.properties.layer === 'parcel')
                     out.push(Object.assign({}, l.feature.properties)); });
                   return out; }""")


def set_view(page, lat: float, lng: float, zoom: int, index: int = 0) -> None:
    frame = page.locator(MAP_FRAME).nth(index).element_handle().content_frame()
    frame.evaluate(f"() => {{ window.map_div.setView([{lat}, {lng}], {zoom}); }}")


def map_point(page, lat: float, lng: float, index: int = 0) -> tuple[float, float]:
    """Page coordinates of a lat/lng on the folium map (so a test can click a canvas-drawn feature)."""
    el = page.locator(MAP_FRAME).nth(index)
    el.scroll_into_view_if_needed()
    box = el.bounding_box()
    frame = el.element_handle().content_frame()
    frame.wait_for_function("() => window.map_div !== undefined", timeout=45_000)
    pt = frame.evaluate(f"() => {{ const p = window.map_div.latLngToContainerPoint([{lat}, {lng}]); return [p.x, p.y]; }}")
    return box["x"] + pt[0], box["y"] + pt[1]


def map_state(page, index: int = 0) -> dict:
    frame = page.locator(MAP_FRAME).nth(index).element_handle().content_frame()
    return frame.evaluate("() => ({zoom: window.map_div.getZoom(), center: window.map_div.getCenter()})")


def wait_idle(page, timeout: int = 30_000) -> None:
    """Wait until Streamlit has finished the current run (no 'running' indicator)."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout)
    page.wait_for_timeout(200)


def sign_in(page, url: str, user: str, lang: str = "vi", password: str | None = None) -> None:
    """Sign in through the sign-in page's form (the server's route sets the cookie and redirects)."""
    from tests.conftest import PASSWORD

    page.goto(f"{url}/signin?lang={lang}")
    wait_idle(page)
    en = lang == "en"
    page.get_by_label("User name" if en else "Tên đăng nhập").fill(user)
    page.get_by_label("Password" if en else "Mật khẩu").fill(password or PASSWORD)
    page.get_by_role("button", name="Sign in" if en else "Đăng nhập").click()
    page.wait_for_url(lambda u: "/signin" not in u, timeout=20_000)
    wait_idle(page)
    page.get_by_text(f"{'Signed in' if en else 'Đăng nhập'}: {user}").first.wait_for(timeout=15_000)


def signed_in_page(b, url: str, user: str, lang: str = "vi", viewport: tuple[int, int] = (1400, 1100)):
    """A new browser context and page of ``b``, signed in as ``user``."""
    ctx = b.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = ctx.new_page()
    sign_in(page, url, user, lang)
    return ctx, page
