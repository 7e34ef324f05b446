"""Errors a host can meet when choosing a base map.

A refusal is a :class:`~cle_desktop.domain.phrases.PhraseError`: an English template marked
for translation in the context ``"Errors"`` and the values that fill it, so the CLI prints the
English sentence and the window shows it in the person's language (``ui.messages.readable``).
"""

from cle_desktop.domain.phrases import PhraseError


class BaseMapRejected(PhraseError):
    """The file cannot be a base map; nothing was changed. One sentence."""
