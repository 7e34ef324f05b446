"""The story desk's editor panel: the open story's title, tellers, session, language and text,
the tag buttons, and the lines that say what needs attention (consent, a failed save, a kept
conflict).

The panel holds the widgets and the tellers' use case; when to save the text, and against which
versions, is the desk's (``ui/story_desk.py``). Tellers are saved through
``TellerService.set_teller_names`` against the people the field showed, so a teller added on
another laptop meanwhile stays. Strings keep the desk's translation context ("StoryDesk"):
they were the desk's, and the catalogue has them there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.domain.enums import TagKind
from cle_desktop.domain.limits import MAX_LINE_CHARS
from cle_desktop.domain.names import split_names
from cle_desktop.ui.name_completer import NameListCompleter, NamesEdit

if TYPE_CHECKING:
    from cle_desktop.services import Services

# Languages are named in themselves (a Tewa speaker looks for "Tewa"); only "Other" is ours.
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("tew", "Tewa"),
    ("nv", "Diné"),
    ("other", QT_TRANSLATE_NOOP("StoryDesk", "Other")),
]


class StoryEditor(QPlainTextEdit):
    """The large editor; reports focus loss so the desk can save at once."""

    focusLost = Signal()

    def focusOutEvent(self, event):  # type: ignore[no-untyped-def]
        self.focusLost.emit()
        super().focusOutEvent(event)


class EditorPanel(QWidget):
    """The open story's fields and text. ``tag_actions`` (Ctrl+1/2/3) and ``tag_buttons``
    ask the desk to tag the selected passage (``tagRequested``)."""

    tagRequested = Signal(str)  # the tag kind

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.gathering_id: str | None = None
        # The tellers the field shows (their ids): what a save of the field is made against.
        self.teller_ids: tuple[str, ...] = ()

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("storyTitle")
        self.title_edit.setMaxLength(MAX_LINE_CHARS)  # the longest title any laptop accepts
        self.title_edit.setPlaceholderText(QCoreApplication.translate("StoryDesk", "Story title"))
        self.title_edit.setAccessibleName(QCoreApplication.translate("StoryDesk", "Story title"))
        self.tellers_edit = NamesEdit()
        self.tellers_edit.setObjectName("tellersEdit")
        self.tellers_edit.setPlaceholderText(
            QCoreApplication.translate(
                "StoryDesk", "Who is telling? Type names, separated by commas"
            )
        )
        self.tellers_edit.setAccessibleName(QCoreApplication.translate("StoryDesk", "Tellers"))
        self.teller_names = QStringListModel(self)
        # Completes each name of the comma-separated list, and re-reads the roster when the
        # field gains focus (people added on the People page or by a sign-in sheet).
        self.teller_completer = NameListCompleter(self.teller_names, self)
        self.teller_completer.attach(self.tellers_edit)
        self.teller_completer.reload = self.reload_teller_names
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(QCoreApplication.translate("StoryDesk", "Session"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(QCoreApplication.translate("StoryDesk", "Language"))
        for code, name in LANGUAGES:
            self.language_combo.addItem(
                QCoreApplication.translate("StoryDesk", str(name))
                if code == "other"
                else str(name),
                code,
            )
        # A new story is in the window's language unless the note-taker picks another.
        ui_language = QLocale().name().split("_")[0]
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(ui_language)))
        self.consent_label = QLabel()
        self.consent_label.setObjectName("warning")
        # Wraps: the names of several tellers (and the longer Spanish sentence) must not make
        # the whole window wider than a 1280 px screen.
        self.consent_label.setWordWrap(True)
        self.consent_label.hide()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("StoryDesk", "Tellers"), self.tellers_edit)
        row = QHBoxLayout()
        row.addWidget(self.session_combo, 2)
        row.addWidget(QLabel(QCoreApplication.translate("StoryDesk", "Language")))
        row.addWidget(self.language_combo, 1)
        form.addRow(QCoreApplication.translate("StoryDesk", "Session"), row)

        self.editor = StoryEditor()
        self.editor.setTabChangesFocus(True)  # Tab moves on; a story never holds tab characters
        self.editor.setObjectName("storyEditor")
        self.editor.setAccessibleName(QCoreApplication.translate("StoryDesk", "Story text"))
        self.editor.setPlaceholderText(
            QCoreApplication.translate(
                "StoryDesk", "Type the story as it is told. It is saved as you type."
            )
        )
        tag_row = QHBoxLayout()
        self.tag_buttons: dict[str, QPushButton] = {}
        self.tag_actions: dict[str, QAction] = {}
        for number, kind, label in (
            (1, TagKind.ASSET, QCoreApplication.translate("StoryDesk", "Asset")),
            (2, TagKind.GIFT, QCoreApplication.translate("StoryDesk", "Gift")),
            (3, TagKind.HOPE, QCoreApplication.translate("StoryDesk", "Hope")),
        ):
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{label}  ({keys})")
            button.setObjectName(f"{kind.value}Button")
            button.setToolTip(
                QCoreApplication.translate(
                    "StoryDesk", "Select a passage, then tag it as {0}"
                ).format(label.lower())
            )
            button.clicked.connect(lambda _=False, k=kind.value: self.tagRequested.emit(k))
            tag_row.addWidget(button)
            self.tag_buttons[kind.value] = button
            action = QAction(self)
            action.setObjectName(f"tagAs{kind.value.capitalize()}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, k=kind.value: self.tagRequested.emit(k))
            self.tag_actions[kind.value] = action
        tag_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        self.middle_layout = layout
        layout.addWidget(self.title_edit)
        layout.addLayout(form)
        layout.addWidget(self.consent_label)
        # Said in a sentence, never a dialog: the note-taker keeps typing.
        self.save_problem = QLabel()
        self.save_problem.setObjectName("warning")
        self.save_problem.setWordWrap(True)
        self.save_problem.hide()
        layout.addWidget(self.save_problem)
        self.conflict_banner = QWidget()
        banner_row = QHBoxLayout(self.conflict_banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("warning")
        self.conflict_label.setWordWrap(True)
        self.review_button = QPushButton(
            QCoreApplication.translate("StoryDesk", "Review both versions")
        )
        self.review_button.setObjectName("reviewBothButton")
        banner_row.addWidget(self.conflict_label, 1)
        banner_row.addWidget(self.review_button)
        self.conflict_banner.hide()
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.editor, 1)
        layout.addLayout(tag_row)

    def add_banner(self, banner: QWidget) -> None:
        """A line above the story (the first start's "Name this gathering"): never modal."""
        self.middle_layout.insertWidget(0, banner)

    # --- tellers ------------------------------------------------------------------------------

    def reload_teller_names(self) -> None:
        if self.gathering_id:
            people = self.services.participants.roster(self.gathering_id)
            self.teller_names.setStringList([p.display_name for p in people])

    def load_tellers(self, story_id: str) -> None:
        """Show a story's tellers, and remember them as what the next save is made against."""
        tellers = self.services.tellers.of(story_id)
        self.teller_ids = tellers.ids
        self.tellers_edit.setText(tellers.text)

    def clear_tellers(self) -> None:
        self.teller_ids = ()
        self.tellers_edit.clear()
        self.consent_label.hide()

    def save_tellers(self, story_id: str) -> bool:
        """Store the typed names as the story's tellers (one transaction; a new name is a new
        person), writing only what differs from what the field showed. True when the tellers
        changed. Raises what the service raises (the desk says it in a sentence)."""
        names = split_names(self.tellers_edit.text())
        tellers = self.services.tellers.set_teller_names(story_id, names, loaded=self.teller_ids)
        changed = tellers.ids != self.teller_ids
        self.teller_ids = tellers.ids
        if split_names(tellers.text) != names:
            # One typed twice, or a teller another laptop added meanwhile: show who is stored.
            self.tellers_edit.setText(tellers.text)
        self.tellers_edit.setModified(False)
        self.update_consent_warning(story_id)
        return changed

    def update_consent_warning(self, story_id: str | None) -> None:
        if not story_id:
            self.consent_label.hide()
            return
        found = self.services.tellers.tellers_without_consent(story_id)
        lines = []
        if found.withdrawn:
            lines.append(
                QCoreApplication.translate(
                    "StoryDesk",
                    "{0} withdrew consent: this story appears in no export, and is kept only "
                    "until it is erased.",
                ).format(", ".join(found.withdrawn))
            )
        if found.missing:
            lines.append(
                QCoreApplication.translate(
                    "StoryDesk",
                    "Consent not recorded for {0}: this story stays on this laptop until it is.",
                ).format(", ".join(found.missing))
            )
        if lines:
            self.consent_label.setText("\n".join(lines))
            self.consent_label.show()
        else:
            self.consent_label.hide()
