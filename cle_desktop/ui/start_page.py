"""What the window shows when no gathering is open (the first-run dialog was cancelled, or the
last gathering was deleted): create a gathering, or join from another laptop's bundle, which
is how a second laptop starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.create_button = QPushButton(self.tr("Create a gathering…"))
        self.create_button.setObjectName("createGatheringButton")
        self.create_button.setProperty("primary", True)
        self.join_button = QPushButton(self.tr("Join from another laptop's bundle…"))
        self.join_button.setObjectName("joinBundleButton")
        self.create_button.clicked.connect(self.createRequested)
        self.join_button.clicked.connect(self.joinRequested)
        # A column of fixed width, centred: a wrapped label inside a centring layout gets no
        # width to wrap at and is cut to two lines.
        column = QWidget()
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        for widget in (title, text, self.create_button, self.join_button):
            inner.addWidget(widget)
        row = QHBoxLayout()  # stretches, not an alignment flag: that would lose height-for-width
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
