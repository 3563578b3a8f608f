"""The layer catalogue: labels (vi/en), styles, legends and popups; GeoDataFrames to folium layers.

Imports geo and folium, never streamlit.
"""
