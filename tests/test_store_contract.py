"""The store contract: every store implementation must pass these, unchanged."""

from __future__ import annotations

import sqlite3

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geo.errors import ConflictError, InputError, NotFoundError, PermissionDenied
from geo.schema import LAYER_ORDER, LAYERS
from geo.store.base import SCHEMA_VERSION
from geo.store.derived import check
from geo.store import ParcelChange, PlotChange, open_store
from geo.store.tables import OWN_TABLES
from tests.conftest import PASSWORD, ROOT


def snapshot(store):
    """Everything a failed write must leave exactly as it was."""
    parcels, plots = store.read_layer("parcels"), store.read_layer("plots")
    return (
        store.change_counter(),
        pd.util.hash_pandas_object(parcels.drop(columns="geometry").astype(str), index=False).sum(),
        pd.util.hash_pandas_object(plots.drop(columns="geometry").astype(str), index=False).sum(),
        len(store.events()),
        [(u.username, u.role, u.active) for u in store.list_users()],
    )


def a_parcel(store, stage: str) -> dict:
    parcels = store.read_layer("parcels")
    row = parcels[(parcels.clearance_stage == stage) & (~parcels.blocked.astype(bool))].iloc[0]
    return store.get_parcel(row["id"])


def test_init_is_idempotent(store):
    before = snapshot(store)
    assert store.init() is False
    assert snapshot(store) == before


def test_every_layer_reads_back_with_its_fields(store):
    for name in LAYER_ORDER:
        gdf = store.read_layer(name)
        assert isinstance(gdf, gpd.GeoDataFrame)
        assert gdf.crs.to_epsg() == 4326
        assert list(gdf.columns) == [*LAYERS[name].names, "geometry"]
        assert len(gdf) > 0, name
        assert gdf["id"].is_unique


def test_public_read_hides_internal_fields(store):
    public = store.read_layer("parcels", public=True)
    for hidden in ("version", "updated_by", "blocked_reason", "resettlement_households"):
        assert hidden not in public.columns
    assert {"id", "clearance_stage", "area_m2", "sheet_no", "parcel_no", "land_use_code"} <= set(public.columns)
    plots = store.read_layer("plots", public=True)
    assert "version" not in plots.columns and {"id", "plot_no", "lease_status", "area_ha"} <= set(plots.columns)


def test_bbox_read_returns_only_features_there(store):
    everything = store.read_layer("parcels")
    box = (105.60, 19.30, 105.80, 19.50)  # around Nghi Sơn
    some = store.read_layer("parcels", bbox=box)
    assert 0 < len(some) < len(everything)
    b = some.geometry.bounds
    assert ((b.maxx >= box[0]) & (b.minx <= box[2]) & (b.maxy >= box[1]) & (b.miny <= box[3])).all()


def test_forward_one_stage_records_event_and_bumps_version_and_counter(staffed):
    store = staffed
    p = a_parcel(store, "plan_approved")
    counter = store.change_counter()
    n_events = len(store.history(p["id"]))
    event = store.set_stage(p["id"], "compensation_paid", user="officer", note="Chi trả đợt 1",
                            document_ref="QĐ 15/QĐ-UBND", expect_version=p["version"], at="2026-03-02")
    after = store.get_parcel(p["id"])
    assert after["clearance_stage"] == "compensation_paid"
    assert after["version"] == p["version"] + 1 == event.version
    assert after["updated_by"] == "officer"
    assert after["stage_since"] == "2026-03-02"
    assert store.change_counter() == counter + 1
    history = store.history(p["id"])
    assert len(history) == n_events + 1
    last = history[-1]
    assert (last.from_stage, last.to_stage, last.by, last.note, last.document_ref, last.version) == (
        "plan_approved", "compensation_paid", "officer", "Chi trả đợt 1", "QĐ 15/QĐ-UBND", p["version"] + 1)
    assert last.at.startswith("2026-03-02")
    # A step at 01:30 on 4 March in Viet Nam (18:30 UTC on the 3rd) dates the stage 4 March, as replays read it.
    store.set_stage(p["id"], "handed_over", user="officer", expect_version=after["version"], at="2026-03-03T18:30:00Z")
    assert store.get_parcel(p["id"])["stage_since"] == "2026-03-04"


