"""The land fund as the zone tree (geo.landfund.fund_hierarchy): rows that add up to the province total."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import readiness
from geo.landfund import FUND_COLUMNS, PROVINCE, UNASSIGNED, fund_hierarchy, land_fund, zone_parents

COLS = list(FUND_COLUMNS)
AREA_COLS = COLS[1:]


@pytest.fixture(scope="module")
def layers(seeded_layers):
    return seeded_layers


@pytest.fixture(scope="module")
def fund(layers):
    ready = readiness.compute(layers["plots"], layers["zones"], layers["constraints"], layers["resettlement_areas"],
                              layers["parcels"])
    return land_fund(layers["parcels"], layers["zones"], ready, layers["plots"])


@pytest.fixture(scope="module")
def tree(fund, layers):
    return fund_hierarchy(fund, layers["zones"])


def assert_adds_up(tree: pd.DataFrame) -> None:
    """The leaf rows, and the top-level rows, sum to the province total; every subtotal to its children."""
    total = tree.loc[PROVINCE, COLS].astype(float).fillna(0.0)
    leaves = tree[tree["is_leaf"]]
    top = tree[(tree["level"] == 0) & (tree["row"] != "total")]
    assert np.allclose(leaves[COLS].sum(), total, atol=1e-6), (leaves[COLS].sum() - total)
    assert np.allclose(top[COLS].sum(), total, atol=1e-6), (top[COLS].sum() - total)
    for zid in tree.index[tree["is_subtotal"] & (tree["row"] != "total")]:
        kids = tree[tree["parent_id"] == zid]
        assert len(kids), zid
        assert np.allclose(kids[COLS].sum(), tree.loc[zid, COLS].astype(float).fillna(0.0), atol=1e-6), zid


def assert_children_follow_their_parent(tree: pd.DataFrame) -> None:
    """Reading down: each row's parent is the nearest row above it one level up; the total comes last."""
    assert tree.index[-1] == PROVINCE and tree["row"].iloc[-1] == "total"
    stack: list[str] = []
    for rid, row in tree.iloc[:-1].iterrows():
        level = int(row["level"])
        assert level <= len(stack), rid  # never more than one level deeper than the row above
        del stack[level:]
        assert row["parent_id"] == (stack[-1] if stack else None), rid
        stack.append(rid)
        assert row["is_leaf"] != row["is_subtotal"]


def test_the_default_fund_adds_up_to_the_province_total(tree, fund, layers):
    assert_adds_up(tree)
    assert tree.loc[PROVINCE, "plots_ha"] == fund.loc[PROVINCE, "plots_ha"] == pytest.approx(6495.79, abs=0.01)
    recovered = layers["parcels"]["recovered_m2"].sum() / 1e4
    assert tree.loc[PROVINCE, "parcels_ha"] == fund.loc[PROVINCE, "parcels_ha"] == pytest.approx(recovered, abs=0.01)
    assert tree.loc[PROVINCE, "planned_ha"] == fund.loc[PROVINCE, "planned_ha"]
    # The flat list counted the sub-zones twice (7,947.75 ha of plots); the leaves count every plot once.
    assert fund.drop(PROVINCE)["plots_ha"].sum() > fund.loc[PROVINCE, "plots_ha"] + 1000
    assert UNASSIGNED not in tree.index  # every default plot and recovered parcel is in a known zone


def test_children_follow_their_parent(tree, layers):
    assert_children_follow_their_parent(tree)
    zones = layers["zones"].set_index("id")
    for zid in zones.index:  # every zone once, at its depth
        assert (tree["zone_id"] == zid).sum() == 1
        assert tree.loc[zid, "parent_id"] == (zones.loc[zid, "parent_id"] if isinstance(zones.loc[zid, "parent_id"], str)
                                              else None)
    order = list(tree.index)
    assert order.index("kkt-nghi-son") < order.index("kcn-nghi-son-3") < order.index("kcn-tay-thanh-hoa")
    assert order[order.index("kcn-bim-son") + 1: order.index("kcn-bim-son") + 3] == ["kcn-bim-son-a", "kcn-bim-son-b"]
    assert tree.loc["kcn-thang-long-th-1", "level"] == 1 and tree.loc["kcn-wha-th-1", "parent_id"] == "kcn-phu-quy"
    subtotals = set(tree.index[tree["is_subtotal"]])
    assert subtotals == {"kkt-nghi-son", "kcn-bim-son", "kcn-tay-thanh-hoa", "kcn-phu-quy", PROVINCE}


