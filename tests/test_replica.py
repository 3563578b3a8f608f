"""Reads on a hot standby (geo.store.standby): writes go to the primary, a store reads its own writes at once,
another store (another app instance) reads the standby's state, and a standby that is gone costs a warning.

The servers are real: a primary and a standby made with ``pg_basebackup -R`` (tests/pg.py), the standby's
replay paused and resumed with ``pg_wal_replay_pause()`` to hold it behind.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest

from geo.timeutil import local_today
from geo.errors import StoreError
from geo.store import open_store
from tests.appserver import browser, running_app, signed_in_page, wait_idle
from tests.conftest import PASSWORD, ROOT
from tests.pg import PgServer, wait_for_replay

STANDBY_LOG = "geo.store.standby"


@pytest.fixture
def urls(replicated_servers) -> Iterator[tuple[str, str]]:
    """A fresh seeded store made on the primary, once the standby has it: (primary URL, standby URL)."""
    primary, standby = replicated_servers
    name = primary.create_database()
    store = open_store(primary.url(name))
    store.add_user("admin", "admin", PASSWORD)
    store.add_user("lan", "officer", PASSWORD, by="admin")
    store.add_user("minh", "officer", PASSWORD, by="admin")
    store.close()
    wait_for_replay(primary, standby)
    yield primary.url(name), standby.url(name)
    primary.drop_database(name)


@contextmanager
def replay_paused(standby: PgServer) -> Iterator[None]:
    """The standby receives the primary's WAL but applies none of it until the block ends."""
    with standby.admin() as conn:
        conn.execute("SELECT pg_wal_replay_pause()")  # takes hold before the next record is applied
    try:
        yield
    finally:
        with standby.admin() as conn:
            conn.execute("SELECT pg_wal_replay_resume()")


def stage_on(url: str, pid: str) -> str:
    """The parcel's stage as the server at ``url`` holds it, asked directly."""
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT clearance_stage FROM parcels WHERE id = %s", (pid,)).fetchone()[0]


def plan_posted(store) -> str:
    p = store.read_layer("parcels", columns=["clearance_stage", "blocked"])
    return p[(p.clearance_stage == "plan_posted") & ~p.blocked.astype(bool)].id.iloc[0]


def eventually(check, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.05)


