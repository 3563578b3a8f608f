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

- ``stage_moves``: every stage step of the history summed per day (UTC, of when it happened) and step, with
  the recovered hectares of the parcels that took it as they are now: the progress chart's input
  (:func:`geo.landfund.progress`). A write moves the rows of the parcels it touched: their steps (read
  through the index on ``parcel_id``) with their hectares now, minus their steps before the write with their
  hectares then, so a re-surveyed area moves its past steps too. At 10,000,000 parcels the sum from the
  events (22.8 million, joined to the parcels) took a reader 13.8 s after every write.

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
_MOVE_COLUMNS = OWN_TABLES["stage_moves"].names

#: A stage step: an event of a stage change or an import that moved the parcel to another stage; its day (UTC).
#: ('%%': psycopg reads '%' as a placeholder in a statement with parameters; to LIKE, '%%' is '%' twice.)
_STEP = ("e.to_stage IS NOT NULL AND (e.action LIKE '%%stage%%' OR e.action LIKE '%%import%%') "
         "AND COALESCE(e.from_stage, 'not_started') <> e.to_stage")
_DAY = "substr(CAST(e.at AS TEXT), 1, 10)"
_MOVE_KEY = f"{_DAY} || '|' || COALESCE(e.from_stage, '') || '|' || e.to_stage"
#: Every stage step summed per day and step, with the hectares of the parcels that took it (the whole store).
_ALL_MOVES = (f"SELECT {_MOVE_KEY}, {_DAY}, e.from_stage, e.to_stage, "
              "SUM(COALESCE(p.recovered_m2, p.area_m2, 0)) / 10000.0, COUNT(*) "
              f"FROM clearance_events e JOIN parcels p ON p.id = e.parcel_id WHERE {_STEP} "
              f"GROUP BY {_DAY}, e.from_stage, e.to_stage")

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
    with store._transaction(write=False) as cur:
        want_moves = {r[0]: (r[4], r[5]) for r in store._execute(cur, _ALL_MOVES).fetchall()}
    have_moves = {r[0]: (float(r[4]), int(r[5])) for r in store._stage_move_rows() if r[5]}
    if set(have_moves) != set(want_moves):
        problems.append(f"stage_moves has {len(have_moves)} day steps, the events {len(want_moves)}: "
                        f"e.g. {sorted(set(have_moves) ^ set(want_moves))[:3]}")
    else:
        bad = [m for m, (ha, n) in want_moves.items()
               if have_moves[m][1] != n or abs(have_moves[m][0] - float(ha)) > 1e-6]
        if bad:
            problems.append(f"stage_moves differs for {len(bad)} day steps, e.g. {bad[:3]}")
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
    """The writer's upkeep of ``plot_state``, ``zone_state`` and ``stage_moves``, and their reads (see the module docstring)."""

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

    def stage_moves(self) -> pd.DataFrame:
        """Every stage step of the history summed per day (UTC, of when it happened) and step: ``day``,
        ``from_stage`` (None: none), ``to_stage`` and ``ha``, the recovered hectares of the parcels that took it
        (:func:`geo.landfund.stage_moves` gives the same from the events and the parcels). The progress chart's
        input, kept by the writer (``stage_moves``) instead of added up by a reader."""
        rows = [r for r in self._stage_move_rows() if r[5]]  # steps no parcel took any more: none
        return pd.DataFrame.from_records([r[1:5] for r in rows], columns=["day", "from_stage", "to_stage", "ha"]).astype(
            {"ha": float})

    def _stage_move_rows(self) -> list[tuple]:
        """``stage_moves`` as stored (:data:`_MOVE_COLUMNS`)."""
        with self._transaction(write=False) as cur:
            return self._execute(cur, f"SELECT {column_list(_MOVE_COLUMNS)} FROM stage_moves").fetchall()

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

    def _shift_moves(self, cur: Any, before: Table, after: Table, parcel_ids: Sequence[str],
                     events_after: int | None) -> None:
        """Move ``stage_moves`` by these parcels' stage steps now with their hectares ``after``, minus their steps
        before the write (those of an ``event_id`` up to ``events_after``, the last one before the write's own;
        None: the write added none) with their hectares ``before`` (a parcel new to the store had none)."""
        ids = list(dict.fromkeys(parcel_ids))
        if not ids:
            return
        new = "0" if events_after is None else f"SUM(CASE WHEN e.event_id > {int(events_after)} THEN 1 ELSE 0 END)"
        select = (f"SELECT e.parcel_id, {_DAY}, e.from_stage, e.to_stage, COUNT(*), {new} "
                  f"FROM clearance_events e WHERE {_STEP} AND e.parcel_id IN")
        rows = self._all_chunked(cur, select, ids, then=f" GROUP BY e.parcel_id, {_DAY}, e.from_stage, e.to_stage")
        then = dict(zip(np.asarray(before["id"], dtype=object), aggregates.recovered_ha(before)))
        now = dict(zip(np.asarray(after["id"], dtype=object), aggregates.recovered_ha(after)))
        moved: dict[tuple, list] = {}
        for pid, day, was, to, count, added in rows:
            old = int(count) - int(added)
            ha = (count * now[pid] if pid in now else 0.0) - (old * then[pid] if pid in then else 0.0)
            steps = (int(count) if pid in now else 0) - (old if pid in then else 0)
            move = moved.setdefault((day, was, to), [0.0, 0])
            move[0] += ha
            move[1] += steps
        for (day, was, to), (ha, steps) in sorted(moved.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2])):
            if ha == 0 and steps == 0:  # a write that moved neither the steps nor the hectares (a blocked flag)
                continue
            key = f"{day}|{was or ''}|{to}"
            done = self._execute(cur, "UPDATE stage_moves SET ha = ha + ?, steps = steps + ? WHERE move = ?",
                                 (float(ha), int(steps), key))
            if done.rowcount == 0:
                self._execute(cur, f"INSERT INTO stage_moves ({column_list(_MOVE_COLUMNS)}) "
                                   f"VALUES ({placeholders(len(_MOVE_COLUMNS))})", (key, day, was, to, float(ha), steps))

    def _derive_moves(self, cur: Any) -> None:
        """``stage_moves`` summed again from the whole history (a new store, an upgrade)."""
        self._execute(cur, "DELETE FROM stage_moves")
        self._execute(cur, f"INSERT INTO stage_moves ({column_list(_MOVE_COLUMNS)}) {_ALL_MOVES}")

    def _last_event(self, cur: Any) -> int:
        """The highest ``event_id`` so far: a write's own events come after it (one writer at a time)."""
        return int(self._execute(cur, "SELECT COALESCE(MAX(event_id), 0) FROM clearance_events").fetchone()[0])

    def _after_parcels_change(self, cur: Any, before: Table, parcel_ids: Sequence[str],
                              plots_before: set[str] | None = None, after: Table | None = None,
                              events_after: int | None = None) -> None:
        """Bring the derived state up to date after the write changed these parcels (``before``: their facts
        as the write found them, :meth:`_parcel_facts`; ``plots_before``: the plots over them then, when the
        write moved the cover; ``after``: their facts now, when the write knows them, else they are read;
        ``events_after``: the last ``event_id`` before the write's own events, which are in already; None:
        the write added none)."""
        now = self._parcel_facts(cur, parcel_ids) if after is None else after
        self._shift_zones(cur, before, now)
        self._derive_plots(cur, self._plots_over_parcels(cur, parcel_ids) | (plots_before or set()))
        self._shift_moves(cur, before, now, parcel_ids, events_after)

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
        self._derive_moves(cur)

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
