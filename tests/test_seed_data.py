"""The default dataset: real names and areas, plausible parcels, facts respected, inside the province."""

from __future__ import annotations

import filecmp
import subprocess
import sys

import pandas as pd
import pytest
import shapely

from geo import crs as gcrs
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
    for name in ("zones", "parcels", "resettlement_areas", "constraints", "communes"):
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


def test_parcels_are_plausible_lots(layers):
    parcels = layers["parcels"]
    assert len(parcels) >= 2000
    areas = gcrs.area_ha(parcels.geometry.values)
    assert areas.min() >= 0.99 and areas.max() <= 20.01
    assert (parcels.geometry.geom_type == "Polygon").all() and parcels.geometry.is_valid.all()
    zones = layers["zones"].set_index("id")
    for zid, grp in parcels.groupby("zone_id"):
        zone = zones.loc[zid].geometry.buffer(1e-5)
        assert shapely.contains(zone, grp.geometry.values).all(), zid
    metric = gcrs.to_metric(parcels.geometry.values)
    tree = shapely.STRtree(metric)
    left, right = tree.query(metric, predicate="overlaps")
    overlaps = [metric[a].intersection(metric[b]).area for a, b in zip(left, right) if a < b]
    assert max(overlaps, default=0) < 1.0  # no two lots share more than 1 m²
    # Roads and green strips are left out: lots cover clearly less than their zones.
    zone_area = gcrs.area_ha(zones.loc[parcels.zone_id.unique()].geometry.values).sum()
    assert areas.sum() < 0.9 * zone_area


def _zone_parcels(layers, zid):
    p = layers["parcels"]
    p = p[p.zone_id == zid].copy()
    p["ha"] = gcrs.area_ha(p.geometry.values)
    return p


def test_hoang_long_has_about_9_4_ha_cleared(layers):
    p = _zone_parcels(layers, "kcn-hoang-long")
    cleared = p.loc[p.clearance_stage == "handed_over", "ha"].sum()
    assert cleared == pytest.approx(9.4, abs=3.0)
    assert (p.clearance_stage == "not_started").mean() > 0.7


def test_kcn_3_has_115_3_ha_cleared(layers):
    p = _zone_parcels(layers, "kcn-nghi-son-3")
    assert p.loc[p.clearance_stage == "handed_over", "ha"].sum() == pytest.approx(115.3, rel=0.05)


def test_dinh_huong_is_about_92_percent_leased(layers):
    p = _zone_parcels(layers, "kcn-dinh-huong")
    leasable = p[p.land_use.isin(["industrial", "logistics"])]
    share = leasable.loc[leasable.lease_status == "leased", "ha"].sum() / leasable["ha"].sum()
    assert share == pytest.approx(0.92, abs=0.04)


def test_proposed_and_stalled_parks_are_mostly_not_started(layers):
    zones = layers["zones"]
    planned = zones[zones.stage == "planned"].id
    p = layers["parcels"]
    share = (p[p.zone_id.isin(planned)].clearance_stage == "not_started").mean()
    assert share > 0.85


def test_every_feature_carries_source_and_confidence(layers):
    for name in LAYER_ORDER:
        gdf = layers[name]
        assert gdf["source"].fillna("").str.strip().ne("").all(), name
        assert gdf["confidence"].fillna("").str.strip().ne("").all(), name
    assert layers["parcels"]["confidence"].str.contains("illustrative").all()


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
    last = ev.groupby("parcel_id").version.max()
    assert (p.loc[last.index, "version"] == last).all()
    stages = ev[ev.action == "stage"].groupby("parcel_id").to_stage.last()
    assert (p.loc[stages.index, "clearance_stage"] == stages).all()


def test_the_build_is_reproducible(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "data" / "build_default.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True, cwd=ROOT)
    for f in sorted(tmp_path.iterdir()):
        assert filecmp.cmp(f, ROOT / "data" / f.name, shallow=False), f.name
