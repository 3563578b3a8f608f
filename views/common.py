"""What every page shares: the store, one shared snapshot of the data, language, sign-in, notice.

The snapshot (layers, readiness, facilities, spatial index) is built once per store state and shared by
all sessions (``st.cache_resource`` keyed on the store's change counter): an edit made anywhere — this
instance, another instance on the same PostGIS, the CLI — shows on every session's next rerun, and no
session holds its own copy of a layer.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import streamlit as st

from geo import readiness as greadiness
from geo import search as gsearch
from geo.settings import session_minutes
from geo.stages import STAGES, search_form
from geo.store import Store, open_store
from geo.users import User
from layers import tiles as ptiles
from layers.i18n import DEFAULT_LANG, LANGS, t

log = logging.getLogger(__name__)

LAYER_NAMES = ("province", "communes", "constraints", "zones", "resettlement_areas", "parcels", "infrastructure")


@st.cache_resource(show_spinner=False)
def _store(url: str | None) -> Store:
    store = open_store(url)
    store.init()  # creates and seeds the store on first run; a no-op afterwards
    return store


def store() -> Store:
    """The store named by SITEREADY_DB (default var/siteready.gpkg), created on first use."""
    return _store(None)


@dataclass
class Snapshot:
    """One store state, read once and shared read-only by every session."""

    counter: int
    layers: dict[str, gpd.GeoDataFrame]
    ready: greadiness.Readiness
    facilities: gsearch.Facilities
    meta: dict[str, str]
    parcel_tree: shapely.STRtree
    parcel_row: dict[str, int]
    zone_names: dict[str, tuple[str, str]]
    search_keys: list[tuple[str, str, str, str]] = field(default_factory=list)  # (kind, id, label, folded)
    mark: tuple[int, int] = (0, 0)  # the store's watermark when this snapshot was read
    _cache: dict[Any, Any] = field(default_factory=dict)

    def zone_name(self, zone_id: str, lang: str) -> str:
        vi, en = self.zone_names.get(zone_id, (zone_id, zone_id))
        return en if lang == "en" else vi

    def tiers_of_zones(self) -> dict[str, int]:
        return {z: int(v) for z, v in self.ready.zones["tier"].items()}


#: Columns a clearance edit can change (everything else of a parcel changes only through an import).
EDITABLE = ("clearance_stage", "stage_since", "blocked", "blocked_reason", "lease_status", "utility_road",
            "utility_power", "utility_water", "utility_wastewater", "version", "updated_at", "updated_by")
#: Audit actions that change no layer (accounts): a snapshot survives them as it is.
ACCOUNT_ACTIONS = {"user_add", "user_activate", "user_deactivate", "user_role", "user_password"}
_LATEST: dict[str, Snapshot] = {}


def build_snapshot(s: Store, counter: int, previous: Snapshot | None = None) -> Snapshot:
    """The store's state as a Snapshot; from ``previous`` when only a few parcels were edited since.

    After a clearance edit only the edited parcels are read again (their editable columns replaced in
    a copy that shares everything else with ``previous``) and readiness is recomputed; an import or a
    first build reads every layer.
    """
    mark = s.watermark()  # taken first: a write landing during the read is read again next time
    if previous is not None:
        edited, actions = s.changes_since(previous.mark)
        if not actions - ACCOUNT_ACTIONS:
            return _patched(s, previous, edited, counter, mark)
    layers = {name: s.read_layer(name) for name in LAYER_NAMES}
    parcels, zones = layers["parcels"], layers["zones"]
    ready = greadiness.compute(parcels, zones, layers["constraints"], layers["resettlement_areas"])
    zone_names = {z: (vi, en) for z, vi, en in zip(zones["id"], zones["name_vi"], zones["name_en"])}
    keys = [("zone", z, f"{vi} · {en}", search_form(f"{z} {vi} {en}")) for z, (vi, en) in zone_names.items()]
    keys += [("parcel", p, p, search_form(p)) for p in parcels["id"]]
    return Snapshot(
        counter=counter, layers=layers, ready=ready, facilities=gsearch.Facilities(layers["infrastructure"]),
        meta=s.meta(), parcel_tree=shapely.STRtree(parcels.geometry.values),
        parcel_row={p: i for i, p in enumerate(parcels["id"])}, zone_names=zone_names, search_keys=keys, mark=mark,
    )


def _patched(s: Store, prev: Snapshot, edited: set[str], counter: int, mark) -> Snapshot:
    layers = dict(prev.layers)
    if edited:
        fresh = s.read_layer("parcels", ids=sorted(edited))
        rows = np.array([prev.parcel_row[i] for i in fresh["id"]], dtype=int)
        parcels = prev.layers["parcels"].copy(deep=False)
        for col in EDITABLE:
            values = parcels[col].array.copy()
            values[rows] = fresh[col].array
            parcels[col] = pd.Series(values, index=parcels.index, dtype=parcels[col].dtype)
        layers["parcels"] = parcels
    ready = greadiness.compute(layers["parcels"], layers["zones"], layers["constraints"],
                               layers["resettlement_areas"])
    return Snapshot(
        counter=counter, layers=layers, ready=ready, facilities=prev.facilities, meta=prev.meta,
        parcel_tree=prev.parcel_tree, parcel_row=prev.parcel_row, zone_names=prev.zone_names,
        search_keys=prev.search_keys, mark=mark,
    )


@st.cache_resource(show_spinner=False, max_entries=3)
def _snapshot(url: str, counter: int) -> Snapshot:
    snap = build_snapshot(store(), counter, _LATEST.get(url))
    _LATEST[url] = snap
    return snap


def snapshot() -> Snapshot:
    s = store()
    return _snapshot(s.url, s.change_counter())


# ------------------------------------------------------------------ parcel tiles
_TILES_LOCK = threading.Lock()
_LATEST_TILES: dict[str, ptiles.TileSet] = {}


def zone_list(snap: Snapshot) -> list[str]:
    """Every zone id (of the zones layer and of the parcels), sorted: the zone codes of the parcel tiles."""
    return snap._cache.get("zone_list") or snap._cache.setdefault(
        "zone_list", sorted(set(snap.layers["zones"]["id"]) | set(snap.layers["parcels"]["zone_id"].dropna())))


def parcel_tiles(snap: Snapshot) -> ptiles.TileSet | None:
    """The snapshot's parcel tiles under static/ (built once, shared; after an edit only the changed
    tiles are written again). None when they cannot be written: the map then sends parcels itself."""
    if "tiles" in snap._cache:
        return snap._cache["tiles"]
    with _TILES_LOCK:
        if "tiles" in snap._cache:
            return snap._cache["tiles"]
        url = store().url
        parcels = snap.layers["parcels"]
        zones = {z: i for i, z in enumerate(zone_list(snap))}
        stage_index = {s: i for i, s in enumerate(STAGES)}
        codes = ptiles.parcel_codes(
            parcels, parcels["clearance_stage"].map(stage_index).fillna(0).to_numpy(dtype=int),
            snap.ready.parcels["tier"].to_numpy(dtype=int),
            parcels["zone_id"].map(zones).fillna(-1).to_numpy(dtype=int))
        directory, base = ptiles.store_directory(url)
        try:
            tiles = ptiles.build(parcels["id"].to_numpy(dtype=object), parcels.geometry.values, codes, directory,
                                 base, previous=_LATEST_TILES.get(url), source=snap.parcel_tree)
        except OSError as err:  # e.g. a read-only install: the map falls back to sending parcels
            log.warning("parcel tiles not written to %s: %s", directory, err)
            tiles = None
        else:
            _LATEST_TILES[url] = tiles
        snap._cache["tiles"] = tiles
        return tiles


def lookup(snap: Snapshot, text: str, limit: int = 12) -> list[tuple[str, str, str]]:
    """Zones, then parcels, whose name or id contains every word of ``text`` (diacritics optional)."""
    words = search_form(text).split()
    if not words:
        return []
    out = []
    for kind, fid, label, key in snap.search_keys:  # zones come first in search_keys
        if all(w in key for w in words):
            out.append((kind, fid, label))
            if len(out) >= limit:
                break
    return out


# ------------------------------------------------------------------ language
def language() -> str:
    """The interface language: from the URL (?lang=en), so that a shared link keeps it."""
    lang = st.query_params.get("lang", DEFAULT_LANG)
    return lang if lang in LANGS else DEFAULT_LANG


def language_switch() -> str:
    current = language()
    choice = st.sidebar.segmented_control(
        "Ngôn ngữ / Language", LANGS, default=current, key=f"lang_switch_{current}",
        format_func=lambda c: {"vi": "Tiếng Việt", "en": "English"}[c],
    )
    if choice and choice != current:
        st.query_params["lang"] = choice
        st.rerun()
    return current


def data_notice(lang: str) -> None:
    """The dataset's notice (approximate locations, illustrative states), when it has one."""
    text = snapshot().meta.get("notice_en" if lang == "en" else "notice_vi")
    if text:
        st.caption(text)


