"""Whole columns of a table without geometry, read as Arrow arrays rather than rows of Python objects.

The history pages and ``geo landfund --as-of`` go over every cadastral parcel and every clearance event: at a
million parcels that is 2.3 million events, at ten million 22.8 million. Read as rows (a tuple of Python
strings per row), the events alone took 12 s and gigabytes on PostGIS. Read column-wise, each text column
is one Arrow buffer and each number a NumPy array. The store streams record batches (PostGIS: ``COPY … TO
STDOUT`` in CSV, parsed by Arrow as it arrives; a GeoPackage of many parcels: GDAL's Arrow reader in a child
process; a small one: sqlite3 rows a chunk at a time), and each batch is made compact as it comes, so no
reader holds more than a batch of rows as Arrow text or Python objects.

Frames come in two forms: :func:`plain_frame`, the dtypes a row read gives (text as ``str``, nullable
booleans and integers), and :func:`compact_frame`, for replays: text with few distinct values (stages,
actions, zones, land-use codes, dates) as categoricals, times as ``datetime64[s]`` (UTC).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

#: How a column is read: ``text``, ``int``, ``real``, ``bool``, ``time`` (the store's ISO text of a UTC time)
#: or ``epoch`` (a UTC time as whole seconds since 1970: how PostGIS sends a time, cheaper than text).
KINDS = ("text", "int", "real", "bool", "time", "epoch")
#: Rows fetched at a time where a store gives rows.
CHUNK_ROWS = 100_000
#: Bytes of a COPY gathered before Arrow parses them.
COPY_BLOCK = 8 << 20


def arrow_type(kind: str) -> Any:
    import pyarrow as pa

    return {"text": pa.string(), "int": pa.int64(), "real": pa.float64(), "bool": pa.bool_(),
            "time": pa.string(), "epoch": pa.int64()}[kind]


def rows_batch(rows: Sequence[Sequence], kinds: Mapping[str, str]) -> Any:
    """One chunk of DB-API rows as an Arrow record batch of ``kinds`` (a store's 0/1 booleans as booleans)."""
    import pyarrow as pa

    columns = list(zip(*rows)) if rows else [() for _ in kinds]
    arrays = []
    for values, kind in zip(columns, kinds.values()):
        if kind == "bool":  # 0/1, or True/False
            arrays.append(pa.array(values, type=pa.int64(), from_pandas=True).cast(pa.bool_()))
        else:  # the SELECT casts text and times to TEXT: str or None already
            arrays.append(pa.array(values, type=arrow_type(kind), from_pandas=True))
    return pa.RecordBatch.from_arrays(arrays, names=list(kinds))


def schema_of(kinds: Mapping[str, str]) -> Any:
    import pyarrow as pa

    return pa.schema([(name, arrow_type(kind)) for name, kind in kinds.items()])


def rows_batches(chunks: Iterable[Sequence[Sequence]], kinds: Mapping[str, str]) -> Iterator[Any]:
    """Chunks of rows as Arrow record batches, one at a time (each chunk's Python objects freed before the next
    is fetched)."""
    for rows in chunks:
        yield rows_batch(rows, kinds)


def table_of(batches: Iterable[Any], kinds: Mapping[str, str]) -> Any:
    """Record batches as one Arrow table of ``kinds``."""
    import pyarrow as pa

    return pa.Table.from_batches(list(batches), schema=schema_of(kinds))


class CopyStream(io.RawIOBase):
    """A psycopg ``COPY … TO STDOUT`` as a readable binary file (what Arrow's CSV reader streams from).

    psycopg hands a copy over one row at a time: rows are gathered into blocks of :data:`COPY_BLOCK` bytes with
    one join, so a block costs a list append per row rather than a buffer copy per row."""

    def __init__(self, copy: Any):
        self._copy = copy
        self._rest = memoryview(b"")
        self._done = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        parts: list = []
        size = 0
        read = self._copy.read
        while size < COPY_BLOCK:
            data = read()
            if not data:
                self._done = True
                break
            parts.append(data)
            size += len(data)
        self._rest = memoryview(b"".join(parts))

    def readinto(self, buffer: Any) -> int:
        if not len(self._rest) and not self._done:
            self._fill()
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n


def csv_batches(stream: io.RawIOBase, kinds: Mapping[str, str]) -> Iterator[Any]:
    """CSV as PostgreSQL's ``COPY … (FORMAT csv)`` writes it (no header; NULL unquoted and empty, an empty
    text quoted; booleans ``t``/``f``) as Arrow record batches of ``kinds``, parsed block by block as they arrive,
    in this thread (the database server is busy sending it: parser threads only contend with it)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    schema = pa.schema([(name, arrow_type(kind)) for name, kind in kinds.items()])
    buffered = io.BufferedReader(stream, buffer_size=COPY_BLOCK)
    if not buffered.peek(1):  # no rows (Arrow refuses an empty file): no batches
        return
    reader = pacsv.open_csv(
        buffered,
        read_options=pacsv.ReadOptions(column_names=list(kinds), block_size=8 << 20, use_threads=False),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types=schema, null_values=[""], strings_can_be_null=True,
                                             quoted_strings_can_be_null=False, true_values=["t"],
                                             false_values=["f"]))
    yield from reader


def _text(arr: Any) -> pd.Series:
    """A text column as a row read gives it: ``str`` (missing values NaN), or None objects when all are missing."""
    if arr.null_count == len(arr):
        return pd.Series([None] * len(arr), dtype=object)
    return pd.Series(arr.to_pandas(), dtype="str")


def _iso_text(arr: Any) -> Any:
    """Seconds since 1970 as the store's ISO text of a UTC time (``2026-03-02T08:15:00Z``)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.strftime(arr.cast(pa.timestamp("s", "UTC")), "%Y-%m-%dT%H:%M:%SZ")


def _number(arr: Any, kind: str, plain_int: bool) -> Any:
    """An ``int``, ``bool`` or ``float`` column: integers as int64 when ``plain_int`` and none is missing, else
    as ``Int64``; nullable booleans; floats."""
    if kind == "int":
        return (arr.to_numpy(zero_copy_only=False).astype(np.int64) if plain_int and not arr.null_count
                else pd.array(arr.to_pandas(), dtype="Int64"))
    if kind == "bool":
        return pd.array(arr.to_pandas(), dtype="boolean")
    return arr.to_numpy(zero_copy_only=False).astype(np.float64)


def plain_frame(batches: Iterable[Any], kinds: Mapping[str, str]) -> pd.DataFrame:
    """Record batches (:func:`rows_batches`, :func:`csv_batches`) as the frame a row read makes: text as ``str``
    (times as their ISO text), integers as ``Int64`` (``event_id`` as int64), nullable booleans, floats."""
    table = table_of(batches, kinds)
    data: dict[str, Any] = {}
    for name, kind in kinds.items():
        arr = table.column(name).combine_chunks()
        if kind == "epoch":
            data[name] = _text(_iso_text(arr))
        elif kind in ("text", "time"):
            data[name] = _text(arr)
        else:
            data[name] = _number(arr, kind, plain_int=name == "event_id")
    return pd.DataFrame(data, columns=list(kinds))


def release() -> None:
    """Hand the memory freed while making a frame back to the system: Arrow's pool keeps freed blocks, and so
    does the C library's heap for the many batch-sized NumPy arrays a frame is made from (at a million
    parcels, a read's peak stayed resident: twice the frame's size)."""
    import ctypes
    import ctypes.util

    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    libc = ctypes.util.find_library("c")
    if libc:
        with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
            ctypes.CDLL(libc).malloc_trim(0)


def categorical(arr: Any, categories: Sequence[str] | None = None) -> pd.Categorical:
    """A text column as a categorical (``categories``: a fixed set, other values missing)."""
    import pyarrow.compute as pc

    if categories is not None:
        codes = pc.index_in(arr, value_set=_string_array(categories)).fill_null(-1)
        return pd.Categorical.from_codes(codes.to_numpy(zero_copy_only=False).astype(np.int8),
                                         categories=pd.Index(list(categories), dtype=object))
    encoded = pc.dictionary_encode(arr)
    codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)
    return pd.Categorical.from_codes(codes.astype(np.int32 if len(encoded.dictionary) > 32_000 else np.int16),
                                     categories=pd.Index(encoded.dictionary.to_pylist(), dtype=object))


