"""The sentences of the lower layers (errors, per-file reasons) in the person's language.

Services, media and sync raise errors whose sentence is a
:class:`~cle_desktop.domain.phrases.Phrase`: an English template, marked for ``pyside6-lupdate``
in the context ``"Errors"``, and its values. ``str(error)`` is English (for the CLI); the GUI
shows :func:`readable` instead, which translates the template, and any phrase among the values,
before filling it in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cle_desktop.domain.phrases import CONTEXT, Phrase


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def readable(what: BaseException | Phrase | str) -> str:
    """The sentence of an error or phrase, translated; other errors as ``str(error)``.

    Safe to call from a worker thread (``QCoreApplication.translate`` is thread-safe).
    """
    phrase = what if isinstance(what, Phrase) else getattr(what, "phrase", None)
    if isinstance(phrase, Phrase):
        return phrase.render(_translate)
    return str(what)
