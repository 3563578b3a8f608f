"""Columns of a table given as a frame or as plain arrays: the few conversions the sums and derivations need.

The zones' sums (:mod:`geo.aggregates`) and the households on a parcel (:func:`geo.cadastre.households`) are
computed over a million parcels when a store is made, and over the one parcel a status write changes. A
pandas frame suits the first; for the second, building a frame and a Series per column costs a hundred
times the arithmetic. So these functions take either a frame or a mapping of column name to a sequence
(what a store's writer reads), and work on NumPy arrays: one code path, cheap for one row and for a million.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

#: A table: a frame, or a mapping of column name to a sequence of values (all of one length).
Table = pd.DataFrame | Mapping[str, Any]


def length(table: Table) -> int:
    """The number of rows of ``table``."""
    if isinstance(table, pd.DataFrame):
        return len(table)
    return len(next(iter(table.values()))) if len(table) else 0


def objects(values: Any) -> np.ndarray:
    """Values as an object array (no copy when they are one already)."""
    if isinstance(values, np.ndarray) and values.dtype == object:
        return values
    if isinstance(values, (pd.Series, pd.Index)):
        return values.to_numpy(dtype=object)
    return np.asarray(values, dtype=object)


def numbers(values: Any) -> np.ndarray:
    """Values as floats; a missing value, or one that is not a number, as NaN (``pd.to_numeric(errors="coerce")``)."""
    try:
        out = np.asarray(values, dtype=float)
    except (TypeError, ValueError):  # text that is not a number, pandas' NA: the slow way, value by value
        return pd.to_numeric(pd.Series(objects(values), dtype=object), errors="coerce").to_numpy(dtype=float)
    return out.reshape(-1)


def flags(values: Any) -> np.ndarray:
    """Yes/no values as booleans, a missing one as no (a store may give 0/1, floats with NaN, or None)."""
    arr = values if isinstance(values, np.ndarray) else objects(values)
    if arr.dtype == bool:
        return arr
    missing = pd.isna(arr)
    out = np.zeros(len(arr), dtype=bool)
    out[~missing] = arr[~missing].astype(bool)
    return out
