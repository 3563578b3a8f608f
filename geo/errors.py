"""Domain errors.

Every error that a user can cause is a subclass of :class:`SiteReadyError`
whose message is one clear sentence naming what is wrong. The CLI prints that
sentence and exits with the error's ``exit_code``; the app shows it as is.
"""

from __future__ import annotations


class SiteReadyError(Exception):
    """Base of all errors a user can cause; ``str(err)`` is the sentence to show."""

    exit_code = 1


class UsageError(SiteReadyError):
    """The command was called the wrong way (exit 2)."""

    exit_code = 2


class InputError(SiteReadyError, ValueError):
    """Rejected input: a broken file, an unknown stage, a bad value (exit 3).

    Nothing was written when this is raised.
    """

    exit_code = 3


class NotFoundError(InputError, LookupError):
    """A named parcel, zone, user or layer does not exist (exit 3)."""


class ConflictError(SiteReadyError):
    """A write named a version that is no longer current (exit 4)."""

    exit_code = 4


class PermissionDenied(SiteReadyError, PermissionError):
    """The user may not do this (exit 5)."""

    exit_code = 5


class StoreError(SiteReadyError):
    """The store cannot be opened or is not a SiteReady store (exit 1)."""

    exit_code = 1