def test_history_versions_increase_to_the_parcels_version(staffed):
    store = staffed
    p = a_parcel(store, "inventory")
    store.set_stage(p["id"], "plan_posted", user="officer")
    store.set_stage(p["id"], "plan_approved", user="officer")
    versions = [e.version for e in store.history(p["id"])]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert versions[-1] == store.get_parcel(p["id"])["version"]


@pytest.mark.parametrize(
    "stage, note, message",
    [
        ("handed_over", None, "skips a stage"),
        ("not_started", None, "goes back"),
        ("plan_approved", None, "already at stage"),
        ("finished", None, "Unknown clearance stage"),
    ],
)
def test_bad_transitions_are_refused_and_change_nothing(staffed, stage, note, message):
    store = staffed
    p = a_parcel(store, "plan_approved")
    before = snapshot(store)
    with pytest.raises(InputError, match=message):
        store.set_stage(p["id"], stage, user="officer", note=note)
    assert snapshot(store) == before


def test_skip_and_back_are_allowed_with_a_note(staffed):
    store = staffed
    p = a_parcel(store, "inventory")
    store.set_stage(p["id"], "plan_approved", user="officer", note="Gộp niêm yết với đợt trước")
    store.set_stage(p["id"], "inventory", user="officer", note="Phương án bị hủy, kiểm đếm lại")
    assert store.get_parcel(p["id"])["clearance_stage"] == "inventory"


def test_stale_version_is_a_conflict_naming_who_and_when(staffed):
    store = staffed
    p = a_parcel(store, "notice_issued")
    store.set_stage(p["id"], "inventory", user="officer", expect_version=p["version"])
    before = snapshot(store)
    with pytest.raises(ConflictError, match=r"changed by officer at \d{4}-\d\d-\d\dT") as err:
        store.set_stage(p["id"], "inventory", user="admin", expect_version=p["version"])
    assert f"version {p['version'] + 1}" in str(err.value)
    assert snapshot(store) == before


def test_unknown_parcel_is_refused(staffed):
    before = snapshot(staffed)
    with pytest.raises(NotFoundError, match="no-such-parcel"):
        staffed.set_stage("no-such-parcel", "inventory", user="officer")
    with pytest.raises(NotFoundError):
        staffed.history("no-such-parcel")
    assert snapshot(staffed) == before


@pytest.mark.parametrize("user", ["planner", "retired", "nobody", ""])
def test_only_active_officers_and_admins_may_write(staffed, user):
    p = a_parcel(staffed, "plan_posted")
    before = snapshot(staffed)
    with pytest.raises(PermissionDenied):
        staffed.set_stage(p["id"], "plan_approved", user=user)
    assert snapshot(staffed) == before


def test_bulk_update_is_all_or_nothing_and_names_each_bad_row(staffed):
    store = staffed
    parcels = store.read_layer("parcels")
    ok = parcels[parcels.clearance_stage == "inventory"].id.iloc[:3].tolist()
    changes = [ParcelChange(pid, stage="plan_posted", label=f"row {i + 2}") for i, pid in enumerate(ok)]
    changes.append(ParcelChange("ghost-parcel", stage="plan_posted", label="row 5"))
    changes.append(ParcelChange(ok[0] + "x", stage="teleported", label="row 6"))
    before = snapshot(store)
    with pytest.raises(InputError) as err:
        store.update_parcels(changes, user="officer")
    assert "row 6" in str(err.value) and "nothing was saved" in str(err.value)
    assert snapshot(store) == before
    events = store.update_parcels(changes[:3], user="officer")
    assert len(events) == 3
    assert set(store.read_layer("parcels", ids=ok).clearance_stage) == {"plan_posted"}
    assert store.change_counter() == before[0] + 1


def test_blocking_needs_a_reason_and_is_recorded(staffed):
    store = staffed
    p = a_parcel(store, "inventory")
    with pytest.raises(InputError, match="reason"):
        store.set_blocked(p["id"], True, user="officer")
    store.set_blocked(p["id"], True, user="officer", reason="Tranh chấp ranh giới")
    after = store.get_parcel(p["id"])
    assert after["blocked"] is True and after["blocked_reason"] == "Tranh chấp ranh giới"
    assert store.history(p["id"])[-1].action == "blocked"
    store.set_blocked(p["id"], False, user="officer")
    assert store.get_parcel(p["id"])["blocked"] is False


