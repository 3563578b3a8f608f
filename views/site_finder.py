"""Investor site finder: filters, sites on a map and in a table (views/sitetable.py), a site profile, shortlist, compare, export.

The URL carries the filters, the selected site and the shortlist (``st.query_params``), so a shared
link reopens the same view. The search itself is ``geo.search.search``, the same as ``python -m geo ready``.
"""

from __future__ import annotations

import urllib.parse

import folium
import streamlit as st

from geo import io as gio
from geo import search as gsearch
from geo.settings import basemap_enabled
from geo.schema import SECTORS
from layers import catalogue, maps, reports
from layers.catalogue import SITE_HEADERS, label, tier_label
from layers.i18n import fmt_ha, fmt_num, name_of, t
from layers.text import md_escape, missing, present
from views import asof, fastmap, keep, sitetable
from views.blocks import grid, kv_table, reasons_block, tier_badge
from views.feedback import show_error
from views.state import data_notice, snapshot_on, store
from views.urlstate import language, selection_from_url, set_selection

MAP_KEY = "sites_map"
KM_OPEN = "f_km_open"  # kept: whether the distance panel is open
#: The best sites drawn on the map (all are in the table and the exports).
MAP_SITES = 400
KM_KINDS = tuple(gsearch.DISTANCE_KINDS)
#: The sites a shortlist is looked up in (every site of tier 3 and above).
SHORTLIST_QUERY = gsearch.SiteQuery(min_tier=3)
#: Filter (its name in views.keep) -> (URL parameter, kind of value, default)
PARAMS = {
    "f_min_area": ("min_area", float, 0.0),
    "f_max_area": ("max_area", float, 0.0),
    "f_price": ("price", float, 0.0),
    "f_tier": ("tier", int, 5),
    "f_sectors": ("sectors", list, []),
    **{f"f_km_{k}": (f"km_{k}", float, 0.0) for k in KM_KINDS},
}


def _from_url(param: str, kind, default):
    raw = st.query_params.get(param)
    if raw is None or raw == "":
        return default
    try:
        if kind is list:
            return [s for s in raw.split(",") if s in SECTORS]
        value = kind(raw)
        return value if value >= 0 else default
    except ValueError:
        return default


def _init_widgets() -> None:
    """Seed the filters from the URL once per session (a shared link opened anew). From then on they live
    in the session (views.keep): a language switch or a visit to another page keeps them."""
    if st.session_state.get("sites_init"):
        return
    for name, (param, kind, default) in PARAMS.items():
        keep.put(name, _from_url(param, kind, default))
    if keep.value("f_tier") not in (3, 4, 5):
        keep.put("f_tier", 5)
    keep.put(KM_OPEN, any(keep.value(f"f_km_{k}") for k in KM_KINDS))
    short = st.query_params.get("short")
    st.session_state["shortlist"] = [s for s in short.split(",") if s] if short else []
    st.session_state["sites_init"] = True


def _to_url() -> None:
    for name, (param, kind, default) in PARAMS.items():
        value = keep.value(name, default)
        if value == default or value == []:
            if param in st.query_params:
                del st.query_params[param]
        else:
            st.query_params[param] = ",".join(value) if kind is list else (
                str(int(value)) if kind is int or float(value).is_integer() else str(value))
    short = st.session_state.get("shortlist") or []
    if short:
        st.query_params["short"] = ",".join(short)
    elif "short" in st.query_params:
        del st.query_params["short"]


def _reset() -> None:
    for name, (_, _, default) in PARAMS.items():
        keep.put(name, default)


def current_query() -> gsearch.SiteQuery:
    v = {name: keep.value(name, default) for name, (_, _, default) in PARAMS.items()}
    return gsearch.SiteQuery(
        min_area=v["f_min_area"] or None,
        max_area=v["f_max_area"] or None,
        sectors=tuple(v["f_sectors"]),
        max_km={k: v[f"f_km_{k}"] for k in KM_KINDS if v[f"f_km_{k}"]},
        max_price=v["f_price"] or None,
        min_tier=int(v["f_tier"]),
    )


def _day(snap) -> tuple[str, str] | None:
    """The cache key of the snapshot's day: None for the store now."""
    return None if snap.as_of is None else (snap.as_of[0].isoformat(), snap.as_of[1])


def _snapshot(day: tuple[str, str] | None):
    return snapshot_on(*day) if day else snapshot_on(None)


