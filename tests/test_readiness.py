"""Readiness tiers and site search: properties that must hold whatever the data."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Geod

from geo import crs as gcrs
from geo import readiness, search
from geo.schema import SECTORS
from geo.stages import STAGES

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def layers(seeded_layers):
    return seeded_layers


@pytest.fixture(scope="module")
def ready(layers):
    return readiness.compute(layers["plots"], layers["zones"], layers["constraints"], layers["resettlement_areas"],
                             layers["parcels"])


@pytest.fixture(scope="module")
def facilities(layers):
    return search.Facilities(layers["infrastructure"])


def run(layers, ready, facilities, **query):
    return search.search(layers["plots"], layers["zones"], ready, facilities, search.SiteQuery(**query),
                         with_geometry=False)


def test_every_tier_occurs_and_known_facts_show(ready):
    counts = ready.plots["tier"].value_counts()
    assert set(counts.index) == {1, 2, 3, 4, 5}
    z = ready.zones["tier"]
    assert z["kcn-dinh-huong"] == 5 and z["kcn-long-cong-thanh"] == 1  # operating vs proposed
    assert z["kcn-hoang-long"] <= 4  # stalled


def test_reasons_are_empty_exactly_at_tier_5(ready, layers):
    tiers = ready.plots["tier"].to_numpy()
    masks = ready.plots["reason_mask"].to_numpy()
    assert np.array_equal(tiers == 5, masks == 0)
    for zid in layers["zones"]["id"]:
        assert (ready.zones.loc[zid, "tier"] == 5) == (ready.zone_reasons(zid) == [])
    for row in np.flatnonzero(tiers < 5)[:200]:
        reasons = ready.plot_reasons(int(row))
        assert reasons and all(r["code"] in readiness.REASONS and r["vi"] and r["en"] for r in reasons)


def test_reason_texts_name_the_details(ready, layers):
    rows = np.flatnonzero(ready.plots["reason_mask"].to_numpy() & readiness.BIT["constraint"])
    assert len(rows), "the default data has parcels overlapping a constraint"
    text = ready.plot_reasons(int(rows[0]))
    constraint = [r for r in text if r["code"] == "constraint"][0]
    assert constraint["en"].startswith("Overlaps: ") and len(constraint["en"]) > len("Overlaps: ")


@pytest.fixture(scope="module")
def cover(layers):
    from geo.plots import cover

    return cover(layers["plots"].geometry.values, layers["parcels"].geometry.values)


@SETTINGS
@given(data=st.data())
def test_moving_a_parcel_forward_never_lowers_any_tier(layers, ready, cover, data):
    from geo.plots import with_clearance

    parcels = layers["parcels"]
    movable = np.flatnonzero(parcels["clearance_stage"].to_numpy() != "handed_over")
    row = data.draw(st.sampled_from(movable.tolist()))
    current = STAGES.index(parcels["clearance_stage"].iloc[row])
    target = data.draw(st.integers(min_value=current + 1, max_value=len(STAGES) - 1))
    moved = parcels.copy()
    moved.iloc[row, moved.columns.get_loc("clearance_stage")] = STAGES[target]
    plots = with_clearance(layers["plots"], moved, cover)
    after = readiness.compute(plots, layers["zones"], layers["constraints"], layers["resettlement_areas"], moved)
    assert (after.plots["tier"].to_numpy() >= ready.plots["tier"].to_numpy()).all()
    assert (after.zones["tier"] >= ready.zones["tier"]).all()


@pytest.mark.parametrize("min_tier", [3, 4, 5])
def test_a_sites_area_is_the_sum_of_its_plots(layers, ready, facilities, min_tier):
    result = run(layers, ready, facilities, min_tier=min_tier)
    area = dict(zip(layers["plots"]["id"], layers["plots"]["area_ha"]))
    assert len(result)
    for rec in result.itertuples():
        assert rec.area_ha == pytest.approx(sum(area[p] for p in rec.plot_ids), abs=1e-6)
        assert rec.n_plots == len(rec.plot_ids)
        assert (rec.tier == 5) == (rec.reasons == [])


def test_sites_are_contiguous_groups_of_one_zone_and_tier(layers, ready, facilities):
    result = run(layers, ready, facilities, min_tier=4)
    p = layers["plots"].set_index("id")
    tiers = dict(zip(layers["plots"]["id"], ready.plots["tier"]))
    seen = set()
    for rec in result.itertuples():
        assert {p.loc[i, "zone_id"] for i in rec.plot_ids} == {rec.zone_id}
        assert {tiers[i] for i in rec.plot_ids} == {rec.tier}
        assert not seen & set(rec.plot_ids)
        seen |= set(rec.plot_ids)


queries = st.fixed_dictionaries({}, optional={
    "min_area": st.floats(0, 40),
    "max_area": st.floats(5, 200),
    "sectors": st.lists(st.sampled_from(SECTORS), min_size=1, max_size=3).map(tuple),
    "max_km": st.dictionaries(st.sampled_from(list(search.DISTANCE_KINDS)), st.floats(0.5, 150), max_size=3),
    "max_price": st.floats(30, 120),
    "min_tier": st.integers(3, 5),
})


@SETTINGS
@given(base=queries, extra=queries)
def test_every_filter_only_narrows_the_result(layers, ready, facilities, base, extra):
    """Adding filters (each combined with the same filter already there) never adds a site."""
    if base.get("min_area", 0) > base.get("max_area", 1e9):
        base.pop("max_area")
    base.setdefault("min_tier", 5)  # the default; a lower tier widens, as it should
    both = dict(base)
    for key, value in extra.items():
        if key not in both:
            both[key] = value
        elif key in ("min_area", "min_tier"):
            both[key] = max(both[key], value)
        elif key in ("max_area", "max_price"):
            both[key] = min(both[key], value)
        elif key == "max_km":
            both[key] = {k: min(v, both[key].get(k, v)) for k, v in {**both[key], **value}.items()}
        elif key == "sectors":
            both[key] = tuple(set(both[key]) & set(value)) or None
    if both.get("sectors", ()) is None or both.get("min_area", 0) > both.get("max_area", 1e9):
        return
    wide = set(run(layers, ready, facilities, **base)["site_id"])
    narrow = set(run(layers, ready, facilities, **both)["site_id"])
    assert narrow <= wide


def test_distances_agree_with_pyproj_geod(layers, ready, facilities):
    geod = Geod(ellps="WGS84")
    result = run(layers, ready, facilities, min_tier=3)
    infra = layers["infrastructure"]
    lon, lat = gcrs.transformer(5897, 4326).transform(result["x"].to_numpy(), result["y"].to_numpy())
    for kind, infra_kinds in search.DISTANCE_KINDS.items():
        fac = infra[infra["kind"].isin(infra_kinds)]
        if fac.geometry.geom_type.iloc[0] != "Point":
            # A line: the geodesic distance to densely sampled points along it.
            line = fac.geometry.iloc[0]
            pts = [line.interpolate(f, normalized=True) for f in np.linspace(0, 1, 4000)]
            flon, flat = np.array([q.x for q in pts]), np.array([q.y for q in pts])
        else:
            flon, flat = fac.geometry.x.to_numpy(), fac.geometry.y.to_numpy()
        for i in range(0, len(result), 7):
            _, _, d = geod.inv(np.full(len(flon), lon[i]), np.full(len(flon), lat[i]), flon, flat)
            expected = d.min() / 1000
            got = result[f"km_to_{kind}"].iloc[i]
            assert got == pytest.approx(expected, rel=0.005, abs=0.05), (kind, i)


def test_each_result_names_its_nearest_facilities(layers, ready, facilities):
    result = run(layers, ready, facilities, min_area=20, max_km={"port": 30})
    assert len(result) >= 1  # the default data has a ready site of 20 ha near Nghi Sơn port
    top = result.iloc[0]
    assert top["zone_id"] == "kcn-nghi-son-3" and top["tier"] == 5
    assert top["nearest_port_vi"] == "Cảng biển Nghi Sơn"
    for kind in search.DISTANCE_KINDS:
        assert top[f"km_to_{kind}"] > 0 and top[f"nearest_{kind}_en"]


def test_results_are_sorted_by_score(layers, ready, facilities):
    result = run(layers, ready, facilities, min_tier=3)
    assert list(result["score"]) == sorted(result["score"], reverse=True)
    assert result["score"].between(0, 100).all()


@pytest.mark.parametrize(
    "query, words",
    [
        (dict(min_tier=6), "Tier 6 does not exist"),
        (dict(min_area=30, max_area=10), "larger than the maximum"),
        (dict(max_km={"moon": 3}), "Unknown facility kind"),
        (dict(max_price=-1), "at least 0"),
    ],
)
def test_bad_queries_are_one_sentence(query, words):
    from geo.errors import InputError

    with pytest.raises(InputError, match=words):
        search.SiteQuery(**query)


def test_parse_max_km():
    assert search.parse_max_km("port=30, expressway=10,rail=5") == {"port": 30.0, "expressway": 10.0,
                                                                   "rail_station": 5.0}
    from geo.errors import InputError

    with pytest.raises(InputError, match="kind=km"):
        search.parse_max_km("port30")


def test_the_province_total_counts_every_park_once(layers, ready):
    from geo.landfund import land_fund

    fund = land_fund(layers["parcels"], layers["zones"], ready, layers["plots"])
    zones = layers["zones"].set_index("id")
    kind = zones["kind"]
    expected = sum(
        a for zid, a, p in zip(zones.index, zones["planned_area_ha"], zones["parent_id"])
        if kind[zid] != "kkt" and (not isinstance(p, str) or kind.get(p) == "kkt")
    )
    assert fund.loc["_province", "planned_ha"] == pytest.approx(expected)
    assert fund.loc["_province", "planned_ha"] > fund.loc["kcn-nghi-son-3", "planned_ha"] + 6000
    recovered = layers["parcels"]["recovered_m2"].sum() / 1e4
    assert fund.loc["_province", "parcels_ha"] == pytest.approx(recovered, rel=1e-6)
    assert fund.loc["_province", "plots_ha"] == pytest.approx(layers["plots"]["area_ha"].sum(), rel=1e-6)


def test_shared_resettlement_lots_are_counted_once():
    import pandas as pd

    from geo.readiness import resettlement_status

    zones = pd.DataFrame({"id": ["kkt", "a", "b"], "parent_id": [None, "kkt", "kkt"]})
    areas = pd.DataFrame({"id": ["shared"], "serves": ["kkt"], "stage": ["handed_over"],
                          "capacity_lots": [12], "allocated_lots": [2]})
    out = resettlement_status({"a": 8, "b": 8}, zones, areas)
    assert out["a"]["code"] is None  # takes 8 of the 10 free lots
    assert out["b"]["code"] == "resettlement_short"  # 2 left for 8 households, not 10 again
    out = resettlement_status({"a": 4, "b": 6}, zones, areas)
    assert out["a"]["code"] is None and out["b"]["code"] is None


def test_the_resettlement_need_is_households_on_recovered_land_not_yet_handed_over():
    import pandas as pd

    from geo.readiness import zone_need

    parcels = pd.DataFrame({
        "zone_id": ["a", "a", "a", "a", "a", None, "b"],
        "land_use_code": ["ONT", "ODT", "LUC", "ONT", "ONT+CLN", "ONT", "ONT"],
        "resettlement_households": [None, 3, None, None, None, None, 2],
        "clearance_stage": ["inventory", "notice_issued", "inventory", "handed_over", "not_started", "inventory",
                            "plan_posted"],
        "recovered_m2": [300.0, 250.0, 900.0, 200.0, 120.0, 0.0, 0.0],
    })
    # a: 1 (ONT, none given) + 3 (given) + 0 (rice) + 0 (handed over) + 1 (ONT beside CLN); the parcel in no
    # zone and the one in b with nothing recovered need nobody.
    assert zone_need(parcels) == {"a": 5}
