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
from ..timeutil import now_iso, to_iso
from .values import ClearanceEvent

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
    out: dict[str, list[dict]] = {}
    now = now_iso()
    for name in LAYER_ORDER:
        gdf = layers.get(name)
        if gdf is None:
            out[name] = []
            continue
        if gdf.crs is None or gdf.crs.to_epsg() != 4326:
            raise InputError("store.seed_crs", layer=name)
        rows = validate_frame(LAYERS[name], gdf)
        if name == "plots":
            for r, a in zip(rows, gcrs.area_ha([r["geometry"] for r in rows])):
                r["area_ha"] = round(float(a), 4)
        elif name == "parcels":
            _place_parcels(rows, layers)
        if name in ("plots", "parcels"):
            for r in rows:
                r["version"] = r["version"] or 1
                r["updated_at"] = r["updated_at"] or _stage_time(r) or now
                r["updated_by"] = r["updated_by"] or SEED_USER
        out[name] = rows
    return out


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
    """Check a seed history against the parcels it describes."""
    if events is None or len(events) == 0:
        return []
    known = {p["id"] for p in parcels}
    out = []
    created = now_iso()
    for i, rec in enumerate(events.to_dict("records")):
        pid = rec.get("parcel_id")
        if pid not in known:
            raise InputError(where(msg("store.seed_events_row", n=i + 1), msg("store.no_parcel", parcel=pid)))
        clean = {str(k): (None if (isinstance(v, float) and np.isnan(v)) else v) for k, v in rec.items()}
        out.append(ClearanceEvent(
            parcel_id=str(pid), action=clean.get("action") or "stage", from_stage=clean.get("from_stage"),
            to_stage=clean.get("to_stage"), at=to_iso(clean.get("at"), what="event_date"),
            recorded_at=clean.get("recorded_at") or created, by=clean.get("by") or SEED_USER, note=clean.get("note"),
            document_ref=clean.get("document_ref"), version=int(rec["version"]), detail=clean.get("detail"),
        ))
    return out