def _string_array(values: Sequence[str]) -> Any:
    import pyarrow as pa

    return pa.array(list(values), type=pa.string())


def compact_frame(batches: Iterable[Any], kinds: Mapping[str, str], *,
                  categories: Mapping[str, Sequence[str] | None], keep_text: Sequence[str] = ()) -> pd.DataFrame:
    """Record batches as one compact frame (:func:`compact_piece`), each batch made compact as it comes: a
    read never holds more than one batch of Arrow text beside the compact columns."""
    pieces = [compact_piece(b, kinds, categories=categories, keep_text=keep_text) for b in batches]
    if not pieces:
        return compact_piece(schema_of(kinds).empty_table(), kinds, categories=categories, keep_text=keep_text)
    if len(pieces) == 1:
        return pieces[0]
    out: dict[str, Any] = {}
    for name in kinds:
        parts = [p[name] for p in pieces]
        if all(isinstance(x.dtype, pd.CategoricalDtype) for x in parts) and name in categories:
            if categories[name] is not None:  # one fixed set: the codes join as they are
                out[name] = pd.Categorical.from_codes(np.concatenate([x.cat.codes.to_numpy() for x in parts]),
                                                      categories=parts[0].cat.categories)
            else:
                out[name] = pd.api.types.union_categoricals(parts)
        elif name in keep_text:  # copied into one buffer: a piece's text may share its batch's whole body
            out[name] = pd.Series(_joined_text(parts).to_pandas(), dtype="str")
        elif kinds[name] == "text":
            out[name] = _text(_joined_text(parts))
        else:
            out[name] = pd.concat(parts, ignore_index=True)
        for p in pieces:  # each piece's column freed as soon as it is joined
            del p[name]
    return pd.DataFrame(out, columns=list(kinds))


