"""What an officer's edit asks of the store: the ParcelChange of the one-parcel form, and those of the
edited rows of the bulk table, each with the version the officer saw."""

from __future__ import annotations

from typing import Any

import pandas as pd

from .store import ParcelChange


def blocked_change(was_blocked: Any, was_reason: str | None, blocked: Any, reason: str | None) -> bool | None:
    """The new blocked flag when the edit changes the flag, or the reason of a blocked parcel; else None."""
    if bool(blocked) != bool(was_blocked) or (bool(blocked) and (reason or "") != (was_reason or "")):
        return bool(blocked)
    return None


def form_change(parcel: dict, *, stage: str | None, at: str, note: str | None, document_ref: str | None,
                blocked: bool, reason: str | None, expect_version: int) -> ParcelChange:
    """The change the one-parcel form asks for: its stage (None keeps the stage), and the blocked flag and
    reason only when they differ from ``parcel``'s (so ticking "blocked" alone changes only that)."""
    return ParcelChange(
        parcel["id"], stage=stage, at=at, note=note or None, document_ref=document_ref or None,
        expect_version=expect_version,
        blocked=blocked_change(parcel["blocked"], parcel["blocked_reason"], blocked, reason),
        blocked_reason=reason or None,
    )


def table_changes(base: pd.DataFrame, edited: pd.DataFrame, offset: int = 0) -> list[ParcelChange]:
    """One ParcelChange per edited row of the bulk table (stage, lease status, blocked flag and reason),
    with the version the table was loaded at; rows are named by their number in the whole list
    (``offset``: the rows on the pages before). A row whose note or document alone changed changes nothing."""
    out = []
    for i, ((_, a), (_, b)) in enumerate(zip(base.iterrows(), edited.iterrows())):
        stage = b["clearance_stage"] if b["clearance_stage"] != a["clearance_stage"] else None
        lease = b["lease_status"] if b["lease_status"] != a["lease_status"] else None
        blocked = blocked_change(a["blocked"], a["blocked_reason"], b["blocked"], b["blocked_reason"])
        if stage is None and lease is None and blocked is None:
            continue
        out.append(ParcelChange(
            a["id"], stage=stage, lease_status=lease, blocked=blocked, blocked_reason=b["blocked_reason"] or None,
            note=(b["note"] or None), document_ref=(b["document_ref"] or None), expect_version=int(a["version"]),
            label=f"{a['id']} (row {offset + i + 1})",
        ))
    return out
