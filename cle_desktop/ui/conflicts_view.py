"""Conflict review: both versions side by side, each named by the laptop that wrote it; for
story text, a three-way merge suggestion against the common ancestor, saved only when the person
accepts it and only once no place still shows both versions.

Entries name what they are about in people's words ("“Abuela's garden” — story text"), never
ids or stored codes. A decision names the versions the person was shown, so it closes exactly
that conflict; if another version arrived meanwhile, nothing is saved and the person is told.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.domain.conflicts import Conflict
from cle_desktop.services import Services
from cle_desktop.services.errors import ServiceError
from cle_desktop.services.sync import ConflictReview, ConflictSide
from cle_desktop.ui.actions import action_button, page_action
from cle_desktop.ui.labels import ENTITIES, FIELDS
from cle_desktop.ui.messages import readable
from cle_desktop.ui.row_models import RowsModel

# What a conflicted field is, in people's words, by (entity, field). Anything else shows as
# "<Entity>: <Field>" through the shared labels.
_WHAT = "ConflictField"
WHAT_CHANGED: dict[tuple[str, str], str] = {
    ("story", "body"): QT_TRANSLATE_NOOP("ConflictField", "story text"),
    ("story", "title"): QT_TRANSLATE_NOOP("ConflictField", "story title"),
    ("story", "language"): QT_TRANSLATE_NOOP("ConflictField", "language of the story"),
    ("story", "session_id"): QT_TRANSLATE_NOOP("ConflictField", "session of the story"),
    ("story", "recorded_at"): QT_TRANSLATE_NOOP("ConflictField", "time of the story"),
    ("participant", "display_name"): QT_TRANSLATE_NOOP("ConflictField", "person's name"),
    ("participant", "pseudonym"): QT_TRANSLATE_NOOP("ConflictField", "person's pseudonym"),
    ("participant", "role"): QT_TRANSLATE_NOOP("ConflictField", "person's role"),
    ("participant", "team"): QT_TRANSLATE_NOOP("ConflictField", "person's team"),
    ("participant", "age_band"): QT_TRANSLATE_NOOP("ConflictField", "person's age band"),
    ("asset", "name"): QT_TRANSLATE_NOOP("ConflictField", "asset name"),
    ("asset", "category"): QT_TRANSLATE_NOOP("ConflictField", "asset category"),
    ("asset", "description"): QT_TRANSLATE_NOOP("ConflictField", "asset description"),
    ("asset", "place_id"): QT_TRANSLATE_NOOP("ConflictField", "place of the asset"),
    ("tag", "asset_id"): QT_TRANSLATE_NOOP("ConflictField", "asset the tag names"),
    ("tag", "quote"): QT_TRANSLATE_NOOP("ConflictField", "tagged passage"),
    ("tag", "start"): QT_TRANSLATE_NOOP("ConflictField", "position of the tagged passage"),
    ("tag", "end"): QT_TRANSLATE_NOOP("ConflictField", "position of the tagged passage"),
    ("tag", "prefix"): QT_TRANSLATE_NOOP("ConflictField", "position of the tagged passage"),
    ("tag", "suffix"): QT_TRANSLATE_NOOP("ConflictField", "position of the tagged passage"),
    ("tag", "orphaned"): QT_TRANSLATE_NOOP("ConflictField", "whether the tag finds its passage"),
    ("tag", "kind"): QT_TRANSLATE_NOOP("ConflictField", "kind of tag"),
    ("tag", "category"): QT_TRANSLATE_NOOP("ConflictField", "tag category"),
    ("photo", "caption"): QT_TRANSLATE_NOOP("ConflictField", "photo caption"),
    ("artifact", "name"): QT_TRANSLATE_NOOP("ConflictField", "artifact name"),
    ("artifact", "meaning"): QT_TRANSLATE_NOOP("ConflictField", "what the artifact means"),
    ("place", "name"): QT_TRANSLATE_NOOP("ConflictField", "place name"),
    ("place", "lat"): QT_TRANSLATE_NOOP("ConflictField", "position of the place"),
    ("place", "lon"): QT_TRANSLATE_NOOP("ConflictField", "position of the place"),
    ("gathering", "title"): QT_TRANSLATE_NOOP("ConflictField", "gathering title"),
    ("session", "title"): QT_TRANSLATE_NOOP("ConflictField", "session title"),
    ("consent", "sharing_level"): QT_TRANSLATE_NOOP(
        "ConflictField", "what the person allowed to share"
    ),
}


def what_changed(entity: str, field: str) -> str:
    """The conflicted field in people's words, translated."""
    source = WHAT_CHANGED.get((entity, field))
    if source is not None:
        return QCoreApplication.translate(_WHAT, source)
    return f"{ENTITIES(entity)}: {FIELDS(field)}"


