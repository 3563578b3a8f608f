"""Streamlit pages: get inputs, call geo and layers, show results. The only package importing streamlit.

Pages: map_explorer, site_finder (with sitetable), dashboard, clearance, import_page, admin, account;
profiles draws a zone's or a parcel's. What pages share, one concept a module: state (the store and the
shared snapshot, its parcel tiles), session (sign-in), urlstate (language and selection in the URL),
keep (widget values kept across languages and pages), feedback (error sentences), blocks (tables, tier
badge, reasons), style (the stylesheet, Streamlit's own words translated), fastmap (a base map rendered
once).
"""
