"""Printable documents (layers.reports): the site profile and the land-fund tree, in the user's language, every value
escaped."""

from __future__ import annotations

from datetime import date

import pytest

from geo.search import DISTANCE_KINDS
from layers.catalogue import label, tier_label
from layers.reports import site_profile_html

SITE = {
    "id": "kcn-le-mon-s01", "zone_name_vi": "KCN Lễ Môn", "zone_name_en": "Le Mon Industrial Park",
    "area_ha": 12345.67, "n_plots": 3, "tier": 5, "score": 87.26, "lease_price_usd_m2": 95,
    "sectors": "logistics;food_processing", "plot_ids": ["kcn-le-mon-001", "kcn-le-mon-002"],
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
    site = {**SITE, "id": attack, "zone_name_vi": attack, "plot_ids": [attack], "nearest_port_vi": attack,
            "reasons": [{"vi": attack, "en": attack}]}
    html = site_profile_html(site, "vi", notice=attack, link='x" onmouseover="alert(1)')
    assert "<script>" not in html and html.count("&lt;script&gt;") >= 6
    assert 'href="x&quot; onmouseover=&quot;alert(1)"' in html


# --- The land fund as the zone tree: the screen's HTML table and the XLSX with the same rows ----------------------

def _small_fund(park_name: str = "KCN Mẹ"):
    import pandas as pd

    from geo.landfund import fund_hierarchy, land_fund

    zones = pd.DataFrame({
        "id": ["ez", "mother", "child", "solo"], "kind": ["kkt", "kcn", "kcn", "ccn"],
        "parent_id": [None, "ez", "mother", None], "planned_area_ha": [90000.0, 1500.0, 600.0, 75.5],
    })
    # Plots, their clearance derived from the parcels beneath, and the parcels (each wholly recovered).
    plots = pd.DataFrame({
        "zone_id": ["mother", "child", "solo", "child"], "area_ha": [1000.25, 400.5, 60.125, 100.0],
        "clearance_stage": ["handed_over", "not_started", "handed_over", "handed_over"],
        "land_use": ["industrial"] * 4, "lease_status": ["leased", "available", "available", "reserved"],
    })
    parcels = plots[["zone_id", "clearance_stage"]].assign(
        area_m2=plots["area_ha"] * 1e4, recovered_m2=plots["area_ha"] * 1e4, blocked=[False, True, False, False])
    names = {"ez": "KKT Biển", "mother": park_name, "child": "KCN Con", "solo": "CCN Một"}
    return fund_hierarchy(land_fund(parcels, zones, plots=plots), zones), names


def test_the_land_fund_table_shows_the_tree_with_numbers_in_each_language():
    from layers.reports import fund_total_note, land_fund_html

    tree, names = _small_fund()
    note = fund_total_note([("KKT Biển", 90000.0)], "vi")
    assert "90.000,0 ha" in note and "không cộng vào" in note
    html = land_fund_html(tree, names, "vi", note)
    rows = html.split("<tr class=")[1:]
    assert [r.split("data-row='")[1].split("'")[0] for r in rows] == ["zone", "zone", "zone", "rest", "zone", "total"]
    assert rows[0].startswith("'sr-sub'") and ">KKT Biển<" in rows[0]  # a subtotal, in bold
    assert rows[1].startswith("'sr-sub'") and ">↳ KCN Mẹ<" in rows[1] and "padding-left:26px" in rows[1]
    assert ">↳ KCN Con<" in rows[2] and "padding-left:44px" in rows[2] and rows[2].startswith("''")
    assert ">↳ Phần còn lại của khu<" in rows[3]
    assert rows[5].startswith("'sr-total'") and ">Tổng toàn tỉnh<" in rows[5]
    assert "<td>1.560,88</td>" in rows[5] and "<td>1.575,50</td>" in rows[5]  # lots, planned: 1,500 + 75.5
    assert "<td>1.500,00</td>" in rows[0]  # the EZ row: its parks, not its own 90,000 ha
    assert f"<p class='sr-fund-note'>{note}</p>" in html
    en = land_fund_html(tree, names, "en", fund_total_note([("Sea EZ", 90000.0)], "en"))
    assert "<td>1,560.88</td>" in en and ">Province total<" in en and ">↳ Rest of the zone<" in en
    assert "90,000.0 ha" in en and "How the province total is built" in en


def test_the_land_fund_table_escapes_names():
    from layers.reports import land_fund_html

    tree, names = _small_fund("<script>alert(1)</script>")
    html = land_fund_html(tree, names, "en", "<b>note</b>")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;note" in html


def test_the_land_fund_xlsx_has_the_screens_rows_totals_and_note():
    import io

    import pandas as pd
    from openpyxl import load_workbook

    from geo.landfund import FUND_COLUMNS
    from layers.i18n import t
    from layers.reports import fund_total_note, land_fund_xlsx

    tree, names = _small_fund("=HYPERLINK(\"http://x\")")
    note = fund_total_note([("KKT Biển", 90000.0)], "vi")
    other = pd.DataFrame({"a": ["=1+1", "ok"]})
    data = land_fund_xlsx(tree, names, "vi", note=note, others={"Khác": other}, notice="Dữ liệu minh họa")
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None)
    assert list(sheets) == ["Quỹ đất theo khu (ha)", "Khác", "Ghi chú - Notes"]
    fund = sheets["Quỹ đất theo khu (ha)"]
    assert list(fund.columns[:3]) == ["Cấp", "Khu / cụm", "Loại dòng"]
    assert list(fund.columns[-2:]) == ["Mã khu", "Mã khu cha"]
    assert fund["Cấp"].tolist() == tree["level"].tolist() == [0, 1, 2, 2, 0, 0]
    assert fund["Loại dòng"].tolist() == ["Tổng phụ", "Tổng phụ", "Khu", "Phần còn lại của khu", "Khu", "Tổng toàn tỉnh"]
    assert fund["Mã khu cha"].fillna("").tolist() == ["", "ez", "mother", "mother", "", ""]
    assert fund["Khu / cụm"][1] == "↳ =HYPERLINK(\"http://x\")" and fund["Khu / cụm"][2] == "↳ KCN Con"
    leaves = fund[fund["Loại dòng"].isin(["Khu", "Phần còn lại của khu"])]
    total = fund[fund["Loại dòng"] == "Tổng toàn tỉnh"].iloc[0]
    for c in FUND_COLUMNS:
        head = t(f"c_{c}", "vi")
        assert leaves[head].sum() == pytest.approx(total[head], abs=1e-9)
        assert fund[fund["Cấp"] == 0][head].iloc[:-1].sum() == pytest.approx(total[head], abs=1e-9)
    assert total["Lô quy hoạch"] == 1560.88 and total["Đất thu hồi (thửa)"] == 1560.88 and total["Quy hoạch"] == 1575.5
    assert sheets["Khác"]["a"].tolist() == ["'=1+1", "ok"]  # formulas neutralised, as in every export
    notes = sheets["Ghi chú - Notes"].to_numpy().tolist()
    assert notes == [["Cách tính tổng toàn tỉnh", note], ["Lưu ý / Notice", "Dữ liệu minh họa"]]
    ws = load_workbook(io.BytesIO(data))["Quỹ đất theo khu (ha)"]
    assert ws["B2"].font.b and ws["B3"].font.b and not ws["B4"].font.b and ws["B7"].font.b
    assert [ws[f"B{r}"].alignment.indent for r in range(2, 8)] == [0, 1, 2, 2, 0, 0]
    assert ws["D7"].number_format == "#,##0.00" and ws["B7"].comment.text == note
    assert ws["B3"].value == "↳ =HYPERLINK(\"http://x\")"  # text, not a formula
    en = pd.read_excel(io.BytesIO(land_fund_xlsx(tree, names, "en", note="n")), sheet_name=None)
    assert list(en) == ["Land fund by zone (ha)", "Ghi chú - Notes"]
    assert en["Land fund by zone (ha)"]["Row"].tolist()[-1] == "Province total"
