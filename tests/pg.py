"""A throwaway PostgreSQL + PostGIS server for the tests and benchmarks.

The server is made once per test session: ``initdb`` into a temporary directory, listening only on
127.0.0.1 on a free port, with durability switched off (``fsync``, ``synchronous_commit``,
``full_page_writes``) since nothing in it outlives the session (benchmarks keep it on). As root it runs as the ``postgres``
user (PostgreSQL refuses to run as root). Two template databases are made at start:
``siteready_postgis`` (the extension only) and ``siteready_seeded`` (a store seeded with the default
data), so every test gets a fresh database by ``CREATE DATABASE … TEMPLATE`` in a fraction of a second.
Everything is stopped and deleted at the end.

Roles: ``siteready`` (the app's role, not a superuser; trusted on 127.0.0.1, so URLs need no password)
and ``siteready_pw`` (password-checked, for tests of a wrong password).

Fixtures (import them in conftest.py): ``postgis_server`` (session), ``postgis_url`` (a fresh seeded
store) and ``postgis_empty_url`` (a fresh database with PostGIS and no store). They skip, saying why, only
when the PostgreSQL binaries or the postgis extension are missing (or SITEREADY_SKIP_POSTGIS=1).

Streaming replication (the read-replica tests only; every other test keeps the minimal-WAL server above):
``PgServer.start(replication=True)`` makes a primary with ``wal_level = replica``, WAL senders and a
``replication`` line in pg_hba.conf, seeded like any other; :meth:`PgServer.start_standby` copies it with
``pg_basebackup -R`` into a hot standby of its own (data directory, port, socket directory) that streams
from it. The ``replicated_servers`` fixture (per module, imported in conftest.py) yields both.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

ROLE = "siteready"
PW_ROLE = "siteready_pw"
PW_PASSWORD = "throwaway-Test-passphrase-7"
SUPERUSER = "postgres"
POSTGIS_TEMPLATE = "siteready_postgis"
SEEDED_TEMPLATE = "siteready_seeded"

#: Durability switched off: nothing here outlives the session (``durable=True`` keeps PostgreSQL's defaults).
FAST = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "autovacuum": "off",
    "jit": "off",
    "checkpoint_timeout": "'1h'",
    "max_wal_size": "'4GB'",
    "shared_buffers": "'128MB'",
    "max_connections": "100",
    "log_min_messages": "warning",
    "logging_collector": "off",
}
#: A primary that streams to standbys. Commits wait for the local WAL write, as in production, so a
#: standby replays a commit as soon as it is made (fsync stays off: still nothing outlives the session).
REPLICATION = {"wal_level": "replica", "max_wal_senders": "5", "hot_standby": "on", "synchronous_commit": "on"}


def find_bindir() -> Path | None:
    """The newest PostgreSQL server binaries: SITEREADY_PG_BINDIR, Debian's /usr/lib/postgresql/N/bin, or PATH."""
    candidates = []
    if os.environ.get("SITEREADY_PG_BINDIR"):
        candidates.append(Path(os.environ["SITEREADY_PG_BINDIR"]))
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                      key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    candidates += versions
    if shutil.which("initdb"):
        candidates.append(Path(shutil.which("initdb")).parent)
    for c in candidates:
        if (c / "initdb").exists() and (c / "pg_ctl").exists() and (c / "postgres").exists():
            return c
    return None


