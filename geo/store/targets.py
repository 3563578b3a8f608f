"""Planners' clearance targets per zone: the handed-over area a zone should reach by a date.

A target is kept in ``siteready_meta`` under ``target.<zone id>`` (JSON: ``area_ha``, ``due``, ``by``,
``at``), so a store needs no new table for it; setting or clearing one is audited (``target_set``,
``target_clear``) and, like an account change, leaves the layers' cached snapshot as it is. A zone without
a target of its own is held to the plan's (:data:`geo.forecast.PLAN_HORIZON`).
"""

from __future__ import annotations

import json
import math
from typing import Any

from .. import audit
from ..errors import InputError, NotFoundError
from ..forecast import Target
from ..messages import msg
from ..timeline import as_date
from ..timeutil import now_iso
from ..users import require
from .core import StoreCore

#: Who may set a zone's target: planners, and admins.
TARGET_ROLES = ("planner", "admin")
_PREFIX = "target."


class Targets(StoreCore):
    """Read and set the zones' clearance targets."""

    def targets(self) -> dict[str, Target]:
        """Every target a planner set, by zone id."""
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, "SELECT key, value FROM siteready_meta WHERE key LIKE ?",
                                 (_PREFIX + "%",)).fetchall()
        out = {}
        for key, value in rows:
            try:
                t = json.loads(value)
                out[key[len(_PREFIX):]] = Target(float(t["area_ha"]), as_date(t["due"]), t.get("by"), t.get("at"))
            except (ValueError, KeyError, TypeError, InputError):
                continue  # a value written by hand that is not a target: no target
        return out

    def set_target(self, zone_id: str, area_ha: Any, due: Any, *, user: str) -> Target:
        """Set ``zone_id``'s target: ``area_ha`` hectares handed over by ``due`` (a date)."""
        try:
            area = float(area_ha)
        except (TypeError, ValueError):
            raise InputError("target.bad_area", value=area_ha) from None
        if not math.isfinite(area) or area <= 0:
            raise InputError("target.bad_area", value=area_ha)
        when = as_date(due, what="target_date")
        now = now_iso()
        with self._transaction(write=True) as cur:
            require(self._user(cur, user), TARGET_ROLES, msg("action.set_target"), user)
            if self._execute(cur, "SELECT 1 FROM zones WHERE id = ?", (zone_id,)).fetchone() is None:
                raise NotFoundError("target.no_zone", zone=zone_id)
            value = json.dumps({"area_ha": round(area, 2), "due": when.isoformat(), "by": user, "at": now})
            self._execute(cur, "DELETE FROM siteready_meta WHERE key = ?", (_PREFIX + zone_id,))
            self._execute(cur, "INSERT INTO siteready_meta (key, value) VALUES (?, ?)", (_PREFIX + zone_id, value))
            self._audit(cur, user, audit.TARGET_SET, zone_id, f"{round(area, 2)} ha by {when.isoformat()}")
            self._bump(cur)
        return Target(round(area, 2), when, user, now)

    def clear_target(self, zone_id: str, *, user: str) -> None:
        """Hold ``zone_id`` to the plan's target again."""
        with self._transaction(write=True) as cur:
            require(self._user(cur, user), TARGET_ROLES, msg("action.set_target"), user)
            if self._execute(cur, "SELECT 1 FROM siteready_meta WHERE key = ?", (_PREFIX + zone_id,)).fetchone() is None:
                raise NotFoundError("target.none_set", zone=zone_id)
            self._execute(cur, "DELETE FROM siteready_meta WHERE key = ?", (_PREFIX + zone_id,))
            self._audit(cur, user, audit.TARGET_CLEAR, zone_id, None)
            self._bump(cur)
