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
from .schema import ROLES

#: Roles that may change clearance data and import files.
EDIT_ROLES = ("officer", "admin")
#: Roles that may see internal fields (stages' dates, blocked reasons, history).
STAFF_ROLES = ("planner", "officer", "admin")
#: Roles that may see personal fields of owners and households.
PERSONAL_ROLES = ("officer", "admin")

MIN_PASSWORD_LENGTH = 10

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
        raise InputError(
            f"User name {username!r} is not valid: use 1–64 letters, digits, '.', '_', '-' or '@'."
        )
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"Unknown role {role!r}; use one of: {', '.join(ROLES)}.")
    return role


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``; refuses passwords shorter than 10 characters."""
    if password is None or len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash or password is None:
        return False
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def require(user: User | None, roles: tuple[str, ...], action: str, username: str | None = None) -> User:
    """Return ``user`` if it is active and has one of ``roles``; else raise PermissionDenied."""
    if user is None:
        who = f"user {username!r}" if username else "an anonymous user"
        raise PermissionDenied(f"{who[0].upper()}{who[1:]} is not a known user and may not {action}.")
    if not user.active:
        raise PermissionDenied(f"User {user.username!r} is deactivated and may not {action}.")
    if user.role not in roles:
        raise PermissionDenied(
            f"User {user.username!r} is a {user.role} and may not {action}; "
            f"that needs the role {' or '.join(roles)}."
        )
    return user
