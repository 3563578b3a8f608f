"""Derived state, written once by the writer: each plot's clearance and each zone's sums of its parcels.

A plot's clearance comes from the cadastral parcels beneath it (:mod:`geo.plots`), and the land fund's
clearance figures and the zones' resettlement need from all the parcels of a zone (:mod:`geo.aggregates`).
At a million parcels a reader that derives them reads the whole parcel layer first (seconds, gigabytes);
so the store keeps them in two tables, and every write that changes parcels, plots or zones brings them up
to date **in its own transaction**: a reader sees them exactly as current as the layers.

- ``plot_state``: one row per plot with :data:`geo.plots.DERIVED`. A write re-derives the plots over the
  parcels it touched (through ``plot_cover``): the database totals those plots' parcels in one aggregate
  (a plot of a 10M store lies over thousands of parcels) and :func:`geo.plots.clearance` turns the totals
  into the clearance, as :func:`geo.plots.derive` does for a whole layer.
- ``zone_state``: one row per zone key (zone id, ``''`` for parcels of no zone) with
  :data:`geo.aggregates.SUM_COLUMNS`. A write moves the rows by its parcels' new contributions minus
  their old ones, so it reads only the parcels it changed, however large their zones; their facts travel
  as plain columns (:mod:`geo.columns`), since a frame for one parcel costs more than the sums.

Creating a store (``init``, ``geo synth``, a migration) derives it from the rows at hand, part by part
(:meth:`Derived._derive_part`, :mod:`.creating`); upgrading one from schema 2 derives everything from its
tables (:meth:`Derived._derive_everything`). Readers use :meth:`Derived.read_plot_state`
and :meth:`Derived.read_zone_state`; :func:`geo.store.derived.check` (and the tests) compare them with a
derivation from the whole layers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .. import aggregates, cadastre
from .. import plots as gplots
from ..columns import Table
from ..stages import STAGES
from .core import StoreCore
from .tables import OWN_TABLES, column_list, placeholders, quote

#: The parcel fields the derived state reads (``id`` aside): the sums' and the plots' clearance's.
FACT_FIELDS = tuple(dict.fromkeys((*aggregates.PARCEL_FIELDS, "stage_since")))
_PLOT_COLUMNS = OWN_TABLES["plot_state"].names
_ZONE_COLUMNS = OWN_TABLES["zone_state"].names

_HANDED_OVER = f"p.clearance_stage = '{STAGES[gplots.HANDED_OVER]}'"
#: A parcel's stage as its position in STAGES (an unknown or missing stage as not started, as geo.plots does).
_STAGE_NO = ("CASE p.clearance_stage " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STAGES))
             + " ELSE 0 END")
#: The totals :func:`geo.plots.clearance` takes, per plot and land-use code, over the parcels beneath the
#: plots named: parcels, area covered, area handed over, least stage, parcels blocked, households given
#: on parcels not handed over, and parcels not handed over whose households come from their land use
#: (:func:`geo.cadastre.households`: none given, so one on residential land; the code decides, in Python).
_PLOT_TOTALS = (
    "SELECT c.plot_id, p.land_use_code, COUNT(*), SUM(c.area_m2), "
    f"SUM(CASE WHEN {_HANDED_OVER} THEN c.area_m2 ELSE 0.0 END), MIN({_STAGE_NO}), "
    "SUM(CASE WHEN p.blocked THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN {_HANDED_OVER} THEN 0 ELSE COALESCE(p.resettlement_households, 0) END), "
    f"SUM(CASE WHEN {_HANDED_OVER} OR p.resettlement_households IS NOT NULL THEN 0 ELSE 1 END), "
    "MAX(p.stage_since) "
    "FROM plot_cover c JOIN parcels p ON p.id = c.parcel_id WHERE c.plot_id IN"
)


def plot_rows(plot_ids: Sequence[str], derived: pd.DataFrame | dict[str, np.ndarray]) -> list[tuple]:
    """``plot_state`` rows from :func:`geo.plots.derive`'s frame, or :func:`geo.plots.clearance`'s columns
    (in the order of ``plot_ids``)."""
    cols = [np.asarray(derived[c]) for c in gplots.DERIVED]
    out = []
    for i, pid in enumerate(plot_ids):
        stage, share, blocked, nblocked, homes, since, count = (c[i] for c in cols)
        out.append((pid, str(stage), float(share), bool(blocked), int(nblocked), int(homes),
                    since if isinstance(since, str) else None, int(count)))
    return out


def zone_rows(sums: pd.DataFrame) -> list[tuple]:
    """``zone_state`` rows from :func:`geo.aggregates.zone_sums`'s frame."""
    cols = list(aggregates.SUM_COLUMNS)
    out = []
    for zid, rec in zip(sums.index, sums[cols].itertuples(index=False)):
        values = list(rec)
        out.append((str(zid), int(values[0]), *(float(v) for v in values[1:-1]), int(values[-1])))
    return out


