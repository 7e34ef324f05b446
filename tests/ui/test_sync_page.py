"""The sync screen merges two laptops through a folder and the conflict view resolves a story
text conflict with the three-way suggestion, saved only when accepted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.sync_view import SyncPage


def test_sync_folder_and_resolve_a_text_conflict(
    qtbot, services: Services, gathering_id: str, tmp_path: Path
) -> None:
    other = Services.over(Database.open(tmp_path / "laptop2" / "cle.db"))
    base = "Abuela grew chiles. The garden was on 5th street. Kids came every Saturday."
    sid = services.stories.capture(gathering_id, title="Garden", body=base)
    folder = tmp_path / "stick"
    page = SyncPage(services, None, ScriptedDialogs(folder=folder))
    qtbot.addWidget(page)
    page.set_gathering(gathering_id)
    with qtbot.waitSignal(page.synced, timeout=30000):
        page.sync_folder()
    other.sync.sync_folder(folder)
    services.stories.edit(sid, body=base.replace("chiles.", "chiles and corn."))
    other.stories.edit(sid, body=base.replace("Kids came", "Kids and elders came"))
    other.sync.sync_folder(folder)
    with qtbot.waitSignal(page.synced, timeout=30000):
        page.sync_folder()
    panel = page.conflicts
    assert len(panel.items) == 1
    assert "corn" in panel.merged.toPlainText() and "elders" in panel.merged.toPlainText()
    assert services.stories.get(sid).body != panel.merged.toPlainText()  # not saved yet
    qtbot.mouseClick(panel.accept_merge, Qt.MouseButton.LeftButton)
    assert (
        services.stories.get(sid).body
        == "Abuela grew chiles and corn. The garden was on 5th street. Kids and elders came every Saturday."
    )
    assert services.sync.conflicts() == []
    assert page.peers.rowCount() == 1
