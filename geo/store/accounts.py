"""Accounts and sign-in sessions: who may use the store, and who is signed in.

Passwords are argon2id hashes (:mod:`geo.users`); a session is a random token of which only a hash is
stored, so a copy of the store signs no one in. Account changes are admins' work, checked inside the
write's own transaction and written to the audit log, except the very first admin of a new store
(``python -m geo user add``).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from .. import audit, signin
from ..errors import InputError, NotFoundError, PermissionDenied
from ..messages import msg
from ..settings import session_max_hours
from ..timeutil import now_iso
from ..users import (
    ADMIN_ROLES,
    SIGN_IN_ROLES,
    User,
    check_role,
    check_username,
    hash_password,
    require,
    verify_password,
)
from .core import StoreCore
from .frames import iso_text
from .tables import placeholders

#: Verified against when a user name is unknown, so that a wrong name takes as long as a wrong password.
_DUMMY_HASH = hash_password(f"dummy passphrase {secrets.token_hex(8)}")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Accounts(StoreCore):
    """Users, passwords and sessions."""

    def get_user(self, username: str) -> User | None:
        with self._transaction(write=False) as cur:
            return self._user(cur, username)

    def list_users(self) -> list[User]:
        with self._transaction(write=False) as cur:
            rows = self._execute(cur, "SELECT username, role, active, full_name FROM users ORDER BY username").fetchall()
        return [User(r[0], r[1], bool(r[2]), r[3]) for r in rows]

    def authenticate(self, username: str, password: str, *, client: str | None = None) -> User:
        """The active user with this name and password; PermissionDenied otherwise.

        Guessing is throttled per account and per ``client`` (the address a sign-in came from), by the rule
        of :mod:`geo.signin`: an attempt that must wait is refused before its password is checked, every
        failure (and a lock) goes to the audit log, and a success clears the account's count.
        """
        username = (username or "").strip()
        now = datetime.now(UTC)
        with self._transaction(write=False) as cur:
            row = self._execute(
                cur,
                "SELECT username, role, active, full_name, password_hash FROM users WHERE username = ?",
                (username,),
            ).fetchone()
            account, by_client = self._recent_failures(cur, username, client, now)
        signin.refuse_if_throttled(account, by_client, now)
        with signin.password_check():
            ok = verify_password(row[4] if row else _DUMMY_HASH, password or "") and row is not None
        if not ok:  # same work whether or not the user exists
            self._record_sign_in(username, client, signin.FAILED,
                                 locks=signin.locks_now(max(len(account), len(by_client))))
            raise PermissionDenied("store.wrong_password")
        self._record_sign_in(username, client, signin.SUCCEEDED)
        user = User(row[0], row[1], bool(row[2]), row[3])
        return require(user, SIGN_IN_ROLES, msg("action.sign_in"), username)

    def _recent_failures(self, cur: Any, username: str, client: str | None,
                         now: datetime) -> tuple[list[datetime], list[datetime]]:
        """Times of the failed sign-ins within the window: of the account (since its last success) and of the client."""
        since = (now - signin.WINDOW).strftime("%Y-%m-%dT%H:%M:%SZ")
        last_ok = self._execute(
            cur, "SELECT MAX(at) FROM audit_log WHERE action = ? AND target = ?", (signin.SUCCEEDED, username),
        ).fetchone()[0]
        if last_ok is not None and iso_text(last_ok, "datetime") > since:
            since = iso_text(last_ok, "datetime")

        def times(sql: str, params: tuple) -> list[datetime]:
            rows = self._execute(cur, sql, params).fetchall()
            return [datetime.fromisoformat(iso_text(r[0], "datetime").replace("Z", "+00:00")) for r in rows]

        account = times("SELECT at FROM audit_log WHERE action = ? AND target = ? AND at > ? ORDER BY at",
                        (signin.FAILED, username, since))
        if not client:
            return account, []
        window = (now - signin.WINDOW).strftime("%Y-%m-%dT%H:%M:%SZ")
        return account, times("SELECT at FROM audit_log WHERE action = ? AND detail = ? AND at > ? ORDER BY at",
                              (signin.FAILED, f"client={client}", window))

    def _record_sign_in(self, username: str, client: str | None, action: str, *, locks: bool = False) -> None:
        """Write a sign-in attempt to the audit log (no counter bump: nothing a cache holds changed)."""
        detail = f"client={client}" if client else None
        with self._transaction(write=True) as cur:
            self._audit(cur, username or "(none)", action, username or None, detail)
            if locks:
                self._audit(cur, username or "(none)", signin.LOCKED, username or None, detail)

    def add_user(
        self, username: str, role: str, password: str, *, by: str | None = None, full_name: str | None = None
    ) -> User:
        """Create a user. ``by`` must be an active admin, except for the very first admin.

        Without ``by`` the call succeeds only while the store has no active admin,
        so that ``python -m geo user add`` can make the first one.
        """
        username = check_username(username)
        check_role(role)
        password_hash = hash_password(password, username)
        with self._transaction(write=True) as cur:
            actor = self._actor_for_user_admin(cur, by, role)
            if self._user(cur, username) is not None:
                raise InputError("store.user_exists", name=username)
            now = now_iso()
            self._execute(
                cur,
                "INSERT INTO users (username, role, password_hash, active, full_name, created_at, created_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (username, role, password_hash, True, full_name, now, actor, now),
            )
            self._audit(cur, actor, audit.USER_ADD, username, f"role={role}")
            self._bump(cur)
        return User(username, role, True, full_name)

    def _actor_for_user_admin(self, cur: Any, by: str | None, role: str) -> str:
        if by is None:
            admins = self._execute(
                cur, f"SELECT COUNT(*) FROM users WHERE role IN ({placeholders(len(ADMIN_ROLES))}) AND active = ?",
                (*ADMIN_ROLES, True)).fetchone()[0]
            if admins:
                raise PermissionDenied("store.admin_exists")
            if role not in ADMIN_ROLES:
                raise PermissionDenied("store.first_user_admin")
            return "(setup)"
        require(self._user(cur, by), ADMIN_ROLES, msg("action.manage_users"), by)
        return by

    def set_user_active(self, username: str, active: bool, *, by: str) -> None:
        with self._transaction(write=True) as cur:
            require(self._user(cur, by), ADMIN_ROLES, msg("action.manage_users"), by)
            if self._user(cur, username) is None:
                raise NotFoundError("store.no_user", name=username)
            if not active and username == by:
                raise InputError("store.deactivate_self")
            self._execute(
                cur, "UPDATE users SET active = ?, updated_at = ? WHERE username = ?", (bool(active), now_iso(), username)
            )
            self._audit(cur, by, audit.USER_ACTIVATE if active else audit.USER_DEACTIVATE, username, None)
            self._bump(cur)

    def set_password(self, username: str, password: str, *, by: str) -> None:
        """Set a password: admins for anyone, every user for themselves."""
        password_hash = hash_password(password, username)
        with self._transaction(write=True) as cur:
            actor = self._user(cur, by)
            if not (actor and actor.active and by == username):
                require(actor, ADMIN_ROLES, msg("action.reset_passwords"), by)
            if self._user(cur, username) is None:
                raise NotFoundError("store.no_user", name=username)
            self._execute(
                cur, "UPDATE users SET password_hash = ?, updated_at = ? WHERE username = ?", (password_hash, now_iso(), username)
            )
            self._execute(cur, "DELETE FROM user_sessions WHERE username = ?", (username,))  # signed out everywhere
            self._audit(cur, by, audit.USER_PASSWORD, username, None)
            self._bump(cur)

    # ------------------------------------------------------------- sessions
    def create_session(self, username: str) -> str:
        """A new sign-in session for an active user; returns the secret token (only its hash is stored)."""
        token = secrets.token_urlsafe(32)
        now = now_iso()
        with self._transaction(write=True) as cur:
            require(self._user(cur, username), SIGN_IN_ROLES, msg("action.sign_in"), username)
            self._execute(cur, "INSERT INTO user_sessions (token_hash, username, created_at, last_seen) "
                               "VALUES (?, ?, ?, ?)", (_token_hash(token), username, now, now))
        return token

    def session_user(self, token: str | None, idle_minutes: int, max_hours: int | None = None) -> User | None:
        """The active user of a session token, or None if unknown, idle longer than ``idle_minutes``, older than
        ``max_hours`` (default SITEREADY_SESSION_MAX_HOURS) however active, or the user is deactivated.

        Seeing a session keeps it alive: its last_seen is refreshed once a quarter of the idle time (at most
        once a minute) has passed, so an active user is never timed out, even with a 1-minute idle time.
        """
        if not token:
            return None
        with self._transaction(write=False) as cur:
            row = self._execute(cur, "SELECT username, last_seen, created_at FROM user_sessions WHERE token_hash = ?",
                                (_token_hash(token),)).fetchone()
            user = self._user(cur, row[0]) if row else None
        if row is None:
            return None
        now = pd.Timestamp.now(tz="UTC")
        idle = (now - pd.Timestamp(iso_text(row[1], "datetime"))).total_seconds()
        age = (now - pd.Timestamp(iso_text(row[2], "datetime"))).total_seconds()
        too_old = age > (max_hours if max_hours is not None else session_max_hours()) * 3600
        if idle > idle_minutes * 60 or too_old or user is None or not user.active:
            self.end_session(token)
            return None
        if idle > min(60.0, idle_minutes * 60 / 4):
            with self._transaction(write=True) as cur:
                self._execute(cur, "UPDATE user_sessions SET last_seen = ? WHERE token_hash = ?",
                              (now_iso(), _token_hash(token)))
        return user

    def end_session(self, token: str | None) -> None:
        if not token:
            return
        with self._transaction(write=True) as cur:
            self._execute(cur, "DELETE FROM user_sessions WHERE token_hash = ?", (_token_hash(token),))
