"""Which column of a file fills which field of a layer.

An officer's mapping (``--field SRC=DST`` or the import page's choices) comes first; the other columns
are recognised by name through :data:`geo.vocabulary.FIELD_ALIASES` (``MaThua`` is ``id``, ``TrangThai``
is ``clearance_stage``). A column an officer chose to ignore is never guessed back, and no field is
filled twice. Targets are the layer's fields, the import's helper fields and, for parcels, the personal
fields (kept apart from the layer by the store).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..errors import InputError
from ..schema import PERSONAL_FIELDS, get_layer
from ..vocabulary import FIELD_ALIASES, HELPER_FIELDS, key


def target_fields(layer: str) -> set[str]:
    """The names a column of a file may be mapped to for ``layer``."""
    personal = set(PERSONAL_FIELDS) if layer == "parcels" else set()  # owners live beside cadastral parcels
    return set(get_layer(layer).names) | set(HELPER_FIELDS) | personal


def detect_fields(columns: Iterable[str], layer: str, explicit: Mapping[str, str] | None = None,
                  ignore: Iterable[str] = ()) -> dict[str, str]:
    """Source column -> target field: ``explicit`` first (SRC=DST), then recognised names; ``ignore`` stay out."""
    targets = target_fields(layer)
    cols = list(columns)
    out: dict[str, str] = {}
    for src, dst in dict(explicit or {}).items():
        if src not in cols:
            raise InputError("imports.field_no_source", src=src, dst=dst, columns=cols)
        if dst not in targets:
            raise InputError("imports.field_no_target", src=src, dst=dst, layer=layer)
        out[src] = dst
    taken = set(out.values())
    skip = set(ignore)
    # Recognised names, the most telling first: a file with both DienTichPhapLy and DienTich fills the legal
    # area from the first, whatever the order of its columns.
    rank = {word: i for i, word in enumerate(FIELD_ALIASES)}
    guesses = []
    for col in cols:
        if col in out or col == "geometry" or col in skip:
            continue
        if col in targets:
            guesses.append((-1, col, col))
            continue
        word = key(col)
        guess = next((t for t in FIELD_ALIASES.get(word, ()) if t in targets), None)
        if guess:
            guesses.append((rank[word], col, guess))
    for _, col, guess in sorted(guesses, key=lambda g: g[0]):
        if guess not in taken:
            out[col] = guess
            taken.add(guess)
    return {col: out[col] for col in cols if col in out}


def parse_field_args(items: Iterable[str] | None) -> dict[str, str]:
    """``--field SRC=DST`` arguments as a mapping."""
    out = {}
    for item in items or ():
        src, sep, dst = item.partition("=")
        if not sep or not src.strip() or not dst.strip():
            raise InputError("imports.field_syntax", item=item)
        out[src.strip()] = dst.strip()
    return out
