"""A real small disk for fault runs and tests: a tmpfs mount (needs root / CAP_SYS_ADMIN).

A full disk has to be a real one: SQLite's wal-index, Pillow's writes and ``fsync`` each meet
``ENOSPC`` differently, and an injected error shows none of that.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path


class NoSmallDisk(Exception):
    """This machine (or user) cannot mount one; the message says why."""


@contextlib.contextmanager
def small_disk(where: Path, megabytes: int = 20) -> Iterator[Path]:
    """Mount a ``megabytes`` tmpfs on ``where`` (made if needed) for the ``with`` block."""
    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        raise NoSmallDisk("there is no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise NoSmallDisk(f"mount refused: {done.stderr.strip() or done.returncode}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` until ``leave`` bytes are free (0: nothing at all); returns the filler."""
    filler = disk / f".filler-{os.getpid()}"
    free = shutil.disk_usage(disk).free - leave
    if free > 0:
        with open(filler, "ab") as fh:
            os.posix_fallocate(fh.fileno(), fh.tell(), free)
    with open(filler, "ab") as fh:  # what fallocate's rounding left, a block at a time
        while shutil.disk_usage(disk).free > leave:
            try:
                fh.write(b"\0" * min(4096, shutil.disk_usage(disk).free - leave))
                fh.flush()
            except OSError:
                break
    return filler


def free(disk: Path) -> int:
    return shutil.disk_usage(disk).free
