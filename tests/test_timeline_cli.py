"""`geo history --all`, `geo landfund`, `geo forecast` and `geo target` on real stores (GeoPackage and PostGIS).

The key test makes dated changes through the command line (steps dated in the past, late entries, a block
and its unblock from a file, new parcels imported with a date), then checks the land fund on several past
dates against a replay of `history --all` written here, in plain Python, from the rules in
geo/timeline.py's notes.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from functools import cache

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from geo.landfund import land_fund, zone_parents
from geo.stages import STAGES
from geo.store import open_store
from tests.cadastral_files import VN2000, square, zones_metric
from tests.conftest import PASSWORD, ROOT, store_kinds

def run(*argv, db):
    """``python -m geo …`` in this process: (exit code, stdout, stderr)."""
    from geo.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv] + ["--db", str(db)])
    return code, out.getvalue(), err.getvalue()


def ok(*argv, db) -> str:
    code, out, err = run(*argv, db=db)
    assert code == 0, err
    return out


def geo(*args, db):
    """``python -m geo …`` as a separate process (to see exit codes and that no traceback escapes)."""
    env = {**os.environ, "SITEREADY_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def one_sentence(proc) -> str:
    err = proc.stderr.strip()
    assert "Traceback" not in proc.stderr
    assert err.startswith("error: ") and "\n" not in err, proc.stderr
    return err


# ---------------------------------------------------------------------- a store with dated changes
NEW_PARCELS = ("LM-NEW-1", "LM-NEW-2")
SEE = ("2024-01-01", "2024-02-15", "2024-03-15", "2024-04-14", "2024-04-20", "2024-05-25", "2024-06-10",
       "2024-06-25", "2024-07-15")


def pick(parcels: pd.DataFrame, events: pd.DataFrame, stage: str, zone: str | None = None, skip=()) -> str:
    """An unblocked parcel at ``stage`` (in ``zone``) whose history has nothing after 2023."""
    recent = set(events.loc[events["at"].astype(str) >= "2023", "parcel_id"])
    ok_ = parcels[(parcels["clearance_stage"] == stage) & ~parcels["blocked"].astype(bool)
                  & ~parcels["id"].isin(recent) & ~parcels["id"].isin(skip)]
    if zone:
        ok_ = ok_[ok_["zone_id"] == zone]
    return str(ok_["id"].iloc[0])


def new_parcels_file(folder) -> str:
    """Two new parcels surveyed in Lễ Môn park, dated 2024-04-15, as a land office's GeoPackage (EPSG:5897)."""
    park = zones_metric()["kcn-le-mon"].buffer(-150)
    x, y = park.representative_point().coords[0]
    gdf = gpd.GeoDataFrame({"MaThua": list(NEW_PARCELS), "TrangThai": ["Đang kiểm đếm", "Chưa GPMB"],
                            "vuongmac": ["", "Chưa thống nhất giá đền bù"],  # the second arrives blocked
                            "ngay": ["2024-04-15", "2024-04-15"]},
                           geometry=gpd.GeoSeries([square(x, y), square(x + 40, y)], crs=VN2000), crs=VN2000)
    assert all(shapely.contains(park, g) for g in gdf.geometry)
    path = folder / "thua_moi.gpkg"
    pyogrio.write_dataframe(gdf, path, driver="GPKG")
    return str(path)


