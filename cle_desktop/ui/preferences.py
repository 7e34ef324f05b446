"""Preferences: the window's language, who takes notes on this laptop, what the laptop is
called, and where file dialogs start.

The language is a per-person setting (``QSettings``) applied at the next start; the note-taker's
and laptop's names belong to this database file (``services.preferences``) and are written on
what is captured here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.messages import readable
from cle_desktop.ui.settings import app_settings, set_value

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.ui.dialogs import DialogService

LANGUAGE_KEY = "ui/language"
# Named in themselves, as a person looks for their language.
UI_LANGUAGES = (("en", "English"), ("es", "Español"))
FOLDER_KINDS = ("import", "photos", "export")


def current_ui_language() -> str:
    """The language the window speaks now: the default QLocale's (set from the saved choice,
    ``CLE_DESKTOP_LANG`` or the system at start)."""
    return QLocale().name().split("_")[0]


class PreferencesDialog(QDialog):
    def __init__(self, services: Services, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.services, self.dialogs = services, dialogs
        prefs = services.preferences
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in UI_LANGUAGES:
            self.language.addItem(name, code)
        saved = str(app_settings().value(LANGUAGE_KEY, "") or current_ui_language())
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.note_taker = QLineEdit(prefs.note_taker())
        self.note_taker.setObjectName("noteTakerEdit")
        self.note_taker.setAccessibleName(self.tr("Note-taker's name"))
        self.note_taker.setPlaceholderText(self.tr("Written on every story captured here"))
        self.laptop = QLineEdit(prefs.laptop_name() if prefs.has_laptop_name() else "")
        self.laptop.setObjectName("laptopNameEdit")
        self.laptop.setAccessibleName(self.tr("This laptop's name"))
        self.laptop.setPlaceholderText(self.tr("e.g. Laptop 2 (Jorge)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Language"), self.language)
        hint = QLabel(self.tr("A new language shows the next time the app starts."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("Note-taker's name"), self.note_taker)
        form.addRow(self.tr("This laptop's name"), self.laptop)
        laptop_hint = QLabel(self.tr("Other laptops see this name instead of a device number."))
        laptop_hint.setObjectName("hint")
        laptop_hint.setWordWrap(True)
        form.addRow("", laptop_hint)
        self.folders: dict[str, QLineEdit] = {}
        titles = {
            "import": self.tr("Spreadsheets and bundles from"),
            "photos": self.tr("Photos from"),
            "export": self.tr("Reports and bundles to"),
        }
        settings = app_settings()
        for kind in FOLDER_KINDS:
            edit = QLineEdit(str(settings.value(f"folders/{kind}", "") or ""))
            edit.setObjectName(f"{kind}FolderEdit")
            edit.setAccessibleName(titles[kind])
            edit.setPlaceholderText(self.tr("The last folder used"))
            browse = QPushButton(self.tr("Choose…"))
            browse.setObjectName(f"{kind}FolderButton")
            browse.clicked.connect(lambda _=False, k=kind: self._choose(k))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            form.addRow(titles[kind], row)
            self.folders[kind] = edit
        self.error = QLabel()
        self.error.setObjectName("warning")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(660)

    def _choose(self, kind: str) -> None:
        folder = self.dialogs.folder(self, self.tr("Choose a folder"), kind=kind)
        if folder is not None:
            self.folders[kind].setText(str(folder))

    def save(self) -> None:
        prefs = self.services.preferences
        try:
            prefs.set_note_taker(self.note_taker.text())
            prefs.set_laptop_name(self.laptop.text())
        except ServiceError as exc:
            self.error.setText(readable(exc))
            self.error.show()
            return
        set_value(LANGUAGE_KEY, self.language.currentData())
        for kind, edit in self.folders.items():
            set_value(f"folders/{kind}", edit.text().strip())
        self.accept()