def test_users_first_admin_then_only_admins_add_users(store):
    with pytest.raises(PermissionDenied, match="admin"):
        store.add_user("alice", "officer", PASSWORD)  # the first user must be an admin
    store.add_user("root", "admin", PASSWORD)
    with pytest.raises(PermissionDenied, match="--by"):
        store.add_user("bob", "officer", PASSWORD)
    store.add_user("bob", "officer", PASSWORD, by="root")
    with pytest.raises(PermissionDenied):
        store.add_user("carol", "officer", PASSWORD, by="bob")
    with pytest.raises(InputError, match="exists"):
        store.add_user("bob", "planner", PASSWORD, by="root")
    with pytest.raises(InputError, match="at least 10"):
        store.add_user("dave", "planner", "short", by="root")
    assert [u.username for u in store.list_users()] == ["bob", "root"]


def test_authentication_and_deactivation(staffed):
    assert staffed.authenticate("officer", PASSWORD).role == "officer"
    with pytest.raises(PermissionDenied, match="Wrong user name or password"):
        staffed.authenticate("officer", "wrong password!")
    with pytest.raises(PermissionDenied, match="Wrong user name or password"):
        staffed.authenticate("nobody", PASSWORD)
    with pytest.raises(PermissionDenied, match="deactivated"):
        staffed.authenticate("retired", PASSWORD)
    staffed.set_password("officer", "a brand new passphrase", by="officer")
    assert staffed.authenticate("officer", "a brand new passphrase")
    with pytest.raises(PermissionDenied):
        staffed.set_password("admin", "a brand new passphrase", by="officer")


def test_an_admin_adds_and_deactivates_a_user(staffed):
    staffed.add_user("hoa", "officer", PASSWORD, by="admin", full_name="Lê Thị Hoa")
    assert staffed.get_user("hoa").active and staffed.authenticate("hoa", PASSWORD).role == "officer"
    token = staffed.create_session("hoa")
    p = a_parcel(staffed, "plan_posted")
    staffed.set_stage(p["id"], "plan_approved", user="hoa")  # while active, hoa may write
    staffed.set_user_active("hoa", False, by="admin")
    assert [(u.username, u.active) for u in staffed.list_users() if u.username == "hoa"] == [("hoa", False)]
    before = snapshot(staffed)
    with pytest.raises(PermissionDenied, match="deactivated"):
        staffed.authenticate("hoa", PASSWORD)
    with pytest.raises(PermissionDenied, match="deactivated"):
        staffed.create_session("hoa")
    assert staffed.session_user(token, idle_minutes=60) is None  # the session from before is over
    with pytest.raises(PermissionDenied, match="deactivated"):
        staffed.set_stage(p["id"], "compensation_paid", user="hoa")
    with pytest.raises(PermissionDenied, match="deactivated"):
        staffed.set_blocked(p["id"], True, user="hoa", reason="Tranh chấp")
    assert snapshot(staffed) == before
    assert staffed.authenticate("officer", PASSWORD)  # others unaffected
    staffed.set_user_active("hoa", True, by="admin")
    assert staffed.authenticate("hoa", PASSWORD).active


def test_passwords_are_stored_as_argon2_hashes(staffed):
    column = OWN_TABLES["users"].copied.index("password_hash")
    hashes = [r[column] for r in staffed.table_rows("users")]
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_personal_fields_only_for_officers(staffed):
    p = a_parcel(staffed, "inventory")
    assert staffed.personal(p["id"], user="officer") == {}
    for user in ("planner", "nobody"):
        with pytest.raises(PermissionDenied):
            staffed.personal(p["id"], user=user)


def test_a_second_client_sees_an_edit_through_the_change_counter(staffed):
    other = open_store(staffed.url)
    seen = other.change_counter()
    p = a_parcel(staffed, "plan_posted")
    staffed.set_stage(p["id"], "plan_approved", user="officer")
    assert other.change_counter() > seen
    assert other.get_parcel(p["id"])["clearance_stage"] == "plan_approved"
    other.close()