@pytest.fixture(params=store_kinds())
def dated(request, tmp_path):
    """A default store of each kind after dated changes made through the CLI; (url, the parcels changed)."""
    url = request.getfixturevalue("gpkg_url" if request.param == "gpkg" else "postgis_url")
    s = open_store(url)
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("officer", "officer", PASSWORD, by="admin")
    s.add_user("planner", "planner", PASSWORD, by="admin")
    parcels, events = s.read_layer("parcels"), s.events()
    s.close()
    walked = pick(parcels, events, "not_started", zone="kcn-bim-son-b")  # a zone inside another
    late = pick(parcels, events, "inventory", skip=[walked])
    blocked = pick(parcels, events, "not_started", skip=[walked])
    # A parcel walked through three steps, the last entered late and dated before the second (June < July).
    ok("status", walked, "notice_issued", "--date", "2024-05-01", "--user", "officer", "--note", "=1+1",
       "--doc", "TB 12/2024", db=url)
    ok("status", walked, "inventory", "--date", "2024-07-01", "--user", "officer", db=url)
    ok("status", walked, "plan_posted", "--date", "2024-06-01", "--user", "officer", db=url)
    # A step that happened in February, entered today: after steps of other parcels dated later.
    ok("status", late, "plan_posted", "--date", "2024-02-01", "--user", "officer", db=url)
    # Blocked on 2024-03-10, unblocked on 2024-06-20, each from a table of ids with a date column.
    table = tmp_path / "vuong_mac.csv"
    table.write_text(f"MaThua,vuongmac,ngay\n{blocked},Tranh chấp ranh giới,2024-03-10\n", encoding="utf-8")
    ok("import", table, "--layer", "parcels", "--user", "officer", db=url)
    table.write_text(f"MaThua,vuongmac,ngay\n{blocked},không,2024-06-20\n", encoding="utf-8")
    ok("import", table, "--layer", "parcels", "--user", "officer", db=url)
    # Two parcels that exist from 2024-04-15 on; one moves on in May.
    out = ok("import", new_parcels_file(tmp_path), "--layer", "parcels", "--user", "officer", db=url)
    assert "2 new" in out
    ok("status", NEW_PARCELS[0], "plan_posted", "--date", "2024-05-20", "--user", "officer", db=url)
    return url, {"walked": walked, "late": late, "blocked": blocked}


# ---------------------------------------------------------------------- the replay, written out
@cache
def local_day(text: str) -> date:
    """The calendar day in Viet Nam (UTC+7) of a stored UTC time."""
    when = datetime.fromisoformat(text)
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return (when + timedelta(hours=7)).date()


def blocks(action: str) -> int:
    parts = action.split("+")
    return -1 if "unblocked" in parts else 1 if "blocked" in parts else 0


def replay(history: list[dict], layer: pd.DataFrame, zones: pd.DataFrame, day: date, basis: str) -> dict:
    """Per zone (own parcels) and for the province: parcels per stage, blocked parcels, hectares handed over;
    from the events in the order they were recorded, each counting from its local day (happened or recorded)."""
    when = "at" if basis == "happened" else "recorded_at"
    by_parcel: dict[str, list[dict]] = defaultdict(list)
    for e in history:
        by_parcel[e["parcel_id"]].append(e)
    zones_known = set(zones["id"])
    out: dict = {"province": {"stages": dict.fromkeys(STAGES, 0), "blocked": 0, "ha": 0.0, "parcels": 0},
                 "blocked_ids": set(), "stage_of": {}}
    for z in zones_known:
        out[z] = {"stages": dict.fromkeys(STAGES, 0), "blocked": 0, "ha": 0.0}
    for row in layer.itertuples():
        evs = by_parcel.get(row.id, [])
        counted = [e for e in evs if local_day(e[when]) <= day]
        if counted:
            stage = counted[-1]["to_stage"]
        elif evs:
            first = evs[0]
            if first["action"].split("+")[0] == "import" and first["from_stage"] is None:
                continue  # created after that day
            stage = first["from_stage"]
        else:
            stage = row.clearance_stage
        steps = [e for e in evs if blocks(e["action"])]
        counted_b = [e for e in steps if local_day(e[when]) <= day]
        if counted_b:
            blocked = blocks(counted_b[-1]["action"]) > 0
        elif steps:
            blocked = blocks(steps[0]["action"]) < 0
        else:
            blocked = bool(row.blocked)
        recovered = row.recovered_m2 if row.recovered_m2 == row.recovered_m2 and row.recovered_m2 is not None \
            else row.area_m2
        ha = (recovered or 0.0) / 1e4 if stage == "handed_over" else 0.0
        targets = [out["province"]] + ([out[row.zone_id]] if row.zone_id in zones_known else [])
        for t in targets:
            t["stages"][stage] += 1
            t["blocked"] += blocked
            t["ha"] += ha
        out["province"]["parcels"] += 1
        out["stage_of"][row.id] = stage
        if blocked:
            out["blocked_ids"].add(row.id)
    return out


