"""User-facing text in Vietnamese (default) and English.

``t(key, lang)`` returns the text for a key; every label, legend entry,
message and export header the app shows comes from here or from
:mod:`layers.catalogue`, so the language switch reaches all of them.
"""

from __future__ import annotations

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("SiteReady – Quỹ đất công nghiệp sẵn sàng đầu tư, Thanh Hóa",
                  "SiteReady – Investor-ready industrial land, Thanh Hóa"),
    "app_short": ("SiteReady Thanh Hóa", "SiteReady Thanh Hoa"),
    "language": ("Ngôn ngữ", "Language"),
    "page_map": ("Bản đồ", "Map"),
    "map_heading": ("Bản đồ khu kinh tế, khu và cụm công nghiệp", "Economic zone, industrial parks and clusters"),
    "zones_count": ("{n} khu / cụm trên bản đồ", "{n} zones on the map"),
    "layer_zones": ("Khu kinh tế, KCN, CCN", "Economic zone, parks, clusters"),
    "layer_parcels": ("Lô đất", "Parcels"),
    "layer_resettlement": ("Khu tái định cư", "Resettlement areas"),
    "layer_constraints": ("Hạn chế (ngập lụt, rừng, di tích…)", "Constraints (flood, forest, heritage…)"),
    "layer_infrastructure": ("Hạ tầng giao thông", "Transport infrastructure"),
    "layer_communes": ("Xã, phường (2025)", "Communes (2025)"),
    "layer_province": ("Ranh giới tỉnh", "Province outline"),
    "basemap": ("Nền bản đồ OpenStreetMap (cần Internet)", "OpenStreetMap basemap (needs Internet)"),
    "legend": ("Chú giải", "Legend"),
    "kind_kkt": ("Khu kinh tế", "Economic zone"),
    "kind_kcn": ("Khu công nghiệp", "Industrial park"),
    "kind_ccn": ("Cụm công nghiệp", "Industrial cluster"),
    "zone_stage_planned": ("Quy hoạch", "Planned"),
    "zone_stage_established": ("Đã thành lập", "Established"),
    "zone_stage_under_construction": ("Đang xây dựng hạ tầng", "Under construction"),
    "zone_stage_operating": ("Đang hoạt động", "Operating"),
    "area_ha": ("{v} ha", "{v} ha"),
    "estimated": ("ước tính", "estimated"),
    "store_missing": ("Chưa có kho dữ liệu.", "The store does not exist yet."),
}


def t(key: str, lang: str = DEFAULT_LANG, **kwargs) -> str:
    """The text for ``key`` in ``lang`` (falls back to Vietnamese, then the key itself)."""
    pair = TEXT.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**kwargs) if kwargs else text


def name_of(row, lang: str) -> str:
    """A feature's name in ``lang`` (name_en / name_vi), falling back to the other."""
    first, second = ("name_en", "name_vi") if lang == "en" else ("name_vi", "name_en")
    for key in (first, second, "name", "id"):
        value = row.get(key) if hasattr(row, "get") else None
        if value is not None and value == value and str(value).strip():
            return str(value)
    return ""
