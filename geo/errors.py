"""Domain errors.

Every error that a user can cause is a subclass of :class:`SiteReadyError` and carries a
:class:`~geo.messages.Msg`: a catalogue code and its parameters. ``str(err)`` is the English sentence
the CLI prints (and exits with the error's ``exit_code``); ``err.text(lang)`` is the sentence in the
user's language, which the app shows. Texts live in :data:`geo.messages.CATALOGUE`, never here.
"""

from __future__ import annotations

from typing import Any

from .messages import Msg, sentence


class SiteReadyError(Exception):
    """Base of all errors a user can cause; ``str(err)`` is the English sentence to show."""

    exit_code = 1

    def __init__(self, code: str | Msg, /, **params: Any):
        self.message = code if isinstance(code, Msg) else Msg(code, params)
        super().__init__(sentence(self.message, "en"))

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.message.params)

    def text(self, lang: str = "en") -> str:
        """The error as one sentence in ``lang`` (``en`` or ``vi``)."""
        return sentence(self.message, lang)


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
