"""Map explorer: every layer on one map; click or search a zone or parcel to open its profile.

The base map (outline, communes, constraints, zones, resettlement areas, infrastructure) is drawn once
per language, colouring and store state. From zoom 13 on, the browser fetches the parcels in view itself
from the parcel tiles (layers.tiles, written under static/ once per store state), so panning and zooming
cost no round trip through this script, whatever the store's size. Below zoom 13 the script sends the
selected zone's parcels (at most MAX_PARCELS). Without tiles (static/ not writable) it sends the parcels
in view too, found with the shared spatial index.
"""

from __future__ import annotations

import json

import folium
import numpy as np
import shapely
import streamlit as st

from geo.settings import map_parcels
from layers import catalogue, maps
from layers.i18n import t
from views import common, fastmap, profiles

MAX_PARCELS = 2000  # sent by the server (a selected zone below PARCEL_MIN_ZOOM, or without parcel tiles)
MAP_KEY = "explorer_map"


def render() -> None:
    lang = common.language()
    snap = common.snapshot()
    user = common.current_user()
    st.subheader(t("map_heading", lang))
    common.data_notice(lang)
    sel = common.selection_from_url()
    if sel and not st.session_state.get("explorer_opened"):
        select(snap, *sel, fly=True)  # a shared link: show what it points at
    st.session_state["explorer_opened"] = True
    # The choice outlives the language switch (the widget itself is per language: its labels change).
    options = ["stage", "tier"]
    color_by = st.sidebar.radio(t("color_by", lang), options, key=f"color_by_{lang}",
                                index=options.index(st.session_state.get("color_by", "stage")),
                                format_func=lambda c: t(f"color_{c}", lang))
    st.session_state["color_by"] = color_by
    basemap = st.sidebar.toggle(t("basemap", lang), value=True, key="basemap")
    search_box(snap, lang)
    map_col, side = st.columns([4, 1.3])
    with side:
        legend(lang, color_by)
    with map_col:
        explorer(lang, color_by, basemap)
    sel = common.selection_from_url()
    if sel:
        if st.button(t("clear_selection", lang), key="clear_sel"):
            common.set_selection(None, None)
            st.rerun()
        if sel[0] == "zone":
            profiles.zone_profile(snap, sel[1], lang)
        elif sel[0] == "parcel":
            profiles.parcel_profile(snap, sel[1], lang, user, common.store())


def search_box(snap, lang: str) -> None:
    text = st.text_input(t("search_label", lang), placeholder=t("search_placeholder", lang), key="map_search")
    if not text.strip():
        return
    hits = common.lookup(snap, text)
    if not hits:
        st.caption(t("search_none", lang))
        return
    labels = {f"{k}:{fid}": f"{t('f_zone' if k == 'zone' else 'profile_parcel', lang)}: {label}"
              for k, fid, label in hits}
    choice = st.selectbox(t("search_results", lang), list(labels), index=None, format_func=labels.get,
                          key=f"hits_{text}", placeholder=f"{len(hits)} …")
    if choice and st.session_state.get("map_search_done") != choice:
        st.session_state["map_search_done"] = choice
        kind, _, fid = choice.partition(":")
        select(snap, kind, fid, fly=True)


def select(snap, kind: str | None, fid: str | None, *, fly: bool) -> None:
    """Make a zone or parcel the selection (kept in the URL) and, if asked, move the map to it."""
    common.set_selection(kind, fid)
    geom = feature_geometry(snap, kind, fid) if kind else None
    if fly and geom is not None:
        bounds = maps.bounds_of([geom])
        center = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
        st.session_state["explorer_fly"] = {"center": center, "zoom": max(maps.zoom_for(bounds), 12)}


def feature_geometry(snap, kind: str, fid: str):
    if kind == "parcel":
        row = snap.parcel_row.get(fid)
        return None if row is None else snap.layers["parcels"].geometry.iat[row]
    if kind == "zone":
        z = snap.layers["zones"]
        hit = z[z["id"] == fid]
        return None if hit.empty else hit.geometry.iat[0]
    return None


def zone_members(snap, zone_id: str) -> list[str]:
    return [z for z, chain in snap.ready.ancestors.items() if zone_id in chain]


