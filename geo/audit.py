"""The actions the audit log records, named once (the store writes them; caches and reports read them)."""

from __future__ import annotations

USER_ADD = "user_add"
USER_ACTIVATE = "user_activate"
USER_DEACTIVATE = "user_deactivate"
USER_PASSWORD = "user_password"  # noqa: S105 - the name of an audit action, not a password
IMPORT = "import"
#: A change of what a plot offers (lease status, utilities); the target is the plot id.
PLOT_EDIT = "plot_edit"
#: A plot an import created; the target is the plot id, the detail the day the file gives for it (else the
#: import's time): a replay of a past day leaves out plots created after it (:mod:`geo.timeline`).
PLOT_ADD = "plot_add"
#: A planner's clearance target for a zone set or cleared (:mod:`geo.store.targets`); the target is the zone id.
TARGET_SET = "target_set"
TARGET_CLEAR = "target_clear"
#: A role change, written by older SiteReady versions only (a store may still hold such entries).
USER_ROLE = "user_role"

#: Actions that change accounts only, no layer: a cached snapshot of the layers survives them.
ACCOUNT_ACTIONS = frozenset({USER_ADD, USER_ACTIVATE, USER_DEACTIVATE, USER_PASSWORD, USER_ROLE})
#: Actions that change no layer: a cached snapshot of the layers survives them (targets are read apart).
LAYERLESS_ACTIONS = ACCOUNT_ACTIONS | {TARGET_SET, TARGET_CLEAR}
