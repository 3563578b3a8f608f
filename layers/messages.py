"""What the app says when something is refused or goes wrong, in the user's language.

geo's errors carry a catalogue code and parameters (:mod:`geo.messages`); their text in either
language comes from the catalogue, so nothing here parses English. An error that is not geo's (a bug)
is never shown as it is: the user reads one sentence and the details go to the server log.
"""

from __future__ import annotations

import logging

from geo.errors import SiteReadyError
from geo.messages import msg, sentence

log = logging.getLogger("siteready")


def error_text(err: BaseException, lang: str) -> str:
    """``err`` as one sentence in ``lang``; an unexpected error is logged with its traceback."""
    if isinstance(err, SiteReadyError):
        return err.text(lang)
    log.error("unexpected error", exc_info=err)
    return sentence(msg("general.unexpected"), lang)