# ---------------------------------------------------------------------------------------- settings
def test_a_read_url_needs_a_postgis_store(gpkg_url, monkeypatch):
    secret = "Standby-Secret-99"
    standby = f"postgresql://siteready:{secret}@db2.internal/siteready"
    with pytest.raises(StoreError, match=r"^A read replica \(SITEREADY_READ_DB\) needs a PostGIS store, and "):
        open_store(gpkg_url, read_url=standby)
    with pytest.raises(StoreError, match="^SITEREADY_READ_DB must be the postgresql:// URL of a hot standby"):
        open_store("postgresql://siteready@db1.internal/siteready", read_url=gpkg_url)
    # From the environment: the CLI says it in one sentence, without the password; an explicit --db has no replica.
    monkeypatch.setenv("SITEREADY_DB", gpkg_url)
    monkeypatch.setenv("SITEREADY_READ_DB", standby)
    with pytest.raises(StoreError) as err:
        open_store()
    assert err.value.text("vi").startswith("Bản sao chỉ đọc (SITEREADY_READ_DB) chỉ dùng được với kho PostGIS")
    result = subprocess.run([sys.executable, "-m", "geo", "history", "--all"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("error: A read replica (SITEREADY_READ_DB) needs a PostGIS store")
    assert secret not in result.stderr + result.stdout
    assert open_store(gpkg_url).kind == "gpkg"


# ---------------------------------------------------------------------------------------- store level
@pytest.mark.postgis
def test_a_store_reads_its_own_write_at_once_while_another_reads_the_standby(urls, replicated_servers):
    primary_url, standby_url = urls
    standby = replicated_servers[1]
    mine = open_store(primary_url, read_url=standby_url)  # one app instance …
    theirs = open_store(primary_url, read_url=standby_url)  # … and another, on the same servers
    assert mine.read_url == standby_url
    pid = plan_posted(theirs)
    # With the standby current, reads run there (the server they ran on says it is in recovery).
    assert mine.reads_on_standby() and theirs.reads_on_standby()
    counter = theirs.change_counter()
    with replay_paused(standby):
        mine.set_stage(pid, "plan_approved", user="lan", document_ref="QĐ 5/QĐ-UBND")
        started = time.monotonic()
        assert mine.get_parcel(pid)["clearance_stage"] == "plan_approved"  # its own write, at once …
        assert time.monotonic() - started < 1.5  # … after at most the bounded wait for the standby
        assert mine.change_counter() == counter + 1
        assert [e.to_stage for e in mine.history(pid)][-1] == "plan_approved"
        assert not mine.reads_on_standby()  # (from the primary: the standby is behind its write)
        # The other instance reads the paused standby: the state before the write, on every read.
        assert stage_on(standby_url, pid) == "plan_posted" and stage_on(primary_url, pid) == "plan_approved"
        for _ in range(3):
            assert theirs.get_parcel(pid)["clearance_stage"] == "plan_posted"
            assert theirs.change_counter() == counter
        assert theirs.reads_on_standby()
    # Replay resumed: the other instance sees the write, and the writer reads on the standby again.
    eventually(lambda: theirs.get_parcel(pid)["clearance_stage"] == "plan_approved")
    assert theirs.change_counter() == counter + 1
    eventually(mine.reads_on_standby)
    assert mine.get_parcel(pid)["version"] == theirs.get_parcel(pid)["version"]
    mine.close()
    theirs.close()


@pytest.mark.postgis
def test_after_its_own_write_a_store_never_shows_less_than_the_primary_showed_it(urls, replicated_servers):
    """Reads after a store's own write run on the primary and see others' writes too; while the standby
    catches up, no read shows the older state it still has."""
    primary_url, standby_url = urls
    standby = replicated_servers[1]
    writer = open_store(primary_url)  # the CLI on another machine, say: no replica
    reader = open_store(primary_url, read_url=standby_url)
    pid = plan_posted(reader)
    with replay_paused(standby):
        writer.set_stage(pid, "plan_approved", user="lan")
        reader.add_user("hoa", "planner", PASSWORD, by="admin")  # the reader's own write, after the other
        # Its reads now run on the primary, and see the other writer's change too …
        assert reader.get_user("hoa").role == "planner"
        assert reader.get_parcel(pid)["clearance_stage"] == "plan_approved"
    # … and keep seeing it while the standby catches up (never the older state the standby had).
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        assert reader.get_parcel(pid)["clearance_stage"] == "plan_approved"
        if reader.reads_on_standby():
            break
    assert reader.reads_on_standby()
    writer.close()
    reader.close()


@pytest.mark.postgis
def test_a_standby_that_cannot_be_reached_leaves_reads_on_the_primary_with_a_warning(urls, caplog):
    import socket

    primary_url, _ = urls
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    secret = "Standby-Secret-42"
    store = open_store(primary_url, read_url=f"postgresql://siteready:{secret}@127.0.0.1:{port}/siteready")
    assert store.read_url == f"postgresql://siteready@127.0.0.1:{port}/siteready"  # never the password
    with caplog.at_level(logging.WARNING, logger=STANDBY_LOG):
        pid = plan_posted(store)
        store.set_stage(pid, "plan_approved", user="lan")
        assert store.get_parcel(pid)["clearance_stage"] == "plan_approved"
        assert not store.reads_on_standby()
    warnings = [r.getMessage() for r in caplog.records if r.name == STANDBY_LOG]
    assert len(warnings) == 1, warnings  # once, not once per read
    assert warnings[0].startswith(f"The read replica at 127.0.0.1:{port}/siteready cannot be used (Connection refused")
    assert secret not in caplog.text
    store.close()


# ---------------------------------------------------------------------------------------- two app instances
def _state(page, url: str, pid: str) -> int:
    """Open the parcel on the clearance page (English); the version its current state shows."""
    page.goto(f"{url}/clearance?sel=parcel:{pid}&lang=en")
    wait_idle(page)
    page.get_by_text(f"{pid} · Current state").wait_for(timeout=30_000)
    metric = page.locator("[data-testid=stMetric]", has_text="Version").locator("[data-testid=stMetricValue]")
    return int(metric.inner_text())


def _stage_shown(page) -> str:
    """The stage the current state shows (its first column: "Clearance stage", then the stage's name)."""
    label = page.locator("strong", has_text=re.compile("^Clearance stage$"))
    box = page.locator("[data-testid=stMarkdownContainer]", has=label)
    return box.first.inner_text().split("\n", 1)[1].strip()


@pytest.mark.postgis
@pytest.mark.browser
def test_two_app_instances_on_a_primary_and_its_standby(urls, replicated_servers, test_output):
    """Instance A shows its officer's save at once; instance B, reading the paused standby, the old stage
    until replay resumes."""
    primary_url, standby_url = urls
    standby = replicated_servers[1]
    out = test_output / "replica"
    out.mkdir(exist_ok=True)
    pid = plan_posted(open_store(primary_url))
    env = {"SITEREADY_READ_DB": standby_url}
    with running_app(primary_url, env=env) as one, running_app(primary_url, env=env) as two, browser() as b:
        ctx_a, a = signed_in_page(b, one, "lan", lang="en")
        ctx_b, bb = signed_in_page(b, two, "minh", lang="en")
        v0 = _state(a, one, pid)
        assert _state(bb, two, pid) == v0 and _stage_shown(bb) == "Compensation plan posted"
        wait_for_replay(*replicated_servers)  # both sign-ins are on the standby before it stops
        with replay_paused(standby):
            box = a.get_by_label("New stage")
            box.click()
            if box.get_attribute("aria-expanded") != "true":  # a click near the window's edge may not open it
                box.press("ArrowDown")
            a.get_by_role("option", name="Compensation plan approved").click()
            # Yesterday (local): the form's default, today in Vietnam, is refused as "in the future" while
            # it is still the day before in UTC (00:00-07:00 in Vietnam), whatever the replica does.
            yesterday = local_today() - timedelta(days=1)
            a.get_by_role("spinbutton", name="day, Date (of the decision or minutes)").click()
            a.keyboard.type(yesterday.strftime("%d%m%Y"), delay=50)  # day, month, year: each moves to the next
            a.keyboard.press("Tab")
            wait_idle(a)
            year = a.get_by_role("spinbutton", name="year, Date (of the decision or minutes)")
            assert year.get_attribute("aria-valuenow") == str(yesterday.year)
            assert a.get_by_role("spinbutton", name="day, Date (of the decision or minutes)").get_attribute(
                "aria-valuenow") == str(yesterday.day)
            a.get_by_role("button", name="Save the change").click()
            wait_idle(a)
            a.locator("[data-testid=stAlert]", has_text=f"Saved parcel {pid}").first.wait_for(timeout=20_000)
            # A's page, drawn again right after the save, shows the new state (read on the primary).
            metric = a.locator("[data-testid=stMetric]", has_text="Version").locator("[data-testid=stMetricValue]")
            assert int(metric.inner_text()) == v0 + 1
            assert _stage_shown(a) == "Compensation plan approved"
            a.screenshot(path=out / "a-saved.png", full_page=True)
            assert _state(a, one, pid) == v0 + 1  # and on a fresh load
            # B reads the paused standby: the old stage, even on a fresh load.
            assert _state(bb, two, pid) == v0 and _stage_shown(bb) == "Compensation plan posted"
            bb.screenshot(path=out / "b-paused.png", full_page=True)
            assert stage_on(primary_url, pid) == "plan_approved"
        deadline = time.monotonic() + 30
        while _state(bb, two, pid) != v0 + 1:
            assert time.monotonic() < deadline, "B did not show the new stage after replay resumed"
            bb.wait_for_timeout(300)
        assert _stage_shown(bb) == "Compensation plan approved"
        bb.screenshot(path=out / "b-resumed.png", full_page=True)
        ctx_a.close()
        ctx_b.close()


# ---------------------------------------------------------------------------------------- last: the standby stops
@pytest.mark.postgis
def test_a_standby_that_goes_away_mid_use_leaves_reads_on_the_primary(urls, replicated_servers, caplog):
    """Connections the store holds to a standby that has since stopped fail at BEGIN: the read runs on the
    primary instead, and the user sees data, not an error."""
    primary_url, standby_url = urls
    standby = replicated_servers[1]
    store = open_store(primary_url, read_url=standby_url)
    pid = plan_posted(store)
    assert store.reads_on_standby()  # the store now holds an idle connection to the standby
    standby.halt()
    try:
        with caplog.at_level(logging.WARNING, logger=STANDBY_LOG):
            assert store.get_parcel(pid)["clearance_stage"] == "plan_posted"
            assert not store.reads_on_standby()
            store.set_stage(pid, "plan_approved", user="lan")
            assert store.get_parcel(pid)["clearance_stage"] == "plan_approved"
        warnings = [r.getMessage() for r in caplog.records if r.name == STANDBY_LOG]
        assert len(warnings) == 1 and warnings[0].startswith(f"The read replica at 127.0.0.1:{standby.port}/"), warnings
    finally:
        standby.restart()
    store.close()
