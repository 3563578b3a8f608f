"""The store and one shared snapshot of its data, with the snapshot's plot tiles.

The snapshot (layers, readiness, facilities, spatial index: :mod:`layers.snapshot`) is built once per
store state and shared by all sessions (``st.cache_resource`` keyed on the store's change counter): an
edit made anywhere — this instance, another instance on the same PostGIS, the CLI — shows on every
session's next rerun, and no session holds its own copy of a layer.
"""

from __future__ import annotations

import logging
import threading

import streamlit as st

from geo.store import Store, open_store
from layers import tiles as ptiles
from layers.snapshot import Snapshot, build_snapshot, plot_tile_codes
from layers.text import md_escape

log = logging.getLogger(__name__)

_LATEST: dict[str, Snapshot] = {}  # per store: the newest snapshot, the base of the next one
_TILES_LOCK = threading.Lock()
_LATEST_TILES: dict[str, ptiles.TileSet] = {}  # per store: the newest tiles, the base of the next ones


@st.cache_resource(show_spinner=False)
def _store(url: str | None) -> Store:
    store = open_store(url)
    store.init()  # creates and seeds the store on first run; a no-op afterwards
    return store


def store() -> Store:
    """The store named by SITEREADY_DB (default var/siteready.gpkg), created on first use."""
    return _store(None)


@st.cache_resource(show_spinner=False, max_entries=3)
def _snapshot(url: str, counter: int) -> Snapshot:
    snap = build_snapshot(store(), counter, _LATEST.get(url))
    _LATEST[url] = snap
    return snap


def snapshot() -> Snapshot:
    """The store's current state, shared by every session."""
    s = store()
    return _snapshot(s.url, s.change_counter())


def plot_tiles(snap: Snapshot) -> ptiles.TileSet | None:
    """The snapshot's plot tiles under static/ (built once, shared; after an edit only the changed
    tiles are written again). None when they cannot be written: the map then sends plots itself."""
    if "tiles" in snap.cache:
        return snap.cache["tiles"]
    with _TILES_LOCK:
        if "tiles" in snap.cache:
            return snap.cache["tiles"]
        url = store().url
        plots = snap.layers["plots"]
        directory, base = ptiles.store_directory(url)
        try:
            tiles = ptiles.build(plots["id"].to_numpy(dtype=object), plots.geometry.values,
                                 plot_tile_codes(snap), directory, base, previous=_LATEST_TILES.get(url),
                                 source=snap.plot_tree)
        except OSError as err:  # e.g. a read-only install: the map falls back to sending plots
            log.warning("plot tiles not written to %s: %s", directory, err)
            tiles = None
        else:
            _LATEST_TILES[url] = tiles
        snap.cache["tiles"] = tiles
        return tiles


def data_notice(lang: str) -> None:
    """The dataset's notice (approximate locations, illustrative states), when it has one."""
    text = snapshot().meta.get("notice_en" if lang == "en" else "notice_vi")
    if text:
        st.caption(md_escape(text))
