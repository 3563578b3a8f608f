"""The embedded default dataset: Thanh Hóa's zones, illustrative parcels and context layers.

The files in data/ are built by ``data/build_default.py`` from the facts in
data/facts/ (with their sources). Locations are approximate and clearance and
lease states are illustrative until a land office loads its own files; every
view and export of this data says so.
"""

from __future__ import annotations

import geopandas as gpd
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


def default_events() -> pd.DataFrame:
    """The illustrative clearance history of the default parcels."""
    return pd.read_csv(DATA_DIR / "clearance_events.csv", dtype={"document_ref": object, "note": object})


def default_meta() -> dict[str, str]:
    return {"dataset": "default", "notice_vi": NOTICE_VI, "notice_en": NOTICE_EN}
