"""Per-zone sums of the cadastral parcels: the land to recover, its stages, blocked land, households waiting.

These are the figures of the land fund and of the zones' resettlement need that come from the cadastral
parcels. A reader should not add up a million parcels to show them: the store's writer keeps one row per
zone (``zone_state``, :mod:`geo.store.derived`) and moves it with every write. Each parcel *contributes*
to its zone's row (:func:`contributions`); a zone's row is the sum of its parcels' contributions
(:func:`zone_sums`), so a write that changes a few parcels moves the sums by their new contributions minus
their old ones (:func:`shift`), and a full count gives the same row.

A parcel's recovered area is its stored ``recovered_m2`` (its measured area when none is stored). The
households waiting on a parcel are those of :func:`geo.cadastre.households`, counted while it is recovered
(recovered area above zero), in a zone and not yet handed over. Parcels outside every zone sum under the
key :data:`NO_ZONE`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import cadastre
from .columns import Table, flags, numbers, objects
from .stages import STAGES

#: The key under which parcels of no zone are summed (a zone id is never empty).
NO_ZONE = ""
IN_CLEARANCE = STAGES[1:-1]
#: Hectares recovered per clearance stage, one column per stage in legal order.
STAGE_HA = tuple(f"ha_{s}" for s in STAGES)
#: The sums kept per zone: parcels, the land-fund hectares (as :mod:`geo.landfund` names them), the
#: hectares per stage and the households still to resettle.
SUM_COLUMNS = ("parcels", "parcels_ha", "handed_over_ha", "in_clearance_ha", "not_started_ha", "blocked_ha",
               *STAGE_HA, "households_waiting")
#: The parcel fields the sums read (``id`` aside).
PARCEL_FIELDS = ("zone_id", "clearance_stage", "blocked", "recovered_m2", "area_m2", "resettlement_households",
                 "land_use_code")


def recovered_ha(parcels: Table) -> np.ndarray:
    """Each cadastral parcel's recovered area in hectares (its measured area when none is stored)."""
    rec = numbers(parcels["recovered_m2"])
    area = numbers(parcels["area_m2"]) if "area_m2" in parcels else np.full(len(rec), np.nan)
    ha = np.where(np.isnan(rec), area, rec)
    return np.where(np.isnan(ha), 0.0, ha) / 1e4


def zone_keys(parcels: Table) -> np.ndarray:
    """Each parcel's zone id, :data:`NO_ZONE` for none."""
    zone = objects(parcels["zone_id"]).copy()
    zone[pd.isna(zone)] = NO_ZONE
    return zone


def contributions(parcels: Table) -> dict[str, np.ndarray]:
    """What each parcel adds to its zone's sums (:data:`SUM_COLUMNS`, one array each), with its ``zone_id`` key.

    ``parcels``: a frame, or plain columns (:mod:`geo.columns`) with :data:`PARCEL_FIELDS`; a write's few
    parcels come as columns, which spares it the frame's cost."""
    zone = zone_keys(parcels)
    n = len(zone)
    stage = pd.Categorical(objects(parcels["clearance_stage"]), categories=list(STAGES)).codes
    blocked = flags(parcels["blocked"]) if "blocked" in parcels else np.zeros(n, bool)
    homes = cadastre.households(parcels) if n else np.zeros(0, int)
    rec = numbers(parcels["recovered_m2"]) > 0
    return {"zone_id": zone, **coded_contributions(recovered_ha(parcels), stage, blocked, homes, rec & (zone != NO_ZONE))}


def coded_contributions(ha: np.ndarray, stage: np.ndarray, blocked: np.ndarray, homes: np.ndarray,
                        counted: np.ndarray) -> dict[str, np.ndarray]:
    """:func:`contributions` (without the zone key) of parcels given as arrays: recovered hectares, stage codes
    (-1: none of :data:`STAGES`), blocked flags, households, and whether their households count (recovered,
    in a zone). A replay of a past day (:mod:`geo.pastday`) gives them so, without a frame or a text."""
    handed, not_started = stage == len(STAGES) - 1, stage == 0
    waiting = ~handed & counted & (homes > 0)
    return {
        "parcels": np.ones(len(ha), dtype=np.int64),
        "parcels_ha": ha,
        "handed_over_ha": ha * handed,
        "in_clearance_ha": ha * ((stage >= 1) & (stage < len(STAGES) - 1)),
        "not_started_ha": ha * not_started,
        "blocked_ha": ha * blocked,
        **{col: ha * (stage == i) for i, col in enumerate(STAGE_HA)},
        "households_waiting": np.where(waiting, homes, 0).astype(np.int64),
    }


#: Parcels whose contributions :func:`zone_sums` makes at a time: a million parcels' at once took some 150 MB.
SUMS_CHUNK = 100_000


def zone_sums(parcels: Table) -> pd.DataFrame:
    """The sums of :data:`SUM_COLUMNS` per zone key (the index: zone id, or :data:`NO_ZONE`). Many parcels are
    added :data:`SUMS_CHUNK` at a time (:class:`RunningSums`: the same numbers, without every parcel's
    contributions in memory at once)."""
    n = len(parcels["zone_id"])
    if n <= SUMS_CHUNK or not isinstance(parcels, pd.DataFrame):
        return _sum(contributions(parcels))
    running = RunningSums()
    for start in range(0, n, SUMS_CHUNK):
        running.add(parcels.iloc[start:start + SUMS_CHUNK])
    return running.sums()


