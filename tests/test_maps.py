"""GeoDataFrames to folium layers (layers.maps): escaped tooltips, labels and legends in the user's
language, small GeoJSON, and the view that shows a set of features."""

from __future__ import annotations

import json

import folium
import geopandas as gpd
import numpy as np
import shapely

from layers import catalogue, maps
from layers.i18n import t

ATTACK = "<img src=x onerror=alert(1)>"


def _zones() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "id": ["kcn-a", "ccn-b"], "kind": ["kcn", "ccn"], "name_vi": [f"KCN {ATTACK}", "CCN Bình Minh"],
        "name_en": ["Park A", None], "stage": ["operating", "planned"], "planned_area_ha": [1234.5, 50.0],
        "area_estimated": [False, True],
    }, geometry=[shapely.box(105.0, 19.5, 105.1, 19.6), shapely.box(105.2, 19.5, 105.25, 19.55)], crs=4326)


def _plots() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "id": ["p-1", "p-2", "p-3"], "zone_id": ["kcn-a", "kcn-a", "ccn-b"],
        "clearance_stage": ["not_started", "handed_over", "inventory"], "blocked": [False, True, None],
        "area_ha": [1.26, 2500.0, 0.5], "handed_over_share": [0.0, 1.0, 0.625],
    }, geometry=[shapely.box(105.0 + i * 0.01, 19.5, 105.008 + i * 0.01, 19.508) for i in range(3)], crs=4326)


def _cadastral() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "id": ["16636-12-345", "16636-12-346", "x-1"], "sheet_no": ["12", "12", None], "parcel_no": ["345", "346", None],
        "land_use_code": ["ONT", "LUC+CLN", "XYZ"], "area_m2": [1530.4, 12000.0, 80.0],
        "clearance_stage": ["not_started", "handed_over", "inventory"], "blocked": [False, True, None],
    }, geometry=[shapely.box(105.0 + i * 0.001, 19.5, 105.0008 + i * 0.001, 19.5008) for i in range(3)], crs=4326)


def tips(layer: folium.GeoJson) -> list[str]:
    return [f["properties"]["tip"] for f in layer.data["features"]]


def test_zone_tooltips_escape_names_and_speak_the_users_language():
    vi = tips(maps.zones_layer(_zones(), "vi", tiers={"kcn-a": 5}))
    en = tips(maps.zones_layer(_zones(), "en", tiers={"kcn-a": 5}))
    assert "&lt;img src=x onerror=alert(1)&gt;" in vi[0] and "<img" not in vi[0]
    assert vi[0].startswith("<b>KCN &lt;img") and en[0].startswith("<b>Park A</b>")
    assert "1.234,5 ha" in vi[0] and "1,234.5 ha" in en[0]
    assert catalogue.tier_label(5, "vi") in vi[0] and catalogue.tier_label(5, "en") in en[0]
    assert "CCN Bình Minh" in en[1]  # no English name: the Vietnamese one
    assert catalogue.label("zone_stage", "operating", "en") in en[0]


def test_features_carry_only_what_is_drawn_or_shown():
    layer = maps.zones_layer(_zones(), "en")
    props = layer.data["features"][0]["properties"]
    assert set(props) == {"id", "layer", "kind", "tip"} and props["layer"] == "zone"


def test_site_constraint_and_commune_tooltips_are_escaped():
    sites = gpd.GeoDataFrame({"site_id": [ATTACK], "zone_name_vi": [ATTACK], "zone_name_en": [ATTACK],
                              "area_ha": [12.0], "tier": [5], "km_to_port": [3.21]},
                             geometry=[shapely.box(105, 19.5, 105.01, 19.51)], crs=4326)
    constraints = gpd.GeoDataFrame({"name_vi": [ATTACK], "name_en": [ATTACK], "kind": ["flood"],
                                    "confidence": [ATTACK]}, geometry=[shapely.box(105, 19.5, 105.1, 19.6)],
                                   crs=4326)
    communes = gpd.GeoDataFrame({"name_vi": [ATTACK]}, geometry=[shapely.Point(105, 19.5)], crs=4326)
    for layer in (maps.sites_layer(sites, "en", ATTACK), maps.site_points_layer(sites, "vi"),
                  maps.constraints_layer(constraints, "en"), maps.communes_layer(communes, "vi")):
        for tip in tips(layer):
            assert "<img" not in tip and "&lt;img" in tip
    assert f"{t('dist_port', 'en')}: 3.2 km" in tips(maps.sites_layer(sites, "en"))[0]