def facts_of(parcels: Sequence[Mapping[str, Any]]) -> dict[str, np.ndarray]:
    """Parcels' ``id`` and :data:`FACT_FIELDS` as plain columns (:mod:`geo.columns`), from rows by field."""
    return {f: np.array([p[f] for p in parcels], dtype=object) for f in ("id", *FACT_FIELDS)}


def plot_frame(rows: Iterable[tuple]) -> pd.DataFrame:
    """``plot_state`` rows as a frame indexed by plot id, typed as :func:`geo.plots.derive` gives them."""
    frame = pd.DataFrame.from_records(list(rows), columns=list(_PLOT_COLUMNS))
    frame = frame.set_index("plot_id")
    frame["blocked"] = frame["blocked"].astype(bool)
    for c in ("blocked_parcels", "resettlement_households", "parcel_count"):
        frame[c] = frame[c].astype(np.int64)
    frame["handed_over_share"] = frame["handed_over_share"].astype(float)
    frame["clearance_stage"] = frame["clearance_stage"].astype(object)
    frame["stage_since"] = frame["stage_since"].astype(object).where(frame["stage_since"].notna(), None)
    return frame


def zone_frame(rows: Iterable[tuple]) -> pd.DataFrame:
    """``zone_state`` rows as :func:`geo.aggregates.zone_sums` gives them (indexed by zone key)."""
    frame = pd.DataFrame.from_records(list(rows), columns=list(_ZONE_COLUMNS)).set_index("zone_id")
    frame["parcels"] = frame["parcels"].astype(np.int64)
    frame["households_waiting"] = frame["households_waiting"].astype(np.int64)
    return frame.sort_index()


def check(store: Any) -> list[str]:
    """Where the store's derived state differs from a derivation from its whole layers (empty: nowhere).

    For tests and for ``geo check``-style audits; a reader never does this."""
    parcels = store.read_layer("parcels", columns=list(FACT_FIELDS))
    plots = store.read_layer("plots", columns=["zone_id"])
    pairs = gplots.pairs_by_id(store.read_cover(), plots, parcels)
    want_plots = gplots.derive(plots, parcels, pairs).set_axis(plots["id"].to_numpy(dtype=object))
    have_plots = store.read_plot_state()
    problems = []
    if set(have_plots.index) != set(want_plots.index):
        problems.append(f"plot_state holds {len(have_plots)} plots, the layer {len(want_plots)}")
    else:
        have_plots = have_plots.loc[want_plots.index]
        for col in gplots.DERIVED:
            a, b = have_plots[col].to_numpy(), want_plots[col].to_numpy()
            same = np.isclose(a.astype(float), b.astype(float)) if col == "handed_over_share" else (
                pd.Series(a, dtype=object).fillna("").astype(str).to_numpy()
                == pd.Series(b, dtype=object).fillna("").astype(str).to_numpy())
            if not np.all(same):
                bad = want_plots.index[~same][:3].tolist()
                problems.append(f"plot_state.{col} differs for {int((~same).sum())} plots, e.g. {bad}")
    want_zones = aggregates.zone_sums(parcels)
    have_zones = store.read_zone_state()
    have_zones = have_zones[have_zones["parcels"] != 0]
    if set(have_zones.index) != set(want_zones.index):
        problems.append(f"zone_state has zones {sorted(have_zones.index)}, the parcels {sorted(want_zones.index)}")
    else:
        for col in aggregates.SUM_COLUMNS:
            a = have_zones.loc[want_zones.index, col].to_numpy(dtype=float)
            b = want_zones[col].to_numpy(dtype=float)
            if not np.allclose(a, b, rtol=0, atol=1e-6):
                problems.append(f"zone_state.{col} differs")
    return problems


