"""Clearance stages: order, transition rules, deadlines, hand-typed labels."""

from __future__ import annotations

from datetime import date

import pytest

from geo.errors import InputError
from geo.stages import STAGES, check_transition, deadline_flags, fold, parse_stage


def test_stage_names_are_exactly_the_designs():
    assert STAGES == ("not_started", "notice_issued", "inventory", "plan_posted", "plan_approved",
                      "compensation_paid", "handed_over")


def test_forward_one_step_needs_no_note():
    assert check_transition("inventory", "plan_posted", None).kind == "forward"


@pytest.mark.parametrize("a, b, kind", [("not_started", "inventory", "skip"), ("handed_over", "inventory", "back")])
def test_skip_and_back_need_a_note(a, b, kind):
    with pytest.raises(InputError, match="note"):
        check_transition(a, b, "  ")
    assert check_transition(a, b, "Quyết định điều chỉnh").kind == kind


def test_deadlines():
    assert deadline_flags("notice_issued", date(2025, 1, 1), today=date(2026, 2, 1)) == ["notice_expired"]
    assert deadline_flags("notice_issued", date(2025, 6, 1), today=date(2026, 2, 1)) == []
    assert deadline_flags("plan_approved", date(2026, 1, 1), today=date(2026, 2, 15)) == ["payment_overdue"]
    assert deadline_flags("plan_approved", date(2026, 2, 1), today=date(2026, 2, 15)) == []
    assert deadline_flags("handed_over", date(2020, 1, 1), today=date(2026, 2, 15)) == []


@pytest.mark.parametrize(
    "label, stage",
    [
        ("Chưa GPMB", "not_started"),
        ("chua gpmb", "not_started"),
        ("CHƯA TRIỂN KHAI", "not_started"),
        ("Đã thông báo thu hồi", "notice_issued"),
        ("da thong bao thu hoi dat", "notice_issued"),
        ("Đang kiểm đếm", "inventory"),
        ("Đã niêm yết phương án", "plan_posted"),
        ("Đã phê duyệt PA", "plan_approved"),
        ("đã phê duyệt phương án", "plan_approved"),
        ("Đã chi trả", "compensation_paid"),
        ("Đã bàn giao mặt bằng", "handed_over"),
        ("đã bàn giao", "handed_over"),
        ("handed_over", "handed_over"),
        ("Compensation paid", "compensation_paid"),
    ],
)
def test_hand_typed_labels(label, stage):
    assert parse_stage(label) == stage


def test_unknown_label_is_refused():
    with pytest.raises(InputError, match="Unknown clearance stage label 'đang bay'"):
        parse_stage("đang bay")


def test_fold_strips_diacritics():
    assert fold("Đã Bàn Giao  Mặt Bằng") == "da ban giao mat bang"


def test_the_overdue_list_applies_the_deadline_rule_to_every_parcel(default_gpkg):
    from geo.landfund import overdue
    from geo.store import open_store
    from geo.timeutil import iso_date

    parcels = open_store(str(default_gpkg)).read_layer("parcels")
    odd = parcels.index[:4]  # unreadable, missing, a timestamp with a zone (its own calendar date counts), d/m/y
    parcels.loc[odd, "stage_since"] = ["không rõ", None, "2025-12-31T22:00:00-05:00", "01/12/2024"]
    parcels.loc[odd, "clearance_stage"] = "plan_approved"
    today = date(2027, 6, 1)
    expected = sorted(
        (pid, zone, stage, since, flag, (today - iso_date(since)).days)
        for pid, zone, stage, since in zip(parcels.id, parcels.zone_id, parcels.clearance_stage, parcels.stage_since)
        for flag in deadline_flags(stage, iso_date(since), today))
    got = overdue(parcels, today)
    assert expected and sorted(map(tuple, got.itertuples(index=False))) == expected
    assert parcels.id[odd[2]] in set(got.parcel_id) and parcels.id[odd[0]] not in set(got.parcel_id)
    assert list(got["days"]) == sorted(got["days"], reverse=True)  # most overdue first
