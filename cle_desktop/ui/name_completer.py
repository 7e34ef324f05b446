"""Type-ahead for a comma-separated list of names ("Rosa Archuleta, Ben O…").

``QCompleter`` completes the whole text of a line edit; a list of tellers needs each name
completed in turn. This one matches only what follows the last comma and, when a name is
chosen, keeps the names before it. ``reload`` (if given) runs each time the field gains focus,
so people added since the window opened (on the People page, from a sign-in sheet, by sync)
are offered too.

The field is a :class:`NamesEdit`, which says when it gains focus, rather than a line edit
watched by an event filter: a Python event filter is handed every event of the field from the
window's first paint on, and the first of them makes PySide build ``QEvent``'s 179-member enum
(a few ms of the cold start).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit


class NamesEdit(QLineEdit):
    """A line edit of names that emits ``focused`` each time it gains the focus."""

    focused = Signal()

    def focusInEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.focused.emit()


class NameListCompleter(QCompleter):
    def __init__(self, model: object, parent: QObject | None = None):
        super().__init__(model, parent)  # type: ignore[call-overload]
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.reload: Callable[[], None] | None = None
        self._edit: QLineEdit | None = None

    def attach(self, edit: NamesEdit) -> None:
        """Complete ``edit`` (instead of ``edit.setCompleter``, which would replace its whole
        text on every choice)."""
        self._edit = edit
        self.setWidget(edit)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activated[str].connect(self._insert)  # type: ignore[index]
        edit.textEdited.connect(self._update)
        edit.focused.connect(self._focused)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        chosen = str(super().pathFromIndex(index))
        text = self._edit.text() if self._edit is not None else ""
        before = [n.strip() for n in text.split(",")[:-1] if n.strip()]
        return ", ".join([*before, chosen])

    def _update(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        if not prefix:
            self.popup().hide()
            return
        self.setCompletionPrefix(prefix)
        if self.completionCount() > 0:
            self.complete()
        else:
            self.popup().hide()

    def _insert(self, path: str) -> None:
        """``path`` is already the whole list (``pathFromIndex`` kept the names before)."""
        if self._edit is not None:
            self._edit.setText(path)

    def _focused(self) -> None:
        if self.reload is not None:
            self.reload()
