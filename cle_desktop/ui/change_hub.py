"""Tells the open pages what changed, whoever changed it (the window's single refresh path).

A commit in this process (any thread) asks for a look at once; a one-second timer catches
writes by other processes on the same file (the command line while the window is open). Looks
are coalesced, so a burst of commits (a photo import) makes one refresh, and every page gets
the same :class:`~cle_desktop.services.changes.Changes` on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

if TYPE_CHECKING:
    from cle_desktop.services.changes import ChangeFeed, Changes

COALESCE_MS = 60
POLL_MS = 1000


class ChangeHub(QObject):
    changed = Signal(object)  # Changes
    _committed = Signal()

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None):
        super().__init__(parent)
        self.feed = feed
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(COALESCE_MS)
        self._pending.timeout.connect(self.look)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_other_processes)
        self._poll.start()
        # Emitted from whichever thread committed; delivered here, on the GUI thread.
        self._committed.connect(self._soon, Qt.ConnectionType.QueuedConnection)
        feed.db.on_commit(self._on_commit)

    def _on_commit(self) -> None:
        try:
            self._committed.emit()
        except RuntimeError:  # this hub (and its window) is gone; the database lives on
            pass

    @Slot()
    def _soon(self) -> None:
        if not self._pending.isActive():
            self._pending.start()

    @Slot()
    def _poll_other_processes(self) -> None:
        try:
            news = self.feed.has_news()
        except Exception:  # noqa: BLE001 - a busy or vanished file: look again next second
            return
        if news:
            self.look()

    @Slot()
    def look(self) -> Changes | None:
        """Read what is new now and tell the pages; returns it (None when it could not be read:
        the next look reads it)."""
        self._pending.stop()
        try:
            changes = self.feed.take()
        except Exception:  # noqa: BLE001 - nothing is lost: the log is read again next time
            return None
        if changes:
            self.changed.emit(changes)
        return changes

    def stop(self) -> None:
        """No more looks (the window is closing)."""
        self._poll.stop()
        self._pending.stop()
