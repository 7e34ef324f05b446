"""Long work shows how far it has come and can be cancelled where that is safe, as a person
meets it: the real buttons of the real window, the real database and files.

- A sync import counts changes ("… of 1,234 changes"); Cancel rolls the import back whole
  (the database is byte-for-byte the same dump) and the page says so; importing again works.
- A photo import counts photos; Cancel stops after the photos being read, keeps those and
  says how many were not imported.
- A report export shows its stage and percentage; Cancel kills the child process and leaves
  no file, finished or partial.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from cle_desktop.media import generate_photo
from cle_desktop.services import Services
from tests.journeys.conftest import carry, click_tab

STORIES = 120  # about 1,500 changes: long enough to count, quick to build


def _bundle_with_news(a: Services, b: Services, stick: Path) -> tuple[str, Path]:
    gid = a.gatherings.create("Harvest exchange", host_community="Chimayó")
    carry(a, b, stick)
    for number in range(STORIES):
        b.stories.capture(
            gid, title=f"Story {number}", body=f"The ditch was cleaned in spring {number}."
        )
    return gid, b.sync.export_bundle(stick / "from-b").path


def test_a_sync_import_counts_changes_and_cancel_changes_nothing(
    qtbot: Any, tmp_path: Path, laptop_a: Services, laptop_b: Services, window_on: Any, dialogs
) -> None:
    gid, bundle = _bundle_with_news(laptop_a, laptop_b, tmp_path / "stick")
    before = laptop_a.sync.dump()
    window = window_on(laptop_a, gid)
    click_tab(qtbot, window, "Sync")
    sync = window.page("sync")
    dialogs.files = [bundle]

    # Import, and press Cancel while it is still reading the bundle.
    qtbot.mouseClick(sync.import_button, Qt.MouseButton.LeftButton)
    assert sync.op is not None and sync.progress.isVisible()
    assert sync.progress.cancel_button.isVisible()
    assert not sync.import_button.isEnabled()  # one sync step at a time
    qtbot.mouseClick(sync.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sync.op is None, timeout=60_000)
    assert laptop_a.sync.dump() == before  # rolled back whole
    assert "rolled back" in sync.status_line.text()
    assert not sync.progress.isVisible() and sync.import_button.isEnabled()
    assert not [m for m in dialogs.messages if m[0] == "Sync stopped"]  # a cancel is no error

    # Again, to the end: the counts go up to the bundle's changes, then the laptop's name.
    seen: list[str] = []
    qtbot.mouseClick(sync.import_button, Qt.MouseButton.LeftButton)
    sync.op.progressed.connect(lambda _d, _t: seen.append(sync.progress.text.text()))
    qtbot.waitUntil(lambda: sync.op is None, timeout=60_000)
    assert seen and all(" of " in text and text.endswith(" changes") for text in seen)
    assert laptop_a.stories.count(gid) == STORIES
    assert "from laptop b" in sync.status_line.text()
    peers = sync.peers.model()
    assert "laptop b" in [peers.index(r, 0).data() for r in range(peers.rowCount())]
    assert laptop_b.db.device_id[-12:] not in sync.status_line.text()


def test_a_photo_import_cancelled_keeps_the_photos_read_and_says_so(
    qtbot: Any, tmp_path: Path, laptop_a: Services, window_on: Any, dialogs
) -> None:
    gid = laptop_a.gatherings.create("Photo walk")
    folder = tmp_path / "card"
    folder.mkdir()
    files = [generate_photo(folder / f"walk-{n:02d}.jpg", 640, 480, seed=n) for n in range(40)]
    window = window_on(laptop_a, gid)
    click_tab(qtbot, window, "Photos & artifacts")
    page = window.page("photos")
    dialogs.files = files
    reports: list[Any] = []
    page.importFinished.connect(reports.append)

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    op = page.op
    assert op is not None
    texts: list[str] = []

    def first_count(done: int, _total: int) -> None:  # Cancel as soon as one photo is in
        texts.append(page.progress.text.text())
        if done >= 1 and page.progress.cancel_button.isEnabled():
            qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)

    op.progressed.connect(first_count)
    qtbot.waitUntil(lambda: page.op is None, timeout=120_000)
    assert texts[0].endswith(" of 40 photos")
    (report,) = reports
    kept = {p.original_name for p in laptop_a.photos.photos_for(gid)}
    assert 1 <= len(kept) < 40
    assert kept == {Path(row["item"]).name for row in report.imported}
    assert report.not_started == 40 - len(kept)
    assert page.last_message.startswith("Import cancelled: the photos imported before are kept")
    assert f"{40 - len(kept)} not imported" in page.last_message
    assert page.grid.model().rowCount() == len(kept)  # what was kept is on the page


def test_a_report_export_shows_its_stage_and_cancel_leaves_no_file(
    qtbot: Any, tmp_path: Path, laptop_a: Services, window_on: Any, dialogs
) -> None:
    gid = laptop_a.gatherings.create("Report day")
    person = laptop_a.participants.add(gid, "Rosa Quintana")
    laptop_a.participants.record_consent(person, sharing_level="public", name_use="name")
    for number in range(30):
        laptop_a.stories.capture(
            gid, title=f"Story {number}", body="We clean the ditch.", teller_ids=[person]
        )
    out = tmp_path / "reports" / "day.pdf"
    dialogs.save = out
    window = window_on(laptop_a, gid)
    click_tab(qtbot, window, "Review")
    panel = window.page("review").export_panel

    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isVisible()
    qtbot.waitUntil(lambda: "%" in panel.status.text(), timeout=60_000)  # the child speaks
    assert panel.status.text().endswith("%")
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.op is None, timeout=60_000)
    assert panel.status.text() == "Cancelled. No report was written."
    assert not out.exists()
    assert list(out.parent.glob("*")) == []  # no partial file either
    assert panel.export_button.isEnabled() and not panel.cancel_button.isVisible()
    assert not [m for m in dialogs.messages if m[0] == "The report was not written"]


def test_the_spanish_sync_page_counts_and_names_laptops_in_spanish(
    qtbot: Any,
    tmp_path: Path,
    laptop_a: Services,
    laptop_b: Services,
    window_on: Any,
    dialogs,
    spanish: None,
) -> None:
    from tests.ui.test_spanish_everywhere import english_in, texts_of

    gid, bundle = _bundle_with_news(laptop_a, laptop_b, tmp_path / "stick")
    window = window_on(laptop_a, gid)
    click_tab(qtbot, window, "Sincronización")
    sync = window.page("sync")
    dialogs.files = [bundle]
    seen: list[str] = []
    qtbot.mouseClick(sync.import_button, Qt.MouseButton.LeftButton)
    assert sync.progress.cancel_button.text() == "Cancelar"
    sync.op.progressed.connect(lambda _d, _t: seen.append(sync.progress.text.text()))
    qtbot.waitUntil(lambda: sync.op is None, timeout=60_000)
    assert seen and all(" de " in text and text.endswith(" cambios") for text in seen)
    assert sync.status_line.text().startswith("Se importaron ")
    assert "de laptop b" in sync.status_line.text()
    assert not english_in(texts_of(sync)), english_in(texts_of(sync))