def _dates(values: np.ndarray) -> np.ndarray:
    """ISO dates (None for none) as ``datetime64``; one that is not a date as NaT, as :func:`geo.plots.derive`
    reads them (``pd.to_datetime(errors="coerce")``, which costs milliseconds even for one value)."""
    if all(v is None or (isinstance(v, str) and len(v) == 10) for v in values):  # YYYY-MM-DD, as stored
        try:
            return np.asarray(values, dtype="datetime64[ns]")
        except ValueError:
            pass
    return pd.to_datetime(values, errors="coerce").to_numpy(dtype="datetime64[ns]")


class Derived(StoreCore):
    """The writer's upkeep of ``plot_state`` and ``zone_state``, and their reads (see the module docstring)."""

    # ------------------------------------------------------------------ reads
    def read_plot_state(self) -> pd.DataFrame:
        """Each plot's derived clearance (:data:`geo.plots.DERIVED`), indexed by plot id."""
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, f"SELECT {column_list(_PLOT_COLUMNS)} FROM plot_state").fetchall()
        return plot_frame(rows)

    def read_zone_state(self) -> pd.DataFrame:
        """Each zone's sums of its cadastral parcels (:data:`geo.aggregates.SUM_COLUMNS`), indexed by zone id
        (``''``: parcels of no zone)."""
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, f"SELECT {column_list(_ZONE_COLUMNS)} FROM zone_state").fetchall()
        return zone_frame(rows)

    # ------------------------------------------------------------------ the writer's upkeep
    def _parcel_facts(self, cur: Any, ids: Sequence[str] | None) -> dict[str, np.ndarray]:
        """The fields the derived state reads of these parcels (None: of every parcel), inside the write, as
        plain columns (:mod:`geo.columns`; ``id`` and :data:`FACT_FIELDS`)."""
        cols = ("id", *FACT_FIELDS)
        select = f"SELECT {column_list(cols)} FROM parcels"
        rows = (self._execute(cur, select).fetchall() if ids is None
                else self._all_chunked(cur, f"{select} WHERE id IN", list(dict.fromkeys(ids))))
        if not rows:
            return {c: np.empty(0, dtype=object) for c in cols}
        return {c: np.array(values, dtype=object) for c, values in zip(cols, zip(*rows))}

    def _plots_over_parcels(self, cur: Any, parcel_ids: Sequence[str]) -> set[str]:
        return {r[0] for r in self._all_chunked(cur, "SELECT DISTINCT plot_id FROM plot_cover WHERE parcel_id IN",
                                                list(dict.fromkeys(parcel_ids)))}

    def _derive_plots(self, cur: Any, plot_ids: Iterable[str]) -> None:
        """Derive these plots' clearance again from the parcels beneath them and store it.

        The database totals the parcels beneath each plot (one aggregate over ``plot_cover`` and
        ``parcels``, :data:`_PLOT_TOTALS`) and :func:`geo.plots.clearance` turns the totals into the
        clearance, as :func:`geo.plots.derive` does: a plot over thousands of parcels costs one statement
        and a few rows, not its parcels read into Python."""
        ids = sorted(set(plot_ids))
        if not ids:
            return
        rows = self._all_chunked(cur, _PLOT_TOTALS, ids, then=" GROUP BY c.plot_id, p.land_use_code")
        n, at = len(ids), {pid: i for i, pid in enumerate(ids)}
        count, least = np.zeros(n, dtype=np.int64), np.full(n, len(STAGES), dtype=np.int64)
        covered, done = np.zeros(n), np.zeros(n)
        blocked, waiting = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
        latest = np.full(n, None, dtype=object)
        codes = list(dict.fromkeys(r[1] for r in rows))
        homes = dict(zip(codes, cadastre.households(
            {"resettlement_households": [None] * len(codes), "land_use_code": np.array(codes, dtype=object)})))
        for plot_id, code, parcels, area, handed, stage, nblocked, given, by_use, since in rows:
            i = at[plot_id]
            count[i] += parcels
            covered[i] += area
            done[i] += handed
            least[i] = min(least[i], stage)
            blocked[i] += nblocked
            waiting[i] += int(given) + int(by_use) * int(homes[code])
            if since is not None and (latest[i] is None or since > latest[i]):
                latest[i] = since
        derived = gplots.clearance(covered, done, least, blocked, waiting, _dates(latest), count)
        self._upsert(cur, "plot_state", plot_rows(ids, derived))

    def _shift_zones(self, cur: Any, before: Table, after: Table) -> None:
        """Move the zones' sums by ``after``'s contributions minus ``before``'s (the same parcels before and
        after a write; :func:`geo.aggregates.shift`)."""
        cols = aggregates.SUM_COLUMNS
        sets = ", ".join(f"{quote(c)} = {quote(c)} + ?" for c in cols)
        for row in aggregates.shift(before, after):
            done = self._execute(cur, f"UPDATE zone_state SET {sets} WHERE zone_id = ?", (*row[1:], row[0]))
            if done.rowcount == 0:
                self._execute(cur, f"INSERT INTO zone_state ({column_list(_ZONE_COLUMNS)}) "
                                   f"VALUES ({placeholders(len(_ZONE_COLUMNS))})", row)

    def _after_parcels_change(self, cur: Any, before: Table, parcel_ids: Sequence[str],
                              plots_before: set[str] | None = None, after: Table | None = None) -> None:
        """Bring the derived state up to date after the write changed these parcels (``before``: their facts
        as the write found them, :meth:`_parcel_facts`; ``plots_before``: the plots over them then, when the
        write moved the cover; ``after``: their facts now, when the write knows them, else they are read)."""
        self._shift_zones(cur, before, self._parcel_facts(cur, parcel_ids) if after is None else after)
        self._derive_plots(cur, self._plots_over_parcels(cur, parcel_ids) | (plots_before or set()))

    def _derive_everything(self, cur: Any) -> None:
        """Derive the whole state again from the store's tables (upgrading a store from schema 2)."""
        parcels = pd.DataFrame(self._parcel_facts(cur, None))
        plot_ids = [r[0] for r in self._execute(cur, "SELECT id FROM plots ORDER BY fid").fetchall()]
        plots = pd.DataFrame({"id": plot_ids})
        cover = pd.DataFrame.from_records(
            self._execute(cur, "SELECT plot_id, parcel_id, area_m2 FROM plot_cover").fetchall(),
            columns=["plot_id", "parcel_id", "area_m2"])
        pairs = gplots.pairs_by_id(cover, plots, parcels)
        self._execute(cur, "DELETE FROM plot_state")
        self._execute(cur, "DELETE FROM zone_state")
        self._insert(cur, "plot_state", plot_rows(plot_ids, gplots.derive(plots, parcels, pairs)))
        self._write_zone_state(cur, aggregates.zone_sums(parcels))

    def _derive_part(self, cur: Any, plots: Sequence[dict], parcels: Sequence[dict], pairs: pd.DataFrame) -> pd.DataFrame:
        """Store the derived clearance of a part of a store being made (its plots, from its parcels and their
        cover as row positions) and return its parcels' zone sums (the store's are their sum over the parts)."""
        facts = pd.DataFrame({f: [r.get(f) for r in parcels] for f in ("id", *FACT_FIELDS)})
        ids = [r["id"] for r in plots]
        self._insert(cur, "plot_state", plot_rows(ids, gplots.derive(pd.DataFrame({"id": ids}), facts, pairs)))
        return aggregates.zone_sums(facts)

    def _write_zone_state(self, cur: Any, sums: pd.DataFrame) -> None:
        self._insert(cur, "zone_state", zone_rows(sums))

    def _upsert(self, cur: Any, table: str, rows: list[tuple]) -> None:
        """Insert rows, or update those whose key is there already (one statement a row, both dialects)."""
        if rows:
            spec = OWN_TABLES[table]
            sets = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in spec.names if c != spec.key)
            cur.executemany(self._sql(f"INSERT INTO {quote(table)} ({column_list(spec.names)}) "
                                      f"VALUES ({placeholders(len(spec.names))}) "
                                      f"ON CONFLICT ({quote(spec.key)}) DO UPDATE SET {sets}"), rows)

    def _insert(self, cur: Any, table: str, rows: list[tuple]) -> None:
        if rows:
            cols = OWN_TABLES[table].names
            cur.executemany(self._sql(f"INSERT INTO {quote(table)} ({column_list(cols)}) "
                                      f"VALUES ({placeholders(len(cols))})"), rows)
