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

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase, PhraseError

__all__ = ["QT_TRANSLATE_NOOP", "InvalidInput", "NotFound", "ServiceError", "as_invalid_input"]


class ServiceError(PhraseError):
    """Base class: ``str(error)`` is shown to the user as it is (in English)."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


def check_lengths(**fields: object) -> None:
    """Refuse text longer than a field may hold (``domain.limits``), with a sentence: the same
    limits as CSV imports and bundles, so every renderer only meets text of bounded length.
    ``title``, ``name`` and other one-line fields take the line limit; ``body`` the text one."""
    from cle_desktop.domain.limits import MAX_LINE_CHARS, MAX_TEXT_CHARS

    for field, value in fields.items():
        if not isinstance(value, str):
            continue
        limit = (
            MAX_TEXT_CHARS
            if field in ("body", "meaning", "description", "caption")
            else (MAX_LINE_CHARS)
        )
        if len(value) > limit:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "That {field} is {length} characters long; at most {limit} fit. Shorten it "
                    "and try again.",
                ),
                field=field.replace("_", " "),
                length=f"{len(value):,}",
                limit=f"{limit:,}",
            )


def as_invalid_input(exc: Exception) -> InvalidInput:
    """A lower layer's refusal (a base map, a tile download) as the services' own error, with
    its sentence kept as a phrase when it has one, so callers above catch one kind of error."""
    phrase = getattr(exc, "phrase", None)
    return InvalidInput(phrase if isinstance(phrase, Phrase) else str(exc))
