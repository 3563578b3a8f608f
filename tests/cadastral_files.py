"""Cadastral files shaped like those land offices send, for the tests and the import benchmark.

A commune's cadastral map comes as a zipped Shapefile in VN-2000 / TM-3 (EPSG:5897 for Thanh Hóa) whose
table has the fields of Circulars 75/2015 and 09/2024 cut to ten characters: ``MaXa`` (commune code),
``SoHieuToBa`` (map sheet), ``SoThuTuThu`` (parcel number: a Real field, so GDAL reads 12.0), ``DienTichPh``
(legal area), ``KyHieuMucD`` (land-use code), ``TenChu`` and ``DiaChi`` (owner and address). Everything is
written with pyogrio (GDAL), as a land office's software would.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from geo.settings import DATA_DIR

#: The CRS land offices in Thanh Hóa survey in: VN-2000 / TM-3 zone 482 (central meridian 105°).
VN2000 = 5897
#: The ten-character field names of a cadastral Shapefile.
FIELDS = ("MaXa", "SoHieuToBa", "SoThuTuThu", "DienTichPh", "KyHieuMucD", "TenChu", "DiaChi")


def reference_layers() -> dict[str, gpd.GeoDataFrame]:
    """The province, its 2025 communes and its zones as a store holds them (from data/, EPSG:4326)."""
    return {name: gpd.read_file(DATA_DIR / f"{name}.geojson", engine="pyogrio").set_crs(4326, allow_override=True)
            for name in ("province", "communes", "zones")}


def zones_metric() -> dict[str, shapely.Geometry]:
    """Each zone's outline in EPSG:5897 metres, by id."""
    zones = reference_layers()["zones"].to_crs(VN2000)
    return dict(zip(zones["id"], zones.geometry.values))


def square(x: float, y: float, side: float = 20.0) -> shapely.Polygon:
    return shapely.box(x, y, x + side, y + side)


def bow_tie(x: float, y: float, side: float = 20.0) -> shapely.Polygon:
    """A self-intersecting ring: two triangles meeting at the square's centre (each a quarter of the square)."""
    return shapely.Polygon([(x, y), (x + side, y + side), (x + side, y), (x, y + side)])


def write_shapefile_zip(gdf: gpd.GeoDataFrame, folder: Path, name: str = "BanDoDiaChinh") -> Path:
    """``gdf`` written as a Shapefile (UTF-8 table, .prj) and zipped with its sidecars; returns the zip."""
    work = folder / f"{name}_shp"
    work.mkdir(parents=True, exist_ok=True)
    pyogrio.write_dataframe(gdf, work / f"{name}.shp", driver="ESRI Shapefile", encoding="UTF-8")
    out = folder / f"{name}.zip"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(work.iterdir()):
            zf.write(f, f.name)
    return out


def _frame(records: list[dict], geoms: list) -> gpd.GeoDataFrame:
    gdf = gpd.GeoDataFrame(records, geometry=gpd.GeoSeries(geoms, crs=VN2000), crs=VN2000)
    gdf["SoThuTuThu"] = gdf["SoThuTuThu"].astype(float)  # a Real field: GDAL reads 45.0
    gdf["DienTichPh"] = gdf["DienTichPh"].astype(float)
    return gdf[[*FIELDS, "geometry"]]


