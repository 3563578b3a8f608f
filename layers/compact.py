"""A compact GeoJSON layer for many features (parcels): small payload, tooltips built in the browser.

folium's GeoJson puts a style entry and a tooltip string on every feature; for thousands of parcels that
is most of the bytes. Here each feature carries only its id and a few small codes; styles and tooltip
labels are sent once as lookup tables, and the browser builds each tooltip from text nodes (never HTML),
so nothing from the data can run as markup. Coordinates are rounded to about a metre.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import shapely
from branca.element import MacroElement
from jinja2 import Template


def js_json(value) -> str:
    """JSON safe to embed in a <script>: no '<' can close the tag or open a comment."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def geometry_json(geoms, decimals: int = 5) -> list[str]:
    """GeoJSON geometry strings with coordinates rounded to ``decimals`` places (vectorised)."""
    rounded = shapely.transform(np.asarray(geoms, dtype=object), lambda c: np.round(c, decimals))
    return list(shapely.to_geojson(rounded))


def features_json(ids, geoms, codes: dict[str, list], decimals: int = 5) -> list[str]:
    """One GeoJSON Feature (as JSON text) per feature with a geometry: properties ``id`` and the codes."""
    geo = geometry_json(geoms, decimals)
    cols = list(codes.items())
    parts = []
    for i, (fid, g) in enumerate(zip(ids, geo)):
        if g is None:
            continue
        props = {"id": str(fid)}
        for key, values in cols:
            v = values[i]
            props[key] = v.item() if isinstance(v, np.generic) else v
        parts.append('{"type":"Feature","properties":' + js_json(props) + ',"geometry":' + g + "}")
    return parts


@dataclass(frozen=True)
class Look:
    """How a compact layer's features look and what their tooltips say, sent once as lookup tables.

    ``styles``: [stroke colour, fill colour] per style class (the feature's ``s`` code). ``lines``: the
    tooltip, as a list of [property name, lookup table or None] — a table maps the code to its text; None
    shows the property itself. ``layer``: the value of ``feature.properties.layer`` (set in the browser).
    ``fill_opacity`` and ``weight``: of every feature (cadastral parcels over plots are drawn paler).
    """

    styles: list[list[str]]
    lines: list[list]
    layer: str
    fill_opacity: float = 0.8
    weight: float = 0.6


class CompactGeoJson(MacroElement):
    """Features with properties ``id`` plus integer codes; style and tooltip come from lookup tables.

    ``codes``: property name -> values per feature, small ints or short strings (e.g. ``s`` for the style
    class, ``z`` for the zone, ``a`` for a formatted area). ``look``: the styles and tooltip (:class:`Look`).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function() {
            var styles = {{ this.styles_json }}, lines = {{ this.lines_json }};
            function tip(p) {
                var box = document.createElement('div');
                lines.forEach(function(spec, i) {
                    var v = p[spec[0]];
                    var text = spec[1] ? spec[1][v] : v;
                    if (text === undefined || text === null || text === '') { return; }
                    var el = document.createElement(i === 0 ? 'b' : 'div');
                    el.textContent = String(text);
                    box.appendChild(el);
                });
                return box;
            }
            return L.geoJSON({{ this.data }}, {
                style: function(f) {
                    var s = styles[f.properties.s] || ['#555555', '#cccccc'];
                    var hot = f.properties.b === 1;
                    return {color: hot ? '#b10026' : s[0], weight: hot ? 2 : {{ this.weight }}, fillColor: s[1],
                            fillOpacity: {{ this.fill_opacity }}};
                },
                onEachFeature: function(f, layer) {
                    f.properties.layer = {{ this.layer_json }};
                    layer.bindTooltip(function() { return tip(f.properties); }, {sticky: true});
                    layer.on('mouseover', function() { layer.setStyle({weight: 3, color: '#000000'}); });
                    layer.on('mouseout', function() { {{ this.get_name() }}.resetStyle(layer); });
                }
            });
        })();
        {{ this._parent.get_name() }}.addLayer({{ this.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, ids, geoms, codes: dict[str, list], look: Look, *, decimals: int = 5,
                 name: str | None = None):
        super().__init__()
        self._name = "CompactGeoJson"
        parts = features_json(ids, geoms, codes, decimals)
        self.data = '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"
        self.count = len(parts)
        self.styles_json = js_json(look.styles)
        self.lines_json = js_json(look.lines)
        self.layer_json = js_json(look.layer)
        self.fill_opacity = float(look.fill_opacity)
        self.weight = float(look.weight)
        self.layer_name = name


def _layers(elements: Iterable) -> Iterator[CompactGeoJson]:
    for el in elements:
        if isinstance(el, CompactGeoJson):
            yield el
        yield from _layers(getattr(el, "_children", {}).values())


def _stand_in(i: int) -> str:
    # Upper-case letters only: folium's and streamlit-folium's rewrites of a script (variable names, dedent,
    # element references) touch none; "K" ends every one, so none is part of another.
    return "SRDATA" + "".join("QRSTUVWXYZ"[int(d)] for d in str(i)) + "K"


@contextmanager
def data_held_out(elements: Iterable) -> Iterator[Callable[[str], str]]:
    """Inside, the compact layers under ``elements`` (feature groups, say) render a short stand-in for their
    features; the function yielded puts the features back into a script rendered meanwhile.

    A map's scripts go through branca before they reach the browser: ``MacroElement.render`` compiles each
    element's rendered script as a jinja template, and streamlit-folium renders it once more, dedents it and
    runs its variable-renaming regular expression over it. For the 3,000 cadastral parcels of a planner's view
    (about 0.9 MB) that took 0.1–0.15 s of each pan; a stand-in costs none of it, and the data are no longer
    open to those rewrites."""
    layers = list(_layers(elements))
    held = {_stand_in(i): layer.data for i, layer in enumerate(layers)}
    for layer, token in zip(layers, held):
        layer.data = token

    def put_back(script: str) -> str:
        for token, data in held.items():
            script = script.replace(token, data, 1)
        return script

    try:
        yield put_back
    finally:
        for layer, data in zip(layers, held.values()):
            layer.data = data