def test_a_rendered_map_holds_no_markup_from_the_data():
    m = maps.make_map(basemap=False)
    maps.zones_layer(_zones(), "vi").add_to(m)
    html = m.get_root().render()
    assert "<img" not in html and "onerror=alert(1)>" not in html
    assert "\\u0026lt;img src=x onerror=alert(1)\\u0026gt;" in html  # escaped, then JSON-encoded by folium


def test_plot_tooltips_are_tables_in_the_users_language_and_colours_follow_the_choice():
    p = _plots()
    vi = maps.plots_layer(p, "vi", color_by="stage", zone_names={"kcn-a": "KCN A", "ccn-b": "CCN B"})
    en = maps.plots_layer(p, "en", color_by="tier", tiers=np.array([1, 5, 3]))
    vi_lines, en_lines = json.loads(vi.lines_json), json.loads(en.lines_json)
    assert vi_lines[1] == ["z", ["CCN B", "KCN A"]]  # zone codes index the sorted zone ids
    assert vi_lines[3][1][0] == catalogue.stage_label("not_started", "vi")
    assert en_lines[3][0] == "g" and en_lines[3][1][-1] == catalogue.stage_label("handed_over", "en")
    assert en_lines[4] == ["h", None]  # the share handed over, as the feature says it
    assert en_lines[5] == ["t", ["", *(catalogue.tier_label(k, "en") for k in range(1, 6))]]
    assert json.loads(vi.styles_json)[0][1] == catalogue.STAGE_COLORS["not_started"]
    assert json.loads(en.styles_json)[5][1] == catalogue.TIER_COLORS[5]
    features = json.loads(vi.data)["features"]
    assert [f["properties"]["a"] for f in features] == ["1,3 ha", "2.500,0 ha", "0,5 ha"]
    assert [f["properties"]["b"] for f in features] == [0, 1, 0]  # blocked outlined; unknown is not blocked
    assert json.loads(en.data)["features"][1]["properties"]["s"] == 5  # coloured by tier
    assert [f["properties"]["h"] for f in features] == ["0 % đã bàn giao", "100 % đã bàn giao", "62 % đã bàn giao"]
    assert json.loads(en.data)["features"][2]["properties"]["h"] == "62 % handed over"
    assert json.loads(vi.layer_json) == "plot"  # a click selects the plot
    assert vi.layer_name == "Lô đất quy hoạch" and en.layer_name == "Plots"


def test_cadastral_parcels_are_named_by_sheet_and_parcel_with_their_land_use_in_words():
    vi = maps.cadastral_layer(_cadastral(), "vi")
    en = maps.cadastral_layer(_cadastral(), "en", pale=False)
    props = [f["properties"] for f in json.loads(en.data)["features"]]
    assert [p["n"] for p in props] == ["12/345 · 16636-12-345", "12/346 · 16636-12-346", "x-1"]
    uses = dict(json.loads(en.lines_json))["u"]  # each land use named once, in the tooltip's table
    assert [uses[p["u"]] for p in props] == ["ONT · Rural residential land",
                                             "LUC+CLN · Specialised rice land + Perennial crop land", "XYZ"]
    assert [p["a"] for p in props] == ["1,530 m²", "12,000 m²", "80 m²"] and [p["b"] for p in props] == [0, 1, 0]
    assert json.loads(vi.data)["features"][0]["properties"]["a"] == "1.530 m²"
    assert dict(json.loads(vi.lines_json))["u"][json.loads(vi.data)["features"][0]["properties"]["u"]] == \
        "ONT · Đất ở tại nông thôn"
    assert json.loads(vi.layer_json) == "parcel" and vi.layer_name == "Thửa đất (địa chính)"
    assert vi.fill_opacity < en.fill_opacity  # over the plots, paler


