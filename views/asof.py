"""The past-date control: the map, the site finder and the land fund as they stood on a chosen day.

The day and the basis live in the URL (``?asof=2025-06-30&basis=recorded``), so a shared link opens the
same past view; the pages read them through :func:`chosen` and draw from :func:`view_snapshot`. The
replay itself is :mod:`geo.timeline`'s (the CLI's ``landfund --as-of`` calls the same).
"""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from geo.timeutil import local_today
from geo.errors import InputError
from geo.timeline import BASES, as_date, day_date
from layers.i18n import fmt_date, t
from layers.snapshot import Snapshot
from views.state import first_event_day, snapshot_on
from views.urlstate import language

ASOF_PARAM = "asof"
BASIS_PARAM = "basis"


def chosen() -> tuple[date | None, str]:
    """The past day the URL asks for (None: today's data) and the basis; a day that is not a date or is
    not in the past is ignored (:func:`control` says so)."""
    basis = st.query_params.get(BASIS_PARAM, BASES[0])
    basis = basis if basis in BASES else BASES[0]
    raw = st.query_params.get(ASOF_PARAM)
    if not raw:
        return None, basis
    try:
        day = as_date(raw)
    except InputError:
        return None, basis
    return (day if day < local_today() else None), basis


def view_snapshot() -> Snapshot:
    """The snapshot the page shows: the store now, or on the day the URL names (replayed the first time that
    day is asked for, under a spinner that says so)."""
    day, basis = chosen()
    if day is None:
        return snapshot_on(None)
    lang = language()
    with st.spinner(t("asof_replaying", lang, day=fmt_date(day, lang))):
        return snapshot_on(day, basis)


def _first_day() -> date:
    first = first_event_day()
    return day_date(first) if first is not None else local_today() - timedelta(days=365 * 10)


def control(lang: str) -> tuple[date | None, str]:
    """The sidebar's "view on a past date" switch, date and basis; keeps them in the URL."""
    day, basis = chosen()
    raw = st.query_params.get(ASOF_PARAM)
    today = local_today()
    st.sidebar.markdown(f"**{t('asof_heading', lang)}**")
    if raw and day is None:
        st.sidebar.warning(t("asof_bad", lang, value=raw, today=fmt_date(today, lang)))
    on = st.sidebar.toggle(t("asof_toggle", lang), value=day is not None, key=f"asof_on_{lang}",
                           help=t("asof_help", lang))
    if not on:
        for p in (ASOF_PARAM, BASIS_PARAM):
            if p in st.query_params:
                del st.query_params[p]
        return None, BASES[0]
    first = _first_day()
    yesterday = today - timedelta(days=1)
    start = min(max(day or today - timedelta(days=365), first), yesterday)
    picked = st.sidebar.date_input(t("asof_date", lang), value=start, min_value=min(first, yesterday),
                                   max_value=yesterday, format="DD/MM/YYYY", key=f"asof_day_{lang}")
    basis = st.sidebar.radio(t("asof_basis", lang), BASES, index=BASES.index(basis), key=f"asof_basis_{lang}",
                             format_func=lambda b: t(f"asof_basis_{b}", lang), help=t("asof_basis_help", lang))
    picked = picked if isinstance(picked, date) else start
    st.query_params[ASOF_PARAM] = picked.isoformat()
    if basis == BASES[0]:
        if BASIS_PARAM in st.query_params:
            del st.query_params[BASIS_PARAM]
    else:
        st.query_params[BASIS_PARAM] = basis
    return picked, basis


def banner(lang: str) -> None:
    """Above a page drawn on a past day: which day, and how the history was read."""
    day, basis = chosen()
    if day is not None:
        st.info(t("asof_banner", lang, day=fmt_date(day, lang), basis=t(f"asof_basis_{basis}", lang)),
                icon=":material/history:")


def query(lang: str) -> dict[str, str]:
    """The query parameters a link to another page carries to keep the day (and the language)."""
    day, basis = chosen()
    out = {"lang": lang}
    if day is not None:
        out[ASOF_PARAM] = day.isoformat()
        if basis != BASES[0]:
            out[BASIS_PARAM] = basis
    return out
