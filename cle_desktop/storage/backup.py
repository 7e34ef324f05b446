"""Online backups with SQLite's backup API: consistent even while the app is writing.

A backup is written to ``<name>.partial``, made durable, then renamed: a backup that exists is
whole. When writing fails (a full stick, a full disk, a yanked cable) the partial file is
removed and :class:`BackupFailed` says why in a sentence; SQLite's own errors are not
``OSError`` and used to end the ``backup`` command in a traceback. The source is read
through :func:`~cle_desktop.storage.readonly.connect_for_reading`, so a database whose own
disk is full can still be backed up to another drive.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from cle_desktop.storage.readonly import (
    ReadOnlyOpenError,
    connect_for_reading,
    is_no_space,
    no_space_sentence,
)


class BackupFailed(OSError):
    """A backup could not be made; ``strerror`` is the sentence (nothing partial is left)."""


def backup_file(source: Path, dest: Path) -> Path:
    """Copy a live database to ``dest`` (a new file) page by page; returns ``dest``."""
    source, dest = Path(source), Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        src = connect_for_reading(source)
    except ReadOnlyOpenError as exc:
        raise BackupFailed(errno.EIO, str(exc).rstrip(".")) from exc
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
        _fsync(tmp)
        tmp.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        _remove(tmp)
        if is_no_space(exc) or _nearly_full(dest, source):
            raise BackupFailed(errno.ENOSPC, no_space_sentence(dest, _size(source))) from exc
        raise BackupFailed(
            getattr(exc, "errno", None) or errno.EIO, getattr(exc, "strerror", None) or str(exc)
        ) from exc
    finally:
        src.close()
    return dest


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _nearly_full(dest: Path, source: Path) -> bool:
    """SQLite reports a full disk as "disk I/O error" at some steps: ask the disk itself."""
    from cle_desktop.storage.readonly import free_bytes

    free, needed = free_bytes(dest), _size(source)
    return free is not None and needed is not None and free < needed


def timestamped_backup(source: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = source.with_name(f"{source.stem}.{reason}-{stamp}{source.suffix or '.db'}")
    return backup_file(source, dest)


def integrity_check(path: Path, quick: bool = False) -> list[str]:
    """Problems SQLite finds in the file; ``[]`` when it reports ok (also on a full disk)."""
    conn = connect_for_reading(Path(path))
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows
