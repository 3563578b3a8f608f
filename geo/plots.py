"""The parks' planned plots (lô) and the clearance they take from the cadastral parcels beneath them.

An investor leases a plot; the state recovers the parcels (thửa đất) under it from households. A plot is
ready when the parcels beneath it are handed over, so each plot's clearance is derived, never typed:

- ``handed_over_share``: the part of the plot's parcel-covered area whose parcels are handed over (0–1);
- ``clearance_stage``: the least advanced stage among the parcels beneath (so a plot is ``handed_over``
  only when every parcel under it is);
- ``blocked_parcels`` and ``blocked``: parcels beneath that are blocked;
- ``resettlement_households``: households on the parcels beneath not yet handed over (:func:`geo.cadastre.households`);
- ``stage_since``: the latest stage date beneath; ``parcel_count``: the parcels beneath.

Which parcels lie beneath which plot (and by how much) is the *cover*, computed once per geometry state
(:func:`cover`); a clearance edit changes only stages, so the derivation is a group-by over the cover.
An overlap under :data:`MIN_OVERLAP_M2` (a digitising sliver along a shared boundary) does not count.
A plot with no parcel beneath it has no clearance record: it counts as not started.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from . import cadastre
from . import crs as gcrs
from .columns import flags
from .stages import STAGES

#: Overlaps smaller than this (m²) are slivers of two surveys' shared boundary, not land beneath a plot.
MIN_OVERLAP_M2 = 1.0

#: The position of ``handed_over`` in :data:`~geo.stages.STAGES`: a parcel there is cleared.
HANDED_OVER = STAGES.index("handed_over")

DERIVED = ("clearance_stage", "handed_over_share", "blocked", "blocked_parcels", "resettlement_households",
           "stage_since", "parcel_count")


def cover(plot_geoms, parcel_geoms) -> pd.DataFrame:
    """Pairs (``plot``, ``parcel`` row positions) whose overlap is at least MIN_OVERLAP_M2, with ``area_m2``."""
    plots_m = gcrs.to_metric(np.asarray(plot_geoms, dtype=object))
    parcels_m = gcrs.to_metric(np.asarray(parcel_geoms, dtype=object))
    if not len(plots_m) or not len(parcels_m):
        return pd.DataFrame({"plot": np.zeros(0, int), "parcel": np.zeros(0, int), "area_m2": np.zeros(0)})
    tree = shapely.STRtree(parcels_m)
    pl, pa = tree.query(plots_m, predicate="intersects")
    shapely.prepare(plots_m)
    inside = shapely.contains_properly(plots_m[pl], parcels_m[pa])
    area = shapely.area(parcels_m[pa])
    cut = ~inside
    if cut.any():
        area[cut] = shapely.area(shapely.intersection(plots_m[pl[cut]], parcels_m[pa[cut]]))
    keep = area >= MIN_OVERLAP_M2
    return pd.DataFrame({"plot": pl[keep], "parcel": pa[keep], "area_m2": area[keep]})


def derive(plots: pd.DataFrame, parcels: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """Each plot's derived clearance (the columns of :data:`DERIVED`), indexed like ``plots``."""
    n = len(plots)
    order = {s: i for i, s in enumerate(STAGES)}
    stage_no = parcels["clearance_stage"].map(order).fillna(0).to_numpy(dtype=int)
    blocked = flags(parcels["blocked"]) if len(parcels) else np.zeros(0, bool)
    homes = cadastre.households(parcels) if len(parcels) else np.zeros(0, int)
    since = pd.to_datetime(parcels["stage_since"], errors="coerce") if len(parcels) else pd.Series([], dtype="datetime64[ns]")

    p, q = pairs["plot"].to_numpy(dtype=int), pairs["parcel"].to_numpy(dtype=int)
    area = pairs["area_m2"].to_numpy(dtype=float)
    covered = np.bincount(p, weights=area, minlength=n)
    done = np.bincount(p, weights=np.where(stage_no[q] == HANDED_OVER, area, 0.0), minlength=n)
    least = np.full(n, len(STAGES), dtype=int)
    np.minimum.at(least, p, stage_no[q])
    count = np.bincount(p, minlength=n)
    blocked_n = np.bincount(p, weights=blocked[q].astype(float), minlength=n).astype(int)
    waiting = np.bincount(p, weights=np.where(stage_no[q] < HANDED_OVER, homes[q], 0), minlength=n).astype(int)
    latest = pd.Series(since.to_numpy()[q] if len(q) else [], dtype="datetime64[ns]").groupby(p).max()
    stage_since = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    stage_since[latest.index.to_numpy(dtype=int)] = latest.to_numpy()
    return pd.DataFrame(clearance(covered, done, least, blocked_n, waiting, stage_since, count), index=plots.index)


