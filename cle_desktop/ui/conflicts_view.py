"""Conflict review: both versions side by side; for story text, a three-way merge suggestion
against the common ancestor that is saved only when the person accepts it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services import Services
from cle_desktop.sync.merge import Conflict
from cle_desktop.ui.labels import ENTITIES, FIELDS


def _show(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)


class ConflictsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.items: list[Conflict] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show_conflict)
        self.left = QPlainTextEdit()
        self.left.setReadOnly(True)
        self.left.setAccessibleName(self.tr("Version shown now"))
        self.right = QPlainTextEdit()
        self.right.setReadOnly(True)
        self.right.setAccessibleName(self.tr("Other version"))
        self.merged = QPlainTextEdit()
        self.merged.setAccessibleName(self.tr("Merged suggestion"))
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.keep_left = keep_left = QPushButton(self.tr("Keep this version"))
        keep_left.clicked.connect(lambda: self._resolve(0))
        self.keep_right = keep_right = QPushButton(self.tr("Keep the other version"))
        keep_right.clicked.connect(lambda: self._resolve(1))
        self.accept_merge = accept = QPushButton(self.tr("Save the merged text"))
        accept.setObjectName("primary")
        accept.clicked.connect(self._accept_merge)
        sides = QSplitter()
        self.merged_holder = QWidget()
        for title, box in (
            (self.tr("Shown now"), self.left),
            (self.tr("Other laptop"), self.right),
            (self.tr("Merged suggestion (edit freely)"), self.merged),
        ):
            holder = self.merged_holder if box is self.merged else QWidget()
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            label = QLabel(title)
            label.setObjectName("sectionTitle")
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

    def refresh(self) -> None:
        self.items = self.services.sync.conflicts()
        self.list.clear()
        for c in self.items:
            label = (
                self.tr("{0}: {1} — deleted on one laptop, edited on another").format(
                    ENTITIES(c.entity), c.row_id[-8:]
                )
                if c.kind == "delete-vs-edit"
                else self.tr("{0} {1}: {2}").format(
                    ENTITIES(c.entity), c.row_id[-8:], FIELDS(c.field)
                )
            )
            title = self._title(c)
            if title:
                label = f"«{title}» — {label}"
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, c.row_id)
            self.list.addItem(item)
        if not self.items:
            self.note.setText(self.tr("No conflicts: every laptop agrees."))
            for box in (self.left, self.right, self.merged):
                box.clear()
            self.pages.setCurrentWidget(self.empty)
        else:
            self.pages.setCurrentIndex(1)
            self.list.setCurrentRow(0)

    def _title(self, c: Conflict) -> str:
        """The story title, so a host recognises what the conflict is about."""
        if c.entity != "story":
            return ""
        try:
            return str(self.services.stories.get(c.row_id).title or "")
        except Exception:  # noqa: BLE001 - a purged or unknown row simply has no title
            return ""

    def _current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_conflict(self, _row: int) -> None:
        c = self._current()
        if c is None:
            return
        deleting = c.kind == "delete-vs-edit"
        self.keep_left.setText(
            self.tr("Confirm the delete") if deleting else self.tr("Keep this version")
        )
        self.keep_right.setText(
            self.tr("Restore it with the edits") if deleting else self.tr("Keep the other version")
        )
        if deleting:
            self.merged_holder.hide()
            self.accept_merge.hide()
            self.left.setPlainText(self.tr("Deleted on one laptop."))
            self.right.setPlainText(
                "\n".join(
                    f"{FIELDS(v['field'])}: {_show(v['value'])}"
                    for v in c.values
                    if isinstance(v, dict)
                )
            )
            self.merged.setPlainText("")
            self.note.setText(
                self.tr(
                    "One laptop deleted this while another was still editing it: confirm the "
                    "delete, or restore it with the edits."
                )
            )
            return
        self.left.setPlainText(_show(c.values[0]))
        others = c.values[1:]
        if len(others) > 1:  # three or more laptops changed it: show every other version
            self.right.setPlainText(
                "\n\n".join(
                    self.tr("— version {0} —").format(i + 2) + "\n" + _show(v)
                    for i, v in enumerate(others)
                )
            )
        else:
            self.right.setPlainText(_show(others[0]) if others else "")
        suggestion = self.services.sync.merge_suggestion(c)
        self.merged_holder.setVisible(suggestion is not None)
        self.accept_merge.setVisible(suggestion is not None)
        if suggestion is None:
            self.merged.setPlainText("")
            self.note.setText(
                self.tr("Choose one of the versions.")
                if len(others) <= 1
                else self.tr("Choose one of the versions; the other one keeps version 2.")
            )
        else:
            text, marked = suggestion
            self.merged.setPlainText(text)
            self.note.setText(
                self.tr(
                    "Both laptops changed the same sentences: finish the parts marked ⟦ … ‖ … ⟧."
                )
                if marked
                else self.tr("The changes do not overlap: the merged text keeps both.")
            )

    def _resolve(self, which: int) -> None:
        c = self._current()
        if c is None:
            return
        if c.kind == "delete-vs-edit":
            self.services.sync.resolve(c.entity, c.row_id, "deleted", which == 0)
        else:
            self.services.sync.resolve(c.entity, c.row_id, c.field, c.values[which])
        self.refresh()

    def _accept_merge(self) -> None:
        c = self._current()
        if c is None or c.kind != "field" or not self.merged.toPlainText():
            return
        self.services.sync.resolve(c.entity, c.row_id, c.field, self.merged.toPlainText())
        self.refresh()
