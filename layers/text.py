"""Text made safe to show: HTML-escaped for tooltips and tables, markdown-escaped for Streamlit's markdown.

Data (names, ids, notes, reasons typed by officers or read from imported files) never reaches a page as
markup: it goes through :func:`esc` into HTML or through :func:`md_escape` into markdown.
"""

from __future__ import annotations

import html

import numpy as np

#: Characters that mean something in (Streamlit's) markdown: each is shown as itself after a backslash.
MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|<>"


def esc(value) -> str:
    """HTML-escaped text of a value ('' for missing); backticks and dollar signs too."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
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


def _missing(value) -> bool:
    return value is None or value == "" or value != value  # NaN is not equal to itself


def cell(value) -> str:
    """A value as table-cell text: escaped, a dash when missing."""
    return esc("—" if _missing(value) else value)


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
