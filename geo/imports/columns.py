"""A file's columns turned into a layer's values, a whole column at a time.

A land office's commune map holds a hundred thousand parcels. Converting them cell by cell, each through
:func:`geo.schema.coerce_value` and a dict per row, took longer than everything else of an import; here a
column is converted once per distinct value (sheet numbers, land-use codes and stage labels repeat
thousands of times) and numbers by pandas at once. A bad cell is still judged by
:func:`geo.schema.coerce_value` (or the importer's own word readers), so a refusal says exactly what it
said before, naming the row.

Everything here returns the converted column and its *problems*: row position -> why that row is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..messages import Msg
from ..schema import Field, coerce_value

#: Row position (0-based, in the frame being converted) -> the first reason the row is refused.
Problems = dict[int, Msg]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    return value


def cells(column: pd.Series) -> np.ndarray:
    """A column as an object array of its cells: text stripped, None for a blank (None, NaN, "", spaces)."""
    if pd.api.types.is_float_dtype(column.dtype):
        out = column.to_numpy(dtype=object)
        out[column.isna().to_numpy()] = None
        return out
    # Cleaned once per distinct value: a commune code or a land-use code repeats over the whole file.
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    cleaned = np.asarray([_clean(u) for u in uniques.tolist()] + [None], dtype=object)
    return cleaned[codes]  # the sentinel -1 picks the trailing None


def by_value(values: np.ndarray, convert: Callable[[Any], Any]) -> tuple[np.ndarray, Problems]:
    """``convert`` applied once per distinct non-blank value; a value it refuses (InputError) makes a
    problem of every row holding it. Blank cells (None) stay None."""
    out = np.full(len(values), None, dtype=object)
    problems: Problems = {}
    present = np.flatnonzero(pd.notna(values))
    if not len(present):
        return out, problems
    codes, uniques = pd.factorize(pd.Series(values[present], dtype=object))
    done = np.full(len(uniques), None, dtype=object)
    refused: dict[int, Msg] = {}
    for k, value in enumerate(uniques):
        try:
            done[k] = convert(value)
        except InputError as err:
            refused[k] = err.message
    out[present] = done[codes]
    for k, why in refused.items():
        problems.update(dict.fromkeys(present[codes == k].tolist(), why))
    return out, problems


def coerce_column(f: Field, values: np.ndarray) -> tuple[np.ndarray, Problems]:
    """A column of cells (:func:`cells`) as the values stored for field ``f``; blanks stay None."""
    if f.type in ("real", "int"):
        return _numbers(f, values)
    if f.type == "text" and not f.choices:
        out = np.asarray([None if v is None else (v if isinstance(v, str) else str(v).strip() or None)
                          for v in values.tolist()], dtype=object)
        return out, {}
    return by_value(values, lambda v: coerce_value(f, v))


def _numbers(f: Field, values: np.ndarray) -> tuple[np.ndarray, Problems]:
    """Numbers at once by pandas (a decimal comma is fine); whatever pandas cannot read, or a negative,
    infinite or (for an int) fractional number, goes through :func:`coerce_value` for its sentence."""
    series = pd.Series(values, dtype=object)
    text = series.map(lambda v: v.replace(",", ".") if isinstance(v, str) else v)
    nums = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)
    present = pd.notna(values)
    ok = present & np.isfinite(nums) & (nums >= 0)
    if f.type == "int":
        ok &= (np.floor(nums) == nums) & (nums < 2**53)
    out = np.full(len(values), None, dtype=object)
    good = nums[ok]
    out[ok] = good.astype(np.int64).tolist() if f.type == "int" else good.tolist()
    rest = present & ~ok
    if not rest.any():
        return out, {}
    # A cell pandas could not read: coerce_value either reads it (a yes/no "có" is not a number, a "1e3" is)
    # or says why not.
    pending = np.full(len(values), None, dtype=object)
    pending[rest] = values[rest]
    again, problems = by_value(pending, lambda v: coerce_value(f, v))
    out[rest] = again[rest]
    return out, problems
