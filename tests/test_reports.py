"""The printable site profile (layers.reports): what it says, in the user's language, every value escaped."""

from __future__ import annotations

from datetime import date

from geo.search import DISTANCE_KINDS
from layers.catalogue import label, tier_label
from layers.reports import site_profile_html

SITE = {
    "id": "kcn-le-mon-s01", "zone_name_vi": "KCN Lễ Môn", "zone_name_en": "Le Mon Industrial Park",
    "area_ha": 12345.67, "n_parcels": 3, "tier": 5, "score": 87.26, "lease_price_usd_m2": 95,
    "sectors": "logistics;food_processing", "parcel_ids": ["kcn-le-mon-001", "kcn-le-mon-002"],
    "km_to_port": 12.34, "nearest_port_vi": "Cảng Nghi Sơn", "nearest_port_en": "Nghi Son Port",
    "km_to_airport": None, "reasons": [],
}


def test_a_profile_in_vietnamese():
    html = site_profile_html(SITE, "vi", notice="Vị trí gần đúng", link="https://example.org/sites?sel=site:kcn-le-mon-s01")
    assert html.startswith("<!doctype html>") and '<html lang="vi">' in html
    assert "KCN Lễ Môn" in html and "Le Mon Industrial Park" not in html
    assert "12.345,7 ha" in html and "<td>87,3</td>" in html
    assert "12,3 km — Cảng Nghi Sơn" in html
    assert tier_label(5, "vi") in html and label("sector", "logistics", "vi") in html
    assert "kcn-le-mon-001, kcn-le-mon-002" in html
    assert "Vị trí gần đúng" in html and 'href="https://example.org/sites?sel=site:kcn-le-mon-s01"' in html
    assert date.today().isoformat() in html


def test_a_profile_in_english_lists_the_reasons_and_only_known_distances():
    site = {**SITE, "reasons": [{"vi": "Chưa bàn giao", "en": "Not handed over"}], "tier": 3}
    html = site_profile_html(site, "en")
    assert '<html lang="en">' in html and "Le Mon Industrial Park" in html
    assert "12,345.7 ha" in html and "12.3 km — Nghi Son Port" in html
    assert "<li>Not handed over</li>" in html and "Chưa bàn giao" not in html
    assert tier_label(3, "en") in html
    assert html.count(" km — ") == sum(1 for k in DISTANCE_KINDS if site.get(f"km_to_{k}") is not None) == 1
    assert "<a href" not in html  # no link given


def test_every_value_is_escaped():
    attack = "<script>alert(1)</script>"
    site = {**SITE, "id": attack, "zone_name_vi": attack, "parcel_ids": [attack], "nearest_port_vi": attack,
            "reasons": [{"vi": attack, "en": attack}]}
    html = site_profile_html(site, "vi", notice=attack, link='x" onmouseover="alert(1)')
    assert "<script>" not in html and html.count("&lt;script&gt;") >= 6
    assert 'href="x&quot; onmouseover=&quot;alert(1)"' in html
