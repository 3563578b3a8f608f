"""A workbook's download button that writes a big workbook only when the user asks for it.

Writing an XLSX costs the server microseconds a cell whatever the writer: geo.xlsx (XlsxWriter, row by row) ~6 µs,
pandas with openpyxl 16-28 µs (bench/README.md). The dashboard's overdue sheet has 101,517 rows at 1,000,000
parcels and 375,769 at 10,000,000: 3.6 and 13.6 s. Made in every run of the page, that was paid by every
planner who only looked, and went on after they left (Streamlit cannot stop a script inside a long
computation), so the instance's next page, a planner's pan, waited seconds for it.

The bytes are made in a script run (cached by the caller), not by Streamlit when the button is clicked
(``data=callable``): a file made later can be gone by then ("deferred file not found") and the click does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import streamlit as st

from geo import io as gio
from layers.i18n import fmt_num, t

#: A workbook of at most this many rows is made in the page's run (well under 0.5 s), so its button
#: downloads at the first click; a bigger one is made on request.
EAGER_ROWS = 5_000


def xlsx_button(label: str, key: str, make: Callable[[], bytes], *, rows: int, made_for: Hashable,
                file_name: str, lang: str, primary: bool = False) -> None:
    """Show ``label``'s download button for the workbook ``make()`` returns (cache it: it is called in later
    runs too). A workbook of more than :data:`EAGER_ROWS` rows first shows a button that makes it (with its
    row count and a spinner); once made for ``made_for`` (the store state, language, dates …) the session
    sees the download button until that changes."""
    slot = st.empty()
    flag = f"{key}__made"
    if rows > EAGER_ROWS and st.session_state.get(flag) != made_for:
        n = fmt_num(rows, lang, 0)
        if not slot.button(t("xlsx_make", lang, n=n), key=f"{key}__make", help=t("xlsx_make_help", lang, n=n),
                           type="primary" if primary else "secondary"):
            return
        with st.spinner(t("xlsx_making", lang, n=n)):
            data = make()
        st.session_state[flag] = made_for
    else:
        data = make()
    slot.download_button(label, data=data, key=key, file_name=file_name, mime=gio.MEDIA_TYPES["xlsx"],
                         on_click="ignore", type="primary" if primary else "secondary")
