"""The app's own stylesheet: tables of profiles and comparisons, legends, the sign-in form, and Streamlit's
own English words (the file uploader's) in the user's language."""

from __future__ import annotations

import streamlit as st

from layers.i18n import t

STYLE = """
<style>
table.sr-kv {border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-bottom: 0.6rem}
table.sr-kv th {text-align: left; font-weight: 600; width: 42%; padding: 3px 8px; border-bottom: 1px solid #e6e6e6;
                vertical-align: top}
table.sr-kv td {padding: 3px 8px; border-bottom: 1px solid #e6e6e6; vertical-align: top}
div.sr-grid {overflow-x: auto; margin-bottom: 0.6rem}
div.sr-grid table {border-collapse: collapse; font-size: 0.9rem; min-width: 100%}
div.sr-grid th, div.sr-grid td {padding: 4px 10px; border-bottom: 1px solid #e6e6e6; text-align: left;
                                vertical-align: top}
div.sr-grid thead th {background: #f0f2f6; white-space: nowrap}
div.sr-grid tbody th {font-weight: 600; white-space: nowrap}
form.sr-signin {display: flex; flex-direction: column; gap: 0.35rem; max-width: 22rem; margin: 0.5rem 0 1rem}
form.sr-signin label {font-size: 0.875rem; margin-top: 0.4rem}
form.sr-signin input {font: inherit; padding: 0.45rem 0.7rem; border: 1px solid #d5d8de; border-radius: 0.5rem;
                      background: #f8f9fb}
form.sr-signin input:focus {outline: 2px solid #1f6f43; outline-offset: 0; background: #fff}
form.sr-signin button, form.sr-signout button {font: inherit; cursor: pointer; border-radius: 0.5rem;
                      padding: 0.4rem 0.9rem}
form.sr-signin button {margin-top: 0.8rem; align-self: flex-start; color: #fff; background: #1f6f43;
                       border: 1px solid #1f6f43}
form.sr-signin button:hover {background: #185a36}
form.sr-signout button {background: #fff; border: 1px solid #d5d8de; color: inherit}
form.sr-signout button:hover {border-color: #1f6f43; color: #1f6f43}
div.sr-legend-side {overflow-y: auto; font-size: 0.8rem; padding-right: 4px}
div.sr-legend-heading {font-weight: 600; font-size: 1rem; margin-bottom: 2px}
div.sr-legend-row {display: flex; flex-wrap: wrap; gap: 0 2rem; font-size: 0.85rem}
</style>
"""

_UPLOADER = "[data-testid=stFileUploaderDropzone]"
_DRAG_BOX = f"{_UPLOADER} > div:not([data-testid]):not(:has([data-testid]))"


def css_text(text: str) -> str:
    """``text`` as a CSS string (for ``content:``): quoted, with quotes, backslashes and line ends escaped."""
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("<", "\\3c ")
    return f'"{out}"'


def _replace(selector: str, text: str) -> str:
    """CSS that shows ``text`` instead of what Streamlit wrote in the element ``selector`` picks."""
    return (f"{selector}{{font-size:0 !important;line-height:0}}"
            f"{selector}::after{{content:{css_text(text)};font-size:0.875rem;line-height:1.4}}")


def uploader_style(lang: str) -> str:
    """The file uploader's English words (its button, its size line, the line shown while a file is dragged
    over it) in ``lang``, for every uploader of the app."""
    size = int(st.get_option("server.maxUploadSize"))
    return "".join((
        _replace(f"{_UPLOADER} button [data-testid=stMarkdownContainer] p", t("upload_button", lang)),
        _replace(f"{_UPLOADER} [data-testid=stFileUploaderDropzoneInstructions] span",
                 t("upload_limit", lang, mb=size)),
        # While a file is dragged over it, the drop zone shows a box with only that line in it (the box of
        # the chosen files holds elements with test ids: it is left alone).
        _replace(f"{_DRAG_BOX}", t("upload_drop", lang)),
        f"{_DRAG_BOX} *{{font-size:0 !important}}",
    ))


def uploader_types(lang: str, key: str, types: list[str]) -> None:
    """The size line of the uploader with ``key`` naming the kinds of file it takes, in ``lang``."""
    size = int(st.get_option("server.maxUploadSize"))
    text = t("upload_limit_types", lang, mb=size, types=", ".join(x.upper() for x in types))
    st.html(f"<style>{_replace(f'.st-key-{key} [data-testid=stFileUploaderDropzoneInstructions] span', text)}</style>")


def page_style(lang: str) -> None:
    # Our own stylesheet and texts only, no data (st.html applies a style-only block to the page).
    st.html(STYLE.replace("</style>", uploader_style(lang) + "</style>"))