@st.cache_data(show_spinner=False, max_entries=32)
def _search(url: str, counter: int, day: tuple[str, str] | None, key: tuple) -> gsearch.gpd.GeoDataFrame:
    min_area, max_area, sectors, max_km, max_price, min_tier = key
    snap = _snapshot(day)
    query = gsearch.SiteQuery(min_area=min_area, max_area=max_area, sectors=sectors, max_km=dict(max_km),
                              max_price=max_price, min_tier=min_tier)
    return gsearch.search(snap.layers["plots"], snap.layers["zones"], snap.ready, snap.facilities, query,
                          with_geometry=MAP_SITES)


def query_key(query: gsearch.SiteQuery) -> tuple:
    return (query.min_area, query.max_area, query.sectors, tuple(sorted(query.max_km.items())), query.max_price,
            query.min_tier)


def run_search(snap, query: gsearch.SiteQuery):
    """Sites for ``query``, cached per store state (every session shares the answer)."""
    return _search(store().url, snap.counter, _day(snap), query_key(query))


def _number(name: str, label: str, step: float, lang: str, where=st) -> None:
    value = where.number_input(label, min_value=0.0, step=step, format="%g", key=keep.key(name, lang, 0.0))
    keep.remember(name, value)


def _remember_km_open(widget: str) -> None:
    keep.remember(KM_OPEN, bool(st.session_state.get(widget)))


def filters(lang: str) -> None:
    """The filter widgets; their values live in the session (views.keep), whatever the language or page."""
    st.markdown(f"**{t('filters', lang)}**")
    c1, c2 = st.columns(2)
    _number("f_min_area", t("min_area", lang), 5.0, lang, c1)
    _number("f_max_area", t("max_area", lang), 10.0, lang, c2)
    tier = st.radio(t("min_tier", lang), [5, 4, 3], key=keep.key("f_tier", lang, 5), horizontal=False,
                    format_func=lambda n: t({5: "tier_only5", 4: "tier_4plus", 3: "tier_3plus"}[n], lang))
    keep.remember("f_tier", tier)
    sectors = st.multiselect(t("sectors", lang), list(SECTORS), key=keep.key("f_sectors", lang, []),
                             format_func=lambda s: label("sector", s, lang), placeholder=t("sectors_any", lang),
                             select_all=False)
    keep.remember("f_sectors", sectors)
    _number("f_price", t("max_price", lang), 5.0, lang)
    # The distance panel stays open or closed as the user left it, through reruns, languages and pages.
    panel = keep.key(KM_OPEN, lang, False)
    with st.expander(t("max_km", lang), key=panel, on_change=_remember_km_open, args=(panel,)):
        for k in KM_KINDS:
            _number(f"f_km_{k}", t(f"dist_{k}", lang), 5.0, lang)
    st.button(t("reset_filters", lang), on_click=_reset, key="reset")


def render() -> None:
    lang = language()
    asof.control(lang)
    snap = asof.view_snapshot()
    _init_widgets()
    st.subheader(t("sites_heading", lang))
    st.caption(t("sites_intro", lang))
    data_notice(lang)
    asof.banner(lang)
    left, right = st.columns([1.1, 2.6])
    with left:
        filters(lang)
    _to_url()
    try:
        query = current_query()
    except Exception as err:  # noqa: BLE001 - a SiteReady InputError: one sentence to show
        show_error(err, lang)
        return
    result = run_search(snap, query)
    sel = selection_from_url()
    selected = sel[1] if sel and sel[0] == "site" else None
    ids = set(result["site_id"])
    picked = st.session_state.pop(sitetable.PICK, None)  # a row of the table, before the map flies there
    if picked and picked in ids:
        selected = picked
        set_selection("site", picked)
    with right:
        state = st.session_state.get(MAP_KEY) or {}
        clicked = _clicked_site(state)
        if clicked and clicked in ids:
            selected = clicked
            set_selection("site", clicked)
        sites_map(snap, result, lang, selected)
        st.caption(t("n_sites", lang, n=fmt_num(len(result), lang, 0)) if len(result) else t("no_sites", lang))
        if len(result) > MAP_SITES:
            st.caption(t("map_best", lang, n=fmt_num(MAP_SITES, lang, 0)))
    if len(result):
        sitetable.show(result, lang, selected if selected in ids else None, query_key(query))
        if selected not in ids:
            st.caption(t("select_site_hint", lang))
    if selected and selected in ids:
        site_profile(snap, result, selected, lang)
    shortlist_section(snap, result, lang)
    exports(snap, query, result, lang)
    st.caption(t("score_note", lang))


