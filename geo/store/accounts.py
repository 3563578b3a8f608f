"""Accounts and sign-in sessions: who may use the store, and who is signed in.

Passwords are argon2id hashes (:mod:`geo.users`); a session is a random token of which only a hash is
stored, so a copy of the store signs no one in. Account changes are admins' work, checked inside the
write's own transaction and written to the audit log, except the very first admin of a new store
(``python -m geo user add``).
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

import pandas as pd

from .. import audit
from ..errors import InputError, NotFoundError, PermissionDenied
from ..messages import msg
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
_DUMMY_HASH = hash_password("not-a-real-password-0000")


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

    def authenticate(self, username: str, password: str) -> User:
        """The active user with this name and password; PermissionDenied otherwise."""
        with self._transaction(write=False) as cur:
            row = self._execute(
                cur,
                "SELECT username, role, active, full_name, password_hash FROM users WHERE username = ?",
                (username or "",),
            ).fetchone()
        if row is None:
            verify_password(_DUMMY_HASH, password or "")  # same work whether or not the user exists
            raise PermissionDenied("store.wrong_password")
        if not verify_password(row[4], password or ""):
            raise PermissionDenied("store.wrong_password")
        user = User(row[0], row[1], bool(row[2]), row[3])
        return require(user, SIGN_IN_ROLES, msg("action.sign_in"), username)

    def add_user(
        self, username: str, role: str, password: str, *, by: str | None = None, full_name: str | None = None
    ) -> User:
        """Create a user. ``by`` must be an active admin, except for the very first admin.

        Without ``by`` the call succeeds only while the store has no active admin,
        so that ``python -m geo user add`` can make the first one.
        """
        username = check_username(username)
        check_role(role)
        password_hash = hash_password(password)
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
        password_hash = hash_password(password)
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

    def session_user(self, token: str | None, idle_minutes: int) -> User | None:
        """The active user of a session token, or None if unknown, idle too long, or the user is deactivated.

        Seeing a session keeps it alive (its last_seen is refreshed at most once a minute).
        """
        if not token:
            return None
        with self._transaction(write=False) as cur:
            row = self._execute(cur, "SELECT username, last_seen FROM user_sessions WHERE token_hash = ?",
                                (_token_hash(token),)).fetchone()
            user = self._user(cur, row[0]) if row else None
        if row is None:
            return None
        idle = (pd.Timestamp.now(tz="UTC") - pd.Timestamp(iso_text(row[1], "datetime"))).total_seconds()
        if idle > idle_minutes * 60 or user is None or not user.active:
            self.end_session(token)
            return None
        if idle > 60:
            with self._transaction(write=True) as cur:
                self._execute(cur, "UPDATE user_sessions SET last_seen = ? WHERE token_hash = ?",
                              (now_iso(), _token_hash(token)))
        return user

    def end_session(self, token: str | None) -> None:
        if not token:
            return
        with self._transaction(write=True) as cur:
            self._execute(cur, "DELETE FROM user_sessions WHERE token_hash = ?", (_token_hash(token),))
