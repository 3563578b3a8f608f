"""What an officer's edit asks of the store: the ParcelChange of the one-parcel form and those of the
edited rows of the bulk table (cadastral parcels: stage and blocked flag), the PlotChange of a plot's
editor (lease status and utilities), each with the version the officer saw; and the times an outcome
names, in the officers' local time (the store keeps UTC)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from .messages import Msg
from .schema import UTILITIES
from .store.values import ParcelChange, PlotChange

from .timeutil import LOCAL_TZ


def local_time(value: Any) -> str:
    """A stored timestamp (ISO, UTC unless it says otherwise) as the officers read it: "14:05 27/11/2026"
    in Asia/Ho_Chi_Minh; "" when there is none, the text itself when it is not a timestamp."""
    if value is None or value != value or not str(value).strip():
        return ""
    try:
        when = datetime.fromisoformat(str(value).strip())
    except ValueError:
        return str(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y")


def local_times(message: Msg) -> Msg:
    """``message`` with each time it names (``store.at_time``, e.g. in a conflict) in local time."""
    def fix(value: Any) -> Any:
        if isinstance(value, Msg):
            return local_times(value)
        if isinstance(value, (list, tuple)):
            return type(value)(fix(v) for v in value)
        return value

    params = {k: fix(v) for k, v in message.params.items()}
    if message.code == "store.at_time" and "at" in params:
        params["at"] = local_time(params["at"])
    return replace(message, params=params)


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
    """One ParcelChange per edited row of the bulk table of cadastral parcels (stage, blocked flag and
    reason), with the version the table was loaded at; rows are named by their number in the whole list
    (``offset``: the rows on the pages before). A row whose note or document alone changed changes nothing."""
    out = []
    for i, ((_, a), (_, b)) in enumerate(zip(base.iterrows(), edited.iterrows())):
        stage = b["clearance_stage"] if b["clearance_stage"] != a["clearance_stage"] else None
        blocked = blocked_change(a["blocked"], a["blocked_reason"], b["blocked"], b["blocked_reason"])
        if stage is None and blocked is None:
            continue
        out.append(ParcelChange(
            a["id"], stage=stage, blocked=blocked, blocked_reason=b["blocked_reason"] or None,
            note=(b["note"] or None), document_ref=(b["document_ref"] or None), expect_version=int(a["version"]),
            label=f"{a['id']} (row {offset + i + 1})",
        ))
    return out


def plot_change(plot: Any, *, lease_status: str | None, utilities: dict[str, bool], note: str | None,
                expect_version: int) -> PlotChange:
    """The change a plot's editor asks for: the lease status when it differs from ``plot``'s, the utilities
    that differ (``utilities``: road, power, water, wastewater -> on site). A change of nothing is still
    returned: the store refuses it in words ("nothing to change")."""
    lease = lease_status if lease_status and lease_status != plot["lease_status"] else None
    changed = {u: bool(on) for u, on in utilities.items()
               if u in UTILITIES and bool(on) != bool(_yes(plot[f"utility_{u}"]))}
    return PlotChange(str(plot["id"]), lease_status=lease, utilities=changed or None, note=(note or "").strip() or None,
                      expect_version=int(expect_version))


def _yes(value: Any) -> bool:
    """A stored yes/no that may be missing (None, NaN, pd.NA): missing is no."""
    try:
        return bool(value) and value == value
    except (TypeError, ValueError):  # pd.NA
        return False
