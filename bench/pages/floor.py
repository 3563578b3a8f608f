"""The floor for bench/browser.py: the least a Streamlit page with a folium map can cost.

One polygon, no tiles, the app's own Leaflet (``layers.assets.use_local_assets``), ``st_folium``.
"""

from __future__ import annotations

import folium
import streamlit as st
from streamlit_folium import st_folium

from layers.assets import use_local_assets

st.set_page_config(page_title="floor", layout="wide")
use_local_assets()
m = folium.Map(location=[19.8, 105.4], zoom_start=9, tiles=None)
square = {"type": "Feature", "properties": {"layer": "floor"},
          "geometry": {"type": "Polygon", "coordinates": [[[105.3, 19.7], [105.5, 19.7], [105.5, 19.9],
                                                           [105.3, 19.9], [105.3, 19.7]]]}}
folium.GeoJson(square).add_to(m)
st_folium(m, height=620, use_container_width=True, returned_objects=[])
