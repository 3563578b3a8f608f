"""Checking the data a new store is seeded with: layers and their clearance history.

Everything is validated before a store is created, so bad seed data leaves no store behind. Parcels get
the fields the store keeps itself (area, version, who and when); a history must name known parcels.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from .. import cadastre
from .. import crs as gcrs
from ..errors import InputError
from ..messages import msg, where
from ..schema import LAYER_ORDER, LAYERS, validate_frame
from ..timeutil import in_stored_form, now_iso, to_iso
from .values import ClearanceEvent, SeedPart

#: Who a seeded row was written by, when the data does not say.
SEED_USER = "seed"


def prepare_layers(layers: dict[str, gpd.GeoDataFrame]) -> dict[str, list[dict]]:
    """Validate layers for loading into a new store; fill the fields the store keeps itself.

    Plots get their area; cadastral parcels their measured area, zone, recovered part and 2025 commune
    (:func:`geo.cadastre.place`, where the data leaves them empty) and their last change at their stage
    date when the data does not say; both get a version and who wrote them.
    """
    unknown = [name for name in layers if name not in LAYERS]
    if unknown:
        raise InputError("store.seed_unknown_layer", layer=unknown[0])
    now = now_iso()
    return {name: prepare_layer(name, layers.get(name), layers, now) for name in LAYER_ORDER}


def prepare_layer(name: str, gdf: gpd.GeoDataFrame | None, layers: dict[str, gpd.GeoDataFrame],
                  now: str | None = None) -> list[dict]:
    """One layer's features checked and filled as :func:`prepare_layers` does (``layers``: the zones and
    communes that place cadastral parcels)."""
    if gdf is None:
        return []
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise InputError("store.seed_crs", layer=name)
    rows = validate_frame(LAYERS[name], gdf)
    if name == "plots":
        for r, a in zip(rows, gcrs.area_ha([r["geometry"] for r in rows])):
            r["area_ha"] = round(float(a), 4)
    elif name == "parcels":
        _place_parcels(rows, layers)
    if name in ("plots", "parcels"):
        now = now or now_iso()
        for r in rows:
            r["version"] = r["version"] or 1
            r["updated_at"] = r["updated_at"] or _stage_time(r) or now
            r["updated_by"] = r["updated_by"] or SEED_USER
    return rows


def prepare_part(plots: gpd.GeoDataFrame | None, parcels: gpd.GeoDataFrame | None, events: pd.DataFrame | None,
                 layers: dict[str, gpd.GeoDataFrame]) -> SeedPart:
    """A part of a store being made (:class:`~geo.store.values.SeedPart`): its plots and parcels checked and
    filled as :func:`prepare_layers` does, and their history as :func:`prepare_events` checks it (each event
    names a parcel of this part)."""
    now = now_iso()
    parcel_rows = prepare_layer("parcels", parcels, layers, now)  # in LAYER_ORDER, as prepare_layers checks them
    return SeedPart(prepare_layer("plots", plots, layers, now), parcel_rows, prepare_events(events, parcel_rows))


def _stage_time(row: dict) -> str | None:
    since = row.get("stage_since")
    return f"{since}T00:00:00Z" if since else None


def _place_parcels(rows: list[dict], layers: dict[str, gpd.GeoDataFrame]) -> None:
    """Measured area always; zone, recovered part and commune where the rows leave them empty."""
    empty = gpd.GeoDataFrame({"id": [], "parent_id": []}, geometry=[], crs=4326)
    zones = layers.get("zones")
    placed = cadastre.place([r["geometry"] for r in rows], empty if zones is None else zones, layers.get("communes"))
    for i, r in enumerate(rows):
        r["area_m2"] = round(float(placed.area_m2[i]), 2)
        if r["zone_id"] is None and placed.zone_id[i] is not None:
            r["zone_id"] = placed.zone_id[i]
        if r["recovered_m2"] is None:
            r["recovered_m2"] = round(float(placed.recovered_m2[i]), 2)
        if r["commune_id"] is None:
            r["commune_id"] = placed.commune_id[i]
        r["blocked"] = bool(r["blocked"])
        r["clearance_stage"] = r["clearance_stage"] or "not_started"


def prepare_events(events: pd.DataFrame | None, parcels: list[dict]) -> list[ClearanceEvent]:
    """Check a seed history against the parcels it describes.

    Read column by column, each distinct date normalised once (three million events of a synthetic store in
    about 20 s, not 2½ minutes). A row that breaks a rule is refused as the row-by-row check refuses it: the
    first such row, with the same message."""
    if events is None or len(events) == 0:
        return []
    known = {p["id"] for p in parcels}
    created = now_iso()
    n = len(events)
    pids = _clean_column(events, "parcel_id")  # (a missing id is refused below, with the row's own value)
    clean = {c: _clean_column(events, c) for c in
             ("action", "from_stage", "to_stage", "at", "recorded_at", "by", "note", "document_ref", "detail")}
    bad = next((i for i, pid in enumerate(pids) if pid not in known), n)
    at, bad = _iso_column(clean["at"], bad)
    versions, bad = _int_column(events["version"].tolist() if "version" in events else None, bad)
    if bad < n:  # refused as the row-by-row check refuses it
        _event(events.iloc[[bad]].to_dict("records")[0], bad, known, created)
        return [_event(rec, i, known, created) for i, rec in enumerate(events.to_dict("records"))]
    return [
        ClearanceEvent(parcel_id=str(pid), action=action or "stage", from_stage=from_stage, to_stage=to_stage,
                       at=when, recorded_at=recorded or created, by=by or SEED_USER, note=note,
                       document_ref=ref, version=version, detail=detail)
        for pid, action, from_stage, to_stage, when, recorded, by, note, ref, version, detail in zip(
            pids, clean["action"], clean["from_stage"], clean["to_stage"], at, clean["recorded_at"], clean["by"],
            clean["note"], clean["document_ref"], versions, clean["detail"])
    ]


def _event(rec: dict, i: int, known: set, created: str) -> ClearanceEvent:
    """One row of a seed history, checked."""
    pid = rec.get("parcel_id")
    if pid not in known:
        raise InputError(where(msg("store.seed_events_row", n=i + 1), msg("store.no_parcel", parcel=pid)))
    clean = {str(k): (None if (isinstance(v, float) and np.isnan(v)) else v) for k, v in rec.items()}
    return ClearanceEvent(
        parcel_id=str(pid), action=clean.get("action") or "stage", from_stage=clean.get("from_stage"),
        to_stage=clean.get("to_stage"), at=to_iso(clean.get("at"), what="event_date"),
        recorded_at=clean.get("recorded_at") or created, by=clean.get("by") or SEED_USER, note=clean.get("note"),
        document_ref=clean.get("document_ref"), version=int(rec["version"]), detail=clean.get("detail"),
    )


def _clean_column(events: pd.DataFrame, name: str) -> list:
    """A column's values as its rows give them, NaN as None (None throughout when there is no such column)."""
    if name not in events:
        return [None] * len(events)
    column = events[name]
    if isinstance(column.dtype, pd.StringDtype):  # text: each distinct value converted once, a missing one to None
        codes, uniq = pd.factorize(column)
        return np.concatenate([np.asarray(uniq, dtype=object), np.array([None], dtype=object)])[codes].tolist()
    values = column.tolist()
    if not column.hasnans:
        return values
    return [None if isinstance(v, float) and v != v else v for v in values]


