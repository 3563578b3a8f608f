"""streamlit-folium's st_folium, with the base map rendered once per state and shared by every session.

st_folium renders the whole folium map to JavaScript on every run (three renders and a walk of every
element): for the explorer's base map that is most of a rerun's server time, paid again on each pan,
by every session, while the browser waits for the map or fetches parcel tiles from the same process.
Here the base map's parts (script, header, links, default value, layer controls) are made once per
cache key and reused; a run renders only its small feature groups. The component is streamlit-folium's
own (``streamlit-folium==0.27.4`` is pinned in requirements.txt): the browser side is unchanged.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import folium
import streamlit as st
import streamlit_folium as sf
from streamlit.runtime import Runtime

from layers.compact import data_held_out

_LOCK = threading.Lock()
MAX_PREPARED = 48  # base maps kept per cache (language x colouring x opening view)


@dataclass
class Prepared:
    """A base map rendered once: what st_folium would compute from it on every run."""

    map: folium.Map
    script: str
    html: str
    header: str
    map_id: str
    css_links: list[str]
    js_links: list[str]
    defaults: dict
    keys: dict[str, str] = field(default_factory=dict)  # widget key -> component key (hash of the script)
    controls: dict[tuple, str] = field(default_factory=dict)  # overlay groups -> layer-control script


def prepare(m: folium.Map) -> Prepared:
    """Render a map the way st_folium does (same calls, same order), once."""
    m.get_root().render()
    m.render()
    html, header = sf._get_html(m), sf._get_header(m)
    script = sf._get_map_string(m)
    try:
        (s, w), (n, e) = m.get_bounds()
    except (AttributeError, TypeError, ValueError):
        s = w = n = e = None
    css, js = [], []
    for el in _walk(m):
        css += [href for _, href in getattr(el, "default_css", [])]
        js += [src for _, src in getattr(el, "default_js", [])]
    defaults = {"last_active_drawing": None, "zoom": m.options.get("zoom"),
                "bounds": {"_southWest": {"lat": s, "lng": w}, "_northEast": {"lat": n, "lng": e}}}
    return Prepared(map=m, script=script, html=html, header=header, map_id=sf.get_full_id(m),
                    css_links=list(dict.fromkeys(css)), js_links=list(dict.fromkeys(js)), defaults=defaults)


def _walk(el):
    if isinstance(el, folium.elements.JSCSSMixin):
        yield el
    for child in getattr(el, "_children", {}).values():
        yield from _walk(child)


def prepared(cache: dict, key: tuple, opening: dict | None, build) -> Prepared:
    """The Prepared base map for ``key`` and the view it opens on (``{"center", "zoom"}`` or None) in
    ``cache`` (a dict shared by sessions), made with ``build()`` the first time."""
    key = (*key, (tuple(opening["center"]), opening["zoom"]) if opening else None)
    with _LOCK:
        store = cache.setdefault("prepared_maps", OrderedDict())
        if key in store:
            store.move_to_end(key)
            return store[key]
    made = prepare(build())  # outside the lock: another session may make the same one; either is right
    with _LOCK:
        store[key] = made
        while len(store) > MAX_PREPARED:
            store.popitem(last=False)
    return made


def register_component() -> None:
    """Register streamlit-folium's component with the running server (app.py, on every run; once is enough).

    streamlit-folium declares its component when it is imported, and Streamlit registers a component only
    when it is declared inside a script run. ``server.py`` imports the pages (and so streamlit-folium) while
    the server starts, to spare the first visitor those seconds of imports; the component, which every page
    with a map uses (``show`` here, ``st_folium`` on the clearance and import pages), is registered here."""
    if not Runtime.exists():
        return
    registry = Runtime.instance().component_registry
    component = sf._component_func
    if registry.get_component_path(component.name) is None and component.abspath is not None:
        registry.register_component(component)


def show(p: Prepared, *, key: str, height: int, feature_groups: list[folium.FeatureGroup],
         returned_objects: list[str], center=None, zoom=None) -> None:
    """Draw a prepared map with this run's feature groups and a collapsed layer control (st_folium's
    component and session-state behaviour: the map's last value is in ``st.session_state[key]``)."""
    scratch = folium.Map(tiles=None)  # the groups' scripts name their map; st_folium renames it map_div
    with data_held_out(feature_groups) as put_back:  # the parcels' data skip branca's template passes
        groups = "".join(sf._get_feature_group_string(fg, map=scratch, idx=i) for i, fg in enumerate(feature_groups))
    groups = put_back(groups)
    spec = tuple((fg.layer_name, fg.control) for fg in feature_groups)
    with _LOCK:
        control = p.controls.get(spec)
        if control is None:
            for i, (name, shown) in enumerate(spec):  # stand-ins with the groups' names and variables
                stand_in = folium.FeatureGroup(name=name, control=shown)
                stand_in._id = f"feature_group_{i}"
                stand_in.add_to(p.map)
            control = p.controls[spec] = sf._get_layer_control_string(folium.LayerControl(collapsed=True), p.map)
        hash_key = p.keys.get(key) or p.keys.setdefault(key, sf.generate_js_hash(p.script, key, False))

    def on_change():
        st.session_state[key] = st.session_state.get(hash_key, {})

    sf._component_func(
        script=p.script, header=p.header, html=p.html, id=p.map_id, key=hash_key, height=height, width=None,
        returned_objects=returned_objects, default={k: p.defaults.get(k) for k in returned_objects},
        zoom=zoom, center=center, feature_group=groups, return_on_hover=False, layer_control=control,
        pixelated=False, css_links=p.css_links, js_links=p.js_links, on_change=on_change, wrap_longitude=False,
    )
