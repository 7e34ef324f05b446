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

from typing import Any

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase

__all__ = ["QT_TRANSLATE_NOOP", "InvalidInput", "NotFound", "ServiceError"]


class ServiceError(Exception):
    """Base class: ``str(error)`` is shown to the user as it is (in English)."""

    def __init__(self, template: str | Phrase, /, **params: Any) -> None:
        if isinstance(template, Phrase):
            self.phrase = Phrase(template.template, {**template.params, **params})
        else:
            self.phrase = Phrase(template, params)
        super().__init__(str(self.phrase))

    @property
    def template(self) -> str:
        return self.phrase.template

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.phrase.params)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.phrase,))


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass
