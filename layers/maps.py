"""GeoDataFrames to folium layers: minimal GeoJSON, escaped tooltips, canvas rendering.

Every text that reaches a tooltip or popup is HTML-escaped here: folium's GeoJsonTooltip and
Leaflet's bindTooltip insert raw HTML, and folium.Tooltip text lands in a JavaScript template
literal. Features carry only what is drawn or shown (id, layer, a style key, the tooltip) and
coordinates rounded to about a metre.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import folium
import geopandas as gpd
from branca.element import MacroElement
from jinja2 import Template
import numpy as np
import pandas as pd
import shapely

from geo import landuse
from geo.picker import parcel_name
from geo.stages import STAGES

from .assets import use_local_assets
from .catalogue import (CHANGE_COLORS, CONSTRAINT_COLORS, INFRA_COLORS, RESETTLEMENT_STYLE, SELECTION_STYLE, STAGE_COLORS,
                        TIER_COLORS, ZONE_STYLE, change_label, label, stage_label, tier_label)
from .compact import CompactGeoJson, Look
from .i18n import fmt_ha, fmt_num, name_of, t
from .text import esc, lines, missing, truthy
from .tiles import ParcelTiles, TileLook, TileSet

#: Thanh Hóa's extent (lat/lon), for the first view.
PROVINCE_BOUNDS = ((19.28, 104.37), (20.68, 106.08))
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTR = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
#: Plots are drawn from this zoom level on (or when their zone is selected).
PARCEL_MIN_ZOOM = 13
#: Cadastral parcels (staff only) are drawn from this zoom level on: they are many and small.
CADASTRAL_MIN_ZOOM = 15
#: What plots can be coloured by: clearance stage or readiness tier.
COLOR_BY = ("stage", "tier")
#: Tooltips wrap instead of running off the map's edge (Leaflet's "auto" direction opens them towards the
#: middle of the map, which fits one at most half the map wide).
TOOLTIP_CSS = ("<style>.leaflet-tooltip{white-space:normal;max-width:300px;width:max-content;"
               "overflow-wrap:anywhere}</style>")


class TooltipsInside(MacroElement):
    """Keeps every tooltip inside the map: one that would cross an edge (a parcel at the top of the map,
    a zone near its right edge) is moved back in, clear of the attribution at the bottom. Leaflet itself
    only chooses left or right of the cursor."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            if (!window.L || L.Tooltip.prototype._srInside) { return; }
            var place = L.Tooltip.prototype._setPosition;
            L.Tooltip.prototype._setPosition = function (pos) {
                place.call(this, pos);
                var map = this._map, el = this._container;
                if (!map || !el) { return; }
                var at = L.DomUtil.getPosition(el), origin = map.containerPointToLayerPoint([0, 0]);
                var size = map.getSize(), x = at.x - origin.x, y = at.y - origin.y;
                var dx = Math.max(4 - x, Math.min(0, size.x - 4 - (x + el.offsetWidth)));
                var dy = Math.max(4 - y, Math.min(0, size.y - 22 - (y + el.offsetHeight)));  // above the attribution
                if (dx || dy) { L.DomUtil.setPosition(el, at.add([dx, dy])); }
            };
            L.Tooltip.prototype._srInside = true;
        })();
        {% endmacro %}
    """)


class QuickReport(MacroElement):
    """Tells the app where the map went 60 ms after a pan or zoom ends, not streamlit-folium's 250 ms.

    streamlit-folium reports a moved map through a 250 ms debounce: a quarter of the 1 s a planner's pan
    may take before the cadastral parcels of the new view are drawn. This sends the same value, built the
    same way (streamlit-folium 0.27's ``updateComponentValue``: the same fields, filtered by the returned
    objects), after 60 ms without a further move, and records it as the component's last value, so the
    component's own report that follows finds nothing new to send. The map's opening moves (fitBounds)
    happen before this listens: a visitor's first report is the component's own."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var G = window.__GLOBAL_DATA__, S = window.Streamlit, timer = null;
            if (!G || !S || !S.setComponentValue || G.wrap_longitude) { return; }
            function report() {
                var all = {
                    last_clicked: G.lat_lng_clicked, last_object_clicked: G.last_object_clicked,
                    last_object_clicked_count: G.last_object_clicked_count,
                    last_object_clicked_tooltip: G.last_object_clicked_tooltip,
                    last_object_clicked_popup: G.last_object_clicked_popup, all_drawings: G.all_drawings,
                    last_active_drawing: G.last_active_drawing, last_geocoder_result: G.last_geocoder_result,
                    bounds: map.getBounds(), zoom: map.getZoom(), last_circle_radius: G.last_circle_radius,
                    last_circle_polygon: G.last_circle_polygon, center: map.getCenter(),
                    selected_layers: Object.values(G.selected_layers || {}), selected_tags: G.selected_tags
                };
                var value = {};
                Object.keys(all).forEach(function (k) {
                    if (!G.returned_objects || G.returned_objects.indexOf(k) >= 0) { value[k] = all[k]; }
                });
                if (JSON.stringify(G.previous_data) !== JSON.stringify(value)) {
                    G.previous_data = value;
                    S.setComponentValue(value);
                }
            }
            setTimeout(function () {
                map.on('moveend', function () { clearTimeout(timer); timer = setTimeout(report, 60); });
            }, 0);
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)


def make_map(*, basemap: bool = True, bounds=PROVINCE_BOUNDS, view: dict | None = None,
             height: str = "100%") -> folium.Map:
    """A Leaflet map with the canvas renderer, served from the app's own copy of Leaflet.

    It opens on ``view`` ({"center": [lat, lng], "zoom": z}) when given, else on ``bounds``. The
    OpenStreetMap basemap is optional: without Internet its tiles fail quietly and the app's own
    layers (outline, communes, zones) still orient the user.
    """
    use_local_assets()
    m = folium.Map(location=view["center"] if view else [19.8, 105.4], zoom_start=view["zoom"] if view else 9,
                   tiles=None, prefer_canvas=True, control_scale=True, height=height, min_zoom=7, max_zoom=18)
    m.get_root().header.add_child(folium.Element(TOOLTIP_CSS))
    TooltipsInside().add_to(m)
    QuickReport().add_to(m)
    if basemap:
        folium.TileLayer(OSM_TILES, attr=OSM_ATTR, name="OpenStreetMap", max_zoom=19).add_to(m)
    if not view:
        m.fit_bounds([list(bounds[0]), list(bounds[1])])
    return m


def feature_collection(geoms, props: dict[str, Iterable], *, precision: int = 5) -> dict:
    """A GeoJSON FeatureCollection with only ``props`` (name -> values) and rounded coordinates."""
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return {"type": "FeatureCollection", "features": []}
    rounded = shapely.set_precision(geoms, 10.0 ** -precision)
    texts = shapely.to_geojson(rounded)
    empty = shapely.is_missing(rounded) | shapely.is_empty(rounded)  # missing, or collapsed by the rounding
    cols = {k: list(v) for k, v in props.items()}
    feats = []
    for i, g in enumerate(texts):
        if empty[i]:
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


def simplify_for_zoom(geoms, zoom: int):
    """Simplify to about half a screen pixel at ``zoom`` (nothing from zoom 18 on).

    The tolerance is a length on the ground, so the simplification runs in degrees of latitude: longitudes
    scaled by the cosine of the features' middle latitude (a local equirectangular frame, within a pixel of
    metric over a view). Projecting to VN-2000 and back, as before, gave the same shapes at a datum shift's
    cost: 0.08 s of each planner's pan of 3,000 parcels."""
    metres_per_px = 156_543.0 * np.cos(np.radians(19.8)) / (2 ** zoom)
    tol = metres_per_px * 0.5
    geoms = np.asarray(geoms, dtype=object)
    if tol < 0.5 or len(geoms) == 0:
        return geoms
    south, north = shapely.total_bounds(geoms)[[1, 3]]
    if not np.isfinite(south):
        return geoms
    scale = np.array([np.cos(np.radians((south + north) / 2)), 1.0])
    local = shapely.transform(geoms, lambda c: c * scale)
    return shapely.transform(shapely.simplify(local, tol / 111_320.0, preserve_topology=True), lambda c: c / scale)


