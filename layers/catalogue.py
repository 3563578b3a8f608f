"""Per layer: how it looks (style, legend) and what its labels say, in both languages."""

from __future__ import annotations

from geo.readiness import TIER_LABELS
from geo.stages import STAGE_LABELS, STAGES

from .i18n import fmt_num, t
from .text import missing

ZONE_STYLE = {
    "kkt": {"color": "#1f4e9c", "weight": 2, "dashArray": "6 4", "fillColor": "#9ecae1", "fillOpacity": 0.08},
    "kcn": {"color": "#6a3d9a", "weight": 2, "fillColor": "#cab2d6", "fillOpacity": 0.25},
    "ccn": {"color": "#00796b", "weight": 2, "fillColor": "#80cbc4", "fillOpacity": 0.3},
}

#: What happened to a parcel between two dates (geo.timeline.CHANGES) and its colour on the change map.
CHANGE_COLORS = {
    "handed_over": "#238b45",
    "advanced": "#a1d99b",
    "moved_back": "#e6550d",
    "newly_blocked": "#a50f15",
    "unblocked": "#6baed6",
    "new": "#e7298a",
    "unchanged": "#d9d9d9",
}

def change_label(change: str, lang: str) -> str:
    """What happened to a parcel between two dates (one of geo.timeline.CHANGES), in words."""
    return t(f"chg_{change}", lang)


def change_legend(lang: str) -> list[tuple[str, str, str]]:
    return [(CHANGE_COLORS[c], change_label(c, lang), "area") for c in CHANGE_COLORS if c != "unchanged"]


STAGE_COLORS = {
    "not_started": "#bdbdbd",
    "notice_issued": "#fff3b0",
    "inventory": "#ffd166",
    "plan_posted": "#f8a05b",
    "plan_approved": "#ef7b45",
    # Paid and handed over are told apart by lightness as well as hue (lime, then a deep green), and
    # neither looks like a constraint (drawn as a pale area with its outline, see context_legend).
    "compensation_paid": "#c2e27a",
    "handed_over": "#238b45",
}

TIER_COLORS = {1: "#d9d9d9", 2: "#b3cde3", 3: "#fdcc8a", 4: "#a1d99b", 5: "#1a9641"}

CONSTRAINT_COLORS = {
    "flood": "#4a90d9",
    "protected_forest": "#6b7d1f",
    "heritage": "#b5651d",
    "protected_rice_land": "#c9b037",
    "military": "#7f7f7f",
}

INFRA_COLORS = {
    "port": "#003f88",
    "airport": "#7b2cbf",
    "rail_station": "#6c584c",
    "expressway_interchange": "#d00000",
    "expressway": "#d00000",
    "national_road": "#f48c06",
    "border_gate": "#c51b7d",
    "substation": "#555555",
}

RESETTLEMENT_STYLE = {"color": "#b15928", "weight": 1.5, "fillColor": "#fdbf6f", "fillOpacity": 0.55}
#: What is selected is outlined in cyan: red is the expressway's, dark red a blocked parcel's.
SELECTION_STYLE = {"color": "#00b4d8", "weight": 4, "fill": False}
#: The outline of a blocked parcel (layers.compact and layers.tiles draw it).
BLOCKED_COLOR = "#b10026"


def stage_label(stage: str, lang: str) -> str:
    vi, en = STAGE_LABELS.get(stage, (stage, stage))
    return en if lang == "en" else vi


def tier_label(tier: int, lang: str) -> str:
    vi, en = TIER_LABELS[int(tier)]
    return f"{t('tier_n', lang, n=int(tier))}: {en if lang == 'en' else vi}"


def stage_legend(lang: str) -> list[tuple[str, str]]:
    return [(STAGE_COLORS[s], stage_label(s, lang)) for s in STAGES]


def tier_legend(lang: str) -> list[tuple[str, str]]:
    return [(TIER_COLORS[n], tier_label(n, lang)) for n in range(1, 6)]


#: How a legend entry's swatch is drawn, as the feature is drawn on the map (layers.maps.legend_html):
#: "fill" a filled square, "outline" a square's outline ("dashed" a dashed one), "area" a pale square with
#: its outline, "line" a line, "dot" a circle.
SWATCHES = ("fill", "outline", "dashed", "area", "line", "dot")
#: Infrastructure drawn as lines (the rest are points).
INFRA_LINES = ("expressway", "national_road")


def zone_legend(lang: str) -> list[tuple[str, str, str]]:
    return [(ZONE_STYLE[k]["color"], t(f"kind_{k}", lang), "dashed" if "dashArray" in ZONE_STYLE[k] else "outline")
            for k in ("kkt", "kcn", "ccn")]


def constraint_legend(lang: str) -> list[tuple[str, str, str]]:
    return [(CONSTRAINT_COLORS[k], t(f"constraint_{k}", lang), "area") for k in CONSTRAINT_COLORS]


