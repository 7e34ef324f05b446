"""First run: the desk takes typing at once, in a gathering made for it.

A note-taker who types the moment the window appears expects the words to land in a story,
not in a form. So a first start makes an untitled gathering without asking
(``ui.untitled.untitled_values``) and the desk keeps the focus; a non-modal banner above the editor (``NameGatheringBanner``)
offers to name it, to open the demo instead, or, on a second laptop, to join from another
laptop's bundle. ``GatheringDialog`` is the form behind "Name this gathering…" and
Gathering ▸ New / Edit details.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.ui.date_fields import date_edit
from cle_desktop.ui.untitled import untitled_title


class NameGatheringBanner(QFrame):
    """A line above the editor on a first start: it never takes the focus from the editor,
    and goes away once the gathering is named (or the person picks the demo or a bundle)."""

    nameRequested = Signal()
    demoRequested = Signal()
    joinRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("nameGatheringBanner")
        self.label = QLabel(
            self.tr(
                "Type away: this is a new gathering with no name yet. Name it whenever you like."
            )
        )
        self.label.setWordWrap(True)
        # never squeezed below its lines: the editor under it is the part that gives way
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.name_button = QPushButton(self.tr("Name it…"))
        self.name_button.setObjectName("nameGatheringButton")
        self.demo_button = QPushButton(self.tr("Open the demo"))
        self.demo_button.setObjectName("openDemoButton")
        self.join_button = QPushButton(self.tr("Join from a bundle…"))
        self.join_button.setObjectName("joinBundleBannerButton")
        # The sentence on its own line, the buttons under it: on a small laptop a sentence
        # squeezed beside three buttons wraps into a column of single words.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.addWidget(self.label)
        row = QHBoxLayout()
        for button, signal in (
            (self.name_button, self.nameRequested),
            (self.demo_button, self.demoRequested),
            (self.join_button, self.joinRequested),
        ):
            row.addWidget(button)
            button.clicked.connect(signal)
        row.addStretch(1)
        column.addLayout(row)


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
        self.starts = date_edit(today)
        self.ends = date_edit(today.addDays(2))
        intro = QLabel(
            self.tr("Name the gathering you are capturing. Its sessions and people come next.")
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
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(600, 340)

    def edit_existing(self, gathering: object) -> None:
        """Show an existing gathering's details to edit (Gathering ▸ Edit details)."""
        self.setWindowTitle(self.tr("Gathering details"))
        self.intro.hide()
        self.ok_button.setText(self.tr("Save"))
        title = getattr(gathering, "title", "") or ""
        # The gathering a first start made: the field starts empty, ready for its name.
        self.title.setText("" if title == untitled_title() else title)
        self.theme.setText(getattr(gathering, "theme", None) or "")
        self.host.setText(getattr(gathering, "host_community", None) or "")
        self.place.setText(getattr(gathering, "place_name", None) or "")
        for line in (self.title, self.theme, self.host, self.place):
            line.setCursorPosition(0)  # a long theme shows its beginning, not its end
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
