"""The default dataset: real names and areas, plausible parcels, facts respected, inside the province."""

from __future__ import annotations

import filecmp
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
import shapely

from geo import cadastre, landuse
from geo import crs as gcrs
from geo import plots as gplots
from geo.stages import STAGES
from geo.schema import LAYER_ORDER
from geo.seed import default_events, default_layers
from tests.conftest import ROOT

FACTS = ROOT / "data" / "facts"


@pytest.fixture(scope="module")
def layers():
    return default_layers()


@pytest.fixture(scope="module")
def sites():
    return pd.read_csv(FACTS / "thanhhoa_sites.csv", dtype=str, keep_default_na=False)


def test_every_zone_of_the_facts_is_there_with_its_real_names(layers, sites):
    zones = layers["zones"]
    wanted = sites[sites.kind.isin(["kkt", "kcn", "kcn_kkt", "ccn"])]
    assert len(zones) == len(wanted) == 31
    assert set(zip(wanted.name_vi, wanted.name_en)) == set(zip(zones.name_vi, zones.name_en))
    assert "Khu công nghiệp Đình Hương – Tây Bắc Ga" in set(zones.name_vi)


def test_planned_areas_are_the_facts_or_marked_estimated(layers, sites):
    zones = layers["zones"].set_index("name_en")
    for row in sites[sites.kind.isin(["kkt", "kcn", "kcn_kkt", "ccn"])].itertuples():
        z = zones.loc[row.name_en]
        if row.area_ha:
            assert z.planned_area_ha == pytest.approx(float(row.area_ha)), row.name_en
            assert not z.area_estimated
        else:
            assert z.area_estimated and z.planned_area_ha > 0, row.name_en
            assert "estimate" in z.location_note


def test_zone_polygons_hold_their_planned_area(layers):
    zones = layers["zones"]
    areas = gcrs.area_ha(zones.geometry.values)
    for z, a in zip(zones.itertuples(), areas):
        if z.kind == "kkt":
            continue  # drawn as the land of former Nghi Sơn town; the planned area includes sea
        assert a == pytest.approx(z.planned_area_ha, rel=0.03), z.id


def test_everything_lies_inside_the_province(layers):
    province = layers["province"].geometry.iloc[0]
    inside = province.buffer(0.001)  # the outline is precise to about 100 m
    for name in ("zones", "plots", "parcels", "resettlement_areas", "constraints", "communes"):
        geoms = layers[name].geometry.values
        assert shapely.contains(inside, geoms).all(), name
    infra = layers["infrastructure"].geometry.values
    assert shapely.contains(province.buffer(0.02), infra).all()


def test_zones_do_not_overlap_except_parent_and_child(layers):
    zones = layers["zones"].reset_index(drop=True)
    metric = gcrs.to_metric(zones.geometry.values)
    parent = dict(zip(zones.id, zones.parent_id))
    for i in range(len(zones)):
        for j in range(i + 1, len(zones)):
            a, b = zones.id[i], zones.id[j]
            related = parent.get(a) == b or parent.get(b) == a
            overlap = metric[i].intersection(metric[j]).area
            if not related:
                assert overlap < 1.0, (a, b)
            else:
                child = i if parent.get(a) == b else j
                assert overlap == pytest.approx(metric[child].area, rel=1e-3)


@pytest.fixture(scope="module")
def derived(layers):
    """The plots with their clearance derived from the cadastral parcels beneath, and their area (ha)."""
    plots, parcels = layers["plots"], layers["parcels"]
    pairs = gplots.cover(plots.geometry.values, parcels.geometry.values)
    out = gplots.with_clearance(plots, parcels, pairs)
    out["ha"] = gcrs.area_ha(plots.geometry.values)
    out["handed_ha"] = out["ha"] * out["handed_over_share"]
    return out


