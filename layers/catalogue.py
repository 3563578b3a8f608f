"""Per layer: how it looks (style, legend) and what its labels say, in both languages."""

from __future__ import annotations

from geo.readiness import TIER_LABELS
from geo.stages import STAGE_LABELS, STAGES

from .i18n import t

ZONE_STYLE = {
    "kkt": {"color": "#1f4e9c", "weight": 2, "dashArray": "6 4", "fillColor": "#9ecae1", "fillOpacity": 0.08},
    "kcn": {"color": "#6a3d9a", "weight": 2, "fillColor": "#cab2d6", "fillOpacity": 0.25},
    "ccn": {"color": "#00796b", "weight": 2, "fillColor": "#80cbc4", "fillOpacity": 0.3},
}

STAGE_COLORS = {
    "not_started": "#bdbdbd",
    "notice_issued": "#fff3b0",
    "inventory": "#ffd166",
    "plan_posted": "#f8a05b",
    "plan_approved": "#ef7b45",
    "compensation_paid": "#9bd18b",
    "handed_over": "#2e9e4f",
}

TIER_COLORS = {1: "#d9d9d9", 2: "#b3cde3", 3: "#fdcc8a", 4: "#a1d99b", 5: "#1a9641"}

CONSTRAINT_COLORS = {
    "flood": "#4a90d9",
    "protected_forest": "#2f6f3e",
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
    "border_gate": "#2b9348",
    "substation": "#555555",
}

RESETTLEMENT_STYLE = {"color": "#b15928", "weight": 1.5, "fillColor": "#fdbf6f", "fillOpacity": 0.55}
SELECTION_STYLE = {"color": "#e31a1c", "weight": 4, "fill": False}


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


def zone_legend(lang: str) -> list[tuple[str, str]]:
    return [(ZONE_STYLE[k]["color"], t(f"kind_{k}", lang)) for k in ("kkt", "kcn", "ccn")]


def context_legend(lang: str) -> list[tuple[str, str]]:
    out = [(RESETTLEMENT_STYLE["fillColor"], t("layer_resettlement", lang))]
    out += [(CONSTRAINT_COLORS[k], t(f"constraint_{k}", lang)) for k in CONSTRAINT_COLORS]
    out += [(INFRA_COLORS[k], t(f"infra_{k}", lang)) for k in ("port", "airport", "expressway_interchange",
                                                              "rail_station", "national_road", "border_gate")]
    return out


def label(prefix: str, code: str | None, lang: str) -> str:
    """The label of a coded value, e.g. label("lease", "leased", "en") -> "Leased"."""
    if code is None or code != code or code == "":
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
    "n_parcels": ("Số lô", "Parcels"),
    "score": ("Điểm", "Score"),
    "lease_price_usd_m2": ("Giá thuê (USD/m²)", "Lease price (USD/m²)"),
    "sectors": ("Ngành", "Sectors"),
    "km_to_port": ("Cách cảng (km)", "km to port"),
    "km_to_airport": ("Cách sân bay (km)", "km to airport"),
    "km_to_expressway": ("Cách nút giao cao tốc (km)", "km to expressway interchange"),
    "km_to_rail_station": ("Cách ga (km)", "km to rail station"),
    "km_to_border_gate": ("Cách cửa khẩu (km)", "km to border gate"),
    "km_to_national_road": ("Cách quốc lộ (km)", "km to national road"),
    "parcel_ids": ("Các lô", "Parcel ids"),
    "reason_codes": ("Mã lý do", "Reason codes"),
    "reasons_vi": ("Còn thiếu", "Reasons (vi)"),
    "reasons_en": ("Còn thiếu (tiếng Anh)", "Reasons"),
    "notice": ("Lưu ý", "Notice"),
}


def headers(mapping: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    return {k: (v[1] if lang == "en" else v[0]) for k, v in mapping.items()}