def test_sessions_survive_reloads_expire_and_end(staffed):
    token = staffed.create_session("officer")
    assert len(token) >= 40
    assert staffed.session_user(token, idle_minutes=60).username == "officer"
    assert staffed.session_user("forged-token", idle_minutes=60) is None
    assert staffed.session_user(token, idle_minutes=0) is None  # idle longer than allowed: gone
    assert staffed.session_user(token, idle_minutes=60) is None
    token = staffed.create_session("officer")
    staffed.end_session(token)
    assert staffed.session_user(token, idle_minutes=60) is None
    token = staffed.create_session("planner")
    staffed.set_user_active("planner", False, by="admin")
    assert staffed.session_user(token, idle_minutes=60) is None  # deactivated: out at once
    with pytest.raises(PermissionDenied):
        staffed.create_session("retired")
    stored = [r[0] for r in staffed.table_rows("user_sessions")]
    assert token not in stored  # only hashes are kept
    token = staffed.create_session("officer")
    stored = [r[0] for r in staffed.table_rows("user_sessions")]
    assert len(stored) == 1 and token not in stored


def test_a_password_reset_ends_the_users_sessions(staffed):
    token = staffed.create_session("officer")
    staffed.set_password("officer", "another long passphrase", by="admin")
    assert staffed.session_user(token, idle_minutes=60) is None


def test_a_whole_layer_read_equals_the_row_by_row_read(staffed, monkeypatch):
    """Large layers are read column-wise (GeoPackage: GDAL's Arrow reader); what comes back is the same frame."""
    from geo.schema import get_layer
    from geo.store import gpkg

    store = staffed
    p = a_parcel(store, "inventory")
    store.set_blocked(p["id"], True, user="officer", reason="Tranh chấp ranh giới — hộ ông Đặng")
    q = a_parcel(store, "notice_issued")
    store.update_parcels([ParcelChange(q["id"], stage="inventory", document_ref="QĐ 5/2026", expect_version=q["version"])],
                         user="officer")
    plot = store.read_layer("plots").iloc[0]
    store.update_plots([PlotChange(plot["id"], utilities={"water": not plot["utility_water"]})], user="officer")
    if store.kind == "gpkg":  # text GDAL would parse as a date: it must come back as stored
        conn = store._connect()  # with the GeoPackage functions its triggers call
        conn.execute("UPDATE parcels SET stage_since = '2024-03-01T00:00:00' WHERE id = ?", (p["id"],))
        conn.execute("UPDATE parcels SET stage_since = 'không rõ' WHERE id = ?", (q["id"],))
        conn.close()
    monkeypatch.setattr(gpkg, "COLUMNAR_MIN_ROWS", 0)  # every layer through the column-wise path
    for name in LAYER_ORDER:
        layer = get_layer(name)
        for cols in (list(layer.names), list(layer.public_names)):
            fast = store.read_layer(name, columns=cols)
            if store.kind == "gpkg":
                assert store._read_columnar(layer, cols) is not None  # the fast path did read it
            rows = store._read_rows(layer, cols, None, None)
            pd.testing.assert_frame_equal(fast.drop(columns="geometry"), rows.drop(columns="geometry"))
            assert list(fast.geometry.to_wkb()) == list(rows.geometry.to_wkb()), name