def test_plots_are_plausible_lots(layers):
    plots = layers["plots"]
    assert len(plots) >= 2000 and plots["id"].is_unique
    assert plots["id"].str.fullmatch(r"[a-z0-9-]+-\d{3}").all() and plots["plot_no"].str.fullmatch(r"L\d{3}").all()
    areas = gcrs.area_ha(plots.geometry.values)
    assert areas.min() >= 0.99 and areas.max() <= 20.01
    assert (plots["area_ha"] - areas).abs().max() < 0.01
    assert (plots.geometry.geom_type == "Polygon").all() and plots.geometry.is_valid.all()
    zones = layers["zones"].set_index("id")
    for zid, grp in plots.groupby("zone_id"):
        assert shapely.contains(zones.loc[zid].geometry.buffer(1e-5), grp.geometry.values).all(), zid
    metric = gcrs.to_metric(plots.geometry.values)
    left, right = shapely.STRtree(metric).query(metric, predicate="overlaps")
    assert max((metric[a].intersection(metric[b]).area for a, b in zip(left, right) if a < b), default=0) < 1.0


def test_cadastral_parcels_are_small_clean_and_numbered(layers):
    parcels = layers["parcels"]
    assert 10_000 <= len(parcels) <= 20_000
    assert (ROOT / "data" / "parcels.geojson").stat().st_size < 8_000_000
    ids = parcels["commune_code"] + "-" + parcels["sheet_no"] + "-" + parcels["parcel_no"]
    assert (parcels["id"] == ids).all() and parcels["id"].is_unique
    communes = set(layers["communes"]["id"])
    assert parcels["commune_code"].isin(communes).all()
    assert parcels["land_use_code"].map(landuse.is_known).all()
    assert {"LUC", "LUK", "ONT", "CLN", "BHK", "NTS", "DGT", "DTL", "SKK"} <= set(parcels["land_use_code"])
    area = gcrs.area_ha(parcels.geometry.values) * 1e4
    assert 500 < np.median(area) < 1000 and (area < 1000).mean() > 0.5
    residential = parcels["land_use_code"].isin(["ONT", "ODT"])
    house = area[residential.to_numpy()]
    assert 150 < np.median(house) < 400 and np.quantile(house, 0.95) < 420 and house.max() < 600
    assert parcels.loc[residential, "resettlement_households"].between(1, 2).all()
    assert parcels.loc[~residential, "resettlement_households"].isna().all()
    assert ((parcels["legal_area_m2"] / area - 1).abs() < 0.06).all()
    assert parcels.geometry.is_valid.all()
    assert parcels.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).all()
    assert (parcels.geometry.geom_type == "MultiPolygon").sum() >= 5
    # Neighbours share edges; rounding to 6 decimals leaves slivers along long ones (a T-junction's vertex
    # lands off the long edge), never more.
    metric = gcrs.to_metric(parcels.geometry.values)
    left, right = shapely.STRtree(metric).query(metric, predicate="overlaps")
    keep = left < right
    overlap = shapely.area(shapely.intersection(metric[left[keep]], metric[right[keep]]))
    assert overlap.max() < 50 and overlap.sum() < 5e-4 * shapely.area(metric).sum()


def test_parcels_lie_in_the_parks_or_the_economic_zone(layers):
    parcels, zones = layers["parcels"], layers["zones"]
    placed = cadastre.place(parcels.geometry.values, zones, layers["communes"])
    assert (placed.zone_id == parcels["zone_id"].to_numpy()).all()
    holders = set(layers["plots"]["zone_id"]) | {"kkt-nghi-son"}
    assert parcels["zone_id"].isin(holders).all()
    straddling = placed.recovered_m2 < placed.area_m2 - 1
    assert straddling.sum() > 100  # a park's boundary cuts through parcels: recovered in part
    ez = parcels["zone_id"].to_numpy() == "kkt-nghi-son"
    assert ez.sum() > 50 and (placed.recovered_m2[ez] >= placed.area_m2[ez] - 1).all()  # recovered across the EZ


def test_every_plot_has_parcels_beneath_and_agrees_with_its_lease(derived):
    assert (derived["parcel_count"] > 0).all()
    leased = derived["lease_status"] == "leased"
    assert (derived.loc[leased, "clearance_stage"] == "handed_over").all()


def test_hoang_long_has_about_9_4_ha_cleared(derived):
    p = derived[derived.zone_id == "kcn-hoang-long"]
    assert p["handed_ha"].sum() == pytest.approx(9.4, abs=3.0)
    assert (p.clearance_stage == "not_started").mean() > 0.7


