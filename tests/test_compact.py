"""The compact GeoJSON layer (layers.compact): small features, tooltips built from text nodes, nothing
from the data able to close the script it is embedded in."""

from __future__ import annotations

import json

import folium
import numpy as np
import shapely

from layers.compact import CompactGeoJson, Look, features_json, geometry_json, js_json

LOOK = Look(styles=[["#555555", "#bdbdbd"], ["#555555", "#2e9e4f"]],
            lines=[["id", None], ["s", ["Chưa bắt đầu", "Đã bàn giao"]]], layer="parcel")


def test_json_for_a_script_never_holds_a_less_than_sign():
    text = js_json({"name": "</script><script>alert(1)</script>", "vi": "Lễ Môn"})
    assert "<" not in text and "\\u003c/script>" in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script>"
    assert "Lễ Môn" in text  # not escaped to \\u sequences: fewer bytes


def test_geometries_are_rounded_to_the_decimals_asked():
    (text,) = geometry_json([shapely.Point(105.123456789, 19.987654321)], decimals=5)
    assert json.loads(text)["coordinates"] == [105.12346, 19.98765]


def test_features_carry_the_id_and_the_codes_and_skip_missing_geometries():
    parts = features_json(["a", "b", "c"], [shapely.Point(105, 19.5), None, shapely.Point(105.1, 19.6)],
                          {"s": np.array([0, 1, 1]), "a": ["1,2 ha", "3,4 ha", "5,6 ha"]})
    features = [json.loads(p) for p in parts]
    assert [f["properties"] for f in features] == [{"id": "a", "s": 0, "a": "1,2 ha"}, {"id": "c", "s": 1, "a": "5,6 ha"}]


def test_a_layer_sends_styles_and_tooltip_tables_once_and_builds_tooltips_from_text():
    layer = CompactGeoJson(["p-1", "<b>p-2</b>"], [shapely.box(105, 19.5, 105.01, 19.51), shapely.Point(105, 19.6)],
                           {"s": [0, 1], "b": [0, 1]}, LOOK, name="Lô đất")
    assert layer.count == 2 and layer.layer_name == "Lô đất"
    assert json.loads(layer.styles_json) == LOOK.styles and json.loads(layer.lines_json) == LOOK.lines
    assert json.loads(layer.layer_json) == "parcel"
    assert json.loads(layer.data)["features"][1]["properties"]["id"] == "<b>p-2</b>"
    m = folium.Map(tiles=None)
    group = folium.FeatureGroup(name="g").add_to(m)
    layer.add_to(group)
    html = m.get_root().render()
    assert "<b>p-2</b>" not in html  # the id travels as JSON with its '<' escaped
    assert "el.textContent = String(text)" in html and "innerHTML" not in html
    assert "Đã bàn giao" in html  # each label once, in the lookup table


def test_a_layer_held_out_of_the_groups_rendering_comes_back_whole_and_unchanged():
    """The map's feature groups skip branca's template passes for the parcels' data (layers.compact.data_held_out):
    the script is the one streamlit-folium makes, and data that look like folium variables stay as they are."""
    import streamlit_folium as sf

    from layers.compact import data_held_out

    ids = ["p_0001", "tờ 12 thửa 345 {{ x }}", "geo_json_div_1"]  # an underscore id, jinja-like text, a folium-like name
    geoms = [shapely.box(105, 19.5, 105.01, 19.51), shapely.box(105.02, 19.5, 105.03, 19.51), shapely.Point(105, 19.6)]

    def groups():
        fg = folium.FeatureGroup(name="Thửa đất")
        CompactGeoJson(ids, geoms, {"s": [0, 1, 0]}, LOOK).add_to(fg)
        other = folium.FeatureGroup(name="Lô")
        CompactGeoJson(["lô-1"], [shapely.box(105.1, 19.5, 105.11, 19.51)], {"s": [1]}, LOOK).add_to(other)
        return [fg, other]

    plain = "".join(sf._get_feature_group_string(fg, map=folium.Map(tiles=None), idx=i) for i, fg in enumerate(groups()))
    held_groups = groups()
    with data_held_out(held_groups) as put_back:
        script = "".join(sf._get_feature_group_string(fg, map=folium.Map(tiles=None), idx=i)
                         for i, fg in enumerate(held_groups))
        assert "p_0001" not in script  # only the stand-ins went through the rendering
    script = put_back(script)
    assert script.count('"id":"p_0001"') == 1 and '"id":"geo_json_div_1"' in script and "{{ x }}" in script
    assert script.count('"id":"lô-1"') == 1
    assert script == plain  # the same script as streamlit-folium's own
    layers = [el for fg in held_groups for el in fg._children.values() if isinstance(el, CompactGeoJson)]
    assert all("SRDATA" not in layer.data for layer in layers)  # the layers hold their data again
