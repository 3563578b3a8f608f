"""What a map view shows: the plots in view from PARCEL_MIN_ZOOM on, nearest its centre first, and the
selected zone's; for staff, the cadastral parcels in view from CADASTRAL_MIN_ZOOM on.

A view is ``{"zoom": z, "bounds": ((south, west), (north, east))}`` (either may be missing), as
:func:`read_view` makes it from what the map component reports. Only the parcels in view are ever sent,
found with the snapshot's spatial index, so a province of 100,000 cadastral parcels stays fast.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from .maps import CADASTRAL_MIN_ZOOM, PARCEL_MIN_ZOOM
from .snapshot import Snapshot

#: Plots the server sends for one view (a selected zone below PARCEL_MIN_ZOOM, or without plot tiles).
MAX_PARCELS = 2000
#: Cadastral parcels the server sends for one view (those nearest the centre of the view).
MAX_CADASTRAL = 3000
#: The cadastral parcels in a view are counted up to this many ("more than 10,000" beyond). A count reads
#: the rows it counts: 100,000 parcels of a dense view of a 10M PostGIS store took 2 s from a cold cache
#: (0.06 s warm), most of a planner's pan; 10,000 take a tenth of that, and still tell a view much fuller
#: than the 3,000 drawn.
MAX_COUNTED = 10_000


def read_view(out: dict | None) -> dict:
    """The view a map component reported (its value: ``zoom`` and Leaflet's ``bounds``)."""
    if not out:
        return {}
    b = out.get("bounds") or {}
    sw, ne = b.get("_southWest") or {}, b.get("_northEast") or {}
    if sw.get("lat") is None or ne.get("lat") is None:
        return {"zoom": out.get("zoom")}
    return {"zoom": out.get("zoom"), "bounds": ((sw["lat"], sw["lng"]), (ne["lat"], ne["lng"]))}


def selected_rows(snap: Snapshot, sel: tuple[str, str] | None) -> np.ndarray:
    """Rows of the plots of the selected zone (and the zones inside it), or of the zone of the selected plot
    or cadastral parcel."""
    zone_of = snap.layers["plots"]["zone_id"].to_numpy(dtype=object)
    zone = None
    if sel and sel[0] == "zone":
        return np.flatnonzero(np.isin(zone_of, snap.zone_members(sel[1])))
    if sel and sel[0] == "plot" and sel[1] in snap.plot_row:
        zone = zone_of[snap.plot_row[sel[1]]]
    elif sel and sel[0] == "parcel":
        rec = snap.parcel_record(sel[1])
        zone = None if rec is None else rec["zone_id"]
    if zone is None or zone != zone:
        return np.array([], dtype=int)
    return np.flatnonzero(zone_of == zone)


def visible_plots(snap: Snapshot, view: dict, sel: tuple[str, str] | None, *, tiled: bool = False,
                  limit: int = MAX_PARCELS) -> tuple[np.ndarray, int]:
    """Rows of the plots the server sends, at most ``limit``: those in view (from PARCEL_MIN_ZOOM on),
    nearest the centre of the view first, then the rest of the selected zone's. Returns the rows and how
    many qualified. With ``tiled`` the browser fetches the plots in view itself (plot tiles): only a
    selected zone's plots below PARCEL_MIN_ZOOM are sent."""
    chosen = selected_rows(snap, sel)
    zoom, bounds = view.get("zoom"), view.get("bounds")
    in_view = np.array([], dtype=int)
    if tiled:
        if zoom is not None and zoom >= PARCEL_MIN_ZOOM:
            return in_view, 0
        if len(chosen) > limit and bounds:  # keep those nearest the centre of the view
            chosen = chosen[by_distance(snap, chosen, bounds)]
        return chosen[:limit], len(chosen)
    if zoom is not None and bounds and zoom >= PARCEL_MIN_ZOOM:
        in_view = in_bounds(snap, bounds)
        if len(in_view) > limit:  # keep those nearest the centre of the view
            in_view = in_view[by_distance(snap, in_view, bounds)]
    rows = np.concatenate([in_view, chosen[~np.isin(chosen, in_view)]])
    return rows[:limit], len(rows)


def by_distance(snap: Snapshot, rows: np.ndarray, bounds) -> np.ndarray:
    """Order of ``rows`` (of the plots) by the distance of their envelope's centre from the centre of
    ``bounds`` ((s, w), (n, e)); ties keep their order."""
    (s, w), (n, e) = bounds
    b = shapely.bounds(snap.layers["plots"].geometry.values[rows])
    d = ((b[:, 0] + b[:, 2]) / 2 - (w + e) / 2) ** 2 + ((b[:, 1] + b[:, 3]) / 2 - (s + n) / 2) ** 2
    return np.argsort(d, kind="stable")


def in_bounds(snap: Snapshot, bounds) -> np.ndarray:
    """Rows of the plots whose envelope meets ``bounds`` ((s, w), (n, e)), from the shared index."""
    (s, w), (n, e) = bounds
    return snap.plot_tree.query(shapely.box(w, s, e, n))


def plots_in_view(snap: Snapshot, view: dict) -> int:
    """How many plots the view holds (0 when it has no bounds)."""
    return len(in_bounds(snap, view["bounds"])) if view.get("bounds") else 0


def cadastral_in_view(snap: Snapshot, view: dict, limit: int = MAX_CADASTRAL) -> tuple[gpd.GeoDataFrame | None, int]:
    """The cadastral parcels the server sends for a view, at most ``limit``, nearest the centre of the view
    when there are more; none below CADASTRAL_MIN_ZOOM or without bounds (:meth:`Snapshot.parcels_in`: from
    the store, through its spatial index). Returns them and how many are in view (at most
    :data:`MAX_COUNTED`: then at least that many)."""
    zoom, bounds = view.get("zoom"), view.get("bounds")
    if zoom is None or zoom < CADASTRAL_MIN_ZOOM or not bounds:
        return None, 0
    (s, w), (n, e) = bounds
    return snap.parcels_in((w, s, e, n), limit, MAX_COUNTED)


def nearest(geoms, centre, limit: int) -> np.ndarray:
    """Positions of the ``limit`` geometries whose centroids are nearest ``centre`` (a geometry), in their
    original order."""
    d = shapely.distance(shapely.centroid(np.asarray(geoms, dtype=object)), shapely.centroid(centre))
    return np.sort(np.argsort(d, kind="stable")[:limit])
