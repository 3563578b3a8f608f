"""Between geo and the pages: labels (vi/en), styles, legends and tooltips; GeoDataFrames to folium layers;
the shared snapshot of the store (snapshot) and which parcels a view shows (viewport); text made safe to show.

Imports geo and folium, never streamlit.
"""
