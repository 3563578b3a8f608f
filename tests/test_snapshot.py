"""The app's shared snapshot: refreshed from the edited parcels only, and equal to a full read."""

from __future__ import annotations

import pandas as pd

from geo.store import ParcelChange, open_store
from tests.conftest import PASSWORD
from layers.snapshot import build_snapshot


def test_an_edit_refreshes_only_what_changed_and_equals_a_full_read(store_url):
    s = open_store(store_url)
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("lan", "officer", PASSWORD, by="admin")
    first = build_snapshot(s, s.change_counter())
    assert not first.cadastre_loaded  # the map's state needs no cadastral parcel in memory
    p = first.parcels
    ids = list(p[p.clearance_stage == "compensation_paid"].id[:3])
    s.update_parcels([ParcelChange(i, stage="handed_over", document_ref="BB 1") for i in ids], user="lan")
    s.set_blocked(ids[0], True, user="lan", reason="Tranh chấp")
    second = build_snapshot(s, s.change_counter(), first)
    assert second.parcel_tree is first.parcel_tree  # geometry untouched: the index is shared, not rebuilt
    full = build_snapshot(s, s.change_counter())
    pd.testing.assert_frame_equal(second.parcels.drop(columns="geometry"), full.parcels.drop(columns="geometry"))
    pd.testing.assert_frame_equal(second.zone_sums, full.zone_sums)
    assert (second.ready.plots["tier"].to_numpy() == full.ready.plots["tier"].to_numpy()).all()
    pd.testing.assert_frame_equal(second.layers["plots"].drop(columns="geometry"),
                                  full.layers["plots"].drop(columns="geometry"))  # the derived clearance too
    assert set(first.parcels.set_index("id").loc[ids, "clearance_stage"]) == {"compensation_paid"}


def test_a_snapshot_never_read_whole_asks_the_store_for_the_parcels_it_shows(store_url):
    s = open_store(store_url)
    snap = build_snapshot(s, s.change_counter())
    plot = snap.layers["plots"].sort_values("parcel_count")["id"].iat[-1]
    beneath = snap.parcels_beneath(plot)
    pid = beneath["id"].iat[0]
    assert snap.plots_over(pid)["id"].tolist().count(plot) == 1
    rec = snap.parcel_record(pid)
    w, so, e, n = rec["geometry"].bounds
    assert pid in set(snap.parcels_in((w, so, e, n), 100)[0]["id"])
    # A view holding more parcels than are sent: the nearest its centre, chosen by the store, as from memory.
    box = (w - 0.01, so - 0.01, e + 0.01, n + 0.01)
    near, total = snap.parcels_in(box, 10)
    assert total > 10 and len(near) == 10 and pid in set(near["id"])
    # Counted up to a cap (a dense view's count would cost seconds): the cap, or the count below it.
    capped, upto = snap.parcels_in(box, 10, count_up_to=total - 1)
    assert upto == total - 1 and sorted(capped["id"]) == sorted(near["id"])
    assert snap.parcels_in(box, 10, count_up_to=total + 5)[1] == total
    assert snap.feature_geometry("parcel", pid).equals(rec["geometry"])
    assert not snap.cadastre_loaded  # all of it from the store
    whole = build_snapshot(s, s.change_counter())  # the same answers from the parcels in memory
    whole.cadastre()
    assert sorted(whole.parcels_beneath(plot)["id"]) == sorted(beneath["id"])
    assert sorted(whole.parcels_beneath(plot)["under_m2"]) == sorted(beneath["under_m2"])
    assert whole.cadastre_loaded
    mem, mem_total = whole.parcels_in(box, 10)
    assert abs(mem_total - total) <= 2 and pid in set(mem["id"])  # (an R-tree keeps 32-bit boxes, rounded outwards)
    assert len(set(mem["id"]) & set(near["id"])) >= 8  # envelope centres vs. the database's own distance


def test_an_import_reads_everything_again(store_url, tmp_path):
    import geopandas as gpd
    import shapely

    from geo.imports import plan_import, province_outline

    s = open_store(store_url)
    s.add_user("admin", "admin", PASSWORD)
    first = build_snapshot(s, s.change_counter())
    gdf = gpd.GeoDataFrame({"id": ["rail-new"], "kind": ["rail_station"], "name_vi": ["Ga mới"],
                            "name_en": ["New station"], "source": ["khảo sát"], "confidence": ["cao"]},
                           geometry=[shapely.Point(105.7, 19.6)], crs=4326)
    gdf.to_file(tmp_path / "ga.geojson", driver="GeoJSON")
    plan = plan_import(tmp_path / "ga.geojson", "infrastructure", province=province_outline(s))
    s.apply_import(plan, user="admin")
    second = build_snapshot(s, s.change_counter(), first)
    assert "rail-new" in set(second.layers["infrastructure"]["id"])


