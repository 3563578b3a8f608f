"""Idle connections to one PostgreSQL server, kept for reuse by whichever thread needs one next.

The app shares one store object across Streamlit's threads, and Streamlit runs every rerun on a new
thread, so connections are not pinned to threads: a transaction borrows an idle connection (or opens
one) and gives it back. A PostGIS store keeps one pool for its primary and, with a read replica, one for
the hot standby (:mod:`.standby`); both behave alike, so the pool is its own small class.
"""

from __future__ import annotations

import re
import threading
import time
import weakref
from collections.abc import Callable

import psycopg

#: Idle connections kept for reuse; more are closed when given back.
MAX_IDLE = 8
#: A connection idle for longer than this is checked with a round trip before reuse.
STALE_AFTER_S = 30.0


def error_reason(err: BaseException, secret: str | None) -> str:
    """The useful clause of a libpq/psycopg error, on one line, without the password."""
    lines = [ln.strip() for ln in str(err).splitlines() if ln.strip()]
    text = lines[0] if lines else type(err).__name__
    text = text.split(" failed: ")[-1]
    text = re.sub(r"^(connection failed: |FATAL: +|ERROR: +)+", "", text).strip().rstrip(".")
    if secret:
        text = text.replace(secret, "***")
    return text or type(err).__name__


def _close_idle(idle: list[tuple[psycopg.Connection, float]]) -> None:
    while idle:
        idle.pop()[0].close()


class Pool:
    """Connections to the server at ``where`` (host:port/db, printable) made by ``connect``, which turns
    failures into one-sentence StoreErrors; ``secret`` is the URL's password, kept out of every message."""

    def __init__(self, connect: Callable[[], psycopg.Connection], where: str, secret: str | None):
        self._connect = connect
        self.where = where
        self._secret = secret
        self._idle: list[tuple[psycopg.Connection, float]] = []
        self._lock = threading.Lock()
        # A pool dropped without close() closes its idle connections (psycopg warns about open ones).
        weakref.finalize(self, _close_idle, self._idle)

    def reason(self, err: BaseException) -> str:
        """What went wrong with this server, in one clause without the password."""
        return error_reason(err, self._secret)

    def borrow(self) -> psycopg.Connection:
        """An idle connection that still works, or a new one."""
        while True:
            with self._lock:
                conn, since = self._idle.pop() if self._idle else (None, 0.0)
            if conn is None:
                return self._connect()
            if conn.closed or conn.broken:
                continue
            if time.monotonic() - since > STALE_AFTER_S:
                try:
                    conn.execute("SELECT 1")
                except psycopg.Error:
                    conn.close()
                    continue
            return conn

    def give_back(self, conn: psycopg.Connection) -> None:
        """Keep ``conn`` for reuse when it is healthy and outside a transaction; close it otherwise."""
        ok = not conn.closed and not conn.broken and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        if ok:
            with self._lock:
                if len(self._idle) < MAX_IDLE:
                    self._idle.append((conn, time.monotonic()))
                    return
        conn.close()

    def close(self) -> None:
        """Close the idle connections (the next borrow opens a new one)."""
        with self._lock:
            idle = self._idle[:]
            self._idle.clear()
        _close_idle(idle)
