"""Commands as ``QAction``s, with push buttons that follow them.

A page's command is an action (an attribute of the page, with an object name), so a menu, a
shortcut, the page's button and a test all trigger the same thing; the button only mirrors the
action's text, tooltip and enabled state. A button wired to a private slot is how a button that
always failed once went unseen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton


def page_action(parent: QObject, text: str, name: str, slot: Callable[[], object]) -> QAction:
    """An action named ``name`` that runs ``slot`` (with no arguments: ``checked`` is dropped)."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def action_button(action: QAction, object_name: str | None = None) -> QPushButton:
    """A push button that triggers ``action`` and follows its text, enabled state and (once
    the action changes) visibility; ``object_name`` picks a style ("primary", "danger")."""
    button = QPushButton(action.text())
    if object_name:
        button.setObjectName(object_name)
    button.setEnabled(action.isEnabled())
    button.clicked.connect(lambda _checked=False: action.trigger())

    def follow() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        if button.parent() is not None:  # never shown as a window of its own
            button.setVisible(action.isVisible())

    action.changed.connect(follow)
    return button
