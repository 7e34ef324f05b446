"""One way to run a service call off the GUI thread (Anki's ``CollectionOp``/``QueryOp``).

:class:`BackgroundOp` runs ``fn(progress, cancelled)`` in Qt's thread pool; ``progress`` and
``cancelled`` are plain callables (services never see Qt). What comes back arrives on the GUI
thread as queued signals: ``progressed(done, total)``, ``succeeded(result)`` or
``failed(exception)``. The exception *object* is kept, so a caller can tell a cancel
(:class:`~cle_desktop.domain.progress.Cancelled`) from a refusal, and :func:`show_failure`
turns it into the sentence of ``readable(exc)`` through the dialog service. An error nobody
foresaw (not a phrase error) is also written to the error log with its traceback.

Cancel only sets a flag the work asks at the points where stopping is safe; where it is not
safe, the caller does not offer Cancel.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from cle_desktop.domain.phrases import PhraseError
from cle_desktop.domain.progress import CancelCheck, Cancelled, Progress
from cle_desktop.ui.messages import readable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cle_desktop.ui.dialogs import DialogService

__all__ = ["BackgroundOp", "Work", "is_cancel", "show_failure"]

Work = Callable[[Progress, CancelCheck], Any]

# Ops still running, so neither they nor their runnable are collected mid-flight.
_RUNNING: set[BackgroundOp] = set()


class _Runner(QRunnable):
    def __init__(self, op: BackgroundOp):
        super().__init__()
        self.op = op
        self.setAutoDelete(False)  # the op holds it until the work ends

    def run(self) -> None:
        self.op.execute()


class BackgroundOp(QObject):
    """``fn(progress, cancelled)`` in a worker thread; outcome as signals on the GUI thread.

    ::

        op = BackgroundOp(lambda progress, cancelled: service.import_files(..., progress,
                          cancelled), parent=self)
        op.progressed.connect(bar.set_counts)
        op.succeeded.connect(self.imported)
        op.failed.connect(lambda exc: show_failure(self.dialogs, self, title, exc))
        op.start()
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception itself
    finished = Signal()  # after succeeded or failed (and their slots), whichever it was

    def __init__(self, fn: Work, parent: QObject | None = None):
        # No Qt parent: a page closed while its op runs must not delete the object the worker
        # thread still emits through. The op lives (in _RUNNING) until its work ends.
        super().__init__()
        self.owner = parent
        self.fn = fn
        self._cancel = threading.Event()
        self.running = False
        self._runner: _Runner | None = None
        # ``finished`` is emitted after the outcome, so it reaches every slot after theirs
        self.finished.connect(self._ended)

    @classmethod
    def query(cls, fn: Callable[[], Any], parent: QObject | None = None) -> BackgroundOp:
        """An op for a call without progress or Cancel (a read, a save)."""
        return cls(lambda _progress, _cancelled: fn(), parent)

    def start(self) -> BackgroundOp:
        self.running = True
        _RUNNING.add(self)
        self._runner = _Runner(self)
        QThreadPool.globalInstance().start(self._runner)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point (it may finish first)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def execute(self) -> None:
        """The work itself, in the calling thread (the pool's, after :meth:`start`)."""
        try:
            result = self.fn(self.progressed.emit, self.is_cancelled)
        except Exception as exc:  # kept as it is: the GUI thread says it in words
            if not isinstance(exc, PhraseError):
                _log(exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        self.finished.emit()

    def _ended(self) -> None:
        self.running = False
        _RUNNING.discard(self)


def is_cancel(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled)


def show_failure(
    dialogs: DialogService, parent: QWidget | None, title: str, exc: BaseException
) -> str:
    """Tell the person what went wrong, in their language; a cancel is no failure and is not
    put in a dialog. Returns the sentence (for a status line)."""
    text = readable(exc)
    if not is_cancel(exc):
        dialogs.warn(parent, title, text)
    return text


def _log(exc: BaseException) -> None:
    """An unforeseen error: its traceback to the error log (and the terminal, if any)."""
    from cle_desktop.ui.crash import write_log

    try:
        write_log(type(exc), exc, exc.__traceback__)
    except OSError:
        pass
    sys.__excepthook__(type(exc), exc, exc.__traceback__)
