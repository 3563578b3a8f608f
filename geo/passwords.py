"""Which passwords SiteReady refuses, after NIST SP 800-63B: length and a blocklist, no composition rules.

A password must have at least :data:`MIN_LENGTH` characters (and at most :data:`MAX_LENGTH`, so that
hashing stays cheap), and must not be one that guessers try first:

- one of the 30,000 most common passwords (the list zxcvbn bundles, from leaked password sets), alone or
  with a few digits or symbols added ("password2026!"), compared without case;
- a few words every guesser here tries first: the product, the province, "mật khẩu" typed without
  diacritics, the user's own name;
- one character or a short pattern repeated ("aaaaaaaaaa", "abcabcabcabc", "1212121212"), or a run of
  the keyboard or the alphabet ("1234567890", "qwertyuiop", "abcdefghij").

Uppercase letters, digits and symbols are not required: long passphrases are what 800-63B asks for.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .errors import InputError

MIN_LENGTH = 10
MAX_LENGTH = 256
#: Words guessed first against this app (folded: lower case, no diacritics, no spaces).
CONTEXT_WORDS = ("siteready", "thanhhoa", "nghison", "matkhau", "password", "admin", "quantri", "canbo",
                 "vietnam", "hanoi", "12345678")
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
         "1qaz2wsx3edc4rfv", "qazwsxedcrfv")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The bundled list of common passwords (lower case)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(p.lower() for p in FREQUENCY_LISTS["passwords"])


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", "", text).lower()


def _core(folded: str) -> str:
    """The password without the digits and symbols people add around a word ("Password2026!" -> "password")."""
    return re.sub(r"^[\W\d_]+|[\W\d_]+$", "", folded)


def _is_repetitive(folded: str) -> bool:
    n = len(folded)
    for size in range(1, n // 2 + 1):  # a unit repeated: "aaaa", "abab", "abcabc"
        unit = folded[:size]
        if (unit * (n // size + 1))[:n] == folded and n // size >= 2 and size <= 4:
            return True
    for run in _RUNS:  # a run of the alphabet, digits or keyboard, either way
        if len(folded) >= 6 and (folded in run or folded in run[::-1]):
            return True
    return len(set(folded)) <= 2


def weakness(password: str, username: str | None = None) -> str | None:
    """Why ``password`` is refused (a code of :mod:`geo.messages`), or None when it is acceptable."""
    if password is None or len(password) < MIN_LENGTH:
        return "password.too_short"
    if len(password) > MAX_LENGTH:
        return "password.too_long"
    folded = _fold(password)
    core = _core(folded)
    if folded in common_passwords() or (len(core) >= 4 and core in common_passwords()):
        return "password.common"
    if _is_repetitive(folded) or _is_repetitive(core or folded):
        return "password.repetitive"
    user = _fold(username or "")
    if user and len(user) >= 3 and (user in folded and len(folded) - len(user) < 6):
        return "password.like_username"
    if any(core == w or folded == w or (w in folded and len(folded) - len(w) < 6) for w in CONTEXT_WORDS):
        return "password.guessable"
    return None


def check_password(password: str, username: str | None = None) -> str:
    """``password`` when it is acceptable; InputError saying why otherwise."""
    why = weakness(password, username)
    if why:
        raise InputError(why, min=MIN_LENGTH, max=MAX_LENGTH)
    return password
