"""The parcel picker of a large project: the ids matching what the officer typed, not every parcel."""

from __future__ import annotations

from .stages import search_form


def matching(ids: list[str], query: str | None, limit: int, keep: str | None = None) -> list[str]:
    """At most ``limit`` of ``ids`` that contain every word of ``query`` (diacritics and case ignored),
    in their order, with ``keep`` (the parcel being edited) always among them."""
    words = search_form(query or "").split()
    out = [i for i in ids if all(w in search_form(i) for w in words)] if words else ids
    out = out[:limit]
    if keep is not None and keep in ids and keep not in out:
        out = [keep, *out[:limit - 1]]
    return out
