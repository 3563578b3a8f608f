"""geo.xlsx: workbooks written row by row read back as pandas wrote them, formulas never live, long tables split."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import openpyxl
import pandas as pd
import pytest

from geo import io as gio
from geo import xlsx


def _book(tables: dict[str, pd.DataFrame]) -> bytes:
    buf = io.BytesIO()
    with xlsx.Workbook(buf) as book:
        for name, df in tables.items():
            book.table(name, df)
    return buf.getvalue()


def _cells(data: bytes, sheet: str) -> list[list]:
    return [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(data))[sheet].iter_rows()]


def test_a_table_longer_than_a_sheet_goes_on_over_further_sheets_each_with_the_header(monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 4)  # a header and three records a sheet
    monkeypatch.setattr(xlsx, "CHUNK_ROWS", 2)  # chunks that end inside a sheet and across two
    frame = pd.DataFrame({"parcel_id": [f"p{i}" for i in range(8)], "days": np.arange(8) * 10})
    long_name = "Thửa quá hạn theo luật, tất cả các khu"  # over 31 characters
    data = gio.tables_xlsx({long_name: frame, "By zone": frame.head(2)}, notice="n")
    book = openpyxl.load_workbook(io.BytesIO(data))
    first = gio.sheet_name(long_name)
    assert book.sheetnames == [first, first[:27].rstrip() + " (2)", first[:27].rstrip() + " (3)", "By zone", "Ghi chú - Notes"]
    assert all(len(name) <= 31 for name in book.sheetnames)
    parts = pd.read_excel(io.BytesIO(data), sheet_name=book.sheetnames[:3])
    assert [len(p) for p in parts.values()] == [3, 3, 2]
    pd.testing.assert_frame_equal(pd.concat(parts.values(), ignore_index=True), frame, check_dtype=False)
    assert _cells(data, book.sheetnames[2]) == [["parcel_id", "days"], ["p6", 60], ["p7", 70]]


def test_exactly_a_sheet_of_records_stays_on_one_sheet_and_an_empty_table_is_its_header(monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_ROWS", 4)
    data = _book({"full": pd.DataFrame({"a": [1, 2, 3]}), "empty": pd.DataFrame({"a": [], "b": []})})
    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames == ["full", "empty"]
    assert _cells(data, "empty") == [["a", "b"]]


def test_a_taken_sheet_name_gets_the_next_number():
    data = _book({"Zones": pd.DataFrame({"a": [1]}), "zones": pd.DataFrame({"a": [2]})})
    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames == ["Zones", "zones (2)"]


def test_a_formula_is_text_in_every_cell_and_header():
    frame = pd.DataFrame({"=h": ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "ok"],
                          "s": pd.array(["=HYPERLINK(\"http://x\")", None, "a", "b", "c", "d"], dtype="string"),
                          "mixed": ["=1+1", 5, None, 2.5, True, "-x"]})
    data = _book({"t": frame})
    ws = openpyxl.load_workbook(io.BytesIO(data))["t"]
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)
    assert [c.value for c in ws[1]] == ["'=h", "s", "mixed"]
    assert [c.value for c in ws["A"]][1:] == ["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", "ok"]
    assert ws["B2"].value == "'=HYPERLINK(\"http://x\")"
    assert [c.value for c in ws["C"]][1:] == ["'=1+1", 5, None, 2.5, True, "'-x"]


def test_missing_values_are_empty_cells_and_numbers_stay_numbers():
    frame = pd.DataFrame({
        "area_ha": [1.5, np.nan, -2.0], "n": [1, 2, 3], "text": ["a", None, np.nan],
        "blocked": pd.array([True, None, False], dtype="boolean"), "plots": pd.array([4, None, 6], dtype="Int64"),
        "since": pd.to_datetime(["2024-01-02", None, "2024-03-04"]), "inf": [np.inf, -np.inf, 1.0],
    })
    data = _book({"t": frame})
    assert _cells(data, "t")[1:] == [
        [1.5, 1, "a", True, 4, dt.datetime(2024, 1, 2), "inf"],
        [None, 2, None, None, None, None, "-inf"],
        [-2.0, 3, None, False, 6, dt.datetime(2024, 3, 4), 1],
    ]
    back = pd.read_excel(io.BytesIO(data))
    assert back["area_ha"].isna().tolist() == [False, True, False] and back["n"].dtype == np.int64
    assert back["text"].isna().tolist() == [False, True, True]


def test_dates_are_excel_dates_as_pandas_wrote_them_and_iso_text_stays_text():
    frame = pd.DataFrame({
        "stamp": pd.to_datetime(["2024-01-02", "2024-03-04 05:06:07", None], format="ISO8601"),
        "day": [dt.date(2024, 1, 3), None, dt.date(2025, 12, 31)],
        "stage_since": ["2024-01-01", "2023-06-30T10:00:00", None],
    })
    buf = io.BytesIO()
    frame.to_excel(buf, index=False, engine="openpyxl")
    data = _book({"Sheet1": frame})
    ws, pandas_ws = (openpyxl.load_workbook(io.BytesIO(b))["Sheet1"] for b in (data, buf.getvalue()))
    cells = [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
    assert cells == [[(c.value, c.number_format) for c in row] for row in pandas_ws.iter_rows()]
    assert cells[1] == [(dt.datetime(2024, 1, 2), "YYYY-MM-DD HH:MM:SS"), (dt.datetime(2024, 1, 3), "YYYY-MM-DD"),
                        ("2024-01-01", "General")]
    pd.testing.assert_frame_equal(pd.read_excel(io.BytesIO(data)), pd.read_excel(buf))
    with pytest.raises(ValueError, match="timezones"):
        _book({"tz": pd.DataFrame({"at": pd.to_datetime(["2024-01-02T00:00:00+07:00"])})})


def test_a_workbook_that_cannot_be_written_is_an_os_error(tmp_path):
    with pytest.raises(OSError), xlsx.Workbook(tmp_path / "no" / "x.xlsx") as book:
        book.table("t", pd.DataFrame({"a": [1]}))
