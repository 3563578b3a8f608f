"""One state of the store, read once and shared read-only: layers, readiness, facilities, spatial index.

:func:`build_snapshot` reads a store into a :class:`Snapshot`; after a clearance edit it reads only the
edited parcels again and shares everything else with the previous snapshot. The app keeps one snapshot
per store state for every session (``views.state``); this module knows nothing of Streamlit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

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
class Snapshot:
    """One store state, read once and shared read-only by every session.

    ``layers["plots"]`` are the parks' planned plots with their clearance derived from the cadastral
    parcels beneath (:mod:`geo.plots`); ``layers["parcels"]`` are the cadastral parcels. ``cover`` says
    which parcels lie beneath which plot; ``ready`` holds the plots' and zones' tiers.
    """

    counter: int
    layers: dict[str, gpd.GeoDataFrame]
    ready: greadiness.Readiness
    facilities: gsearch.Facilities
    meta: dict[str, str]
    plot_tree: shapely.STRtree
    plot_row: dict[str, int]
    parcel_tree: shapely.STRtree
    parcel_row: dict[str, int]
    cover: pd.DataFrame
    zone_names: dict[str, tuple[str, str]]
    search_keys: list[tuple[str, str, str, str]] = field(default_factory=list)  # (kind, id, label, folded)
    mark: tuple[int, int] = (0, 0)  # the store's watermark when this snapshot was read
    #: Things made from this state once and shared (plot tiles, rendered base maps), keyed by their maker.
    cache: dict[Any, Any] = field(default_factory=dict)
    #: A past day's state (:func:`as_of`): the day and the basis it was replayed on; None for the store now.
    as_of: tuple[date, str] | None = None

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
        if kind in ("plot", "parcel"):
            rows = self.plot_row if kind == "plot" else self.parcel_row
            row = rows.get(fid)
            return None if row is None else self.layers[f"{kind}s"].geometry.iat[row]
        if kind == "zone":
            z = self.layers["zones"]
            hit = z[z["id"] == fid]
            return None if hit.empty else hit.geometry.iat[0]
        return None

    def parcels_beneath(self, plot_id: str) -> pd.DataFrame:
        """The cadastral parcels beneath a plot, each with ``under_m2``: its area under the plot."""
        row = self.plot_row.get(plot_id)
        if row is None:
            return self.layers["parcels"].iloc[0:0].assign(under_m2=[])
        rows, area = gplots.beneath(self.cover, row)
        return self.layers["parcels"].iloc[rows].assign(under_m2=area)

    def plots_over(self, parcel_id: str) -> pd.DataFrame:
        """The plots over a cadastral parcel."""
        row = self.parcel_row.get(parcel_id)
        if row is None:
            return self.layers["plots"].iloc[0:0]
        return self.layers["plots"].iloc[gplots.plots_over(self.cover, row)]


def parcel_label(rec: Any) -> str:
    """A cadastral parcel as officers name it: "12/345 · <id>" (the id alone when unnumbered)."""
    return parcel_name(rec["id"], rec.get("sheet_no"), rec.get("parcel_no"))


def _keys(zone_names: dict[str, tuple[str, str]], plots: pd.DataFrame, parcels: pd.DataFrame) -> list:
    keys = [("zone", z, f"{vi} · {en}", search_form(f"{z} {vi} {en}")) for z, (vi, en) in zone_names.items()]
    keys += [("plot", p, p, search_form(p)) for p in plots["id"]]
    for pid, sh, no in zip(parcels["id"], parcels["sheet_no"], parcels["parcel_no"]):
        label = parcel_name(pid, sh, no)
        words = pid if label == pid else f"{pid} {sh}/{no} to {sh} thua {no}"
        keys.append(("parcel", pid, label, search_form(words)))
    return keys


def build_snapshot(s: Store, counter: int, previous: Snapshot | None = None) -> Snapshot:
    """The store's state as a Snapshot; from ``previous`` when only a few parcels were edited since.

    After a clearance edit only the edited parcels are read again (their editable columns replaced in
    a copy that shares everything else with ``previous``), and the plots' clearance and readiness are
    derived again over the same cover; an import or a first build reads every layer. Account changes
    (audit actions that touch no layer) keep the layers.
    """
    mark = s.watermark()  # taken first: a write landing during the read is read again next time
    if previous is not None:
        edited, actions = s.changes_since(previous.mark)
        if not actions - LAYERLESS_ACTIONS:
            return _patched(s, previous, edited, counter, mark)
    layers = {name: s.read_layer(name) for name in LAYER_ORDER}
    parcels, zones = layers["parcels"], layers["zones"]
    plots, cover, ready = greadiness.of_layers(layers, s.read_cover())
    layers["plots"] = plots
    zone_names = {z: (vi, en) for z, vi, en in zip(zones["id"], zones["name_vi"], zones["name_en"])}
    return Snapshot(
        counter=counter, layers=layers, ready=ready, facilities=gsearch.Facilities(layers["infrastructure"]),
        meta=s.meta(), plot_tree=shapely.STRtree(plots.geometry.values),
        plot_row={p: i for i, p in enumerate(plots["id"])}, parcel_tree=shapely.STRtree(parcels.geometry.values),
        parcel_row={p: i for i, p in enumerate(parcels["id"])}, cover=cover, zone_names=zone_names,
        search_keys=_keys(zone_names, plots, parcels), mark=mark,
    )


def _patched(s: Store, prev: Snapshot, edited: set[str], counter: int, mark) -> Snapshot:
    layers = dict(prev.layers)
    if edited:
        fresh = s.read_layer("parcels", ids=sorted(edited))
        rows = np.array([prev.parcel_row[i] for i in fresh["id"]], dtype=int)
        parcels = prev.layers["parcels"].copy(deep=False)
        for col in EDITABLE_PARCEL_FIELDS:
            values = parcels[col].array.copy()
            values[rows] = fresh[col].array
            parcels[col] = pd.Series(values, index=parcels.index, dtype=parcels[col].dtype)
        layers["parcels"] = parcels
        layers["plots"] = gplots.with_clearance(prev.layers["plots"], parcels, prev.cover)
    ready = greadiness.compute(layers["plots"], layers["zones"], layers["constraints"],
                               layers["resettlement_areas"], layers["parcels"])
    return Snapshot(
        counter=counter, layers=layers, ready=ready, facilities=prev.facilities, meta=prev.meta,
        plot_tree=prev.plot_tree, plot_row=prev.plot_row, parcel_tree=prev.parcel_tree,
        parcel_row=prev.parcel_row, cover=prev.cover, zone_names=prev.zone_names,
        search_keys=prev.search_keys, mark=mark,
    )


def as_of(snap: Snapshot, timeline: gtimeline.Timeline, day: date, basis: str = "happened",
          births: pd.DataFrame | None = None, plot_edits: pd.DataFrame | None = None) -> Snapshot:
    """``snap`` as it stood on ``day``, replayed from the history (:mod:`geo.timeline`) on ``basis``.

    The cadastral parcels that existed then, with that day's stage and blocked flag; the plots that existed
    then (``births``: the plots imports created, ``Store.plot_births()``), with what they offered then
    (``plot_edits``: ``Store.plot_edits()``, lease status and utilities) and their clearance derived from those
    parcels over the same cover; readiness and sites computed again. Everything else (zones, plots' geometry,
    facilities) is today's and shared with ``snap``. ``timeline`` must hold the parcels of
    ``snap`` in the layer's order."""
    current = snap.layers["parcels"]
    state = gtimeline.state_on(timeline, current, day, basis)
    parcels = gtimeline.parcels_on(current, state)
    plots = snap.layers["plots"]
    if plot_edits is not None and not plot_edits.empty:
        plots = plots.copy()
        offers = gtimeline.plot_offers_on(plot_edits, plots, day)
        for col in offers.columns:
            plots[col] = offers[col].to_numpy()
    alive = gtimeline.plots_on(births, plots["id"], day, basis)
    cover, parcel_row, parcel_tree = snap.cover, snap.parcel_row, snap.parcel_tree
    plot_row, plot_tree = snap.plot_row, snap.plot_tree
    if not (state.exists.all() and alive.all()):  # features created later: out, the rows after them renumbered
        pairs_plot = cover["plot"].to_numpy(dtype=int)
        pairs_parcel = cover["parcel"].to_numpy(dtype=int)
        ok = state.exists[pairs_parcel] & alive[pairs_plot]
        cover = pd.DataFrame({"plot": (np.cumsum(alive) - 1)[pairs_plot[ok]],
                              "parcel": (np.cumsum(state.exists) - 1)[pairs_parcel[ok]],
                              "area_m2": snap.cover["area_m2"].to_numpy()[ok]})
        if not state.exists.all():
            parcels = parcels.reset_index(drop=True)
            parcel_row = {p: i for i, p in enumerate(parcels["id"])}
            parcel_tree = shapely.STRtree(parcels.geometry.values)
        if not alive.all():
            plots = plots[alive].reset_index(drop=True)
            plot_row = {p: i for i, p in enumerate(plots["id"])}
            plot_tree = shapely.STRtree(plots.geometry.values)
    layers = dict(snap.layers)
    layers["parcels"] = parcels
    layers["plots"] = gplots.with_clearance(plots, parcels, cover)
    ready = greadiness.compute(layers["plots"], layers["zones"], layers["constraints"],
                               layers["resettlement_areas"], parcels)
    return Snapshot(
        counter=snap.counter, layers=layers, ready=ready, facilities=snap.facilities, meta=snap.meta,
        plot_tree=plot_tree, plot_row=plot_row, parcel_tree=parcel_tree, parcel_row=parcel_row,
        cover=cover, zone_names=snap.zone_names, search_keys=snap.search_keys, mark=snap.mark,
        as_of=(state.day, basis),
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
    """Zones, then plots and cadastral parcels (of ``kinds``), whose name, id or sheet/parcel number
    ("12/345", "tờ 12 thửa 345") holds every word of ``text`` (diacritics optional), the last word
    perhaps only begun (see :func:`search_words`): ``(kind, id, label)`` each."""
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
