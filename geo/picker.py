"""The parcel picker of a large project: the ids matching what the officer typed (an id, or a sheet and
parcel number: "12/345", "tờ 12 thửa 345"), not every parcel."""

from __future__ import annotations

import re

from .stages import search_form


def search_key(parcel_id: str, sheet_no: object = None, parcel_no: object = None) -> str:
    """What a parcel is found by: its id, and its sheet and parcel number as officers write them
    ("12/345", "to 12 thua 345"), in :func:`geo.stages.search_form`, the two parts apart ("id|numbers")."""
    if sheet_no is None or parcel_no is None or sheet_no != sheet_no or parcel_no != parcel_no:
        return search_form(str(parcel_id))
    return f"{search_form(str(parcel_id))}|{search_form(f'{sheet_no}/{parcel_no} to {sheet_no} thua {parcel_no}')}"


def _finds(word: str, key: str) -> bool:
    """A word of a search finds a key when it is part of the id, or a whole word of its sheet and parcel
    numbers ("12/345" not 12/3456). A number alone finds a numbered parcel only as a whole word of either
    ("345" finds parcel no. 345, not 3456); an unnumbered parcel by any part of its id, as before."""
    ident, _, numbers = key.partition("|")
    whole = re.compile(rf"(?<![0-9a-z]){re.escape(word)}(?![0-9a-z])")
    if numbers and word.isdigit():
        return whole.search(ident) is not None or whole.search(numbers) is not None
    return word in ident or (bool(numbers) and whole.search(numbers) is not None)


_NUMBERS = re.compile(r"^(?:to\s+)?([0-9a-z]+)\s*(?:/|\s+thua\s+)\s*([0-9a-z]*)$")


def parcel_query(text: str | None) -> tuple[str, ...] | None:
    """What a search for one cadastral parcel asks a store for: ``("numbers", sheet, parcel no. begun)`` for
    "12/345", "12/3" or "tờ 12 thửa 345"; ``("number", n)`` for a number alone (a parcel no., or the start
    of an id); ``("id", start)`` for the start of an id; None for nothing to look for."""
    folded = search_form(text or "").strip()
    if not folded:
        return None
    hit = _NUMBERS.match(folded)
    if hit:
        return ("numbers", hit.group(1), hit.group(2))
    if folded.isdigit():
        return ("number", folded)
    return ("id", (text or "").strip())


def matching(ids: list[str], query: str | None, limit: int, keep: str | None = None,
             keys: list[str] | None = None) -> list[str]:
    """At most ``limit`` of ``ids`` that contain every word of ``query`` (diacritics and case ignored), in
    their order, with ``keep`` (the parcel being edited) always among them. ``keys``: what each id is found
    by (:func:`search_key`; the id itself when not given)."""
    words = search_form(query or "").split()
    keys = keys if keys is not None else [search_form(i) for i in ids]
    out = [i for i, k in zip(ids, keys) if all(_finds(w, k) for w in words)] if words else ids
    out = out[:limit]
    if keep is not None and keep in ids and keep not in out:
        out = [keep, *out[:limit - 1]]
    return out


#: Between a parcel's name and its stage in the picker's labels ("12/345 · 16636-12-345 — Đã chi trả bồi thường").
LABEL_SEP = " — "
#: Between a parcel's sheet/parcel number and its id in its name ("12/345 · 16636-12-345").
NAME_SEP = " · "


def parcel_name(parcel_id: object, sheet_no: object = None, parcel_no: object = None) -> str:
    """A cadastral parcel as officers name it: "12/345 · <id>" (sheet/parcel no. and id); the id when unnumbered."""
    def blank(v: object) -> bool:
        return v is None or (isinstance(v, float) and v != v) or not str(v).strip()

    if blank(sheet_no) or blank(parcel_no):
        return str(parcel_id)
    return f"{sheet_no}/{parcel_no}{NAME_SEP}{parcel_id}"


def label_of(parcel_id: str, stage_label: str, name: str | None = None) -> str:
    """A parcel's line in the picker: its name (its sheet/parcel number and id; the id when not given) and
    its stage."""
    return f"{name or parcel_id}{LABEL_SEP}{stage_label}"


def picked_id(value: object, ids: list[str]) -> str | None:
    """The parcel a picker's value names: an id of ``ids``, or, when the labels changed since the picker
    was drawn (a save moved the parcel's stage, the language changed) and the picker reports the label it
    showed, the id that label starts with; None when it names none of ``ids``."""
    if value in ids:
        return str(value)
    if isinstance(value, str) and LABEL_SEP in value:
        head = value.rsplit(LABEL_SEP, 1)[0]
        if head in ids:
            return head
        tail = head.rsplit(NAME_SEP, 1)[-1]
        return tail if tail in ids else None
    return None


def chosen(ids: list[str], *, clicked: str | None = None, picked: object = None, editing: str | None = None,
           linked: str | None = None) -> str:
    """The parcel to edit among ``ids`` (not empty): one just clicked on the map, else the picker's, else
    the one being edited, else a shared link's, else the first."""
    for candidate in (clicked, picked_id(picked, ids), editing, linked):
        if candidate is not None and candidate in ids:
            return candidate
    return ids[0]