def _clicked_site(state: dict) -> str | None:
    drawing = state.get("last_active_drawing") if state else None
    if not drawing:
        return None
    props = drawing.get("properties") or {}
    marker = f"{props.get('layer')}:{props.get('id')}:{drawing.get('geometry', {}).get('coordinates', [[0]])[0][:1]}"
    if st.session_state.get("sites_last_click") == marker:
        return None
    st.session_state["sites_last_click"] = marker
    return props.get("id") if props.get("layer") == "site" else None


def sites_map(snap, result, lang: str, selected: str | None) -> None:
    first = not st.session_state.get("sites_map_drawn")  # the first map of this session opens where it should
    fly = None
    if selected and st.session_state.get("sites_flown") != selected:
        hit = result[(result["site_id"] == selected) & result.geometry.notna()]
        if len(hit):
            fly = maps.view_of(maps.bounds_of(hit.geometry.values, pad=0.01), max_zoom=15)
            st.session_state["sites_flown"] = selected
    start = st.session_state.setdefault("sites_start_view", fly if first else None)
    basemap = basemap_enabled() and bool(keep.value("basemap", True))  # as chosen on the map page

    def base() -> folium.Map:
        m = maps.make_map(basemap=basemap, view=start)
        maps.province_layer(snap.layers["province"], lang).add_to(m)
        maps.constraints_layer(snap.layers["constraints"], lang).add_to(m)
        maps.zones_layer(snap.layers["zones"], lang, snap.tiers_of_zones()).add_to(m)
        maps.infrastructure_layer(snap.layers["infrastructure"], lang).add_to(m)
        return m

    prepared = fastmap.prepared(snap.cache, ("sites", lang, basemap), start, base)
    fg = folium.FeatureGroup(name=t("layer_sites", lang))
    drawn = result[result.geometry.notna()]
    if len(drawn):
        maps.sites_layer(drawn, lang, selected).add_to(fg)
        maps.site_points_layer(drawn, lang, selected).add_to(fg)
    if first:
        fly = None  # already in the base map
    fastmap.show(prepared, key=MAP_KEY, height=520, feature_groups=[fg], returned_objects=["last_active_drawing"],
                 center=fly["center"] if fly else None, zoom=fly["zoom"] if fly else None)
    st.session_state["sites_map_drawn"] = True
    legend = (maps.legend_html(t("tier", lang), catalogue.tier_legend(lang)[2:] + catalogue.selection_legend(lang, site=True))
              + maps.legend_html(t("legend_zones", lang), catalogue.zone_legend(lang))
              + maps.legend_html(t("layer_constraints", lang), catalogue.constraint_legend(lang))
              + maps.legend_html(t("layer_infrastructure", lang), catalogue.infrastructure_legend(lang)))
    st.html(f'<div class="sr-legend-row">{legend}</div>')  # built by maps.legend_html, every text escaped


def share_url(site_id: str | None = None) -> str:
    base = (st.context.url or "").split("?")[0]
    params = dict(st.query_params)
    if site_id:
        params["sel"] = f"site:{site_id}"
    return f"{base}?{urllib.parse.urlencode(params)}" if params else base


def site_profile(snap, result, site_id: str, lang: str) -> None:
    rec = next(r for r in gsearch.site_records(result) if r["id"] == site_id)
    st.divider()
    zone = name_of({"name_vi": rec["zone_name_vi"], "name_en": rec["zone_name_en"]}, lang)
    st.markdown(f"### {t('profile_site', lang)}: {md_escape(zone)}")
    st.caption(md_escape(site_id))
    tier_badge(rec["tier"], lang)
    left, right = st.columns(2)
    with left:
        kv_table([
            (t("f_zone", lang), zone),
            (t("f_area", lang), fmt_ha(rec["area_ha"], lang)),
            (t("f_n_plots", lang), rec["n_plots"]),
            (t("f_score", lang), fmt_num(rec["score"], lang)),
            (t("f_price", lang), fmt_num(rec["lease_price_usd_m2"], lang, 0)),
            (t("f_sectors", lang), ", ".join(label("sector", s, lang) for s in str(present(rec["sectors"])).split(";")
                                             if s)),
            (t("f_plots", lang), ", ".join(rec["plot_ids"])),
        ])
    with right:
        reasons_block(rec["reasons"], lang)
        st.markdown(f"**{t('distances', lang)}**")
        kv_table([
            (t(f"dist_{k}", lang), f"{fmt_num(rec[f'km_to_{k}'], lang)} km — {present(rec[f'nearest_{k}_{lang}'], '—')}")
            for k in KM_KINDS if not missing(rec.get(f"km_to_{k}"))
        ])
    shortlist = st.session_state.setdefault("shortlist", [])
    a, b, c = st.columns(3)
    if site_id in shortlist:
        if a.button(t("shortlist_remove", lang), key=f"unshort_{site_id}"):
            shortlist.remove(site_id)
            _to_url()
            st.rerun()
    elif a.button(t("shortlist_add", lang), key=f"short_{site_id}", type="primary"):
        shortlist.append(site_id)
        _to_url()
        st.rerun()
    notice = gio.notice_text(snap.meta)
    b.download_button(t("print_profile", lang), data=reports.site_profile_html(rec, lang, notice=notice,
                                                                                link=share_url(site_id)),
                      file_name=f"{site_id}.html", mime="text/html", key=f"print_{site_id}", on_click="ignore")
    with c.popover(t("share_link", lang)):
        st.code(share_url(site_id), language=None)