# ------------------------------------------------------------------- sign-in
SESSION_COOKIE = "siteready_session"


def _set_cookie(value: str | None) -> None:
    """Set (or clear) the session cookie in the browser, so that a reload keeps the user signed in."""
    import streamlit.components.v1 as components

    if value:
        js = (f"document.cookie = '{SESSION_COOKIE}={value}; path=/; SameSite=Strict; "
              f"max-age={session_minutes() * 60 * 24}';")
    else:
        js = f"document.cookie = '{SESSION_COOKIE}=; path=/; SameSite=Strict; max-age=0';"
    components.html(f"<script>{js}</script>", height=0)


def current_user() -> User | None:
    """The signed-in user, or None.

    A sign-in is a server-side session (only a hash of its token is stored) whose token the browser keeps
    in a cookie: a reload or a new tab stays signed in; a session idle longer than
    SITEREADY_SESSION_MINUTES expires; a deactivated user is out at once.
    """
    if st.session_state.get("signed_out"):
        return None
    token = st.session_state.get("auth_token") or st.context.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    user = store().session_user(token, session_minutes())
    if user is None:
        if st.session_state.pop("auth_token", None) or st.context.cookies.get(SESSION_COOKIE):
            st.session_state["auth_expired"] = True
            st.session_state["signed_out"] = True
            st.session_state["cookie_pending"] = ""
        return None
    st.session_state["auth_token"] = token
    return user


