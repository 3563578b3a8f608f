"""Per layer: how it looks (style, legend) and what its tooltip says, in both languages."""

from __future__ import annotations

from geo.stages import STAGE_LABELS, STAGES

ZONE_STYLE = {
    "kkt": {"color": "#1f4e9c", "weight": 2, "dashArray": "6 4", "fillColor": "#9ecae1", "fillOpacity": 0.12},
    "kcn": {"color": "#6a3d9a", "weight": 2, "fillColor": "#cab2d6", "fillOpacity": 0.35},
    "ccn": {"color": "#00796b", "weight": 2, "fillColor": "#80cbc4", "fillOpacity": 0.4},
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


def stage_label(stage: str, lang: str) -> str:
    vi, en = STAGE_LABELS.get(stage, (stage, stage))
    return en if lang == "en" else vi


def stage_legend(lang: str) -> list[tuple[str, str]]:
    return [(STAGE_COLORS[s], stage_label(s, lang)) for s in STAGES]
