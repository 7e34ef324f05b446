"""Start-up typing is journalled, and a killed start's journal becomes a story next time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cle_desktop.services.rescue import EarlyJournal, write_copy


def test_a_journal_left_by_a_dead_window_is_read_once(tmp_path: Path) -> None:
    # A real process that journals and is gone: its pid is dead when we look.
    code = (
        "import sys; from pathlib import Path; from cle_desktop.services.rescue import EarlyJournal;"
        "j = EarlyJournal.start(Path(sys.argv[1])); j.write('T', 'first'); j.write('T', 'first words')"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True)
    # A line cut short by the kill is skipped: the last complete one is the text.
    [journal] = tmp_path.glob("typing-*.jsonl")
    with open(journal, "a", encoding="utf-8") as handle:
        handle.write('{"title": "T", "body": "first words and mo')
    assert list(EarlyJournal.left_behind(tmp_path)) == [("T", "first words")]
    assert list(EarlyJournal.left_behind(tmp_path)) == []


def test_this_windows_own_journal_is_not_taken(tmp_path: Path) -> None:
    journal = EarlyJournal.start(tmp_path)
    journal.write("", "still typing")
    assert list(EarlyJournal.left_behind(tmp_path)) == []
    journal.close()
    assert not journal.path.exists()


def test_a_copy_replaces_its_file_whole(tmp_path: Path) -> None:
    path = write_copy("Title", "one", directory=tmp_path)
    write_copy("Title", "one two", path=path)
    assert path.read_text(encoding="utf-8") == "Title\n\none two\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