def members(zones: pd.DataFrame) -> dict[str, list[str]]:
    parents = zone_parents(zones)
    out: dict[str, list[str]] = {z: [] for z in parents}
    for z in parents:
        cur: str | None = z
        while cur is not None:
            out[cur].append(z)
            cur = parents[cur]
    return out


@pytest.mark.slow
def test_reports_for_past_dates_match_a_replay_of_history_all_exactly_on_both_stores(dated):
    url, changed = dated
    history = json.loads(ok("history", "--all", "--format", "json", db=url))
    assert [e["version"] for e in history if e["parcel_id"] == changed["walked"]] == [2, 3, 4]
    s = open_store(url)
    layer = pd.DataFrame(s.read_layer("parcels").drop(columns="geometry"))
    zones = s.read_layer("zones")
    s.close()
    groups = members(zones)
    from geo.timeutil import local_today

    today = local_today()
    days = [*SEE, today.isoformat()]
    reports, replays = {}, {}
    for basis in ("happened", "recorded"):
        for d in days:
            report = json.loads(ok("landfund", "--as-of", d, "--basis", basis, "--format", "json", db=url))
            reports[basis, d] = report
            assert (report["as_of"], report["basis"]) == (d, basis)
            want = replays[basis, d] = replay(history, layer, zones, date.fromisoformat(d), basis)
            got = report["province"]
            assert got["stages"] == want["province"]["stages"], (basis, d)
            assert list(got["stages"]) == list(STAGES)
            assert got["blocked_parcels"] == want["province"]["blocked"], (basis, d)
            assert got["parcels"] == want["province"]["parcels"], (basis, d)
            assert abs(got["handed_over_ha"] - want["province"]["ha"]) <= 0.01, (basis, d)
            assert [z["zone_id"] for z in report["zones"]] == list(zones["id"])
            for z in report["zones"]:
                own = want[z["zone_id"]]
                assert z["stages"] == own["stages"], (basis, d, z["zone_id"])
                assert z["blocked_parcels"] == own["blocked"], (basis, d, z["zone_id"])
                assert abs(z["own_handed_over_ha"] - own["ha"]) <= 0.01, (basis, d, z["zone_id"])
                total = sum(want[m]["ha"] for m in groups[z["zone_id"]])  # sub-zones included
                assert abs(z["handed_over_ha"] - total) <= 0.01 * len(groups[z["zone_id"]]), (basis, d, z["zone_id"])

    # The changes made a difference where they should (the reports equal a replay that saw them).
    province = {k: v["province"] for k, v in reports.items()}
    assert province["happened", "2024-04-14"]["parcels"] == province["happened", "2024-04-20"]["parcels"] - 2
    assert [replays["happened", d]["stage_of"].get(NEW_PARCELS[0]) for d in SEE] == [
        None, None, None, None, "inventory", "plan_posted", "plan_posted", "plan_posted", "plan_posted"]
    assert [changed["blocked"] in replays["happened", d]["blocked_ids"] for d in SEE] == [
        False, False, True, True, True, True, True, False, False]
    # The parcel the survey file brought in blocked: blocked from the file's date, and the replay says why.
    assert [NEW_PARCELS[1] in replays["happened", d]["blocked_ids"] for d in SEE] == [
        False, False, False, False, True, True, True, True, True]
    # The step dated June, entered after July's: plan_posted from June on, and still today.
    assert [replays["happened", d]["stage_of"][changed["walked"]] for d in SEE] == [
        "not_started", "not_started", "not_started", "not_started", "not_started", "notice_issued", "plan_posted",
        "plan_posted", "plan_posted"]
    # The late entry: plan_posted since February as it happened; as recorded, only from today.
    assert [replays[b, "2024-03-15"]["stage_of"][changed["late"]] for b in ("happened", "recorded")] == [
        "plan_posted", "inventory"]
    assert reports["happened", "2024-03-15"] != reports["recorded", "2024-03-15"]
    # Today's replay is the store as it is now, on both bases.
    now = land_fund(layer, zones)
    for basis in ("happened", "recorded"):
        today_report = reports[basis, today.isoformat()]
        assert today_report["province"]["handed_over_ha"] == now.loc["_province", "handed_over_ha"]
        assert today_report["province"]["stages"] == {s: int((layer["clearance_stage"] == s).sum()) for s in STAGES}
        for z in today_report["zones"]:
            assert z["handed_over_ha"] == now.loc[z["zone_id"], "handed_over_ha"]
    default = json.loads(ok("landfund", db=url))
    assert default == reports["happened", today.isoformat()]


