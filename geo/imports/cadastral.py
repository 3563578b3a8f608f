"""Cadastral parcels from a land office's file: their numbers, their ids, repeated keys, land-use codes.

A cadastral map (Circulars 75/2015 and 09/2024) names a parcel by its commune (``MaXa``), its map sheet
(``SoHieuToBanDo``) and its number on the sheet (``SoThuTuThua``). They are kept as text exactly as
written ("012" stays "012"); only a number that a Shapefile's table stores as a float loses its ".0".

- Id: the file's own id where it has one; else composed as :data:`ID_FORM`, ``{commune}-{sheet}-{parcel}``
  ("16171-12-45"), with the commune code as written, or the 2025 commune found by location when the file
  has no commune code; ``{commune}-{parcel}`` when the file has no sheet numbers.
- Repeats: two rows with the same id, or the same commune, sheet and parcel numbers, are never merged: each
  repeat is named with the row it repeats, and the file is refused (nothing is written) so the officer can
  correct the register, since either row may be the right one.
- Land-use codes are kept as written; codes that are not in :mod:`geo.landuse`'s list are named in a
  warning, never rewritten.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import cadastre, landuse
from ..messages import Msg, msg
from ..vocabulary import number_text
from .columns import Problems, by_value

#: How a parcel's id is composed when the file has none.
ID_FORM = "{commune}-{sheet}-{parcel}"
#: The fields holding a parcel's numbers, kept as text as written.
NUMBER_FIELDS = ("id", "commune_code", "sheet_no", "parcel_no")
#: Most unknown land-use codes a warning names.
CODES_NAMED = 12


def as_numbers(cols: dict[str, np.ndarray]) -> None:
    """The number fields of ``cols`` as text as written (12.0 -> "12", "012" stays), in place."""
    for name in NUMBER_FIELDS:
        if name in cols:
            cols[name] = by_value(cols[name], number_text)[0]


def compose_ids(cols: dict[str, np.ndarray], n: int, commune_id: np.ndarray | None) -> Problems:
    """Fill ``cols["id"]`` where the file gives none, as :data:`ID_FORM`; a row with neither an id nor a
    commune and a parcel number is a problem."""
    ids = cols.get("id", np.full(n, None, dtype=object)).copy()
    blank = pd.isna(ids)
    if not blank.any():
        cols["id"] = ids
        return {}
    commune = cols.get("commune_code", np.full(n, None, dtype=object))
    if commune_id is not None:
        commune = np.where(pd.isna(commune), commune_id, commune)
    sheet = cols.get("sheet_no", np.full(n, None, dtype=object))
    parcel = cols.get("parcel_no", np.full(n, None, dtype=object))
    can = blank & pd.notna(commune) & pd.notna(parcel)
    for i in np.flatnonzero(can):
        s = sheet[i]
        ids[i] = ID_FORM.format(commune=commune[i], sheet=s, parcel=parcel[i]) if s is not None else \
            f"{commune[i]}-{parcel[i]}"
    cols["id"] = ids
    return dict.fromkeys(np.flatnonzero(blank & ~can).tolist(), msg("imports.no_parcel_key"))


def repeats(cols: dict[str, np.ndarray], place) -> Problems:
    """Rows repeating an earlier row's id, or its commune, sheet and parcel numbers; ``place(i)`` names row
    position ``i`` (a message)."""
    problems: Problems = {}
    commune, sheet, parcel = (cols.get(k) for k in ("commune_code", "sheet_no", "parcel_no"))
    if commune is not None and sheet is not None and parcel is not None:
        frame = pd.DataFrame({"c": commune, "s": sheet, "p": parcel}, dtype=object)
        text = frame.fillna("").astype(str)
        joined = (text["c"] + "\x00" + text["s"] + "\x00" + text["p"]).to_numpy(dtype=object)
        key = np.full(len(frame), None, dtype=object)
        whole = frame.notna().all(axis=1).to_numpy()
        key[whole] = joined[whole]
        _repeated(pd.Series(key), problems, lambda i, first: msg(
            "imports.repeated_parcel", commune=commune[i], sheet=sheet[i], parcel=parcel[i], other=place(first)))
    ids = pd.Series(cols["id"], dtype=object)
    _repeated(ids, problems, lambda i, first: msg("imports.duplicate_id", id=ids[i], other=place(first)))
    return problems


def _repeated(values: pd.Series, problems: Problems, say) -> None:
    """Add a problem for every non-blank value that an earlier row holds already (the earlier row named)."""
    present = values.notna()
    again = values.duplicated() & present
    if not again.any():
        return
    first = {v: i for i, v in reversed(list(values[present].items()))}
    for i in np.flatnonzero(again.to_numpy()).tolist():
        problems.setdefault(i, say(i, first[values[i]]))


def unknown_codes(codes: np.ndarray) -> Msg | None:
    """A warning naming the land-use codes (as written) that are not in the list, with how many parcels."""
    present = pd.Series(codes[pd.notna(codes)], dtype=object)
    if present.empty:
        return None
    counts = present.value_counts()
    unknown = [c for c in counts.index if not landuse.is_known(c)]
    if not unknown:
        return None
    n = int(counts[unknown].sum())
    return msg("imports.unknown_land_use_codes", n=n, codes=sorted(map(str, unknown))[:CODES_NAMED])


def placed_fields(geoms: np.ndarray, zones, communes) -> dict[str, np.ndarray]:
    """Each parcel's measured area, zone and recovered part (by location), and 2025 commune."""
    import geopandas as gpd

    empty = gpd.GeoDataFrame({"id": [], "parent_id": []}, geometry=[], crs=4326)
    placed = cadastre.place(geoms, zones if zones is not None else empty, communes)
    return {
        "area_m2": np.round(placed.area_m2, 2).astype(object),
        "zone_id": np.asarray(placed.zone_id, dtype=object),
        "recovered_m2": np.round(placed.recovered_m2, 2).astype(object),
        "commune_id": np.asarray(placed.commune_id, dtype=object),
    }