def _totals(parts: dict[str, np.ndarray], sign: np.ndarray | None = None) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Contributions summed per zone key: the keys (sorted) and one array of totals per column of
    :data:`SUM_COLUMNS`, each row times ``sign`` (+1/-1) when given."""
    code, keys = pd.factorize(parts["zone_id"], sort=True)
    out = {}
    for col in SUM_COLUMNS:
        values = parts[col] if sign is None else parts[col] * sign
        total = np.bincount(code, weights=values, minlength=len(keys)) if len(code) else np.zeros(0)
        out[col] = total.round().astype(np.int64) if col in ("parcels", "households_waiting") else total
    return np.asarray(keys, dtype=object), out


def _sum(parts: dict[str, np.ndarray], sign: np.ndarray | None = None) -> pd.DataFrame:
    """:func:`_totals` as a frame indexed by zone key."""
    keys, out = _totals(parts, sign)
    return pd.DataFrame(out, index=pd.Index(keys, name="zone_id"))


class RunningSums:
    """:func:`zone_sums` of parcels given a part at a time (:meth:`add`, in their order): the same numbers, to
    the last bit, as :func:`zone_sums` of all of them at once. Each zone's total adds its parcels'
    contributions one by one in their order, as ``np.bincount`` does; only the zones' totals are kept, so a
    replay over ten million parcels a range at a time (:func:`geo.landfund.fund_on`) holds none of them."""

    def __init__(self) -> None:
        self.keys: dict[str, int] = {}
        self.totals = {col: np.zeros(0) for col in SUM_COLUMNS}

    def add(self, parcels: Table) -> None:
        parts = contributions(parcels)
        code, keys = pd.factorize(parts["zone_id"])
        self.add_coded(code, keys, parts)

    def add_coded(self, code: np.ndarray, keys, parts: dict[str, np.ndarray]) -> None:
        """Contributions (:func:`coded_contributions`) of parcels whose zone keys are ``keys[code]`` (keys no
        parcel has are not added)."""
        used = np.bincount(code, minlength=len(keys)) > 0 if len(code) else np.zeros(len(keys), dtype=bool)
        known = np.asarray([self.keys.setdefault(str(k), len(self.keys)) if u else -1 for k, u in zip(keys, used)],
                           dtype=np.int64)
        rows = known[code] if len(code) else np.zeros(0, dtype=np.int64)
        for col in SUM_COLUMNS:
            total = self.totals[col]
            if len(total) < len(self.keys):
                total = self.totals[col] = np.concatenate([total, np.zeros(len(self.keys) - len(total))])
            np.add.at(total, rows, parts[col].astype(np.float64))

    def sums(self) -> pd.DataFrame:
        """The sums so far, as :func:`zone_sums` gives them (index: the zone keys, sorted)."""
        keys = np.asarray(list(self.keys), dtype=object)
        order = np.argsort(keys, kind="stable") if len(keys) else np.zeros(0, dtype=np.int64)
        out = {}
        for col in SUM_COLUMNS:
            total = self.totals[col][order] if len(keys) else np.zeros(0)
            out[col] = total.round().astype(np.int64) if col in ("parcels", "households_waiting") else total
        return pd.DataFrame(out, index=pd.Index(keys[order], name="zone_id"))


def add_sums(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Several sets of :func:`zone_sums` (of parcels apart) added up per zone key: the sums of all those parcels."""
    frames = [p for p in parts if len(p)]
    both = pd.concat([p.reset_index() for p in frames], ignore_index=True) if frames else None
    return _sum({col: (np.zeros(0) if both is None else both[col].to_numpy())
                 for col in ("zone_id", *SUM_COLUMNS)})


def shift(before: Table, after: Table) -> list[tuple]:
    """How a write moves the zones' sums: the ``after`` parcels' contributions minus the ``before`` ones'
    (the same parcels as they were; a parcel new to the store has no row in ``before``).

    One row per zone key touched: the key, then the move of each of :data:`SUM_COLUMNS` (``parcels`` and
    ``households_waiting`` as ints, the hectares as floats), as ``zone_state`` takes them."""
    old, new = contributions(before), contributions(after)
    both = {col: np.concatenate([new[col], old[col]]) for col in ("zone_id", *SUM_COLUMNS)}
    sign = np.concatenate([np.ones(len(new["zone_id"])), -np.ones(len(old["zone_id"]))])
    keys, totals = _totals(both, sign)
    columns = [totals[col].tolist() for col in SUM_COLUMNS]  # Python ints and floats
    return [(str(key), *values) for key, *values in zip(keys.tolist(), *columns)]


def need(sums: pd.DataFrame) -> dict[str, int]:
    """Households still to resettle per zone (zones with some), from the zones' sums."""
    if not len(sums):
        return {}
    zones = sums.index.to_numpy(dtype=object)
    waiting = sums["households_waiting"].to_numpy(dtype=np.int64)
    return {str(z): int(v) for z, v in zip(zones, waiting) if z != NO_ZONE and v > 0}


def stage_area(sums: pd.DataFrame) -> pd.DataFrame:
    """Recovered hectares per zone (rows, parcels of no zone left out) and clearance stage (columns, in legal order)."""
    rows = [z for z, n in zip(sums.index, sums["parcels"]) if z != NO_ZONE and n > 0]
    table = sums.loc[rows, list(STAGE_HA)].astype(float)
    table.columns = pd.Index(list(STAGES), name="stage")
    return table.round(2)