def test_kcn_3_has_115_3_ha_cleared(derived):
    p = derived[derived.zone_id == "kcn-nghi-son-3"]
    assert p["handed_ha"].sum() == pytest.approx(115.3, rel=0.05)


def test_dinh_huong_is_handed_over_and_about_92_percent_leased(derived):
    p = derived[derived.zone_id == "kcn-dinh-huong"]
    assert (p.clearance_stage == "handed_over").all() and (p.handed_over_share == 1).all()
    leasable = p[p.land_use.isin(["industrial", "logistics"])]
    share = leasable.loc[leasable.lease_status == "leased", "ha"].sum() / leasable["ha"].sum()
    assert share == pytest.approx(0.92, abs=0.04)


def test_old_parks_are_the_developers_land(layers):
    p = layers["parcels"]
    old = p[p.zone_id.isin(["kcn-dinh-huong", "ccn-tho-minh"])]
    assert old["land_use_code"].isin(["SKK", "SKN"]).all() and (old.clearance_stage == "handed_over").all()


def test_proposed_and_stalled_parks_are_mostly_not_started(layers, derived):
    zones = layers["zones"]
    planned = zones[zones.stage == "planned"].id
    assert (derived[derived.zone_id.isin(planned)].clearance_stage == "not_started").mean() > 0.85
    p = layers["parcels"]
    assert (p[p.zone_id.isin(planned)].clearance_stage == "not_started").mean() > 0.85


def test_every_feature_carries_source_and_confidence(layers):
    for name in LAYER_ORDER:
        gdf = layers[name]
        assert gdf["source"].fillna("").str.strip().ne("").all(), name
        assert gdf["confidence"].fillna("").str.strip().ne("").all(), name
    for name in ("plots", "parcels"):
        assert layers[name]["confidence"].str.contains("illustrative").all(), name


def test_context_layers(layers):
    assert len(layers["communes"]) == 166
    ra = layers["resettlement_areas"]
    assert {"tdc-hai-yen", "tdc-dong-minh"} <= set(ra.id)
    assert ra[~ra.id.isin(["tdc-hai-yen", "tdc-dong-minh"])].confidence.str.contains("illustrative").all()
    assert {"flood", "protected_forest"} <= set(layers["constraints"].kind)
    kinds = set(layers["infrastructure"].kind)
    assert {"port", "airport", "border_gate", "expressway_interchange", "expressway", "rail_station",
            "national_road"} <= kinds


def test_history_agrees_with_parcels(layers):
    ev = default_events()
    p = layers["parcels"].set_index("id")
    assert ev["parcel_id"].isin(p.index).all() and (ev["by"] == "seed").all()
    last = ev.groupby("parcel_id").version.max()
    assert (p.loc[last.index, "version"] == last).all()
    assert (p.loc[~p.index.isin(last.index), "version"] == 1).all()
    # Versions count up from 2 without a gap; each stage step is one stage forward, in time order.
    assert (ev.groupby("parcel_id").version.apply(lambda v: list(v) == list(range(2, len(v) + 2)))).all()
    steps = ev[ev.action == "stage"]
    order = {s: i for i, s in enumerate(STAGES)}
    assert (steps.to_stage.map(order) == steps.from_stage.map(order) + 1).all()
    assert steps.groupby("parcel_id").at.apply(lambda a: a.is_monotonic_increasing).all()
    reached = steps.groupby("parcel_id").to_stage.last()
    assert (p.loc[reached.index, "clearance_stage"] == reached).all()
    started = p[p.clearance_stage != "not_started"]
    assert started.index.isin(reached.index).all()
    assert (p.loc[reached.index, "stage_since"] == steps.groupby("parcel_id").at.last().str[:10]).all()
    blocked = ev[ev.action == "blocked"].parcel_id
    assert set(blocked) == set(p.index[p.blocked.fillna(False).astype(bool)])
    assert p.loc[list(blocked), "blocked_reason"].notna().all()


def test_the_build_is_reproducible(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "data" / "build_default.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True, cwd=ROOT)
    for f in sorted(tmp_path.iterdir()):
        assert filecmp.cmp(f, ROOT / "data" / f.name, shallow=False), f.name
