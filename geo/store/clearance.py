"""Clearance edits: the rules a change of a parcel must follow, and the events that record it.

A change moves a cadastral parcel's clearance stage or blocks or unblocks it. (What a plot offers, its lease
status and utilities, changes through :mod:`.plotting`.)
Changes are checked twice: first on their own (:func:`checked_changes`: a known stage, a reason for a
block, each parcel once), then against the parcel as the store holds it inside the write transaction
(:func:`plan_changes`: the parcel exists, the version the editor saw is still current, a skip or a move
back carries a note). A batch is all or nothing: one refusal names every bad change. Each accepted
change bumps the parcel's version and appends one :class:`ClearanceEvent` to the history.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import ConflictError, InputError
from ..messages import Msg, msg, refusal, where
from ..schema import EDITABLE_PARCEL_FIELDS
from ..stages import check_transition, stage_index
from ..timeutil import local_date, now_iso, to_iso
from ..users import EDIT_ROLES, require
from .batch import plan_all
from .derived import FACT_FIELDS, Derived, facts_of
from .tables import EVENT_COLUMNS, column_list, placeholders
from .values import ClearanceEvent, ParcelChange

_EVENT_INSERT_COLUMNS = tuple(c for c in EVENT_COLUMNS if c != "event_id")
_EVENT_BATCH = 100_000


def _place(ch: ParcelChange, single: bool) -> Msg | str | None:
    """Where a change is in a batch, for its refusal: its label, or its parcel (nothing when it is alone)."""
    return ch.label or (None if single else msg("where.parcel", parcel=ch.parcel_id))


def _check_change(ch: ParcelChange, seen: set[str]) -> None:
    if ch.parcel_id in seen:
        raise InputError("store.named_twice", parcel=ch.parcel_id)
    seen.add(ch.parcel_id)
    if ch.stage is not None:
        stage_index(ch.stage)
    if ch.stage is None and ch.blocked is None:
        raise InputError("store.changes_nothing")
    if ch.blocked and not (ch.blocked_reason and ch.blocked_reason.strip()):
        raise InputError("store.block_needs_reason")
    ch.at = to_iso(ch.at)


def checked_changes(changes: Sequence[ParcelChange]) -> list[ParcelChange]:
    """Refuse changes that are wrong whatever the store holds (unknown stage, no reason, twice …).

    Fills each change's ``at`` (now, when not given) as ISO text.
    """
    changes = list(changes)
    if not changes:
        raise InputError("store.no_changes")
    errors: list[Msg] = []
    seen: set[str] = set()
    single = len(changes) == 1
    for ch in changes:
        try:
            _check_change(ch, seen)
        except InputError as err:
            errors.append(where(_place(ch, single), err.message))
    if errors:
        raise InputError(refusal(errors, len(changes)))
    return changes


# ------------------------------------------------------------------ one change against the stored parcel
def _change_stage(ch: ParcelChange, new: dict[str, Any], actions: list[str]) -> None:
    if ch.stage is None:
        return
    if ch.stage != new["clearance_stage"]:
        check_transition(new["clearance_stage"], ch.stage, ch.note)
        actions.append("stage")
        new["clearance_stage"], new["stage_since"] = ch.stage, local_date(str(ch.at))
    elif ch.blocked is None:
        check_transition(new["clearance_stage"], ch.stage, ch.note)  # raises: already at that stage


def _change_blocked(ch: ParcelChange, new: dict[str, Any], actions: list[str], details: list[str]) -> None:
    if ch.blocked is None:
        return
    if bool(ch.blocked) == new["blocked"] and not (ch.blocked and ch.blocked_reason != new["blocked_reason"]):
        return
    actions.append("blocked" if ch.blocked else "unblocked")
    new["blocked"] = bool(ch.blocked)
    new["blocked_reason"] = (ch.blocked_reason or "").strip() if ch.blocked else None
    details.append(f"blocked_reason: {new['blocked_reason']}" if new["blocked"] else "blocked: no")


def apply_change(ch: ParcelChange, state: dict[str, Any], user: str,
                 recorded: str) -> tuple[ClearanceEvent, dict[str, Any]]:
    """The event a checked change makes of a parcel in ``state``, and the parcel's new editable fields.

    Raises InputError when the change breaks a rule against the parcel as it is (a skip without a note,
    already at that stage, nothing changes).
    """
    new = {f: state[f] for f in EDITABLE_PARCEL_FIELDS}
    actions: list[str] = []
    details: list[str] = []
    _change_stage(ch, new, actions)
    _change_blocked(ch, new, actions, details)
    if not actions:
        raise InputError("store.changes_nothing")
    new.update(version=state["version"] + 1, updated_at=recorded, updated_by=user)
    event = ClearanceEvent(
        parcel_id=ch.parcel_id,
        action="+".join(actions),
        from_stage=state["clearance_stage"],
        to_stage=new["clearance_stage"],
        at=str(ch.at),
        recorded_at=recorded,
        by=user,
        note=(ch.note or "").strip() or (new["blocked_reason"] if actions == ["blocked"] else None),
        document_ref=(ch.document_ref or "").strip() or None,
        version=new["version"],
        detail="; ".join(details) or None,
    )
    return event, new


def _conflict(ch: ParcelChange, state: dict[str, Any]) -> Msg:
    return msg("store.conflict", parcel=ch.parcel_id, by=state["updated_by"] or msg("store.someone"),
               when=msg("store.at_time", at=state["updated_at"]) if state["updated_at"] else msg("store.unknown_time"),
               version=state["version"],
               expected=ch.expect_version)


def plan_changes(changes: list[ParcelChange], current: dict[str, dict[str, Any]], user: str,
                 recorded: str) -> list[tuple[ClearanceEvent, dict[str, Any]]]:
    """Each change's event and new fields, against the parcels as stored (``current``, by id).

    All or nothing: raises NotFoundError when the only problems are unknown parcels, InputError naming
    every broken rule, ConflictError when a change's ``expect_version`` is no longer current.
    """
    single = len(changes) == 1
    return plan_all(changes, current, key=lambda ch: ch.parcel_id, place=lambda ch: _place(ch, single),
                    not_found=lambda ch: msg("store.no_parcel", parcel=ch.parcel_id), conflict=_conflict,
                    apply=lambda ch, state: apply_change(ch, state, user, recorded))


class Clearance(Derived):
    """Clearance edits of parcels and their history."""

    def set_stage(
        self,
        parcel_id: str,
        stage: str,
        *,
        user: str,
        note: str | None = None,
        document_ref: str | None = None,
        expect_version: int | None = None,
        at: str | None = None,
    ) -> ClearanceEvent:
        """Move one parcel to ``stage``; see :meth:`update_parcels`."""
        change = ParcelChange(parcel_id, stage=stage, note=note, document_ref=document_ref, at=at,
                              expect_version=expect_version)
        return self.update_parcels([change], user=user)[0]

    def set_blocked(
        self,
        parcel_id: str,
        blocked: bool,
        *,
        user: str,
        reason: str | None = None,
        expect_version: int | None = None,
    ) -> ClearanceEvent:
        change = ParcelChange(parcel_id, blocked=blocked, blocked_reason=reason, expect_version=expect_version)
        return self.update_parcels([change], user=user)[0]

    def update_parcels(self, changes: Sequence[ParcelChange], *, user: str) -> list[ClearanceEvent]:
        """Apply changes to parcels, all or nothing, one event and one version bump each.

        Raises PermissionDenied unless ``user`` is an active officer or admin,
        InputError naming every bad change (unknown parcel, unknown stage, a
        skip or move back without a note, ...), and ConflictError when a change's
        ``expect_version`` is no longer current. Nothing is written then.
        """
        checked = checked_changes(changes)
        with self._transaction(write=True) as cur:
            return self._update_parcels_in(cur, checked, user)

    def _update_parcels_in(self, cur: Any, changes: list[ParcelChange], user: str) -> list[ClearanceEvent]:
        """The body of :meth:`update_parcels` (changes already checked), inside the caller's write transaction."""
        recorded = now_iso()
        require(self._user(cur, user), EDIT_ROLES, msg("action.edit_clearance"), user)
        current = self._parcel_states(cur, [c.parcel_id for c in changes])
        planned = plan_changes(changes, current, user, recorded)
        ids = [event.parcel_id for event, _ in planned]
        # The facts the derived state reads, before and after, from the rows just read: no read again.
        before = facts_of([current[i] for i in ids])
        after = facts_of([current[event.parcel_id] | new for event, new in planned])
        for event, new in planned:
            self._write_parcel_state(cur, event.parcel_id, new, current[event.parcel_id]["version"])
        events = [event for event, _ in planned]
        last = self._last_event(cur)
        self._insert_events(cur, events)
        self._after_parcels_change(cur, before, ids, after=after, events_after=last)
        self._bump(cur)
        return events

    def _parcel_states(self, cur: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The editable fields of parcels and the fields the derived state reads (:data:`.derived.FACT_FIELDS`),
        by id, locked for the write."""
        cols = tuple(dict.fromkeys(("id", *EDITABLE_PARCEL_FIELDS, *FACT_FIELDS)))
        out: dict[str, dict[str, Any]] = {}
        select = f"SELECT {column_list(cols)} FROM parcels WHERE id IN"
        for rows in self._fetch_chunked(cur, select, ids):
            for r in rows:
                state = dict(zip(cols, r))
                state["blocked"] = bool(state["blocked"])
                state["version"] = int(state["version"] or 0)
                out[state["id"]] = state
        return out

    def _write_parcel_state(self, cur: Any, parcel_id: str, new: dict[str, Any], version: int) -> None:
        sets = ", ".join(f"{c} = ?" for c in EDITABLE_PARCEL_FIELDS)
        cur = self._execute(cur, f"UPDATE parcels SET {sets} WHERE id = ? AND version = ?",
                            [*(new[c] for c in EDITABLE_PARCEL_FIELDS), parcel_id, version])
        if cur.rowcount != 1:  # cannot happen under the write lock; refuse rather than guess
            raise ConflictError("store.changed_while_saving", parcel=parcel_id)

    def _insert_events(self, cur: Any, events: Iterable[ClearanceEvent]) -> None:
        """Append events to the history (their ids are numbered by the database), in batches of
        :data:`_EVENT_BATCH` rows (a synthetic store's millions of events never held as rows all at once)."""
        sql = self._sql(f"INSERT INTO clearance_events ({column_list(_EVENT_INSERT_COLUMNS)}) "
                        f"VALUES ({placeholders(len(_EVENT_INSERT_COLUMNS))})")
        values = operator.attrgetter(*_EVENT_INSERT_COLUMNS)
        rest = iter(events)
        while batch := list(itertools.islice(rest, _EVENT_BATCH)):
            cur.executemany(sql, [values(e) for e in batch])
