"""Composition root: settings -> database -> services -> main window.

The Qt half lives in ``cle_desktop.ui.launch`` (PySide6 is imported only under ``ui/``); this
module is what the command line calls with no subcommand.
"""

from __future__ import annotations

from pathlib import Path


def run_gui(db_path: Path) -> int:
    from cle_desktop.ui.launch import run_gui as launch

    return launch(db_path)
