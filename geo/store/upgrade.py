"""Upgrading a store made by an older SiteReady in place, nothing lost.

Schema 1 → 2: the one ``parcels`` layer of SiteReady 1 held a park's lots, clearance and lease together.
Schema 2 holds cadastral parcels (``parcels``) and the parks' planned plots (``plots``) apart. Each old lot
becomes both:

- a plot with the same id, geometry, zone, lot number (``plot_no``), land use, lease status, utilities,
  version and who changed it last;
- a cadastral parcel with the same id (so its clearance history, its personal fields and every link to it
  stay valid), geometry, zone, clearance stage and date, blocked flag and reason, households, version and
  last change; its area is measured, the whole of it counts as recovered, its commune is found by location;
  the map sheet, parcel number and land-use code stay empty until the land office's cadastral map is imported.

``parcel_personal`` gains ``owner_address``, and ``plot_cover`` records which parcel lies beneath which plot.

Schema 2 → 3: the derived state the writer keeps (``plot_state``, ``zone_state``: :mod:`.derived`) is made
from the layers once; from then on every write keeps it. Everything happens in one write transaction with the change
counter bumped, so a reader sees the old store or the new one, never half of each. The dialect supplies
``_drop_layer`` and ``_create_layer``.

Schema 3 → 4: a zone's parcels are indexed by zone and ``fid`` together (``parcels_zone_fid``, in place of the
index on ``zone_id`` alone): the clearance page's lists of a zone of 900,000 parcels went from 0.5 s a page to
milliseconds on PostGIS (bench/README.md). The dialect supplies ``_replace_index``.

Schema 4 → 5: the stage steps summed per day (``stage_moves``, :mod:`.derived`), made from the history once;
the dashboard's progress chart read them from every event joined to its parcel after each write (13.8 s at
10,000,000 parcels).
"""

from __future__ import annotations

import logging
from typing import Any

import geopandas as gpd
import numpy as np

from .. import cadastre
from ..schema import LAYERS
from .derived import Derived
from .tables import DERIVED_TABLES, LAYER_TABLES, column_list

_LOG = logging.getLogger(__name__)

#: The schema version this SiteReady writes (``siteready_meta.schema_version``).
SCHEMA_VERSION = 5

#: The fields of SiteReady 1's ``parcels`` (lots), in order.
V1_LOT_FIELDS = ("id", "zone_id", "lot_no", "land_use", "area_ha", "clearance_stage", "stage_since", "blocked",
                 "blocked_reason", "lease_status", "utility_road", "utility_power", "utility_water",
                 "utility_wastewater", "resettlement_households", "source", "confidence", "version", "updated_at",
                 "updated_by")
_BOOLS = ("blocked", "utility_road", "utility_power", "utility_water", "utility_wastewater")
UPGRADE_NOTE = "upgraded from a SiteReady 1 lot: sheet, parcel no. and land use to come from the cadastral map"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def converted(lots: list[dict[str, Any]], zones: gpd.GeoDataFrame,
              communes: gpd.GeoDataFrame) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """SiteReady 1 lots as (plots, cadastral parcels) rows of schema 2."""
    plots, parcels = [], []
    placed = cadastre.place([r["geometry"] for r in lots], zones, communes) if lots else None
    for i, r in enumerate(lots):
        stamp = {"version": int(r["version"] or 1), "updated_at": r["updated_at"], "updated_by": r["updated_by"]}
        plots.append({
            "id": r["id"], "zone_id": r["zone_id"], "plot_no": r["lot_no"], "land_use": r["land_use"],
            "area_ha": r["area_ha"], "lease_status": r["lease_status"],
            **{f"utility_{u}": r[f"utility_{u}"] for u in ("road", "power", "water", "wastewater")},
            "source": r["source"], "confidence": r["confidence"], "geometry": r["geometry"], **stamp,
        })
        area = round(float(placed.area_m2[i]), 2) if placed else None
        parcels.append({
            "id": r["id"], "commune_code": None, "commune_id": placed.commune_id[i] if placed else None,
            "sheet_no": None, "parcel_no": None, "legal_area_m2": None, "area_m2": area,
            "land_use_code": None, "zone_id": r["zone_id"], "recovered_m2": area,
            "clearance_stage": r["clearance_stage"], "stage_since": r["stage_since"], "blocked": r["blocked"],
            "blocked_reason": r["blocked_reason"], "resettlement_households": r["resettlement_households"],
            "source": r["source"], "confidence": f"{r['confidence']}; {UPGRADE_NOTE}",
            "geometry": cadastre_geometry(r["geometry"]), **stamp,
        })
    return plots, parcels


