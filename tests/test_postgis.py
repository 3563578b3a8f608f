"""PostGIS-specific behaviour: clients in several processes, racing writers, the CLI, bad URLs, init races."""

from __future__ import annotations

import multiprocessing as mp
import subprocess
import sys
import threading

import psycopg
import pytest

from geo.errors import ConflictError, StoreError
from geo.store import ParcelChange, open_store
from tests.conftest import PASSWORD, ROOT
from tests.pg import PW_PASSWORD, PW_ROLE

pytestmark = pytest.mark.postgis

WORKERS = 4
ROUNDS = 5


@pytest.fixture
def store_url(postgis_url) -> str:
    """The tests here run on PostGIS only (``store`` and ``staffed`` build on this)."""
    return postgis_url


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True, text=True,
                          input=stdin, timeout=120)


def _one_of(store, stage: str) -> dict:
    parcels = store.read_layer("parcels")
    return store.get_parcel(parcels[(parcels.clearance_stage == stage) & ~parcels.blocked.astype(bool)].id.iloc[0])


# ------------------------------------------------------------- (a) two clients in two processes
def _second_client(url: str, pid: str, inbox, outbox) -> None:
    store = open_store(url)
    outbox.put(store.change_counter())
    inbox.get(timeout=120)  # the parent has made its edit
    outbox.put((store.change_counter(), store.read_layer("parcels", ids=[pid]).clearance_stage.iloc[0]))
    store.set_stage(pid, "compensation_paid", user="officer", note="from the second process")
    store.close()
    outbox.put("done")


def test_an_edit_in_one_process_is_seen_by_another(staffed):
    p = _one_of(staffed, "plan_posted")
    ctx = mp.get_context("spawn")
    inbox, outbox = ctx.Queue(), ctx.Queue()
    proc = ctx.Process(target=_second_client, args=(staffed.url, p["id"], inbox, outbox))
    proc.start()
    seen = outbox.get(timeout=120)
    staffed.set_stage(p["id"], "plan_approved", user="officer")
    mine = staffed.change_counter()  # before the go: the child writes as soon as it has looked
    inbox.put("go")
    counter, stage = outbox.get(timeout=60)
    assert counter == mine > seen and stage == "plan_approved"
    assert outbox.get(timeout=60) == "done"
    proc.join(timeout=60)
    assert staffed.change_counter() > mine
    assert staffed.read_layer("parcels", ids=[p["id"]]).clearance_stage.iloc[0] == "compensation_paid"
    assert staffed.history(p["id"])[-1].note == "from the second process"


# ------------------------------------------------------------- (b) racing on one version
def _racer(url: str, pid: str, barrier, n: int, out) -> None:
    store = open_store(url)
    results = []
    for k in range(ROUNDS):
        barrier.wait(timeout=120)
        version = store.get_parcel(pid)["version"]
        barrier.wait(timeout=120)  # everyone has read the same version before anyone writes
        try:
            store.update_parcels([ParcelChange(pid, blocked=True, blocked_reason=f"racer {n} round {k}",
                                               expect_version=version)], user="officer")
            results.append((k, version, "won"))
        except ConflictError:
            results.append((k, version, "conflict"))
        except Exception as err:  # noqa: BLE001 - reported to the parent as a failure
            results.append((k, version, repr(err)))
    store.close()
    out.put(results)


def test_racing_writers_on_one_version_exactly_one_wins(staffed):
    p = _one_of(staffed, "handed_over")
    events_before = len(staffed.history(p["id"]))
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(WORKERS), ctx.Queue()
    procs = [ctx.Process(target=_racer, args=(staffed.url, p["id"], barrier, n, out)) for n in range(WORKERS)]
    for proc in procs:
        proc.start()
    results = [r for _ in procs for r in out.get(timeout=180)]
    for proc in procs:
        proc.join(timeout=60)
    assert {r[2] for r in results} <= {"won", "conflict"}, results
    for k in range(ROUNDS):
        rnd = [r for r in results if r[0] == k]
        assert len({r[1] for r in rnd}) == 1  # all read the same version …
        assert sorted(r[2] for r in rnd) == ["conflict"] * (WORKERS - 1) + ["won"]  # … and exactly one wrote it
    after = staffed.get_parcel(p["id"])
    assert after["version"] == p["version"] + ROUNDS
    history = staffed.history(p["id"])
    assert len(history) == events_before + ROUNDS
    assert [e.version for e in history[-ROUNDS:]] == list(range(p["version"] + 1, p["version"] + ROUNDS + 1))


# ------------------------------------------------------------- (c) the CLI against PostGIS
def test_cli_status_and_stale_version(staffed):
    p = _one_of(staffed, "plan_approved")
    url = staffed.url
    ok = _cli("status", p["id"], "compensation_paid", "--user", "officer", "--doc", "QĐ 15/QĐ-UBND",
              "--expect-version", str(p["version"]), "--db", url)
    assert ok.returncode == 0, ok.stderr
    assert f"version {p['version'] + 1}" in ok.stdout
    stale = _cli("status", p["id"], "handed_over", "--user", "officer", "--expect-version", str(p["version"]),
                 "--db", url)
    assert stale.returncode == 4
    assert stale.stderr.count("\n") == 1 and "Traceback" not in stale.stderr
    assert staffed.get_parcel(p["id"])["clearance_stage"] == "compensation_paid"


