"""The database file as the command line reaches it (``services.database_file``): search from
the shell reads the file without the database layer, and falls back to opening it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cle_desktop.services import Services
from cle_desktop.services.database_file import (
    check_database,
    search_database,
    services_for_reading,
)


def test_search_reads_the_file_as_the_search_service_does(
    services: Services, gathering_id: str
) -> None:
    sid = services.stories.capture(gathering_id, title="Abuela's garden", body="Corn and beans.")
    hits = search_database(services.db.path, "abuela's", gathering_id)
    assert [h.row_id for h in hits] == [sid]
    assert hits == services.search.search("abuela's", gathering_id, limit=20)


def test_search_of_a_file_not_made_yet_opens_it_as_every_command_does(tmp_path: Path) -> None:
    path = tmp_path / "new" / "cle.db"
    assert search_database(path, "garden") == []
    assert path.is_file() and check_database(path).problems == ()


def test_the_read_only_search_does_not_load_the_database_layer(
    services: Services, gathering_id: str
) -> None:
    services.stories.capture(gathering_id, title="River", body="The acequia.")
    code = (
        "import sys; from pathlib import Path;"
        "from cle_desktop.services.database_file import search_database;"
        f"hits = search_database(Path({str(services.db.path)!r}), 'acequia');"
        "print(len(hits), 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False"]


def test_services_for_reading_on_a_disk_with_room_can_write(services: Services) -> None:
    reading = services_for_reading(services.db.path)
    gid = reading.gatherings.create(title="Second gathering")
    assert reading.gatherings.get(gid).title == "Second gathering"
