"""The GUI report benchmark's child process (``python -m cle_desktop.bench.report_probe DB
GATHERING FORMAT OUT``): the review page on a real database, the real "Export report…" button
clicked, the save dialog answered, and a 10 ms timer on the GUI thread recording the longest gap
between its ticks (an event-loop stall) until the file is written. Prints one JSON line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(db: str, gathering_id: str, fmt: str, out: str) -> None:
    from cle_desktop.ui.launch import _prepare_qt

    _prepare_qt()
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cle_desktop.services import Services
    from cle_desktop.storage.database import Database
    from cle_desktop.ui.dialogs import ScriptedDialogs
    from cle_desktop.ui.review import ReviewPage

    app = QApplication(["cle-desktop"])
    services = Services.over(Database.open(Path(db)))
    dialogs = ScriptedDialogs(save=Path(out))
    page = ReviewPage(services, None, dialogs)
    page.resize(1280, 800)
    page.set_gathering(gathering_id)
    page.show()
    page.format_combo.setCurrentIndex(page.format_combo.findData(fmt))
    page.audience_combo.setCurrentIndex(page.audience_combo.findData("internal"))
    gaps: list[int] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    figures: dict[str, float] = {}
    started = [0.0]

    def click() -> None:
        clock.start()
        timer.start()
        started[0] = time.perf_counter()
        QTest.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    def done(path: str) -> None:
        figures["seconds"] = time.perf_counter() - started[0]
        timer.stop()
        figures["stall_ms"] = float(max(gaps[1:] or [0]))
        figures["bytes"] = Path(path).stat().st_size
        import resource

        # CPU the export took in its child process: on a shared, loaded machine the wall
        # clock above says more about the neighbours than about the export.
        figures["child_cpu_seconds"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        print(json.dumps(figures))
        app.quit()

    def failed(message: str) -> None:
        print(json.dumps({"error": message}))
        app.quit()

    page.exported.connect(done)
    page.export_panel.failed.connect(failed)
    QTimer.singleShot(500, click)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:5])