def test_a_column_wise_read_keeps_the_write_lock_this_process_holds(gpkg_url, monkeypatch):
    """GDAL has its own SQLite: reading through it in the app's process would drop the app's file locks."""
    import sqlite3
    import subprocess
    import sys

    from geo.store import gpkg

    monkeypatch.setattr(gpkg, "COLUMNAR_MIN_ROWS", 0)
    store = open_store(gpkg_url)
    writer = sqlite3.connect(gpkg_url, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    try:
        assert store._read_columnar(LAYERS["parcels"], ["id"]) is not None
        other = subprocess.run([sys.executable, "-c", "import sqlite3, sys\n"
                                "sqlite3.connect(sys.argv[1], timeout=0.2).execute('BEGIN IMMEDIATE')", gpkg_url],
                               capture_output=True, text=True)
        assert other.returncode != 0 and "locked" in other.stderr  # still ours
    finally:
        writer.rollback()
        writer.close()
        store.close()


def test_a_plot_edit_bumps_its_version_is_audited_and_a_stale_one_is_refused(staffed):
    store = staffed
    plot = store.read_layer("plots").iloc[0]
    counter = store.change_counter()
    new = "reserved" if plot["lease_status"] != "reserved" else "available"
    [version] = store.update_plots([PlotChange(plot["id"], lease_status=new, expect_version=int(plot["version"]),
                                               note="Biên bản ghi nhớ số 12")], user="officer")
    after = store.read_layer("plots", ids=[plot["id"]]).iloc[0]
    assert after["lease_status"] == new and after["version"] == version == plot["version"] + 1
    assert after["updated_by"] == "officer" and store.change_counter() == counter + 1
    [change] = store.plot_history(plot["id"])
    assert change["by"] == "officer" and change["at"].endswith("Z")
    assert f"lease_status: {plot['lease_status']} → {new}" in change["detail"] and "Biên bản ghi nhớ số 12" in change["detail"]
    before = snapshot(store)
    with pytest.raises(ConflictError, match="Plot .* was changed by officer"):
        store.update_plots([PlotChange(plot["id"], lease_status="leased", expect_version=int(plot["version"]))],
                           user="officer")
    with pytest.raises(InputError, match="Unknown lease status|not one of"):
        store.update_plots([PlotChange(plot["id"], lease_status="sold")], user="officer")
    with pytest.raises(NotFoundError, match="No plot with id"):
        store.update_plots([PlotChange("no-such-plot", lease_status="leased")], user="officer")
    with pytest.raises(PermissionDenied):
        store.update_plots([PlotChange(plot["id"], lease_status="leased")], user="investor")
    assert snapshot(store) == before


def _before_upgrade(conn, schema: str = "") -> dict:
    """What a SiteReady 1 store holds (read with plain SQL, before any SiteReady opens it)."""
    q = f"{schema}." if schema else ""

    def one(sql):
        return conn.execute(sql).fetchall()

    return {
        "version": one(f"SELECT value FROM {q}siteready_meta WHERE key = 'schema_version'")[0][0],
        "lots": one(f"SELECT id, clearance_stage, lease_status, version, zone_id FROM {q}parcels ORDER BY fid"),
        "events": one(f"SELECT COUNT(*) FROM {q}clearance_events")[0][0],
        "personal": one(f"SELECT parcel_id, owner_name FROM {q}parcel_personal ORDER BY parcel_id"),
        "users": sorted(r[0] for r in one(f"SELECT username FROM {q}users")),
    }


def _assert_upgraded(url: str, before: dict) -> None:
    """Each lot became a plot and a cadastral parcel of the same id; history, personal fields and users stayed;
    a second open changes nothing."""
    assert before["version"] == "1" and before["lots"]
    lots = before["lots"]
    store = open_store(url)
    assert store.meta()["schema_version"] == str(SCHEMA_VERSION)
    assert check(store) == []  # and the derived state of schema 3 made from them
    plots, parcels = store.read_layer("plots"), store.read_layer("parcels")
    assert list(plots["id"]) == list(parcels["id"]) == [lot[0] for lot in lots]
    assert list(parcels["clearance_stage"]) == [lot[1] for lot in lots]
    assert list(plots["lease_status"]) == [lot[2] for lot in lots]
    assert list(parcels["version"]) == [lot[3] for lot in lots] and list(plots["zone_id"]) == [lot[4] for lot in lots]
    assert (parcels["recovered_m2"] == parcels["area_m2"]).all() and parcels["commune_id"].notna().all()
    cover = store.read_cover()  # each lot lies beneath the plot it became (and touches its neighbours by less)
    own = cover[cover["plot_id"] == cover["parcel_id"]].set_index("plot_id")["area_m2"]
    assert set(own.index) == set(parcels["id"])
    assert own.loc[list(parcels["id"])].to_numpy() == pytest.approx(parcels["area_m2"].to_numpy(), abs=0.05)
    assert len(store.events()) == before["events"]
    for pid, name in before["personal"]:
        assert store.personal(pid, user="officer")["owner_name"] == name
    assert [u.username for u in store.list_users()] == before["users"]
    # The upgraded store works: a clearance edit and a plot edit.
    p = parcels[parcels["clearance_stage"] == "inventory"].iloc[0]
    store.set_stage(p["id"], "plan_posted", user="officer", note="Sau nâng cấp")
    store.update_plots([PlotChange(p["id"], lease_status="reserved")], user="officer")
    counter = store.change_counter()
    again = open_store(url)
    assert again.read_layer("plots").shape == plots.shape and again.change_counter() == counter
    store.close()
    again.close()


def test_an_old_geopackage_store_is_upgraded_in_place_nothing_lost(tmp_path):
    """A SiteReady 1 GeoPackage (lots with clearance in one layer) opens as schema 2."""
    import shutil

    db = tmp_path / "old.gpkg"
    shutil.copy(ROOT / "tests" / "data" / "siteready1.gpkg", db)
    with sqlite3.connect(db) as conn:
        before = _before_upgrade(conn)
    conn.close()
    _assert_upgraded(str(db), before)


@pytest.mark.postgis
def test_an_old_postgis_store_is_upgraded_in_place_nothing_lost(postgis_server, postgis_empty_url):
    """The same SiteReady 1 store in PostGIS (restored from its pg_dump) opens as schema 2."""
    import subprocess

    import psycopg

    dump = ROOT / "tests" / "data" / "siteready1_postgis.sql"
    subprocess.run([str(postgis_server.bindir / "psql"), "-q", "-v", "ON_ERROR_STOP=1", "-d", postgis_empty_url,
                    "-f", str(dump)], check=True, capture_output=True)
    with psycopg.connect(postgis_empty_url) as conn:
        before = _before_upgrade(conn, "siteready1")
    _assert_upgraded(f"{postgis_empty_url}?schema=siteready1", before)


def test_a_zone_reshaped_by_an_import_places_its_parcels_again(staffed, tmp_path):
    """Where a parcel lies follows the zones: a park cut to half by a new survey leaves the parcels of the
    other half outside it (recovering nothing), and cuts the parcels on its new boundary; clearance and
    versions stay as they were."""
    from geo.imports import plan_store_import

    store = staffed
    zones = store.read_layer("zones")
    park = zones[zones["id"] == "kcn-le-mon"].iloc[0]
    minx, miny, maxx, maxy = park.geometry.bounds
    half = park.geometry.intersection(shapely.box(minx, miny, (minx + maxx) / 2, maxy))
    before = store.read_layer("parcels")
    mine = before[before["zone_id"] == "kcn-le-mon"]
    assert len(mine)
    survey = zones[zones["id"] == "kcn-le-mon"].copy()
    survey["geometry"] = [half]
    path = tmp_path / "zone.geojson"
    survey.to_file(path, driver="GeoJSON")
    counter = store.change_counter()
    report = store.apply_import(plan_store_import(store, path, "zones"), user="officer")
    assert report.updated == ["kcn-le-mon"] and report.replaced > 0
    after = store.read_layer("parcels").set_index("id").loc[list(mine["id"])]
    left = shapely.contains(shapely.box(minx, miny, (minx + maxx) / 2, maxy), after.geometry.values)
    outside = ~shapely.intersects(half, after.geometry.values)
    assert outside.any() and left.any()
    assert after.loc[outside, "zone_id"].ne("kcn-le-mon").all()
    assert (after.loc[outside & after["zone_id"].isna().to_numpy(), "recovered_m2"] == 0).all()
    assert after.loc[left, "zone_id"].eq("kcn-le-mon").all()
    assert (after["recovered_m2"] <= after["area_m2"] + 0.01).all()
    assert after["recovered_m2"].sum() < mine["recovered_m2"].sum()
    assert list(after["version"]) == list(mine["version"])
    assert list(after["clearance_stage"]) == list(mine["clearance_stage"])
    assert store.change_counter() == counter + 1


def test_the_store_records_which_parcels_lie_beneath_which_plot_and_an_import_keeps_it_true(staffed, tmp_path):
    """plot_cover, written when the store is made and by every import of plots or parcels, is what
    intersecting the layers gives; plots derive their clearance over it."""
    import geopandas as gpd

    from geo import plots as gplots
    from geo.imports import plan_store_import

    store = staffed
    plots, parcels = store.read_layer("plots"), store.read_layer("parcels")

    def same_as_computed() -> None:
        now_plots, now_parcels = store.read_layer("plots"), store.read_layer("parcels")
        recorded = gplots.pairs_by_id(store.read_cover(), now_plots, now_parcels)
        _, computed = gplots.derived(now_plots, now_parcels)
        got = {(int(a), int(b)): m for a, b, m in recorded.itertuples(index=False)}
        want = {(int(a), int(b)): m for a, b, m in computed.itertuples(index=False)}
        assert got.keys() == want.keys()
        assert [got[k] for k in want] == pytest.approx(list(want.values()), abs=0.01)

    same_as_computed()
    _, computed = gplots.derived(plots, parcels)
    # A new parcel in the middle of a plot, and an existing parcel moved 3 km away from its plots.
    plot = plots.iloc[0]
    centre = plot.geometry.centroid
    moved_id = gplots.beneath(computed, 0)[0][0]
    moved = parcels.iloc[[moved_id]].copy()
    moved["geometry"] = moved.geometry.translate(0.03, 0.0)
    new = gpd.GeoDataFrame({"id": ["new-parcel-1"], "clearance_stage": ["handed_over"]},
                           geometry=[shapely.box(centre.x - 5e-5, centre.y - 5e-5, centre.x + 5e-5, centre.y + 5e-5)],
                           crs=4326)
    survey = pd.concat([moved[["id", "clearance_stage", "geometry"]], new], ignore_index=True)
    path = tmp_path / "survey.geojson"
    gpd.GeoDataFrame(survey, crs=4326).to_file(path, driver="GeoJSON")
    store.apply_import(plan_store_import(store, path, "parcels", note="Đo đạc lại"), user="officer")
    cover = store.read_cover()
    assert ((cover["plot_id"] == plot["id"]) & (cover["parcel_id"] == "new-parcel-1")).sum() == 1
    assert not ((cover["plot_id"] == plot["id"]) & (cover["parcel_id"] == parcels["id"].iat[moved_id])).any()
    same_as_computed()


def outside_parcels(store, tmp_path, user: str = "officer") -> None:
    """Half of Lễ Môn cut off by a new survey of the park: the parcels of the other half lie in no zone."""
    from geo.imports import plan_store_import

    zones = store.read_layer("zones")
    park = zones[zones["id"] == "kcn-le-mon"].copy()
    minx, miny, maxx, maxy = park.geometry.iat[0].bounds
    park["geometry"] = [park.geometry.iat[0].intersection(shapely.box(minx, miny, (minx + maxx) / 2, maxy))]
    park.to_file(tmp_path / "zone.geojson", driver="GeoJSON")
    store.apply_import(plan_store_import(store, tmp_path / "zone.geojson", "zones"), user=user)


def test_a_zones_parcels_come_a_page_at_a_time_in_store_order_with_their_count(staffed, tmp_path):
    """The clearance page's lists: a zone's parcels (or those in no zone, or all), some stages of them, a page
    of them, without geometry, typed as a whole-layer read types them; and how many there are."""
    from geo.aggregates import NO_ZONE

    store = staffed
    outside_parcels(store, tmp_path)
    fields = ["sheet_no", "parcel_no", "clearance_stage", "blocked", "blocked_reason", "version"]
    every = pd.DataFrame(store.read_layer("parcels", columns=[*fields, "zone_id"]).drop(columns="geometry"))
    zone = every["zone_id"].value_counts().index[0]  # the largest zone: more parcels than a page
    for where, rows in ((zone, every[every["zone_id"] == zone]), (NO_ZONE, every[every["zone_id"].isna()]),
                        (None, every)):
        rows = rows[["id", *fields]].reset_index(drop=True)
        assert len(rows) > 100, where
        assert store.count_zone_parcels(where) == len(rows)
        pd.testing.assert_frame_equal(store.zone_parcels(where, fields), rows)
        pd.testing.assert_frame_equal(store.zone_parcels(where, fields, offset=60, limit=30),
                                      rows.iloc[60:90].reset_index(drop=True))
        pd.testing.assert_frame_equal(store.zone_parcels(where, fields, offset=len(rows) - 7, limit=100),
                                      rows.iloc[-7:].reset_index(drop=True))  # the last page: what is left
        assert store.zone_parcels(where, fields, offset=len(rows), limit=100).empty
        pd.testing.assert_frame_equal(store.zone_parcels(where, fields, offset=len(rows) - 7),
                                      rows.iloc[-7:].reset_index(drop=True))
        some = ["plan_posted", "handed_over"]
        at = rows[rows["clearance_stage"].isin(some)].reset_index(drop=True)
        assert store.count_zone_parcels(where, stages=some) == len(at) > 0
        pd.testing.assert_frame_equal(store.zone_parcels(where, fields, stages=some, offset=3, limit=50),
                                      at.iloc[3:53].reset_index(drop=True))
        assert store.count_zone_parcels(where, stages=[]) == 0 and store.zone_parcels(where, fields, stages=[]).empty
    assert store.count_zone_parcels("no-such-zone") == 0 and store.zone_parcels("no-such-zone", fields).empty
    with pytest.raises(InputError, match="no_such_field"):
        store.zone_parcels(zone, ["no_such_field"])


@pytest.mark.parametrize("batch", [2000, 7])
def test_a_search_of_a_zones_parcels_finds_what_the_picker_finds(store, batch, monkeypatch):
    """A search through a zone (sheet/parcel number, "tờ 12 thửa 3", part of an id, a number alone) gives what
    geo.picker.matching gives over the zone's parcels, in store order, a page at a time (in batches of any size)."""
    from geo.picker import matching, search_key

    monkeypatch.setattr(type(store), "SEARCH_BATCH", batch)
    every = pd.DataFrame(store.read_layer("parcels", columns=["sheet_no", "parcel_no", "zone_id"]))
    zone = every["zone_id"].value_counts().index[0]
    mine = every[every["zone_id"] == zone]
    ids = list(mine["id"])
    keys = [search_key(i, sh, no) for i, sh, no in zip(ids, mine["sheet_no"], mine["parcel_no"])]
    sheet, number = mine["sheet_no"].iat[40], mine["parcel_no"].iat[40]
    queries = [f"{sheet}/{number}", f"tờ {sheet} thửa {number}", f"TO {sheet} THUA", str(number), str(sheet),
               ids[40][:8], ids[40][-5:], ids[40].upper(), "1", "zz-nothing", "%", "_", "!"]
    for query in queries:
        want = matching(ids, query, len(ids), keys=keys)
        got = store.zone_parcels(zone, ["sheet_no", "parcel_no"], text=query)
        assert list(got["id"]) == want, query
        assert list(store.zone_parcels(zone, [], text=query, limit=5)["id"]) == want[:5], query
        assert list(store.zone_parcels(zone, [], text=query, offset=3, limit=4)["id"]) == want[3:7], query
    assert 0 < len(store.zone_parcels(zone, [], text=f"{sheet}/{number}")) < len(ids)
    assert list(store.zone_parcels(zone, [], text="  ")["id"]) == ids  # a blank search: every parcel


def test_a_zones_parcels_in_a_box_come_with_their_geometry(store):
    """The zone map's parcels: a zone's parcels whose envelope meets a box, with their outlines (or all of them)."""
    every = store.read_layer("parcels", columns=["clearance_stage", "zone_id", "area_m2"])
    zone = every["zone_id"].value_counts().index[0]
    mine = every[every["zone_id"] == zone].reset_index(drop=True)
    c = mine.geometry.iat[len(mine) // 2].centroid
    box = (c.x - 0.003, c.y - 0.003, c.x + 0.003, c.y + 0.003)
    inside = store.read_layer("parcels", bbox=box)  # (a GeoPackage's R-tree holds boxes a little larger)
    inside = inside[inside["zone_id"] == zone]
    assert 0 < len(inside) < len(mine)
    assert store.count_zone_parcels(zone, bbox=box) == len(inside)
    got = store.zone_parcels_in(zone, ["clearance_stage", "area_m2"], bbox=box)
    assert isinstance(got, gpd.GeoDataFrame) and got.crs.to_epsg() == 4326
    assert list(got["id"]) == list(inside["id"])
    assert shapely.equals(got.geometry.values, inside.geometry.values).all()
    assert list(store.zone_parcels_in(zone, ["clearance_stage"])["id"]) == list(mine["id"])
