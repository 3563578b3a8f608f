"""The derived state the writer keeps (plot_state, zone_state) always equals a derivation from the whole layers."""

from __future__ import annotations

import shutil
import sqlite3

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geo import aggregates, cadastre, landfund
from geo import plots as gplots
from geo.errors import ConflictError
from geo.imports import plan_store_import
from geo.store import ParcelChange, open_store
from geo.store.base import SCHEMA_VERSION
from geo.stages import STAGES
from geo.store.derived import FACT_FIELDS, check
from tests.cadastral_files import (VN2000, land_office_map, reference_layers, square, write_shapefile_zip,
                                   zones_metric)
from tests.conftest import PASSWORD, store_kinds


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
        for table in ("plot_state", "zone_state", "stage_moves"):
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


# ---------------------------------------------------------------- the writer's own derivation, pinned
@pytest.fixture(params=store_kinds())
def two_plots_store(request, tmp_path):
    """A store of each kind with two adjacent plots in a park and 33 parcels of 20 m beneath them: a row of
    parcels straddles the plots' shared edge (beneath both), one lies half outside both; residential parcels
    with and without a number of households, blocked parcels, parcels at a stage with no date."""
    z = zones_metric()
    px, py = z["kcn-nghi-son-3"].buffer(-200).representative_point().coords[0]
    plots = gpd.GeoDataFrame({"id": ["T-A", "T-B"], "zone_id": "kcn-nghi-son-3", "plot_no": ["A", "B"],
                              "land_use": "industrial", "lease_status": "available", "source": "test",
                              "confidence": "test"},
                             geometry=[shapely.box(px, py, px + 100, py + 60), shapely.box(px + 100, py, px + 200, py + 60)],
                             crs=VN2000).to_crs(4326)
    cells = [(px + 20 * i, py + 20 * j) for j in (0, 1) for i in range(10)]
    cells += [(px + 10 + 20 * i, py + 40) for i in range(-1, 11)]  # the top row: shifted half a cell
    cells.append((px + 190, py - 10))  # half outside both plots
    codes = ["ODT", "LUC", "ONT+CLN", "CLN", None, "ONT"]
    stages = ["not_started", "inventory", "plan_posted", "compensation_paid", "handed_over", "notice_issued"]
    n = len(cells)
    stage = [stages[i % len(stages)] for i in range(n)]
    parcels = gpd.GeoDataFrame({
        "id": [f"T-{i:02d}" for i in range(n)],
        "land_use_code": [codes[i % len(codes)] for i in range(n)],
        "resettlement_households": pd.array([3 if i % 4 == 0 else (0 if i % 7 == 0 else None) for i in range(n)],
                                            dtype="Int64"),
        "clearance_stage": stage,
        "stage_since": [None if s == "not_started" or i % 5 == 0 else f"2025-0{1 + i % 9}-1{i % 10}"
                        for i, s in enumerate(stage)],
        "blocked": [i % 9 == 4 for i in range(n)],
        "blocked_reason": ["tranh chấp / a dispute" if i % 9 == 4 else None for i in range(n)],
        "source": "test", "confidence": "test",
    }, geometry=[shapely.box(x, y, x + 20, y + 20) for x, y in cells], crs=VN2000).to_crs(4326)
    url = str(tmp_path / "plots.gpkg") if request.param == "gpkg" else request.getfixturevalue("postgis_empty_url")
    s = open_store(url)
    s.init({**reference_layers(), "plots": plots, "parcels": parcels})
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("officer", "officer", PASSWORD, by="admin")
    yield s
    s.close()


def _assert_plot_state_is_derived(s) -> pd.DataFrame:
    """The store's plot_state equals geo.plots.derive over its whole layers, value for value (the share too)."""
    parcels = s.read_layer("parcels", columns=list(FACT_FIELDS))
    plots = s.read_layer("plots", columns=["zone_id"])
    want = gplots.derive(plots, parcels, gplots.pairs_by_id(s.read_cover(), plots, parcels))
    want = want.set_axis(pd.Index(plots["id"].to_numpy(dtype=object), name="plot_id"))
    have = s.read_plot_state().loc[want.index, list(gplots.DERIVED)]
    pd.testing.assert_frame_equal(have, want, check_dtype=False, check_exact=True)
    assert check(s) == []
    return have