def unavailable_reason() -> str | None:
    """Why no throwaway server can be made here, or None when it can."""
    if os.environ.get("SITEREADY_SKIP_POSTGIS") == "1":
        return "SITEREADY_SKIP_POSTGIS=1"
    bindir = find_bindir()
    if bindir is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
    try:
        share = subprocess.run([str(bindir / "pg_config"), "--sharedir"], capture_output=True, text=True,
                               check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        share = str(Path("/usr/share/postgresql") / bindir.parent.name)
    if not (Path(share) / "extension" / "postgis.control").exists():
        return f"the postgis extension is not installed for the PostgreSQL in {bindir}"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam(SUPERUSER)
        except KeyError:
            return "running as root, and there is no 'postgres' user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """A running throwaway cluster; :meth:`start` makes one, :meth:`stop` removes it."""

    def __init__(self, bindir: Path, root: Path, port: int):
        self.bindir, self.root, self.port = bindir, root, port
        self.data = root / "data"
        self._names = itertools.count(1)
        self._stopped = False

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def start(cls, durable: bool = False, replication: bool = False) -> PgServer:
        """Make and start a server; ``durable`` keeps fsync and synchronous commits on (for latency benches),
        ``replication`` makes it a primary that standbys can stream from (:meth:`start_standby`)."""
        server = cls._new()
        try:
            server._run("initdb", "-D", str(server.data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8",
                        "--auth=trust", "--no-sync")
            (server.data / "pg_hba.conf").write_text(
                "local all all trust\n"
                f"host all {PW_ROLE} 127.0.0.1/32 scram-sha-256\n"
                "host all all 127.0.0.1/32 trust\n"
                + (f"host replication {SUPERUSER} 127.0.0.1/32 trust\n" if replication else "")
            )
            settings = {**SETTINGS, **({} if durable else FAST), **(REPLICATION if replication else {})}
            server._configure(settings)
            server._start_on_a_free_port()
            server._prepare_templates()
        except BaseException:
            server.stop()
            raise
        return server

    @classmethod
    def start_standby(cls, primary: PgServer) -> PgServer:
        """A hot standby of ``primary`` (started with ``replication=True``): its data copied by
        ``pg_basebackup -R`` (which also writes standby.signal and the primary's address), on its own port."""
        server = cls._new()
        try:
            server._run("pg_basebackup", "-D", str(server.data), "-h", "127.0.0.1", "-p", str(primary.port),
                        "-U", SUPERUSER, "-R", "-X", "stream", "-c", "fast", "--no-sync")
            server._configure({"hot_standby": "on"})
            server._start_on_a_free_port()
        except BaseException:
            server.stop()
            raise
        return server

    @classmethod
    def _new(cls) -> PgServer:
        """An empty server in a new temporary directory, owned by the user the server runs as."""
        reason = unavailable_reason()
        if reason:
            raise RuntimeError(f"No throwaway PostgreSQL here: {reason}.")
        root = Path(tempfile.mkdtemp(prefix="siteready-pg-", dir="/tmp" if os.geteuid() == 0 else None))
        server = cls(find_bindir(), root, 0)
        atexit.register(server.stop)
        if os.geteuid() == 0:
            shutil.chown(root, SUPERUSER, SUPERUSER)
        root.chmod(0o700)
        return server

    def _configure(self, settings: dict[str, str]) -> None:
        """Append ``settings`` to postgresql.conf, with this server's own socket directory (a standby's copy
        of the file names its primary's)."""
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write("".join(f"{k} = {v}\n" for k, v in settings.items()))
            conf.write(f"unix_socket_directories = '{self.root}'\n")

    def _start_on_a_free_port(self) -> None:
        for attempt in range(5):
            self.port = _free_port()
            try:
                self.restart()
                return
            except RuntimeError:
                if attempt == 4:
                    raise

    def restart(self) -> None:
        """Start the server again on its port (after :meth:`halt`)."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60",
                  "-o", f"-p {self.port}", "start")

    def halt(self) -> None:
        """Stop the server (fast: clients are disconnected), keeping its data for :meth:`restart`."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bindir / tool), *args]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", SUPERUSER, "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root)
        if proc.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}\n{tail}")

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if (self.data / "postmaster.pid").exists():
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except RuntimeError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------------ databases
    def url(self, dbname: str, user: str = ROLE, password: str | None = None) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    def admin(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.url(dbname, SUPERUSER), autocommit=True)

    def _prepare_templates(self) -> None:
        from geo.store import open_store

        with self.admin() as conn:
            conn.execute(f"CREATE ROLE {ROLE} LOGIN")
            conn.execute(f"CREATE ROLE {PW_ROLE} LOGIN PASSWORD '{PW_PASSWORD}'")
            conn.execute(f"CREATE DATABASE {POSTGIS_TEMPLATE} OWNER {ROLE}")
        with self.admin(POSTGIS_TEMPLATE) as conn:
            conn.execute("CREATE EXTENSION postgis")
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {SEEDED_TEMPLATE} TEMPLATE {POSTGIS_TEMPLATE} OWNER {ROLE}")
        store = open_store(self.url(SEEDED_TEMPLATE))
        try:
            store.init()
        finally:
            store.close()
        with self.admin() as conn:
            conn.execute(f"GRANT CONNECT ON DATABASE {SEEDED_TEMPLATE} TO {PW_ROLE}")
            conn.execute("CHECKPOINT")

    def create_database(self, template: str = SEEDED_TEMPLATE, name: str | None = None) -> str:
        """A new database copied from ``template``; returns its name."""
        name = name or f"t{os.getpid()}_{next(self._names)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template} OWNER {ROLE} STRATEGY FILE_COPY")
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def throwaway_server(durable: bool = False, replication: bool = False) -> Iterator[PgServer]:
    """A throwaway server for scripts (the bench); stopped and deleted on exit."""
    server = PgServer.start(durable, replication)
    try:
        yield server
    finally:
        server.stop()