def shortlist_section(snap, result, lang: str) -> None:
    shortlist = st.session_state.get("shortlist") or []
    st.divider()
    st.markdown(f"### {t('shortlist', lang)}")
    if not shortlist:
        st.caption(t("shortlist_empty", lang))
        return
    everything = run_search(snap, SHORTLIST_QUERY)
    records = {r["id"]: r for r in gsearch.site_records(everything)}
    found = [records[s] for s in shortlist if s in records]
    gone = len(shortlist) - len(found)
    if gone:
        st.warning(t("shortlist_gone", lang, n=fmt_num(gone, lang, 0)))
    if not found:
        return
    rows = {  # attribute -> one value per site
        t("f_zone", lang): [name_of({"name_vi": r["zone_name_vi"], "name_en": r["zone_name_en"]}, lang) for r in found],
        t("f_area", lang): [fmt_ha(r["area_ha"], lang) for r in found],
        t("tier", lang): [tier_label(r["tier"], lang) for r in found],
        t("f_score", lang): [fmt_num(r["score"], lang) for r in found],
        t("f_price", lang): [fmt_num(r["lease_price_usd_m2"], lang, 0) for r in found],
        **{f"{t('dist_' + k, lang)} (km)": [fmt_num(r[f"km_to_{k}"], lang) for r in found] for k in KM_KINDS},
        t("reasons", lang): ["; ".join(x[lang] for x in r["reasons"]) or "—" for r in found],
    }
    st.markdown(f"**{t('compare', lang)}**")
    grid([r["id"] for r in found], list(rows.items()))
    _download_row(snap, SHORTLIST_QUERY, tuple(r["id"] for r in found), lang, "shortlist", t("export_shortlist", lang))


def exports(snap, query: gsearch.SiteQuery, result, lang: str) -> None:
    if len(result):
        st.markdown(f"**{t('export', lang)}**")
        _download_row(snap, query, None, lang, "sites", t("export_results", lang))


@st.cache_data(show_spinner=False, max_entries=64)
def _export_bytes(url: str, counter: int, day: tuple[str, str] | None, key: tuple, ids: tuple[str, ...] | None,
                  fmt: str, lang: str, name: str) -> bytes:
    """An export file of the sites of a search (``ids``: only these), made once per store state and shared."""
    snap = _snapshot(day)
    frame = _search(url, counter, day, key)
    if ids is not None:
        frame = frame[frame["site_id"].isin(ids)]
    heads = catalogue.headers(SITE_HEADERS, lang) if fmt in ("csv", "xlsx") else None
    return gio.frame_bytes(gsearch.flat_sites(frame), fmt, layer_name=name, notice=gio.notice_text(snap.meta),
                           headers=heads)


def _download_row(snap, query: gsearch.SiteQuery, ids: tuple[str, ...] | None, lang: str, name: str,
                  title: str) -> None:
    """Download buttons, their files made in this run (cached): a button made with a lazy file loses it
    when a rerun replaces the button meanwhile ("Deferred file … not found"), and the click does nothing."""
    cols = st.columns(5)
    cols[0].markdown(title)
    for col, fmt in zip(cols[1:], ("csv", "xlsx", "geojson", "kml")):
        data = _export_bytes(store().url, snap.counter, _day(snap), query_key(query), ids, fmt, lang, name)
        col.download_button(fmt.upper(), data=data, key=f"dl_{name}_{fmt}", file_name=f"siteready-{name}.{fmt}",
                            mime=gio.MEDIA_TYPES[fmt], on_click="ignore")