def test_the_writer_derives_a_plot_as_geo_plots_derive_does(two_plots_store):
    s = two_plots_store
    cover = s.read_cover()
    under = cover.groupby("parcel_id")["plot_id"].agg(set)
    both = sorted(under[under == {"T-A", "T-B"}].index)
    assert len(both) == 1  # the shifted row straddles the plots' shared edge
    state = _assert_plot_state_is_derived(s)
    assert state.loc["T-A", "resettlement_households"] > 0
    # Every parcel beneath A handed over (the shared ones too): A is clean, B still counts its own.
    parcels = s.read_layer("parcels", columns=["clearance_stage"]).set_index("id")
    a = sorted(set(cover.loc[cover["plot_id"] == "T-A", "parcel_id"]))
    s.update_parcels([ParcelChange(i, stage="handed_over", note="bàn giao / handed over", at="2026-03-0" + str(k % 9 + 1))
                      for k, i in enumerate(a) if parcels.loc[i, "clearance_stage"] != "handed_over"], user="officer")
    state = _assert_plot_state_is_derived(s)
    assert state.loc["T-A", "clearance_stage"] == "handed_over"
    assert state.loc["T-A", "handed_over_share"] == 1.0
    assert state.loc["T-A", "resettlement_households"] == 0
    # Block and unblock beneath B, move a parcel with no stage date, move one back.
    b_only = sorted(set(cover.loc[cover["plot_id"] == "T-B", "parcel_id"]) - set(a))
    not_started = [i for i in b_only if parcels.loc[i, "clearance_stage"] == "not_started"]
    s.set_blocked(b_only[0], True, user="officer", reason="khiếu nại / a complaint")
    s.set_stage(not_started[0], "notice_issued", user="officer", at="2024-12-31")
    s.set_stage(both[0], "inventory", user="officer", note="trả lại / sent back", at="2026-04-01")
    s.set_blocked(b_only[0], False, user="officer")
    state = _assert_plot_state_is_derived(s)
    assert state.loc["T-A", "clearance_stage"] == "inventory"
    assert state.loc["T-B", "stage_since"] == "2026-04-01"


def test_a_plot_with_no_parcel_left_beneath_is_not_started(two_plots_store, tmp_path):
    s = two_plots_store
    plots = s.read_layer("plots")
    far = plots.copy()
    far["geometry"] = far.to_crs(VN2000).geometry.translate(0, 400).to_crs(4326)  # away from every parcel
    far.to_file(tmp_path / "lo.gpkg", driver="GPKG")
    _import(s, tmp_path / "lo.gpkg", "plots")
    state = _assert_plot_state_is_derived(s)
    assert state.loc["T-A"].tolist() == ["not_started", 0.0, False, 0, 0, None, 0]


def test_a_few_parcels_contribute_as_plain_columns_as_in_a_frame(store):
    parcels = store.read_layer("parcels", columns=list(FACT_FIELDS))
    parcels.loc[parcels.index[:5], "resettlement_households"] = None  # households from the land use
    parcels.loc[parcels.index[:5], "land_use_code"] = ["ODT", "ONT+CLN", None, "LUC", "odt"]
    parcels.loc[parcels.index[5], "recovered_m2"] = None
    columns = {c: parcels[c].to_numpy(dtype=object) for c in parcels.columns if c != "geometry"}
    frame, plain = aggregates.contributions(parcels), aggregates.contributions(columns)
    for col in frame:
        np.testing.assert_array_equal(plain[col], frame[col], err_msg=col)
    np.testing.assert_array_equal(cadastre.households(columns)[:5], [1, 1, 0, 0, 1])
    k = int(np.flatnonzero(columns["clearance_stage"] == "inventory")[0])
    one = {c: v[k:k + 1] for c, v in columns.items()}
    moved = {**one, "clearance_stage": np.array(["handed_over"], dtype=object)}
    rows = aggregates.shift(one, moved)
    assert [r[0] for r in rows] == [aggregates.zone_keys(one)[0]]
    by_col = dict(zip(aggregates.SUM_COLUMNS, rows[0][1:]))
    assert by_col["parcels"] == 0 and by_col["handed_over_ha"] == pytest.approx(aggregates.recovered_ha(one)[0])


