"""Loading an imported file (a :class:`geo.imports.ImportPlan`) into a store, in one transaction.

Two kinds of file: a layer's features (new ones are inserted, known ones updated with the fields the
file gives, identical ones left alone), and a table of parcel ids and attributes, which is a bulk
clearance edit under the usual rules (:mod:`.clearance`). For cadastral parcels every insert or update is
a clearance event, so a survey file is held to the same rules as an edit in the app: a skip or a move
back needs a note. Plots (what investors lease) have no clearance of their own: an import bumps their
version, nothing more. A dry run does all of it and rolls it back, so its report is exactly what the
import would do.

The plan is read through its attributes only: ``layer``, ``source``, ``rows``, ``notes``, ``labels``,
``personal``, ``note`` and ``attributes_only``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
import shapely

from .. import audit, cadastre
from .. import crs as gcrs
from ..errors import InputError
from ..messages import Msg, msg, refusal, where
from ..schema import LAYERS, Layer, get_layer
from ..stages import check_transition
from ..timeutil import local_date, now_iso, to_iso
from ..users import EDIT_ROLES, require
from .clearance import Clearance, checked_changes
from .frames import row_dicts
from .personal import PersonalData
from .tables import column_list, quote
from .values import ClearanceEvent, LoadReport, ParcelChange

#: How far a vertex may move (in degrees, about a centimetre) before a geometry counts as changed.
GEOMETRY_TOLERANCE = 1e-7
#: Layers whose features carry a version and who changed them last (cadastral parcels and plots).
VERSIONED = ("parcels", "plots")
#: The action of the clearance events an import records.
IMPORT_EVENT = "import"
_NO_NOTE = (None, None, None)


class _Rollback(Exception):
    """Raised inside a transaction to undo it (dry runs)."""


@dataclass(frozen=True)
class _Stamp:
    """Who writes a row, when, and why."""

    user: str
    now: str  # recorded at
    at: str  # when it happened (the file's date, else now)
    why: str | None  # the row's note or the file's: what a skip or a move back needs
    note: str  # the event's note
    doc: str | None


@dataclass
class _Batch:
    """What one import of features writes, sorted row by row; ``errors`` refuse the whole file."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    events: list[ClearanceEvent] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[Msg] = field(default_factory=list)


def attribute_changes(plan: Any) -> list[ParcelChange]:
    """The bulk clearance edit a table of parcel ids and attributes stands for."""
    out = []
    for r in plan.rows:
        note, doc, date = plan.notes.get(r["id"]) or _NO_NOTE
        out.append(ParcelChange(
            r["id"], stage=r.get("clearance_stage"), blocked=r.get("blocked"), blocked_reason=r.get("blocked_reason"),
            note=note or plan.note, document_ref=doc, at=date,
            label=msg("store.in_file", source=plan.source, label=plan.labels.get(r["id"], r["id"])),
        ))
    return out


def new_feature(layer: Layer, row: dict, user: str, now: str) -> dict[str, Any]:
    """A feature to insert: the file's fields, and the fields the store keeps itself.

    A cadastral parcel's measured area, zone, recovered part and commune come with the row (the import plan
    finds them by location, :func:`geo.cadastre.place`); a plot's area likewise, measured here when missing.
    """
    new = dict.fromkeys(_names(layer.name))
    new.update((k, v) for k, v in row.items() if k in new)
    new["geometry"] = row["geometry"]
    if layer.name == "parcels":
        new["clearance_stage"] = new["clearance_stage"] or "not_started"
        new["blocked"] = bool(new["blocked"])
        if new["area_m2"] is None:
            new["area_m2"] = round(float(gcrs.area_ha([row["geometry"]])[0]) * 10_000, 2)
        if new["clearance_stage"] != "not_started":
            new["stage_since"] = local_date(now)
    elif layer.name == "plots":
        new["land_use"] = new["land_use"] or "industrial"
        new["lease_status"] = new["lease_status"] or "available"
        if new["area_ha"] is None:
            new["area_ha"] = round(float(gcrs.area_ha([row["geometry"]])[0]), 4)
    if layer.name in VERSIONED:
        new["version"], new["updated_at"], new["updated_by"] = 1, now, user
    new["source"] = new["source"] or "import"
    new["confidence"] = new["confidence"] or "as surveyed (imported file)"
    return new