def _records(gdf: gpd.GeoDataFrame) -> list[dict]:
    return gdf.drop(columns=gdf.geometry.name).to_dict("records")


def zones_layer(zones: gpd.GeoDataFrame, lang: str, tiers: dict | None = None) -> folium.GeoJson:
    def tip(rec):
        area = rec.get("planned_area_ha")
        area_txt = fmt_ha(area, lang) + (f" ({t('estimated', lang)})" if truthy(rec.get("area_estimated")) else "")
        tier_txt = tier_label(tiers[rec["id"]], lang) if tiers and rec["id"] in tiers else ""
        return lines(f"<b>{esc(name_of(rec, lang))}</b>", esc(t('kind_' + rec['kind'], lang)),
                     esc(label("zone_stage", rec["stage"], lang)), esc(area_txt), esc(tier_txt))

    recs = _records(zones)
    fc = feature_collection(zones.geometry.values, {
        "id": zones["id"], "layer": ["zone"] * len(zones), "kind": zones["kind"], "tip": [tip(r) for r in recs]})
    return folium.GeoJson(
        fc,
        name=t("layer_zones", lang),
        style_function=lambda f: ZONE_STYLE[f["properties"]["kind"]],
        highlight_function=lambda f: {"weight": 4, "fillOpacity": 0.4},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True),
    )


def zone_points_layer(zones: gpd.GeoDataFrame, lang: str, tiers: dict | None = None) -> folium.GeoJson:
    """Each park and cluster as a dot, so that they show at province scale (the EZ is drawn as an area)."""
    z = zones[zones["kind"] != "kkt"]
    pts = shapely.point_on_surface(z.geometry.values)
    recs = _records(z)
    colors = [TIER_COLORS[tiers[r["id"]]] if tiers and r["id"] in tiers else ZONE_STYLE[r["kind"]]["fillColor"]
              for r in recs]
    tips = [lines(f"<b>{esc(name_of(r, lang))}</b>", esc(tier_label(tiers[r['id']], lang)) if tiers else "")
            for r in recs]
    fc = feature_collection(pts, {"id": z["id"], "layer": ["zone"] * len(z), "c": colors, "k": z["kind"],
                                  "tip": tips})
    return folium.GeoJson(
        fc, name=t("layer_zone_points", lang),
        marker=folium.CircleMarker(radius=7, weight=2, fill=True, fill_opacity=0.95),
        style_function=lambda f: {"color": ZONE_STYLE[f["properties"]["k"]]["color"], "fillColor": f["properties"]["c"],
                                  "radius": 7},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
    )


def plots_layer(plots: gpd.GeoDataFrame, lang: str, *, color_by: str, tiers=None, zone_names=None,
                zoom: int = 16) -> CompactGeoJson:
    """Planned plots coloured by clearance stage (derived: the least advanced parcel beneath) or readiness
    tier, as a compact layer (see layers.compact).

    Blocked plots (a blocked parcel beneath) get a dark red outline. Tooltips (id, zone, area, stage, share
    handed over, tier) are built in the browser from lookup tables, so a plot costs about 150 bytes.
    """
    n = len(plots)
    stage_idx = [STAGES.index(s) for s in plots["clearance_stage"].to_numpy(dtype=object)]
    tier_arr = np.asarray(tiers if tiers is not None else np.zeros(n), dtype=int)
    zone_ids = plots["zone_id"].to_numpy(dtype=object)
    zone_list = sorted(set(zone_ids))
    zone_index = {z: i for i, z in enumerate(zone_list)}
    blocked = plots["blocked"].fillna(False).to_numpy(dtype=bool) if "blocked" in plots else np.zeros(n, bool)
    codes = {
        "s": tier_arr if color_by == "tier" else stage_idx,
        "z": [zone_index[z] for z in zone_ids],
        "a": [fmt_ha(a, lang) for a in plots["area_ha"].to_numpy(dtype=float)],
        "b": blocked.astype(int),
    }
    if color_by == "tier":
        codes["g"] = stage_idx  # the stage still shows in the tooltip
    if "handed_over_share" in plots:
        codes["h"] = [handed_over_text(v, lang) for v in plots["handed_over_share"].to_numpy(dtype=float)]
    if tiers is not None:
        codes["t"] = tier_arr
    zones = [zone_names.get(z, z) if zone_names else z for z in zone_list]
    return CompactGeoJson(plots["id"].to_numpy(dtype=object), simplify_for_zoom(plots.geometry.values, zoom),
                          codes, plot_look(lang, color_by, zones, with_tiers=tiers is not None),
                          decimals=6 if zoom >= 17 else 5, name=t("layer_plots", lang))


