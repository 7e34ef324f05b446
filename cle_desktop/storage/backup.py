"""Online backups with SQLite's backup API: consistent even while the app is writing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_file(source: Path, dest: Path) -> Path:
    """Copy a live database to ``dest`` (a new file) page by page; returns ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def timestamped_backup(source: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = source.with_name(f"{source.stem}.{reason}-{stamp}{source.suffix or '.db'}")
    return backup_file(source, dest)


def integrity_check(path: Path, quick: bool = False) -> list[str]:
    """Problems SQLite finds in the file; ``[]`` when it reports ok."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows
