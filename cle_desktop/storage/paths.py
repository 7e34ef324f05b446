"""Where the database lives by default, without importing the database layer (the command
line and the window need the path before SQLAlchemy has loaded)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def default_db_path() -> Path:
    """``--db`` > ``CLE_DESKTOP_DB`` > the user data dir (platformdirs)."""
    env = os.environ.get("CLE_DESKTOP_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("cle-desktop")) / "cle.db"
