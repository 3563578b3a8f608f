"""SiteReady: investor-ready industrial land in Thanh Hóa. Run with `make run`."""

from __future__ import annotations

import streamlit as st

from layers.i18n import t
from views import account, common, dashboard, map_explorer, site_finder

st.set_page_config(page_title="SiteReady Thanh Hóa", page_icon="🏭", layout="wide")

common.page_style()
lang = common.language_switch()
user = common.current_user()
st.sidebar.markdown(f"**{t('app_short', lang)}**  \n{t('tagline', lang)}")

pages = {
    "map": st.Page(map_explorer.render, title=t("page_map", lang), icon=":material/map:", url_path="map", default=True),
    "sites": st.Page(site_finder.render, title=t("page_sites", lang), icon=":material/search:", url_path="sites"),
    "dashboard": st.Page(dashboard.render, title=t("page_dashboard", lang), icon=":material/bar_chart:", url_path="landfund"),
    "signin": st.Page(account.render, title=t("page_signin", lang), icon=":material/login:", url_path="signin"),
}
st.session_state["pages"] = pages
visible = [pages["map"], pages["sites"]]
if user is not None and user.is_staff:
    visible.append(pages["dashboard"])
visible.append(pages["signin"])
nav = st.navigation(visible + ([] if pages["dashboard"] in visible else [pages["dashboard"]]), position="hidden")
for page in visible:
    st.sidebar.page_link(page, label=page.title, icon=page.icon)
if user is not None:
    st.sidebar.caption(t("signed_in_as", lang, user=user.username, role=t(f"role_{user.role}", lang)))
    if st.sidebar.button(t("sign_out", lang), key="signout"):
        common.sign_out()
        st.rerun()
nav.run()
