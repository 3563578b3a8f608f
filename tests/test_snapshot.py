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
    p = first.layers["parcels"]
    ids = list(p[p.clearance_stage == "compensation_paid"].id[:3])
    s.update_parcels([ParcelChange(i, stage="handed_over", document_ref="BB 1") for i in ids], user="lan")
    s.set_blocked(ids[0], True, user="lan", reason="Tranh chấp")
    second = build_snapshot(s, s.change_counter(), first)
    assert second.parcel_tree is first.parcel_tree  # geometry untouched: the index is shared, not rebuilt
    full = build_snapshot(s, s.change_counter())
    pd.testing.assert_frame_equal(second.layers["parcels"].drop(columns="geometry"),
                                  full.layers["parcels"].drop(columns="geometry"))
    assert (second.ready.parcels["tier"].to_numpy() == full.ready.parcels["tier"].to_numpy()).all()
    assert set(first.layers["parcels"].set_index("id").loc[ids, "clearance_stage"]) == {"compensation_paid"}


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


def test_the_parcel_picker_of_a_large_project_lists_matches_and_keeps_the_edited_parcel():
    from geo.picker import matching

    ids = [f"kcn-le-mon-{i:05d}" for i in range(40_000)]
    assert matching(ids, "", 500) == ids[:500]
    assert matching(ids, "01234", 500) == ["kcn-le-mon-01234"]
    assert matching(ids, "LÊ MÔN 3999", 500) == [i for i in ids if "3999" in i]  # diacritics and case ignored
    kept = matching(ids, "", 500, keep="kcn-le-mon-39999")
    assert kept[0] == "kcn-le-mon-39999" and len(kept) == 500
    assert matching(ids, "no such parcel", 500, keep="kcn-le-mon-00007") == ["kcn-le-mon-00007"]