def handed_over_text(share, lang: str) -> str:
    """A plot's share handed over, in words: "62 % đã bàn giao" / "62 % handed over"; "" when not known."""
    if missing(share):
        return ""
    return t("handed_over_pct", lang, p=fmt_num(100 * float(share), lang, 0))


def plot_look(lang: str, color_by: str, zones: list[str], *, with_tiers: bool) -> Look:
    """Plots' colours (by stage or by tier) and tooltip lines (id, zone, area, stage, share handed over, and
    tier if known); ``zones``: the zone names, by zone code."""
    if color_by == "tier":
        styles = [["#555555", TIER_COLORS.get(k, "#cccccc")] for k in range(6)]
    else:
        styles = [["#555555", STAGE_COLORS[s]] for s in STAGES]
    lines_spec = [["id", None], ["z", zones], ["a", None],
                  ["g" if color_by == "tier" else "s", [stage_label(s, lang) for s in STAGES]], ["h", None]]
    if with_tiers:
        lines_spec.append(["t", [""] + [tier_label(k, lang) for k in range(1, 6)]])
    return Look(styles=styles, lines=lines_spec, layer="plot")


def plot_tiles_layer(tiles: TileSet, lang: str, *, color_by: str, zone_names: list[str],
                     max_features: int = 6000) -> ParcelTiles:
    """Plots fetched by the browser from the plot tiles (layers.tiles) from PARCEL_MIN_ZOOM on, coloured by
    clearance stage or readiness tier, blocked ones outlined in dark red; tooltips as plots_layer's."""
    look = TileLook(
        color_by=color_by, stage_colors=[STAGE_COLORS[s] for s in STAGES],
        tier_colors=[TIER_COLORS.get(k, "#cccccc") for k in range(6)], zones=zone_names,
        stages=[stage_label(s, lang) for s in STAGES], tiers=[""] + [tier_label(k, lang) for k in range(1, 6)],
        capped=t("tiles_capped", lang), lang=lang, layer="plot")
    return ParcelTiles(tiles, look, min_zoom=PARCEL_MIN_ZOOM, max_features=max_features, name=t("layer_plots", lang))


def parcel_names(parcels) -> list[str]:
    """Each cadastral parcel as officers name it: "12/345 · <id>" (sheet/parcel no.), the id when unnumbered."""
    return [parcel_name(*rec) for rec in zip(parcels["id"], parcels["sheet_no"], parcels["parcel_no"])]


def cadastral_layer(parcels: gpd.GeoDataFrame, lang: str, *, zoom: int = 17, pale: bool = True) -> CompactGeoJson:
    """Cadastral parcels (thửa đất) coloured by clearance stage, blocked ones outlined in dark red; tooltips:
    sheet/parcel no. and id, land-use code with its name, area, stage. ``pale``: drawn over the plots, so that
    both show."""
    stage_idx = [STAGES.index(s) if s in STAGES else 0 for s in parcels["clearance_stage"].to_numpy(dtype=object)]
    blocked = parcels["blocked"].fillna(False).to_numpy(dtype=bool)
    # A view's parcels share a few land-use codes: each is named once, in the tooltip's table.
    use, uses = pd.factorize(parcels["land_use_code"].to_numpy(dtype=object), use_na_sentinel=False)
    codes = {
        "s": stage_idx,
        "b": blocked.astype(int),
        "n": parcel_names(parcels),
        "u": use,
        "a": [f"{fmt_num(a, lang, 0)} m²" for a in parcels["area_m2"].to_numpy(dtype=float)],
    }
    look = Look(styles=[["#333333", STAGE_COLORS[s]] for s in STAGES],
                lines=[["n", None], ["u", [landuse.label(c, lang) for c in uses]], ["a", None],
                       ["s", [stage_label(s, lang) for s in STAGES]]],
                layer="parcel", fill_opacity=0.45 if pale else 0.8, weight=1.0 if pale else 0.6)
    return CompactGeoJson(parcels["id"].to_numpy(dtype=object), simplify_for_zoom(parcels.geometry.values, zoom),
                          codes, look, decimals=6 if zoom >= 17 else 5, name=t("layer_cadastral", lang))


