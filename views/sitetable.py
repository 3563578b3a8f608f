"""The site finder's results table: sortable by any column, paged, a row pick opens the site's profile.

``st.dataframe`` costs the browser about 1.6 MB of data-grid and Arrow code, which Streamlit serves
uncompressed: it alone put the site finder over issue #7's 2 MB budget for a view. This table is a
small ``st.components.v2`` component (``sitetable.js``, a plain HTML table, every value set as text).
Sorting and paging happen here on the server, so the browser gets one page of rows whatever the
number of sites; the exports still hold every site.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import streamlit as st

from geo.stages import fold
from layers.catalogue import TIER_COLORS
from layers.i18n import fmt_num, name_of, short_name, t

PAGE_ROWS = 20
KEY = "sites_table"
_HERE = Path(__file__).resolve().parent
_COMPONENT = st.components.v2.component(
    "siteready.site_table",
    js=(_HERE / "sitetable.js").read_text(encoding="utf-8"),
    css=(_HERE / "sitetable.css").read_text(encoding="utf-8"),
)


#: column key -> (label key, source column, digits (None: text), first click sorts descending)
COLUMNS = {
    "id": ("f_id", "site_id", None, False),
    "zone": ("f_zone", None, None, False),
    "area": ("f_area", "area_ha", 1, True),
    "tier": ("tier", "tier", 0, True),
    "port": ("dist_port", "km_to_port", 1, False),
    "expressway": ("dist_expressway", "km_to_expressway", 1, False),
    "airport": ("dist_airport", "km_to_airport", 1, False),
    "price": ("f_price", "lease_price_usd_m2", 0, False),
    "score": ("f_score", "score", 1, True),
}
PICK = "sites_pick"  # session key: the site a row click picked, read by the page before its map


def _label(col: str, lang: str) -> str:
    text = t(COLUMNS[col][0], lang)
    unit = {"port": "km", "expressway": "km", "airport": "km", "area": "ha"}.get(col)
    return f"{text} ({unit})" if unit else text


def _zone_names(frame: pd.DataFrame, lang: str) -> list[str]:
    return [name_of({"name_vi": a, "name_en": b}, lang) for a, b in zip(frame["zone_name_vi"], frame["zone_name_en"])]


def _on_sort() -> None:
    col = getattr(st.session_state.get(KEY), "sort", None)
    if col not in COLUMNS:
        return
    current, desc = st.session_state.get("sites_sort", ("score", True))
    st.session_state["sites_sort"] = (col, not desc) if col == current else (col, COLUMNS[col][3])
    st.session_state["sites_page"] = 0


def _on_page() -> None:
    page = getattr(st.session_state.get(KEY), "page", None)
    if isinstance(page, int) and page >= 0:
        st.session_state["sites_page"] = page


def _on_pick() -> None:
    picked = getattr(st.session_state.get(KEY), "picked", None)
    if isinstance(picked, str) and picked:
        st.session_state[PICK] = picked


def ordered(result: pd.DataFrame, col: str, desc: bool, lang: str) -> pd.DataFrame:
    """The sites sorted by a table column (missing values last, ties kept in score order)."""
    if col == "zone":
        keys = pd.Series([fold(n) for n in _zone_names(result, lang)], index=result.index)  # Đ sorts with D
    else:
        keys = result[COLUMNS[col][1]]
    order = keys.sort_values(ascending=not desc, kind="mergesort", na_position="last").index
    return result.loc[order]


def show(result: pd.DataFrame, lang: str, selected: str | None, query_key) -> None:
    """The table of ``result`` (the current search), one page of it, with ``selected`` highlighted."""
    state = st.session_state
    if state.get("sites_table_query") != query_key:  # a new search starts on its first page
        state["sites_table_query"] = query_key
        state["sites_page"] = 0
    col, desc = state.get("sites_sort", ("score", True))
    frame = ordered(result, col, desc, lang)
    pages = max(1, math.ceil(len(frame) / PAGE_ROWS))
    if not selected:
        state.pop("sites_table_selected", None)
    elif state.get("sites_table_selected") != selected:  # a pick on the map or a shared link
        state["sites_table_selected"] = selected
        hit = (frame["site_id"] == selected).to_numpy().nonzero()[0]
        if len(hit):
            state["sites_page"] = int(hit[0]) // PAGE_ROWS
    page = min(max(int(state.get("sites_page", 0)), 0), pages - 1)
    rows = frame.iloc[page * PAGE_ROWS:(page + 1) * PAGE_ROWS]
    cells = []
    zones = _zone_names(rows, lang)
    for i, rec in enumerate(rows.itertuples(index=False)):
        line = []
        for key, (_, source, digits, _) in COLUMNS.items():
            if key == "zone":
                line.append(short_name(zones[i]))
            elif key == "tier":
                line.append(int(rec.tier))
            elif digits is None:
                line.append(str(getattr(rec, source)))
            else:
                line.append(fmt_num(getattr(rec, source), lang, digits))
        cells.append(line)
    first, last = page * PAGE_ROWS + 1, page * PAGE_ROWS + len(rows)
    _COMPONENT(
        key=KEY,
        data={
            "cols": [{"key": k, "label": _label(k, lang), "num": COLUMNS[k][2] is not None, "wrap": k == "zone"}
                     for k in COLUMNS],
            "rows": cells,
            "ids": [str(x) for x in rows["site_id"]],
            "selected": selected,
            "sort": col,
            "desc": bool(desc),
            "page": page,
            "pages": pages,
            "where": t("table_where", lang, page=fmt_num(page + 1, lang, 0), pages=fmt_num(pages, lang, 0),
                       first=fmt_num(first, lang, 0), last=fmt_num(last, lang, 0), n=fmt_num(len(frame), lang, 0)),
            "prev": t("page_prev", lang),
            "next": t("page_next", lang),
            "sort_hint": t("sort_hint", lang),
            "caption": t("layer_sites", lang),
            "tier_colors": {str(k): v for k, v in TIER_COLORS.items()},
        },
        on_sort_change=_on_sort,
        on_page_change=_on_page,
        on_picked_change=_on_pick,
    )
