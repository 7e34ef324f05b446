"""Sentences the lower layers say to a person, kept translatable without importing Qt.

An error a note-taker can meet carries a :class:`Phrase`: an English template and the values
that fill it. ``str(phrase)`` is the English sentence (what the CLI prints and its tests read);
the GUI translates the template in the Qt context ``"Errors"`` and then fills it (see
``cle_desktop.ui.messages``). A value may itself be a phrase (a reason inside a sentence, such
as "the file is cut short"), which the GUI translates too.

Templates are marked with :func:`QT_TRANSLATE_NOOP`, a plain function with the same name as
Qt's: ``pyside6-lupdate`` recognises the call by its name, so it extracts the templates from
these Qt-free modules as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Phrase", "PhraseError", "phrase_of"]

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Phrase:
    """An English template and its values: ``str()`` is the English sentence.

    Without values the template is the sentence as it is (braces and all), so any text, such
    as a message wrapped from another error, can become a phrase. A plain class rather than a
    dataclass: the main window imports this module, and ``dataclasses`` alone took 3 ms of
    the window's start.
    """

    __slots__ = ("template", "params")

    def __init__(self, template: str, params: Mapping[str, Any] | None = None) -> None:
        self.template = template
        self.params: Mapping[str, Any] = dict(params or {})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Phrase):
            return NotImplemented
        return self.template == other.template and dict(self.params) == dict(other.params)

    def __hash__(self) -> int:
        return hash(self.template)

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, {dict(self.params)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Phrase, (self.template, dict(self.params)))

    def __str__(self) -> str:
        return self.render(lambda template: template)

    def render(self, translate: Any) -> str:
        """The sentence with ``translate(template)`` for this template and nested ones."""
        text = translate(self.template)
        if not self.params:
            return str(text)
        values = {
            key: value.render(translate) if isinstance(value, Phrase) else value
            for key, value in self.params.items()
        }
        try:
            return str(text).format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
            return self.template.format(**values)


def phrase_of(text: str | Phrase) -> Phrase:
    """``text`` as a phrase (a plain string becomes a phrase without values)."""
    return text if isinstance(text, Phrase) else Phrase(text)


class PhraseError(Exception):
    """An error whose sentence is a phrase: ``raise E(QT_TRANSLATE_NOOP("Errors", t), **values)``.

    ``str(error)`` is the English sentence; ``error.phrase`` keeps template and values apart.
    A template given without values is the sentence as it is. A :class:`Phrase` may be given
    instead of a template, to pass on another error's sentence.
    """

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
