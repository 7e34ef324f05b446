"""The sync screen merges two laptops through a folder and the conflict view resolves a story
text conflict with the three-way suggestion, saved only when accepted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.pages import PageContext
from cle_desktop.ui.sync_view import SyncPage
from tests.laptops import join_all


def test_sync_folder_and_resolve_a_text_conflict(
    qtbot, services: Services, gathering_id: str, tmp_path: Path
) -> None:
    other = Services.over(Database.open(tmp_path / "laptop2" / "cle.db"))
    join_all([services, other], tmp_path / "invitations")
    base = "Abuela grew chiles. The garden was on 5th street. Kids came every Saturday."
    sid = services.stories.capture(gathering_id, title="Garden", body=base)
    folder = tmp_path / "stick"
    page = SyncPage(PageContext(services, ScriptedDialogs(folder=folder)))
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
    assert page.peers.model().rowCount() == 1


def test_invite_and_join_buttons_show_the_same_pairing_code(
    qtbot, services: Services, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    newcomer = Services.over(Database.open(tmp_path / "laptop2" / "cle.db"))
    request, invitation = tmp_path / "stick" / "join.request", tmp_path / "stick" / "inv"
    host_dialogs = ScriptedDialogs(files=[request], save=invitation)
    new_dialogs = ScriptedDialogs(save=request, files=[invitation])
    host_page, new_page = (
        SyncPage(PageContext(services, host_dialogs)),
        SyncPage(PageContext(newcomer, new_dialogs)),
    )
    for page in (host_page, new_page):
        qtbot.addWidget(page)
        page.refresh()
    fingerprint = newcomer.sync.trust_status().fingerprint
    assert fingerprint in new_page.findChild(type(new_page.trust_line), "trustLine").text()

    def click(page: SyncPage, name: str) -> None:
        button = page.findChild(QPushButton, name)
        assert button is not None and button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    click(new_page, "joinRequestButton")
    assert fingerprint in new_dialogs.messages[-1][1] and request.is_file()
    click(host_page, "inviteButton")
    host_says = host_dialogs.messages[-1][1]
    click(new_page, "joinButton")
    new_says = new_dialogs.messages[-1][1]
    code = host_says.rsplit(" ", 1)[-1]
    assert len(code) == 19 and new_says.endswith(code)
    assert "2 laptops" in host_page.trust_line.text() and "2 laptops" in new_page.trust_line.text()
    assert not new_page.findChild(QPushButton, "joinButton").isEnabled()  # joined now
    # a second join with the same invitation on a third laptop is refused with a sentence
    third = Services.over(Database.open(tmp_path / "laptop3" / "cle.db"))
    third_dialogs = ScriptedDialogs(files=[invitation])
    third_page = SyncPage(PageContext(third, third_dialogs))
    qtbot.addWidget(third_page)
    third_page.refresh()
    click(third_page, "joinButton")
    assert "made for another laptop" in third_dialogs.messages[-1][1]
