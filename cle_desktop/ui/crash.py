"""An unexpected error in the window becomes a sentence and a log file, never a silent loss.

PySide6 hands exceptions raised in slots to ``sys.excepthook``; by default they are printed to
a terminal the person does not have. Here they go to ``<state dir>/logs/errors.log`` with the
traceback, and the person is told once, in words, that their work is kept and where the
details are (for whoever helps them).
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any


def log_path() -> Path:
    from cle_desktop.services.locations import error_log_path

    return error_log_path()


def write_log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
        handle.write("".join(traceback.format_exception(kind, error, tb)))
    return path


def install(window: Any) -> None:
    """Route uncaught errors to the log and a message on ``window`` (once per kind of error)."""
    told: set[str] = set()

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        try:
            path: Path | None = write_log(kind, error, tb)
        except OSError:
            path = None
        sys.__excepthook__(kind, error, tb)
        key = f"{kind.__name__}:{tb.tb_frame.f_code.co_name if tb else ''}"
        if key in told:
            return
        told.add(key)
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong inside CLE Desktop ({0}). What is saved stays saved, and the "
            "story you are typing is still in the window.",
        ).format(kind.__name__)
        if path is not None:
            text += " " + QCoreApplication.translate(
                "Crash", "The details for whoever helps you are in {0}"
            ).format(path)
        try:
            window.dialogs.warn(
                window, QCoreApplication.translate("Crash", "Unexpected error"), text
            )
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            pass

    sys.excepthook = hook
