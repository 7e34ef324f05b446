"""Gathering ▸ Sessions and agenda: the gathering's agenda items, each with a name, a day,
start and end times and a kind (circle, story circle, gallery walk, open space, meal ...).

The agenda is listed in time order (that is its order: moving a session means changing its
time), and the story desk picks the session running now for a new story. Removing a session is
a soft delete; its stories keep their text and show "(no session)".
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.date_fields import date_edit
from cle_desktop.ui.messages import readable

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.ui.dialogs import DialogService

# Stored as these codes (the demo uses the same); shown translated.
SESSION_KINDS = {
    "circle": QT_TRANSLATE_NOOP("SessionKind", "Circle"),
    "story circle": QT_TRANSLATE_NOOP("SessionKind", "Story circle"),
    "journey": QT_TRANSLATE_NOOP("SessionKind", "Journey line or walk"),
    "gallery walk": QT_TRANSLATE_NOOP("SessionKind", "Gallery walk"),
    "open space": QT_TRANSLATE_NOOP("SessionKind", "Open space"),
    "meal": QT_TRANSLATE_NOOP("SessionKind", "Meal"),
    "other": QT_TRANSLATE_NOOP("SessionKind", "Other"),
}


def kind_label(code: str | None) -> str:
    if not code:
        return ""
    source = SESSION_KINDS.get(code)
    return QCoreApplication.translate("SessionKind", str(source)) if source else code


def _local(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


class SessionsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        dialogs: DialogService,
        gathering_id: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("sessionsDialog")
        self.setWindowTitle(self.tr("Sessions and agenda"))
        self.services, self.dialogs, self.gathering_id = services, dialogs, gathering_id
        self.session_list = QListWidget()
        self.session_list.setObjectName("sessionList")
        self.session_list.setAccessibleName(self.tr("Sessions"))
        self.session_list.currentItemChanged.connect(self._show_current)
        self.name = QLineEdit()
        self.name.setObjectName("sessionName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. Story circles: what we have"))
        self.kind = QComboBox()
        self.kind.setObjectName("sessionKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        for code in SESSION_KINDS:
            self.kind.addItem(kind_label(code), code)
        gathering = services.gatherings.get(gathering_id)
        first_day = gathering.starts_on
        self.day = date_edit(
            QDate(first_day.year, first_day.month, first_day.day)
            if first_day
            else QDate.currentDate()
        )
        self.day.setObjectName("sessionDay")
        self.starts = QTimeEdit(QTime(9, 0))
        self.starts.setObjectName("sessionStarts")
        self.ends = QTimeEdit(QTime(10, 30))
        self.ends.setObjectName("sessionEnds")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Day"), self.day)
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends)
        times.addStretch(1)
        form.addRow(self.tr("Time"), times)
        self.add_button = QPushButton(self.tr("Add session"))
        self.add_button.setObjectName("addSessionButton")
        self.add_button.clicked.connect(self.add_session)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("saveSessionButton")
        self.save_button.clicked.connect(self.save_session)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("removeSessionButton")
        self.remove_button.clicked.connect(self.remove_session)
        actions = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.session_list)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(actions)
        right.addWidget(self.message)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.session_list.blockSignals(True)
        self.session_list.clear()
        from cle_desktop.ui.labels import local_time

        for sess in self.services.gatherings.sessions(self.gathering_id):
            when = local_time(sess.starts_at, "ddd d MMM HH:mm") if sess.starts_at else "—"
            text = f"{sess.title}\n{when} · {kind_label(sess.kind)}".rstrip(" ·")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sess.id)
            self.session_list.addItem(item)
            if sess.id == select:
                self.session_list.setCurrentItem(item)
        self.session_list.blockSignals(False)
        has = self.session_list.currentItem() is not None
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def titles(self) -> list[str]:
        """The sessions' names in agenda order (for tests and the window)."""
        return [
            self.session_list.item(i).text().split("\n")[0]
            for i in range(self.session_list.count())
        ]

    def _current_id(self) -> str | None:
        item = self.session_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_current(self, item, _previous) -> None:  # type: ignore[no-untyped-def]
        self.save_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        if item is None:
            return
        sid = item.data(Qt.ItemDataRole.UserRole)
        sess = next(s for s in self.services.gatherings.sessions(self.gathering_id) if s.id == sid)
        self.name.setText(sess.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(sess.kind)))
        starts, ends = _local(sess.starts_at), _local(sess.ends_at)
        if starts:
            self.day.setDate(QDate(starts.year, starts.month, starts.day))
            self.starts.setTime(QTime(starts.hour, starts.minute))
        if ends:
            self.ends.setTime(QTime(ends.hour, ends.minute))

    def _fields(self) -> dict[str, object]:
        d = self.day.date()
        day = datetime(d.year(), d.month(), d.day()).date()
        s, e = self.starts.time(), self.ends.time()
        starts = datetime.combine(day, time(s.hour(), s.minute())).astimezone().astimezone(UTC)
        ends = datetime.combine(day, time(e.hour(), e.minute())).astimezone().astimezone(UTC)
        if ends <= starts:  # past midnight (a late meal): the next day
            ends += timedelta(days=1)
        return {
            "title": self.name.text(),
            "kind": self.kind.currentData(),
            "starts_at": starts,
            "ends_at": ends,
        }

    def add_session(self) -> str | None:
        fields = self._fields()
        try:
            sid = self.services.gatherings.add_session(
                self.gathering_id,
                str(fields["title"]),
                kind=str(fields["kind"]),
                starts_at=fields["starts_at"],  # type: ignore[arg-type]
                ends_at=fields["ends_at"],  # type: ignore[arg-type]
            )
        except ServiceError as exc:
            self.message.setText(readable(exc))
            return None
        self.message.setText(self.tr("Added “{0}”.").format(self.name.text().strip()))
        self.refresh(select=sid)
        return sid

    def save_session(self) -> None:
        sid = self._current_id()
        if sid is None:
            return
        try:
            self.services.gatherings.update_session(sid, **self._fields())
        except ServiceError as exc:
            self.message.setText(readable(exc))
            return
        self.message.setText(self.tr("Saved."))
        self.refresh(select=sid)

    def remove_session(self) -> None:
        sid = self._current_id()
        if sid is None:
            return
        title = self.session_list.currentItem().text().split("\n")[0]
        if not self.dialogs.confirm(
            self,
            self.tr("Remove session"),
            self.tr("Remove “{0}” from the agenda? Its stories stay, with no session.").format(
                title
            ),
        ):
            return
        self.services.gatherings.delete_session(sid)
        self.message.setText(self.tr("Removed “{0}”.").format(title))
        self.refresh()
