"""GeoDataFrames to folium layers: minimal GeoJSON, escaped tooltips, canvas rendering.

Every text that reaches a tooltip or popup is HTML-escaped here: folium's
GeoJsonTooltip and Leaflet's bindTooltip insert raw HTML.
"""

from __future__ import annotations

import html
import json
from typing import Callable, Iterable

import folium
import geopandas as gpd
import numpy as np
import shapely

from .assets import use_local_assets
from .catalogue import CONSTRAINT_COLORS, INFRA_COLORS, ZONE_STYLE
from .i18n import name_of, t

#: Thanh Hóa's extent (lon/lat), for the first view.
PROVINCE_BOUNDS = ((19.28, 104.37), (20.68, 106.08))
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTR = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'


def esc(value) -> str:
    """HTML-escaped text of a value ('' for missing).

    Backticks and dollar signs become entities too: folium.Tooltip puts its text
    in a JavaScript template literal, where they would end the string.
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return html.escape(str(value), quote=True).replace("`", "&#96;").replace("$", "&#36;")


def make_map(*, basemap: bool = True, bounds=PROVINCE_BOUNDS, height: str = "100%") -> folium.Map:
    """A Leaflet map with the canvas renderer, served from the app's own copy of Leaflet.

    The OpenStreetMap basemap is optional: without Internet its tiles fail
    quietly and the app's own layers still draw.
    """
    use_local_assets()
    m = folium.Map(location=[19.8, 105.4], zoom_start=8, tiles=None, prefer_canvas=True, control_scale=True,
                   height=height)
    if basemap:
        folium.TileLayer(OSM_TILES, attr=OSM_ATTR, name="OpenStreetMap", max_zoom=19).add_to(m)
    m.fit_bounds([list(bounds[0]), list(bounds[1])])
    return m


def feature_collection(gdf: gpd.GeoDataFrame, props: dict[str, Iterable], *, precision: int = 5) -> dict:
    """A GeoJSON FeatureCollection with only ``props`` (name -> values) and rounded coordinates."""
    geoms = shapely.set_precision(gdf.geometry.values, 10.0 ** -precision)
    texts = shapely.to_geojson(geoms)
    cols = {k: list(v) for k, v in props.items()}
    feats = []
    for i, g in enumerate(texts):
        if g is None:
            continue
        feats.append({"type": "Feature", "properties": {k: _jsonable(v[i]) for k, v in cols.items()},
                      "geometry": json.loads(g)})
    return {"type": "FeatureCollection", "features": feats}


def _jsonable(v):
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return None
    if isinstance(v, np.generic):
        return v.item()
    return v


def tooltip_texts(gdf: gpd.GeoDataFrame, make: Callable[[dict], str]) -> list[str]:
    """Escaped tooltip HTML per row; ``make`` gets the row as a dict and returns plain text lines."""
    return [make(rec) for rec in gdf.drop(columns=gdf.geometry.name).to_dict("records")]


def lines(*parts) -> str:
    """Join already-escaped parts with line breaks."""
    return "<br>".join(p for p in parts if p)


def zones_layer(zones: gpd.GeoDataFrame, lang: str, *, name: str | None = None) -> folium.GeoJson:
    def tip(rec):
        area = rec.get("planned_area_ha")
        area_txt = ""
        if area is not None and area == area:
            area_txt = t("area_ha", lang, v=f"{area:,.1f}") + (f" ({t('estimated', lang)})" if rec.get("area_estimated") else "")
        return lines(f"<b>{esc(name_of(rec, lang))}</b>", esc(t('kind_' + rec['kind'], lang)),
                     esc(t('zone_stage_' + rec['stage'], lang)), esc(area_txt))

    fc = feature_collection(zones, {"id": zones["id"], "kind": zones["kind"], "tip": tooltip_texts(zones, tip)})
    return folium.GeoJson(
        fc,
        name=name or t("layer_zones", lang),
        style_function=lambda f: ZONE_STYLE[f["properties"]["kind"]],
        highlight_function=lambda f: {"weight": 4},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True),
    )


def province_layer(province: gpd.GeoDataFrame, lang: str) -> folium.GeoJson:
    fc = feature_collection(province, {"id": province["id"]}, precision=4)
    return folium.GeoJson(
        fc, name=t("layer_province", lang), control=True,
        style_function=lambda f: {"color": "#333333", "weight": 2, "fill": True, "fillColor": "#f5f5f0",
                                  "fillOpacity": 0.35, "interactive": False},
    )


def constraints_layer(constraints: gpd.GeoDataFrame, lang: str) -> folium.GeoJson:
    def tip(rec):
        return lines(f"<b>{esc(name_of(rec, lang))}</b>", esc(rec.get("confidence")))

    fc = feature_collection(constraints, {"id": constraints["id"], "kind": constraints["kind"],
                                          "tip": tooltip_texts(constraints, tip)}, precision=4)
    return folium.GeoJson(
        fc, name=t("layer_constraints", lang), show=True,
        style_function=lambda f: {"color": CONSTRAINT_COLORS[f["properties"]["kind"]], "weight": 1,
                                  "fillColor": CONSTRAINT_COLORS[f["properties"]["kind"]], "fillOpacity": 0.18},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True),
    )


def infrastructure_layer(infra: gpd.GeoDataFrame, lang: str) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name=t("layer_infrastructure", lang))
    lines_ = infra[infra.geometry.geom_type != "Point"]
    points = infra[infra.geometry.geom_type == "Point"]
    if len(lines_):
        fc = feature_collection(lines_, {"id": lines_["id"], "kind": lines_["kind"],
                                         "tip": [f"<b>{esc(name_of(r, lang))}</b>" for r in
                                                 lines_.drop(columns="geometry").to_dict("records")]}, precision=4)
        folium.GeoJson(
            fc, style_function=lambda f: {"color": INFRA_COLORS[f["properties"]["kind"]], "weight": 3,
                                          "opacity": 0.8},
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
        ).add_to(group)
    for rec, g in zip(points.drop(columns="geometry").to_dict("records"), points.geometry.values):
        folium.CircleMarker(
            location=[g.y, g.x], radius=6, color="#ffffff", weight=2, fill=True, fill_opacity=1.0,
            fill_color=INFRA_COLORS[rec["kind"]],
            tooltip=folium.Tooltip(f"<b>{esc(name_of(rec, lang))}</b>"),
        ).add_to(group)
    return group


def communes_layer(communes: gpd.GeoDataFrame, lang: str) -> folium.GeoJson:
    fc = feature_collection(communes, {"tip": [esc(v) for v in communes["name_vi"]]}, precision=4)
    return folium.GeoJson(
        fc, name=t("layer_communes", lang), show=False,
        marker=folium.CircleMarker(radius=2, color="#555555", fill=True, fill_opacity=0.8, weight=1),
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
    )
