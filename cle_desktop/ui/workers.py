"""Running slow service calls off the GUI thread (Anki's CollectionOp pattern).

A :class:`Task` runs a plain Python callable in the global QThreadPool and delivers its result
or its error back on the GUI thread through signals. Services never see Qt.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from cle_desktop.ui.messages import readable


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """``fn(progress=..., cancelled=...)`` in a worker thread; results come back as signals."""

    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False):
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = TaskSignals()
        self._cancelled = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(progress=self.signals.progress.emit, cancelled=self.is_cancelled)
            else:
                result = self.fn()
        except Exception as exc:  # shown to the person as a sentence
            traceback.print_exc()
            self.signals.failed.emit(readable(exc))
            return
        self.signals.finished.emit(result)

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self)
        return self