def lsn(conn: psycopg.Connection, function: str) -> int:
    """A WAL position (``pg_current_wal_insert_lsn``, ``pg_last_wal_replay_lsn`` …) as a byte offset."""
    row = conn.execute(f"SELECT ({function}() - '0/0'::pg_lsn)::bigint").fetchone()
    return int(row[0]) if row and row[0] is not None else -1


def wait_for_replay(primary: PgServer, standby: PgServer, seconds: float = 30) -> None:
    """Wait until ``standby`` has replayed everything ``primary`` has written so far."""
    import time

    with primary.admin() as conn:
        target = lsn(conn, "pg_current_wal_insert_lsn")
    deadline = time.monotonic() + seconds
    with standby.admin() as conn:
        while lsn(conn, "pg_last_wal_replay_lsn") < target:
            assert time.monotonic() < deadline, "the standby did not catch up"
            time.sleep(0.02)


# ---------------------------------------------------------------------- fixtures
@pytest.fixture(scope="session")
def postgis_server() -> Iterator[PgServer]:
    """The session's throwaway PostgreSQL + PostGIS server (skips when none can be made here)."""
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"PostGIS tests need a local PostgreSQL with PostGIS: {reason}")
    with throwaway_server() as server:
        yield server


@pytest.fixture
def postgis_url(postgis_server: PgServer) -> Iterator[str]:
    """A fresh PostGIS store seeded with the default data (its own database)."""
    name = postgis_server.create_database(SEEDED_TEMPLATE)
    yield postgis_server.url(name)
    postgis_server.drop_database(name)


@pytest.fixture
def postgis_empty_url(postgis_server: PgServer) -> Iterator[str]:
    """A fresh database with the postgis extension and no store in it."""
    name = postgis_server.create_database(POSTGIS_TEMPLATE)
    yield postgis_server.url(name)
    postgis_server.drop_database(name)


@pytest.fixture(scope="module")
def replicated_servers() -> Iterator[tuple[PgServer, PgServer]]:
    """A primary (seeded templates as usual) and a hot standby streaming from it, for one test module."""
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"Replica tests need a local PostgreSQL with PostGIS: {reason}")
    with throwaway_server(replication=True) as primary:
        standby = PgServer.start_standby(primary)
        try:
            yield primary, standby
        finally:
            standby.stop()
