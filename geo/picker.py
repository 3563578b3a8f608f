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


#: Between a parcel's id and its stage in the picker's labels ("kcn-x-001 — Đã chi trả bồi thường").
LABEL_SEP = " — "


def label_of(parcel_id: str, stage_label: str) -> str:
    """A parcel's line in the picker: its id and its stage."""
    return f"{parcel_id}{LABEL_SEP}{stage_label}"


def picked_id(value: object, ids: list[str]) -> str | None:
    """The parcel a picker's value names: an id of ``ids``, or, when the labels changed since the picker
    was drawn (a save moved the parcel's stage, the language changed) and the picker reports the label it
    showed, the id that label starts with; None when it names none of ``ids``."""
    if value in ids:
        return str(value)
    if isinstance(value, str) and LABEL_SEP in value:
        head = value.split(LABEL_SEP)[0]
        return head if head in ids else None
    return None


def chosen(ids: list[str], *, clicked: str | None = None, picked: object = None, editing: str | None = None,
           linked: str | None = None) -> str:
    """The parcel to edit among ``ids`` (not empty): one just clicked on the map, else the picker's, else
    the one being edited, else a shared link's, else the first."""
    for candidate in (clicked, picked_id(picked, ids), editing, linked):
        if candidate is not None and candidate in ids:
            return candidate
    return ids[0]
