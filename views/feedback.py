"""What a page says when something is refused or goes wrong: one sentence in the user's language."""

from __future__ import annotations

import streamlit as st

from layers.messages import error_text
from layers.text import md_escape


def message(err: BaseException, lang: str) -> str:
    """An error's sentence in the user's language, safe inside Streamlit's markdown (data text shows as text)."""
    return md_escape(error_text(err, lang))


def show_error(err: BaseException, lang: str, prefix: str = "") -> None:
    """The error's sentence as an error box (after ``prefix``, an already-safe text, when given)."""
    st.error(f"{prefix} {message(err, lang)}" if prefix else message(err, lang))
