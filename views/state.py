"""The store and one shared snapshot of its data, with the snapshot's plot tiles.

The snapshot (layers, readiness, facilities, spatial index: :mod:`layers.snapshot`) is built once per
store state and shared by all sessions (``st.cache_resource`` keyed on the store's change counter): an
edit made anywhere — this instance, another instance on the same PostGIS, the CLI — shows on every
session's next rerun, and no session holds its own copy of a layer.
"""

from __future__ import annotations

import logging
import shutil
import threading

import streamlit as st

from geo import pastday, replay
from geo import timeline as gtimeline
from geo.store import Store, open_store
from layers import tiles as ptiles
from layers.snapshot import Snapshot, as_of_store, build_snapshot, plot_tile_codes
from layers.text import md_escape

log = logging.getLogger(__name__)

_LATEST: dict[str, Snapshot] = {}  # per store: the newest snapshot, the base of the next one
_TILES_LOCK = threading.Lock()
_LATEST_TILES: dict[str, ptiles.TileSet] = {}  # per store: the newest tiles, the base of the next ones


_STORE_LOCK = threading.Lock()
_STORE: dict[str, Store] = {}


def store() -> Store:
    """The store named by SITEREADY_DB (default var/siteready.gpkg), created on first use.

    One object per process, shared by every session and by the sign-in routes (:mod:`views.web`): with
    a read replica (SITEREADY_READ_DB) a store never reads a state older than its own last write, so one
    object makes that hold for the whole app instance (a sign-in is seen by the page it leads to).
    """
    with _STORE_LOCK:
        if "store" not in _STORE:
            s = open_store(None)
            s.init()  # creates and seeds the store on first run; a no-op afterwards
            _STORE["store"] = s
        return _STORE["store"]


@st.cache_resource(show_spinner=False, max_entries=3)
def _snapshot(url: str, counter: int) -> Snapshot:
    snap = build_snapshot(store(), counter, _LATEST.get(url))
    _LATEST[url] = snap
    return snap


def snapshot() -> Snapshot:
    """The store's current state, shared by every session."""
    s = store()
    return _snapshot(s.url, s.change_counter())


@st.cache_data(show_spinner=False, max_entries=4)
def _first_event_day(url: str, counter: int) -> int | None:
    return replay.first_day(store())


def first_event_day() -> int | None:
    """The earliest local day a clearance step of the store happened on (None without events), once per state."""
    s = store()
    return _first_event_day(s.url, snapshot().counter)


_PARTS_LOCK = threading.Lock()
_PARTS: dict[str, tuple[int, list | None]] = {}  # per store: the state counter and its parts for past days


def _day_parts(url: str, counter: int) -> list | None:
    """The store's parcels, events and cover for past days, read once per store state and shared, when the store
    is small enough to keep them (geo.pastday.kept_parts); None: each new day reads them a range at a time.
    The last state's parts are let go before the new ones are read (~230 MB at 1,000,000 parcels: both at
    once would take an instance that has shown every history page over its 1 GB)."""
    with _PARTS_LOCK:
        held = _PARTS.get(url)
        if held is not None and held[0] == counter:
            return held[1]
        _PARTS.pop(url, None)
        held = None
        parts = pastday.kept_parts(store())
        _PARTS[url] = (counter, parts)
        return parts


@st.cache_resource(show_spinner=False, max_entries=6)
def _snapshot_on(url: str, counter: int, day: str, basis: str) -> Snapshot:
    s = store()
    return as_of_store(snapshot(), s, gtimeline.as_date(day), basis, births=s.plot_births(), plot_edits=s.plot_edits(),
                       parts=_day_parts(url, counter))


def snapshot_on(day, basis: str = "happened") -> Snapshot:
    """The store's state on a past ``day`` (None: now), replayed on ``basis``; shared by every session."""
    if day is None:
        return snapshot()
    snap = snapshot()
    return _snapshot_on(store().url, snap.counter, gtimeline.as_date(day).isoformat(), basis)


#: How many past days' plot tiles a store keeps on disk (the least recently made go first).
AS_OF_TILE_SETS = 6


def _tile_directory(snap: Snapshot) -> tuple:
    """Where a snapshot's plot tiles go: the store's directory, or for a past day one of its own beside it
    (a full set: the store's tiles are pruned by their own builds)."""
    directory, base = ptiles.store_directory(store().url)
    if snap.as_of is None:
        return directory, base
    name = f"{snap.as_of[0].isoformat()}-{snap.as_of[1]}-{snap.counter}"
    root = directory.parent / f"{directory.name}-asof"
    root.mkdir(parents=True, exist_ok=True)
    old = sorted((d for d in root.iterdir() if d.is_dir() and d.name != name), key=lambda d: d.stat().st_mtime)
    for d in old[:max(0, len(old) - AS_OF_TILE_SETS + 1)]:
        shutil.rmtree(d, ignore_errors=True)
    return root / name, f"{base}-asof/{name}"


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
        now = snap.as_of is None
        try:
            directory, base = _tile_directory(snap)
            tiles = ptiles.build(plots["id"].to_numpy(dtype=object), plots.geometry.values,
                                 plot_tile_codes(snap), directory, base,
                                 previous=_LATEST_TILES.get(url) if now else None, source=snap.plot_tree)
        except OSError as err:  # e.g. a read-only install: the map falls back to sending plots
            log.warning("plot tiles not written for %s: %s", url, err)
            tiles = None
        else:
            if now:
                _LATEST_TILES[url] = tiles
        snap.cache["tiles"] = tiles
        return tiles


def data_notice(lang: str) -> None:
    """The dataset's notice (approximate locations, illustrative states), when it has one."""
    text = snapshot().meta.get("notice_en" if lang == "en" else "notice_vi")
    if text:
        st.caption(md_escape(text))
