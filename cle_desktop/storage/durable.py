"""Making a new file name survive a power cut: after ``os.replace`` the folder's entry itself
must reach the disk (POSIX), or the rename can be lost with the data safe behind it."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    """Flush a folder's entries to the disk; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
