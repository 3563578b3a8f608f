"""Users, roles and passwords.

Roles, from least to most: investor (the public; no sign-in needed), planner,
officer, admin. Passwords are stored as argon2id hashes; there is no default
password anywhere. Role checks happen in the store, inside the write's own
transaction, so the app and the CLI are held to the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .errors import InputError, PermissionDenied
from .messages import Msg
from .passwords import check_password
from .schema import ROLES

#: Roles that may sign in (every role; investors need not).
SIGN_IN_ROLES = ROLES
#: Roles that may manage accounts.
ADMIN_ROLES = ("admin",)
#: Roles that may change clearance data and import files.
EDIT_ROLES = ("officer", "admin")
#: Roles that may see internal fields (stages' dates, blocked reasons, history).
STAFF_ROLES = ("planner", "officer", "admin")
#: Roles that may see personal fields of owners and households.
PERSONAL_ROLES = ("officer", "admin")

_HASHER = PasswordHasher()


@dataclass(frozen=True)
class User:
    username: str
    role: str
    active: bool = True
    full_name: str | None = None

    @property
    def is_staff(self) -> bool:
        return self.active and self.role in STAFF_ROLES

    @property
    def can_edit(self) -> bool:
        return self.active and self.role in EDIT_ROLES

    @property
    def sees_personal(self) -> bool:
        return self.active and self.role in PERSONAL_ROLES


def check_username(username: str) -> str:
    name = (username or "").strip()
    if not name or len(name) > 64 or not all(ch.isalnum() or ch in "._-@" for ch in name):
        raise InputError("user.bad_name", name=username)
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError("user.unknown_role", role=role, choices=ROLES)
    return role


def hash_password(password: str, username: str | None = None) -> str:
    """An argon2id hash of ``password``; refuses a weak password (:func:`geo.passwords.check_password`)."""
    return _HASHER.hash(check_password(password, username))


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash or password is None:
        return False
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def require(user: User | None, roles: tuple[str, ...], action: Msg, username: str | None = None) -> User:
    """Return ``user`` if it is active and has one of ``roles``; else raise PermissionDenied.

    ``action`` says what was attempted (``msg("action.manage_users")``).
    """
    if user is None:
        if username:
            raise PermissionDenied("user.not_known", name=username, action=action)
        raise PermissionDenied("user.anonymous", action=action)
    if not user.active:
        raise PermissionDenied("user.deactivated_may_not", name=user.username, action=action)
    if user.role not in roles:
        raise PermissionDenied("user.wrong_role", name=user.username, role=user.role, action=action, needs=roles)
    return user
