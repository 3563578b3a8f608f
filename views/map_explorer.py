"""Map explorer: the zones and context layers on a Leaflet map."""

from __future__ import annotations

import folium
import streamlit as st
from streamlit_folium import st_folium

from layers import maps
from layers.i18n import t
from views import common


def render() -> None:
    lang = common.language()
    st.subheader(t("map_heading", lang))
    common.data_notice(lang)
    basemap = st.sidebar.toggle(t("basemap", lang), value=True, key="basemap")
    zones = common.layer("zones")
    m = maps.make_map(basemap=basemap)
    maps.province_layer(common.layer("province"), lang).add_to(m)
    maps.constraints_layer(common.layer("constraints"), lang).add_to(m)
    maps.zones_layer(zones, lang).add_to(m)
    maps.infrastructure_layer(common.layer("infrastructure"), lang).add_to(m)
    maps.communes_layer(common.layer("communes"), lang).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    st_folium(m, height=620, use_container_width=True, returned_objects=[], key="explorer_map")
    st.caption(t("zones_count", lang, n=len(zones)))