def land_office_map() -> tuple[gpd.GeoDataFrame, dict[str, dict]]:
    """A small commune map (EPSG:5897) with what a land office's file holds, and what each parcel should become.

    Parcels: one inside a park of the economic zone, one in the economic zone outside its parks, one in no
    zone, one straddling the boundary of a park outside the economic zone, a bow-tie (invalid ring), a parcel
    of two parts, an unknown land-use code, a sheet number written "012", and a register row without
    geometry. The second value maps each expected id (``{MaXa}-{sheet}-{parcel}``) to its expectations: the
    geometry as surveyed (metres), the zone by location, and the land it holds (m²).
    """
    z = zones_metric()
    park = z["kcn-nghi-son-3"].buffer(-200)
    px, py = park.representative_point().coords[0]
    ez_only = z["kkt-nghi-son"].difference(shapely.union_all([z["kcn-nghi-son-3"], z["kcn-nghi-son-21"]]))
    ex, ey = ez_only.buffer(-300).representative_point().coords[0]
    # A park with no parent: its boundary is where recovery stops. Straddle the middle of one of its edges.
    edge = shapely.get_exterior_ring(shapely.get_geometry(z["kcn-le-mon"], 0))
    bx, by = edge.interpolate(0.37, normalized=True).coords[0]
    rows = [  # (sheet, parcel, use, owner, geometry, zone, land m²)
        ("012", 45, "LUC", "Nguyễn Văn An", square(px, py), "kcn-nghi-son-3", 400.0),
        ("012", 46, "ONT", "Lê Thị Bình", square(ex, ey), "kkt-nghi-son", 400.0),
        ("7", 3, "CLN", "Trần Văn Cường", square(595190.0, 2220650.0), None, 400.0),
        ("7", 4, "BHK", "Phạm Thị Dung", square(bx - 15, by - 15, 30), "kcn-le-mon", 900.0),
        ("012", 47, "NTS", "Hoàng Văn Em", bow_tie(px + 40, py), "kcn-nghi-son-3", 200.0),
        ("012", 48, "ONT+CLN", "Vũ Thị Phương",
         shapely.MultiPolygon([square(px + 80, py), square(px + 80, py + 40)]), "kcn-nghi-son-3", 800.0),
        ("012", 49, "XYZ", "Đỗ Văn Giang", square(px + 120, py), "kcn-nghi-son-3", 400.0),
        ("012", 50, "LUC", "Bùi Thị Hoa", None, None, 0.0),  # in the register, not on the map
    ]
    records, geoms, expect = [], [], {}
    for sheet, parcel, use, owner, geom, zone, land in rows:
        records.append({"MaXa": "16171", "SoHieuToBa": sheet, "SoThuTuThu": parcel, "DienTichPh": land or 400.0,
                        "KyHieuMucD": use, "TenChu": owner, "DiaChi": "Thôn 3, xã Nghi Sơn"})
        geoms.append(geom)
        expect[f"16171-{sheet}-{parcel}"] = {"geometry": geom, "zone_id": zone, "land_m2": land,
                                             "land_use_code": use, "owner": owner}
    return _frame(records, geoms), expect


def commune_map(n: int, *, seed: int = 482, invalid_share: float = 0.01,
                multi_share: float = 0.02) -> gpd.GeoDataFrame:
    """``n`` cadastral parcels of a few hundred m² each (EPSG:5897) tiling the Nghi Sơn economic zone around
    its parks, as a commune's whole map: a share of bow-tie rings and of two-part parcels, ten-character
    field names, sheet numbers as text and parcel numbers as Real fields, owners with Vietnamese names."""
    rng = np.random.default_rng(seed)
    z = zones_metric()
    ez = z["kkt-nghi-son"]
    side = 20.0
    cx, cy = z["kcn-nghi-son-3"].centroid.coords[0]
    k = int(np.ceil(np.sqrt(n * 1.6)))
    gx, gy = np.meshgrid(np.arange(k) - k // 2, np.arange(k) - k // 2)
    x = cx + gx.ravel() * side
    y = cy + gy.ravel() * side
    shapely.prepare(ez)
    inside = shapely.contains_xy(ez, x + side / 2, y + side / 2)
    x, y = x[inside][:n], y[inside][:n]
    if len(x) < n:
        raise ValueError(f"the economic zone holds only {len(x)} cells of {side} m")
    w = side - rng.uniform(0.5, 3.0, n)  # parcels a few hundred m², with paths between them
    geoms = np.asarray(shapely.box(x, y, x + w, y + w), dtype=object)
    kind = rng.random(n)
    bad = np.flatnonzero(kind < invalid_share)
    geoms[bad] = [bow_tie(x[i], y[i], w[i]) for i in bad]
    multi = np.flatnonzero((kind >= invalid_share) & (kind < invalid_share + multi_share))
    geoms[multi] = [shapely.MultiPolygon([shapely.box(x[i], y[i], x[i] + w[i] / 2 - 0.5, y[i] + w[i]),
                                          shapely.box(x[i] + w[i] / 2 + 0.5, y[i], x[i] + w[i], y[i] + w[i])])
                    for i in multi]
    sheet = (np.arange(n) // 400) + 1
    codes = np.array(["LUC", "ONT", "CLN", "BHK", "NTS", "LUK", "DGT", "ODT"], dtype=object)
    names = np.array(["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"],
                     dtype=object)
    gdf = gpd.GeoDataFrame({
        "MaXa": "16171",
        "SoHieuToBa": np.char.zfill(sheet.astype(str), 3).astype(object),
        "SoThuTuThu": (np.arange(n) % 400 + 1).astype(float),
        "DienTichPh": np.round(w * w, 1),
        "KyHieuMucD": codes[rng.integers(0, len(codes), n)],
        "TenChu": names[rng.integers(0, len(names), n)],
        "DiaChi": "Xã Nghi Sơn, tỉnh Thanh Hóa",
    }, geometry=gpd.GeoSeries(geoms, crs=VN2000), crs=VN2000)
    return gdf
