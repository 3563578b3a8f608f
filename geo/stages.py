"""Clearance stages under the Land Law 2024 (Law 31/2024/QH15) and the rules between them.

The stages are ordered; an officer moves a parcel forward one stage at a time.
Skipping a stage or going back is allowed only with a note that says why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import InputError

STAGES: tuple[str, ...] = (
    "not_started",
    "notice_issued",
    "inventory",
    "plan_posted",
    "plan_approved",
    "compensation_paid",
    "handed_over",
)

#: Vietnamese and English names of each stage, as in the design notes.
STAGE_LABELS: dict[str, tuple[str, str]] = {
    "not_started": ("Chưa triển khai", "Not started"),
    "notice_issued": ("Thông báo thu hồi đất", "Land recovery notice issued"),
    "inventory": ("Điều tra, khảo sát, đo đạc, kiểm đếm", "Survey and inventory"),
    "plan_posted": ("Lập và niêm yết phương án BT-HT-TĐC", "Compensation plan posted"),
    "plan_approved": ("Phê duyệt phương án bồi thường, hỗ trợ, TĐC", "Compensation plan approved"),
    "compensation_paid": ("Đã chi trả bồi thường", "Compensation paid"),
    "handed_over": ("Đã bàn giao mặt bằng (mặt bằng sạch)", "Land handed over (cleared)"),
}

#: A land recovery notice is valid for 12 months (Art. 85).
NOTICE_VALID_DAYS = 365
#: Compensation is due within 30 days of the plan's approval (Art. 94).
PAYMENT_DUE_DAYS = 30
#: stage -> (flag, days a parcel may stay at that stage before the flag is raised)
DEADLINES = {"notice_issued": ("notice_expired", NOTICE_VALID_DAYS), "plan_approved": ("payment_overdue", PAYMENT_DUE_DAYS)}

_INDEX = {stage: i for i, stage in enumerate(STAGES)}


def stage_index(stage: str) -> int:
    """Position of ``stage`` in the legal order; raises InputError for an unknown stage."""
    try:
        return _INDEX[stage]
    except KeyError:
        raise InputError("stage.unknown", stage=stage, choices=STAGES) from None


@dataclass(frozen=True)
class Transition:
    """How a stage change relates to the legal order."""

    from_stage: str
    to_stage: str
    kind: str  # "forward", "skip" or "back"


def check_transition(from_stage: str, to_stage: str, note: str | None) -> Transition:
    """Check a stage change against the rules and say what kind of move it is.

    Forward by one stage needs nothing more; a skip or a move back needs a note;
    "moving" to the current stage is refused.
    """
    a, b = stage_index(from_stage), stage_index(to_stage)
    if a == b:
        raise InputError("stage.already_there", stage=to_stage)
    kind = "forward" if b == a + 1 else ("skip" if b > a else "back")
    if kind != "forward" and not (note and note.strip()):
        if kind == "skip":
            raise InputError("stage.skip_needs_note", from_stage=from_stage, to_stage=to_stage)
        raise InputError("stage.back_needs_note", from_stage=from_stage, to_stage=to_stage)
    return Transition(from_stage, to_stage, kind)


def deadline_flags(stage: str, stage_since: date | None, today: date | None = None) -> list[str]:
    """Legal deadlines that a parcel at ``stage`` since ``stage_since`` has passed.

    ``notice_expired``: the recovery notice is older than 12 months and the plan is
    not yet approved. ``payment_overdue``: the plan was approved more than 30 days
    ago and compensation is not yet paid.
    """
    if stage_since is None:
        return []
    today = today or date.today()
    flag, days = DEADLINES.get(stage, (None, 0))
    return [flag] if flag and today - stage_since > timedelta(days=days) else []


def fold(text: str) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics (đ → d) for matching."""
    text = str(text)
    if text.isascii():  # ids and English names: nothing to strip (a million parcel ids fold in 0.5 s, not 6)
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFD", str(text)).replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", " ", text).strip().lower()


def search_form(text: str) -> str:
    """``text`` as searches match it: folded, with hyphens as spaces ("KCN Lễ Môn-0012" -> "kcn le mon 0012")."""
    return fold(text).replace("-", " ")


# Hand-typed labels officers use, folded (no diacritics, lower case). Longer,
# more specific patterns come first.
_LABEL_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\b(da )?ban giao( mat bang)?\b|\bmat bang sach\b|\bmbs\b", "handed_over"),
    (r"\b(da )?chi tra\b|\bda (boi thuong|nhan tien)\b", "compensation_paid"),
    (r"\b(da )?phe duyet\b|\bpd ?pa\b", "plan_approved"),
    (r"\bniem yet\b|\blap (phuong an|pa)\b|\bcong khai (phuong an|pa)\b", "plan_posted"),
    (r"\bkiem dem\b|\bdieu tra\b|\bkhao sat\b|\bdo dac\b", "inventory"),
    (r"\bthong bao( thu hoi)?\b|\btbth\b", "notice_issued"),
    (r"\bchua (gpmb|trien khai|thuc hien|bat dau)\b|^chua$", "not_started"),
)


def parse_stage(label: str) -> str:
    """Recognise a clearance stage from a code or a hand-typed Vietnamese or English label.

    Accepts the stage codes, their Vietnamese and English names, and the usual
    abbreviations, with or without diacritics, in any case ("Chưa GPMB",
    "Đã phê duyệt PA", "da ban giao mat bang"). Raises InputError otherwise.
    """
    raw = "" if label is None else str(label)
    key = fold(raw)
    code = key.replace(" ", "_")
    if code in _INDEX:
        return code
    for stage, (vi, en) in STAGE_LABELS.items():
        if key in (fold(vi), fold(en)):
            return stage
    # "Chưa bàn giao" is not "Đã bàn giao": a negated label names no stage but not_started.
    negated = re.search(r"\b(chua|khong|not|no|un)\b", key) is not None
    for pattern, stage in _LABEL_PATTERNS:
        if negated and stage != "not_started":
            continue
        if re.search(pattern, key):
            return stage
    raise InputError("stage.unknown_label", label=raw)
