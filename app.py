"""SiteReady: investor-ready industrial land in Thanh Hóa. Run with `make run`."""

from __future__ import annotations

import streamlit as st

from geo.users import ADMIN_ROLES
from layers.i18n import t
from layers.text import md_escape
from views import account, admin, asof, clearance, dashboard, fastmap, import_page, map_explorer, progress, site_finder
from views.session import current_user, signout_form
from views.style import page_style
from views.urlstate import language_switch

st.set_page_config(page_title="SiteReady Thanh Hóa", page_icon="🏭", layout="wide")
fastmap.register_component()  # the map component, when server.py imported it before the server ran

lang = language_switch()
page_style(lang)
user = current_user()
st.sidebar.markdown(f"**{t('app_short', lang)}**  \n{t('tagline', lang)}")

pages = {
    "map": st.Page(map_explorer.render, title=t("page_map", lang), icon=":material/map:", url_path="map", default=True),
    "sites": st.Page(site_finder.render, title=t("page_sites", lang), icon=":material/search:", url_path="sites"),
    "dashboard": st.Page(dashboard.render, title=t("page_dashboard", lang), icon=":material/bar_chart:", url_path="landfund"),
    "progress": st.Page(progress.render, title=t("page_progress", lang), icon=":material/timeline:",
                        url_path="progress"),
    "clearance": st.Page(clearance.render, title=t("page_clearance", lang), icon=":material/edit_note:",
                         url_path="clearance"),
    "import": st.Page(import_page.render, title=t("page_import", lang), icon=":material/upload_file:",
                      url_path="import"),
    "admin": st.Page(admin.render, title=t("page_admin", lang), icon=":material/manage_accounts:", url_path="admin"),
    "signin": st.Page(account.render, title=t("page_signin", lang), icon=":material/login:", url_path="signin"),
}
st.session_state["pages"] = pages
# Every page is routable (a staff-only page says so and links to sign-in); the sidebar lists what the user may use.
visible = [pages["map"], pages["sites"]]
if user is not None and user.is_staff:
    visible += [pages["dashboard"], pages["progress"]]
if user is not None and user.can_edit:
    visible += [pages["clearance"], pages["import"]]
if user is not None and user.active and user.role in ADMIN_ROLES:
    visible.append(pages["admin"])
visible.append(pages["signin"])
nav = st.navigation(list(pages.values()), position="hidden")
for page in visible:  # every link keeps the language, and the past day being viewed
    st.sidebar.page_link(page, label=page.title, icon=page.icon, query_params=asof.query(lang))
if user is not None:
    st.sidebar.caption(t("signed_in_as", lang, user=md_escape(user.username), role=t(f"role_{user.role}", lang)))
    signout_form(lang)
nav.run()
