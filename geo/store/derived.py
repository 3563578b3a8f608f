"""Derived state, written once by the writer: each plot's clearance and each zone's sums of its parcels.

A plot's clearance comes from the cadastral parcels beneath it (:mod:`geo.plots`), and the land fund's
clearance figures and the zones' resettlement need from all the parcels of a zone (:mod:`geo.aggregates`).
At a million parcels a reader that derives them reads the whole parcel layer first (seconds, gigabytes);
so the store keeps them in two tables, and every write that changes parcels, plots or zones brings them up
to date **in its own transaction**: a reader sees them exactly as current as the layers.

- ``plot_state``: one row per plot with :data:`geo.plots.DERIVED`. A write re-derives the plots over the
  parcels it touched (through ``plot_cover``), reading only those plots' parcels.
- ``zone_state``: one row per zone key (zone id, ``''`` for parcels of no zone) with
  :data:`geo.aggregates.SUM_COLUMNS`. A write moves the rows by its parcels' new contributions minus
  their old ones, so it reads only the parcels it changed, however large their zones.

Creating a store (``init``, ``geo synth``, a migration) derives it from the rows at hand, part by part
(:meth:`Derived._derive_part`, :mod:`.creating`); upgrading one from schema 2 derives everything from its
tables (:meth:`Derived._derive_everything`). Readers use :meth:`Derived.read_plot_state`
and :meth:`Derived.read_zone_state`; :func:`geo.store.derived.check` (and the tests) compare them with a
derivation from the whole layers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .. import aggregates
from .. import plots as gplots
from .core import StoreCore
from .tables import OWN_TABLES, column_list, placeholders, quote

#: The parcel fields the derived state reads (``id`` aside): the sums' and the plots' clearance's.
FACT_FIELDS = tuple(dict.fromkeys((*aggregates.PARCEL_FIELDS, "stage_since")))
_PLOT_COLUMNS = OWN_TABLES["plot_state"].names
_ZONE_COLUMNS = OWN_TABLES["zone_state"].names


def plot_rows(plot_ids: Sequence[str], derived: pd.DataFrame) -> list[tuple]:
    """``plot_state`` rows from :func:`geo.plots.derive`'s frame (in the order of ``plot_ids``)."""
    cols = [derived[c].to_numpy() for c in gplots.DERIVED]
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
    def _parcel_facts(self, cur: Any, ids: Sequence[str] | None) -> pd.DataFrame:
        """The fields the derived state reads of these parcels (None: of every parcel), inside the write."""
        cols = ("id", *FACT_FIELDS)
        select = f"SELECT {column_list(cols)} FROM parcels"
        rows = (self._execute(cur, select).fetchall() if ids is None
                else self._all_chunked(cur, f"{select} WHERE id IN", list(dict.fromkeys(ids))))
        return pd.DataFrame.from_records(rows, columns=list(cols))

    def _plots_over_parcels(self, cur: Any, parcel_ids: Sequence[str]) -> set[str]:
        return {r[0] for r in self._all_chunked(cur, "SELECT DISTINCT plot_id FROM plot_cover WHERE parcel_id IN",
                                                list(dict.fromkeys(parcel_ids)))}

    def _derive_plots(self, cur: Any, plot_ids: Iterable[str]) -> None:
        """Derive these plots' clearance again from the parcels beneath them and store it."""
        ids = sorted(set(plot_ids))
        if not ids:
            return
        pairs = self._all_chunked(cur, "SELECT plot_id, parcel_id, area_m2 FROM plot_cover WHERE plot_id IN", ids)
        cover = pd.DataFrame.from_records(pairs, columns=["plot_id", "parcel_id", "area_m2"])
        parcels = self._parcel_facts(cur, cover["parcel_id"].tolist())
        plots = pd.DataFrame({"id": ids})
        derived = gplots.derive(plots, parcels, gplots.pairs_by_id(cover, plots, parcels))
        self._replace(cur, "plot_state", ids, plot_rows(ids, derived))

    def _shift_zones(self, cur: Any, before: pd.DataFrame, after: pd.DataFrame) -> None:
        """Move the zones' sums by ``after``'s contributions minus ``before``'s (the same parcels before and
        after a write; :func:`geo.aggregates.shift`)."""
        delta = aggregates.shift(before, after)
        if delta.empty:
            return
        cols = aggregates.SUM_COLUMNS
        sets = ", ".join(f"{quote(c)} = {quote(c)} + ?" for c in cols)
        for row in zone_rows(delta):
            done = self._execute(cur, f"UPDATE zone_state SET {sets} WHERE zone_id = ?", (*row[1:], row[0]))
            if done.rowcount == 0:
                self._execute(cur, f"INSERT INTO zone_state ({column_list(_ZONE_COLUMNS)}) "
                                   f"VALUES ({placeholders(len(_ZONE_COLUMNS))})", row)

    def _after_parcels_change(self, cur: Any, before: pd.DataFrame, parcel_ids: Sequence[str],
                              plots_before: set[str] | None = None) -> None:
        """Bring the derived state up to date after the write changed these parcels (``before``: their facts
        as the write found them, :meth:`_parcel_facts`; ``plots_before``: the plots over them then, when the
        write moved the cover)."""
        after = self._parcel_facts(cur, parcel_ids)
        self._shift_zones(cur, before, after)
        self._derive_plots(cur, self._plots_over_parcels(cur, parcel_ids) | (plots_before or set()))

    def _derive_everything(self, cur: Any) -> None:
        """Derive the whole state again from the store's tables (upgrading a store from schema 2)."""
        parcels = self._parcel_facts(cur, None)
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

    def _replace(self, cur: Any, table: str, keys: Sequence[str], rows: list[tuple]) -> None:
        key = OWN_TABLES[table].key
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            self._execute(cur, f"DELETE FROM {quote(table)} WHERE {quote(key)} IN ({placeholders(len(chunk))})", chunk)
        self._insert(cur, table, rows)

    def _insert(self, cur: Any, table: str, rows: list[tuple]) -> None:
        if rows:
            cols = OWN_TABLES[table].names
            cur.executemany(self._sql(f"INSERT INTO {quote(table)} ({column_list(cols)}) "
                                      f"VALUES ({placeholders(len(cols))})"), rows)