def test_the_numbers_are_the_land_funds(tree, fund, layers):
    kind = layers["zones"].set_index("id")["kind"]
    zones = tree[tree["row"] == "zone"]
    for zid, row in zones.iterrows():
        cols = AREA_COLS if kind[zid] == "kkt" else COLS
        assert row[cols].astype(float).tolist() == fund.loc[zid, cols].astype(float).tolist(), zid
        assert row["handed_over_ha_pct"] == fund.loc[zid, "handed_over_ha_pct"]
    assert tree.loc[PROVINCE, COLS].tolist() == fund.loc[PROVINCE, COLS].tolist()
    # The economic zone's own planned area (sea included) is not added: its row is the sum of its parks.
    assert fund.loc["kkt-nghi-son", "planned_ha"] == 106000
    assert tree.loc["kkt-nghi-son", "planned_ha"] == pytest.approx(247.12 + 539.0)


def test_a_park_with_land_outside_its_sub_zones_gets_a_rest_row(tree, layers):
    plots, parcels = layers["plots"], layers["parcels"]
    rest = tree.loc["kcn-tay-thanh-hoa/rest"]
    assert rest["row"] == "rest" and rest["parent_id"] == "kcn-tay-thanh-hoa" and rest["level"] == 1 and rest["is_leaf"]
    own = plots.loc[plots["zone_id"] == "kcn-tay-thanh-hoa", "area_ha"].sum()
    assert rest["plots_ha"] == pytest.approx(own, abs=0.01)
    recovered = parcels.loc[parcels["zone_id"] == "kcn-tay-thanh-hoa", "recovered_m2"].sum() / 1e4
    assert rest["parcels_ha"] == pytest.approx(recovered, abs=0.01)
    assert rest["planned_ha"] == pytest.approx(645.2 - 167.0)
    assert "kcn-bim-son/rest" not in tree.index  # Bỉm Sơn is exactly its two sub-zones
    # Land recovered in the economic zone outside its parks shows as the zone's own rest row.
    in_ez = parcels.loc[parcels["zone_id"] == "kkt-nghi-son", "recovered_m2"].sum() / 1e4
    assert ("kkt-nghi-son/rest" in tree.index) == (round(in_ez, 2) > 0)
    if in_ez:
        assert tree.loc["kkt-nghi-son/rest", "parcels_ha"] == pytest.approx(in_ez, abs=0.01)


def _parcels(rows: list[tuple[str, float, str, bool]]) -> pd.DataFrame:
    """Cadastral parcels, each wholly recovered: (zone, hectares, stage, blocked)."""
    return pd.DataFrame({
        "zone_id": [r[0] for r in rows], "area_ha": [r[1] for r in rows], "clearance_stage": [r[2] for r in rows],
        "area_m2": [r[1] * 1e4 for r in rows], "recovered_m2": [r[1] * 1e4 for r in rows],
        "blocked": [r[3] for r in rows],
    })


