"""The words officers type, and what they mean: field names, hand-typed values, yes and no.

Survey files come from many hands: a column is ``MaThua``, ``Mã thửa`` or ``ma_thua``; a lease is
"Đã cho thuê" or "leased"; a box is ticked with "có", "x" or "1". Every such word is matched after
:func:`key` folds it (no diacritics, lower case, letters and digits only), so this module lists each
word once, folded, and every reader of hand-typed values (the importer, :func:`geo.schema.coerce_value`)
asks it rather than keeping a list of its own. Clearance stage labels are in :mod:`geo.stages`, next to
the stages they name.

Nothing here raises: a word that means nothing is ``None`` (or "not recognised"), and the caller says so
in its own sentence.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from .stages import fold


def key(text: Any) -> str:
    """``text`` as words are matched: folded (no diacritics, lower case), letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", fold(str(text)))


# ------------------------------------------------------------------ yes and no
#: Folded words that mean yes ("có", "x" for a ticked box, "đạt", "đã có", "rồi").
YES_WORDS = frozenset({"1", "true", "t", "yes", "y", "co", "x", "dat", "daco", "roi"})
#: Folded words that mean no ("không", "chưa", "k"; a blank, "-", "none" or "nan" left by a spreadsheet).
NO_WORDS = frozenset({"", "0", "false", "f", "no", "n", "khong", "k", "chua", "none", "nan"})


def yes_no(value: Any) -> bool | None:
    """True for a yes word, False for a no word, None for anything else; a number is yes unless it is 0."""
    if isinstance(value, (bool, int, float, np.bool_, np.integer, np.floating)):
        return bool(value)
    k = key(value)
    if k in YES_WORDS:
        return True
    if k in NO_WORDS:
        return False
    return None


# ------------------------------------------------------------------ field names
#: Folded source column names -> the fields they may fill, in order: a column fills the first of them that the
#: layer has (``LoaiDat`` is a cadastral parcel's ``land_use_code``, a planned plot's ``land_use``). Cadastral
#: files name their fields as Circulars 75/2015 and 09/2024 do (``SoHieuToBanDo``), cut to ten characters in a
#: Shapefile's table (``SoHieuToBa``); both forms are here.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("id", "mathua", "malo", "maloso", "parcelid", "plotid", "madinhdanh", "ma"), ("id",)),
    **dict.fromkeys(("zoneid", "makhu", "makcn", "makhucn", "khu"), ("zone_id",)),
    **dict.fromkeys(("maxa", "maxaphuong", "communecode"), ("commune_code",)),
    **dict.fromkeys(("sohieutobando", "sohieutoba", "sohieuto", "shbando", "soto", "tobando", "sotobando", "sheetno",
                     "sheet"), ("sheet_no",)),
    **dict.fromkeys(("sothututhua", "sothututhu", "sothua", "shthua", "thua", "parcelno"), ("parcel_no",)),
    **dict.fromkeys(("plotno", "lotno", "solo", "lo", "kyhieulo"), ("plot_no",)),
    **dict.fromkeys(("dientichphaply", "dientichph", "dientich", "dt", "dtich", "legalaream2", "aream2"),
                    ("legal_area_m2",)),
    **dict.fromkeys(("kyhieumucdichsudung", "kyhieumucd", "loaidat", "mdsd", "mucdich", "mucdichsudung",
                     "landusecode"), ("land_use_code", "land_use")),
    **dict.fromkeys(("landuse", "chucnang", "mucdichquyhoach"), ("land_use",)),
    **dict.fromkeys(("trangthai", "tinhtrang", "giaidoan", "gpmb", "tiendo", "status", "stage", "clearancestage",
                     "trangthaigpmb", "tinhtranggpmb"), ("clearance_stage",)),
    **dict.fromkeys(("thue", "tinhtrangthue", "lease", "leasestatus", "chothue"), ("lease_status",)),
    **dict.fromkeys(("vuongmac", "blocked", "lydovuongmac", "blockedreason", "khokhan"), ("_blocked_text",)),
    **dict.fromkeys(("duong", "giaothong", "road", "utilityroad"), ("utility_road",)),
    **dict.fromkeys(("dien", "power", "utilitypower"), ("utility_power",)),
    **dict.fromkeys(("nuoc", "capnuoc", "water", "utilitywater"), ("utility_water",)),
    **dict.fromkeys(("nuocthai", "thoatnuoc", "wastewater", "utilitywastewater"), ("utility_wastewater",)),
    **dict.fromkeys(("soho", "sohotdc", "sohotaidinhcu", "households", "resettlementhouseholds"),
                    ("resettlement_households",)),
    **dict.fromkeys(("chusudung", "chusd", "tenchu", "hoten", "chu", "owner", "ownername"), ("owner_name",)),
    **dict.fromkeys(("diachi", "diachichu", "owneraddress"), ("owner_address",)),
    **dict.fromkeys(("chuho", "tenchuho", "householdhead"), ("household_head",)),
    **dict.fromkeys(("sodienthoai", "dienthoai", "sdt", "phone"), ("phone",)),
    **dict.fromkeys(("cmnd", "cccd", "socmnd", "socccd", "giayto", "idnumber"), ("id_number",)),
    **dict.fromkeys(("ghichu", "note", "notes"), ("_note",)),
    **dict.fromkeys(("soqd", "quyetdinh", "vanban", "sovanban", "documentref", "document", "doc"),
                    ("_document_ref",)),
    **dict.fromkeys(("ngay", "ngaythuchien", "date", "at"), ("_date",)),
    **dict.fromkeys(("ten", "tenvi", "namevi", "tentiengviet"), ("name_vi",)),
    **dict.fromkeys(("tenen", "nameen", "tentienganh"), ("name_en",)),
}
#: Target names that exist only during an import (blockage text, note, document, date).
HELPER_FIELDS = ("_blocked_text", "_note", "_document_ref", "_date")

