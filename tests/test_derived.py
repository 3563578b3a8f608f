"""The derived state the writer keeps (plot_state, zone_state) always equals a derivation from the whole layers."""

from __future__ import annotations

import shutil
import sqlite3

import geopandas as gpd
import pandas as pd
import pytest

from geo import aggregates
from geo.errors import ConflictError
from geo.imports import plan_store_import
from geo.store import ParcelChange, open_store
from geo.store.base import SCHEMA_VERSION
from geo.store.derived import check
from tests.cadastral_files import VN2000, land_office_map, square, write_shapefile_zip, zones_metric


def _parcels_under_one_plot(s, n: int = 3):
    """Parcels beneath the plot with the most parcels not yet handed over, and that plot."""
    cover = s.read_cover()
    parcels = s.read_layer("parcels", columns=["clearance_stage", "zone_id", "recovered_m2"]).set_index("id")
    cover = cover[cover["parcel_id"].map(parcels["clearance_stage"]) == "inventory"]
    plot = cover["plot_id"].value_counts().index[0]
    return plot, cover.loc[cover["plot_id"] == plot, "parcel_id"].tolist()[:n], parcels


def test_a_seeded_store_holds_its_derived_state(store):
    assert check(store) == []
    assert store.meta()["schema_version"] == str(SCHEMA_VERSION)
    zones = store.read_zone_state()
    assert set(zones.columns) == set(aggregates.SUM_COLUMNS)
    assert len(store.read_plot_state()) == store.count("plots")


def test_clearance_edits_move_the_plots_and_zones_they_touch(staffed):
    s = staffed
    plot, ids, parcels = _parcels_under_one_plot(s)
    zone = parcels.loc[ids[0], "zone_id"]
    handed_before = s.read_zone_state().loc[zone, "handed_over_ha"]
    plot_before = s.read_plot_state().loc[plot]
    s.update_parcels([ParcelChange(i, stage="handed_over", note="skipped in the test") for i in ids], user="officer")
    s.set_blocked(ids[0], True, user="officer", reason="kiện tụng / a lawsuit")
    assert check(s) == []
    after = s.read_plot_state().loc[plot]
    assert after["blocked_parcels"] == plot_before["blocked_parcels"] + 1
    assert after["handed_over_share"] > plot_before["handed_over_share"]
    moved = aggregates.recovered_ha(parcels.loc[ids].assign(area_m2=None)).sum()
    assert s.read_zone_state().loc[zone, "handed_over_ha"] == pytest.approx(handed_before + moved)


def test_a_refused_edit_leaves_the_derived_state_as_it_was(staffed):
    s = staffed
    _, ids, _ = _parcels_under_one_plot(s, 2)
    plots, zones = s.read_plot_state(), s.read_zone_state()
    with pytest.raises(ConflictError):
        s.update_parcels([ParcelChange(ids[0], stage="plan_posted"),
                          ParcelChange(ids[1], stage="plan_posted", expect_version=999)], user="officer")
    assert s.read_plot_state().equals(plots) and s.read_zone_state().equals(zones)


def _import(s, path, layer):
    return s.apply_import(plan_store_import(s, path, layer), user="officer")


def test_imports_keep_the_derived_state(cadastral_store, tmp_path):
    s = cadastral_store
    park = zones_metric()["kcn-nghi-son-3"].buffer(-200)
    px, py = park.representative_point().coords[0]
    # Plots first (no parcels beneath: not started), then the land office's parcels under them.
    plots = gpd.GeoDataFrame({"MaLo": ["NS3-A1", "NS3-A2"], "SoLo": ["A1", "A2"], "LoaiDat": ["SKK", "SKK"]},
                             geometry=[square(px + 60, py + 10, 120), square(px + 180, py + 10, 120)], crs=VN2000)
    plots.to_file(tmp_path / "lo.gpkg", driver="GPKG")
    _import(s, tmp_path / "lo.gpkg", "plots")
    assert check(s) == []
    assert set(s.read_plot_state()["parcel_count"]) == {0}
    gdf, _ = land_office_map()
    _import(s, write_shapefile_zip(gdf, tmp_path), "parcels")
    assert check(s) == []
    state = s.read_plot_state()
    assert state.loc["NS3-A1", "parcel_count"] > 0
    assert s.read_zone_state().loc["kcn-nghi-son-3", "parcels"] == 4
    # The same map again, every parcel moved 150 m east: out from under A1, some under A2 instead.
    moved = gdf.copy()
    moved["geometry"] = moved.geometry.translate(150, 0)
    (tmp_path / "again").mkdir()
    _import(s, write_shapefile_zip(moved, tmp_path / "again"), "parcels")
    assert check(s) == []
    assert s.read_plot_state().loc["NS3-A1", "parcel_count"] < state.loc["NS3-A1", "parcel_count"]


def test_a_schema_2_store_gets_its_derived_state_when_first_opened(default_gpkg, tmp_path):
    path = tmp_path / "v2.gpkg"
    shutil.copy(default_gpkg, path)
    with sqlite3.connect(path) as conn:  # as SiteReady 2 left it: no derived state
        for table in ("plot_state", "zone_state"):
            conn.execute(f"DROP TABLE {table}")
            conn.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (table,))
        conn.execute("UPDATE siteready_meta SET value = '2' WHERE key = 'schema_version'")
    s = open_store(str(path))
    try:
        counter = s.change_counter()
        assert check(s) == []
        assert s.meta()["schema_version"] == str(SCHEMA_VERSION)
        assert s.change_counter() > counter - 1
    finally:
        s.close()


def test_the_dashboards_tables_from_the_store_equal_those_from_every_parcel(staffed):
    from geo import landfund
    from geo.stages import DEADLINES

    s = staffed
    _, ids, _ = _parcels_under_one_plot(s, 2)
    s.update_parcels([ParcelChange(i, stage="plan_approved", note="bước nhảy / a skip") for i in ids], user="officer")
    s.set_stage(ids[0], "inventory", user="officer", note="trả lại / sent back")  # a move back counts down
    parcels, zones = s.read_layer("parcels"), s.read_layer("zones")
    from_store = landfund.progress(None, moves=s.stage_moves())
    pd_progress = landfund.progress(s.events(), parcels)
    assert len(from_store) > 4
    pd.testing.assert_frame_equal(from_store, pd_progress, check_freq=False)
    fields = ["zone_id", "clearance_stage", "stage_since"]
    overdue = landfund.overdue(s.parcel_attributes(fields, stages=list(DEADLINES)))
    pd.testing.assert_frame_equal(overdue, landfund.overdue(parcels))
    candidates = s.parcel_attributes(fields, since_before=landfund.deadline_dates())
    assert 0 < len(candidates) < len(s.parcel_attributes(fields, stages=list(DEADLINES)))
    pd.testing.assert_frame_equal(landfund.overdue(candidates), landfund.overdue(parcels))
    pd.testing.assert_frame_equal(landfund.land_fund(None, zones, sums=s.read_zone_state()),
                                  landfund.land_fund(parcels, zones))
    pd.testing.assert_frame_equal(landfund.stage_area_by_zone(None, sums=s.read_zone_state()),
                                  landfund.stage_area_by_zone(parcels), check_names=False)
