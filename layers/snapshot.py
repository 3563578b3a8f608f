"""One state of the store, read once and shared read-only: layers, readiness, facilities, spatial index.

:func:`build_snapshot` reads a store into a :class:`Snapshot`: every layer but the cadastral parcels, and
the derived state the store's writer keeps (each plot's clearance, each zone's sums of its parcels), so a
snapshot costs what the plots and zones cost, however many parcels lie beneath. After a clearance edit it
reads only the derived state again and shares everything else with the previous snapshot. The cadastral
parcels are asked of the store a few at a time (in view, by id, beneath a plot). The pages that go over all
of them (a past day: :func:`as_of_store`, the change between two dates, the forecast) replay them from the
store a range at a time and keep only what they add up to. :class:`Register` (every parcel's fields without
geometry) replays a history already read in memory (:func:`as_of`: the whole-history reference the tests
hold the range-at-a-time replays to); :class:`Cadastre` holds every parcel with its geometry, for a snapshot
without a store. The app keeps one snapshot per store state for every session (``views.state``);
this module knows nothing of Streamlit.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo import aggregates, pastday, replay
from geo import readiness as greadiness
from geo import plots as gplots
from geo import search as gsearch
from geo import timeline as gtimeline
from geo.audit import LAYERLESS_ACTIONS
from geo.picker import parcel_name
from geo.schema import EDITABLE_PARCEL_FIELDS, LAYER_ORDER
from geo.stages import STAGES, search_form
from geo.store import Store

from . import tiles as ptiles
from .text import missing


@dataclass
class Cadastre:
    """The cadastral parcels of a store state in memory, with their index and the cover (row positions of
    the snapshot's plots and of these parcels). Read only when a page needs every parcel (the land fund on a
    past day, the progress page, an officer's list of a zone); the map and the profiles ask the store."""

    parcels: gpd.GeoDataFrame
    row: dict[str, int]
    tree: shapely.STRtree
    cover: pd.DataFrame


def read_cadastre(s: Store, plots: pd.DataFrame) -> Cadastre:
    """Every cadastral parcel of the store and the recorded cover, over ``plots`` (the snapshot's)."""
    parcels = s.read_layer("parcels")
    pairs = gplots.pairs_by_id(s.read_cover(), plots, parcels)
    return Cadastre(parcels, {p: i for i, p in enumerate(parcels["id"])}, shapely.STRtree(parcels.geometry.values),
                    pairs)


def patched_cadastre(s: Store, prev: Cadastre, edited: set[str]) -> Cadastre:
    """``prev`` with the editable fields of the ``edited`` parcels read again (everything else shared)."""
    if not edited:
        return prev
    fresh = s.read_layer("parcels", ids=sorted(edited))
    rows = np.array([prev.row[i] for i in fresh["id"]], dtype=int)
    parcels = prev.parcels.copy(deep=False)
    for col in EDITABLE_PARCEL_FIELDS:
        values = parcels[col].array.copy()
        values[rows] = fresh[col].array
        parcels[col] = pd.Series(values, index=parcels.index, dtype=parcels[col].dtype)
    return Cadastre(parcels, prev.row, prev.tree, prev.cover)


@dataclass
class Register:
    """Every cadastral parcel's fields without geometry (:data:`geo.replay.REGISTER_COLUMNS`, compact), and the
    recorded cover as row positions of the snapshot's plots and of these parcels (``plot``, ``parcel``,
    ``area_m2``). What a replay, the change between two dates and the forecast go over: about 100 MB at a
    million parcels, where the :class:`Cadastre` with geometry and index takes about 1 GB."""

    parcels: pd.DataFrame
    cover: pd.DataFrame

    def rows(self, ids) -> np.ndarray:
        """Each id's row in :attr:`parcels` (-1 for none)."""
        return gtimeline.rows_of(self.parcels["id"], ids)


def read_register(s: Store, plots: pd.DataFrame) -> Register:
    """Every cadastral parcel's fields and the recorded cover over ``plots`` (the snapshot's), column-wise."""
    parcels = replay.register(s)
    cover = s.cover_table()
    plot = pd.Index(plots["id"].to_numpy(dtype=object)).get_indexer(
        pd.Index(np.asarray(cover["plot_id"].cat.categories, dtype=object)))
    plot = np.append(plot, -1)[cover["plot_id"].cat.codes.to_numpy()]
    parcel = gtimeline.rows_of(parcels["id"], cover["parcel_id"])
    keep = (plot >= 0) & (parcel >= 0)
    return Register(parcels, pd.DataFrame({"plot": plot[keep], "parcel": parcel[keep],
                                           "area_m2": cover["area_m2"].to_numpy(dtype=float)[keep]}))


def _set_rows(column: pd.Series, rows: np.ndarray, values) -> pd.Series:
    """``column`` with ``values`` at ``rows`` (a new Series; a categorical gains the categories it needs)."""
    out = column.copy()
    if isinstance(out.dtype, pd.CategoricalDtype):
        text = [None if missing(v) else str(v) for v in values]
        new = [v for v in dict.fromkeys(x for x in text if x is not None) if v not in out.cat.categories]
        if new:
            out = out.cat.add_categories(new)
        out.iloc[rows] = text  # None: missing
        return out
    out.iloc[rows] = pd.Series(values, dtype=object).astype(out.dtype).to_numpy()
    return out


def patched_register(s: Store, prev: Register, edited: set[str]) -> Register:
    """``prev`` with the editable fields of the ``edited`` parcels read again (everything else shared)."""
    if not edited:
        return prev
    cols = [c for c in EDITABLE_PARCEL_FIELDS if c in prev.parcels.columns]
    fresh = s.read_layer("parcels", ids=sorted(edited), columns=cols)
    rows = prev.rows(fresh["id"])
    fresh, rows = fresh[rows >= 0], rows[rows >= 0]
    parcels = prev.parcels.copy(deep=False)
    for col in cols:
        parcels[col] = _set_rows(parcels[col], rows, fresh[col].to_numpy(dtype=object))
    return Register(parcels, prev.cover)


@dataclass
class Snapshot:
    """One store state, read once and shared read-only by every session.

    ``layers["plots"]`` are the parks' planned plots with their clearance derived from the cadastral
    parcels beneath (kept by the store's writer: ``plot_state``); ``zone_sums`` are the zones' sums of their
    parcels (``zone_state``, :mod:`geo.aggregates`); ``ready`` holds the plots' and zones' tiers. The
    cadastral parcels themselves are not in ``layers``: :attr:`parcels` reads them all when a page needs
    them (:class:`Cadastre`), while the map, the search and the profiles ask the store for the few they show
    (:meth:`parcels_in`, :meth:`parcel_record`, :meth:`parcels_beneath`). So a reader of a million parcels
    holds the plots and the zones, not the parcels.
    """

    counter: int
    layers: dict[str, gpd.GeoDataFrame]
    ready: greadiness.Readiness
    facilities: gsearch.Facilities
    meta: dict[str, str]
    plot_tree: shapely.STRtree
    plot_row: dict[str, int]
    zone_names: dict[str, tuple[str, str]]
    zone_sums: pd.DataFrame
    search_keys: list[tuple[str, str, str, str]] = field(default_factory=list)  # (kind, id, label, folded)
    mark: tuple[int, int] = (0, 0)  # the store's watermark when this snapshot was read
    #: Things made from this state once and shared (plot tiles, rendered base maps), keyed by their maker.
    cache: dict[Any, Any] = field(default_factory=dict)
    #: A past day's state (:func:`as_of`): the day and the basis it was replayed on; None for the store now.
    as_of: tuple[date, str] | None = None
    #: The store the parcels are read from (None: only :attr:`_cadastre`).
    store: Store | None = field(default=None, repr=False)
    _cadastre: Cadastre | None = field(default=None, repr=False)
    _load: Callable[[], Cadastre] | None = field(default=None, repr=False)
    _register: Register | None = field(default=None, repr=False)
    _load_register: Callable[[], Register] | None = field(default=None, repr=False)
    #: A past day's sums of every parcel (:func:`past_day`): its overdue list and progress steps.
    past: pastday.PastDay | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _once(self, name: str, loader: str) -> Any:
        """The attribute ``name``, made by calling the attribute ``loader`` the first time (one caller at a
        time; the loader is then dropped): what is read on first use and then shared."""
        if getattr(self, name) is None:
            with self._lock:
                if getattr(self, name) is None:
                    load = getattr(self, loader)
                    assert load is not None, f"a snapshot with no {name.lstrip('_')} and no store"
                    setattr(self, name, load())
                    setattr(self, loader, None)
        return getattr(self, name)

    # ------------------------------------------------------------------ every parcel's fields, no geometry
    def register(self) -> Register:
        """Every cadastral parcel's fields of this state, without geometry (:class:`Register`), read on first use
        and then shared; a past day's are that day's (:func:`as_of`)."""
        return self._once("_register", "_load_register")

    @property
    def register_loaded(self) -> bool:
        return self._register is not None

    def _then(self, found: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """Parcels read from the store now, as they stood on this past snapshot's day: those that existed, with
        that day's stage, blocked flag, reason and stage date, replayed from their own events
        (:func:`geo.pastday.parcels_then`; the store's own, for today's snapshot)."""
        if self.as_of is None or found.empty:
            return found
        assert self.store is not None, "a past day's parcels are read from its store"
        return pastday.parcels_then(self.store, found, *self.as_of)

    # ------------------------------------------------------------------ the cadastral parcels
    def cadastre(self) -> Cadastre:
        """Every cadastral parcel of this state, read on first use and then shared."""
        return self._once("_cadastre", "_load")

    @property
    def cadastre_loaded(self) -> bool:
        return self._cadastre is not None

    @property
    def parcels(self) -> gpd.GeoDataFrame:
        """Every cadastral parcel (read on first use: pages that show a few ask the store instead)."""
        return self.cadastre().parcels

    @property
    def parcel_row(self) -> dict[str, int]:
        return self.cadastre().row

    @property
    def parcel_tree(self) -> shapely.STRtree:
        return self.cadastre().tree

    @property
    def cover(self) -> pd.DataFrame:
        return self.cadastre().cover

    def parcels_in(self, bbox: tuple[float, float, float, float], limit: int,
                   count_up_to: int | None = None) -> tuple[gpd.GeoDataFrame, int]:
        """The cadastral parcels whose envelope meets ``bbox`` (west, south, east, north): all of them, or the
        ``limit`` nearest its centre when there are more, in store order; and how many meet it (the store
        counts up to ``count_up_to``). From the store (``Store.parcels_near``), or from this state's parcels
        when it holds them (a past day's)."""
        if self._cadastre is None and self.store is not None:
            found, total = self.store.parcels_near(bbox, limit, count_up_to)
            then = self._then(found)
            # A past day: parcels created after it are not counted (those among the ones read; in a view with
            # more than ``limit`` parcels, later ones beyond the nearest ``limit`` still are).
            return then, total - (len(found) - len(then))
        found = self.parcels.iloc[np.sort(self.parcel_tree.query(shapely.box(*bbox)))]
        total = len(found)
        if total > limit:
            b = shapely.bounds(np.asarray(found.geometry.values, dtype=object))
            cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
            d = ((b[:, 0] + b[:, 2]) / 2 - cx) ** 2 + ((b[:, 1] + b[:, 3]) / 2 - cy) ** 2
            found = found.iloc[np.sort(np.argsort(d, kind="stable")[:limit])]
        return found, total

    def parcel_record(self, parcel_id: str) -> pd.Series | None:
        """One cadastral parcel (its fields and ``geometry``), or None when there is none."""
        if self._cadastre is not None or self.store is None:
            row = self.parcel_row.get(parcel_id)
            return None if row is None else self.parcels.iloc[row]
        found = self._then(self.store.read_layer("parcels", ids=[parcel_id]))
        return None if found.empty else found.iloc[0]

    # ------------------------------------------------------------------ zones and plots
    def zone_name(self, zone_id: str, lang: str) -> str:
        if missing(zone_id):
            return "—"
        vi, en = self.zone_names.get(zone_id, (zone_id, zone_id))
        return en if lang == "en" else vi

    def tiers_of_zones(self) -> dict[str, int]:
        return {z: int(v) for z, v in self.ready.zones["tier"].items()}

    def zone_ids(self) -> list[str]:
        """Every zone id (of the zones layer and of the plots), sorted: the zone codes of the plot tiles."""
        return self.cache.get("zone_list") or self.cache.setdefault(
            "zone_list", sorted(set(self.layers["zones"]["id"]) | set(self.layers["plots"]["zone_id"].dropna())))

    def zone_members(self, zone_id: str) -> list[str]:
        """The zone and the zones inside it (the parks of the economic zone)."""
        return [z for z, chain in self.ready.ancestors.items() if zone_id in chain]

    def feature_geometry(self, kind: str, fid: str):
        """The geometry of a plot, cadastral parcel or zone, or None."""
        if kind == "plot":
            row = self.plot_row.get(fid)
            return None if row is None else self.layers["plots"].geometry.iat[row]
        if kind == "parcel":
            rec = self.parcel_record(fid)
            return None if rec is None else rec["geometry"]
        if kind == "zone":
            z = self.layers["zones"]
            hit = z[z["id"] == fid]
            return None if hit.empty else hit.geometry.iat[0]
        return None

    def parcels_beneath(self, plot_id: str) -> pd.DataFrame:
        """The cadastral parcels beneath a plot, each with ``under_m2``: its area under the plot."""
        row = self.plot_row.get(plot_id)
        if self._cadastre is None and self.store is not None:
            cover = self.store.cover_of(plot_ids=[plot_id]) if row is not None else None
            if cover is None or cover.empty:
                return self.store.read_layer("parcels", ids=[]).assign(under_m2=[])
            ids = cover["parcel_id"].to_numpy(dtype=object)
            found = self._then(self.store.read_layer("parcels", ids=list(ids)))
            at = pd.Index(found["id"].to_numpy(dtype=object)).get_indexer(ids)  # in the order they were recorded
            return found.iloc[at[at >= 0]].assign(under_m2=cover["area_m2"].to_numpy(dtype=float)[at >= 0])
        if row is None:
            return self.parcels.iloc[0:0].assign(under_m2=[])
        rows, area = gplots.beneath(self.cover, row)
        return self.parcels.iloc[rows].assign(under_m2=area)

    def plots_over(self, parcel_id: str) -> pd.DataFrame:
        """The plots over a cadastral parcel."""
        plots = self.layers["plots"]
        if self._cadastre is None and self.store is not None:
            ids = self.store.cover_of(parcel_ids=[parcel_id])["plot_id"]
            return plots.iloc[sorted(self.plot_row[p] for p in ids if p in self.plot_row)]
        row = self.parcel_row.get(parcel_id)
        if row is None:
            return plots.iloc[0:0]
        return plots.iloc[gplots.plots_over(self.cover, row)]


def parcel_label(rec: Any) -> str:
    """A cadastral parcel as officers name it: "12/345 · <id>" (the id alone when unnumbered)."""
    return parcel_name(rec["id"], rec.get("sheet_no"), rec.get("parcel_no"))


def _keys(zone_names: dict[str, tuple[str, str]], plots: pd.DataFrame) -> list:
    keys = [("zone", z, f"{vi} · {en}", search_form(f"{z} {vi} {en}")) for z, (vi, en) in zone_names.items()]
    keys += [("plot", p, p, search_form(p)) for p in plots["id"]]
    return keys


#: The layers a snapshot reads whole: all but the cadastral parcels.
SNAPSHOT_LAYERS = tuple(name for name in LAYER_ORDER if name != "parcels")


def plots_with_state(plots: gpd.GeoDataFrame, state: pd.DataFrame) -> gpd.GeoDataFrame:
    """The plots layer with its derived clearance as the store keeps it (``Store.read_plot_state``); a plot
    the store has no row for counts as not started."""
    out = plots.copy()
    held = state.reindex(plots["id"].to_numpy(dtype=object))
    defaults = {"clearance_stage": STAGES[0], "handed_over_share": 0.0, "blocked": False, "blocked_parcels": 0,
                "resettlement_households": 0, "stage_since": None, "parcel_count": 0}
    for col in gplots.DERIVED:
        values = held[col]
        if values.isna().any() and defaults[col] is not None:
            values = values.fillna(defaults[col])
        out[col] = values.to_numpy(dtype=object if col in ("clearance_stage", "stage_since") else None)
    out["blocked"] = out["blocked"].astype(bool)
    for col in ("blocked_parcels", "resettlement_households", "parcel_count"):
        out[col] = out[col].astype(np.int64)
    out["handed_over_share"] = out["handed_over_share"].astype(float)
    return out


def _readiness(layers: dict[str, gpd.GeoDataFrame], sums: pd.DataFrame) -> greadiness.Readiness:
    return greadiness.compute(layers["plots"], layers["zones"], layers["constraints"], layers["resettlement_areas"],
                              need=aggregates.need(sums))


def build_snapshot(s: Store, counter: int, previous: Snapshot | None = None) -> Snapshot:
    """The store's state as a Snapshot; from ``previous`` when only clearance was edited since.

    Reads every layer but the cadastral parcels, and the derived state the store's writer keeps (each plot's
    clearance, each zone's sums: :mod:`geo.store.derived`), so its cost grows with the plots and zones, not
    with the parcels. After a clearance edit only the derived state is read again and the rest is shared
    with ``previous`` (its cadastre too, when it was read: the edited parcels are read again); an import or
    a first build reads every layer. Account changes (audit actions that touch no layer) keep the layers.
    """
    mark = s.watermark()  # taken first: a write landing during the read is read again next time
    if previous is not None:
        edited, actions = s.changes_since(previous.mark)
        if not actions - LAYERLESS_ACTIONS:
            return _patched(s, previous, edited, counter, mark)
    layers = {name: s.read_layer(name) for name in SNAPSHOT_LAYERS}
    zones = layers["zones"]
    layers["plots"] = plots = plots_with_state(layers["plots"], s.read_plot_state())
    sums = s.read_zone_state()
    zone_names = {z: (vi, en) for z, vi, en in zip(zones["id"], zones["name_vi"], zones["name_en"])}
    return Snapshot(
        counter=counter, layers=layers, ready=_readiness(layers, sums),
        facilities=gsearch.Facilities(layers["infrastructure"]), meta=s.meta(),
        plot_tree=shapely.STRtree(plots.geometry.values), plot_row={p: i for i, p in enumerate(plots["id"])},
        zone_names=zone_names, zone_sums=sums, search_keys=_keys(zone_names, plots), mark=mark, store=s,
        _load=lambda: read_cadastre(s, plots), _load_register=lambda: read_register(s, plots),
    )


def _patched(s: Store, prev: Snapshot, edited: set[str], counter: int, mark) -> Snapshot:
    layers = dict(prev.layers)
    sums = prev.zone_sums
    loaded = prev._cadastre
    held = prev._register
    if edited:
        layers["plots"] = plots_with_state(prev.layers["plots"], s.read_plot_state())
        sums = s.read_zone_state()
    plots = layers["plots"]
    return Snapshot(
        counter=counter, layers=layers, ready=_readiness(layers, sums), facilities=prev.facilities, meta=prev.meta,
        plot_tree=prev.plot_tree, plot_row=prev.plot_row, zone_names=prev.zone_names, zone_sums=sums,
        search_keys=prev.search_keys, mark=mark, store=s,
        _load=(lambda: patched_cadastre(s, loaded, edited)) if loaded is not None else (lambda: read_cadastre(s, plots)),
        _load_register=((lambda: patched_register(s, held, edited)) if held is not None
                        else (lambda: read_register(s, plots))),
    )


def as_of(snap: Snapshot, timeline: gtimeline.Timeline | Iterable[gtimeline.Piece], day: date, basis: str = "happened",
          births: pd.DataFrame | None = None, plot_edits: pd.DataFrame | None = None) -> Snapshot:
    """``snap`` as it stood on ``day``, replayed on ``basis`` from a history already read (a whole Timeline or its
    pieces: :func:`geo.replay.pieces`) over ``snap``'s :class:`Register` (:func:`past_day` says what it holds)."""
    reg = snap.register()
    plots = snap.layers["plots"]
    parts = pastday.register_parts(timeline, reg.parcels, reg.cover, plots["id"].to_numpy(dtype=object))
    return past_day(snap, parts, day, basis, births, plot_edits)


def as_of_store(snap: Snapshot, store: Store, day: date, basis: str = "happened", births: pd.DataFrame | None = None,
                plot_edits: pd.DataFrame | None = None, parts: Iterable[pastday.Part] | None = None) -> Snapshot:
    """``snap`` as it stood on ``day``, replayed on ``basis`` from ``store`` a range of parcels at a time
    (:func:`geo.pastday.store_parts`), or from ``parts`` already read (:func:`geo.pastday.kept_parts`): what
    the app's pages on a past day show, whatever the parcel count."""
    return past_day(snap, pastday.store_parts(store) if parts is None else parts, day, basis, births, plot_edits)


def past_day(snap: Snapshot, parts: Iterable[pastday.Part], day: date, basis: str = "happened",
             births: pd.DataFrame | None = None, plot_edits: pd.DataFrame | None = None) -> Snapshot:
    """``snap`` on ``day`` from the parcels given a part at a time (:func:`geo.pastday.replay_day`).

    The plots that existed then (``births``: the plots imports created, ``Store.plot_births()``), with what they
    offered then (``plot_edits``: ``Store.plot_edits()``, lease status and utilities) and their clearance
    derived from that day's parcels over the same cover; the zones' sums of that day; readiness and sites
    computed again; the overdue list and the progress steps of that day (:attr:`Snapshot.past`). Everything
    else (zones, plots' geometry, facilities) is today's and shared with ``snap``. It holds no parcel: the
    parcels a page draws are read from the store and given that day's state (:meth:`Snapshot._then`)."""
    plots = snap.layers["plots"]
    if plot_edits is not None and not plot_edits.empty:
        plots = plots.copy()
        offers = gtimeline.plot_offers_on(plot_edits, plots, day)
        for col in offers.columns:
            plots[col] = offers[col].to_numpy()
    alive = gtimeline.plots_on(births, plots["id"], day, basis)
    plot_row, plot_tree = snap.plot_row, snap.plot_tree
    if not alive.all():  # plots created later: out, the rows after them renumbered
        plots = plots[alive].reset_index(drop=True)
        plot_row = {p: i for i, p in enumerate(plots["id"])}
        plot_tree = shapely.STRtree(plots.geometry.values)
    past = pastday.replay_day(parts, plots["id"].to_numpy(dtype=object), day, basis)
    plots = plots.copy()
    for col in gplots.DERIVED:
        plots[col] = past.plots[col].to_numpy()
    layers = dict(snap.layers)
    layers["plots"] = plots
    return Snapshot(
        counter=snap.counter, layers=layers, ready=_readiness(layers, past.zone_sums), facilities=snap.facilities,
        meta=snap.meta, plot_tree=plot_tree, plot_row=plot_row, zone_names=snap.zone_names,
        zone_sums=past.zone_sums, search_keys=snap.search_keys, mark=snap.mark, as_of=(past.day, basis),
        store=snap.store, past=past,
    )


def search_words(text: str) -> list[tuple[str, re.Pattern]]:
    """The words of a search, each with what it must match in a name or id: a whole word, except the last
    one, which may be the start of a word (the user is still typing it) unless the text ends with a space.
    So "nghi son" finds Nghi Sơn and not Lam Sơn, where "nghi" is only the start of "nghiệp"."""
    words = re.findall(r"[0-9a-z]+", search_form(text))
    typing = not text[-1:].isspace()
    return [(w, re.compile(rf"(?<![0-9a-z]){w}" + ("" if typing and i == len(words) - 1 else "(?![0-9a-z])")))
            for i, w in enumerate(words)]


def matches(text: str, key: str) -> bool:
    """True when the search ``text`` matches ``key`` (a name or id as :func:`geo.stages.search_form` makes it)."""
    words = search_words(text)
    return bool(words) and all(p.search(key) for _, p in words)


def lookup(snap: Snapshot, text: str, limit: int = 12,
           kinds: tuple[str, ...] = ("zone", "plot", "parcel")) -> list[tuple[str, str, str]]:
    """Zones, then plots (of ``kinds``), whose name or id holds every word of ``text`` (diacritics optional),
    the last word perhaps only begun (see :func:`search_words`), then cadastral parcels by sheet/parcel number
    ("12/345", "tờ 12 thửa 345") or id, asked of the store (``Store.find_parcels``): ``(kind, id, label)``
    each."""
    words = search_words(text)
    if not words:
        return []
    last = re.compile(rf"(?<![0-9a-z]){words[-1][0]}(?![0-9a-z])")
    zones, parcels = [], []
    for kind, fid, label, key in snap.search_keys:  # zones come first in search_keys
        if kind not in kinds:
            continue
        # The plain substring test first: most keys fail it, and it is much faster than the patterns.
        if all(w in key for w, _ in words) and all(p.search(key) for _, p in words):
            if kind == "zone":  # those where the last word is a whole word first ("nghi": Nghi Sơn, then …nghiệp)
                zones.append((last.search(key) is None, (kind, fid, label)))
            else:
                parcels.append((kind, fid, label))
                if len(zones) + len(parcels) >= limit:
                    break
    if "parcel" in kinds and snap.store is not None and len(zones) + len(parcels) < limit:
        found = snap.store.find_parcels(text, limit - len(zones) - len(parcels))
        parcels += [("parcel", pid, parcel_name(pid, sh, no))
                    for pid, sh, no in zip(found["id"], found["sheet_no"], found["parcel_no"])]
    return ([hit for _, hit in sorted(zones, key=lambda z: z[0])] + parcels)[:limit]


def plot_tile_codes(snap: Snapshot) -> np.ndarray:
    """The codes (stage, tier, blocked, zone, area) each plot's entry in the plot tiles carries."""
    parcels = snap.layers["plots"]
    zones = {z: i for i, z in enumerate(snap.zone_ids())}
    stage_index = {s: i for i, s in enumerate(STAGES)}
    return ptiles.parcel_codes(
        parcels, parcels["clearance_stage"].map(stage_index).fillna(0).to_numpy(dtype=int),
        snap.ready.plots["tier"].to_numpy(dtype=int),
        parcels["zone_id"].map(zones).fillna(-1).to_numpy(dtype=int))