def base_map(snap, lang: str, basemap: bool, color_by: str, view: dict | None = None) -> folium.Map:
    tiers = snap.tiers_of_zones()
    m = maps.make_map(basemap=basemap, view=view)
    L = snap.layers
    maps.province_layer(L["province"], lang).add_to(m)
    maps.communes_layer(L["communes"], lang).add_to(m)
    maps.constraints_layer(L["constraints"], lang).add_to(m)
    maps.zones_layer(L["zones"], lang, tiers).add_to(m)
    maps.resettlement_layer(L["resettlement_areas"], lang).add_to(m)
    maps.infrastructure_layer(L["infrastructure"], lang).add_to(m)
    maps.zone_points_layer(L["zones"], lang, tiers).add_to(m)
    tiles = common.parcel_tiles(snap)
    if tiles is not None:
        names = [snap.zone_name(z, lang) for z in common.zone_list(snap)]
        maps.parcel_tiles_layer(tiles, lang, color_by=color_by, zone_names=names,
                                max_features=map_parcels()).add_to(m)
    return m


def visible_parcels(snap, view: dict, sel, *, tiled: bool = False) -> tuple[np.ndarray, int]:
    """Rows of the parcels the server sends, at most MAX_PARCELS: those in view (from PARCEL_MIN_ZOOM on),
    nearest the centre of the view first, then the rest of the selected zone's. Returns the rows and how
    many qualified. With ``tiled`` the browser fetches the parcels in view itself (parcel tiles): only a
    selected zone's parcels below PARCEL_MIN_ZOOM are sent."""
    zone_of = snap.layers["parcels"]["zone_id"].to_numpy(dtype=object)
    chosen = np.array([], dtype=int)
    if sel and sel[0] == "zone":
        chosen = np.flatnonzero(np.isin(zone_of, zone_members(snap, sel[1])))
    elif sel and sel[0] == "parcel" and sel[1] in snap.parcel_row:
        chosen = np.flatnonzero(zone_of == zone_of[snap.parcel_row[sel[1]]])
    zoom, bounds = view.get("zoom"), view.get("bounds")
    in_view = np.array([], dtype=int)
    if tiled:
        if zoom is not None and zoom >= maps.PARCEL_MIN_ZOOM:
            return in_view, 0
        if len(chosen) > MAX_PARCELS and bounds:  # keep those nearest the centre of the view
            chosen = chosen[_by_distance(snap, chosen, bounds)]
        return chosen[:MAX_PARCELS], len(chosen)
    if zoom is not None and bounds and zoom >= maps.PARCEL_MIN_ZOOM:
        in_view = _in_bounds(snap, bounds)
        if len(in_view) > MAX_PARCELS:  # keep those nearest the centre of the view
            in_view = in_view[_by_distance(snap, in_view, bounds)]
    rows = np.concatenate([in_view, chosen[~np.isin(chosen, in_view)]])
    return rows[:MAX_PARCELS], len(rows)


def _by_distance(snap, rows: np.ndarray, bounds) -> np.ndarray:
    """Order of ``rows`` by distance from the centre of ``bounds`` ((s, w), (n, e))."""
    (s, w), (n, e) = bounds
    b = shapely.bounds(snap.layers["parcels"].geometry.values[rows])
    d = ((b[:, 0] + b[:, 2]) / 2 - (w + e) / 2) ** 2 + ((b[:, 1] + b[:, 3]) / 2 - (s + n) / 2) ** 2
    return np.argsort(d, kind="stable")


def _in_bounds(snap, bounds) -> np.ndarray:
    """Rows of the parcels whose envelope meets ``bounds`` ((s, w), (n, e)), from the shared index."""
    (s, w), (n, e) = bounds
    return snap.parcel_tree.query(shapely.box(w, s, e, n))


def parcels_in_view(snap, view: dict) -> int:
    return len(_in_bounds(snap, view["bounds"])) if view.get("bounds") else 0


def read_view(out: dict | None) -> dict:
    if not out:
        return {}
    b = out.get("bounds") or {}
    sw, ne = b.get("_southWest") or {}, b.get("_northEast") or {}
    if sw.get("lat") is None or ne.get("lat") is None:
        return {"zoom": out.get("zoom")}
    return {"zoom": out.get("zoom"), "bounds": ((sw["lat"], sw["lng"]), (ne["lat"], ne["lng"]))}


