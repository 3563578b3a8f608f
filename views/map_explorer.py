"""Map explorer: every layer on one map; click or search a zone, plot or cadastral parcel to open its profile.

The base map (outline, communes, constraints, zones, resettlement areas, infrastructure) is drawn once
per language, colouring and store state. From zoom 13 on, the browser fetches the planned plots in view
itself from the plot tiles (layers.tiles, written under static/ once per store state), so panning and
zooming cost no round trip through this script, whatever the store's size. Below zoom 13 the script sends
the selected zone's plots (at most layers.viewport.MAX_PARCELS). Without tiles (static/ not writable) it
sends the plots in view too, found with the shared spatial index (layers.viewport).

Staff (planners, officers) also see the cadastral parcels (thửa đất) from zoom 15 on: the script sends
those in view (layers.viewport.cadastral_in_view), so 100,000 parcels never travel at once. Investors
see plots and their derived clearance, never the cadastral layer.
"""

from __future__ import annotations

import json
import logging
import time

import folium
import streamlit as st
from streamlit.runtime import Runtime

from geo.settings import basemap_enabled, map_parcels
from geo.users import User
from layers import catalogue, maps
from layers.i18n import fmt_num, t
from layers.snapshot import lookup
from layers.text import esc
from layers.viewport import MAX_COUNTED, cadastral_in_view, plots_in_view, read_view, visible_plots
from views import asof, fastmap, keep, profiles
from views.session import current_user
from views.state import data_notice, plot_tiles, snapshot, store
from views.urlstate import language, selection_from_url, set_selection

log = logging.getLogger(__name__)

MAP_KEY = "explorer_map"
MAP_HEIGHT = 620
#: The map's size on a laptop screen, a little under (a zone picked must fit whole).
MAP_PIXELS = (700, MAP_HEIGHT - 60)


def render() -> None:
    lang = language()
    asof.control(lang)
    snap = asof.view_snapshot()
    user = current_user()
    st.subheader(t("map_heading", lang))
    data_notice(lang)
    asof.banner(lang)
    sel = selection_from_url()
    if sel and not st.session_state.get("explorer_opened"):
        select(snap, *sel, fly=True)  # a shared link: show what it points at
    st.session_state["explorer_opened"] = True
    # The choices outlive the language switch and other pages (views.keep).
    # (A segmented control, like the language switch: a radio's code is one more script every visitor's
    # browser loads before the map; about 0.05 s.)
    color_by = st.sidebar.segmented_control(t("color_by", lang), list(maps.COLOR_BY), required=True,
                                            key=keep.key("color_by", lang, "stage"),
                                            format_func=lambda c: t(f"color_choice_{c}", lang)) or "stage"
    keep.remember("color_by", color_by)
    basemap = False
    if basemap_enabled():
        basemap = st.sidebar.toggle(t("basemap", lang), key=keep.key("basemap", lang, True))
        keep.remember("basemap", basemap)
    staff = user is not None and user.is_staff
    cadastral = False
    if staff:  # investors never get the cadastral layer
        cadastral = st.sidebar.toggle(t("show_cadastral", lang), key=keep.key("cadastral", lang, True),
                                      help=t("show_cadastral_help", lang, z=maps.CADASTRAL_MIN_ZOOM))
        keep.remember("cadastral", cadastral)
    search_box(snap, lang, staff)
    map_col, side = st.columns([4, 1.3])
    with side:
        legend(lang, color_by, cadastral)
    with map_col:
        explorer(lang, color_by, basemap, cadastral)
    sel = selection_from_url()
    if sel:
        if st.button(t("clear_selection", lang), key="clear_sel"):
            set_selection(None, None)
            st.rerun()
        show_profile(snap, sel, lang, user)


def show_profile(snap, sel: tuple[str, str], lang: str, user: User | None) -> None:
    """The profile of what is selected: a zone, a plot or a cadastral parcel."""
    if sel[0] == "zone":
        profiles.zone_profile(snap, sel[1], lang)
    elif sel[0] == "plot":
        profiles.plot_profile(snap, sel[1], lang, user, store())
    elif sel[0] == "parcel":
        profiles.parcel_profile(snap, sel[1], lang, user, store())


def search_box(snap, lang: str, staff: bool) -> None:
    """Zones and plots for everyone; cadastral parcels (by id or sheet/parcel no.: "12/345") for staff.

    The search opens from a button above the map. A text box on the page made every visitor wait about
    0.2 s longer for the map: the browser loads Streamlit's text-input code (a dozen scripts) when the page
    first shows one, and draws the map only after; a popover's content is drawn when it opens."""
    with st.popover(t("search_open_staff" if staff else "search_open", lang), icon=":material/search:"):
        search_form(snap, lang, staff)


