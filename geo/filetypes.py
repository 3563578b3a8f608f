"""What a file really is, told by its bytes, against the short list of formats SiteReady reads.

GDAL opens a file by its content, not its name: an OGR VRT named ``parcels.geojson`` makes GDAL read
any file or database the server can read, or fetch a URL. So a file's name only says what it claims to
be; its first bytes say what it is, and the two must agree before any reader sees it. Each kind is then
opened only with its own GDAL driver (:mod:`geo.gdalread`).

Kinds: ``geojson``, ``gpkg``, ``kml``, ``zip`` (a zipped Shapefile, GeoPackage, GeoJSON or KML; KMZ),
``xlsx``, ``csv``, and inside archives ``shp``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .errors import InputError

#: The kind each file name suffix claims.
CLAIMS = {
    ".geojson": "geojson", ".json": "geojson",
    ".gpkg": "gpkg",
    ".kml": "kml",
    ".zip": "zip", ".kmz": "zip",
    ".xlsx": "xlsx",
    ".csv": "csv", ".txt": "csv", ".tsv": "csv",
    ".shp": "shp",
}
#: Names of the kinds in messages (English; the catalogue's texts say them in both languages).
KIND_NAMES = {"geojson": "GeoJSON", "gpkg": "GeoPackage", "kml": "KML", "zip": "zip archive", "xlsx": "XLSX",
              "csv": "CSV", "shp": "Shapefile", "vrt": "OGR VRT", "xml": "XML", "sqlite": "SQLite database",
              "binary": "binary data", "unknown": "unknown data", "empty": "nothing"}

_HEAD = 4096
_SQLITE = b"SQLite format 3\x00"
_GPKG_IDS = (b"GPKG", b"GP10", b"GP11")
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_SHP_MAGIC = b"\x00\x00\x27\x0a"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_XML_PROLOGUE = re.compile(rb"^(\s*(<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>))*\s*<([A-Za-z_][\w.:-]*)", re.S)


def sniff(path: str | Path) -> str:
    """The kind of the file at ``path`` by its bytes (one of the kinds above, or vrt/xml/sqlite/binary/unknown)."""
    with open(path, "rb") as fh:
        head = fh.read(_HEAD)
    return sniff_bytes(head, path)


def sniff_bytes(head: bytes, path: str | Path | None = None) -> str:
    """The kind of data starting with ``head`` (``path``, when given, lets a zip be told from an XLSX)."""
    if not head:
        return "empty"
    if head.startswith(_SQLITE):
        return "gpkg" if head[68:72] in _GPKG_IDS else "sqlite"
    if head.startswith(_ZIP):
        return _zip_kind(path) if path is not None else "zip"
    if head.startswith(_SHP_MAGIC):
        return "shp"
    text = head
    for bom in _BOMS:
        if text.startswith(bom):
            text = text[len(bom):]
            break
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text: decode the head to look at it
        try:
            text = head.decode("utf-16").encode("utf-8", "replace")
        except UnicodeDecodeError:
            return "binary"
    stripped = text.lstrip()
    if b"<OGRVRTDataSource" in text or b"<GDALG" in text:
        return "vrt"
    if stripped.startswith(b"{"):
        return "geojson"
    if stripped.startswith(b"<"):
        m = _XML_PROLOGUE.match(text)
        root = m.group(3).split(b":")[-1].lower() if m else b""
        return "kml" if root == b"kml" else "xml"
    if b"\x00" in text:
        return "binary"
    return "csv"


def _zip_kind(path: str | Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = {n.replace("\\", "/") for n in zf.namelist()}
    except (zipfile.BadZipFile, OSError):
        return "zip"  # the archive checks say what is wrong with it
    if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
        return "xlsx"
    return "zip"


def check_claim(path: str | Path, name: str | None = None) -> str:
    """The kind of the file at ``path``, refused unless its bytes are what its name claims.

    ``name`` is the name the user gave (an upload's original name); it defaults to the path's.
    Raises InputError naming the file, what it claims to be and what it is.
    """
    path = Path(path)
    name = name or path.name
    claimed = CLAIMS.get(Path(name).suffix.lower())
    actual = sniff(path)
    if claimed is None:
        raise InputError("imports.unknown_format", name=name)
    if actual != claimed:
        raise InputError("file.not_what_it_claims", name=name, claimed=KIND_NAMES[claimed],
                         actual=KIND_NAMES.get(actual, actual))
    if actual == "kml" and _links_out(path):
        raise InputError("file.kml_links_out", name=name)
    return actual


def _links_out(path: Path) -> bool:
    """True when a KML names other documents to load (NetworkLink), which an import must not follow."""
    tail = b""
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            if b"NetworkLink" in tail + chunk:
                return True
            tail = chunk[-32:]
    return False
