"""Migration between stores: GeoPackage → PostGIS → GeoPackage loses nothing."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest
import shapely

from geo.errors import InputError, StoreError
from geo.migrate import copy_store, migrate
from geo.schema import LAYER_ORDER
from geo.store import open_store
from geo.store.tables import ACCOUNT_TABLES
from tests.conftest import PASSWORD


def dump(store) -> dict:
    """Everything a store holds, in comparable form (event and audit ids left out: they are renumbered)."""
    out: dict = {"meta": store.meta(), "counter": store.change_counter()}
    for name in LAYER_ORDER:
        gdf = store.read_layer(name)
        attrs = gdf.drop(columns="geometry").astype(object)
        out[name] = (attrs.where(pd.notna(attrs), None).to_dict("records"), list(shapely.to_wkb(gdf.geometry.values)))
    out["events"] = store.events().drop(columns="event_id").astype(object).to_dict("records")
    for table in ACCOUNT_TABLES:  # users (with password hashes), audit log, personal fields
        out[table] = store.table_rows(table)
    assert all(r[3] is True for r in out["users"])  # "active", as a boolean from either store
    return out


@pytest.fixture
def busy_gpkg(gpkg_url):
    """The default GeoPackage store after some work: users, edits, a blocked parcel, personal fields."""
    store = open_store(gpkg_url)
    store.add_user("admin", "admin", PASSWORD, full_name="Quản trị")
    store.add_user("lan", "officer", PASSWORD, by="admin", full_name="Nguyễn Thị Lan")
    parcels = store.read_layer("parcels")
    pids = parcels[parcels.clearance_stage == "inventory"].id.iloc[:2].tolist()
    store.set_stage(pids[0], "plan_posted", user="lan", note="Niêm yết", document_ref="TB 12/TB-UBND")
    store.set_blocked(pids[1], True, user="lan", reason="Tranh chấp ranh giới")
    with sqlite3.connect(gpkg_url) as db:  # personal fields come in by imports; here, straight into the table
        db.execute("INSERT INTO parcel_personal (parcel_id, owner_name, household_head, phone, id_number, updated_at, "
                   "updated_by, owner_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (pids[0], "Lê Văn A", "Lê Văn A", "0912 345 678", "038090001234", "2026-01-05T03:00:00Z", "lan",
                    "Thôn 3, xã Nghi Sơn"))
    db.close()
    yield store
    store.close()


@pytest.mark.postgis
def test_round_trip_gpkg_postgis_gpkg_loses_nothing(busy_gpkg, postgis_empty_url, tmp_path):
    before = dump(busy_gpkg)
    pg = open_store(postgis_empty_url)
    counts = copy_store(busy_gpkg, pg)
    assert counts["users"] == 2 and counts["parcel_personal"] == 1 and counts["layers"]["parcels"] > 0
    assert dump(pg) == before
    back_path = tmp_path / "back.gpkg"
    migrate(pg.url, str(back_path))
    back = open_store(str(back_path))
    assert dump(back) == before
    assert pg.authenticate("lan", PASSWORD).role == "officer"  # the hashes came along (a sign-in is audited)
    assert back.authenticate("lan", PASSWORD).role == "officer"
    # The copies are live stores: the next write carries on from the copied versions and counter.
    pid = back.read_layer("parcels").query("clearance_stage == 'plan_posted'").id.iloc[0]
    version = back.get_parcel(pid)["version"]
    back.set_stage(pid, "plan_approved", user="lan", expect_version=version)
    assert back.change_counter() == before["counter"] + 1
    back.close()
    pg.close()


@pytest.mark.postgis
def test_migrate_refuses_an_existing_destination(busy_gpkg, postgis_url):
    dst = open_store(postgis_url)
    before = dst.change_counter()
    with pytest.raises(InputError, match="exists already"):
        copy_store(busy_gpkg, dst)
    assert dst.change_counter() == before and dst.list_users() == []
    dst.close()


def test_migrate_from_a_missing_store_is_refused(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        migrate(str(tmp_path / "none.gpkg"), str(tmp_path / "new.gpkg"))
    assert not (tmp_path / "new.gpkg").exists()
