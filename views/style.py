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
form.sr-signin {display: flex; flex-direction: column; gap: 0.35rem; max-width: 22rem; margin: 0.5rem 0 1rem}
form.sr-signin label {font-size: 0.875rem; margin-top: 0.4rem}
form.sr-signin input {font: inherit; padding: 0.45rem 0.7rem; border: 1px solid #d5d8de; border-radius: 0.5rem;
                      background: #f8f9fb}
form.sr-signin input:focus {outline: 2px solid #1f6f43; outline-offset: 0; background: #fff}
form.sr-signin button, form.sr-signout button {font: inherit; cursor: pointer; border-radius: 0.5rem;
                      padding: 0.4rem 0.9rem}
form.sr-signin button {margin-top: 0.8rem; align-self: flex-start; color: #fff; background: #1f6f43;
                       border: 1px solid #1f6f43}
form.sr-signin button:hover {background: #185a36}
form.sr-signout button {background: #fff; border: 1px solid #d5d8de; color: inherit}
form.sr-signout button:hover {border-color: #1f6f43; color: #1f6f43}
</style>
"""


def page_style() -> None:
    st.html(STYLE)  # a fixed stylesheet, no data in it (st.html applies a style-only block to the page)
