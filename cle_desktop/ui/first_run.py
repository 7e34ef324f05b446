"""First run: create a gathering (or open the demo), so the desk is never empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class GatheringDialog(QDialog):
    """Title, theme, host community, dates, place. ``demo_requested`` when the demo is chosen."""

    def __init__(self, parent: QWidget | None = None, allow_demo: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New gathering"))
        self.demo_requested = False
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.theme = QLineEdit()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.host = QLineEdit()
        self.host.setAccessibleName(self.tr("Host community"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        today = QDate.currentDate()
        self.starts = QDateEdit(today)
        self.starts.setCalendarPopup(True)
        self.ends = QDateEdit(today.addDays(2))
        self.ends.setCalendarPopup(True)
        intro = QLabel(
            self.tr("Welcome to CLE Desktop. Start by naming the gathering you are capturing.")
        )
        intro.setWordWrap(True)
        self.intro = intro
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Host community"), self.host)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create gathering"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if allow_demo:
            demo = QPushButton(self.tr("Open the demo gathering instead"))
            demo.setObjectName("openDemo")
            demo.clicked.connect(self._demo)
            layout.addWidget(demo)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def edit_existing(self, gathering: object) -> None:
        """Show an existing gathering's details to edit (Gathering ▸ Edit details)."""
        self.setWindowTitle(self.tr("Gathering details"))
        self.intro.hide()
        self.ok_button.setText(self.tr("Save"))
        self.title.setText(getattr(gathering, "title", "") or "")
        self.theme.setText(getattr(gathering, "theme", None) or "")
        self.host.setText(getattr(gathering, "host_community", None) or "")
        self.place.setText(getattr(gathering, "place_name", None) or "")
        for edit, value in (
            (self.starts, getattr(gathering, "starts_on", None)),
            (self.ends, getattr(gathering, "ends_on", None)),
        ):
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))

    def _accept(self) -> None:
        if self.title.text().strip():
            self.accept()
        else:
            self.title.setFocus()
            self.title.setPlaceholderText(self.tr("A title is needed"))

    def _demo(self) -> None:
        self.demo_requested = True
        self.accept()

    def values(self) -> dict[str, object]:
        return {
            "title": self.title.text().strip(),
            "theme": self.theme.text().strip() or None,
            "host_community": self.host.text().strip() or None,
            "place_name": self.place.text().strip() or None,
            "starts_on": date.fromisoformat(self.starts.date().toString("yyyy-MM-dd")),
            "ends_on": date.fromisoformat(self.ends.date().toString("yyyy-MM-dd")),
        }
