"""Text that the database could not take is written to a plain file, never dropped.

This happens only at start-up: a note-taker may type while the database is still opening, and
that database may then fail to open (a damaged file, a full disk) or the window may be closed
before it opened. The file is UTF-8 text a person can open in any editor.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


def keep_unsaved_text(title: str, body: str, directory: Path | None = None) -> Path:
    """Write ``title`` and ``body`` to a new file under ``directory`` (the state dir's
    ``unsaved`` folder by default) and return its path."""
    if directory is None:
        from cle_desktop.sync.device import state_dir

        directory = state_dir() / "unsaved"
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = directory / f"story-{stamp}.txt"
    n = 1
    while path.exists():
        n += 1
        path = directory / f"story-{stamp}-{n}.txt"
    path.write_text(f"{title}\n\n{body}\n" if title.strip() else f"{body}\n", encoding="utf-8")
    return path