def sign_in(user: User) -> None:
    token = store().create_session(user.username)
    st.session_state["auth_token"] = token
    st.session_state.pop("auth_expired", None)
    st.session_state.pop("signed_out", None)
    st.session_state["cookie_pending"] = token  # written by flush_cookie() on the next run (after st.rerun)


def sign_out() -> None:
    token = st.session_state.pop("auth_token", None) or st.context.cookies.get(SESSION_COOKIE)
    store().end_session(token)
    st.session_state["signed_out"] = True  # the cookie goes with the next render; until then, ignore it
    st.session_state["cookie_pending"] = ""


def flush_cookie() -> None:
    """Send a pending session-cookie change to the browser (call once per run, early in app.py)."""
    if "cookie_pending" in st.session_state:
        _set_cookie(st.session_state.pop("cookie_pending") or None)


def require_staff(lang: str, roles: tuple[str, ...] = ("planner", "officer", "admin")) -> User | None:
    """The signed-in user if they have one of ``roles``; otherwise say so and return None."""
    user = current_user()
    if user is None or user.role not in roles:
        st.info(t("staff_only", lang))
        if st.session_state.get("auth_expired"):
            st.warning(t("session_expired", lang))
        st.page_link(st.session_state["pages"]["signin"], label=t("go_signin", lang), icon=":material/login:")
        return None
    return user


def selection_from_url() -> tuple[str, str] | None:
    """A selected zone, parcel or site from ``?sel=kind:id`` (share links)."""
    raw = st.query_params.get("sel")
    if raw and ":" in raw:
        kind, _, fid = raw.partition(":")
        if kind in ("zone", "parcel", "site") and fid:
            return kind, fid
    return None


def set_selection(kind: str | None, fid: str | None) -> None:
    if kind and fid:
        st.query_params["sel"] = f"{kind}:{fid}"
    elif "sel" in st.query_params:
        del st.query_params["sel"]


def message(err: Exception, lang: str) -> str:
    """An error's sentence in the user's language, safe inside Streamlit's markdown (data text shows as text)."""
    from layers.messages import error_text
    from views.profiles import _md

    return _md(error_text(err, lang))



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
