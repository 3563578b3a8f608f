"""Reads on a hot standby that never show a state older than what the same store object wrote or read.

With streaming replication (docs/deploy.md) a hot standby replays the primary's write-ahead log a few
milliseconds behind it: long enough for an officer who saves a parcel, and whose page is drawn again at
once, to see the parcel as it was. So a PostGIS store with a read URL keeps a *floor*: the primary's WAL
position after each of its own transactions on the primary (every write, and a read that had to run
there). A read goes to the standby only once the standby has replayed up to the floor
(``pg_last_wal_replay_lsn()``); while it is behind, the read waits up to SITEREADY_READ_WAIT_MS, polling,
and otherwise runs on the primary. The app shares one store object per process (``views.state.store``,
also used by the sign-in routes), so an app instance shows its own writes at once, never a state older
than one it has shown, and other instances' writes once their standby has replayed them.

Cheap on the common path: the standby's replay position is remembered (it only grows), so a read costs an
extra round trip only when the floor has moved past it, i.e. after this store's own writes. A standby
still behind when the wait ends is not asked again for :data:`BEHIND_PAUSE_S` (those reads go to the
primary at once), and one that cannot be reached is left alone for :data:`DOWN_PAUSE_S`, with a warning
in the log and never an error for the user.

Positions are ``pg_current_wal_insert_lsn()`` rather than ``pg_current_wal_lsn()``: with
``synchronous_commit = off`` a commit returns before its WAL is written, and only the insert position is
sure to lie past the commit record. A read URL whose server is not in recovery (the primary itself, or a
promoted standby) answers NULL and counts as current.
"""

from __future__ import annotations

import logging
import threading
import time

import psycopg

from ..errors import StoreError
from .pgpool import Pool

_LOG = logging.getLogger(__name__)

#: After a wait for the standby ran out, reads go straight to the primary for this long.
BEHIND_PAUSE_S = 1.0
#: After the standby could not be reached, reads go to the primary for this long before trying it again.
DOWN_PAUSE_S = 30.0
#: Polls of the standby's replay position start this far apart and double up to :data:`_POLL_MAX_S`.
_POLL_FIRST_S = 0.001
_POLL_MAX_S = 0.016


def wal_position(conn: psycopg.Connection) -> int:
    """The primary's WAL insert position now, as a byte offset (outside a transaction: after its commit)."""
    row = conn.execute("SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def replay_position(conn: psycopg.Connection) -> int | None:
    """How far the standby has replayed, as a byte offset; None when the server is not in recovery."""
    row = conn.execute("SELECT (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint").fetchone()
    return None if row is None or row[0] is None else int(row[0])


class Standby:
    """The hot standby of one store object: its connections, the floor, and what it has replayed."""

    def __init__(self, pool: Pool, wait_ms: int):
        self.pool = pool
        self._wait_s = wait_ms / 1000
        self._lock = threading.Lock()
        self._floor = 0  # the primary's position after this store's last transaction there
        self._replayed = 0  # the furthest replay position the standby has reported
        self._pause_until = 0.0  # monotonic time before which reads go to the primary unasked
        self._down = False  # a warning is logged once per outage

    def note(self, position: int) -> None:
        """This store has seen the primary at ``position``: no later read may show less."""
        with self._lock:
            self._floor = max(self._floor, position)

    def pause(self) -> None:
        """Send reads to the primary for a while (a write committed whose position could not be read)."""
        with self._lock:
            self._pause_until = max(self._pause_until, time.monotonic() + BEHIND_PAUSE_S)

    def connection(self) -> psycopg.Connection | None:
        """A standby connection that has replayed up to the floor, or None: read on the primary.

        The connection is not tested beforehand (that would cost every read a round trip): a connection
        the standby dropped fails at BEGIN, and the caller then calls :meth:`lost` and reads on the primary.
        """
        with self._lock:
            floor, replayed, pause_until = self._floor, self._replayed, self._pause_until
        if time.monotonic() < pause_until:
            return None
        try:
            conn = self.pool.borrow()
        except StoreError as err:
            self.lost(str(err.params.get("reason") or err))
            return None
        self._down = False  # (lost() empties the pool: this is normally a new connection, so it is back)
        if floor <= replayed or self._caught_up(conn, floor):
            return conn
        self.pool.give_back(conn)
        return None

    def _caught_up(self, conn: psycopg.Connection, floor: int) -> bool:
        """Whether the standby replays up to ``floor`` within the wait (polling ``conn``)."""
        deadline = time.monotonic() + self._wait_s
        delay = _POLL_FIRST_S
        while True:
            try:
                replayed = replay_position(conn)
            except psycopg.Error as err:
                conn.close()
                self.lost(self.pool.reason(err))
                return False
            with self._lock:
                self._replayed = max(self._replayed, floor if replayed is None else replayed)
                if self._replayed >= floor:
                    return True
            left = deadline - time.monotonic()
            if left <= 0:
                with self._lock:
                    self._pause_until = time.monotonic() + BEHIND_PAUSE_S
                return False
            time.sleep(min(delay, left))
            delay = min(delay * 2, _POLL_MAX_S)

    def lost(self, reason: str) -> None:
        """The standby cannot be reached: read on the primary for a while, and say so once in the log."""
        with self._lock:
            self._pause_until = time.monotonic() + DOWN_PAUSE_S
            first, self._down = not self._down, True
        self.pool.close()  # the rest of its connections are as dead; the next try connects anew
        if first:
            _LOG.warning("The read replica at %s cannot be used (%s); reading from the primary, trying it again "
                         "in %d s.", self.pool.where, reason, DOWN_PAUSE_S)

    def close(self) -> None:
        self.pool.close()