def search_form(snap, lang: str, staff: bool) -> None:
    text = st.text_input(t("search_label_staff" if staff else "search_label", lang),
                         placeholder=t("search_placeholder_staff" if staff else "search_placeholder", lang),
                         key="map_search")
    if not text.strip():
        return
    hits = lookup(snap, text, kinds=("zone", "plot", "parcel") if staff else ("zone", "plot"))
    if not hits:
        st.caption(t("search_none", lang))
        return
    labels = {f"{k}:{fid}": f"{t(f'kind_{k}', lang)}: {label}" for k, fid, label in hits}
    choice = st.selectbox(t("search_results", lang), list(labels), index=None, format_func=labels.get,
                          key=f"hits_{text}", placeholder=f"{len(hits)} …")
    if choice and st.session_state.get("map_search_done") != choice:
        st.session_state["map_search_done"] = choice
        kind, _, fid = choice.partition(":")
        select(snap, kind, fid, fly=True)


def select(snap, kind: str | None, fid: str | None, *, fly: bool) -> None:
    """Make a zone, plot or parcel the selection (kept in the URL) and, if asked, move the map to it."""
    set_selection(kind, fid)
    geom = snap.feature_geometry(kind, fid) if kind else None
    if fly and geom is not None:  # the whole zone in view (the economic zone too), a plot or parcel close up
        pad = 0.0005 if kind == "parcel" else 0.002  # a parcel among its neighbours, at a zoom that draws them
        st.session_state["explorer_fly"] = maps.view_of(maps.bounds_of([geom], pad=pad), *MAP_PIXELS, max_zoom=17)


def warm_up() -> None:
    """What the first visitor of the map would otherwise wait for, made while the server starts (server.py
    runs this in a thread): the store opened, its snapshot and plot tiles, and the base map a visitor
    opening ``/`` gets (Vietnamese, coloured by stage, the basemap on where the deployment offers it).
    A visitor who comes sooner waits for the same cached work rather than doing it twice; a failure here
    is logged and the visitor does the work."""
    try:
        for _ in range(500):  # the server's runtime, whose caches the visitors use, starts after server.py
            if Runtime.exists():
                break
            time.sleep(0.02)
        snap = snapshot()
        plot_tiles(snap)
        basemap = basemap_enabled()
        fastmap.prepared(snap.cache, ("explorer", "vi", basemap, "stage"), None,
                         lambda: base_map(snap, "vi", basemap, "stage", None))
    except Exception:  # noqa: BLE001 - a visitor does the same work and reports what fails
        log.exception("warming up the map failed")


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
    tiles = plot_tiles(snap)
    if tiles is not None:
        names = [snap.zone_name(z, lang) for z in snap.zone_ids()]
        maps.plot_tiles_layer(tiles, lang, color_by=color_by, zone_names=names,
                              max_features=map_parcels()).add_to(m)
    return m


def cadastral_group(snap, lang: str, view: dict) -> tuple[folium.FeatureGroup | None, int, int]:
    """The cadastral parcels of a view (staff only), with how many are drawn and how many are in view."""
    found, total = cadastral_in_view(snap, view)
    if found is None or not len(found):
        return None, 0, total
    fg = folium.FeatureGroup(name=t("layer_cadastral", lang))
    maps.cadastral_layer(found, lang, zoom=int(view.get("zoom") or 17)).add_to(fg)
    return fg, len(found), total


@st.fragment
def explorer(lang: str, color_by: str, basemap: bool, cadastral: bool = False) -> None:
    """The map alone: panning and zooming rerun only this, so a new view costs the plots (and, for staff,
    the cadastral parcels in view) and no more."""
    snap = asof.view_snapshot()
    state = st.session_state.get(MAP_KEY) or {}
    view = read_view(state)
    if handle_click(snap, state):
        st.rerun()  # a new selection: the whole page, for its profile below the map
    sel = selection_from_url()

    fly = st.session_state.pop("explorer_fly", None)
    first = not st.session_state.get("explorer_map_drawn")
    start = st.session_state.setdefault("explorer_start_view", fly if first else None)
    target = start if first else fly  # where the map is about to be: its parcels, not the old view's
    if first:
        fly = None  # the base map opens there itself
    tiled = plot_tiles(snap) is not None
    rows, total = visible_plots(snap, {"zoom": target["zoom"]} if target else view, sel, tiled=tiled)
    plots = snap.layers["plots"].iloc[rows]
    tiers = snap.ready.plots["tier"].to_numpy()[rows]
    names = {z: snap.zone_name(z, lang) for z in snap.zone_names}
    # With plot tiles the base map holds the plots layer; this group only has a selected zone's below zoom 13.
    fg_plots = folium.FeatureGroup(name=t("layer_zone_plots" if tiled else "layer_plots", lang),
                                   control=not tiled or len(rows) > 0)
    if len(rows):
        maps.plots_layer(plots, lang, color_by=color_by, tiers=tiers, zone_names=names,
                         zoom=int((target or view).get("zoom") or 16)).add_to(fg_plots)
    groups = [fg_plots]
    drawn = in_view = 0
    if cadastral and not target:  # (a map about to move: its next report brings the parcels of the new view)
        fg_cad, drawn, in_view = cadastral_group(snap, lang, view)
        if fg_cad is not None:
            groups.append(fg_cad)
    fg_sel = folium.FeatureGroup(name=t("layer_selection", lang))
    geom = snap.feature_geometry(*sel) if sel else None
    if geom is not None:
        maps.selection_layer(geom, lang).add_to(fg_sel)

    signature = (lang, basemap, color_by, snap.counter, snap.as_of)
    if fly is None and st.session_state.get("explorer_signature") not in (None, signature) and view.get("bounds"):
        fly = {"center": maps.centre_of(view["bounds"]), "zoom": view.get("zoom")}  # redrawn: keep the user's view
    st.session_state["explorer_signature"] = signature
    base = fastmap.prepared(snap.cache, ("explorer", lang, basemap, color_by), start,
                            lambda: base_map(snap, lang, basemap, color_by, start))
    fastmap.show(base, key=MAP_KEY, height=MAP_HEIGHT, feature_groups=[*groups, fg_sel],
                 center=fly["center"] if fly else None, zoom=fly["zoom"] if fly else None,
                 returned_objects=["last_active_drawing", "zoom", "bounds"])
    st.session_state["explorer_map_drawn"] = True
    map_caption(snap, lang, view, target, tiled, len(rows), total)
    if cadastral:
        cadastral_caption(lang, (target or view).get("zoom"), drawn, in_view)


