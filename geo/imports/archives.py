"""Zipped uploads (a zipped Shapefile, a KMZ), opened without trusting them.

An archive comes from outside and is unpacked on the server, so every member is checked before
anything is written: no absolute or ``..`` paths (a member must not land outside the folder), no
encryption, a bounded number of members, a bounded total size and compression ratio (a zip bomb is
refused before it unpacks). Only the one dataset to read is extracted (a Shapefile with its sidecar
files), and the bytes that really come out are counted, since an archive's header can lie.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath

from ..errors import InputError
from ..messages import msg

MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 2_000
#: Largest compression ratio of a big member (above ``_BIG_MEMBER`` bytes) before it is taken for a bomb.
MAX_RATIO = 200
_BIG_MEMBER = 10_000_000
#: The datasets an archive may hold, in the order they are looked for.
DATASET_SUFFIXES = (".shp", ".gpkg", ".geojson", ".json", ".kml")
#: Files a Shapefile cannot be read without.
SHAPEFILE_SIDECARS = (".shx", ".dbf")


def safe_extract(archive: Path, dest: Path) -> Path:
    """Extract the dataset inside ``archive`` into ``dest`` after checking every member; return its path."""
    name = archive.name
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile:
        raise InputError("imports.bad_zip", name=name) from None
    with zf:
        members = zf.infolist()
        _check_members(members, name)
        wanted = pick_dataset([m.filename for m in members if not m.is_dir()], name)
        stem = PurePosixPath(wanted).with_suffix("")
        shapefile = wanted.lower().endswith(".shp")
        chosen = [m for m in members if not m.is_dir() and (
            m.filename == wanted or (shapefile and PurePosixPath(m.filename).with_suffix("") == stem))]
        budget = MAX_UNZIPPED_BYTES
        for m in chosen:
            with zf.open(m) as src, open(dest / PurePosixPath(m.filename).name, "wb") as out:
                while chunk := src.read(1 << 20):  # the sizes in the header can lie: count what really comes out
                    budget -= len(chunk)
                    if budget < 0:
                        raise InputError("imports.archive_lied", name=name)
                    out.write(chunk)
    return dest / PurePosixPath(wanted).name


def _check_members(members: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse an archive with too many members, unsafe paths, encryption, or sizes past the limits."""
    if len(members) > MAX_MEMBERS:
        raise InputError("imports.archive_too_many", name=name, n=len(members), limit=MAX_MEMBERS)
    total = 0
    for m in members:
        p = PurePosixPath(m.filename.replace("\\", "/"))
        if p.is_absolute() or ".." in p.parts or re.match(r"^[A-Za-z]:", m.filename):
            raise InputError("imports.archive_unsafe_path", name=name, path=m.filename)
        if m.flag_bits & 0x1:
            raise InputError("imports.archive_encrypted", name=name)
        total += m.file_size
        if total > MAX_UNZIPPED_BYTES:
            raise InputError("imports.archive_too_large", name=name, gb=f"{MAX_UNZIPPED_BYTES / 1e9:.0f}")
        ratio = m.file_size / max(m.compress_size, 1)
        if m.compress_size and ratio > MAX_RATIO and m.file_size > _BIG_MEMBER:
            raise InputError("imports.archive_bomb", name=name, ratio=m.file_size // max(m.compress_size, 1))


def pick_dataset(names: list[str], archive: str) -> str:
    """The member to read: the first Shapefile (with its sidecars), GeoPackage, GeoJSON or KML."""
    for suffix in DATASET_SUFFIXES:
        hits = [n for n in names if n.lower().endswith(suffix) and not PurePosixPath(n).name.startswith(".")]
        if not hits:
            continue
        if suffix == ".shp":
            stem = PurePosixPath(hits[0]).with_suffix("")
            have = {PurePosixPath(n).suffix.lower() for n in names if PurePosixPath(n).with_suffix("") == stem}
            missing = [s for s in SHAPEFILE_SIDECARS if s not in have]
            if missing:
                raise InputError("imports.archive_shapefile_lacks", name=archive,
                                 shapefile=PurePosixPath(hits[0]).name,
                                 missing=missing[0] if len(missing) == 1 else msg("imports.and", a=missing[0],
                                                                                  b=missing[1]))
        return hits[0]
    raise InputError("imports.archive_nothing", name=archive)
