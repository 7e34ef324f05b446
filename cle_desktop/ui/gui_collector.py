"""Cyclic garbage is collected on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a threshold is crossed.
A Qt object that only a Python reference cycle keeps alive (a closed dialog, a finished
background op, a replaced completer) then dies in a worker thread, where Qt cannot stop its
timers; one fires later on freed memory and the window crashes (seen as a segfault in the
journeys, in ``QTimerInfoList::activateTimers``). So automatic collection is switched off and
a timer on the GUI thread collects instead, generation by generation as the thresholds say:
the remedy pyqtgraph's ``GarbageCollector`` uses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
NAME = "guiCollector"


class GuiCollector(QObject):
    """A child of the application: collects on its timer, in the GUI thread."""

    def __init__(self, app: QObject):
        super().__init__(app)
        self.setObjectName(NAME)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return 0
        generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 1
            if counts[2] > self.thresholds[2]:
                generation = 2
        return gc.collect(generation)


def collect_on_gui_thread() -> None:
    """From now on, collect only here (once per application; later calls do nothing)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    gc.disable()
    if app.findChild(GuiCollector, NAME) is None:
        GuiCollector(app)


def collecting() -> bool:
    """Whether the GUI thread's collector is running (and the automatic one off)."""
    app = QCoreApplication.instance()
    found = app.findChild(GuiCollector, NAME) if app is not None else None
    return found is not None and found.timer.isActive() and not gc.isenabled()