def _joined_text(parts: Sequence[pd.Series]) -> Any:
    """Arrow-backed text Series as one Arrow string array in new buffers."""
    import pyarrow as pa

    chunks: list[Any] = []
    for part in parts:
        arr = pa.array(part)
        chunks += arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
    return pa.concat_arrays([c.cast(pa.large_string()) for c in chunks])  # large: no 2 GB limit on the text


def compact_piece(table: Any, kinds: Mapping[str, str], *, categories: Mapping[str, Sequence[str] | None],
                  keep_text: Sequence[str] = ()) -> pd.DataFrame:
    """An Arrow table or record batch as a compact frame: the text columns named in ``categories`` as
    categoricals (a fixed set of categories, or None: those found), ``keep_text`` as ``str`` (Arrow-backed, no
    Python objects), other text as :func:`plain_frame` gives it; times as ``datetime64[s]`` (UTC, NaT where unreadable: the parser
    of :func:`geo.timeline.utc_times`); booleans as nullable booleans; integers as int64 where none is missing."""
    from ..timeline import utc_times

    data: dict[str, Any] = {}
    for name, kind in kinds.items():
        arr = table.column(name)
        arr = arr.combine_chunks() if hasattr(arr, "combine_chunks") else arr
        if kind == "epoch":
            data[name] = arr.to_numpy(zero_copy_only=False).astype("datetime64[s]") if not arr.null_count else \
                utc_times(_iso_text(arr))
        elif kind == "time":
            data[name] = utc_times(arr)
        elif kind == "text" and name in categories:
            data[name] = categorical(arr, categories[name])
        elif kind == "text" and name in keep_text:
            data[name] = pd.Series(arr.to_pandas(), dtype="str")
        elif kind == "text":
            data[name] = _text(arr)
        else:
            data[name] = _number(arr, kind, plain_int=True)
    return pd.DataFrame(data, columns=list(kinds))
