"""Every editor names the version it loaded (issue 12, item 1), driven like a person: a tag's
linked asset, a story's tellers and an artifact's meaning are being edited on laptop A when
laptop B's edit of the same thing arrives by bundle. A's save keeps both: a conflict to review
for a field, both people for tellers; never an overwrite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from cle_desktop.services import Services
from tests.journeys.conftest import carry, click_story, click_tab


def _select_row(qtbot: Any, widget: Any, row: int) -> None:
    index = widget.model().index(row, 0)
    widget.scrollTo(index)
    rect = widget.visualRect(index)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_an_asset_link_typed_while_another_arrives_keeps_both(
    qtbot: Any, tmp_path: Path, laptop_a: Services, laptop_b: Services, window_on: Any
) -> None:
    stick = tmp_path / "stick"
    gid = laptop_a.gatherings.create("Seed swap")
    sid = laptop_a.stories.capture(gid, title="Beans", body="Rosa keeps bean seeds.")
    tag = laptop_a.tags.tag_passage(sid, 10, 20, "asset")
    carry(laptop_a, laptop_b, stick)
    window = window_on(laptop_a, gid)
    desk = window.desk
    click_story(qtbot, desk, sid)
    _select_row(qtbot, desk.tag_list, 0)
    desk.asset_edit.setFocus()
    qtbot.keyClicks(desk.asset_edit, "Seed library")
    # Laptop B links the same tag to another asset; its bundle arrives while A types.
    laptop_b.tags.link_asset(tag, laptop_b.assets.create(gid, "Rosa's garden", "asset"))
    carry(laptop_b, laptop_a, stick)
    qtbot.waitUntil(
        lambda: "Rosa's garden" in desk.tag_list.model().index(0, 0).data(), timeout=3000
    )
    assert desk.asset_edit.text() == "Seed library"  # A's typing is left alone
    qtbot.keyClick(desk.asset_edit, Qt.Key.Key_Return)
    [conflict] = laptop_a.sync.conflicts()
    assert (conflict.entity, conflict.row_id, conflict.field) == ("tag", tag, "asset_id")
    names = {a.id: a.name for a in laptop_a.assets.inventory(gid)}
    assert {names[v] for v in conflict.values} == {"Seed library", "Rosa's garden"}
    # Choosing a category afterwards is made against what A now shows: no new conflict.
    combo = desk.category_combo
    combo.setCurrentIndex(combo.findData("physical"))
    combo.activated.emit(combo.currentIndex())
    assert len(laptop_a.sync.conflicts()) == 1
    window.action("undo").trigger()  # the category
    window.action("undo").trigger()  # the link: back to the asset B linked
    assert laptop_a.tags.for_story(sid)[0].asset_name == "Rosa's garden"


def test_tellers_typed_while_another_laptop_adds_one_keep_both(
    qtbot: Any, tmp_path: Path, laptop_a: Services, laptop_b: Services, window_on: Any
) -> None:
    stick = tmp_path / "stick"
    gid = laptop_a.gatherings.create("Seed swap")
    sid = laptop_a.stories.capture(gid, title="Beans", body="Rosa keeps bean seeds.")
    laptop_a.tellers.set_teller_names(sid, ["Rosa"])
    carry(laptop_a, laptop_b, stick)
    window = window_on(laptop_a, gid)
    desk = window.desk
    click_story(qtbot, desk, sid)
    assert desk.tellers_edit.text() == "Rosa"
    desk.tellers_edit.setFocus()
    desk.tellers_edit.end(False)
    qtbot.keyClicks(desk.tellers_edit, ", Ana")
    laptop_b.tellers.set_teller_names(sid, ["Rosa", "Luis"])
    carry(laptop_b, laptop_a, stick)
    qtbot.wait(300)  # the desk follows the import; the field being typed in is left alone
    assert desk.tellers_edit.text() == "Rosa, Ana"
    qtbot.keyClick(desk.tellers_edit, Qt.Key.Key_Tab)  # leaving the field saves it
    assert sorted(laptop_a.tellers.of(sid).names) == ["Ana", "Luis", "Rosa"]
    assert sorted(desk.tellers_edit.text().split(", ")) == ["Ana", "Luis", "Rosa"]
    assert "Ana" in desk.consent_label.text() and "Luis" in desk.consent_label.text()
    assert laptop_a.sync.conflicts() == []


def test_an_artifact_meaning_typed_while_another_arrives_keeps_both(
    qtbot: Any, tmp_path: Path, laptop_a: Services, laptop_b: Services, window_on: Any
) -> None:
    stick = tmp_path / "stick"
    gid = laptop_a.gatherings.create("Seed swap")
    art = laptop_a.artifacts.create(gid, "Grandmother's basket", meaning="For the harvest")
    carry(laptop_a, laptop_b, stick)
    window = window_on(laptop_a, gid)
    click_tab(qtbot, window, "Photos & artifacts")
    page = window.photos
    panel = page.artifacts
    page.side.setCurrentWidget(panel.parentWidget())
    _select_row(qtbot, panel.list, 0)
    assert panel.current_artifact() == art
    panel.meaning_edit.setFocus()
    panel.meaning_edit.selectAll()
    qtbot.keyClicks(panel.meaning_edit, "Woven by her mother in 1950")
    laptop_b.artifacts.update(art, meaning="Carried corn to the plaza")
    carry(laptop_b, laptop_a, stick)
    qtbot.wait(300)  # the page follows the import; the field being typed in is left alone
    assert panel.meaning_edit.text() == "Woven by her mother in 1950"
    qtbot.keyClick(panel.meaning_edit, Qt.Key.Key_Tab)
    [conflict] = laptop_a.sync.conflicts()
    assert (conflict.entity, conflict.row_id, conflict.field) == ("artifact", art, "meaning")
    assert set(conflict.values) == {"Woven by her mother in 1950", "Carried corn to the plaza"}
    # Leaving the name field, untouched, writes nothing.
    panel.name_edit.setFocus()
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Tab)
    assert len(laptop_a.sync.conflicts()) == 1
    assert laptop_a.artifacts.get(art).name == "Grandmother's basket"
