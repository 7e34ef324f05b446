"""Where the app keeps its files on this laptop: the database by default, and the state folder
(device identity, the error log). Light on purpose: the command line and the window need these
paths before the database layer has loaded, and neither reaches into ``storage`` for them."""

from __future__ import annotations

from pathlib import Path

__all__ = ["default_db_path", "error_log_path"]


def default_db_path() -> Path:
    """``CLE_DESKTOP_DB`` or the user data dir (``--db`` is the command line's own)."""
    from cle_desktop.storage.paths import default_db_path as path

    return path()


def error_log_path() -> Path:
    """The log unexpected errors of the window are written to (``ui.crash``), in the state
    folder beside the device identity (``CLE_DESKTOP_STATE_DIR`` overrides it)."""
    from cle_desktop.storage.device import state_dir

    return state_dir() / "logs" / "errors.log"
