"""Widget values that outlive a language switch and a visit to another page.

Streamlit keeps a radio's, a select box's or a multiselect's value as the *label* of the option chosen:
switching the language changes every label, so the widget comes back with nothing chosen and the next
change resets it to its first option. And a widget that a run does not draw (the user is on another page)
loses its value. So each value lives here under its own name, in the session; the widget that shows it
has a key per language (``name@lang``), seeded from the kept value whenever it is drawn anew::

    tier = st.radio(label, options, key=keep.key("f_tier", lang, 5), format_func=...)
    keep.remember("f_tier", tier)
"""

from __future__ import annotations

from typing import Any

import streamlit as st

_VALUES = "kept_values"  # session key: name -> value
_SHOWN_BY = "kept_shown_by"  # session key: name -> the widget key that last showed or set the value


def key(name: str, lang: str, default: Any) -> str:
    """The widget key for ``name`` in ``lang``, its value seeded from the kept one (``default`` at first)."""
    values = st.session_state.setdefault(_VALUES, {})
    shown_by = st.session_state.setdefault(_SHOWN_BY, {})
    widget = f"{name}@{lang}"
    if widget not in st.session_state or shown_by.get(name) != widget:
        st.session_state[widget] = values.get(name, default)  # before the widget is drawn: allowed
        shown_by[name] = widget
    return widget


def remember(name: str, value: Any) -> None:
    """Keep the value a widget returned (call it right after drawing the widget)."""
    st.session_state.setdefault(_VALUES, {})[name] = value


def value(name: str, default: Any = None) -> Any:
    """The kept value of ``name`` (``default`` when there is none yet)."""
    return st.session_state.get(_VALUES, {}).get(name, default)


def put(name: str, new: Any) -> None:
    """Set a kept value from the code (a shared link, a reset): the widget shows it when it is next drawn."""
    st.session_state.setdefault(_VALUES, {})[name] = new
    st.session_state.setdefault(_SHOWN_BY, {}).pop(name, None)


def was_set(name: str) -> bool:
    """True when ``name`` has a kept value."""
    return name in st.session_state.get(_VALUES, {})
