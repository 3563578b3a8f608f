"""What every page shares: the store, cached layers, the language switch, the data notice."""

from __future__ import annotations

import geopandas as gpd
import streamlit as st

from geo.store import Store, open_store
from layers.i18n import DEFAULT_LANG, LANGS, t


@st.cache_resource(show_spinner=False)
def _store(url: str | None) -> Store:
    store = open_store(url)
    store.init()  # creates and seeds the store on first run; a no-op afterwards
    return store


def store() -> Store:
    """The store named by SITEREADY_DB (default var/siteready.gpkg), created on first use."""
    return _store(None)


@st.cache_data(show_spinner=False, max_entries=64)
def _layer(name: str, counter: int, public: bool, url: str) -> gpd.GeoDataFrame:
    return store().read_layer(name, public=public)


def layer(name: str, *, public: bool = True) -> gpd.GeoDataFrame:
    """A layer, cached until the store's change counter moves (so every session sees an edit at once)."""
    s = store()
    return _layer(name, s.change_counter(), public, s.url)


@st.cache_data(show_spinner=False)
def _meta(counter: int, url: str) -> dict[str, str]:
    return store().meta()


def meta() -> dict[str, str]:
    s = store()
    return _meta(s.change_counter(), s.url)


def language() -> str:
    """The interface language: from the URL (?lang=en), kept when the user switches."""
    lang = st.query_params.get("lang", DEFAULT_LANG)
    return lang if lang in LANGS else DEFAULT_LANG


def language_switch() -> str:
    current = language()
    choice = st.sidebar.radio(
        "Ngôn ngữ / Language", LANGS, index=LANGS.index(current), horizontal=True,
        format_func=lambda c: {"vi": "Tiếng Việt", "en": "English"}[c], key="lang_switch",
    )
    if choice != current:
        st.query_params["lang"] = choice
        st.rerun()
    return choice


def data_notice(lang: str) -> None:
    """The dataset's notice (approximate locations, illustrative states), when it has one."""
    m = meta()
    text = m.get("notice_en" if lang == "en" else "notice_vi")
    if text:
        st.caption(text)
