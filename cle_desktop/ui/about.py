"""Help ▸ About: the version, the licence, and where this laptop keeps its data, so a host can
find the database file to back it up or hand it on."""

from __future__ import annotations

import html
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cle_desktop.services import Services


def app_version() -> str:
    try:
        return metadata.version("cle-desktop")
    except metadata.PackageNotFoundError:
        return "dev"


def app_licence() -> str:
    try:
        meta = metadata.metadata("cle-desktop")
    except metadata.PackageNotFoundError:
        return "MIT"
    return str(meta.get("License-Expression") or meta.get("License") or "MIT")


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About CLE Desktop"))
        db_path = Path(getattr(services, "db_path", None) or services.db.path).resolve()
        rows = [
            ("<h2>CLE Desktop</h2>", None),
            (
                self.tr(
                    "Capture and share a Community Learning Exchange, offline: stories, "
                    "assets, gifts and hopes, photos and the community's map."
                ),
                None,
            ),
            (self.tr("Version"), app_version()),
            (self.tr("Licence"), app_licence()),
            (self.tr("Data folder"), str(db_path.parent)),
            (self.tr("Database file"), str(db_path)),
        ]
        layout = QVBoxLayout(self)
        self.fields: dict[str, str] = {}
        for label, value in rows:
            if value is None:
                text = QLabel(label)
                text.setWordWrap(True)
                layout.addWidget(text)
                continue
            self.fields[label] = value
            line = QLabel(f"<b>{html.escape(label)}</b>: {html.escape(value)}")
            line.setTextFormat(Qt.TextFormat.RichText)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.setWordWrap(True)
            layout.addWidget(line)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
