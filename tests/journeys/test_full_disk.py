"""A full disk never loses typing while the window is open (issue 12), on a real small disk."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cle_desktop.services import Services
from cle_desktop.storage.database import Database


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MB filesystem (tmpfs), so SQLite meets a real "database or disk is full"."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here (needs root): {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte; returns the filler file."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError:
                    break
    finally:
        os.close(fd)
    return filler


def test_typing_on_a_full_disk_stays_in_the_window_goes_to_a_copy_and_saves_when_room_returns(
    qtbot: Any, tmp_path: Path, small_disk: Path, window_on: Any, dialogs: Any
) -> None:
    db = Database.open(small_disk / "cle.db", state_dir=tmp_path / "state")
    services = Services.over(db)
    gid = services.gatherings.create("Full disk day")
    window = window_on(services, gid)
    desk = window.desk
    filler = fill(small_disk)
    qtbot.keyClicks(desk.editor, "Words typed while the disk is full.")
    qtbot.waitUntil(lambda: desk.save_problem.isVisible(), timeout=5000)
    assert "disk is full" in desk.save_problem.text()
    assert desk.editor.toPlainText() == "Words typed while the disk is full."
    assert "Saved" not in window.statusBar().currentMessage()
    # After repeated failures the text is also in a plain file on a disk that has room.
    unsaved = Path(os.environ["CLE_DESKTOP_STATE_DIR"]) / "unsaved"
    qtbot.waitUntil(lambda: any(unsaved.glob("story-*.txt")), timeout=10_000)
    [copy] = unsaved.glob("story-*.txt")
    assert "Words typed while the disk is full." in copy.read_text(encoding="utf-8")
    # Room comes back: the next retry saves, and the warning goes.
    filler.unlink()
    qtbot.waitUntil(lambda: not desk.save_problem.isVisible(), timeout=10_000)
    assert services.stories.get(desk.story_id).body == "Words typed while the disk is full."
    assert window.statusBar().currentMessage().startswith("Saved")


def test_quit_on_a_full_disk_keeps_the_text_in_a_file_and_says_where(
    qtbot: Any, tmp_path: Path, small_disk: Path, window_on: Any, dialogs: Any
) -> None:
    db = Database.open(small_disk / "cle.db", state_dir=tmp_path / "state")
    services = Services.over(db)
    gid = services.gatherings.create("Quit on a full disk")
    window = window_on(services, gid)
    fill(small_disk)
    qtbot.keyClicks(window.desk.editor, "Last words before closing.")
    window.close()
    titles = [title for title, _ in dialogs.messages]
    assert "Text kept" in titles
    text = dict(dialogs.messages)["Text kept"]
    path = Path(text.rsplit("it is in ", 1)[1])
    assert "Last words before closing." in path.read_text(encoding="utf-8")
    db.close()