def test_an_account_change_keeps_the_layers(gpkg_url):
    s = open_store(gpkg_url)
    s.add_user("admin", "admin", PASSWORD)
    first = build_snapshot(s, s.change_counter())
    s.add_user("lan", "officer", PASSWORD, by="admin")
    s.set_user_active("lan", False, by="admin")
    second = build_snapshot(s, s.change_counter(), first)
    assert all(second.layers[name] is first.layers[name] for name in first.layers)
    assert second.mark != first.mark  # the next snapshot starts from here


def test_search_finds_zones_then_plots_and_parcels_by_any_words_without_diacritics(gpkg_url):
    from layers.snapshot import lookup
    from tests.cadastral import number_parcel

    numbered = number_parcel(gpkg_url, "907", "8123")
    snap = build_snapshot(open_store(gpkg_url), 1)
    zone_id, (vi, en) = next(iter(snap.zone_names.items()))
    hits = lookup(snap, vi.upper())
    assert hits[0][:2] == ("zone", zone_id) and hits[0][2] == f"{vi} · {en}"
    plot = snap.layers["plots"]["id"].iat[0]
    assert ("plot", plot, plot) in lookup(snap, plot, limit=1000)
    parcel = snap.parcels["id"].iat[-1]
    assert ("parcel", parcel) in [h[:2] for h in lookup(snap, parcel, limit=1000)]
    label = f"907/8123 · {numbered}"
    for text in ("907/8123", "tờ 907 thửa 8123", "to 907 thua 8123"):  # by sheet and parcel number
        assert lookup(snap, text) == [("parcel", numbered, label)], text
    assert lookup(snap, "907/8123", kinds=("zone", "plot")) == []  # investors search zones and plots only
    kinds = [k for k, _, _ in lookup(snap, "k", limit=1000)]
    assert kinds == sorted(kinds, key=lambda k: k != "zone")  # zones first
    assert len(lookup(snap, "k", limit=5)) == 5
    assert lookup(snap, "   ") == [] and lookup(snap, "no such place anywhere") == []


def test_zone_ids_geometries_and_members(gpkg_url):
    snap = build_snapshot(open_store(gpkg_url), 1)
    zones, parcels = snap.layers["zones"], snap.parcels
    assert snap.zone_ids() == sorted(set(zones["id"]) | set(snap.layers["plots"]["zone_id"]))
    assert snap.zone_ids() is snap.zone_ids()  # made once per snapshot
    pid = parcels["id"].iat[3]
    assert snap.feature_geometry("parcel", pid).equals(parcels.geometry.iat[3])
    assert snap.feature_geometry("zone", zones["id"].iat[0]).equals(zones.geometry.iat[0])
    assert snap.feature_geometry("parcel", "nope") is None and snap.feature_geometry("site", pid) is None
    ez = zones.loc[zones["kind"] == "kkt", "id"].iat[0]
    members = snap.zone_members(ez)
    assert ez in members and len(members) > 1  # the economic zone holds parks
    assert snap.zone_name(ez, "en") == zones.loc[zones["id"] == ez, "name_en"].iat[0]
    assert snap.zone_name("unknown", "vi") == "unknown"


def test_tile_codes_carry_stage_tier_blocked_zone_and_area(gpkg_url):
    from geo.stages import STAGES
    from layers.snapshot import plot_tile_codes

    snap = build_snapshot(open_store(gpkg_url), 1)
    p = snap.layers["plots"]
    codes = plot_tile_codes(snap)
    assert codes.shape == (len(p), 5)
    assert [STAGES[i] for i in codes[:20, 0]] == list(p["clearance_stage"][:20])
    assert (codes[:, 1] == snap.ready.plots["tier"].to_numpy()).all()
    assert [snap.zone_ids()[i] for i in codes[:20, 3]] == list(p["zone_id"][:20])
    assert codes[0, 4] == round(p["area_ha"].iat[0] * 10)