#: Folded names of a table column holding WKT geometries.
WKT_COLUMNS = ("wkt", "geometry", "geometrywkt", "geom", "hinhhoc")
#: Folded names of a table's coordinate columns (x, y), in the order they are tried.
COORDINATE_COLUMNS = (("lon", "lat"), ("longitude", "latitude"), ("kinhdo", "vido"), ("x", "y"), ("lng", "lat"),
                      ("toadox", "toadoy"))


# ------------------------------------------------------------------ hand-typed values
#: Folded land-use codes (Vietnamese cadastral codes and words) -> planned use in the park. Keys of three
#: letters or more also match as prefixes ("skc2" is "skc").
LAND_USE_WORDS: dict[str, tuple[str, ...]] = {
    "industrial": ("skk", "skc", "skn", "cn", "congnghiep", "datcongnghiep", "sanxuat", "industrial"),
    "logistics": ("kho", "khobai", "kv", "logistics", "khovan"),
    "services": ("tmd", "dv", "dichvu", "thuongmai", "services"),
    "utilities": ("dht", "dtl", "dnl", "dgt", "dra", "hatang", "hatangkythuat", "utilities", "xlnt"),
}
#: Folded lease labels -> lease status (a blank cell means available).
LEASE_WORDS: dict[str, tuple[str, ...]] = {
    "leased": ("dachothue", "dathue", "leased", "dakyhopdong", "cothue"),
    "reserved": ("giucho", "dagiucho", "datcoc", "reserved", "dadangky"),
    "available": ("controng", "trong", "chuathue", "available", "chuachothue", ""),
}


def land_use_of(value: Any) -> tuple[str, bool]:
    """(planned land use, recognised?) for a cadastral code or word.

    A current use that is not industrial (rice land "LUC", housing "ONT") is land the park will turn into
    industrial land: it becomes ``industrial``, and ``recognised`` is False so the importer can say so.
    """
    k = key(value or "")
    for use, words in LAND_USE_WORDS.items():
        if k in words or any(k.startswith(w) for w in words if len(w) >= 3):
            return use, True
    return "industrial", k == ""


def lease_status_of(value: Any) -> str | None:
    """The lease status a code or a hand-typed label names, or None."""
    k = key(value or "")
    for status, words in LEASE_WORDS.items():
        if k == status or k in words:
            return status
    return None


def number_text(value: Any) -> str | None:
    """A commune, sheet or parcel number as text, exactly as written: "012" stays "012"; a number that a
    Shapefile's table stores as a float loses its ".0" (12.0 -> "12"); None for a blank."""
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, (float, np.floating)):
        if value != value:
            return None
        return str(int(value)) if float(value).is_integer() else str(value)
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return str(value).strip() or None
