"""The land officer's clearance page (views/clearance.py) under Streamlit's AppTest, on a fresh store of each kind:
a zone larger than a page is listed, drawn and tabulated a page at a time from the store, never from the
whole cadastre. (The officer's flow in a browser: tests/test_officer.py.)"""

from __future__ import annotations

import sys

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geo.store import open_store
from geo.users import User
from layers.i18n import t
from layers.viewport import nearest
from tests.conftest import PASSWORD
from views import clearance, session, state

PAGE = "from views import clearance\nclearance.render()\n"
FIELDS = ["sheet_no", "parcel_no", "clearance_stage", "zone_id", "version"]


@pytest.fixture
def page(store_url, monkeypatch):
    """A function that runs the clearance page (small pages: 50 parcels in the picker, 40 rows in the table, 100
    on the map) for an officer, on ``store_url`` (a fresh default store of each kind), with these URL parameters."""
    s = open_store(store_url)
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("lan", "officer", PASSWORD, by="admin")
    s.close()
    monkeypatch.setenv("SITEREADY_DB", store_url)
    # AppTest runs the page as sys.modules["__main__"] and leaves it there: a later test's spawned processes
    # would run the page again as they start (multiprocessing's spawn re-runs __main__). Put it back after.
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])
    monkeypatch.setattr(state, "_STORE", {})  # this test's store, not one an earlier test opened
    monkeypatch.setattr(session, "current_user", lambda: User("lan", "officer"))
    monkeypatch.setattr(clearance, "PICK_LIMIT", 50)
    monkeypatch.setattr(clearance, "BULK_ROWS", 40)
    monkeypatch.setattr(clearance, "MAP_PARCELS", 100)

    def run(**params: str) -> AppTest:
        at = AppTest.from_string(PAGE, default_timeout=120)
        for k, v in params.items():
            at.query_params[k] = v
        return at.run()

    yield run
    for s in state._STORE.values():
        s.close()


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def test_a_zone_larger_than_a_page_is_listed_a_page_at_a_time_from_the_store(page, store_url):
    s = open_store(store_url)
    every = pd.DataFrame(s.read_layer("parcels", columns=FIELDS).drop(columns="geometry"))
    s.close()
    zone = every["zone_id"].value_counts().index[0]
    mine = every[every["zone_id"] == zone].reset_index(drop=True)
    assert len(mine) > 120
    pid = mine["id"].iat[120]  # beyond the picker's first 50
    at = page(sel=f"parcel:{pid}")
    assert not at.exception
    # The zone of the shared link's parcel, the parcel, and the zone's first parcels in store order after it.
    assert at.selectbox(key="clr_zone").value == zone
    assert at.selectbox(key="clr_parcel").value == pid
    assert at.selectbox(key="clr_parcel").options[1].startswith(f"{mine['sheet_no'].iat[0]}/{mine['parcel_no'].iat[0]}")
    assert len(at.selectbox(key="clr_parcel").options) == 50
    assert t("pick_some", "vi", n=50, total=len(mine)) in captions(at)
    assert t("map_nearest", "vi", n=100, total=len(mine)) in captions(at)
    # The bulk table: the zone's first 40 rows, then the third page, then those at one stage.
    assert t("bulk_rows", "vi", a=1, b=40, n=len(mine)) in captions(at)
    table = at.dataframe[0].value
    assert list(table["id"]) == list(mine["id"][:40])
    assert list(table["version"]) == list(mine["version"][:40])
    at.number_input(key=f"bulk_page_{zone}_").set_value(3).run()
    assert list(at.dataframe[0].value["id"]) == list(mine["id"][80:120])
    assert t("bulk_rows", "vi", a=81, b=120, n=len(mine)) in captions(at)
    at.multiselect(key=f"bulk_only_{zone}_vi").set_value(["plan_posted"]).run()
    posted = mine[mine["clearance_stage"] == "plan_posted"]
    assert list(at.dataframe[0].value["id"]) == list(posted["id"][:40])
    assert t("bulk_rows", "vi", a=1, b=min(40, len(posted)), n=len(posted)) in captions(at)
    # A search by sheet and parcel number: its first hit is the parcel edited.
    other = mine.iloc[len(mine) - 3]
    at.text_input(key=f"clr_find_{zone}").set_value(f"tờ {other['sheet_no']} thửa {other['parcel_no']}").run()
    assert at.selectbox(key="clr_parcel").value == other["id"]
    assert at.selectbox(key="clr_parcel").options[0].startswith(f"{other['sheet_no']}/{other['parcel_no']} · ")
    assert not at.exception
    # No snapshot read the cadastre.
    assert state._LATEST and not any(snap.cadastre_loaded for snap in state._LATEST.values())


def test_parcels_outside_every_zone_and_a_link_to_no_parcel(page, store_url, tmp_path):
    """"Outside every zone" lists the parcels in no zone; a shared link naming no parcel opens the first zone."""
    from tests.test_store_contract import outside_parcels

    s = open_store(store_url)
    outside_parcels(s, tmp_path, user="lan")
    every = pd.DataFrame(s.read_layer("parcels", columns=FIELDS).drop(columns="geometry"))
    s.close()
    at = page(sel="parcel:no-such-parcel")
    assert not at.exception
    zones = at.selectbox(key="clr_zone").options
    assert zones[-2:] == [t("outside_zones_choice", "vi"), t("everywhere_choice", "vi")]
    assert at.selectbox(key="clr_parcel").value == every[every["zone_id"] == at.selectbox(key="clr_zone").value]["id"].iat[0]
    at.selectbox(key="clr_zone").set_value(clearance.OUTSIDE).run()
    outside = every[every["zone_id"].isna()]
    assert at.selectbox(key="clr_parcel").value == outside["id"].iat[0]
    assert t("pick_some", "vi", n=50, total=len(outside)) in captions(at)
    assert not at.exception


def test_the_zone_map_draws_the_parcels_of_the_zone_nearest_the_edited_one(store):
    every = store.read_layer("parcels", columns=["zone_id", "clearance_stage"])
    zone = every["zone_id"].value_counts().index[0]
    mine = every[every["zone_id"] == zone].reset_index(drop=True)
    for row in (0, len(mine) // 2, len(mine) - 1):
        geom = mine.geometry.iat[row]
        got = clearance._nearest_in_zone(store, zone, geom, 300)
        assert list(got["id"]) == list(mine["id"].iloc[nearest(mine.geometry.values, geom, 300)])
    got = clearance._nearest_in_zone(store, clearance.EVERYWHERE, mine.geometry.iat[0], 300)
    assert list(got["id"]) == list(every["id"].iloc[nearest(every.geometry.values, mine.geometry.iat[0], 300)])