def clearance(covered: np.ndarray, done: np.ndarray, least: np.ndarray, blocked_parcels: np.ndarray,
              waiting: np.ndarray, latest: np.ndarray, count: np.ndarray) -> dict[str, np.ndarray]:
    """Plots' derived clearance (the columns of :data:`DERIVED`) from their totals over the parcels beneath:
    the area covered and the part of it handed over (m²), the least stage's position in
    :data:`~geo.stages.STAGES` (``len(STAGES)`` for no parcel), the parcels blocked, the households waiting,
    the latest stage date (``datetime64``, NaT for none) and the parcels.

    :func:`derive` totals them from the layers; a store's writer has its database total them
    (:mod:`geo.store.derived`). Both end here, so a plot's clearance is written down once."""
    least = np.where(least == len(STAGES), 0, least)  # no parcel beneath: not started
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(covered > 0, done / covered, 0.0)
    since = np.datetime_as_string(np.asarray(latest, dtype="datetime64[ns]"), unit="D").astype(object)
    since[np.isnat(np.asarray(latest, dtype="datetime64[ns]"))] = None
    return {
        "clearance_stage": np.asarray(STAGES, dtype=object)[least],
        "handed_over_share": np.round(np.clip(share, 0.0, 1.0), 4),
        "blocked": blocked_parcels > 0,
        "blocked_parcels": blocked_parcels,
        "resettlement_households": waiting,
        "stage_since": since,
        "parcel_count": count,
    }


def with_clearance(plots: pd.DataFrame, parcels: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """``plots`` with the derived columns set (a new frame; the layer given is not changed)."""
    out = plots.copy()
    derived = derive(plots, parcels, pairs)
    for col in DERIVED:
        out[col] = derived[col]
    return out


def beneath(pairs: pd.DataFrame, plot_row: int) -> tuple[np.ndarray, np.ndarray]:
    """The parcel rows beneath one plot, and the area of each under it (m²)."""
    hit = pairs["plot"].to_numpy() == plot_row
    return pairs["parcel"].to_numpy()[hit], pairs["area_m2"].to_numpy()[hit]


def plots_over(pairs: pd.DataFrame, parcel_row: int) -> np.ndarray:
    """The plot rows over one parcel."""
    return pairs["plot"].to_numpy()[pairs["parcel"].to_numpy() == parcel_row]


def derived(plots: pd.DataFrame, parcels: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The plots with their clearance derived from ``parcels``, and the cover it was derived over.

    The one place a store's plots get their clearance: the app's snapshot and the CLI both call it.
    """
    pairs = cover(plots.geometry.values, parcels.geometry.values)
    return with_clearance(plots, parcels, pairs), pairs


def pairs_by_id(recorded: pd.DataFrame, plots: pd.DataFrame, parcels: pd.DataFrame) -> pd.DataFrame:
    """The cover as a store records it (``plot_id``, ``parcel_id``, ``area_m2``) as row positions in these
    layers (the pairs :func:`derive` takes); pairs naming a feature not in them are left out."""
    plot = pd.Index(plots["id"]).get_indexer(recorded["plot_id"])
    parcel = pd.Index(parcels["id"]).get_indexer(recorded["parcel_id"])
    keep = (plot >= 0) & (parcel >= 0)
    return pd.DataFrame({"plot": plot[keep], "parcel": parcel[keep],
                         "area_m2": recorded["area_m2"].to_numpy(dtype=float)[keep]})