# ---------------------------------------------------------------------- history --all
def test_history_all_lists_every_event_oldest_first_in_each_format(dated):
    url, changed = dated
    records = json.loads(ok("history", "--all", "--format", "json", db=url))
    s = open_store(url)
    assert len(records) == len(s.events())
    s.close()
    assert list(records[0]) == ["parcel_id", "action", "from_stage", "to_stage", "at", "recorded_at", "by", "note",
                                "document_ref", "version"]
    walked = [r for r in records if r["parcel_id"] == changed["walked"]]
    assert [(r["to_stage"], r["at"]) for r in walked] == [("notice_issued", "2024-05-01T00:00:00Z"),
                                                          ("inventory", "2024-07-01T00:00:00Z"),
                                                          ("plan_posted", "2024-06-01T00:00:00Z")]
    assert walked[0]["note"] == "=1+1" and walked[0]["document_ref"] == "TB 12/2024" and walked[1]["note"] is None
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert all(r["recorded_at"][:10] >= yesterday for r in walked) and walked[0]["by"] == "officer"
    created = [r for r in records if r["parcel_id"] == NEW_PARCELS[0]]
    assert (created[0]["action"], created[0]["from_stage"], created[0]["to_stage"]) == ("import", None, "inventory")
    assert created[0]["at"] == "2024-04-15T00:00:00Z"
    text = ok("history", "--all", "--format", "csv", db=url)
    rows = list(__import__("csv").reader(io.StringIO(text)))
    assert rows[0] == list(records[0]) and len(rows) == len(records) + 1
    assert [r for r in rows if r[0] == changed["walked"]][0][7] == "'=1+1"  # a formula is neutralised
    lines = ok("history", "--all", db=url).splitlines()
    assert len(lines) == len(records)
    assert [line.split()[1] for line in lines] == [r["parcel_id"] for r in records]
    assert any(line.startswith(f"2024-06-01T00:00:00Z  {changed['walked']}  v4  officer: inventory → plan_posted "
                               "[stage]  recorded 20") for line in lines)


@pytest.mark.parametrize("args", [["history"], ["history", "p-1", "--all"]])
def test_history_needs_a_parcel_or_all_but_not_both(gpkg_url, args):
    proc = geo(*args, db=gpkg_url)
    assert proc.returncode == 2
    assert one_sentence(proc) == ("error: History takes either a PARCEL_ID or --all, exactly one of them "
                                  "(see `python -m geo history --help`).")


