"""SiteReady's domain core: layers, coordinates, clearance, readiness, stores and files.

Imports neither streamlit nor folium; ``python -m geo`` is its command line.
"""

__version__ = "0.1.0"