def change_layer(parcels: gpd.GeoDataFrame, change: np.ndarray, before: np.ndarray, after: np.ndarray,
                 lang: str) -> CompactGeoJson:
    """Cadastral parcels coloured by what happened to them between two dates (geo.timeline.CHANGES); tooltips:
    sheet/parcel no. and id, the change, the stage at the start and at the end."""
    from geo.timeline import CHANGES

    names = [change_label(c, lang) for c in CHANGES]
    stage_names = [stage_label(s, lang) for s in STAGES] + ["—"]
    codes = {
        "s": [CHANGES.index(c) for c in change],
        "n": parcel_names(parcels),
        "f": [STAGES.index(s) if s in STAGES else len(STAGES) for s in before],
        "t": [STAGES.index(s) if s in STAGES else len(STAGES) for s in after],
    }
    look = Look(styles=[["#333333", CHANGE_COLORS[c]] for c in CHANGES],
                lines=[["n", None], ["s", names], ["f", stage_names], ["t", stage_names]],
                layer="parcel", fill_opacity=0.8, weight=0.6)
    return CompactGeoJson(parcels["id"].to_numpy(dtype=object), simplify_for_zoom(parcels.geometry.values, 15),
                          codes, look, decimals=6, name=t("change_map", lang))


def sites_layer(sites: gpd.GeoDataFrame, lang: str, selected: str | None = None) -> folium.GeoJson:
    recs = sites.to_dict("records")
    tips = [lines(f"<b>{esc(r['site_id'])}</b>", esc(name_of({'name_vi': r['zone_name_vi'], 'name_en': r['zone_name_en']}, lang)),
                  esc(fmt_ha(r["area_ha"], lang)), esc(tier_label(r["tier"], lang)),
                  esc(f"{t('dist_port', lang)}: {fmt_num(r['km_to_port'], lang)} km") if not missing(r.get("km_to_port")) else "")
            for r in recs]
    fc = feature_collection(sites.geometry.values, {
        "id": sites["site_id"], "layer": ["site"] * len(sites), "k": sites["tier"],
        "sel": [s == selected for s in sites["site_id"]], "tip": tips})
    return folium.GeoJson(
        fc, name=t("layer_sites", lang),
        style_function=lambda f: {"color": SELECTION_STYLE["color"] if f["properties"]["sel"] else "#1b4332",
                                  "weight": 4 if f["properties"]["sel"] else 1.5,
                                  "fillColor": TIER_COLORS[f["properties"]["k"]], "fillOpacity": 0.75},
        highlight_function=lambda f: {"weight": 4, "color": "#000000"},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True),
    )


def site_points_layer(sites: gpd.GeoDataFrame, lang: str, selected: str | None = None) -> folium.GeoJson:
    """Each site as a dot too, so that sites show at province scale (their outlines are a few pixels there)."""
    recs = sites.to_dict("records")
    tips = [lines(f"<b>{esc(r['site_id'])}</b>", esc(fmt_ha(r["area_ha"], lang)), esc(tier_label(r["tier"], lang)))
            for r in recs]
    pts = shapely.point_on_surface(sites.geometry.values)
    fc = feature_collection(pts, {"id": sites["site_id"], "layer": ["site"] * len(sites), "k": sites["tier"],
                                  "sel": [s == selected for s in sites["site_id"]], "tip": tips})
    return folium.GeoJson(
        fc, name=t("layer_sites", lang),
        marker=folium.CircleMarker(radius=6, weight=2, fill=True, fill_opacity=0.95),
        style_function=lambda f: {"color": SELECTION_STYLE["color"] if f["properties"]["sel"] else "#1b4332",
                                  "fillColor": TIER_COLORS[f["properties"]["k"]], "radius": 8 if f["properties"]["sel"] else 6},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
    )


