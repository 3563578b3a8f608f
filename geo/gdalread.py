"""Read a vector file with GDAL allowed exactly one driver, in a child process, with no network.

GDAL picks a driver by a file's content and can follow what the file says: an OGR VRT reads other files
and databases, a GDALG runs a pipeline, LIBKML follows network links, ``/vsicurl/`` fetches URLs. Imports
must read only the file the user gave, as the format it was identified as (:mod:`geo.filetypes`). GDAL
decides its drivers once, when it is loaded (``GDAL_SKIP``), so the read runs in a child process whose
GDAL has every driver but one skipped, and whose network access is off:

- ``GDAL_SKIP``: every vector driver but the kind's own (GeoJSON, GPKG, KML or ESRI Shapefile);
- ``CPL_VSIL_CURL_ALLOWED_EXTENSIONS``: an extension no file has, so ``/vsicurl/`` opens nothing;
- ``GDAL_HTTP_PROXY`` pointed at a closed local port, ``GDAL_HTTP_TIMEOUT`` 1 s: no request leaves.

The child writes the layer to an Arrow IPC file (geometry as WKB, CRS in the metadata) that the parent
reads back into a GeoDataFrame; it reports a refusal as one JSON line. A child also keeps GDAL's own
SQLite away from the app's store connection (see ``geo/store/arrowread.py``).

    python -P geo/gdalread.py KIND FILE OUT.arrow [LAYER] [MAX_FEATURES]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

#: The one GDAL driver each identified kind is opened with.
DRIVERS = {"geojson": "GeoJSON", "gpkg": "GPKG", "kml": "LIBKML", "shp": "ESRI Shapefile"}
#: Seconds a read may take before it is stopped.
TIMEOUT_S = 600
_NO_EXTENSION = ".siteready-no-network"


def child_env(kind: str) -> dict[str, str]:
    """The environment of a reader child: one driver, no network."""
    import pyogrio

    keep = DRIVERS[kind]
    skip = [d for d in pyogrio.list_drivers() if d != keep]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GDAL_", "CPL_", "OGR_"))}
    env.update({
        "GDAL_SKIP": ",".join(d for d in dict.fromkeys([*skip, "VRT", "GDALG", "HTTP"]) if d != keep),
        "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": _NO_EXTENSION,
        "GDAL_HTTP_PROXY": "127.0.0.1:9",
        "GDAL_HTTP_TIMEOUT": "1",
        "GDAL_HTTP_MAX_RETRY": "0",
        "CPL_DEBUG": "OFF",
    })
    if kind == "shp":  # a Shapefile's .cpg says its encoding; without one GDAL's default applies
        env["SHAPE_RESTORE_SHX"] = "NO"
    return env


#: The last read, kept so that a page that reads the same upload on every rerun starts one child, not many.
_LAST: dict[tuple, dict[str, Any]] = {}
_LAST_LOCK = threading.Lock()


def read(path: str | Path, kind: str, *, layer: str | None = None, max_features: int | None = None) -> dict[str, Any]:
    """Read ``path`` as ``kind`` in a restricted child; returns ``{"frame": …, "layers": […]}`` or ``{"error": …}``.

    ``error`` is one of ``no_layers``, ``no_such_layer`` (with ``layers``), ``too_many`` (with ``features``),
    ``gdal`` (with ``why``: GDAL's first line) or ``crashed`` (with ``why``). The same file (path, size and
    modification time) read the same way again is answered from the last read, as a copy.
    """
    target = Path(path).resolve()
    stat = target.stat()
    key = (str(target), stat.st_size, stat.st_mtime_ns, kind, layer, max_features)
    with _LAST_LOCK:
        last = _LAST.get(key)
    if last is None:
        last = _read(target, kind, layer, max_features)
        with _LAST_LOCK:
            _LAST.clear()
            _LAST[key] = last
    return {k: (v.copy() if k == "frame" else v) for k, v in last.items()}


def _read(target: Path, kind: str, layer: str | None, max_features: int | None) -> dict[str, Any]:
    import geopandas as gpd
    import pandas as pd
    import pyarrow as pa

    with tempfile.TemporaryDirectory(prefix="siteready-read-") as tmp:
        out = Path(tmp) / "layer.arrow"
        args = [sys.executable, "-P", str(Path(__file__).resolve()), kind, str(target), str(out),
                layer or "", str(max_features or 0)]
        try:
            proc = subprocess.run(args, env=child_env(kind), capture_output=True, text=True, timeout=TIMEOUT_S,
                                  cwd=tmp, check=False)
        except subprocess.TimeoutExpired:
            return {"error": "crashed", "why": f"no answer in {TIMEOUT_S} s"}
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        result = json.loads(lines[-1]) if lines else {"error": "crashed", "why": _first_line(proc.stderr)}
        if "error" in result:
            return result
        with pa.OSFile(str(out), "rb") as src:
            table = pa.ipc.open_file(src).read_all()
    if result.get("spatial"):
        frame = gpd.GeoDataFrame.from_arrow(table)
    else:
        frame = table.to_pandas()
        frame = pd.DataFrame(frame)
    return {"frame": frame, "layers": result["layers"], "layer": result["layer"]}


def _first_line(text: str) -> str:
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip() and not ln.startswith("Warning")]
    return lines[-1][:300] if lines else "no message"


# ----------------------------------------------------------------- the child
def _emit(payload: dict[str, Any]) -> int:
    print(json.dumps(payload), flush=True)
    return 0 if "error" not in payload else 3


def main(argv: list[str]) -> int:
    kind, path, target, wanted, max_features = argv
    import pyarrow as pa
    import pyogrio

    try:
        layers = pyogrio.list_layers(path)
    except Exception as err:  # noqa: BLE001 - GDAL's many error types: the first line says which
        return _emit({"error": "gdal", "why": _first_line(str(err))})
    names = [str(n) for n, _ in layers]
    if not names:
        return _emit({"error": "no_layers"})
    if wanted and wanted not in names:
        return _emit({"error": "no_such_layer", "layers": names})
    spatial = [str(n) for n, g in layers if g is not None]
    layer = wanted or (spatial[0] if spatial else names[0])
    try:
        info = pyogrio.read_info(path, layer=layer)
        if int(max_features) and info.get("features", 0) > int(max_features):
            return _emit({"error": "too_many", "features": int(info["features"])})
        frame = pyogrio.read_dataframe(path, layer=layer)
    except Exception as err:  # noqa: BLE001
        return _emit({"error": "gdal", "why": _first_line(str(err))})
    is_spatial = hasattr(frame, "geometry") and frame.geometry.notna().any()
    if is_spatial:
        table = pa.table(frame.to_arrow(geometry_encoding="WKB"))
    else:
        frame = frame.drop(columns=[c for c in ("geometry",) if c in frame.columns])
        table = pa.Table.from_pandas(frame, preserve_index=False)
    with pa.OSFile(target, "wb") as sink, pa.ipc.new_file(sink, table.schema) as out:
        out.write_table(table)
    return _emit({"layers": names, "layer": layer, "spatial": bool(is_spatial)})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
