"""The app's own stylesheet: tables of profiles and comparisons."""

from __future__ import annotations

import streamlit as st

STYLE = """
<style>
table.sr-kv {border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-bottom: 0.6rem}
table.sr-kv th {text-align: left; font-weight: 600; width: 42%; padding: 3px 8px; border-bottom: 1px solid #e6e6e6;
                vertical-align: top}
table.sr-kv td {padding: 3px 8px; border-bottom: 1px solid #e6e6e6; vertical-align: top}
div.sr-grid {overflow-x: auto; margin-bottom: 0.6rem}
div.sr-grid table {border-collapse: collapse; font-size: 0.9rem; min-width: 100%}
div.sr-grid th, div.sr-grid td {padding: 4px 10px; border-bottom: 1px solid #e6e6e6; text-align: left;
                                vertical-align: top}
div.sr-grid thead th {background: #f0f2f6; white-space: nowrap}
div.sr-grid tbody th {font-weight: 600; white-space: nowrap}
</style>
"""


def page_style() -> None:
    st.html(STYLE)  # a fixed stylesheet, no data in it (st.html applies a style-only block to the page)
