"""Prompts and file dialogs behind one small service, so UI tests can answer them.

File dialogs start in the folder Preferences names for their kind ("import", "export",
"photos"), else the last one used for that kind, never at the root of the home folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox and QFileDialog are imported when a dialog is first shown: PySide6 builds each
# class's Python enums on first use (QMessageBox has many), which the window's start-up, where
# every millisecond counts, never needs.


class DialogService:
    """The real dialogs. Tests replace this with :class:`ScriptedDialogs`."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask before something that cannot be taken back lightly. ``title`` names the action
        ("Delete gathering") and is the button that does it, beside Cancel (the default), so
        the person reads what will happen rather than a bare Yes."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        act = box.addButton(title, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is act

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def open_files(
        self, parent: QWidget | None, title: str, filter_: str, kind: str = "import"
    ) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        from cle_desktop.ui.settings import default_folder, remember_folder

        files, _ = QFileDialog.getOpenFileNames(parent, title, str(default_folder(kind)), filter_)
        if files:
            remember_folder(kind, Path(files[0]))
        return [Path(f) for f in files]

    def save_file(
        self,
        parent: QWidget | None,
        title: str,
        suggested: str,
        filter_: str,
        kind: str = "export",
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from cle_desktop.ui.settings import default_folder, remember_folder

        start = default_folder(kind) / suggested
        name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filter_)
        if name:
            remember_folder(kind, Path(name))
        return Path(name) if name else None

    def open_externally(self, path: Path) -> bool:
        """Open a file or folder with the desktop's own program (a report, its folder)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def folder(self, parent: QWidget | None, title: str, kind: str = "export") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from cle_desktop.ui.settings import default_folder, remember_folder

        name = QFileDialog.getExistingDirectory(parent, title, str(default_folder(kind)))
        if name:
            remember_folder(kind, Path(name))
        return Path(name) if name else None


class ScriptedDialogs(DialogService):
    """Answers given in advance; records what was asked (for tests)."""

    def __init__(
        self,
        confirm: bool = True,
        files: list[Path] | None = None,
        save: Path | None = None,
        folder: Path | None = None,
    ):
        self.answer = confirm
        self.files = files or []
        self.save = save
        self.folder_path = folder
        self.messages: list[tuple[str, str]] = []
        self.save_requests: list[tuple[str, str, str]] = []  # (title, suggested path, filter)
        self.opened: list[Path] = []
        self.asked: list[str] = []  # titles of the file dialogs that were opened

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append((title, text))
        return self.answer

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def open_files(
        self, parent: QWidget | None, title: str, filter_: str, kind: str = "import"
    ) -> list[Path]:
        self.asked.append(title)
        return list(self.files)

    def save_file(
        self,
        parent: QWidget | None,
        title: str,
        suggested: str,
        filter_: str,
        kind: str = "export",
    ) -> Path | None:
        self.asked.append(title)
        self.save_requests.append((title, suggested, filter_))
        return self.save

    def open_externally(self, path: Path) -> bool:
        self.opened.append(Path(path))
        return True

    def folder(self, parent: QWidget | None, title: str, kind: str = "export") -> Path | None:
        self.asked.append(title)
        return self.folder_path