def map_caption(snap, lang: str, view: dict, target, tiled: bool, shown: int, total: int) -> None:
    """Under the map: how many plots the view holds, or how to see them."""
    if tiled and ((target or view).get("zoom") or 0) >= maps.PARCEL_MIN_ZOOM:
        if view.get("bounds") and not target:  # (else the map's next report brings the count)
            st.caption(t("plots_in_view", lang, n=fmt_num(plots_in_view(snap, view), lang, 0)))
    elif total > shown:
        st.caption(t("too_many", lang, n=fmt_num(total, lang, 0)))
    elif shown:
        st.caption(t("plots_shown", lang, n=fmt_num(shown, lang, 0)))
    else:
        st.caption(t("zoom_hint", lang, z=maps.PARCEL_MIN_ZOOM))


def cadastral_caption(lang: str, zoom, drawn: int, in_view: int) -> None:
    """Under the map, for staff: the cadastral parcels drawn, or the zoom from which they are."""
    if zoom is None or zoom < maps.CADASTRAL_MIN_ZOOM:
        st.caption(t("cadastral_zoom_hint", lang, z=maps.CADASTRAL_MIN_ZOOM))
    elif in_view > drawn:
        st.caption(t("cadastral_capped_many" if in_view >= MAX_COUNTED else "cadastral_capped", lang,
                     n=fmt_num(drawn, lang, 0), total=fmt_num(in_view, lang, 0)))
    elif drawn:
        st.caption(t("cadastral_shown", lang, n=fmt_num(drawn, lang, 0)))


def handle_click(snap, state: dict) -> bool:
    """Turn a click on a zone, plot or parcel (last_active_drawing) into the selection, once per click."""
    drawing = state.get("last_active_drawing") if state else None
    if not drawing:
        return False
    marker = json.dumps(drawing, sort_keys=True)[:2000]
    if st.session_state.get("explorer_last_click") == marker:
        return False
    st.session_state["explorer_last_click"] = marker
    props = drawing.get("properties") or {}
    kind, fid = props.get("layer"), props.get("id")
    if kind in ("zone", "plot", "parcel") and fid:
        select(snap, kind, fid, fly=kind == "zone")
        return True
    return False


def legend(lang: str, color_by: str, cadastral: bool = False) -> None:
    """The legend beside the map: every colour and line the map draws, as compact as the map is tall."""
    plots = catalogue.tier_legend(lang) if color_by == "tier" else catalogue.stage_legend(lang)
    plots = plots + catalogue.blocked_legend(lang) + catalogue.selection_legend(lang)
    html = maps.legend_html(f"{t('layer_plots', lang)} — {t('color_' + color_by, lang)}", plots)
    if cadastral:
        html += maps.legend_html(f"{t('layer_cadastral', lang)} — {t('color_stage', lang)}",
                                 [(c, label, "area") for c, label in catalogue.stage_legend(lang)])
    html += maps.legend_html(t("legend_zones", lang), catalogue.zone_legend(lang))
    html += maps.legend_html(t("legend_context", lang), catalogue.context_legend(lang))
    heading = f'<div class="sr-legend-heading">{esc(t("legend", lang))}</div>'  # one element: the page is
    st.html(f'<div class="sr-legend-side" style="max-height:{MAP_HEIGHT - 40}px">{heading}{html}</div>')  # lighter