def _show(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class ConflictListModel(RowsModel):
    """The conflicts waiting for a person, each named by the panel (``entry_text``)."""

    def __init__(self, label: Callable[[ConflictReview], str], parent: Any = None):
        super().__init__(parent)
        self.label = label

    def row_id(self, row: ConflictReview) -> str:
        c = row.conflict
        return f"{c.entity}:{c.row_id}:{c.field}"

    def cell(self, row: ConflictReview, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.label(row)
        return None


class ConflictsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.items: list[Conflict] = []
        self.reviews: list[ConflictReview] = []
        self.model = ConflictListModel(self.entry_text, self)
        self.list = QListView()
        self.list.setObjectName("conflictList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_conflict(current.row())
        )
        self.left = QPlainTextEdit()
        self.left.setObjectName("conflictLeft")
        self.left.setReadOnly(True)
        self.right = QPlainTextEdit()
        self.right.setObjectName("conflictRight")
        self.right.setReadOnly(True)
        self.merged = QPlainTextEdit()
        self.merged.setObjectName("conflictMerged")
        self.merged.setAccessibleName(self.tr("Merged suggestion"))
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The three decisions are actions (tests and shortcuts trigger them); each button
        # follows its action's text and visibility, which change with the conflict shown.
        self.keep_left_action = page_action(
            self, self.tr("Keep this laptop's version"), "keepLeftVersion", self.keep_left_version
        )
        self.keep_right_action = page_action(
            self,
            self.tr("Keep the other laptop's version"),
            "keepRightVersion",
            self.keep_right_version,
        )
        self.accept_merge_action = page_action(
            self, self.tr("Save the merged text"), "saveMergedText", self.save_merged_text
        )
        self.keep_left = keep_left = action_button(self.keep_left_action, "keepLeftVersion")
        self.keep_right = keep_right = action_button(self.keep_right_action, "keepRightVersion")
        self.accept_merge = accept = action_button(self.accept_merge_action, "primary")
        accept.setAccessibleName(self.tr("Save the merged text"))
        sides = QSplitter()
        self.merged_holder = QWidget()
        self.left_title = QLabel(self.tr("This laptop"))
        self.right_title = QLabel(self.tr("Another laptop"))
        self.merged_title = QLabel(self.tr("Merged suggestion (edit freely)"))
        for label, box in (
            (self.left_title, self.left),
            (self.right_title, self.right),
            (self.merged_title, self.merged),
        ):
            holder = self.merged_holder if box is self.merged else QWidget()
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            label.setObjectName("sectionTitle")
            label.setBuddy(box)
            v.addWidget(label)
            v.addWidget(box)
            sides.addWidget(holder)
        row = QHBoxLayout()
        row.addWidget(keep_left)
        row.addWidget(keep_right)
        row.addWidget(accept)
        row.addStretch(1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(sides, 1)
        rv.addWidget(self.note)
        rv.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([280, 900])
        # With nothing to review, one calm sentence instead of three empty boxes and buttons
        # that would do nothing.
        self.empty = QLabel(
            self.tr(
                "No conflicts: every laptop agrees.\n\nWhen two laptops change the same thing, "
                "both versions wait here for you to choose; nothing is lost meanwhile."
            )
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(0, 24, 0, 0)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # --- naming -------------------------------------------------------------------------

    def laptop_title(self, side: ConflictSide) -> str:
        """ "This laptop", the other laptop's name, or "Another laptop" when it has none."""
        if side.this_laptop:
            return self.tr("This laptop")
        return side.laptop_name or self.tr("Another laptop")

    def _laptop_inline(self, side: ConflictSide) -> str:
        if side.this_laptop:
            return self.tr("this laptop")
        return side.laptop_name or self.tr("another laptop")

    def entry_text(self, review: ConflictReview) -> str:
        """One line of the list: what the conflict is about, in people's words."""
        c = review.conflict
        if c.kind == "delete-vs-edit":
            deleted_on = self._laptop_inline(review.sides[0]) if review.sides else ""
            edits = review.sides[1:]
            edited_on = (
                self._laptop_inline(edits[0])
                if edits and all(e.device_id == edits[0].device_id for e in edits)
                else self.tr("another laptop")
            )
            what = self.tr("{0}: deleted on {1}, edited on {2}").format(
                ENTITIES(c.entity), deleted_on, edited_on
            )
        else:
            what = what_changed(c.entity, c.field)
        if review.subject:
            return self.tr("“{0}” — {1}").format(review.subject, what)
        return _capitalised(what)

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reviews = self.services.sync.review()
        self.items = [r.conflict for r in self.reviews]
        self.model.set_rows(self.reviews)
        if not self.reviews:
            self.note.setText(self.tr("No conflicts: every laptop agrees."))
            for box in (self.left, self.right, self.merged):
                box.clear()
            self.pages.setCurrentWidget(self.empty)
        else:
            self.pages.setCurrentIndex(1)
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _current(self) -> ConflictReview | None:
        row = self.list.currentIndex().row()
        return self.reviews[row] if 0 <= row < len(self.reviews) else None

    def select(self, row: int) -> None:
        """Show the conflict in ``row`` of the list, as a click on it does."""
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _show_conflict(self, _row: int) -> None:
        review = self._current()
        if review is None:
            return
        c, sides = review.conflict, review.sides
        if c.kind == "delete-vs-edit":
            self._show_delete(review)
            return
        left, others = sides[0], sides[1:]
        self.left_title.setText(self.laptop_title(left))
        self.left.setAccessibleName(self.laptop_title(left))
        self.keep_left_action.setText(
            self.tr("Keep this laptop's version")
            if left.this_laptop
            else self.tr("Keep the version from {0}").format(self.laptop_title(left))
        )
        self.left.setPlainText(_show(left.value))
        if len(others) > 1:  # three or more laptops changed it: show every other version
            self.right_title.setText(self.tr("Other laptops"))
            self.right.setPlainText(
                "\n\n".join(
                    f"— {self.laptop_title(side)} —\n{_show(side.value)}" for side in others
                )
            )
        else:
            self.right_title.setText(self.laptop_title(others[0]) if others else "")
            self.right.setPlainText(_show(others[0].value) if others else "")
        self.right.setAccessibleName(self.right_title.text())
        first_other = others[0] if others else None
        self.keep_right_action.setText(
            self.tr("Keep the version from {0}").format(first_other.laptop_name)
            if first_other is not None and first_other.laptop_name and not first_other.this_laptop
            else self.tr("Keep this laptop's version")
            if first_other is not None and first_other.this_laptop
            else self.tr("Keep the other laptop's version")
        )
        self.keep_right_action.setVisible(first_other is not None)
        suggestion = self.services.sync.merge_suggestion(review)
        self.merged_holder.setVisible(suggestion is not None)
        self.accept_merge_action.setVisible(suggestion is not None)
        if suggestion is None:
            self.merged.setPlainText("")
            self.note.setText(
                self.tr("Choose one of the versions.")
                if len(others) <= 1
                else self.tr(
                    "Choose one of the versions; the other laptops' versions are kept in the "
                    "history."
                )
            )
        else:
            text, marked = suggestion
            self.merged.setPlainText(text)
            self.note.setText(
                self.tr(
                    "Both laptops changed the same sentences: finish the parts marked ⟦ … ‖ … ⟧ "
                    "(this laptop's words come first), then save."
                )
                if marked
                else self.tr("The changes do not overlap: the merged text keeps both.")
            )

    def _show_delete(self, review: ConflictReview) -> None:
        self.keep_left_action.setText(self.tr("Confirm the delete"))
        self.keep_right_action.setText(self.tr("Restore it with the edits"))
        self.keep_right_action.setVisible(True)
        self.merged_holder.hide()
        self.accept_merge_action.setVisible(False)
        deleted, edits = (review.sides[0], review.sides[1:]) if review.sides else (None, ())
        self.left_title.setText(
            self.tr("Deleted on {0}").format(self._laptop_inline(deleted)) if deleted else ""
        )
        self.left.setPlainText(
            self.tr("Deleted on {0}.").format(self._laptop_inline(deleted)) if deleted else ""
        )
        self.right_title.setText(
            self.tr("Edited on {0}").format(self._laptop_inline(edits[0])) if edits else ""
        )
        self.right.setPlainText("\n".join(f"{FIELDS(e.field)}: {_show(e.value)}" for e in edits))
        self.merged.setPlainText("")
        self.note.setText(
            self.tr(
                "One laptop deleted this while another was still editing it: confirm the "
                "delete, or restore it with the edits."
            )
        )

    # --- deciding -----------------------------------------------------------------------

    def _decide(self, call: Callable[[], object]) -> None:
        try:
            call()
        except ServiceError as exc:
            self.refresh()
            self.note.setText(readable(exc))
            return
        self.refresh()

    def keep_left_version(self) -> None:
        """Keep the version on the left (this laptop's; for delete-vs-edit, the delete)."""
        review = self._current()
        if review is not None:
            self._decide(lambda: self.services.sync.keep_version(review, 0))

    def keep_right_version(self) -> None:
        """Keep the version on the right (for delete-vs-edit: restore it with the edits)."""
        review = self._current()
        if review is not None:
            self._decide(lambda: self.services.sync.keep_version(review, 1))

    def save_merged_text(self) -> None:
        """Save the merged text once no place still shows both versions; until then say how
        many are left and keep the text as the person left it."""
        review = self._current()
        if review is None or review.conflict.kind != "field":
            return
        text = self.merged.toPlainText()
        try:
            self.services.sync.check_merged(text)
        except ServiceError as exc:
            self.note.setText(readable(exc))
            return
        self._decide(lambda: self.services.sync.save_merged(review, text))
