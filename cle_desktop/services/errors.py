"""Errors a person can meet, each with a sentence that says what happened and what to do.

An error is raised with an English template, marked for translation, and the values that fill
it::

    raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{name} is not a CSV file."), name=path.name)

``str(error)`` is the English sentence (the CLI prints it); ``error.phrase`` keeps template and
values apart so the GUI can show the sentence in the person's language
(``cle_desktop.ui.messages.readable``). A template given without values is the sentence as it
is. A :class:`~cle_desktop.domain.phrases.Phrase` may be given instead of a template, to pass on
another error's sentence.
"""

from __future__ import annotations

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, PhraseError

__all__ = ["QT_TRANSLATE_NOOP", "InvalidInput", "NotFound", "ServiceError"]


class ServiceError(PhraseError):
    """Base class: ``str(error)`` is shown to the user as it is (in English)."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass
