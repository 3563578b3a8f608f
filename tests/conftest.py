"""Shared fixtures: stores made once from the default data and copied per test."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.store import open_store  # noqa: E402

PASSWORD = "correct horse battery staple"
TEST_OUTPUT = ROOT / "test-output"


@pytest.fixture(scope="module")
def seeded_layers():
    """The default layers as a new store holds them (areas, versions, booleans filled in), as frames; the
    plots carry their clearance derived from the cadastral parcels beneath."""
    import geopandas as gpd
    import pandas as pd

    from geo.plots import derived
    from geo.seed import default_layers
    from geo.store.base import prepare_layers

    raw = default_layers()
    rows = prepare_layers(raw)

    def frame(name):
        return gpd.GeoDataFrame(pd.DataFrame([{k: v for k, v in r.items() if k != "geometry"} for r in rows[name]]),
                                geometry=[r["geometry"] for r in rows[name]], crs=4326)

    parcels = frame("parcels")
    plots, _ = derived(frame("plots"), parcels)
    return {**raw, "parcels": parcels, "plots": plots}


@pytest.fixture(scope="session")
def default_gpkg(tmp_path_factory) -> Path:
    """A GeoPackage store seeded with the default data, made once per test session."""
    path = tmp_path_factory.mktemp("template") / "default.gpkg"
    store = open_store(str(path))
    store.init()
    store.checkpoint()
    store.close()
    return path


def store_kinds() -> list[str]:
    kinds = ["gpkg"]
    if (ROOT / "geo" / "store" / "postgis.py").exists() and os.environ.get("SITEREADY_SKIP_POSTGIS") != "1":
        kinds.append("postgis")
    return kinds


@pytest.fixture
def gpkg_url(default_gpkg, tmp_path) -> str:
    """A fresh copy of the default GeoPackage store."""
    dst = tmp_path / "store.gpkg"
    shutil.copy(default_gpkg, dst)
    return str(dst)


@pytest.fixture(params=store_kinds())
def store_url(request, tmp_path) -> str:
    """A fresh default store of each kind (the contract tests run once per kind)."""
    if request.param == "gpkg":
        return request.getfixturevalue("gpkg_url")
    return request.getfixturevalue("postgis_url")


@pytest.fixture(params=store_kinds())
def cadastral_store(request, tmp_path):
    """A store of each kind holding the province, its communes and zones, and no parcels yet."""
    from tests.cadastral_files import reference_layers

    url = str(tmp_path / "cadastre.gpkg") if request.param == "gpkg" else request.getfixturevalue("postgis_empty_url")
    s = open_store(url)
    s.init(reference_layers())
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("officer", "officer", PASSWORD, by="admin")
    yield s
    s.close()


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def staffed(store):
    """The store with an admin, an officer, a planner and a deactivated officer."""
    store.add_user("admin", "admin", PASSWORD)
    store.add_user("officer", "officer", PASSWORD, by="admin")
    store.add_user("planner", "planner", PASSWORD, by="admin")
    store.add_user("retired", "officer", PASSWORD, by="admin")
    store.set_user_active("retired", False, by="admin")
    return store


def staffed_copy(source, folder, staff: dict[str, str]) -> Path:
    """A copy of the store file ``source`` in ``folder`` with an admin named "admin" and ``staff`` (name: role),
    all with PASSWORD: the store a browser test's app runs on."""
    from geo.store import open_store

    db = Path(folder) / "store.gpkg"
    shutil.copy(source, db)
    s = open_store(str(db))
    try:
        s.add_user("admin", "admin", PASSWORD)
        for name, role in staff.items():
            s.add_user(name, role, PASSWORD, by="admin")
    finally:
        s.close()
    return db


@pytest.fixture
def http_hits():
    """A local HTTP server on 127.0.0.1 that records the paths it is asked for: (its base URL, the list)."""
    import http.server
    import threading

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"name,phone\nx,1\n")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def test_output() -> Path:
    TEST_OUTPUT.mkdir(exist_ok=True)
    return TEST_OUTPUT


# The throwaway PostgreSQL + PostGIS server and per-test PostGIS stores (skip when PostgreSQL is missing); a
# primary with a hot standby for the read-replica tests.
from tests.pg import postgis_empty_url, postgis_server, postgis_url, replicated_servers  # noqa: E402, F401


def read_by_arrow(url: str, monkeypatch) -> None:
    """Make the column-wise reads of a GeoPackage go through GDAL's Arrow reader (a store of many parcels' way)
    even for a small store, and fail if they read sqlite3 rows instead; PostGIS (one column-wise read, COPY)
    is skipped."""
    if not url.endswith(".gpkg"):
        pytest.skip("PostGIS has one column-wise read (COPY)")
    monkeypatch.setattr("geo.store.gpkg.COLUMNAR_MIN_ROWS", 0)

    def no_rows(*args, **kwargs):
        raise AssertionError("read by rows, not by GDAL's Arrow reader")

    monkeypatch.setattr("geo.store.reads.Reads._select_columns", no_rows)