def _add_new(batch: _Batch, layer: Layer, row: dict, stamp: _Stamp) -> None:
    new = new_feature(layer, row, stamp.user, stamp.now)
    missing = [name for name in _required(layer.name) if new.get(name) is None]
    if missing:
        raise InputError("store.new_feature_needs_field", field=missing[0])
    batch.inserts.append(new)
    if layer.name == "parcels":
        if new["clearance_stage"] != "not_started":
            new["stage_since"] = local_date(stamp.at)  # the file's date of the step, else today
        blocked = bool(new["blocked"])
        batch.events.append(ClearanceEvent(new["id"], IMPORT_EVENT + ("+blocked" if blocked else ""), None,
                                           new["clearance_stage"], stamp.at, stamp.now, stamp.user, stamp.note,
                                           stamp.doc, 1, detail=_block_detail(new) if blocked else None))


def _add_changed(batch: _Batch, layer: Layer, row: dict, old: dict[str, Any], stamp: _Stamp) -> None:
    fid = row["id"]
    changed = {k: v for k, v in row.items() if k != "geometry" and old.get(k) != v}
    parcels = layer.name == "parcels"
    if parcels and "clearance_stage" in changed:
        check_transition(old["clearance_stage"], changed["clearance_stage"], stamp.why)
    moved = not shapely.equals_exact(old["geometry"], row["geometry"], GEOMETRY_TOLERANCE)
    if not changed and not moved:
        batch.unchanged.append(fid)
        return
    upd = {**changed, "geometry": row["geometry"]}
    if layer.name == "plots" and "area_ha" not in row:
        upd["area_ha"] = round(float(gcrs.area_ha([row["geometry"]])[0]), 4)
    if layer.name in VERSIONED:
        upd["version"] = int(old["version"] or 0) + 1
        upd["updated_at"], upd["updated_by"] = stamp.now, stamp.user
    if parcels:
        if "clearance_stage" in changed:
            upd["stage_since"] = local_date(stamp.at)
        action, details = IMPORT_EVENT, sorted(k for k in changed if k != "clearance_stage")
        if "blocked" in changed:  # a block or unblock the history can replay (geo.timeline)
            action += "+blocked" if changed["blocked"] else "+unblocked"
            if changed["blocked"]:
                details.append(_block_detail({**old, **changed}))
        batch.events.append(ClearanceEvent(
            fid, action, old["clearance_stage"], upd.get("clearance_stage", old["clearance_stage"]),
            stamp.at, stamp.now, stamp.user, stamp.note, stamp.doc, upd["version"],
            detail="; ".join(details) or None))
    batch.updates.append((fid, upd))


def _row_day(plan: Any, fid: str, now: str) -> str:
    """When a row's feature came to be: the file's date for it (as the store writes times), else ``now``."""
    date = (plan.notes.get(fid) or _NO_NOTE)[2]
    return to_iso(date, what="date") if date else now


def _block_detail(parcel: dict[str, Any]) -> str:
    """The event detail that says why a parcel is blocked (as an edit's: ``blocked_reason: …``)."""
    return f"blocked_reason: {(parcel.get('blocked_reason') or '').strip()}"


def _stamp(plan: Any, user: str, now: str, notes: tuple[str | None, str | None, str | None]) -> _Stamp:
    note, doc, date = notes
    why = note or plan.note
    return _Stamp(user, now, to_iso(date, what="date") if date else now, why,
                  why or f"Nhập từ tệp {plan.source} / Imported from {plan.source}", doc)


@cache
def _names(layer_name: str) -> tuple[str, ...]:
    return tuple(LAYERS[layer_name].names)


@cache
def _required(layer_name: str) -> tuple[str, ...]:
    return tuple(f.name for f in LAYERS[layer_name].fields if f.required)


