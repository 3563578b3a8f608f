"""How sign-in withstands guessing: a growing delay, a temporary lock, few password checks at a time.

Failed sign-ins are counted per account and per client (the address the request came from) over the
last :data:`WINDOW`; the count lives in the store's audit log, so every app instance on one store sees
the same count and every failure and lock is on record. The rule:

- the first :data:`FREE_FAILURES` failures cost nothing: people mistype;
- after that each attempt must wait a delay that doubles per failure (1 s, 2 s, 4 s … at most
  :data:`MAX_DELAY`), counted from the last failure; an attempt too early is refused without
  checking the password, and the user is told how long to wait;
- :data:`LOCK_AFTER` failures lock the account (or the client) for :data:`LOCK`;
- a successful sign-in clears the account's count.

Each password check costs an argon2 hash (64 MiB, ~50 ms): at most :data:`MAX_CHECKS` run at once per
process, so a burst of attempts cannot exhaust the server's memory; one that cannot start within
:data:`CHECK_WAIT_S` is refused as busy.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import PermissionDenied

WINDOW = timedelta(minutes=15)
FREE_FAILURES = 3
LOCK_AFTER = 10
LOCK = timedelta(minutes=15)
MAX_DELAY = timedelta(seconds=60)
MAX_CHECKS = 2
CHECK_WAIT_S = 10.0

#: Audit-log actions of sign-in (``target`` is the user name tried, ``detail`` the client).
FAILED = "sign_in_failed"
LOCKED = "sign_in_locked"
SUCCEEDED = "sign_in"

_CHECKS = threading.BoundedSemaphore(MAX_CHECKS)


@dataclass(frozen=True)
class Verdict:
    """Whether an attempt may check its password now; ``wait`` is how long it must wait otherwise."""

    wait: timedelta
    locked: bool

    @property
    def allowed(self) -> bool:
        return self.wait <= timedelta(0)


def verdict(failures: Sequence[datetime], now: datetime) -> Verdict:
    """The rule above applied to the times of one account's (or client's) recent failures."""
    recent = sorted(f for f in failures if now - f < WINDOW)
    if not recent:
        return Verdict(timedelta(0), False)
    n, last = len(recent), recent[-1]
    if n >= LOCK_AFTER:
        return Verdict(max(last + LOCK - now, timedelta(0)), now < last + LOCK)
    if n < FREE_FAILURES:
        return Verdict(timedelta(0), False)
    delay = min(timedelta(seconds=2 ** (n - FREE_FAILURES)), MAX_DELAY)
    return Verdict(max(last + delay - now, timedelta(0)), False)


def refuse_if_throttled(account: Sequence[datetime], client: Sequence[datetime], now: datetime) -> None:
    """Raise PermissionDenied saying how long to wait when the account or the client must wait."""
    worst = max((verdict(account, now), verdict(client, now)), key=lambda v: v.wait)
    if worst.allowed:
        return
    seconds = max(1, int(-(-worst.wait.total_seconds() // 1)))
    if worst.locked:
        raise PermissionDenied("signin.locked", minutes=max(1, -(-seconds // 60)))
    raise PermissionDenied("signin.wait", seconds=seconds)


def locks_now(failures_before: int) -> bool:
    """True when one more failure after ``failures_before`` recent ones locks (to record the lock once)."""
    return failures_before + 1 == LOCK_AFTER


@contextmanager
def password_check() -> Iterator[None]:
    """Hold one of the few password-check slots; refuse as busy when none frees up in time."""
    if not _CHECKS.acquire(timeout=CHECK_WAIT_S):
        raise PermissionDenied("signin.busy")
    try:
        yield
    finally:
        _CHECKS.release()
