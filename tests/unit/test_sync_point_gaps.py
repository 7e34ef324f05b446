"""A sync-point folder never skips a bundle because a later one from another laptop arrived
first: version vectors count only the unbroken run of each device's entries."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from cle_desktop.services import Services
from cle_desktop.storage.models import Change
from tests.laptops import joined_laptop


def laptop(tmp_path: Path, name: str) -> Services:
    """A laptop joined to the test's one gathering (the first is its host)."""
    return joined_laptop(tmp_path, name, own_state=True)


def ids(s: Services) -> set[str]:
    with s.db.read() as session:
        return set(session.scalars(select(Change.id)))


def test_news_bundle_read_before_the_bundle_it_follows_does_not_hide_it(tmp_path: Path) -> None:
    d, lap, m = laptop(tmp_path, "d"), laptop(tmp_path, "l"), laptop(tmp_path, "m")
    d.gatherings.create("Gaps")
    folder = tmp_path / "stick" / "point"
    d.sync.sync_folder(folder)  # D's first bundle: the gathering
    lap.sync.sync_folder(folder)
    d.gatherings.create("Second day")  # new rows that build on nothing earlier
    # L gets D's news by a direct bundle (not through the folder) and leaves it in the folder.
    lap.sync.import_bundle(d.sync.export_bundle(tmp_path / "direct").path)
    lap.sync.sync_folder(folder)
    # M sees L's bundle first (rename it so it sorts first) and must still take D's first one.
    moved = 0
    for path in folder.glob("cle-*.clebundle"):
        if d.db.device_id[-12:] not in path.name:
            moved += 1
            shutil.move(path, folder / ("cle-000000000000" + path.name[len("cle-000000000000") :]))
    assert moved == 1  # the renaming really happened
    m.sync.sync_folder(folder)
    assert ids(m) == ids(d) == ids(lap)
    assert m.sync.dump() == d.sync.dump()