def _iso_column(values: list, bad: int) -> tuple[list, int]:
    """The event dates in the store's form, each distinct one normalised once; and the first row (before
    ``bad``) whose date is refused, else ``bad``."""
    # A date already in the store's form and not in the future is kept as it is, as to_iso would give it back
    # (``until`` is taken before to_iso takes its own clock for the others).
    until = pd.Timestamp.now(tz="UTC") + pd.Timedelta(minutes=5)
    kept = in_stored_form(values[:bad], "datetime", until=until).tolist()
    seen: dict = {}
    out = []
    for i, v in enumerate(values[:bad]):
        if kept[i]:
            out.append(str(v))
            continue
        try:
            out.append(seen[v])
        except KeyError:
            try:
                seen[v] = to_iso(v, what="event_date")
            except InputError:
                return out, i
            out.append(seen[v])
        except TypeError:  # a value that cannot be a key: normalised by itself
            try:
                out.append(to_iso(v, what="event_date"))
            except InputError:
                return out, i
    return out, bad


def _int_column(values: list | None, bad: int) -> tuple[list, int]:
    """The versions as integers, and the first row (before ``bad``) that has none, else ``bad``."""
    if values is None:
        return [], min(bad, 0)
    out = []
    for i, v in enumerate(values[:bad]):
        try:
            out.append(int(v))
        except (TypeError, ValueError):
            return out, i
    return out, bad