def selection_layer(geom, lang: str) -> folium.GeoJson:
    fc = feature_collection([geom], {"layer": ["selection"]}, precision=6)
    # Not interactive: an outline must not swallow clicks meant for the parcels under it.
    return folium.GeoJson(fc, name=t("layer_selection", lang), style_function=lambda f: SELECTION_STYLE,
                          interactive=False)


def province_layer(province: gpd.GeoDataFrame, lang: str) -> folium.GeoJson:
    fc = feature_collection(province.geometry.values, {"layer": ["province"] * len(province)}, precision=4)
    return folium.GeoJson(
        fc, name=t("layer_province", lang),
        style_function=lambda f: {"color": "#333333", "weight": 2, "fill": True, "fillColor": "#f5f5f0",
                                  "fillOpacity": 0.3},
        interactive=False,
    )


def constraints_layer(constraints: gpd.GeoDataFrame, lang: str) -> folium.GeoJson:
    recs = _records(constraints)
    tips = [lines(f"<b>{esc(name_of(r, lang))}</b>", esc(label('constraint', r['kind'], lang)),
                  esc(r.get("confidence"))) for r in recs]
    fc = feature_collection(constraints.geometry.values, {"layer": ["constraint"] * len(recs),
                                                          "kind": constraints["kind"], "tip": tips}, precision=4)
    return folium.GeoJson(
        fc, name=t("layer_constraints", lang),
        style_function=lambda f: {"color": CONSTRAINT_COLORS[f["properties"]["kind"]], "weight": 1,
                                  "fillColor": CONSTRAINT_COLORS[f["properties"]["kind"]], "fillOpacity": 0.18},
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True),
    )


def resettlement_layer(areas: gpd.GeoDataFrame, lang: str) -> folium.GeoJson:
    recs = _records(areas)
    tips = [lines(f"<b>{esc(name_of(r, lang))}</b>", esc(label('rs', r['stage'], lang)),
                  esc(t("rs_lots", lang, allocated=fmt_num(_count(r.get("allocated_lots")), lang, 0),
                        capacity=fmt_num(_count(r.get("capacity_lots")), lang, 0)))) for r in recs]
    fc = feature_collection(areas.geometry.values, {"id": areas["id"], "layer": ["resettlement"] * len(recs),
                                                    "tip": tips})
    return folium.GeoJson(fc, name=t("layer_resettlement", lang), style_function=lambda f: RESETTLEMENT_STYLE,
                          tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False, sticky=True))


def _count(value) -> int:
    return 0 if missing(value) else int(value)


def infrastructure_layer(infra: gpd.GeoDataFrame, lang: str) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name=t("layer_infrastructure", lang))
    is_point = infra.geometry.geom_type.to_numpy() == "Point"
    for part, marker in ((infra[~is_point], None), (infra[is_point], True)):
        if part.empty:
            continue
        recs = _records(part)
        tips = [lines(f"<b>{esc(name_of(r, lang))}</b>", esc(label('infra', r['kind'], lang))) for r in recs]
        fc = feature_collection(part.geometry.values, {"layer": ["infrastructure"] * len(recs), "kind": part["kind"],
                                                       "tip": tips}, precision=4)
        folium.GeoJson(
            fc,
            marker=folium.CircleMarker(radius=6, color="#ffffff", weight=2, fill=True, fill_opacity=1.0) if marker else None,
            style_function=(lambda f: {"fillColor": INFRA_COLORS[f["properties"]["kind"]], "color": "#ffffff",
                                       "radius": 6}) if marker else
            (lambda f: {"color": INFRA_COLORS[f["properties"]["kind"]], "weight": 3, "opacity": 0.8}),
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
        ).add_to(group)
    return group


