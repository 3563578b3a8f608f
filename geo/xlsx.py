"""XLSX workbooks written row by row, in bounded memory: the one writer of every workbook SiteReady makes.

``pandas.DataFrame.to_excel`` through openpyxl keeps every cell as a Python object until the file is saved
(~16 µs and a few hundred bytes a cell): the dashboard's overdue sheet at 10,000,000 parcels (375,769 rows)
would not fit an app instance's 1 GB. XlsxWriter in ``constant_memory`` mode writes each row to a temporary
file as soon as the next one starts, so a sheet costs the same memory whatever its length (bench/xlsx.py).
Its one rule: a sheet's cells are written in row order, each with its format, so formats and comments are
given before the rows, not applied afterwards.

Cells are typed as ``pandas.DataFrame.to_excel`` typed them, so a workbook reads back the same: numbers as
numbers, booleans as booleans, missing values (None, NaN, NaT, NA) as empty cells, timestamps as Excel dates
(``YYYY-MM-DD HH:MM:SS``, calendar dates ``YYYY-MM-DD``), everything else as text. Every text cell and
header that a spreadsheet would run as a formula is neutralised (:func:`neutralise`). A frame longer than a
sheet (:data:`MAX_ROWS`) goes on over further sheets, "<name> (2)", each with the header row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

#: Rows of an Excel sheet, the header row included.
MAX_ROWS = 1_048_576
#: The notes sheet every workbook ends with.
NOTES_SHEET = "Ghi chú - Notes"
#: Rows converted to Python values at a time: bounds the memory a long frame costs beyond itself.
CHUNK_ROWS = 8_192

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NAME_MAX = 31
# The number formats pandas gives dates (ExcelWriter's defaults), so a workbook reads back as it did.
_DATETIME_FORMAT = "YYYY-MM-DD HH:MM:SS"
_DATE_FORMAT = "YYYY-MM-DD"

RowFormats = Callable[[int], Sequence[Format | None]]


def neutralise(value):
    """Prefix a text cell that a spreadsheet would treat as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def sheet_name(text: str) -> str:
    """A valid XLSX sheet name: at most 31 characters, none of : \\ / ? * [ ]."""
    clean = "".join("-" if ch in ':\\/?*[]' else ch for ch in str(text)).strip("' ")
    return (clean or "Sheet")[:_NAME_MAX]