def sort_rows(plan: Any, layer: Layer, existing: dict[str, dict[str, Any]], user: str, now: str) -> _Batch:
    """Sort a file's features into inserts, updates and unchanged ones; refuse it all if a row breaks a rule."""
    batch = _Batch()
    plain = _stamp(plan, user, now, _NO_NOTE)  # a row without a note, document or date of its own
    for row in plan.rows:
        fid = row["id"]
        notes = plan.notes.get(fid)
        stamp = plain if notes is None else _stamp(plan, user, now, notes)
        old = existing.get(fid)
        try:
            if old is None:
                _add_new(batch, layer, row, stamp)
            else:
                _add_changed(batch, layer, row, old, stamp)
        except InputError as err:
            batch.errors.append(where(msg("store.row_of", label=plan.labels.get(fid, fid), id=fid), err.message))
    if batch.errors:
        raise InputError(refusal(batch.errors, len(plan.rows)))
    return batch


class Loading(Clearance, PersonalData):
    """Imports of whole files."""

    def apply_import(self, plan: Any, *, user: str, dry_run: bool = False) -> LoadReport:
        """Write an :class:`geo.imports.ImportPlan` in one transaction (or, with ``dry_run``, only report it).

        New features are inserted, features whose id exists are updated with the fields the file gives,
        identical ones are left alone. For parcels every insert or update is a clearance event by ``user``
        (the parcel's version bumps); personal fields go to ``parcel_personal``. A table of ids and
        stages (``plan.attributes_only``) is a bulk update under the usual clearance rules.
        """
        if plan.attributes_only:
            return self._import_attributes(plan, user, dry_run)
        return self._import_features(plan, user, dry_run)

    @contextmanager
    def _write(self, dry_run: bool) -> Iterator[Any]:
        """A write transaction; in a dry run it is rolled back at its end, having done everything."""
        try:
            with self._transaction(write=True) as cur:
                yield cur
                if dry_run:
                    raise _Rollback
        except _Rollback:
            pass

    def _import_attributes(self, plan: Any, user: str, dry_run: bool) -> LoadReport:
        changes = checked_changes(attribute_changes(plan))
        report = LoadReport(layer="parcels", dry_run=dry_run)
        with self._write(dry_run) as cur:
            events = self._update_parcels_in(cur, changes, user)
            self._write_personal(cur, plan, user, now_iso())
            report.updated = [e.parcel_id for e in events]
            report.events = len(events)
        return report

    def _import_features(self, plan: Any, user: str, dry_run: bool) -> LoadReport:
        layer = get_layer(plan.layer)
        report = LoadReport(layer=plan.layer, dry_run=dry_run)
        now = now_iso()
        with self._write(dry_run) as cur:
            require(self._user(cur, user), EDIT_ROLES, msg("action.import", layer=plan.layer), user)
            existing = self._rows_by_id(cur, plan.layer, [r["id"] for r in plan.rows])
            batch = sort_rows(plan, layer, existing, user, now)
            touched = [r["id"] for r in batch.inserts] + [fid for fid, _ in batch.updates]
            if plan.layer == "parcels":  # as the import finds them, for the derived state (:mod:`.derived`)
                facts_before = self._parcel_facts(cur, touched)
                plots_before = self._plots_over_parcels(cur, touched)
            report.unchanged = batch.unchanged
            if batch.inserts:
                self._insert_rows(cur, plan.layer, batch.inserts)
            for fid, upd in batch.updates:
                self._update_feature(cur, plan.layer, fid, upd)
            last = self._last_event(cur)
            self._insert_events(cur, batch.events)
            if plan.layer == "plots":
                for row in batch.inserts:  # the day each plot exists from, for replays of past days
                    self._audit(cur, user, audit.PLOT_ADD, row["id"], _row_day(plan, row["id"], now))
            self._write_personal(cur, plan, user, now)
            report.inserted = [r["id"] for r in batch.inserts]
            report.updated = [fid for fid, _ in batch.updates]
            report.events = len(batch.events)
            if plan.layer in ("plots", "parcels") and (batch.inserts or batch.updates):
                self._cover_again(cur, plan.layer, [*batch.inserts, *(u | {"id": fid} for fid, u in batch.updates)])
                if plan.layer == "parcels":
                    self._after_parcels_change(cur, facts_before, touched, plots_before, events_after=last)
                else:
                    self._derive_plots(cur, touched)
            if plan.layer == "zones" and (batch.inserts or batch.updates):
                moved = [r["geometry"] for r in batch.inserts] + [u["geometry"] for _, u in batch.updates]
                moved += [existing[fid]["geometry"] for fid, _ in batch.updates]
                report.replaced = self._place_parcels_again(cur, moved)
            if batch.inserts or batch.updates or plan.personal:
                self._audit(cur, user, audit.IMPORT, plan.layer,
                            f"{plan.source}: {len(batch.inserts)} new, {len(batch.updates)} updated"
                            + (f", {report.replaced} parcels placed again" if report.replaced else ""))
                self._bump(cur)
        return report

    def _cover_again(self, cur: Any, layer: str, features: list[dict[str, Any]]) -> None:
        """After plots or parcels were imported: their pairs in ``plot_cover`` are recorded again, against the
        features of the other layer within their extent."""
        mine, other = ("plot_id", "parcels") if layer == "plots" else ("parcel_id", "plots")
        ids = [f["id"] for f in features]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            self._execute(cur, f"DELETE FROM plot_cover WHERE {mine} IN ({', '.join('?' * len(chunk))})", chunk)
        bounds = shapely.total_bounds(np.asarray([f["geometry"] for f in features], dtype=object))
        found = self._small_layer(cur, other, ("id",), self._bbox_clause(other), tuple(float(b) for b in bounds))
        theirs = [{"id": i, "geometry": g} for i, g in zip(found["id"], found.geometry.values)]
        if layer == "plots":
            self._write_cover(cur, features, theirs)
        else:
            self._write_cover(cur, theirs, features)

    def _place_parcels_again(self, cur: Any, zone_geoms: list[Any]) -> int:
        """After zones changed: the cadastral parcels within the changed zones' old and new extents are placed
        again (their zone and recovered part, :func:`geo.cadastre.place`); returns how many changed. Their
        clearance and version are not touched: where a parcel lies is not a clearance step."""
        minx, miny, maxx, maxy = shapely.total_bounds(np.asarray(zone_geoms, dtype=object))
        found = self._small_layer(cur, "parcels", ("id", "zone_id", "recovered_m2"),
                                  self._bbox_clause("parcels"), (minx, miny, maxx, maxy))
        if found.empty:
            return 0
        zones = self._small_layer(cur, "zones", ("id", "parent_id"))
        placed = cadastre.place(found.geometry.values, zones)
        moves = []
        for i, (pid, zone, rec) in enumerate(zip(found["id"], found["zone_id"], found["recovered_m2"])):
            new_zone, new_rec = placed.zone_id[i], round(float(placed.recovered_m2[i]), 2)
            if new_zone != zone or rec is None or abs(new_rec - float(rec)) > 0.01:
                moves.append((new_zone, new_rec, pid))
        ids = [m[2] for m in moves]
        before = self._parcel_facts(cur, ids)
        for move in moves:
            self._execute(cur, "UPDATE parcels SET zone_id = ?, recovered_m2 = ? WHERE id = ?", move)
        if moves:
            self._after_parcels_change(cur, before, ids)
        return len(moves)

    def _write_personal(self, cur: Any, plan: Any, user: str, now: str) -> None:
        self._upsert_personal_many(cur, plan.personal, user, now)

    def _rows_by_id(self, cur: Any, layer_name: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The stored features with these ids (all fields and geometry), locked for the write."""
        layer = LAYERS[layer_name]
        select = f"SELECT {column_list(layer.names)}, {self._geom_select()} FROM {quote(layer_name)} WHERE id IN"
        out: dict[str, dict[str, Any]] = {}
        for rows in self._fetch_chunked(cur, select, ids):
            if rows:
                out.update((rec["id"], rec) for rec in row_dicts(self._frame(layer, list(layer.names), rows)))
        return out

    def _update_feature(self, cur: Any, layer_name: str, fid: str, upd: dict[str, Any]) -> None:
        cols = [k for k in upd if k != "geometry"]
        sets = ", ".join([f"geom = {self._geom_param()}", *(f"{quote(c)} = ?" for c in cols)])
        self._execute(cur, f"UPDATE {quote(layer_name)} SET {sets} WHERE id = ?",
                      [self._encode_geoms([upd["geometry"]])[0], *(upd[c] for c in cols), fid])