def infrastructure_legend(lang: str) -> list[tuple[str, str, str]]:
    """Every kind of infrastructure the maps draw: points as dots, roads as lines (the expressway too)."""
    kinds = ("port", "airport", "expressway_interchange", "expressway", "rail_station", "national_road",
             "border_gate")
    return [(INFRA_COLORS[k], t(f"infra_{k}", lang), "line" if k in INFRA_LINES else "dot") for k in kinds]


def context_legend(lang: str) -> list[tuple[str, str, str]]:
    out = [(RESETTLEMENT_STYLE["fillColor"], t("layer_resettlement", lang), "fill")]
    return out + constraint_legend(lang) + infrastructure_legend(lang)


def blocked_legend(lang: str) -> list[tuple[str, str, str]]:
    """The dark red outline of a plot with a blocked parcel beneath (or of a blocked cadastral parcel)."""
    return [(BLOCKED_COLOR, t("legend_blocked", lang), "outline")]


def selection_legend(lang: str, *, site: bool = False) -> list[tuple[str, str, str]]:
    """The red outline of what is selected (a zone or parcel on the map; with ``site``, a site in the finder)."""
    return [(SELECTION_STYLE["color"], t("legend_selected_site" if site else "layer_selection", lang), "outline")]


def resettlement_status_text(code: str | None, need, free, lang: str) -> str:
    """A zone's resettlement status as one whole sentence in ``lang``: ``code`` is the readiness reason code
    (resettlement_no_area, resettlement_not_ready, resettlement_short), or None / "ok" when the need is met;
    ``need`` households wait, ``free`` lots are free in ready areas."""
    n, f = fmt_num(need, lang, 0), fmt_num(free, lang, 0)
    if missing(code) or code == "ok":
        return t("rs_status_ok", lang, need=n, free=f)
    if code == "resettlement_no_area":
        return t("rs_status_no_area", lang, need=n, free=f)
    if code == "resettlement_not_ready":
        return t("rs_status_not_ready", lang, need=n, free=f)
    if code == "resettlement_short":
        return t("rs_status_short", lang, need=n, free=f)
    return str(code)


def label(prefix: str, code: str | None, lang: str) -> str:
    """The label of a coded value, e.g. label("lease", "leased", "en") -> "Leased"."""
    if missing(code):
        return "—"
    key = f"{prefix}_{code}"
    text = t(key, lang)
    return code if text == key else text


#: Export headers: field -> (vi, en); used for CSV / XLSX downloads in the app.
SITE_HEADERS = {
    "id": ("Mã mặt bằng", "Site id"),
    "zone_id": ("Mã khu", "Zone id"),
    "zone_name_vi": ("Tên khu", "Zone name (vi)"),
    "zone_name_en": ("Tên khu (tiếng Anh)", "Zone name"),
    "zone_kind": ("Loại khu", "Zone kind"),
    "tier": ("Mức sẵn sàng", "Tier"),
    "area_ha": ("Diện tích (ha)", "Area (ha)"),
    "n_plots": ("Số lô", "Plots"),
    "score": ("Điểm", "Score"),
    "lease_price_usd_m2": ("Giá thuê (USD/m²)", "Lease price (USD/m²)"),
    "sectors": ("Ngành", "Sectors"),
    "km_to_port": ("Cách cảng (km)", "km to port"),
    "km_to_airport": ("Cách sân bay (km)", "km to airport"),
    "km_to_expressway": ("Cách nút giao cao tốc (km)", "km to expressway interchange"),
    "km_to_rail_station": ("Cách ga (km)", "km to rail station"),
    "km_to_border_gate": ("Cách cửa khẩu (km)", "km to border gate"),
    "km_to_national_road": ("Cách quốc lộ (km)", "km to national road"),
    "plot_ids": ("Các lô", "Plot ids"),
    "reason_codes": ("Mã lý do", "Reason codes"),
    "reasons_vi": ("Còn thiếu", "Reasons (vi)"),
    "reasons_en": ("Còn thiếu (tiếng Anh)", "Reasons"),
    "notice": ("Lưu ý", "Notice"),
    "geometry_wkt": ("Hình học (WKT)", "Geometry (WKT)"),
}


#: Facility kinds in the site exports' "nearest …" columns: (Vietnamese, English) names.
_NEAREST = {"port": ("Cảng", "port"), "airport": ("Sân bay", "airport"),
            "expressway": ("Nút giao cao tốc", "expressway interchange"), "rail_station": ("Ga", "rail station"),
            "border_gate": ("Cửa khẩu", "border gate"), "national_road": ("Quốc lộ", "national road")}
for _kind, (_vi, _en) in _NEAREST.items():  # the facility's name in Vietnamese, and in English
    SITE_HEADERS[f"nearest_{_kind}_vi"] = (f"{_vi} gần nhất", f"Nearest {_en} (vi)")
    SITE_HEADERS[f"nearest_{_kind}_en"] = (f"{_vi} gần nhất (tiếng Anh)", f"Nearest {_en}")


def headers(mapping: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    return {k: (v[1] if lang == "en" else v[0]) for k, v in mapping.items()}
