"""Text made safe to show: HTML-escaped for tooltips and tables, markdown-escaped for Streamlit's markdown.

Data (names, ids, notes, reasons typed by officers or read from imported files) never reaches a page as
markup: it goes through :func:`esc` into HTML or through :func:`md_escape` into markdown.
"""

from __future__ import annotations

import html
import math

#: Characters that mean something in (Streamlit's) markdown: each is shown as itself after a backslash.
MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|<>"


def missing(value) -> bool:
    """True for a value that is not there: None, NaN, pandas' NA and NaT, or empty text.

    Never compares a missing value with anything: ``pd.NA == ""`` is NA, whose truth is an error
    ("boolean value of NA is ambiguous").
    """
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, float):
        return math.isnan(value)
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas' NA and NaT, without importing pandas
        return True
    try:
        return bool(value != value)  # NaN-like values (numpy floats) are not equal to themselves
    except (TypeError, ValueError):  # arrays and other values without a plain truth: present
        return False


def present(value, default=""):
    """``value``, or ``default`` when it is missing (see :func:`missing`)."""
    return default if missing(value) else value


def truthy(value) -> bool:
    """True only for a real true value; a missing one (None, NaN, NA) is false."""
    return not missing(value) and bool(value)


def esc(value) -> str:
    """HTML-escaped text of a value ('' for missing); backticks and dollar signs too."""
    if missing(value):
        return ""
    return html.escape(str(value), quote=True).replace("`", "&#96;").replace("$", "&#36;")


def lines(*parts) -> str:
    """Join already-escaped parts with line breaks."""
    return "<br>".join(p for p in parts if p)


def md_escape(text) -> str:
    """Plain text safe inside markdown (no markup, no links, no HTML)."""
    out = str(text)
    for ch in MARKDOWN_SPECIALS:
        out = out.replace(ch, "\\" + ch)
    return out


def cell(value) -> str:
    """A value as table-cell text: escaped, a dash when missing."""
    return esc("—" if missing(value) else value)


def kv_table_html(rows: list[tuple[str, object]]) -> str:
    """A two-column table of label and value, as plain HTML (every value escaped)."""
    body = "".join(f"<tr><th>{esc(k)}</th><td>{cell(v)}</td></tr>" for k, v in rows)
    return f"<table class='sr-kv'>{body}</table>"


def grid_html(heads: list[str], rows: list[tuple[str | None, list]]) -> str:
    """A table with a header row, as plain HTML (every value escaped), in a box that scrolls sideways.

    Each row is ``(label, values)``; with labels the first column holds them (and ``heads`` are the other
    columns' titles), with ``None`` labels the rows are plain.
    """
    labelled = any(k is not None for k, _ in rows)
    head = ("<th></th>" if labelled else "") + "".join(f"<th>{esc(h)}</th>" for h in heads)
    body = "".join("<tr>" + (f"<th>{esc(k)}</th>" if labelled else "") + "".join(f"<td>{cell(v)}</td>" for v in values)
                   + "</tr>" for k, values in rows)
    return f"<div class='sr-grid'><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