def test_legends_are_escaped_and_speak_the_users_language():
    html = maps.legend_html(ATTACK, [("#fff", ATTACK), ("red", "ok")])
    assert "<img" not in html and html.count("&lt;img") == 2
    vi, en = catalogue.stage_legend("vi"), catalogue.stage_legend("en")
    assert len(vi) == len(en) == 7 and [c for c, _ in vi] == [c for c, _ in en]
    assert vi[-1][1] != en[-1][1] and en[-1][1] == catalogue.stage_label("handed_over", "en")
    assert catalogue.tier_legend("en")[4] == (catalogue.TIER_COLORS[5], catalogue.tier_label(5, "en"))
    assert [e[1] for e in catalogue.zone_legend("en")][0] != [e[1] for e in catalogue.zone_legend("vi")][0]


def test_feature_collections_round_coordinates_and_skip_empty_geometries():
    collapsed = shapely.box(105.0, 19.5, 105.0000001, 19.5000001)  # empty once rounded to about a metre
    fc = maps.feature_collection([shapely.Point(105.1234567, 19.7654321), shapely.Polygon(), None, collapsed],
                                 {"id": ["a", "b", "c", "d"], "v": [np.int64(3), float("nan"), None, 1]}, precision=5)
    assert len(fc["features"]) == 1
    feature = fc["features"][0]
    assert feature["geometry"]["coordinates"] == [105.12346, 19.76543]
    assert feature["properties"] == {"id": "a", "v": 3}
    assert maps.feature_collection([], {"id": []}) == {"type": "FeatureCollection", "features": []}


def test_the_view_of_bounds_centres_them_at_the_largest_zoom_that_fits():
    bounds = ((19.50, 105.00), (19.52, 105.04))
    assert np.allclose(maps.centre_of(bounds), [19.51, 105.02])
    view = maps.view_of(bounds, 900, 600)
    assert view["center"] == maps.centre_of(bounds) and view["zoom"] == maps.zoom_for(bounds, 900, 600)
    z = view["zoom"]
    assert (105.04 - 105.00) * 256 * 2 ** z / 360 <= 900 < (105.04 - 105.00) * 256 * 2 ** (z + 1) / 360 or z == 18
    assert maps.view_of(bounds, 300, 200)["zoom"] < z  # a smaller map zooms out
    assert maps.view_of(bounds, min_zoom=17)["zoom"] == 17 and maps.view_of(bounds, max_zoom=10)["zoom"] == 10
    tiny = ((19.5, 105.0), (19.50001, 105.00001))
    assert maps.zoom_for(tiny) == 18 and maps.zoom_for(maps.PROVINCE_BOUNDS, 900, 600) in range(6, 10)


def test_bounds_of_geometries_are_padded():
    (s, w), (n, e) = maps.bounds_of([shapely.Point(105, 19.5), shapely.Point(105.1, 19.6)], pad=0.01)
    assert np.allclose([s, w, n, e], [19.49, 104.99, 19.61, 105.11])


def test_a_map_opens_on_the_view_given_or_on_the_province():
    opened = maps.make_map(basemap=False, view={"center": [19.6, 105.8], "zoom": 14})
    assert opened.location == [19.6, 105.8] and opened.options["zoom"] == 14
    province = maps.make_map(basemap=True)
    html = province.get_root().render()
    assert "fitBounds" in html and "tile.openstreetmap.org" in html


def test_plot_tiles_layer_config_speaks_the_users_language(tmp_path):
    from layers.tiles import build, parcel_codes

    p = _plots()
    codes = parcel_codes(p, np.array([0, 6, 2]), np.array([1, 5, 3]), np.array([0, 0, 1]))
    tiles = build(p["id"].to_numpy(dtype=object), p.geometry.values, codes, tmp_path, "/static/t")
    vi = json.loads(maps.plot_tiles_layer(tiles, "vi", color_by="tier", zone_names=["A", "B"]).config)
    en = json.loads(maps.plot_tiles_layer(tiles, "en", color_by="stage", zone_names=["A", "B"],
                                            max_features=10).config)
    assert (vi["decimal"], vi["thousands"], vi["locale"]) == (",", ".", "vi-VN")
    assert (en["decimal"], en["thousands"], en["locale"]) == (".", ",", "en-US")
    assert vi["colorBy"] == "tier" and en["max"] == 10 and en["minZoom"] == maps.PARCEL_MIN_ZOOM
    assert en["stages"][-1] == catalogue.stage_label("handed_over", "en") and "{n}" in en["capped"]
    assert en["layer"] == "plot" and "plots" in en["capped"]
