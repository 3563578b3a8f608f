"""The progress page's change between two dates (views/progress.py) under Streamlit's AppTest, on a fresh default
store of each kind: its figures are the whole history's, replayed a range of parcels at a time, and when more
parcels changed than the list keeps, the list, its XLSX and the map hold the largest and say how many changed in
all. (The page in a browser: tests/test_history_app.py.)"""

from __future__ import annotations

import io
import sys

import numpy as np
import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from geo import io as gio
from geo import replay
from geo import timeline as tl
from geo.landfund import recovered_ha
from geo.store import open_store
from geo.users import User
from layers.i18n import fmt_ha, fmt_num, t
from tests.conftest import PASSWORD
from views import progress, session, state

PAGE = "from views import progress\nprogress.render()\n"
A, B = "2024-01-01", "2025-06-30"
KEEP = 25


@pytest.fixture
def page(store_url, monkeypatch):
    """A function that runs the progress page for a planner on ``store_url`` (a fresh default store of each kind),
    the change list capped at :data:`KEEP` parcels, the map at 10, and ranges of 997 parcels."""
    s = open_store(store_url)
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("hoa", "planner", PASSWORD, by="admin")
    s.close()
    monkeypatch.setenv("SITEREADY_DB", store_url)
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])  # (see tests/test_clearance.py)
    monkeypatch.setattr(state, "_STORE", {})
    monkeypatch.setattr(session, "current_user", lambda: User("hoa", "planner"))
    monkeypatch.setattr(progress, "CHANGE_LIST_MAX", KEEP)
    monkeypatch.setattr(progress, "CHANGE_MAP_MAX", 10)
    pieces = replay.parcel_pieces
    monkeypatch.setattr(replay, "parcel_pieces", lambda *a, **k: pieces(*a, **{**k, "size": 997}))
    tables: list[dict] = []
    xlsx = gio.tables_xlsx
    monkeypatch.setattr(gio, "tables_xlsx", lambda sheets: tables.append(sheets) or xlsx(sheets))

    def run(**params: str) -> tuple[AppTest, list[dict]]:
        at = AppTest.from_string(PAGE, default_timeout=180)
        for k, v in params.items():
            at.query_params[k] = v
        return at.run(), tables

    yield run
    for s in state._STORE.values():
        s.close()


def test_the_change_lists_the_largest_changed_parcels_and_counts_them_all(page, store_url):
    s = open_store(store_url)
    parcels = replay.register(s, tl.CHANGE_COLUMNS)
    whole = replay.timeline(s, parcels)
    s.close()
    changes = tl.changes_between(*tl.states_on(whole, parcels, [A, B]))
    zones = tl.change_by_zone(parcels, changes, recovered_ha(parcels))
    moved = changes[changes["change"] != "unchanged"]
    total = len(moved)
    assert total > KEEP
    area = parcels["area_m2"].to_numpy(dtype=float)[moved["row"].to_numpy()]
    largest = np.sort(np.lexsort((moved["row"].to_numpy(), -np.nan_to_num(area, nan=-np.inf)))[:KEEP])
    want_ids = list(parcels["id"].to_numpy(dtype=object)[moved["row"].to_numpy()[largest]])

    at, tables = page(**{"lang": "en", "from": A, "to": B})
    assert not at.exception, at.exception
    metrics = {m.label: m.value for m in at.metric}
    zones = zones[(zones[["handed_over_ha_change", "moved_stage", "newly_blocked", "unblocked", "new"]] != 0).any(axis=1)]
    assert metrics[t("change_handed_ha", "en")] == fmt_ha(zones["handed_over_ha_change"].sum(), "en")
    assert metrics[t("change_moved", "en")] == fmt_num(zones["moved_stage"].sum(), "en", 0)
    assert metrics[t("change_newly_blocked", "en")] == fmt_num(zones["newly_blocked"].sum(), "en", 0)
    # the list: the heading counts every changed parcel, a caption says only the largest are listed
    assert f"#### {t('change_list', 'en')} ({fmt_num(total, 'en', 0)})" in [m.value for m in at.markdown]
    captions = [c.value for c in at.caption]
    assert t("change_list_capped", "en", n=fmt_num(KEEP, "en", 0), total=fmt_num(total, "en", 0)) in captions
    assert t("change_map_capped", "en", n=fmt_num(10, "en", 0), total=fmt_num(total, "en", 0)) in captions
    listing = at.dataframe[1].value
    assert len(listing) == KEEP
    assert [label.rsplit(" · ", 1)[-1] for label in listing[t("kind_parcel", "en")]] == want_ids
    assert list(listing[t("f_area", "en")]) == list(area[largest].round(0))
    # the XLSX: the zones' table and the same rows as the list
    sheets = tables[-1]
    assert list(sheets) == [t("change_by_zone", "en"), t("change_list", "en")]
    book = openpyxl.load_workbook(io.BytesIO(gio.tables_xlsx(sheets)))
    assert book[t("change_list", "en")].max_row == KEEP + 1
    # a zone's map: the largest of its parcels the list keeps, out of all its changed parcels
    s = open_store(store_url)
    parents = set(s.read_layer("zones", columns=["parent_id"])["parent_id"].dropna())
    s.close()
    zone_of = parcels["zone_id"].to_numpy(dtype=object)[moved["row"].to_numpy()]
    counts = {z: int((zone_of == z).sum()) for z in set(zone_of) if isinstance(z, str) and z not in parents}
    kept = {z: int((zone_of[largest] == z).sum()) for z in counts}
    zone = max(counts, key=lambda z: (kept[z] < counts[z], kept[z]))
    assert 0 < kept[zone] < counts[zone]
    at.selectbox(key="chg_zone_en").set_value(zone).run()
    assert not at.exception, at.exception
    assert t("change_map_capped_zone", "en", n=fmt_num(min(kept[zone], 10), "en", 0),
             total=fmt_num(counts[zone], "en", 0)) in [c.value for c in at.caption]


def test_a_big_change_workbook_is_made_only_when_asked_for(page, monkeypatch):
    """A workbook over views.downloads.EAGER_ROWS rows is not written by the page's run (a planner who only
    looks, or leaves, costs the server nothing): a button names its rows, a click makes it, and the download
    button then stays for the session's later runs without making it again."""
    from views import downloads

    monkeypatch.setattr(downloads, "EAGER_ROWS", 10)
    at, tables = page(**{"lang": "en", "from": A, "to": B})
    assert not at.exception, at.exception
    assert tables == []  # nothing written yet
    def downloads_of_change():
        return [b for b in at.get("download_button") if b.key == "dl_change"]

    assert not downloads_of_change()
    make = at.button(key="dl_change__make")
    rows = len(at.dataframe[0].value) + len(at.dataframe[1].value)
    assert make.label == t("xlsx_make", "en", n=fmt_num(rows, "en", 0))
    make.click().run()
    assert not at.exception, at.exception
    assert len(tables) == 1 and list(tables[0]) == [t("change_by_zone", "en"), t("change_list", "en")]
    [button] = downloads_of_change()
    assert button.proto.label == t("change_xlsx", "en")
    assert not [b for b in at.button if b.key == "dl_change__make"]
    at.selectbox(key="chg_zone_en").set_value(at.selectbox(key="chg_zone_en").options[1]).run()
    assert not at.exception, at.exception
    assert len(downloads_of_change()) == 1 and len(tables) == 1  # the same workbook, from the cache
