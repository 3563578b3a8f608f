"""All-or-nothing planning of a batch of edits against the features as stored (parcels' clearance, plots)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..errors import ConflictError, InputError, NotFoundError
from ..messages import Msg, refusal, where

Item = TypeVar("Item")
Planned = TypeVar("Planned")


def plan_all(items: Sequence[Item], current: dict[str, dict[str, Any]], *, key: Callable[[Item], str],
             place: Callable[[Item], Msg | str | None], not_found: Callable[[Item], Msg],
             conflict: Callable[[Item, dict[str, Any]], Msg],
             apply: Callable[[Item, dict[str, Any]], Planned]) -> list[Planned]:
    """What each edit makes of its feature in ``current`` (by ``key``), or one refusal naming every problem.

    Raises NotFoundError when the only problems are unknown features, InputError naming every broken rule
    (``apply`` raises it for one edit; ``place`` says where that edit is in the batch), ConflictError when an
    edit's ``expect_version`` is no longer the feature's version (``conflict`` words it)."""
    errors: list[Msg] = []
    conflicts: list[Msg] = []
    missing = 0
    planned = []
    for item in items:
        state = current.get(key(item))
        expect = getattr(item, "expect_version", None)
        if state is None:
            errors.append(where(place(item), not_found(item)))
            missing += 1
        elif expect is not None and int(expect) != int(state["version"] or 0):
            conflicts.append(conflict(item, state))
        else:
            try:
                planned.append(apply(item, state))
            except InputError as err:
                errors.append(where(place(item), err.message))
    if errors:
        kind = NotFoundError if missing == len(errors) else InputError
        raise kind(refusal(errors, len(items)))
    if conflicts:
        raise ConflictError(refusal(conflicts, len(items)))
    return planned