def communes_layer(communes: gpd.GeoDataFrame, lang: str) -> folium.GeoJson:
    fc = feature_collection(communes.geometry.values, {"layer": ["commune"] * len(communes),
                                                       "tip": [esc(v) for v in communes["name_vi"]]}, precision=4)
    return folium.GeoJson(
        fc, name=t("layer_communes", lang), show=True,
        marker=folium.CircleMarker(radius=2, color="#555555", fill=True, fill_opacity=0.8, weight=1),
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
    )


def _swatch(color: str, shape: str) -> str:
    """A legend swatch drawn as the feature is drawn on the map (see catalogue.SWATCHES)."""
    c = esc(color)
    box = "display:inline-block;flex:none;width:14px;height:14px;box-sizing:border-box;"
    if shape == "outline" or shape == "dashed":
        style = f"{box}border:3px {'dashed' if shape == 'dashed' else 'solid'} {c};background:transparent"
    elif shape == "area":
        style = f"{box}border:2px solid {c};background:{c}38"  # the map's pale fill (opacity about 0.2)
    elif shape == "line":
        style = f"display:inline-block;flex:none;width:14px;height:0;border-top:4px solid {c}"
    elif shape == "dot":
        style = f"{box}border:2px solid #fff;outline:1px solid #888;border-radius:50%;background:{c}"
    else:
        style = f"{box}border:1px solid #555;background:{c}"
    return f'<span style="{style}"></span>'


def legend_html(title: str, entries: list[tuple]) -> str:
    """A small legend block (escaped) for the page beside the map. Each entry is ``(colour, text)`` or
    ``(colour, text, swatch)``, the swatch one of catalogue.SWATCHES ("fill" when not given)."""
    rows = "".join(
        f'<div style="display:flex;align-items:center;gap:6px;margin:1px 0;line-height:1.25">'
        f'{_swatch(entry[0], entry[2] if len(entry) > 2 else "fill")}<span>{esc(entry[1])}</span></div>'
        for entry in entries
    )
    return (f'<div class="sr-legend"><div style="font-weight:600;margin-top:6px">{esc(title)}</div>'
            f'{rows}</div>')


def bounds_of(geoms, pad: float = 0.002) -> tuple[tuple[float, float], tuple[float, float]]:
    """((south, west), (north, east)) around geometries, padded (degrees)."""
    minx, miny, maxx, maxy = shapely.total_bounds(np.asarray(geoms, dtype=object))
    return (miny - pad, minx - pad), (maxy + pad, maxx + pad)


def zoom_for(bounds, width_px: int = 900, height_px: int = 600) -> int:
    """The largest zoom level at which ``bounds`` fit a map of the given pixel size."""
    (s, w), (n, e) = bounds
    for z in range(18, 5, -1):
        scale = 256 * 2 ** z / 360
        if (e - w) * scale <= width_px and (np.log(np.tan(np.pi / 4 + np.radians(n) / 2))
                                            - np.log(np.tan(np.pi / 4 + np.radians(s) / 2))) * 256 * 2 ** z / (2 * np.pi) <= height_px:
            return z
    return 6



def centre_of(bounds) -> list[float]:
    """[lat, lng] of the middle of ``bounds`` ((south, west), (north, east))."""
    (s, w), (n, e) = bounds
    return [(s + n) / 2, (w + e) / 2]


def view_of(bounds, width_px: int = 900, height_px: int = 600, *, min_zoom: int | None = None,
            max_zoom: int | None = None) -> dict:
    """The map view ({"center": [lat, lng], "zoom": z}) that shows ``bounds`` on a map of the given pixel size,
    its zoom kept within ``min_zoom`` and ``max_zoom`` when given."""
    zoom = zoom_for(bounds, width_px, height_px)
    if min_zoom is not None:
        zoom = max(zoom, min_zoom)
    if max_zoom is not None:
        zoom = min(zoom, max_zoom)
    return {"center": centre_of(bounds), "zoom": zoom}
