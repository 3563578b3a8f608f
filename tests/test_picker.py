"""The parcel picker of a large project (geo.picker): a search narrows the list, the edited parcel stays in it."""

from __future__ import annotations

from geo.picker import chosen, label_of, matching, picked_id, search_key


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


def test_officers_find_a_parcel_by_its_sheet_and_parcel_number():
    ids = ["16636-12-345", "16636-12-3456", "16636-7-345", "kcn-x-001"]
    keys = [search_key("16636-12-345", "12", "345"), search_key("16636-12-3456", "12", "3456"),
            search_key("16636-7-345", "7", 345), search_key("kcn-x-001", None, None)]
    assert matching(ids, "12/345", 10, keys=keys) == ["16636-12-345"]  # not 12/3456
    assert matching(ids, "tờ 12 thửa 345", 10, keys=keys) == ["16636-12-345"]
    assert matching(ids, "TO 7 THUA 345", 10, keys=keys) == ["16636-7-345"]
    assert matching(ids, "345", 10, keys=keys) == ["16636-12-345", "16636-7-345"]  # a parcel no. as a whole word
    assert matching(ids, "x-00", 10, keys=keys) == ["kcn-x-001"]  # part of an id, as before
    assert matching(ids, "12/345", 10, keys=None) == []  # ids alone carry no sheet/parcel numbers
    assert search_key("a", float("nan"), "1") == "a"  # a missing number: the id alone


def test_a_picker_that_reports_the_label_it_showed_still_names_its_parcel():
    """Issue 14.2: a save changes the parcel's label (its stage); the picker then reports the old label, which
    once named no parcel and sent the officer to the zone's first parcel."""
    ids = ["a-1", "a-2", "a-3"]
    assert label_of("a-2", "Đã chi trả bồi thường") == "a-2 — Đã chi trả bồi thường"
    assert picked_id("a-2", ids) == "a-2"
    assert picked_id(label_of("a-2", "Phê duyệt phương án"), ids) == "a-2"  # an old label
    assert picked_id(label_of("b-9", "x"), ids) is None and picked_id(None, ids) is None
    assert picked_id("a-2 (no separator)", ids) is None
    named = label_of("a-2", "Phê duyệt phương án", "12/345 · a-2")  # a numbered parcel's label
    assert named == "12/345 · a-2 — Phê duyệt phương án" and picked_id(named, ids) == "a-2"


def test_the_parcel_chosen_a_new_click_then_the_picker_then_the_one_being_edited_then_the_link():
    ids = ["a-1", "a-2", "a-3"]
    assert chosen(ids) == "a-1"
    assert chosen(ids, linked="a-3") == "a-3"
    assert chosen(ids, editing="a-2", linked="a-3") == "a-2"
    assert chosen(ids, picked="a-3 — old label", editing="a-2") == "a-3"
    assert chosen(ids, clicked="a-1", picked="a-3", editing="a-2") == "a-1"
    assert chosen(ids, clicked="b-1", picked="b-2", editing="b-3", linked="b-4") == "a-1"  # another zone's
