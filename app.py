"""SiteReady: investor-ready industrial land in Thanh Hóa. Run with `make run`."""

from __future__ import annotations

import streamlit as st

from layers.i18n import t
from views import common, map_explorer

st.set_page_config(page_title="SiteReady Thanh Hóa", page_icon="🏭", layout="wide")

lang = common.language_switch()
st.sidebar.markdown(f"**{t('app_short', lang)}**")
pages = [
    st.Page(map_explorer.render, title=t("page_map", lang), icon="🗺️", url_path="map", default=True),
]
st.navigation(pages).run()