def cadastre_geometry(geom):
    """A parcel's geometry as the parcels layer stores it (MultiPolygon)."""
    from ..schema import check_geometry

    return check_geometry(LAYERS["parcels"], geom)


class Upgrading(Derived):
    """Bringing an older store's tables up to this SiteReady's schema."""

    def _schema_version(self, cur: Any) -> int | None:
        row = self._execute(cur, "SELECT value FROM siteready_meta WHERE key = 'schema_version'").fetchone()
        return None if row is None else int(row[0])

    def _needs_layer_upgrade(self, cur: Any) -> bool:
        version = self._schema_version(cur)
        return version is not None and version < SCHEMA_VERSION

    def _upgrade_layers(self, cur: Any) -> None:
        """Schema 1 → 2 → 3 → 4 → 5 inside the caller's write transaction (see the module docstring)."""
        version = self._schema_version(cur) or 0
        if version < 2:
            self._upgrade_to_2(cur)
        if version < 3:
            for table in DERIVED_TABLES:  # schema 3: the derived state (:mod:`.derived`)
                self._ensure_own_table(cur, table)
            self._derive_everything(cur)
        if version < 4:  # schema 4: a zone's parcels in store order through one index
            index = next(i for i in LAYER_TABLES["parcels"].indexes if i.name == "parcels_zone_fid")
            self._replace_index(cur, "parcels", "parcels_zone_id", index)
        if 3 <= version < 5:  # schema 5: the stage steps summed per day (a store of schema 2 derived them above)
            self._ensure_own_table(cur, "stage_moves")
            self._derive_moves(cur)
        self._execute(cur, "UPDATE siteready_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        self._bump(cur)
        _LOG.warning("Upgraded the store %s to schema %s", self.url, SCHEMA_VERSION)

    def _upgrade_to_2(self, cur: Any) -> None:
        """Schema 1 → 2 (see the module docstring)."""
        select = f"SELECT {column_list(V1_LOT_FIELDS)}, {self._geom_select()} FROM parcels ORDER BY fid"
        records = self._execute(cur, select).fetchall()
        geoms = self._decode_geoms([r[-1] for r in records]) if records else np.array([], dtype=object)
        lots = []
        for rec, geom in zip(records, geoms):
            row = dict(zip(V1_LOT_FIELDS, rec))
            for b in _BOOLS:
                row[b] = None if row[b] is None else bool(row[b])
            row["stage_since"] = _text(row["stage_since"])
            row["updated_at"] = _text(row["updated_at"])
            if row["updated_at"] and "T" not in row["updated_at"]:
                row["updated_at"] = row["updated_at"].replace(" ", "T")
            row["geometry"] = geom
            lots.append(row)
        zones = self._small_layer(cur, "zones", ("id", "parent_id"))
        communes = self._small_layer(cur, "communes", ("id",))
        plots, parcels = converted(lots, zones, communes)
        self._drop_layer(cur, "parcels")
        self._create_layer(cur, LAYER_TABLES["parcels"], parcels)
        self._create_layer(cur, LAYER_TABLES["plots"], plots)
        self._add_column(cur, "parcel_personal", "owner_address", "text")
        self._ensure_own_table(cur, "plot_cover")
        self._write_cover(cur, plots, parcels)
        _LOG.warning("Upgrading the store %s: %d lots became plots and cadastral parcels", self.url, len(lots))

    # Dialect hooks
    def _drop_layer(self, cur: Any, name: str) -> None:
        raise NotImplementedError

    def _replace_index(self, cur: Any, table: str, old: str, index: Any) -> None:
        """Drop the index ``old`` of ``table`` if it is there and make ``index`` (a :class:`.tables.Index`) if not."""
        raise NotImplementedError

    def _create_layer(self, cur: Any, table: Any, rows: list[dict]) -> None:
        raise NotImplementedError

    def _add_column(self, cur: Any, table: str, column: str, ftype: str) -> None:
        raise NotImplementedError

    def _ensure_own_table(self, cur: Any, name: str) -> None:
        raise NotImplementedError
