"""Settings, each read from an environment variable with a documented default.

SITEREADY_DB
    The store: a GeoPackage path (default ``var/siteready.gpkg`` in the project)
    or a ``postgresql://`` URL. ``--db`` on the CLI overrides it.
SITEREADY_READ_DB
    The ``postgresql://`` URL of a hot standby of the PostGIS store (unset: none). Reads go there, writes
    to SITEREADY_DB (the primary); a store never reads there a state older than what it wrote or read
    itself (:mod:`geo.store.standby`). Applies only when the store comes from SITEREADY_DB, not ``--db``.
SITEREADY_READ_WAIT_MS
    How long a read waits for the standby to replay this process's own last write before it reads on
    the primary instead (default 200; 0: no waiting, a standby that is behind is not waited for).
SITEREADY_SESSION_MINUTES
    Minutes of inactivity after which an app sign-in expires (default 60).
SITEREADY_BUSY_TIMEOUT_MS
    How long a write waits for another writer before giving up (default 10000), on either store.
SITEREADY_MAP_PARCELS
    The most parcels the app's map draws for one view (default 6000): the browser fetches the parcel
    tiles nearest the centre of the view up to this many and asks the user to zoom in for the rest.
    Lower it for weak devices.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_DB = PROJECT_ROOT / "var" / "siteready.gpkg"

#: WGS 84: coordinates in the store.
STORE_EPSG = 4326
#: VN-2000 / TM-3 zone 482 (central meridian 105°): Thanh Hóa's cadastral CRS,
#: used for areas, buffers and simplification.
METRIC_EPSG = 5897


def db_url(override: str | None = None) -> str:
    """The store to use: ``override`` if given, else SITEREADY_DB, else the default file."""
    if override:
        return override
    return os.environ.get("SITEREADY_DB") or str(DEFAULT_DB)


def read_db_url() -> str | None:
    """The hot standby to read from (SITEREADY_READ_DB), or None."""
    return os.environ.get("SITEREADY_READ_DB", "").strip() or None


def _int_setting(name: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise InputError("settings.bad_integer", name=name, value=raw, minimum=minimum)
    return value


def session_minutes() -> int:
    return _int_setting("SITEREADY_SESSION_MINUTES", 60)


def session_max_hours() -> int:
    """How long a sign-in lasts at most, however active the user (SITEREADY_SESSION_MAX_HOURS, default 12)."""
    return _int_setting("SITEREADY_SESSION_MAX_HOURS", 12)


def basemap_enabled() -> bool:
    """Whether the app offers the OpenStreetMap basemap (SITEREADY_BASEMAP=0 turns it off, and with it the
    tile server in the Content-Security-Policy: an offline or closed deployment fetches nothing from outside)."""
    return os.environ.get("SITEREADY_BASEMAP", "1").strip().lower() not in ("0", "off", "no", "false")


def busy_timeout_ms() -> int:
    return _int_setting("SITEREADY_BUSY_TIMEOUT_MS", 10000, minimum=0)


def read_wait_ms() -> int:
    return _int_setting("SITEREADY_READ_WAIT_MS", 200, minimum=0)


def map_parcels() -> int:
    return _int_setting("SITEREADY_MAP_PARCELS", 6000)
