"""The naive baseline for bench/browser.py: what a first version of the map page would do.

Every run reads the whole parcels layer of SITEREADY_DB with GeoPandas and hands all of it to folium as
one GeoJson with a tooltip; nothing is cached. (It uses the app's own Leaflet only so that it can draw
offline, like the app.)
"""

from __future__ import annotations

import os

import folium
import geopandas as gpd
import streamlit as st
from streamlit_folium import st_folium

from layers.assets import use_local_assets

st.set_page_config(page_title="naive", layout="wide")
parcels = gpd.read_file(os.environ["SITEREADY_DB"], layer="parcels")
use_local_assets()
m = folium.Map(location=[19.8, 105.4], zoom_start=9, tiles=None)
folium.GeoJson(
    parcels.to_json(default=str),  # str: the layer has dates, which json cannot encode
    tooltip=folium.GeoJsonTooltip(fields=["id", "zone_id", "area_ha", "clearance_stage"]),
).add_to(m)
st.caption(f"{len(parcels)} parcels")
st_folium(m, height=620, use_container_width=True)