@st.fragment
def explorer(lang: str, color_by: str, basemap: bool) -> None:
    """The map alone: panning and zooming rerun only this, so a new view costs the parcels and no more."""
    snap = common.snapshot()
    state = st.session_state.get(MAP_KEY) or {}
    view = read_view(state)
    if handle_click(snap, state):
        st.rerun()  # a new selection: the whole page, for its profile below the map
    sel = common.selection_from_url()

    fly = st.session_state.pop("explorer_fly", None)
    first = not st.session_state.get("explorer_map_drawn")
    start = st.session_state.setdefault("explorer_start_view", fly if first else None)
    target = start if first else fly  # where the map is about to be: its parcels, not the old view's
    if first:
        fly = None  # the base map opens there itself
    tiled = common.parcel_tiles(snap) is not None
    rows, total = visible_parcels(snap, {"zoom": target["zoom"]} if target else view, sel, tiled=tiled)
    parcels = snap.layers["parcels"].iloc[rows]
    tiers = snap.ready.parcels["tier"].to_numpy()[rows]
    names = {z: snap.zone_name(z, lang) for z in snap.zone_names}
    # With parcel tiles the base map holds the parcels layer; this group only has a selected zone's below zoom 13.
    fg_parcels = folium.FeatureGroup(name=t("layer_zone_parcels" if tiled else "layer_parcels", lang),
                                     control=not tiled or len(rows) > 0)
    if len(rows):
        maps.parcels_layer(parcels, lang, color_by=color_by, tiers=tiers, zone_names=names,
                           zoom=int((target or view).get("zoom") or 16)).add_to(fg_parcels)
    fg_sel = folium.FeatureGroup(name=t("layer_selection", lang))
    geom = feature_geometry(snap, *sel) if sel else None
    if geom is not None:
        maps.selection_layer(geom, lang).add_to(fg_sel)

    signature = (lang, basemap, color_by, snap.counter)
    if fly is None and st.session_state.get("explorer_signature") not in (None, signature) and view.get("bounds"):
        (s, w), (n, e) = view["bounds"]  # the base map was redrawn: keep the user's view
        fly = {"center": [(s + n) / 2, (w + e) / 2], "zoom": view.get("zoom")}
    st.session_state["explorer_signature"] = signature
    base = fastmap.prepared(snap._cache, ("explorer", lang, basemap, color_by), start,
                            lambda: base_map(snap, lang, basemap, color_by, start))
    fastmap.show(base, key=MAP_KEY, height=620, feature_groups=[fg_parcels, fg_sel],
                 center=fly["center"] if fly else None, zoom=fly["zoom"] if fly else None,
                 returned_objects=["last_active_drawing", "zoom", "bounds"])
    st.session_state["explorer_map_drawn"] = True
    if tiled and ((target or view).get("zoom") or 0) >= maps.PARCEL_MIN_ZOOM:
        if view.get("bounds") and not target:  # (else the map's next report brings the count)
            st.caption(t("parcels_in_view", lang, n=parcels_in_view(snap, view)))
    elif total > len(rows):
        st.caption(t("too_many", lang, n=total))
    elif len(rows):
        st.caption(t("parcels_shown", lang, n=len(rows)))
    else:
        st.caption(t("zoom_hint", lang, z=maps.PARCEL_MIN_ZOOM))


def handle_click(snap, state: dict) -> bool:
    """Turn a click on a zone or parcel (last_active_drawing) into the selection, once per click."""
    drawing = state.get("last_active_drawing") if state else None
    if not drawing:
        return False
    marker = json.dumps(drawing, sort_keys=True)[:2000]
    if st.session_state.get("explorer_last_click") == marker:
        return False
    st.session_state["explorer_last_click"] = marker
    props = drawing.get("properties") or {}
    kind, fid = props.get("layer"), props.get("id")
    if kind in ("zone", "parcel") and fid:
        select(snap, kind, fid, fly=kind == "zone")
        return True
    return False


def legend(lang: str, color_by: str) -> None:
    entries = catalogue.tier_legend(lang) if color_by == "tier" else catalogue.stage_legend(lang)
    html = maps.legend_html(f"{t('layer_parcels', lang)} — {t('color_' + color_by, lang)}", entries)
    html += maps.legend_html(t("legend_zones", lang), catalogue.zone_legend(lang))
    html += maps.legend_html(t("legend_context", lang), catalogue.context_legend(lang))
    st.markdown(f"**{t('legend', lang)}**")
    st.html(html)  # built by maps.legend_html, every text escaped
