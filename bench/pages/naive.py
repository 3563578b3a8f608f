"""The naive baseline for bench/browser.py: what a first version of the map page would do.

Every run reads the whole plots and cadastral parcels layers of SITEREADY_DB with GeoPandas, derives each
plot's clearance (the least advanced stage of the parcels beneath it) by an overlay of the two and a
group-by, and hands every plot to folium as one GeoJson with a tooltip; nothing is cached. (It uses the
app's own Leaflet only so that it can draw offline, like the app.)
"""

from __future__ import annotations

import os

import folium
import geopandas as gpd
import streamlit as st
from streamlit_folium import st_folium

from geo.stages import STAGES
from layers.assets import use_local_assets

st.set_page_config(page_title="naive", layout="wide")
db = os.environ["SITEREADY_DB"]
plots = gpd.read_file(db, layer="plots")
parcels = gpd.read_file(db, layer="parcels", columns=["id", "clearance_stage"])
under = gpd.overlay(plots[["id", "geometry"]].to_crs(5897),
                    parcels.rename(columns={"id": "parcel_id"}).to_crs(5897), how="intersection", keep_geom_type=True)
under = under[under.geometry.area >= 1.0]
least = under["clearance_stage"].map(STAGES.index).groupby(under["id"]).min()
plots["clearance_stage"] = [STAGES[int(s)] for s in least.reindex(plots["id"]).fillna(0)]
use_local_assets()
m = folium.Map(location=[19.8, 105.4], zoom_start=9, tiles=None)
folium.GeoJson(
    plots.to_json(default=str),  # str: the layer has dates, which json cannot encode
    tooltip=folium.GeoJsonTooltip(fields=["id", "zone_id", "area_ha", "clearance_stage"]),
).add_to(m)
st.caption(f"{len(plots)} plots over {len(parcels)} cadastral parcels")
st_folium(m, height=620, use_container_width=True)
