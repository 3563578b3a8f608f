"""What a map view shows (layers.viewport): the plots in view, nearest its centre first, and the selected
zone's; the cadastral parcels in view when zoomed in — on small grids, so every answer can be checked by hand."""

from __future__ import annotations

from types import SimpleNamespace

import geopandas as gpd
import numpy as np
import shapely

from layers.maps import CADASTRAL_MIN_ZOOM, PARCEL_MIN_ZOOM
from layers.snapshot import Cadastre, Snapshot
from layers.viewport import (by_distance, cadastral_in_view, in_bounds, nearest, plots_in_view, read_view,
                             visible_plots)

STEP = 0.001  # degrees between plot corners


def grid_snapshot(nx: int = 10, ny: int = 10) -> Snapshot:
    """nx * ny square plots west to east, then south to north; the western half in zone "a", the eastern
    half in zone "b"; zone "ez" holds both (as the economic zone holds its parks). Beneath each plot lie four
    cadastral parcels (its quarters, "c-i-j-k"), in the plot's zone, and one parcel lies outside every zone."""
    ids, zones, geoms = [], [], []
    pids, pzones, pgeoms = [], [], []
    for j in range(ny):
        for i in range(nx):
            x, y = 105.0 + i * STEP, 19.5 + j * STEP
            ids.append(f"p-{i}-{j}")
            zones.append("a" if i < nx // 2 else "b")
            geoms.append(shapely.box(x, y, x + STEP * 0.9, y + STEP * 0.9))
            for k, (dx, dy) in enumerate(((0, 0), (0.45, 0), (0, 0.45), (0.45, 0.45))):
                pids.append(f"c-{i}-{j}-{k}")
                pzones.append(zones[-1])
                pgeoms.append(shapely.box(x + dx * STEP, y + dy * STEP, x + (dx + 0.45) * STEP, y + (dy + 0.45) * STEP))
    pids.append("c-outside")
    pzones.append(None)
    pgeoms.append(shapely.box(104.9, 19.4, 104.9 + STEP, 19.4 + STEP))
    plots = gpd.GeoDataFrame({"id": ids, "zone_id": zones}, geometry=geoms, crs=4326)
    parcels = gpd.GeoDataFrame({"id": pids, "zone_id": pzones}, geometry=pgeoms, crs=4326)
    ready = SimpleNamespace(ancestors={"a": ["a", "ez"], "b": ["b", "ez"], "ez": ["ez"]})
    cadastre = Cadastre(parcels, {p: i for i, p in enumerate(pids)}, shapely.STRtree(parcels.geometry.values), None)
    return Snapshot(counter=1, layers={"plots": plots}, ready=ready, facilities=None, meta={},
                    plot_tree=shapely.STRtree(plots.geometry.values), plot_row={p: i for i, p in enumerate(ids)},
                    zone_names={}, zone_sums=None, _cadastre=cadastre)


def bounds_around(i0: float, j0: float, i1: float, j1: float):
    """((s, w), (n, e)) from grid positions."""
    return (19.5 + j0 * STEP, 105.0 + i0 * STEP), (19.5 + j1 * STEP, 105.0 + i1 * STEP)


def ids_of(snap: Snapshot, rows, layer: str = "plots") -> list[str]:
    return [snap.layers[layer]["id"].iat[r] for r in rows]


def test_read_view_takes_zoom_and_bounds_from_the_map_component():
    out = {"zoom": 15, "bounds": {"_southWest": {"lat": 19.5, "lng": 105.0}, "_northEast": {"lat": 19.6, "lng": 105.2}}}
    assert read_view(out) == {"zoom": 15, "bounds": ((19.5, 105.0), (19.6, 105.2))}
    assert read_view({"zoom": 9, "bounds": {"_southWest": {"lat": None}, "_northEast": {}}}) == {"zoom": 9}
    assert read_view(None) == {} and read_view({}) == {}


def test_in_bounds_and_the_count_in_view():
    snap = grid_snapshot()
    view = {"zoom": 16, "bounds": bounds_around(0, 0, 1.5, 1.5)}  # meets the plots (0..1, 0..1)
    assert sorted(ids_of(snap, in_bounds(snap, view["bounds"]))) == ["p-0-0", "p-0-1", "p-1-0", "p-1-1"]
    assert plots_in_view(snap, view) == 4
    assert plots_in_view(snap, {"zoom": 16}) == 0  # no bounds reported yet


def test_by_distance_orders_from_the_centre_of_the_view():
    snap = grid_snapshot()
    rows = np.array([snap.plot_row[p] for p in ("p-9-9", "p-0-0", "p-5-5", "p-4-4")])
    order = by_distance(snap, rows, bounds_around(4, 4, 5, 5))  # centre in p-4-4
    assert ids_of(snap, rows[order]) == ["p-4-4", "p-5-5", "p-0-0", "p-9-9"]


def test_below_the_parcel_zoom_only_the_selected_zone_is_sent():
    snap = grid_snapshot()
    view = {"zoom": PARCEL_MIN_ZOOM - 1, "bounds": bounds_around(0, 0, 10, 10)}
    rows, total = visible_plots(snap, view, None)
    assert len(rows) == 0 and total == 0
    rows, total = visible_plots(snap, view, ("zone", "a"))
    assert total == 50 and set(ids_of(snap, rows)) == {f"p-{i}-{j}" for i in range(5) for j in range(10)}
    rows, total = visible_plots(snap, view, ("zone", "ez"))  # a zone with parks: their plots too
    assert total == 100
    rows, total = visible_plots(snap, view, ("plot", "p-7-3"))  # a plot: its zone's
    assert total == 50 and "p-9-9" in ids_of(snap, rows) and "p-0-0" not in ids_of(snap, rows)
    rows, total = visible_plots(snap, view, ("parcel", "c-7-3-2"))  # a cadastral parcel: its zone's plots
    assert total == 50 and "p-9-9" in ids_of(snap, rows)
    assert visible_plots(snap, view, ("parcel", "c-outside"))[1] == 0  # outside every zone: none
    assert visible_plots(snap, view, ("plot", "no-such"))[1] == 0


def test_from_the_parcel_zoom_the_parcels_in_view_come_first_then_the_selected_zone():
    snap = grid_snapshot()
    view = {"zoom": PARCEL_MIN_ZOOM, "bounds": bounds_around(8, 8, 9.5, 9.5)}
    rows, total = visible_plots(snap, view, ("zone", "a"))
    got = ids_of(snap, rows)
    assert sorted(got[:4]) == ["p-8-8", "p-8-9", "p-9-8", "p-9-9"]  # in view (zone b)
    assert total == 4 + 50 and len(set(got)) == len(got)  # then zone a's, none twice


def test_at_most_limit_parcels_nearest_the_centre():
    snap = grid_snapshot()
    view = {"zoom": 17, "bounds": bounds_around(0, 0, 10, 10)}
    rows, total = visible_plots(snap, view, None, limit=4)
    assert total == 100 and len(rows) == 4  # how many qualified, and the limit sent
    assert set(ids_of(snap, rows)) == {"p-4-4", "p-4-5", "p-5-4", "p-5-5"}


def test_with_plot_tiles_the_server_sends_only_a_selected_zone_below_the_parcel_zoom():
    snap = grid_snapshot()
    near = {"zoom": PARCEL_MIN_ZOOM, "bounds": bounds_around(0, 0, 10, 10)}
    assert visible_plots(snap, near, ("zone", "a"), tiled=True)[1] == 0  # the browser fetches them itself
    far = {"zoom": PARCEL_MIN_ZOOM - 2, "bounds": bounds_around(0, 0, 1, 1)}
    rows, total = visible_plots(snap, far, ("zone", "ez"), tiled=True, limit=10)
    assert total == 100 and len(rows) == 10
    assert "p-0-0" in ids_of(snap, rows) and "p-9-9" not in ids_of(snap, rows)  # nearest the view's centre


def test_cadastral_parcels_are_sent_only_zoomed_in_and_only_those_in_view():
    snap = grid_snapshot()
    box = bounds_around(0, 0, 0.4, 0.4)  # meets the south-west quarter of plot p-0-0 only
    assert cadastral_in_view(snap, {"zoom": CADASTRAL_MIN_ZOOM - 1, "bounds": box})[1] == 0
    assert cadastral_in_view(snap, {"zoom": CADASTRAL_MIN_ZOOM})[1] == 0  # no bounds reported yet
    found, total = cadastral_in_view(snap, {"zoom": CADASTRAL_MIN_ZOOM, "bounds": box})
    assert list(found["id"]) == ["c-0-0-0"] and total == 1
    whole = {"zoom": 18, "bounds": bounds_around(0, 0, 10, 10)}
    found, total = cadastral_in_view(snap, whole, limit=4)
    assert total == 400 and len(found) == 4  # at most the limit, nearest the centre of the view
    assert {i.rsplit("-", 1)[0] for i in found["id"]} <= {"c-4-4", "c-4-5", "c-5-4", "c-5-5"}


def test_nearest_keeps_the_geometries_nearest_a_plot_in_their_order():
    snap = grid_snapshot()
    geoms = snap.layers["plots"].geometry.values
    keep = nearest(geoms, geoms[snap.plot_row["p-0-0"]], 3)
    assert list(keep) == sorted(keep)
    assert set(ids_of(snap, keep)) == {"p-0-0", "p-1-0", "p-0-1"}
