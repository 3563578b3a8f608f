"""Streamlit pages: get inputs, call geo and layers, show results. The only package importing streamlit."""
