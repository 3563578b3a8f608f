"""Reading a store: layers as GeoDataFrames, one parcel, its history, and where the store's history stands.

Reads take no lock and check no role: what a read may show is decided by its arguments (``public``
reads leave internal fields out; personal fields are never in a layer, see :mod:`.personal`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import geopandas as gpd
import pandas as pd

from .. import audit
from ..errors import InputError, NotFoundError
from ..picker import parcel_query
from ..schema import Layer, get_layer
from ..stages import STAGES
from .columnar import CHUNK_ROWS, compact_frame, plain_frame, release, rows_batches
from .core import StoreCore
from .frames import iso_text, row_dict
from .tables import EVENT_COLUMNS, column_list, placeholders, quote
from .values import ClearanceEvent

#: Ids one statement asks for at most (:meth:`Reads.events` of given parcels).
IDS_PER_STATEMENT = 5000


def _event(row: Sequence) -> ClearanceEvent:
    d = dict(zip(EVENT_COLUMNS, row))
    d["version"] = int(d["version"])
    d["at"] = iso_text(d["at"], "datetime")
    d["recorded_at"] = iso_text(d["recorded_at"], "datetime")
    return ClearanceEvent(**d)


class Reads(StoreCore):
    """The read side of a store."""

    def change_counter(self) -> int:
        """A number that grows with every write; caches key on it."""
        with self._transaction(write=False) as cur:
            row = self._execute(cur, "SELECT value FROM siteready_counter WHERE id = 1").fetchone()
        return int(row[0])

    def watermark(self) -> tuple[int, int]:
        """Where the store's history stands: (last clearance event id, last audit-log entry id)."""
        with self._transaction(write=False) as cur:
            ev = self._execute(cur, "SELECT COALESCE(MAX(event_id), 0) FROM clearance_events").fetchone()[0]
            au = self._execute(cur, "SELECT COALESCE(MAX(entry_id), 0) FROM audit_log").fetchone()[0]
        return int(ev), int(au)

    def changes_since(self, mark: tuple[int, int]) -> tuple[set[str], set[str]]:
        """Parcels with events, and audit-log actions, recorded after ``mark`` (see :meth:`watermark`).

        Caches use it to refresh only what changed: a clearance edit touches a few parcels, while an
        import (audit action ``import``) may change any layer.
        """
        with self._transaction(write=False) as cur:
            ids = {r[0] for r in self._execute(
                cur, "SELECT DISTINCT parcel_id FROM clearance_events WHERE event_id > ?", (mark[0],)).fetchall()}
            actions = {r[0] for r in self._execute(
                cur, "SELECT DISTINCT action FROM audit_log WHERE entry_id > ?", (mark[1],)).fetchall()}
        return ids, actions

    def meta(self) -> dict[str, str]:
        with self._transaction(write=False) as cur:
            return dict(self._execute(cur, "SELECT key, value FROM siteready_meta").fetchall())

    def count(self, layer: str) -> int:
        get_layer(layer)
        with self._transaction(write=False) as cur:
            return int(self._execute(cur, f"SELECT COUNT(*) FROM {quote(layer)}").fetchone()[0])

    def read_layer(
        self,
        name: str,
        *,
        public: bool = False,
        columns: Sequence[str] | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        ids: Sequence[str] | None = None,
    ) -> gpd.GeoDataFrame:
        """A layer as a GeoDataFrame in EPSG:4326, in insertion order.

        ``public``: only the fields anyone may see. ``columns``: only these fields
        (``id`` always comes along). ``bbox``: only features whose envelope meets it.
        """
        layer = get_layer(name)
        allowed = layer.public_names if public else layer.names
        if columns is not None:
            unknown = [c for c in columns if c not in layer.names]
            if unknown:
                raise InputError("store.no_field", layer=name, field=unknown[0])
            cols = ["id", *[c for c in columns if c != "id" and c in allowed]]
        else:
            cols = list(allowed)
        if bbox is None and ids is None:
            whole = self._read_columnar(layer, cols)
            if whole is not None:
                return whole
        return self._read_rows(layer, cols, bbox, ids)

    def _read_columnar(self, layer: Layer, cols: list[str]) -> gpd.GeoDataFrame | None:
        """A whole layer read column-wise, where the store has a faster path than rows (None: it has not)."""
        return None

    def _read_rows(self, layer: Layer, cols: list[str], bbox: Sequence[float] | None,
                   ids: Sequence[str] | None) -> gpd.GeoDataFrame:
        name = layer.name
        sql = f"SELECT {column_list(cols)}, {self._geom_select()} FROM {quote(name)}"
        params: list[Any] = []
        where = []
        if bbox is not None:
            where.append(self._bbox_clause(name))
            params.extend(bbox)
        if ids is not None:
            ids = list(ids)
            where.append(f"id IN ({placeholders(len(ids))})" if ids else "1 = 0")
            params.extend(ids)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY fid"
        with self._transaction(write=False) as cur:
            records = self._execute(cur, sql, params).fetchall()
        return self._frame(layer, cols, records)

    def read_cover(self) -> pd.DataFrame:
        """Which cadastral parcels lie beneath which plot: ``plot_id``, ``parcel_id``, ``area_m2`` (the part of
        the parcel under the plot), as imports and the store's creation recorded it (:mod:`geo.plots`)."""
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, "SELECT plot_id, parcel_id, area_m2 FROM plot_cover ORDER BY pair_id").fetchall()
        return pd.DataFrame(rows, columns=["plot_id", "parcel_id", "area_m2"]).astype(
            {"plot_id": object, "parcel_id": object, "area_m2": float})

    def parcel_attributes(self, columns: Sequence[str], *, stages: Sequence[str] | None = None,
                          since_before: Mapping[str, str] | None = None) -> pd.DataFrame:
        """Some fields of the cadastral parcels (``id`` first), without their geometry, in store order;
        ``stages``: only parcels at these clearance stages; ``since_before``: only parcels at one of these
        stages since before its date (ISO ``YYYY-MM-DD``: the overdue list's candidates)."""
        layer = get_layer("parcels")
        unknown = [c for c in columns if c not in layer.names]
        if unknown:
            raise InputError("store.no_field", layer="parcels", field=unknown[0])
        cols = ["id", *[c for c in columns if c != "id"]]
        sql = f"SELECT {column_list(cols)} FROM parcels"
        params: list[Any] = []
        where = []
        if stages is not None:
            where.append(f"clearance_stage IN ({placeholders(len(stages))})" if stages else "1 = 0")
            params += list(stages)
        if since_before is not None:
            where.append("(" + (" OR ".join(["(clearance_stage = ? AND stage_since < ?)"] * len(since_before))
                                or "1 = 0") + ")")
            params += [v for pair in since_before.items() for v in pair]
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, sql + " ORDER BY fid", params).fetchall()
        return pd.DataFrame.from_records(rows, columns=cols)

    def parcels_near(self, bbox: tuple[float, float, float, float], limit: int,
                     count_up_to: int | None = None) -> tuple[gpd.GeoDataFrame, int]:
        """The cadastral parcels whose envelope meets ``bbox`` (west, south, east, north): all of them when
        there are at most ``limit``, else the ``limit`` nearest its centre (chosen by the database through its
        spatial index, so a dense view never travels whole); in store order, with how many meet ``bbox``,
        counted up to ``count_up_to`` when given (a count stops there: counting 700,000 parcels of a dense
        view takes seconds; a count reads the rows it counts)."""
        cap = "" if count_up_to is None else f" LIMIT {max(int(count_up_to), int(limit) + 1)}"
        with self._transaction(write=False) as cur:
            total = int(self._execute(cur, f"SELECT COUNT(*) FROM (SELECT 1 FROM parcels WHERE "
                                           f"{self._bbox_clause('parcels')}{cap}) AS in_view", bbox).fetchone()[0])
            ids = None
            if total > limit:
                cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
                sql, params = self._nearest_sql("parcels", bbox, (cx, cy), int(limit))
                ids = [r[0] for r in self._execute(cur, sql, params).fetchall()]
        found = self.read_layer("parcels", bbox=bbox if ids is None else None, ids=ids)
        return found, total

    def _nearest_sql(self, layer: str, bbox: Sequence[float], point: tuple[float, float],
                     limit: int) -> tuple[str, tuple]:
        """SQL and its parameters for the ids of at most ``limit`` features of ``layer`` meeting ``bbox``,
        nearest ``point`` (a dialect hook)."""
        raise NotImplementedError

    def cover_of(self, *, plot_ids: Sequence[str] | None = None, parcel_ids: Sequence[str] | None = None) -> pd.DataFrame:
        """The recorded cover (:meth:`read_cover`'s columns) of these plots, or of these parcels."""
        column, ids = ("plot_id", plot_ids) if plot_ids is not None else ("parcel_id", parcel_ids)
        with self._transaction(write=False) as cur:
            rows = sorted(self._all_chunked(cur, f"SELECT pair_id, plot_id, parcel_id, area_m2 FROM plot_cover "
                                                 f"WHERE {column} IN", list(ids or [])))
        rows = [r[1:] for r in rows]  # in the order the pairs were recorded
        return pd.DataFrame(rows, columns=["plot_id", "parcel_id", "area_m2"]).astype(
            {"plot_id": object, "parcel_id": object, "area_m2": float})

    def find_parcels(self, text: str, limit: int = 12) -> pd.DataFrame:
        """Cadastral parcels a search names (:func:`geo.picker.parcel_query`): by sheet and parcel number
        ("12/345", the parcel number perhaps only begun), by parcel number alone or the start of an id
        ("16171-12"), at most ``limit``, in store order: ``id``, ``sheet_no``, ``parcel_no``. One indexed or
        bounded query, however many parcels the store holds."""
        query = parcel_query(text)
        cols = ["id", "sheet_no", "parcel_no"]
        if query is None:
            return pd.DataFrame(columns=cols)
        if query[0] == "numbers":
            where, params = "sheet_no = ? AND parcel_no LIKE ?", [query[1], query[2] + "%"]
        elif query[0] == "number":
            where, params = "parcel_no = ? OR (id >= ? AND id < ?)", [query[1], query[1], query[1] + "\U0010ffff"]
        else:
            where, params = "id >= ? AND id < ?", [query[1], query[1] + "\U0010ffff"]
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, f"SELECT id, sheet_no, parcel_no FROM parcels WHERE {where} ORDER BY fid "
                                      f"LIMIT {int(limit)}", params).fetchall()
        return pd.DataFrame(rows, columns=cols)

    def get_parcel(self, parcel_id: str) -> dict[str, Any]:
        """All fields of one parcel (personal fields excluded) and its geometry."""
        gdf = self.read_layer("parcels", ids=[parcel_id])
        if gdf.empty:
            raise NotFoundError("store.no_parcel", parcel=parcel_id)
        return row_dict(gdf)

    def history(self, parcel_id: str) -> list[ClearanceEvent]:
        """The parcel's recorded changes, oldest first."""
        with self._transaction(write=False) as cur:
            if self._execute(cur, "SELECT 1 FROM parcels WHERE id = ?", (parcel_id,)).fetchone() is None:
                raise NotFoundError("store.no_parcel", parcel=parcel_id)
            rows = self._execute(
                cur,
                f"SELECT {column_list(EVENT_COLUMNS)} FROM clearance_events WHERE parcel_id = ? ORDER BY event_id",
                (parcel_id,),
            ).fetchall()
        return [_event(r) for r in rows]

    def plot_births(self) -> pd.DataFrame:
        """Plots an import created: ``plot_id``, ``at`` (the day the file gave, else the import's time) and
        ``recorded_at`` (the import's time). Plots of the store's first seeding have none: they always were."""
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, "SELECT target, detail, at FROM audit_log WHERE action = ? ORDER BY entry_id",
                                 (audit.PLOT_ADD,)).fetchall()
        return pd.DataFrame({"plot_id": [r[0] for r in rows], "at": [r[1] for r in rows],
                             "recorded_at": [iso_text(r[2], "datetime") for r in rows]})

    def plot_edits(self) -> pd.DataFrame:
        """Every recorded change of what a plot offers, oldest first: ``plot_id``, ``at`` (when it was recorded)
        and ``detail`` (``lease_status: available → leased; utility_water: yes``), for replays of past days."""
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, "SELECT target, at, detail FROM audit_log WHERE action = ? ORDER BY entry_id",
                                 (audit.PLOT_EDIT,)).fetchall()
        return pd.DataFrame({"plot_id": [r[0] for r in rows], "at": [iso_text(r[1], "datetime") for r in rows],
                             "detail": [r[2] for r in rows]})

    def events(self, columns: Sequence[str] | None = None, *, since: int = 0, compact: bool = False,
               fids: tuple[int, int] | None = None, parcel_ids: Sequence[str] | None = None) -> pd.DataFrame:
        """Every recorded event, oldest first, as a DataFrame (replays, progress charts, ``history --all``).

        ``columns``: only these fields of ``clearance_events`` and ``event_id`` (a replay of a million parcels'
        history reads half as much without the people and texts). ``since``: only events recorded after the
        event with that ``event_id`` (a reader that holds the earlier ones reads only what is new).
        Read column-wise (:mod:`.columnar`), never as a list of rows. ``compact``: the form replays keep
        (:func:`.columnar.compact_frame`): ``action`` and the stages as categoricals (the stages' categories
        are :data:`geo.stages.STAGES`), ``at`` and ``recorded_at`` as ``datetime64[s]`` (UTC), ``parcel_id``
        as Arrow-backed text; otherwise the frame a row read gives (times as their ISO text). ``fids``: only the
        events of the parcels whose ``fid`` is within these bounds (both included; a replay that goes over the
        parcels a range at a time: :func:`geo.replay.pieces`), found through the index on ``parcel_id``.
        ``parcel_ids``: only the events of these parcels (the few a past day's map draws), through that index,
        :data:`IDS_PER_STATEMENT` ids a statement."""
        unknown = [c for c in (columns or ()) if c not in EVENT_COLUMNS]
        if unknown:
            raise InputError("store.no_field", layer="clearance_events", field=unknown[0])
        cols = list(EVENT_COLUMNS) if columns is None else [c for c in EVENT_COLUMNS if c in columns or c == "event_id"]
        kinds = self._read_kinds({c: _EVENT_KINDS[c] for c in cols})

        where = "event_id > ?"
        params: list[Any] = [int(since)]
        if fids is not None:
            where += f" AND {self._OF_FIDS}"
            params += [int(fids[0]), int(fids[1])]
        select = f"SELECT {self._select_list(kinds)} FROM clearance_events WHERE {where}"
        if parcel_ids is None:
            statements = [(f"{select} ORDER BY event_id", params)]
        else:
            ids = list(dict.fromkeys(str(i) for i in parcel_ids))
            statements = [(f"{select} AND parcel_id IN ({placeholders(len(chunk))}) ORDER BY event_id", params + chunk)
                          for chunk in (ids[i:i + IDS_PER_STATEMENT] for i in range(0, len(ids), IDS_PER_STATEMENT))]
            statements = statements or [(f"{select} AND 1 = 0", params)]

        def read() -> Any:
            select_columns = self._select_columns if parcel_ids is None else self._select_rows
            for sql, values in statements:
                yield from select_columns(sql, values, kinds)

        if not compact:
            out = _freeing(plain_frame, read, kinds)
        else:
            out = _freeing(compact_frame, read, kinds, categories={"action": None, "from_stage": STAGES,
                                                                   "to_stage": STAGES}, keep_text=("parcel_id",))
        if len(statements) > 1:  # each statement's events are in order; all of them, oldest first
            out = out.sort_values("event_id", kind="stable", ignore_index=True)
        return out

    # ------------------------------------------------------------------ column-wise reads (issue #17)
    def _select_columns(self, sql: str, params: Sequence, kinds: Mapping[str, str]) -> Iterator[Any]:
        """The rows of one SELECT (its columns in the order of ``kinds``) as Arrow record batches, a chunk of rows
        fetched for each, inside one read transaction while they are consumed (:mod:`.columnar`; a dialect
        may stream them faster: PostGIS copies them)."""
        return self._select_rows(sql, params, kinds)

    def _select_rows(self, sql: str, params: Sequence, kinds: Mapping[str, str]) -> Iterator[Any]:
        """:meth:`_select_columns` by rows, in every dialect: for a few thousand rows, the quickest way."""
        def chunks(cur: Any) -> Iterator[list]:
            while rows := cur.fetchmany(CHUNK_ROWS):
                yield rows

        with self._transaction(write=False) as cur:
            yield from rows_batches(chunks(self._execute(cur, sql, params)), kinds)

    #: The rows (events, cover pairs) of the parcels of a range of ``fid`` (a dialect hook): found through the
    #: table's index on ``parcel_id``.
    _OF_FIDS = "parcel_id IN (SELECT id FROM parcels WHERE fid BETWEEN ? AND ?)"

    #: How the dialect sends a stored time column-wise: ``time`` (its ISO text) or ``epoch`` (whole seconds).
    _time_kind = "time"

    def _time_select(self, column: str) -> str:
        """SQL for a stored time as :attr:`_time_kind` says (a dialect hook): here the stored ISO text."""
        return f"CAST({quote(column)} AS TEXT)"

    def _read_kinds(self, kinds: Mapping[str, str]) -> dict[str, str]:
        return {c: (self._time_kind if k == "time" else k) for c, k in kinds.items()}

    def _select_list(self, kinds: Mapping[str, str]) -> str:
        # A table's key (``fid``) cast: GDAL leaves an INTEGER PRIMARY KEY out of a result's columns.
        return ", ".join((self._time_select(c) if k in ("time", "epoch") else f"CAST({quote(c)} AS TEXT)"
                          if k == "text" else f"CAST({quote(c)} AS BIGINT)" if c == "fid" else quote(c))
                         + f" AS {quote(c)}" for c, k in kinds.items())

    def parcel_table(self, columns: Sequence[str], *, fids: tuple[int, int] | None = None) -> pd.DataFrame:
        """Fields of every cadastral parcel (``id`` first), without geometry, in store order: what a replay, the
        land fund on a past day and the change between two dates go over. Read column-wise and compact
        (:func:`.columnar.compact_frame`): ``id`` as Arrow-backed text, other text and dates (ISO text) as
        categoricals (``clearance_stage``'s categories are :data:`geo.stages.STAGES`), nullable booleans and
        integers, floats. At a million parcels about 60 MB for the replay's fields, where the layer with
        its geometry takes about 1 GB.

        ``fid`` may be asked for too: the row's key in the store, which grows in store order (a replay goes
        over the parcels a range of it at a time). ``fids``: only the parcels whose ``fid`` is within these
        bounds (both included)."""
        layer = get_layer("parcels")
        unknown = [c for c in columns if c not in layer.names and c != "fid"]
        if unknown:
            raise InputError("store.no_field", layer="parcels", field=unknown[0])
        cols = ["id", *dict.fromkeys(c for c in columns if c != "id")]
        kinds = self._read_kinds({c: "int" if c == "fid" else _FIELD_KINDS[layer.field(c).type] for c in cols})
        categories: dict[str, Sequence[str] | None] = {
            c: (STAGES if c == "clearance_stage" else None) for c, k in kinds.items() if k == "text" and c != "id"}
        where, params = ("", []) if fids is None else (" WHERE fid BETWEEN ? AND ?", [int(fids[0]), int(fids[1])])
        return _freeing(compact_frame, lambda: self._select_columns(
            f"SELECT {self._select_list(kinds)} FROM parcels{where} ORDER BY fid", params, kinds),
            kinds, categories=categories, keep_text=("id",))

    def fid_bounds(self) -> tuple[int, int]:
        """The lowest and the highest ``fid`` of the cadastral parcels ((1, 0) when there are none)."""
        with self._transaction(write=False) as cur:
            lo, hi = self._execute(cur, "SELECT MIN(fid), MAX(fid) FROM parcels").fetchone()
        return (1, 0) if lo is None else (int(lo), int(hi))

    def first_event_day(self) -> int | None:
        """The local day number (:func:`geo.timeline.day_number`) of the earliest time a clearance step happened
        (``at``), None without events: where a past day may start, asked of the index-free ``MIN``, not of
        the whole history."""
        from ..timeline import local_days

        with self._transaction(write=False) as cur:
            first = self._execute(cur, "SELECT MIN(at) FROM clearance_events").fetchone()[0]
        if first is None:
            return None
        day = int(local_days([iso_text(first, "datetime")])[0])
        return day if day >= 0 else None

    def cover_table(self, *, fids: tuple[int, int] | None = None) -> pd.DataFrame:
        """:meth:`read_cover` read column-wise: ``plot_id`` as a categorical, ``parcel_id`` as Arrow-backed
        text, ``area_m2``; in the order the pairs were recorded. ``fids``: only the pairs of the parcels whose
        ``fid`` is within these bounds (a replay that goes over the parcels a range at a time)."""
        kinds = {"plot_id": "text", "parcel_id": "text", "area_m2": "real"}
        where, params = ("", []) if fids is None else (f" WHERE {self._OF_FIDS}", [int(fids[0]), int(fids[1])])
        return _freeing(compact_frame, lambda: self._select_columns(
            f"SELECT plot_id, parcel_id, area_m2 FROM plot_cover{where} ORDER BY pair_id", params, kinds), kinds,
            categories={"plot_id": None}, keep_text=("parcel_id",))

    # ------------------------------------------------------------------ a zone's parcels, a page at a time
    #: Rows a search of a zone's parcels asks the database for at a time (:meth:`zone_parcels`).
    SEARCH_BATCH = 2000

    def zone_parcels(self, zone: str | None, columns: Sequence[str], *, stages: Sequence[str] | None = None,
                     text: str | None = None, offset: int = 0, limit: int | None = None) -> pd.DataFrame:
        """Some fields of a zone's cadastral parcels (``id`` first), without their geometry, typed as
        :meth:`read_layer` types them, in store order and a page at a time: the officer's lists, however many
        parcels the zone holds.

        ``zone``: a zone id; ``""`` (:data:`geo.aggregates.NO_ZONE`): the parcels in no zone; None: every
        parcel. ``stages``: only parcels at these clearance stages. ``text``: only those an officer's search
        finds (:func:`geo.picker.matching`: each word a part of the id, or a whole word of the sheet and parcel
        number: "12/345", "tờ 12 thửa 345"). ``offset``, ``limit``: the page."""
        cols = self._zone_columns(columns)
        where, params = self._zone_where(zone, stages, None)
        select = f"SELECT fid, sheet_no, parcel_no, {column_list(cols)}"
        if text and text.strip():
            rows = self._searched(select, where, params, text, offset, limit)
        else:
            page = "" if limit is None and not offset else f" LIMIT {2 ** 62 if limit is None else int(limit)}"
            page += f" OFFSET {int(offset)}" if offset else ""
            with self._transaction(write=False) as cur:
                rows = self._execute(cur, f"{select} FROM parcels WHERE {where} ORDER BY fid{page}", params).fetchall()
        from .frames import column_values

        layer = get_layer("parcels")
        return pd.DataFrame({c: column_values(layer.field(c).type, [r[3 + i] for r in rows]) for i, c in enumerate(cols)},
                            columns=cols)

    def zone_parcels_in(self, zone: str | None, columns: Sequence[str],
                        bbox: tuple[float, float, float, float] | None = None) -> gpd.GeoDataFrame:
        """Some fields of a zone's cadastral parcels (``zone`` as :meth:`zone_parcels` takes it) and their
        geometry, in store order: those whose envelope meets ``bbox`` (west, south, east, north), or all of them
        (a small zone's map)."""
        cols = self._zone_columns(columns)
        where, params = self._zone_where(zone, None, bbox)
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, f"SELECT {column_list(cols)}, {self._geom_select()} FROM parcels WHERE {where} "
                                      "ORDER BY fid", params).fetchall()
        return self._frame(get_layer("parcels"), cols, rows)

    def count_zone_parcels(self, zone: str | None, *, stages: Sequence[str] | None = None,
                           bbox: tuple[float, float, float, float] | None = None) -> int:
        """How many of a zone's parcels (``zone``, ``stages`` as :meth:`zone_parcels` takes them) there are, of
        those whose envelope meets ``bbox`` when given."""
        where, params = self._zone_where(zone, stages, bbox)
        with self._transaction(write=False) as cur:
            return int(self._execute(cur, f"SELECT COUNT(*) FROM parcels WHERE {where}", params).fetchone()[0])

    @staticmethod
    def _zone_columns(columns: Sequence[str]) -> list[str]:
        layer = get_layer("parcels")
        unknown = [c for c in columns if c not in layer.names]
        if unknown:
            raise InputError("store.no_field", layer="parcels", field=unknown[0])
        return ["id", *[c for c in dict.fromkeys(columns) if c != "id"]]

    def _zone_where(self, zone: str | None, stages: Sequence[str] | None,
                    bbox: Sequence[float] | None) -> tuple[str, list[Any]]:
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        if zone:
            # The zone's first parcel bounds the rest: its lists go by fid, and PostgreSQL, reckoning a zone's parcels
            # spread over the whole store, would read every parcel before them (0.5 s a page at 10M; the bound is
            # one look-up in the index on zone and fid).
            where.append("zone_id = ? AND fid >= (SELECT MIN(fid) FROM parcels WHERE zone_id = ?)")
            params += [zone, zone]
        elif zone is not None:  # no zone: as the zones' sums count it (geo.aggregates.zone_keys), empty or missing
            where.append("(zone_id IS NULL OR zone_id = '')")
        if stages is not None:
            where.append(f"clearance_stage IN ({placeholders(len(stages))})" if stages else "1 = 0")
            params += list(stages)
        if bbox is not None:
            where.append(self._bbox_clause("parcels"))
            params += list(bbox)
        return " AND ".join(where), params

    def _searched(self, select: str, where: str, params: list[Any], text: str, offset: int,
                  limit: int | None) -> list:
        """The rows of ``select`` (``fid, sheet_no, parcel_no, id``, …) an officer's search finds, in store
        order, ``offset`` and ``limit`` applied.

        The database keeps the rows that may match (each word a part of the id or of "sheet/parcel", in lower
        case; "to" and "thua": any numbered parcel), a batch at a time (keyset on ``fid``: a search through a
        large zone reads each row once and stops at the page's end); :func:`geo.picker.matching` keeps those
        that do."""
        from ..picker import matching, search_key
        from ..stages import search_form

        loose, loose_params = [], []
        for w in search_form(text).split():
            pattern = "%" + w.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
            if w in ("to", "thua"):
                loose.append("(LOWER(id) LIKE ? ESCAPE '!' OR (sheet_no IS NOT NULL AND parcel_no IS NOT NULL))")
                loose_params.append(pattern)
            else:
                loose.append("(LOWER(id) LIKE ? ESCAPE '!' OR LOWER(sheet_no || '/' || parcel_no) LIKE ? ESCAPE '!')")
                loose_params += [pattern, pattern]
        want = None if limit is None else offset + int(limit)
        found: list = []
        last = None
        with self._transaction(write=False) as cur:
            while want is None or len(found) < want:
                after = "" if last is None else " AND fid > ?"
                batch = self._execute(
                    cur, f"{select} FROM parcels WHERE {where} AND {' AND '.join(loose)}{after} ORDER BY fid "
                         f"LIMIT {self.SEARCH_BATCH}", [*params, *loose_params, *([] if last is None else [last])]).fetchall()
                ids = [r[3] for r in batch]
                hits = set(matching(ids, text, len(ids), keys=[search_key(r[3], r[1], r[2]) for r in batch]))
                found += [r for r in batch if r[3] in hits]
                if len(batch) < self.SEARCH_BATCH:
                    break
                last = batch[-1][0]
        return found[offset:want]


def _freeing(make: Callable[..., pd.DataFrame], read: Callable[[], Any], *args: Any, **kwargs: Any) -> pd.DataFrame:
    """``make(read(), ...)``: a frame of the Arrow table ``read`` gives, the table's memory handed back once the
    frame is made (:func:`.columnar.release`; nothing else holds the table)."""
    frame = make(read(), *args, **kwargs)
    release()
    return frame


#: How :meth:`Reads.events` reads each field of ``clearance_events`` (:data:`.columnar.KINDS`).
_EVENT_KINDS = {"event_id": "int", "parcel_id": "text", "action": "text", "from_stage": "text", "to_stage": "text",
                "at": "time", "recorded_at": "time", "by": "text", "note": "text", "document_ref": "text",
                "version": "int", "detail": "text"}
#: A layer field's type -> how :meth:`Reads.parcel_table` reads it (dates as their ISO text).
_FIELD_KINDS = {"text": "text", "int": "int", "real": "real", "bool": "bool", "date": "text", "datetime": "time"}
