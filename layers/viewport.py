"""Which parcels a map view shows: those in view from PARCEL_MIN_ZOOM on, nearest its centre first, and
the selected zone's.

A view is ``{"zoom": z, "bounds": ((south, west), (north, east))}`` (either may be missing), as
:func:`read_view` makes it from what the map component reports.
"""

from __future__ import annotations

import numpy as np
import shapely

from .maps import PARCEL_MIN_ZOOM
from .snapshot import Snapshot

#: Parcels the server sends for one view (a selected zone below PARCEL_MIN_ZOOM, or without parcel tiles).
MAX_PARCELS = 2000


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
    """Rows of the parcels of the selected zone (and the zones inside it), or of the selected parcel's zone."""
    zone_of = snap.layers["parcels"]["zone_id"].to_numpy(dtype=object)
    if sel and sel[0] == "zone":
        return np.flatnonzero(np.isin(zone_of, snap.zone_members(sel[1])))
    if sel and sel[0] == "parcel" and sel[1] in snap.parcel_row:
        return np.flatnonzero(zone_of == zone_of[snap.parcel_row[sel[1]]])
    return np.array([], dtype=int)


def visible_parcels(snap: Snapshot, view: dict, sel: tuple[str, str] | None, *, tiled: bool = False,
                    limit: int = MAX_PARCELS) -> tuple[np.ndarray, int]:
    """Rows of the parcels the server sends, at most ``limit``: those in view (from PARCEL_MIN_ZOOM on),
    nearest the centre of the view first, then the rest of the selected zone's. Returns the rows and how
    many qualified. With ``tiled`` the browser fetches the parcels in view itself (parcel tiles): only a
    selected zone's parcels below PARCEL_MIN_ZOOM are sent."""
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
    """Order of ``rows`` by the distance of their envelope's centre from the centre of ``bounds``
    ((s, w), (n, e)); ties keep their order."""
    (s, w), (n, e) = bounds
    b = shapely.bounds(snap.layers["parcels"].geometry.values[rows])
    d = ((b[:, 0] + b[:, 2]) / 2 - (w + e) / 2) ** 2 + ((b[:, 1] + b[:, 3]) / 2 - (s + n) / 2) ** 2
    return np.argsort(d, kind="stable")


def in_bounds(snap: Snapshot, bounds) -> np.ndarray:
    """Rows of the parcels whose envelope meets ``bounds`` ((s, w), (n, e)), from the shared index."""
    (s, w), (n, e) = bounds
    return snap.parcel_tree.query(shapely.box(w, s, e, n))


def parcels_in_view(snap: Snapshot, view: dict) -> int:
    """How many parcels the view holds (0 when it has no bounds)."""
    return len(in_bounds(snap, view["bounds"])) if view.get("bounds") else 0


def nearest(geoms, centre, limit: int) -> np.ndarray:
    """Positions of the ``limit`` geometries whose centroids are nearest ``centre`` (a geometry), in their
    original order."""
    d = shapely.distance(shapely.centroid(np.asarray(geoms, dtype=object)), shapely.centroid(centre))
    return np.sort(np.argsort(d, kind="stable")[:limit])