def _run_sql(url: str, statements: list[str]) -> list:
    """Statements run on a store's database as they are (the last one's rows), GeoPackage or PostGIS."""
    if url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            cur = None
            for sql in statements:
                cur = conn.execute(sql)
            return cur.fetchall() if cur is not None and cur.description else []
    with sqlite3.connect(url) as conn:
        rows: list = []
        for sql in statements:
            rows = conn.execute(sql).fetchall()
        return rows


def _parcel_indexes(url: str) -> set[str]:
    sql = ("SELECT indexname FROM pg_indexes WHERE tablename = 'parcels'" if url.startswith("postgresql")
           else "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'parcels'")
    return {r[0] for r in _run_sql(url, [sql])}


def test_a_schema_3_store_gets_its_zone_index_when_first_opened_and_lists_a_zone_as_before(store_url):
    s = open_store(store_url)
    try:
        zone = s.read_layer("zones")["id"].iat[0]
        cols = ["zone_id", "clearance_stage"]
        before = [s.zone_parcels(z, cols, offset=o, limit=7) for z in (zone, "") for o in (0, 5)]
        counts = [s.count_zone_parcels(z) for z in (zone, "", None)]
    finally:
        s.close()
    assert "parcels_zone_fid" in _parcel_indexes(store_url)
    # As SiteReady 3 left it: the zone's index on zone_id alone, no stage steps summed per day.
    _run_sql(store_url, ["DROP INDEX parcels_zone_fid", "CREATE INDEX parcels_zone_id ON parcels (zone_id)",
                         *_without_moves(store_url), "UPDATE siteready_meta SET value = '3' WHERE key = 'schema_version'"])
    assert "parcels_zone_fid" not in _parcel_indexes(store_url)
    s = open_store(store_url)
    try:
        assert s.meta()["schema_version"] == str(SCHEMA_VERSION) == "5"
        after = [s.zone_parcels(z, cols, offset=o, limit=7) for z in (zone, "") for o in (0, 5)]
        assert [s.count_zone_parcels(z) for z in (zone, "", None)] == counts
        assert check(s) == []
    finally:
        s.close()
    names = _parcel_indexes(store_url)
    assert "parcels_zone_fid" in names and "parcels_zone_id" not in names
    for a, b in zip(before, after):
        pd.testing.assert_frame_equal(a, b)


def _without_moves(url: str) -> list[str]:
    """SQL that takes a store back to before schema 5: no ``stage_moves``."""
    if url.startswith("postgresql"):
        return ["DROP TABLE stage_moves"]
    return ["DROP TABLE stage_moves", "DELETE FROM gpkg_contents WHERE table_name = 'stage_moves'"]


def test_a_schema_4_store_gets_its_stage_steps_per_day_when_first_opened_and_writes_keep_them(store_url):
    """Schema 5: the dashboard's progress chart reads the stage steps summed per day that the writer keeps
    (``stage_moves``), not every event joined to its parcel. A store of schema 4 sums them once when it is
    first opened; a clearance step then moves them as the sum from the events moves."""
    s = open_store(store_url)
    try:
        want = landfund.progress(s.events(), s.read_layer("parcels"))
    finally:
        s.close()
    _run_sql(store_url, [*_without_moves(store_url), "UPDATE siteready_meta SET value = '4' WHERE key = 'schema_version'"])
    s = open_store(store_url)
    try:
        assert s.meta()["schema_version"] == str(SCHEMA_VERSION)
        assert check(s) == []
        pd.testing.assert_frame_equal(landfund.progress(None, moves=s.stage_moves()), want)
        s.add_user("admin", "admin", PASSWORD)
        s.add_user("hoa", "officer", PASSWORD, by="admin")
        parcels = s.read_layer("parcels")
        moving = parcels[parcels["clearance_stage"] == STAGES[1]]["id"].iloc[0]
        s.set_stage(moving, STAGES[2], user="hoa", at="2025-03-04")
        assert check(s) == []
        now = landfund.progress(None, moves=s.stage_moves())
        pd.testing.assert_frame_equal(now, landfund.progress(s.events(), s.read_layer("parcels")))
        assert not now.equals(want)
    finally:
        s.close()