# ------------------------------------------------------------- (d) bad URLs
def test_store_url_hides_the_password():
    store = open_store("postgresql://lan:s3cret-pass@db.example:6543/siteready?schema=kcn&sslmode=require")
    assert store.url == "postgresql://lan@db.example:6543/siteready?schema=kcn&sslmode=require"
    assert store.where == "db.example:6543/siteready" and store.schema == "kcn"


@pytest.mark.parametrize("what", ["closed port", "wrong password", "no such database"])
def test_bad_url_is_one_sentence_without_password(postgis_server, what):
    secret = "Wrong-Secret-4711"
    if what == "closed port":
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"postgresql://{PW_ROLE}:{secret}@127.0.0.1:{port}/postgres"
    elif what == "wrong password":
        url = postgis_server.url("siteready_seeded", PW_ROLE, secret)
    else:  # the right password: the database is what is wrong
        secret = PW_PASSWORD
        url = postgis_server.url("no_such_db", PW_ROLE, secret)
    with pytest.raises(StoreError, match="^Cannot connect to the PostGIS store at 127.0.0.1") as err:
        open_store(url).change_counter()
    assert secret not in str(err.value)
    result = _cli("history", "kcn-nghi-son-3-001", "--db", url)
    assert result.returncode == 1
    assert result.stderr.startswith("error: Cannot connect to the PostGIS store at 127.0.0.1:")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert secret not in result.stderr + result.stdout
    expected = {"closed port": "Connection refused", "wrong password": "password authentication failed",
                "no such database": 'database "no_such_db" does not exist'}[what]
    assert expected in result.stderr


# ------------------------------------------------------------- (e) init
def test_init_on_an_existing_store_is_idempotent(postgis_url):
    store = open_store(postgis_url)
    counter, n = store.change_counter(), store.count("parcels")
    result = _cli("init", "--db", postgis_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Already there") and f"({n} cadastral parcels" in result.stdout
    assert store.init() is False
    assert (store.change_counter(), store.count("parcels")) == (counter, n)
    store.close()


def test_concurrent_inits_create_the_store_once(postgis_empty_url):
    stores = [open_store(postgis_empty_url) for _ in range(2)]
    start = threading.Barrier(2)
    results: list = []

    def run(store):
        start.wait(timeout=60)
        results.append(store.init())

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(results) == [False, True]
    assert stores[0].count("parcels") == stores[1].count("parcels") > 0
    assert stores[0].change_counter() == 1 and len(stores[0].meta()) >= 3
    for s in stores:
        s.close()


def test_a_store_in_its_own_schema_is_independent(postgis_url):
    main = open_store(postgis_url)
    other = open_store(postgis_url + "?schema=kcn_test")
    assert other.exists() is False
    with pytest.raises(StoreError, match="no SiteReady store in schema kcn_test"):
        other.change_counter()
    assert other.init() is True
    main.add_user("admin", "admin", PASSWORD)
    assert other.list_users() == [] and other.change_counter() == 1
    assert other.count("parcels") == main.count("parcels")
    main.close()
    other.close()


def test_a_writer_waits_a_bounded_time_for_the_write_lock(staffed, postgis_server, monkeypatch):
    monkeypatch.setenv("SITEREADY_BUSY_TIMEOUT_MS", "300")
    p = _one_of(staffed, "plan_posted")
    impatient = open_store(staffed.url)
    with psycopg.connect(staffed.url) as holder:  # another writer, mid-transaction
        holder.execute("SELECT value FROM siteready_counter WHERE id = 1 FOR UPDATE")
        with pytest.raises(StoreError, match="is busy"):
            impatient.set_stage(p["id"], "plan_approved", user="officer")
        assert impatient.get_parcel(p["id"])["version"] == p["version"]  # readers never wait
    impatient.set_stage(p["id"], "plan_approved", user="officer")
    impatient.close()


# ------------------------------------------------------------- the same tables as the GeoPackage
def test_own_tables_match_the_geopackage(store, gpkg_url):
    import sqlite3

    gpkg = sqlite3.connect(gpkg_url)
    with store._transaction(write=False) as cur:
        for table in ("siteready_meta", "siteready_counter", "clearance_events", "users", "audit_log",
                      "parcel_personal", "user_sessions", "parcels", "zones"):
            pg_cols = [r[0] for r in cur.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = %s "
                "ORDER BY ordinal_position", (table,)).fetchall()]
            assert pg_cols == [r[1] for r in gpkg.execute(f"PRAGMA table_info({table})")], table
    gpkg.close()
