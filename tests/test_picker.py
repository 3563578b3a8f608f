"""The parcel picker of a large project (geo.picker): a search narrows the list, the edited parcel stays in it."""

from __future__ import annotations

from geo.picker import matching


def test_the_parcel_picker_of_a_large_project_lists_matches_and_keeps_the_edited_parcel():
    ids = [f"kcn-le-mon-{i:05d}" for i in range(40_000)]
    assert matching(ids, "", 500) == ids[:500]
    assert matching(ids, "01234", 500) == ["kcn-le-mon-01234"]
    assert matching(ids, "LÊ MÔN 3999", 500) == [i for i in ids if "3999" in i]  # diacritics and case ignored
    kept = matching(ids, "", 500, keep="kcn-le-mon-39999")
    assert kept[0] == "kcn-le-mon-39999" and len(kept) == 500
    assert matching(ids, "no such parcel", 500, keep="kcn-le-mon-00007") == ["kcn-le-mon-00007"]


def test_a_small_list_is_cut_at_the_limit_and_a_missing_kept_parcel_is_not_added():
    ids = ["a-1", "a-2", "a-3"]
    assert matching(ids, None, 2) == ["a-1", "a-2"]
    assert matching(ids, "  ", 5) == ids
    assert matching(ids, "a 3", 5) == ["a-3"]  # every word, in any order
    assert matching(ids, "", 2, keep="b-9") == ["a-1", "a-2"]  # not one of ids: nothing to keep
