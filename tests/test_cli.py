"""`python -m geo`: every exit code, one sentence on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import geopandas as gpd
import pandas as pd
import pytest

from tests.conftest import PASSWORD, ROOT


def geo(*args, db=None, stdin: str | None = None):
    env = dict(os.environ)
    if db:
        env["SITEREADY_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def one_sentence(proc):
    err = proc.stderr.strip()
    assert "Traceback" not in proc.stderr
    assert err.startswith("error: ") and "\n" not in err, proc.stderr
    return err


@pytest.fixture
def cli_store(gpkg_url):
    twice = f"{PASSWORD}\n{PASSWORD}\n"
    assert geo("user", "add", "admin", "--role", "admin", db=gpkg_url, stdin=twice).returncode == 0
    assert geo("user", "add", "officer", "--role", "officer", "--by", "admin", db=gpkg_url, stdin=twice).returncode == 0
    assert geo("user", "add", "planner", "--role", "planner", "--by", "admin", db=gpkg_url, stdin=twice).returncode == 0
    return gpkg_url


def parcel_at(db, stage):
    from geo.store import open_store

    parcels = open_store(db).read_layer("parcels")
    row = parcels[(parcels.clearance_stage == stage)].iloc[0]
    return row["id"], int(row["version"])


def test_init_creates_then_is_idempotent(tmp_path):
    db = tmp_path / "new" / "s.gpkg"
    first = geo("init", "--db", str(db))
    assert first.returncode == 0 and "Created" in first.stdout
    second = geo("init", db=db)
    assert second.returncode == 0 and "Already there" in second.stdout


def test_status_exit_0_and_history_json(cli_store):
    pid, version = parcel_at(cli_store, "plan_posted")
    ok = geo("status", pid, "plan_approved", "--user", "officer", "--note", "Phê duyệt", "--doc", "QĐ 77/QĐ-UBND",
             "--expect-version", str(version), db=cli_store)
    assert ok.returncode == 0, ok.stderr
    hist = geo("history", pid, "--format", "json", db=cli_store)
    assert hist.returncode == 0
    events = json.loads(hist.stdout)
    assert isinstance(events, list) and events
    last = events[-1]
    assert set(last) >= {"at", "by", "from_stage", "to_stage", "note", "document_ref", "version"}
    assert (last["by"], last["from_stage"], last["to_stage"], last["note"], last["document_ref"], last["version"]) == (
        "officer", "plan_posted", "plan_approved", "Phê duyệt", "QĐ 77/QĐ-UBND", version + 1)
    csv_out = geo("history", pid, "--format", "csv", db=cli_store)
    assert csv_out.stdout.splitlines()[0].startswith("at,by,")


def test_exit_2_usage(cli_store):
    proc = geo("status", "only-one-arg", db=cli_store)
    assert proc.returncode == 2
    assert "--user" in one_sentence(proc)
    assert geo("frobnicate", db=cli_store).returncode == 2


@pytest.mark.parametrize(
    "args, words",
    [
        (["status", "{pid}", "teleported", "--user", "officer"], "Unknown clearance stage"),
        (["status", "no-such-parcel", "inventory", "--user", "officer"], "no-such-parcel"),
        (["status", "{pid}", "handed_over", "--user", "officer"], "skips a stage"),
        (["history", "no-such-parcel"], "no-such-parcel"),
        (["export", "--layer", "nope", "--format", "csv", "-o", "/tmp/x.csv"], "Unknown layer"),
        (["export", "--layer", "zones", "--format", "csv", "-o", "/no/such/dir/x.csv"], "does not exist"),
    ],
)
def test_exit_3_rejected_input_changes_nothing(cli_store, args, words):
    from geo.store import open_store

    pid, _ = parcel_at(cli_store, "plan_posted")
    before = open_store(cli_store).change_counter()
    proc = geo(*[a.format(pid=pid) for a in args], db=cli_store)
    assert proc.returncode == 3
    assert words in one_sentence(proc)
    assert open_store(cli_store).change_counter() == before


def test_exit_4_stale_version(cli_store):
    pid, version = parcel_at(cli_store, "inventory")
    assert geo("status", pid, "plan_posted", "--user", "officer", "--expect-version", str(version),
               db=cli_store).returncode == 0
    proc = geo("status", pid, "plan_approved", "--user", "officer", "--expect-version", str(version), db=cli_store)
    assert proc.returncode == 4
    assert "changed by officer" in one_sentence(proc)


@pytest.mark.parametrize("user", ["planner", "stranger"])
def test_exit_5_not_allowed(cli_store, user):
    pid, _ = parcel_at(cli_store, "inventory")
    proc = geo("status", pid, "plan_posted", "--user", user, db=cli_store)
    assert proc.returncode == 5
    assert user in one_sentence(proc)


def test_user_add_reads_the_password_twice(cli_store):
    proc = geo("user", "add", "x1", "--role", "planner", "--by", "admin", db=cli_store,
               stdin=f"{PASSWORD}\n{PASSWORD}!\n")
    assert proc.returncode == 3 and "differ" in one_sentence(proc)
    proc = geo("user", "add", "x2", "--role", "planner", "--by", "officer", db=cli_store,
               stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert proc.returncode == 5
    listing = geo("user", "list", db=cli_store).stdout
    assert "x1" not in listing and "x2" not in listing and "officer\tofficer\tactive" in listing


def test_missing_store_is_one_sentence(tmp_path):
    proc = geo("history", "x", db=tmp_path / "absent.gpkg")
    assert proc.returncode == 1
    assert "python -m geo init" in one_sentence(proc)


@pytest.mark.parametrize("fmt", ["gpkg", "geojson", "csv", "xlsx", "kml"])
def test_export_every_format_reads_back(cli_store, tmp_path, fmt):
    out = tmp_path / f"parcels.{fmt}"
    proc = geo("export", "--layer", "parcels", "--format", fmt, "-o", str(out), db=cli_store)
    assert proc.returncode == 0, proc.stderr
    if fmt in ("gpkg", "geojson", "kml"):
        gdf = gpd.read_file(out)
        assert len(gdf) > 2000
    elif fmt == "csv":
        df = pd.read_csv(out)
        assert len(df) > 2000 and "geometry_wkt" in df.columns and "notice" in df.columns
    else:
        sheets = pd.read_excel(out, sheet_name=None)
        assert len(sheets["parcels"]) > 2000
        assert "illustrative" in sheets["Ghi chú - Notes"].to_string()


def test_geojson_export_keeps_ids_stages_and_names(cli_store, tmp_path):
    out = tmp_path / "p.geojson"
    assert geo("export", "--layer", "parcels", "--format", "geojson", "-o", str(out), db=cli_store).returncode == 0
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert "approximate" in fc["notice"]
    props = fc["features"][0]["properties"]
    assert props["id"] and props["clearance_stage"]
    zones = tmp_path / "z.geojson"
    assert geo("export", "--layer", "zones", "--format", "geojson", "-o", str(zones), db=cli_store).returncode == 0
    names = {f["properties"]["name_vi"] for f in json.loads(zones.read_text(encoding="utf-8"))["features"]}
    assert "Khu công nghiệp Hoàng Long" in names


def test_public_export_drops_internal_fields(cli_store, tmp_path):
    out = tmp_path / "p.csv"
    assert geo("export", "--layer", "parcels", "--format", "csv", "-o", str(out), "--public", db=cli_store).returncode == 0
    cols = set(pd.read_csv(out, nrows=1).columns)
    assert "clearance_stage" in cols
    assert not cols & {"version", "updated_by", "blocked_reason", "resettlement_households", "stage_since"}


def test_synth_makes_a_store_with_n_parcels(tmp_path):
    db = tmp_path / "synth.gpkg"
    proc = geo("synth", "--parcels", "5000", "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    from geo.store import open_store

    assert open_store(str(db)).count("parcels") == 5000
    again = geo("synth", "--parcels", "10", "--db", str(db))
    assert again.returncode == 3 and "exists" in one_sentence(again)


def test_ready_json_lists_sites_with_tiers_reasons_and_distances(gpkg_url):
    proc = geo("ready", "--format", "json", "--tier", "3", db=gpkg_url)
    assert proc.returncode == 0, proc.stderr
    sites = json.loads(proc.stdout)
    assert sites
    for s in sites:
        assert {"id", "zone_id", "zone_name_vi", "zone_name_en", "area_ha", "tier", "reasons", "score"} <= set(s)
        assert all(f"km_to_{k}" in s for k in ("port", "airport", "expressway", "rail_station", "border_gate",
                                               "national_road"))
        assert (s["tier"] == 5) == (s["reasons"] == [])
        for r in s["reasons"]:
            assert set(r) == {"code", "vi", "en"}
    assert {s["tier"] for s in sites} == {3, 4, 5}


def test_ready_filters_narrow_and_find_land_near_the_port(gpkg_url):
    every = json.loads(geo("ready", "--format", "json", db=gpkg_url).stdout)
    near = json.loads(geo("ready", "--format", "json", "--min-area", "20", "--max-km", "port=30", db=gpkg_url).stdout)
    assert near and {s["id"] for s in near} <= {s["id"] for s in every}
    assert all(s["area_ha"] >= 20 and s["km_to_port"] <= 30 for s in near)
    sector = json.loads(geo("ready", "--format", "json", "--sector", "electronics", db=gpkg_url).stdout)
    assert {s["id"] for s in sector} < {s["id"] for s in every}


def test_ready_csv_and_geojson(gpkg_url):
    csv_out = geo("ready", "--format", "csv", db=gpkg_url)
    df = pd.read_csv(__import__("io").StringIO(csv_out.stdout))
    assert {"id", "tier", "area_ha", "km_to_port", "reasons_en"} <= set(df.columns) and len(df)
    gj = json.loads(geo("ready", "--format", "geojson", "--min-area", "10", db=gpkg_url).stdout)
    assert gj["type"] == "FeatureCollection" and gj["features"] and "approximate" in gj["notice"]
    assert gj["features"][0]["geometry"]["type"] in ("Polygon", "MultiPolygon")


@pytest.mark.parametrize("args, words", [
    (["--max-km", "moon=3"], "Unknown facility kind"),
    (["--max-km", "port=near"], "not a number"),
    (["--sector", "spaceships"], "Unknown sector"),
    (["--tier", "9"], "Tier 9"),
])
def test_ready_bad_input_exit_3(gpkg_url, args, words):
    proc = geo("ready", *args, db=gpkg_url)
    assert proc.returncode == 3
    assert words in one_sentence(proc)


def test_paths_that_are_folders_are_one_sentence(tmp_path, gpkg_url):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    proc = geo("init", "--db", str(folder))
    assert proc.returncode == 1 and "folder" in one_sentence(proc)
    proc = geo("export", "--layer", "zones", "--format", "csv", "-o", str(folder), db=gpkg_url)
    assert proc.returncode == 3 and "folder" in one_sentence(proc)


def test_a_search_with_no_site_at_that_tier_is_empty_not_an_error(tmp_path):
    from geo.seed import default_events, default_layers, default_meta
    from geo.store import open_store

    layers = default_layers()
    layers["plots"]["lease_status"] = "leased"  # nothing left to lease: no tier-5 land anywhere
    db = tmp_path / "full.gpkg"
    assert open_store(str(db)).init(layers, events=default_events(), meta=default_meta())
    proc = geo("ready", "--sector", "garments", "--max-price", "80", "--format", "json", db=db)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


def test_a_bad_setting_is_named_in_one_sentence(tmp_path, monkeypatch):
    from geo.cli import main

    monkeypatch.setenv("SITEREADY_BUSY_TIMEOUT_MS", "ten seconds")
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["init", "--db", str(tmp_path / "s.gpkg")])
    assert code != 0
    assert err.getvalue().strip() == ("error: SITEREADY_BUSY_TIMEOUT_MS is 'ten seconds'; it must be a whole number "
                                      "of at least 0.")
    assert not (tmp_path / "s.gpkg").exists() or (tmp_path / "s.gpkg").stat().st_size == 0


def run_main(*argv):
    """``python -m geo`` in this process: (exit code, stdout, stderr)."""
    import contextlib
    import io

    from geo.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("error_class", ["UsageError", "InputError", "NotFoundError", "ConflictError",
                                         "PermissionDenied", "StoreError"])
def test_a_coded_error_prints_its_english_sentence_and_exits_with_its_code(monkeypatch, tmp_path, error_class):
    import geo.errors
    from geo import cli

    error = getattr(geo.errors, error_class)("search.max_km_not_a_number", value="near", part="port=near")

    def fail(args):
        raise error

    monkeypatch.setitem(cli.COMMANDS, "init", fail)
    code, out, err = run_main("init", "--db", tmp_path / "s.gpkg")
    assert code == error.exit_code == type(error).exit_code
    assert err == "error: --max-km: 'near' is not a number of km (in 'port=near').\n" and out == ""
    assert "không phải số km" in error.text("vi")


@pytest.mark.parametrize("argv, code, text", [
    (["ready", "--tier", "9"], 3, "Tier 9 does not exist; use 1 to 5."),
    (["ready", "--sector", "spaceships"], 3, "Unknown sector 'spaceships'; use one of: "),
    (["ready", "--min-area", "30", "--max-area", "10"], 3,
     "The minimum area (30 ha) is larger than the maximum (10 ha)."),
    (["ready", "--max-price", "-1"], 3, "Max price must be a number of at least 0, not -1.0."),
    (["ready", "--max-km", "port30"], 3,
     "--max-km takes kind=km pairs such as port=30,expressway=10, not 'port30'."),
    (["synth", "--parcels", "0"], 3, "--parcels must be at least 1."),
    (["synth", "--parcels", "10000001"], 3, "--parcels must be at most 10,000,000."),
    (["import", "f.geojson", "--layer", "parcels"], 5, "Importing needs --user naming an active officer or admin."),
    (["history", "p-1"], 1, "The store {db} does not exist yet; run `python -m geo init` first."),
    # argparse's own sentences, with where to look
    (["import", "f.geojson", "--layer", "province", "--user", "officer"], 2,
     "Argument --layer: invalid choice: 'province' … (see `python -m geo import --help`)."),
    (["user", "add", "x", "--role", "boss"], 2,
     "Argument --role: invalid choice: 'boss' … (see `python -m geo user add --help`)."),
    (["frobnicate"], 2, "Argument COMMAND: invalid choice: 'frobnicate' … (see `python -m geo --help`)."),
])
def test_refusals_before_any_write_are_one_english_sentence(tmp_path, argv, code, text):
    db = tmp_path / "absent.gpkg"
    got, out, err = run_main(*argv, "--db", db)
    assert got == code, err
    head, _, tail = text.format(db=db).partition(" … ")
    assert err.startswith("error: " + head) and err.endswith((tail or ".") + "\n") and err.count("\n") == 1, err
    assert not db.exists()