# ---------------------------------------------------------------------- landfund
def test_landfund_csv_and_xlsx_are_the_json_as_a_table(gpkg_url, tmp_path):
    report = json.loads(ok("landfund", "--as-of", "2020-06-30", db=gpkg_url))
    text = ok("landfund", "--as-of", "2020-06-30", "--format", "csv", db=gpkg_url)
    table = pd.read_csv(io.StringIO(text))
    assert len(table) == len(report["zones"]) + 1 and table["zone_id"].iloc[-1] == "_province"
    assert list(table.columns[:7]) == ["as_of", "basis", "zone_id", "parent_id", "name_vi", "name_en", "kind"]
    assert [f"{s}_parcels" for s in STAGES] == [c for c in table.columns if c.endswith("_parcels")
                                               and c[:-8] in STAGES]
    province = table.iloc[-1]
    assert province["handed_over_ha"] == report["province"]["handed_over_ha"]
    assert province["handed_over_parcels"] == report["province"]["stages"]["handed_over"]
    first = report["zones"][0]
    assert table.iloc[0]["own_parcels_ha"] == first["own_parcels_ha"] and table.iloc[0]["zone_id"] == first["zone_id"]
    out = tmp_path / "landfund.xlsx"
    code, said, err = run("landfund", "--as-of", "2020-06-30", "--format", "xlsx", "-o", out, db=gpkg_url)
    assert code == 0 and said == f"Wrote the land fund as of 2020-06-30 (happened) to {out}.\n", err
    sheets = pd.read_excel(out, sheet_name=None)
    sheet = sheets["landfund 2020-06-30"]
    assert sheet["zone_id"].tolist() == table["zone_id"].tolist()
    assert sheet["handed_over_ha"].tolist() == table["handed_over_ha"].tolist()
    assert "illustrative" in sheets["Ghi chú - Notes"].to_string()
    out = tmp_path / "landfund.json"
    assert run("landfund", "--as-of", "2020-06-30", "-o", out, db=gpkg_url)[0] == 0
    assert json.loads(out.read_text(encoding="utf-8")) == report
    out = tmp_path / "landfund.csv"
    assert run("landfund", "--as-of", "2020-06-30", "--format", "csv", "-o", out, db=gpkg_url)[0] == 0
    assert out.read_text(encoding="utf-8-sig") == text


@pytest.mark.parametrize("args, code, text", [
    (["--as-of", "2024-13-45"], 3, "error: The as-of date '2024-13-45' is not a date (use YYYY-MM-DD)."),
    (["--as-of", "yesterday"], 3, "error: The as-of date 'yesterday' is not a date (use YYYY-MM-DD)."),
    (["--as-of", "2999-01-01"], 3, "error: The as-of date '2999-01-01' is in the future."),
    (["--basis", "sideways"], 3, "error: 'sideways' is not a way to read the history; use one of happened, recorded."),
    (["--format", "xlsx"], 2,
     "error: An XLSX report is written to a file: add -o FILE (see `python -m geo landfund --help`)."),
    (["-o", "/no/such/folder/x.json"], 3, "error: The folder /no/such/folder does not exist."),
])
def test_landfund_refuses_bad_input_in_one_sentence(gpkg_url, args, code, text):
    proc = geo("landfund", *args, db=gpkg_url)
    assert proc.returncode == code and one_sentence(proc) == text and proc.stdout == ""


# ---------------------------------------------------------------------- forecast
def test_forecast_in_each_format(gpkg_url):
    records = json.loads(ok("forecast", "--format", "json", db=gpkg_url))
    zones = open_store(gpkg_url).read_layer("zones")
    assert [r["zone_id"] for r in records] == list(zones["id"])
    for r in records:
        assert r["status"] in ("met", "on_track", "at_risk", "behind", "no_pace")
        assert r["target_date"] == "2030-12-31" and r["target_set_by"] is None
        for k in ("expected", "expected_low", "expected_high", "target_expected"):
            assert r[k] is None or date.fromisoformat(r[k])
        if r["status"] == "no_pace":
            assert r["expected"] is None or r["remaining_ha"] == 0
    assert {r["status"] for r in records} >= {"met", "no_pace"}
    one = json.loads(ok("forecast", "--zone", "kcn-bim-son", "--as-of", "2015-06-30", "--format", "json",
                        db=gpkg_url))
    assert len(one) == 1 and one[0]["zone_id"] == "kcn-bim-son" and one[0]["as_of"] == "2015-06-30"
    table = pd.read_csv(io.StringIO(ok("forecast", "--format", "csv", db=gpkg_url)))
    assert len(table) == len(records) and {"zone_id", "expected", "status", "pace_12m_ha"} <= set(table.columns)
    text = ok("forecast", db=gpkg_url).splitlines()
    assert text[0].startswith("Forecast as of ") and text[1].split()[:2] == ["zone", "handed"]
    assert len(text) == len(records) + 2 and text[2].startswith(records[0]["zone_id"])


def test_forecast_of_an_unknown_zone_is_one_sentence(gpkg_url):
    proc = geo("forecast", "--zone", "kcn-atlantis", db=gpkg_url)
    assert proc.returncode == 3 and one_sentence(proc) == "error: There is no zone 'kcn-atlantis' to forecast."