def test_lots_of_no_known_zone_loops_and_unknown_parents_still_add_up():
    zones = pd.DataFrame({
        "id": ["ez", "p1", "p1a", "loop1", "loop2", "orphan", "p1a-x"],
        "kind": ["kkt", "kcn", "kcn", "ccn", "ccn", "ccn", "kcn"],
        "parent_id": [None, "ez", "p1", "loop2", "loop1", "ghost", "p1a"],
        "planned_area_ha": [5000.0, 100.0, 40.0, 10.0, 12.0, np.nan, 15.0],
    })
    parcels = _parcels([("ez", 3.333, "handed_over", False), ("p1", 20.005, "not_started", True),
                        ("p1a", 10.004, "handed_over", False), ("p1a-x", 5.0049, "handed_over", False),
                        ("loop1", 2.0, "not_started", False), ("orphan", 1.5, "not_started", False),
                        ("nowhere", 7.25, "handed_over", False), (None, 1.0, "not_started", False)])
    assert zone_parents(zones) == {"ez": None, "p1": "ez", "p1a": "p1", "loop1": None, "loop2": None,
                                   "orphan": None, "p1a-x": "p1a"}
    fund = land_fund(parcels, zones)
    tree = fund_hierarchy(fund, zones)
    assert_adds_up(tree)
    assert_children_follow_their_parent(tree)
    assert tree.loc[UNASSIGNED, "parcels_ha"] == 8.25  # "nowhere" and no zone at all
    assert fund.loc[PROVINCE, "parcels_ha"] == round(parcels["area_ha"].sum(), 2)
    assert tree.loc["ez", "planned_ha"] == 100.0 and np.isnan(tree.loc["ez/rest", "planned_ha"])
    assert tree.loc["ez/rest", "parcels_ha"] == 3.33 and tree.loc["ez/rest", "handed_over_ha"] == 3.33
    assert tree.loc["p1/rest", "planned_ha"] == 60.0 and tree.loc["p1/rest", "blocked_ha"] == 20.0
    assert list(tree.loc[["p1a", "p1a-x"], "level"]) == [2, 3]
    # Planned: the EZ's parks (100) plus the top-level clusters that have a planned area (10 + 12).
    assert fund.loc[PROVINCE, "planned_ha"] == 122.0


def test_the_province_total_is_the_rounded_sum_and_rows_stay_within_a_hundredth():
    zones = pd.DataFrame({"id": list("abc"), "kind": ["kcn"] * 3, "parent_id": [None] * 3,
                          "planned_area_ha": [1.0, 1.0, 1.0]})
    parcels = _parcels([("a", 0.004, "handed_over", False), ("b", 0.004, "handed_over", False),
                        ("c", 0.004, "handed_over", False)])
    fund = land_fund(parcels, zones)
    assert fund.loc[PROVINCE, "parcels_ha"] == 0.01  # 0.012 ha, not 0 + 0 + 0
    assert sorted(fund.loc[list("abc"), "parcels_ha"]) == [0.0, 0.0, 0.01]
    assert_adds_up(fund_hierarchy(fund, zones))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_tree_adds_up(data):
    n = data.draw(st.integers(1, 7))
    ids = [f"z{i}" for i in range(n)]
    zones = pd.DataFrame({
        "id": ids,
        "kind": data.draw(st.lists(st.sampled_from(["kkt", "kcn", "ccn"]), min_size=n, max_size=n)),
        "parent_id": data.draw(st.lists(st.sampled_from([None, "ghost", *ids]), min_size=n, max_size=n)),
        "planned_area_ha": data.draw(st.lists(st.one_of(st.just(np.nan), st.floats(0, 1000).map(lambda x: round(x, 3))),
                                              min_size=n, max_size=n)),
    })
    rows = data.draw(st.lists(st.tuples(st.sampled_from([*ids, "nowhere"]), st.floats(0, 50).map(lambda x: round(x, 4)),
                                        st.sampled_from(["not_started", "handed_over"]), st.booleans()), max_size=25))
    parcels = _parcels(rows)
    fund = land_fund(parcels, zones)
    tree = fund_hierarchy(fund, zones)
    assert_adds_up(tree)
    assert_children_follow_their_parent(tree)
    assert abs(fund.loc[PROVINCE, "parcels_ha"] - parcels["area_ha"].sum()) <= 0.005 + 1e-9
    for zid in ids:  # every zone row within a hundredth per lot-holding zone of its exact sum
        members = [z for z in ids if zid in _chain(z, zone_parents(zones))]
        exact = parcels.loc[parcels["zone_id"].isin(members), "area_ha"].sum()
        assert abs(fund.loc[zid, "parcels_ha"] - exact) <= 0.01 * len(members) + 1e-9


def _chain(z: str, parents: dict) -> list[str]:
    out = []
    while z is not None:
        out.append(z)
        z = parents[z]
    return out
