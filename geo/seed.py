"""The embedded default dataset: Thanh Hóa's zones, illustrative parcels and context layers.

The files in data/ are built by ``data/build_default.py`` from the facts in
data/facts/ (with their sources). Locations are approximate and clearance and
lease states are illustrative until a land office loads its own files; every
view and export of this data says so.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from . import cadastre
from .schema import LAYER_ORDER
from .settings import DATA_DIR

NOTICE_VI = (
    "Dữ liệu mặc định: vị trí là gần đúng; các thửa đất địa chính (loại đất, giai đoạn GPMB) và tình trạng cho thuê, "
    "hạ tầng của các lô là minh họa, cho đến khi cơ quan quản lý đất đai nạp dữ liệu của mình."
)
NOTICE_EN = (
    "Default data: locations are approximate; the cadastral parcels (land use, clearance stages) and the plots' "
    "lease status and utilities are illustrative until a land office loads its own files."
)


def default_layers() -> dict[str, gpd.GeoDataFrame]:
    """Every layer of the default dataset, as read from data/*.geojson (EPSG:4326), parcels with their zone; a
    layer without a file is left out (the store creates it empty)."""
    out = {}
    for name in LAYER_ORDER:
        path = DATA_DIR / f"{name}.geojson"
        if not path.exists():  # a layer the dataset does not hold yet starts empty
            continue
        gdf = gpd.read_file(path, engine="pyogrio")
        out[name] = gdf.set_crs(4326, allow_override=True)
    parcels = out.get("parcels")
    if parcels is not None and "zone_id" not in parcels:  # the file leaves out where each parcel lies: found
        # here, as the store would
        placed = cadastre.place(parcels.geometry.values, out["zones"])
        parcels.insert(parcels.columns.get_loc("land_use_code") + 1, "zone_id", placed.zone_id)
    return out


def default_events(now: pd.Timestamp | None = None) -> pd.DataFrame:
    """The illustrative clearance history of the default parcels.

    Each step is entered a little after it happened, as land offices do (``recorded_at``): most within two
    weeks, one in twenty months late, none after ``now``. The delays are drawn with a fixed seed, so the
    history is the same on every machine, and "as recorded on" a date differs from "as it happened"."""
    events = pd.read_csv(DATA_DIR / "clearance_events.csv", dtype={"document_ref": object, "note": object})
    if "recorded_at" in events:
        return events
    rng = np.random.default_rng(2024)
    n = len(events)
    late = rng.random(n) < 0.05
    days = np.where(late, rng.integers(60, 240, n), rng.integers(0, 15, n))
    hours = rng.integers(1, 10, n)  # office hours, 08:00-17:00 in Viet Nam, in UTC
    at = pd.to_datetime(events["at"], utc=True, format="ISO8601")
    recorded = at + pd.to_timedelta(days, unit="D") + pd.to_timedelta(hours, unit="h")
    cap = now if now is not None else pd.Timestamp.now(tz="UTC")
    recorded = recorded.where(recorded <= cap, cap)
    # A parcel's steps are entered in their order (a step starts from the stage the last one left).
    recorded = recorded.groupby(events["parcel_id"].to_numpy()).cummax()
    events["recorded_at"] = recorded.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return events


def default_meta() -> dict[str, str]:
    return {"dataset": "default", "notice_vi": NOTICE_VI, "notice_en": NOTICE_EN}
