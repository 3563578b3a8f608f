"""The real app in Debian's Chromium: it starts on a fresh store and draws Thanh Hóa's zones offline."""

from __future__ import annotations

import pytest

from tests.appserver import browser, count_features, map_frame, running_app

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
