"""Sign-in slows down and locks after repeated failures, per account and per client (geo.signin)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from geo import signin
from geo.errors import PermissionDenied

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _fails(n: int, *, every_s: int = 1) -> list[datetime]:
    return [NOW - timedelta(seconds=every_s * (n - i)) for i in range(n)]


def test_a_few_mistakes_cost_nothing():
    assert signin.verdict(_fails(signin.FREE_FAILURES - 1), NOW).allowed


def test_the_delay_doubles_with_each_failure():
    waits = []
    for n in range(signin.FREE_FAILURES, signin.LOCK_AFTER):
        failures = [NOW - timedelta(microseconds=1)] * n
        waits.append(round(signin.verdict(failures, NOW).wait.total_seconds()))
    assert waits == [1, 2, 4, 8, 16, 32, 60]


def test_ten_failures_lock_for_fifteen_minutes_then_release():
    failures = _fails(signin.LOCK_AFTER)
    v = signin.verdict(failures, NOW)
    assert v.locked and timedelta(minutes=14) < v.wait <= signin.LOCK
    assert signin.verdict(failures, NOW + signin.LOCK + timedelta(seconds=1)).allowed


def test_old_failures_are_forgotten():
    assert signin.verdict([NOW - signin.WINDOW - timedelta(seconds=1)] * 20, NOW).allowed


def test_the_refusal_says_how_long_in_the_users_language():
    with pytest.raises(PermissionDenied) as err:
        signin.refuse_if_throttled([], [NOW] * 5, NOW)  # the client, not the account, is throttled
    assert err.value.code == "signin.wait" and err.value.params["seconds"] == 4
    assert "chờ 4 giây" in err.value.text("vi")
    with pytest.raises(PermissionDenied) as err:
        signin.refuse_if_throttled(_fails(signin.LOCK_AFTER), [], NOW)
    assert err.value.code == "signin.locked" and "15 phút" in err.value.text("vi")


def test_at_most_a_few_password_checks_run_at_once(monkeypatch):
    monkeypatch.setattr(signin, "CHECK_WAIT_S", 0.2)
    held = threading.Event()
    release = threading.Event()

    def hold():
        with signin.password_check():
            held.set()
            release.wait(5)

    threads = [threading.Thread(target=hold) for _ in range(signin.MAX_CHECKS)]
    for th in threads:
        th.start()
    held.wait(5)
    try:
        with pytest.raises(PermissionDenied) as err:
            with signin.password_check():
                pass
        assert err.value.code == "signin.busy"
    finally:
        release.set()
        for th in threads:
            th.join()
    with signin.password_check():
        pass


# ----------------------------------------------------------------------------- in the store, on both stores
from tests.conftest import PASSWORD  # noqa: E402


def _audit(store, action):
    from geo.store.tables import OWN_TABLES

    cols = OWN_TABLES["audit_log"].copied
    rows = [dict(zip(cols, r)) for r in store.table_rows("audit_log")]
    return [r for r in rows if r["action"] == action]


def test_failures_slow_down_the_next_attempt_and_are_audited(staffed):
    for _ in range(signin.FREE_FAILURES):
        with pytest.raises(PermissionDenied) as err:
            staffed.authenticate("officer", "not the password", client="10.0.0.7")
        assert err.value.code == "store.wrong_password"
    with pytest.raises(PermissionDenied) as err:  # the right password, too early: not even checked
        staffed.authenticate("officer", PASSWORD, client="10.0.0.7")
    assert err.value.code == "signin.wait"
    failed = _audit(staffed, signin.FAILED)
    assert len(failed) == signin.FREE_FAILURES
    assert {r["target"] for r in failed} == {"officer"} and {r["detail"] for r in failed} == {"client=10.0.0.7"}


def test_a_client_guessing_many_accounts_is_slowed_down_too(staffed):
    for name in ("officer", "planner", "admin"):
        with pytest.raises(PermissionDenied):
            staffed.authenticate(name, "not the password", client="10.0.0.8")
    with pytest.raises(PermissionDenied) as err:
        staffed.authenticate("ghost", "not the password", client="10.0.0.8")
    assert err.value.code == "signin.wait"
    assert staffed.authenticate("officer", PASSWORD, client="10.0.0.9").username == "officer"  # another client


def test_ten_failures_lock_the_account_and_a_success_clears_the_count(staffed, monkeypatch):
    monkeypatch.setattr(signin, "FREE_FAILURES", 50)  # no delay, to reach the lock at once
    for _ in range(signin.LOCK_AFTER):
        with pytest.raises(PermissionDenied):
            staffed.authenticate("planner", "not the password")
    with pytest.raises(PermissionDenied) as err:
        staffed.authenticate("planner", PASSWORD)
    assert err.value.code == "signin.locked"
    assert len(_audit(staffed, signin.LOCKED)) == 1
    # Another account is not locked; its success clears its own count.
    for _ in range(3):
        with pytest.raises(PermissionDenied):
            staffed.authenticate("officer", "not the password")
    assert staffed.authenticate("officer", PASSWORD).username == "officer"
    assert len(_audit(staffed, signin.SUCCEEDED)) == 1


def test_a_session_ends_at_its_absolute_lifetime_and_activity_keeps_a_short_one(staffed):
    token = staffed.create_session("officer")
    assert staffed.session_user(token, idle_minutes=1).username == "officer"
    assert staffed.session_user(token, idle_minutes=1, max_hours=0) is None  # older than its lifetime
    assert staffed.session_user(token, idle_minutes=60) is None  # and gone
