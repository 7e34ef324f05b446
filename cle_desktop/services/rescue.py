"""Text that the database could not take is written to a plain file, never dropped.

Two moments need this: start-up, when a note-taker types while the database is still opening
(the text is journalled within a second, so even a killed start loses at most that second),
and a save that fails (a full disk, a locked or damaged file), when the open text is copied to
the unsaved folder while the desk keeps retrying. The copies are UTF-8 text a person can open
in any editor.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path


def unsaved_dir() -> Path:
    """Where copies a person may open live."""
    from cle_desktop.storage.device import state_dir

    return state_dir() / "unsaved"


def journal_dir() -> Path:
    """Where start-up typing is journalled (not for people: it becomes a story)."""
    from cle_desktop.storage.device import state_dir

    return state_dir() / "journal"


def _new_path(directory: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = directory / f"story-{stamp}.txt"
    n = 1
    while path.exists():
        n += 1
        path = directory / f"story-{stamp}-{n}.txt"
    return path


def write_copy(
    title: str, body: str, *, directory: Path | None = None, path: Path | None = None
) -> Path:
    """Write ``title`` and ``body`` to ``path`` (replacing it) or a new file under
    ``directory`` (the unsaved folder by default), flushed to the disk; returns the path."""
    if path is None:
        directory = directory or unsaved_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = _new_path(directory)
    text = f"{title}\n\n{body}\n" if title.strip() else f"{body}\n"
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return path


def keep_unsaved_text(title: str, body: str, directory: Path | None = None) -> Path:
    """Write ``title`` and ``body`` to a new file under ``directory`` (the state dir's
    ``unsaved`` folder by default) and return its path."""
    return write_copy(title, body, directory=directory)


class EarlyJournal:
    """What is typed before the database opens, appended and flushed as it grows.

    One file per running window (named by process id); the last complete line is the text.
    A start that is killed leaves its file behind, and the next start makes it a story
    (:meth:`left_behind`). The file's place is worked out at the first write, not when the
    window starts: finding the state folder imports ``platformdirs`` and the device module
    (about 10 ms), which the first paint of the window should not wait for.
    """

    def __init__(self, path: Path | None = None, directory: Path | None = None) -> None:
        self._path = path
        self._directory = directory

    @classmethod
    def start(cls, directory: Path | None = None) -> EarlyJournal:
        return cls(directory=directory)

    @property
    def path(self) -> Path:
        """The journal file (named by process id, in the state folder unless told)."""
        if self._path is None:
            directory = self._directory or journal_dir()
            self._path = directory / f"typing-{os.getpid()}.jsonl"
        return self._path

    def write(self, title: str, body: str) -> None:
        """Append the whole text as one line and fsync it (short: this is the first seconds)."""
        import json  # on the first write, not at start-up

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            line = json.dumps({"title": title, "body": body}, ensure_ascii=False) + "\n"
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            pass  # the text is still in the window; the journal is only the safety net

    def close(self) -> None:
        """The text is in the database now: the journal is no longer needed."""
        if self._path is None:
            return  # never written: there is no file
        try:
            self._path.unlink()
        except OSError:
            pass

    @staticmethod
    def left_behind(directory: Path | None = None) -> Iterator[tuple[str, str]]:
        """(title, body) of journals whose window is gone; each file is removed once read."""
        directory = directory or journal_dir()
        try:
            files = sorted(directory.glob("typing-*.jsonl"))
        except OSError:
            return
        for path in files:
            pid = path.stem.removeprefix("typing-")
            if pid.isdigit() and (int(pid) == os.getpid() or _alive(int(pid))):
                continue
            text = _last_entry(path)
            if text is not None and (text[0].strip() or text[1].strip()):
                yield text
            try:
                path.unlink()
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _last_entry(path: Path) -> tuple[str, str] | None:
    import json

    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # the line the kill cut short
        if isinstance(entry, dict):
            return str(entry.get("title", "")), str(entry.get("body", ""))
    return None
