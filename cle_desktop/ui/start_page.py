"""What the window shows when no gathering is open (the first-run dialog was cancelled, or the
last gathering was deleted): create a gathering, or join from another laptop's bundle, which
is how a second laptop starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    createRequested = Signal()
    joinRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("No gathering is open"))
        title.setObjectName("sectionTitle")
        text = QLabel(
            self.tr(
                "Create the gathering you are capturing, or, on a second laptop, join from a "
                "bundle another laptop exported to a USB stick."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.create_button = QPushButton(self.tr("Create a gathering…"))
        self.create_button.setObjectName("createGatheringButton")
        self.create_button.setProperty("primary", True)
        self.join_button = QPushButton(self.tr("Join from another laptop's bundle…"))
        self.join_button.setObjectName("joinBundleButton")
        self.create_button.clicked.connect(self.createRequested)
        self.join_button.clicked.connect(self.joinRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.create_button, self.join_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