def flat(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with a named or non-default index as its first columns (a table's row labels are data)."""
    return df.reset_index() if df.index.name or not isinstance(df.index, pd.RangeIndex) else df


class Workbook:
    """A workbook written to ``target`` (a path or a binary file) sheet by sheet; use it as a context manager.

    A write that cannot happen raises :class:`OSError`, as writing any other file does.
    """

    def __init__(self, target: str | os.PathLike | IO[bytes]) -> None:
        # A path is opened here, before any sheet exists: XlsxWriter opens it only when closing, and a path it
        # cannot open then leaves the sheets' temporary files behind, open.
        self._file: IO[bytes] | None = open(target, "wb") if isinstance(target, (str, os.PathLike)) else None  # noqa: SIM115
        self._book = xlsxwriter.Workbook(
            self._file or target,
            # Cells are typed here: text is never read as a formula, a number or a link.
            {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
             "strings_to_urls": False})
        # A sheet's XML over 2 GB (a million rows of a wide layer) needs ZIP64; zipfile uses it only then.
        self._book.use_zip64()
        self._formats: dict[tuple, Format] = {}
        self._names: set[str] = set()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, kind, *_) -> None:
        if kind is None:
            self.close()
            return
        # A write that failed half-way: closing still removes the sheets' temporary files (and their handles);
        # the workbook written so far is not wanted, nor a second error about it.
        with contextlib.suppress(Exception):
            self.close()

    def close(self) -> None:
        try:
            self._book.close()
        except FileCreateError as err:  # XlsxWriter wraps the OSError of the file it could not write
            raise (err.args[0] if err.args and isinstance(err.args[0], OSError) else OSError(str(err))) from None
        finally:
            if self._file is not None:
                self._file.close()

    def format(self, **props: Any) -> Format:
        """The cell format with XlsxWriter's ``props`` (``bold=True``, ``num_format="0.0"``, ``indent=2`` …),
        one per distinct set of properties."""
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            self._formats[key] = self._book.add_format(props)
        return self._formats[key]

    def table(self, name: str, frame: pd.DataFrame, *, row_formats: RowFormats | None = None,
              widths: Mapping[int, float] | None = None, freeze: tuple[int, int] | None = None,
              comments: Mapping[tuple[int, int], str] | None = None) -> list[Worksheet]:
        """Write ``frame`` (without its index) on the sheet :func:`sheet_name` makes of ``name``: the header row,
        then one row a record. A frame longer than a sheet goes on over "<name> (2)", "<name> (3)" …, each with
        the header row. ``row_formats(i)`` gives the formats of record ``i``'s cells (None: a date format for a
        date, else none); ``widths`` column widths by position; ``freeze`` the top-left cell that is not frozen
        (row, column) on each sheet; ``comments`` a note on (record, column). Returns the sheets written."""
        per_sheet = MAX_ROWS - 1
        n = len(frame)
        parts = max(1, -(-n // per_sheet))
        header = [neutralise(str(c)) for c in frame.columns]
        sheets = []
        for part in range(parts):
            ws = self._book.add_worksheet(self._free_name(sheet_name(name), part + 1))
            for col, width in (widths or {}).items():
                ws.set_column(col, col, width)
            if freeze:
                ws.freeze_panes(*freeze)
            # constant_memory: a comment is refused once its row is written, so the sheet's come first.
            first = part * per_sheet
            for (record, col), text in (comments or {}).items():
                if first <= record < first + per_sheet:
                    ws.write_comment(record - first + 1, col, neutralise(text),
                                     {"author": "SiteReady", "width": 420, "height": 140})
            for col, head in enumerate(header):
                if head:
                    ws.write_string(0, col, head)
            sheets.append(ws)
        self._write_records(sheets, frame, per_sheet, row_formats)
        return sheets

    def notes(self, rows: Iterable[tuple[str, Any]], *, widths: Mapping[int, float] | None = None,
              wrap: bool = False) -> Worksheet:
        """The notes sheet: one (label, text) a row under an empty header; ``wrap`` wraps the texts."""
        text = self.format(text_wrap=True, valign="top") if wrap else None
        frame = pd.DataFrame(list(rows), columns=["", " "])
        return self.table(NOTES_SHEET, frame, widths=widths, row_formats=(lambda _: (None, text)) if wrap else None)[0]

    def _free_name(self, base: str, part: int) -> str:
        """``base`` (part 1) or "<base> (part)", cut to fit 31 characters, and not yet taken in this workbook
        (Excel's names ignore case); a taken name gets the next free number."""
        k = part
        while True:
            name = base if k == 1 else base[:_NAME_MAX - len(f" ({k})")].rstrip() + f" ({k})"
            if name.casefold() not in self._names:
                self._names.add(name.casefold())
                return name
            k = max(k + 1, 2)

    def _write_records(self, sheets: list[Worksheet], frame: pd.DataFrame, per_sheet: int,
                       row_formats: RowFormats | None) -> None:
        columns = [frame.iloc[:, j] for j in range(frame.shape[1])]
        kinds = [_kind(col) for col in columns]
        plain = [self._default_format(kind) for kind in kinds]
        unformatted = [None] * len(columns)
        ws = sheets[0]
        for start in range(0, len(frame), CHUNK_ROWS):
            chunk = [_values(col.iloc[start:start + CHUNK_ROWS], kind) for col, kind in zip(columns, kinds)]
            values = [v for v, _ in chunk]
            writers = self._writers(ws, [k for _, k in chunk])
            for i, row in enumerate(zip(*values), start):
                part, r = divmod(i, per_sheet)
                if sheets[part] is not ws:  # the next sheet of a frame longer than one
                    ws = sheets[part]
                    writers = self._writers(ws, [k for _, k in chunk])
                given = row_formats(i) if row_formats else unformatted
                for c, value in enumerate(row):
                    if value is None:
                        if given[c] is not None:  # an empty cell that is still bold, wrapped …
                            ws.write_blank(r + 1, c, None, given[c])
                    else:
                        writers[c](r + 1, c, value, given[c] or plain[c])

    def _default_format(self, kind: str) -> Format | None:
        return self.format(num_format=_DATETIME_FORMAT) if kind == "datetime" else None

    def _writers(self, ws: Worksheet, kinds: list[str]) -> list[Callable[..., Any]]:
        """Per column, the XlsxWriter call for its cells (a column of mixed values is told apart cell by cell)."""
        direct = {"text": ws.write_string, "number": ws.write_number, "bool": ws.write_boolean,
                  "datetime": ws.write_datetime}
        return [direct.get(kind) or self._any_writer(ws) for kind in kinds]

    def _any_writer(self, ws: Worksheet) -> Callable[..., Any]:
        date_fmt, datetime_fmt = self.format(num_format=_DATE_FORMAT), self.format(num_format=_DATETIME_FORMAT)
        day_fmt = self.format(num_format="0")

        def write(r: int, c: int, value: Any, fmt: Format | None) -> None:
            if isinstance(value, str):
                if value:
                    ws.write_string(r, c, neutralise(value), fmt)
                elif fmt is not None:
                    ws.write_blank(r, c, None, fmt)
            elif isinstance(value, (bool, np.bool_)):
                ws.write_boolean(r, c, bool(value), fmt)
            elif isinstance(value, (int, float, np.integer, np.floating, decimal.Decimal)):
                number = float(value)
                if math.isnan(number):
                    if fmt is not None:
                        ws.write_blank(r, c, None, fmt)
                elif math.isinf(number):  # as pandas writes it (inf_rep)
                    ws.write_string(r, c, "inf" if number > 0 else "-inf", fmt)
                else:
                    ws.write_number(r, c, number, fmt)
            elif isinstance(value, dt.datetime):
                ws.write_datetime(r, c, _naive(value), fmt or datetime_fmt)
            elif isinstance(value, dt.date):
                ws.write_datetime(r, c, value, fmt or date_fmt)
            elif isinstance(value, dt.timedelta):  # days, as pandas writes a duration
                ws.write_number(r, c, value.total_seconds() / 86400, fmt or day_fmt)
            else:
                ws.write_string(r, c, neutralise(str(value)), fmt)

        return write


def _naive(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is not None:
        raise ValueError("Excel does not support datetimes with timezones; make them naive before writing.")
    return value.to_pydatetime() if isinstance(value, pd.Timestamp) else value


def _kind(col: pd.Series) -> str:
    """How a column's cells are written: number, bool, datetime (tz-naive), or any (told apart cell by cell)."""
    kind = col.dtype.kind if isinstance(col.dtype, np.dtype) else ""
    return {"b": "bool", "i": "number", "u": "number", "f": "number", "M": "datetime"}.get(kind, "any")


def _values(chunk: pd.Series, kind: str) -> tuple[list, str]:
    """A chunk of a column as Python values, None where the cell stays empty, and how to write them: text
    (neutralised here), number, bool, datetime, or any (a chunk of numbers with an infinity is written cell by
    cell: pandas writes it as the text "inf")."""
    if kind in ("number", "bool"):
        values = chunk.tolist()
        if chunk.dtype.kind == "f":
            for j in np.flatnonzero(~np.isfinite(chunk.to_numpy())):
                if math.isnan(values[j]):
                    values[j] = None
                else:
                    kind = "any"
        return values, kind
    objects = chunk.astype(object).to_numpy()
    missing = pd.isna(objects)
    if kind == "datetime":
        return [None if m else v.to_pydatetime() for v, m in zip(objects, missing)], kind
    values = [None if m else v for v, m in zip(objects, missing)]
    if all(type(v) is str for v in values if v is not None):  # the common case, written without telling apart
        return [neutralise(v) if v else None for v in values], "text"
    return values, kind