# ---------------------------------------------------------------------- target
def test_targets_set_list_and_clear_and_the_forecast_uses_them(dated):
    url, _ = dated
    assert "No zone has a target of its own" in ok("target", "list", db=url)
    said = ok("target", "set", "kcn-bim-son-b", "--area", "120", "--due", "2027-12-31", "--user", "planner", db=url)
    assert said == "kcn-bim-son-b: target 120.00 ha handed over by 2027-12-31 (set by planner).\n"
    listed = json.loads(ok("target", "list", "--format", "json", db=url))
    assert [(t["zone_id"], t["area_ha"], t["due"], t["by"]) for t in listed] == [
        ("kcn-bim-son-b", 120.0, "2027-12-31", "planner")]
    row = json.loads(ok("forecast", "--zone", "kcn-bim-son-b", "--format", "json", db=url))[0]
    assert (row["target_ha"], row["target_date"], row["target_set_by"]) == (120.0, "2027-12-31", "planner")
    assert "kcn-bim-son-b\t120.00 ha\tby 2027-12-31\tset by planner" in ok("target", "list", db=url)
    ok("target", "clear", "kcn-bim-son-b", "--user", "admin", db=url)
    assert json.loads(ok("target", "list", "--format", "json", db=url)) == []
    row = json.loads(ok("forecast", "--zone", "kcn-bim-son-b", "--format", "json", db=url))[0]
    assert row["target_date"] == "2030-12-31" and row["target_set_by"] is None


@pytest.mark.parametrize("args, code, text", [
    (["set", "kcn-bim-son-b", "--area", "-5", "--due", "2027-12-31", "--user", "planner"], 3,
     "error: The target area '-5' is not a number of hectares above zero."),
    (["set", "kcn-bim-son-b", "--area", "lots", "--due", "2027-12-31", "--user", "planner"], 3,
     "error: The target area 'lots' is not a number of hectares above zero."),
    (["set", "kcn-bim-son-b", "--area", "50", "--due", "2027-02-30", "--user", "planner"], 3,
     "error: The target date '2027-02-30' is not a date (use YYYY-MM-DD)."),
    (["set", "kcn-bim-son-b", "--area", "50", "--due", "2027-12-31", "--user", "officer"], 5, "officer"),
    (["set", "kcn-atlantis", "--area", "50", "--due", "2027-12-31", "--user", "planner"], 3,
     "error: There is no zone 'kcn-atlantis'."),
    (["clear", "kcn-bim-son-a", "--user", "planner"], 3, "error: Zone 'kcn-bim-son-a' has no target of its own."),
    (["clear", "kcn-bim-son-a", "--user", "officer"], 5, "officer"),
])
def test_a_refused_target_changes_nothing(gpkg_url, args, code, text):
    s = open_store(gpkg_url)
    s.add_user("admin", "admin", PASSWORD)
    s.add_user("officer", "officer", PASSWORD, by="admin")
    s.add_user("planner", "planner", PASSWORD, by="admin")
    s.set_target("kcn-bim-son", 300, "2029-06-30", user="planner")
    before = (s.targets(), s.change_counter(), s.meta())
    proc = geo("target", *args, db=gpkg_url)
    assert proc.returncode == code
    assert text in one_sentence(proc) if code == 5 else one_sentence(proc) == text
    assert (s.targets(), s.change_counter(), s.meta()) == before
    s.close()


def test_a_replay_reads_only_the_event_fields_it_needs(store_url):
    from geo.errors import InputError
    from geo.landfund import FUND_ON_EVENT_COLUMNS

    s = open_store(store_url)
    every = s.events()
    some = s.events(columns=FUND_ON_EVENT_COLUMNS)
    assert list(some.columns) == list(FUND_ON_EVENT_COLUMNS) and len(some) == len(every) > 60_000
    pd.testing.assert_frame_equal(some, every[list(FUND_ON_EVENT_COLUMNS)])
    with pytest.raises(InputError, match="no field 'owner_name'"):
        s.events(columns=["parcel_id", "owner_name"])
    s.close()
