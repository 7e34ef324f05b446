"""ui.ops.BackgroundOp: the work runs off the GUI thread, its outcome arrives on the GUI
thread, a failure arrives as the exception itself, and an unforeseen one is also logged."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread

from cle_desktop.domain.progress import Cancelled, check_cancelled
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput
from cle_desktop.ui.crash import log_path
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.ops import BackgroundOp, show_failure


def _run(qtbot: Any, op: BackgroundOp) -> list[tuple[str, Any]]:
    got: list[tuple[str, Any]] = []
    op.succeeded.connect(lambda r: got.append(("ok", r)))
    op.failed.connect(lambda e: got.append(("failed", e)))
    op.progressed.connect(lambda d, t: got.append(("progress", (d, t))))
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.start()
    return got


def test_work_runs_in_another_thread_and_reports_on_the_gui_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()
    where: list[int] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        where.append(threading.get_ident())
        progress(1, 2)
        progress(2, 2)
        return "done"

    op = BackgroundOp(work)
    threads: list[bool] = []
    op.progressed.connect(lambda *_: threads.append(QThread.currentThread() is qapp.thread()))
    got = _run(qtbot, op)
    assert where and where[0] != gui
    assert got == [("progress", (1, 2)), ("progress", (2, 2)), ("ok", "done")]
    assert threads == [True, True] and not op.running


def test_a_refusal_arrives_as_the_exception_and_is_said_in_a_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    refusal = InvalidInput(QT_TRANSLATE_NOOP("Errors", "{name} is not a CSV file."), name="x.txt")

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise refusal

    (outcome,) = _run(qtbot, BackgroundOp(work))
    assert outcome == ("failed", refusal)  # the object itself, not a string
    dialogs = ScriptedDialogs()
    assert show_failure(dialogs, None, "Not imported", refusal) == "x.txt is not a CSV file."
    assert dialogs.messages == [("Not imported", "x.txt is not a CSV file.")]


def test_cancel_is_asked_by_the_work_and_no_dialog_follows(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while True:
            check_cancelled(cancelled)

    op = BackgroundOp(work)
    got: list[Any] = []
    op.failed.connect(got.append)
    op.start()
    assert started.wait(5)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.cancel()
    assert isinstance(got[0], Cancelled)
    dialogs = ScriptedDialogs()
    assert show_failure(dialogs, None, "Sync stopped", got[0]) == "Cancelled. Nothing was changed."
    assert dialogs.messages == []


def test_an_unforeseen_error_is_kept_and_written_to_the_error_log(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return {}["missing"]

    (outcome,) = _run(qtbot, BackgroundOp.query(lambda: work(None, None)))
    assert outcome[0] == "failed" and isinstance(outcome[1], KeyError)
    assert "KeyError: 'missing'" in log_path().read_text(encoding="utf-8")


def test_the_demo_is_made_while_the_window_keeps_its_events_going(qtbot) -> None:  # type: ignore[no-untyped-def]
    """First run's "open the demo" (seconds of work) runs as an op behind a busy note: the
    event loop keeps turning meanwhile, the result or the error comes back."""
    import time

    import pytest
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from cle_desktop.ui.launch import run_with_busy_note

    window = QWidget()
    qtbot.addWidget(window)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    assert run_with_busy_note(window, "Making…", lambda: (time.sleep(0.3), "gid")[1]) == "gid"
    timer.stop()
    assert len(ticks) >= 5  # the GUI thread was free while the work ran
    with pytest.raises(InvalidInput):
        run_with_busy_note(window, "Making…", lambda: (_ for _ in ()).throw(InvalidInput("no")))
