"""Cyclic garbage holding Qt objects dies on the GUI thread, never in a worker thread (where
Qt cannot stop its timers, and a later tick crashes the window)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer

from cle_desktop.ui.gui_collector import collecting


def test_a_window_collects_on_the_gui_thread_only(qtbot: Any, window: Any) -> None:
    assert collecting() and not gc.isenabled()
    died_in: list[int] = []

    class Holder:
        pass

    holder = Holder()
    holder.me = holder  # a cycle: only the collector can free it
    holder.timer = QTimer()
    holder.timer.start(10_000)  # a running timer, as a popup or a view has
    holder.marker = QObject()
    holder.marker.destroyed.connect(
        lambda *_: died_in.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    del holder

    def allocate() -> None:  # a worker's work: enough to cross every threshold many times
        junk = []
        for _ in range(200_000):
            junk.append([[]])
        del junk

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert died_in == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: died_in != [], timeout=10_000)
    assert died_in == [threading.get_ident()]
