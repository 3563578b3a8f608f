"""Importing a commune's cadastral map, against a plain read of the same file in the same run.

    .venv/bin/python bench/import_cadastre.py                    # 111,466 parcels
    .venv/bin/python bench/import_cadastre.py --parcels 20000 --profile

The file: a zipped Shapefile in VN-2000 / TM-3 (EPSG:5897) shaped like a land office's commune map in the
Nghi Sơn economic zone (:func:`tests.cadastral_files.commune_map`): parcels of a few hundred m², 1 % bow-tie
rings, 2 % two-part parcels, ten-character field names (MaXa, SoHieuToBa, SoThuTuThu, DienTichPh,
KyHieuMucD, TenChu, DiaChi).

- plain read: ``pyogrio.read_dataframe`` of the unzipped .shp (the baseline: what reading the file costs);
- import: ``python -m geo import FILE.zip --layer parcels`` through :func:`geo.cli.main` (the CLI's own code
  path: unzip, read, map fields, transform, repair, place every parcel in its zone and commune, check
  repeats, write parcels, clearance events and owners in one transaction) into a fresh GeoPackage store
  holding the province, communes and zones.

Target: import ≤ 20 × the plain read. Prints the times and the ratio; asserts nothing. ``--profile`` prints
the import's top functions by cumulative time.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

import pyogrio

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import cli  # noqa: E402
from geo.store import open_store  # noqa: E402
from tests.cadastral_files import commune_map, reference_layers, write_shapefile_zip  # noqa: E402

PARCELS = 111_466
TARGET_RATIO = 20.0
PASSWORD = "bench passphrase 2026"


def fresh_store(path: Path) -> str:
    store = open_store(str(path))
    store.init(reference_layers())
    store.add_user("admin", "admin", PASSWORD)
    store.add_user("bench", "officer", PASSWORD, by="admin")
    store.close()
    return str(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parcels", type=int, default=PARCELS)
    ap.add_argument("--profile", action="store_true", help="profile the import")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="siteready-bench-import-") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        gdf = commune_map(args.parcels)
        archive = write_shapefile_zip(gdf, folder)
        made = time.perf_counter() - t
        shp = next((folder / "BanDoDiaChinh_shp").glob("*.shp"))
        print(f"file: {args.parcels:,} parcels, {archive.stat().st_size / 1e6:.1f} MB zipped, made in {made:.1f} s")

        t = time.perf_counter()
        plain = pyogrio.read_dataframe(shp)
        read_s = time.perf_counter() - t
        assert len(plain) == args.parcels

        db = fresh_store(folder / "store.gpkg")
        argv = ["import", str(archive), "--layer", "parcels", "--user", "bench", "--db", db]
        profiler = cProfile.Profile() if args.profile else None
        out = io.StringIO()
        t = time.perf_counter()
        with contextlib.redirect_stdout(out):
            if profiler:
                profiler.enable()
            code = cli.main(argv)
            if profiler:
                profiler.disable()
        import_s = time.perf_counter() - t
        lines = out.getvalue().splitlines()
        print(f"import exit code {code}: {lines[-1] if lines else ''}")
        print(f"  ({sum(1 for ln in lines if ln.startswith('Repaired'))} repairs reported)")
        store = open_store(db)
        print(f"store holds {store.count('parcels'):,} parcels")
        store.close()
        print(f"plain read (pyogrio.read_dataframe): {read_s:.2f} s")
        print(f"geo import into a fresh GeoPackage:  {import_s:.2f} s")
        print(f"ratio: {import_s / read_s:.1f}x (target <= {TARGET_RATIO:.0f}x)")
        if profiler:
            stats = io.StringIO()
            pstats.Stats(profiler, stream=stats).sort_stats("cumulative").print_stats(35)
            print(stats.getvalue())


if __name__ == "__main__":
    main()
