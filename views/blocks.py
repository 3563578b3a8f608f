"""Blocks that profiles and the site finder share: label-value tables, comparison grids, the tier badge,
the reasons a place is not ready. Every value is escaped (layers.text) before it reaches the page."""

from __future__ import annotations

import re

import streamlit as st

from geo.edits import local_time
from layers.catalogue import TIER_COLORS, label, stage_label, tier_label
from layers.i18n import t
from layers.text import esc, grid_html, kv_table_html, md_escape, missing, present


def kv_table(rows: list[tuple[str, object]]) -> None:
    """A two-column table of label and value, readable and printable."""
    st.html(kv_table_html(rows))  # every value escaped by kv_table_html


def grid(heads: list[str], rows: list[tuple[str | None, list]]) -> None:
    """A table with a header row, scrolling sideways (see layers.text.grid_html)."""
    st.html(grid_html(heads, rows))  # every value escaped by grid_html


def tier_badge(tier: int, lang: str) -> None:
    color = TIER_COLORS[int(tier)]
    st.html(  # colour and tier label only: both come from our own tables
        f"<span style='background:{color};padding:3px 10px;border-radius:10px;font-weight:600;"
        f"color:{'#fff' if int(tier) == 5 else '#222'}'>{esc(tier_label(int(tier), lang))}</span>"
    )


def reasons_block(reasons: list[dict], lang: str) -> None:
    if not reasons:
        st.success(t("ready_now", lang))
        return
    st.markdown(f"**{t('reasons', lang)}**")
    for r in reasons:
        st.markdown(f"- {md_escape(r['en' if lang == 'en' else 'vi'])}")


def change_text(event, lang: str) -> str:
    """What a clearance event changed, in words: "stage → stage", or what else it changed."""
    if not missing(event.to_stage) and event.from_stage != event.to_stage:
        to = stage_label(event.to_stage, lang)
        return to if missing(event.from_stage) else f"{stage_label(event.from_stage, lang)} → {to}"
    return ", ".join(label("action", a, lang) for a in str(present(event.action)).split("+") if a) or "—"


def history_grid(events, lang: str, last: int | None = None) -> None:
    """A parcel's clearance history, newest first (the ``last`` events only, when given): date, who, what
    changed in words, note, document and version. The parcel profile and the clearance page show it alike."""
    st.markdown(f"**{t('history', lang)}**")
    if not events:
        st.caption(t("history_none", lang))
        return
    shown = events[-last:] if last else events
    grid([t("h_at", lang), t("h_by", lang), t("h_change", lang), t("h_note", lang), t("h_doc", lang),
          t("f_version", lang)],
         [(None, [str(present(e.at))[:10], e.by, change_text(e, lang), e.note, e.document_ref, e.version])
          for e in reversed(shown)])


def plot_history_grid(changes: list[dict], lang: str) -> None:
    """What a plot offers, as changed over time (staff), newest first: when (local time), who and what."""
    st.markdown(f"**{t('plot_history', lang)}**")
    if not changes:
        st.caption(t("plot_history_none", lang))
        return
    grid([t("h_at", lang), t("h_by", lang), t("h_change", lang)],
         [(None, [local_time(c["at"]), c["by"], plot_change_text(c["detail"], lang)]) for c in reversed(changes)])


def plot_change_text(detail: str, lang: str) -> str:
    """A plot change as the store records it ("lease_status: available → reserved; utility_water: yes (note)")
    in words of ``lang`` ("Tình trạng cho thuê: Còn trống → Đã giữ chỗ; Nước: có (note)")."""
    found = re.match(r"^(.*?)(?: \((.*)\))?$", detail or "")
    changes, note = (found.group(1), found.group(2)) if found else (detail, None)
    words = []
    for part in changes.split("; "):
        name, _, value = part.partition(": ")
        if name == "lease_status":
            old, _, new = value.partition(" → ")
            words.append(f"{t('f_lease', lang)}: {label('lease', old, lang)} → {label('lease', new, lang)}")
        elif name.startswith("utility_"):
            words.append(f"{t('u_' + name[len('utility_'):], lang)}: {t('yes' if value == 'yes' else 'no', lang)}")
        else:
            words.append(part)
    return "; ".join(words) + (f" ({note})" if note else "")
