"""Help ▸ Getting started and Help ▸ Keyboard shortcuts.

The shortcuts table is read from the window's own actions, so it can never disagree with the
menus, and each key is written in the platform's native text (``QKeySequence.NativeText``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.ui.menus import shortcut_text

if TYPE_CHECKING:
    from cle_desktop.ui.main_window import MainWindow


class HelpDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

    def finish(self) -> None:
        self.body.addWidget(self.buttons)


def getting_started_text(window: MainWindow) -> str:
    keys = {name: shortcut_text(window.action(name).shortcut()) for name in ("newStory", "find")}
    steps = [
        QCoreApplication.translate(
            "Help",
            "<b>1. A gathering.</b> Gathering ▸ New gathering names it; Gathering ▸ Sessions "
            "and agenda lists its circles, walks and meals, so each story knows where it was "
            "told.",
        ),
        QCoreApplication.translate(
            "Help",
            "<b>2. People.</b> File ▸ Import sign-in sheet reads the registration list; the "
            "People page records each person's consent.",
        ),
        QCoreApplication.translate(
            "Help",
            "<b>3. Stories.</b> {0} starts a story on the Story desk. Type as it is told: it "
            "is saved as you type. Select a passage and press {1}, {2} or {3} to tag "
            "it as an asset, a gift or a hope.",
        ).format(keys["newStory"], *(shortcut_text(f"Ctrl+{n}") for n in (1, 2, 3))),
        QCoreApplication.translate(
            "Help",
            "<b>4. Photos and the map.</b> File ▸ Import photos; mark who is in each photo. "
            "Place the assets on the Map page.",
        ),
        QCoreApplication.translate(
            "Help",
            "<b>5. Review and share.</b> The Review page shows whose voices were heard; "
            "File ▸ Export report writes the report with consent applied. The Sync page "
            "merges laptops by USB stick. {0} searches every story.",
        ).format(keys["find"]),
    ]
    return "<p>" + "</p><p>".join(steps) + "</p>"


def show_getting_started(window: MainWindow) -> HelpDialog:
    dialog = HelpDialog(QCoreApplication.translate("Help", "Getting started"), window)
    dialog.setObjectName("gettingStartedDialog")
    text = QLabel(getting_started_text(window))
    text.setWordWrap(True)
    dialog.body.addWidget(text)
    dialog.finish()
    dialog.setMinimumWidth(560)
    dialog.open()
    return dialog


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(command, keys) for every menu action with a shortcut, plus the desk's tagging keys."""
    rows = []
    for action in window.menus.actions.values():
        if action.shortcut().isEmpty():
            continue
        # Media keys ("Redo" on some keyboards) are left out: a person types the combinations.
        named = [shortcut_text(k) for k in action.shortcuts()]
        keys = ", ".join(k for k in named if "+" in k or k.startswith("F")) or named[0]
        rows.append((action.text().replace("&", ""), keys))
    for number, word in (
        (1, QCoreApplication.translate("Help", "Tag the selection as an asset")),
        (2, QCoreApplication.translate("Help", "Tag the selection as a gift")),
        (3, QCoreApplication.translate("Help", "Tag the selection as a hope")),
    ):
        rows.append((word, shortcut_text(f"Ctrl+{number}")))
    return rows


def show_shortcuts(window: MainWindow) -> HelpDialog:
    dialog = HelpDialog(QCoreApplication.translate("Help", "Keyboard shortcuts"), window)
    dialog.setObjectName("shortcutsDialog")
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcutsTable")
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("Help", "Command"), QCoreApplication.translate("Help", "Keys")]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, (command, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(command))
        table.setItem(row, 1, QTableWidgetItem(keys))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    dialog.body.addWidget(table)
    dialog.finish()
    dialog.resize(560, 520)
    dialog.open()
    return dialog
