"""What the URL keeps, so that a shared link reopens the same view: the language and the selection."""

from __future__ import annotations

import streamlit as st

from layers.i18n import DEFAULT_LANG, LANGS

#: Kinds of thing a link can select (``?sel=kind:id``).
SELECTION_KINDS = ("zone", "plot", "parcel", "site")


def language() -> str:
    """The interface language: from the URL (?lang=en), so that a shared link keeps it."""
    lang = st.query_params.get("lang", DEFAULT_LANG)
    return lang if lang in LANGS else DEFAULT_LANG


def language_switch() -> str:
    """The language switch in the sidebar; returns the current language (a change reruns in the new one)."""
    current = language()
    choice = st.sidebar.segmented_control(
        "Ngôn ngữ / Language", LANGS, default=current, key=f"lang_switch_{current}", required=True,
        format_func=lambda c: {"vi": "Tiếng Việt", "en": "English"}[c],
    )
    if choice and choice != current:
        st.query_params["lang"] = choice
        st.rerun()
    return current


def selection_from_url() -> tuple[str, str] | None:
    """A selected zone, plot, cadastral parcel or site from ``?sel=kind:id`` (share links)."""
    raw = st.query_params.get("sel")
    if raw and ":" in raw:
        kind, _, fid = raw.partition(":")
        if kind in SELECTION_KINDS and fid:
            return kind, fid
    return None


def set_selection(kind: str | None, fid: str | None) -> None:
    """Keep a selection in the URL (or clear it)."""
    if kind and fid:
        st.query_params["sel"] = f"{kind}:{fid}"
    elif "sel" in st.query_params:
        del st.query_params["sel"]
