"""Edits of plots: what a zone's developer offers on each planned plot (lease status and utilities).

A plot's clearance is never edited: it comes from the cadastral parcels beneath it (:mod:`geo.plots`).
A change is checked on its own (a known lease status, something to change, each plot once), then against
the plot as stored inside the write transaction (it exists, the version the editor saw is current). A batch
is all or nothing. Each accepted change bumps the plot's version and is written to the audit log with
what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import audit
from ..errors import ConflictError, InputError
from ..messages import Msg, msg, refusal, where
from ..schema import EDITABLE_PLOT_FIELDS, LEASE_STATUSES, UTILITIES
from ..timeutil import now_iso
from ..users import EDIT_ROLES, require
from .batch import plan_all
from .core import StoreCore
from .frames import iso_text
from .tables import column_list
from .values import PlotChange


def _check(ch: PlotChange, seen: set[str]) -> None:
    if ch.plot_id in seen:
        raise InputError("store.plot_named_twice", plot=ch.plot_id)
    seen.add(ch.plot_id)
    if ch.lease_status is not None and ch.lease_status not in LEASE_STATUSES:
        raise InputError("store.unknown_lease_status", status=ch.lease_status, choices=LEASE_STATUSES)
    if ch.lease_status is None and not ch.utilities:
        raise InputError("store.changes_nothing")


def apply_plot_change(ch: PlotChange, state: dict[str, Any], user: str, recorded: str) -> tuple[str, dict[str, Any]]:
    """What changes (as audit text) and the plot's new editable fields; InputError when nothing changes."""
    new = {f: state[f] for f in EDITABLE_PLOT_FIELDS}
    details: list[str] = []
    if ch.lease_status is not None and ch.lease_status != new["lease_status"]:
        details.append(f"lease_status: {new['lease_status']} → {ch.lease_status}")
        new["lease_status"] = ch.lease_status
    for u, on in (ch.utilities or {}).items():
        if u in UTILITIES and bool(on) != bool(new[f"utility_{u}"]):
            details.append(f"utility_{u}: {'yes' if on else 'no'}")
            new[f"utility_{u}"] = bool(on)
    if not details:
        raise InputError("store.changes_nothing")
    new.update(version=int(state["version"] or 0) + 1, updated_at=recorded, updated_by=user)
    note = (ch.note or "").strip()
    return "; ".join(details) + (f" ({note})" if note else ""), new


class PlotEdits(StoreCore):
    """Edits of what plots offer."""

    def update_plots(self, changes: Sequence[PlotChange], *, user: str) -> list[int]:
        """Apply changes to plots, all or nothing; returns each plot's new version.

        Raises PermissionDenied unless ``user`` is an active officer or admin, NotFoundError for unknown
        plots, InputError naming every bad change and ConflictError for a stale ``expect_version``.
        """
        changes = list(changes)
        if not changes:
            raise InputError("store.no_changes")
        single = len(changes) == 1
        errors: list[Msg] = []
        seen: set[str] = set()
        for ch in changes:
            try:
                _check(ch, seen)
            except InputError as err:
                errors.append(where(ch.label or (None if single else msg("where.plot", plot=ch.plot_id)),
                                    err.message))
        if errors:
            raise InputError(refusal(errors, len(changes)))
        with self._transaction(write=True) as cur:
            require(self._user(cur, user), EDIT_ROLES, msg("action.edit_plot"), user)
            current = self._plot_states(cur, [c.plot_id for c in changes])
            planned = self._plan(changes, current, user)
            versions = []
            for ch, (detail, new) in zip(changes, planned):
                sets = ", ".join(f"{c} = ?" for c in EDITABLE_PLOT_FIELDS)
                done = self._execute(cur, f"UPDATE plots SET {sets} WHERE id = ? AND version = ?",
                                     [*(new[c] for c in EDITABLE_PLOT_FIELDS), ch.plot_id,
                                      current[ch.plot_id]["version"]])
                if done.rowcount != 1:  # cannot happen under the write lock; refuse rather than guess
                    raise ConflictError("store.plot_changed_while_saving", plot=ch.plot_id)
                self._audit(cur, user, audit.PLOT_EDIT, ch.plot_id, detail)
                versions.append(new["version"])
            self._bump(cur)
            return versions

    def plot_history(self, plot_id: str) -> list[dict[str, str]]:
        """Every recorded change of what a plot offers, oldest first: ``at`` (ISO, UTC), ``by`` and ``detail``
        (what changed, with the note)."""
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, 'SELECT at, "by", detail FROM audit_log WHERE action = ? AND target = ? '
                                      "ORDER BY entry_id", (audit.PLOT_EDIT, plot_id)).fetchall()
        return [{"at": iso_text(at, "datetime"), "by": by, "detail": detail or ""} for at, by, detail in rows]

    def _plan(self, changes: list[PlotChange], current: dict[str, dict[str, Any]],
              user: str) -> list[tuple[str, dict[str, Any]]]:
        recorded = now_iso()
        single = len(changes) == 1
        return plan_all(
            changes, current, key=lambda ch: ch.plot_id,
            place=lambda ch: ch.label or (None if single else msg("where.plot", plot=ch.plot_id)),
            not_found=lambda ch: msg("store.no_plot", plot=ch.plot_id),
            conflict=lambda ch, state: msg("store.plot_conflict", plot=ch.plot_id,
                                           by=state["updated_by"] or msg("store.someone"), version=state["version"]),
            apply=lambda ch, state: apply_plot_change(ch, state, user, recorded))

    def _plot_states(self, cur: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The editable fields of plots, by id, locked for the write."""
        cols = ("id", *EDITABLE_PLOT_FIELDS)
        out: dict[str, dict[str, Any]] = {}
        for rows in self._fetch_chunked(cur, f"SELECT {column_list(cols)} FROM plots WHERE id IN", ids):
            for r in rows:
                state = dict(zip(cols, r))
                state["version"] = int(state["version"] or 0)
                out[state["id"]] = state
        return out
