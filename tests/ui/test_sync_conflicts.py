"""Conflict review for a delete that crossed an edit, and for three laptops disagreeing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.conflicts_view import ConflictsPanel
from tests.laptops import joined_laptop


def laptop(tmp_path: Path, name: str) -> Services:
    """A laptop joined to the test's one gathering (the first is its host)."""
    return joined_laptop(tmp_path, name, own_state=True)


def test_delete_vs_edit_offers_confirm_or_restore_and_restore_keeps_the_edit(
    qtbot, tmp_path: Path
) -> None:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    g = a.gatherings.create("Delete crossing an edit")
    sid = a.stories.capture(g, title="Library van", body="The bookmobile came on Tuesdays.")
    stick = tmp_path / "stick"
    b.sync.import_bundle(a.sync.export_bundle(stick).path)
    a.stories.delete(sid)
    b.stories.edit(sid, body="The bookmobile came on Tuesdays and Thursdays.")
    a.sync.import_bundle(b.sync.export_bundle(stick).path)

    panel = ConflictsPanel(a)
    qtbot.addWidget(panel)
    panel.refresh()
    assert [c.kind for c in panel.items] == ["delete-vs-edit"]
    assert panel.pages.currentWidget() is not panel.empty  # the comparison shows
    assert (
        panel.list.model().index(0, 0).data()
        == (
            "“Library van” — Story: deleted on this laptop, edited on laptop b"  # the name b was given when it joined
        )
    )
    assert (
        panel.keep_left.text() == "Confirm the delete"
        and panel.keep_right.text() == "Restore it with the edits"
    )
    assert panel.accept_merge.isHidden()
    assert "Thursdays" in panel.right.toPlainText()
    qtbot.mouseClick(panel.keep_right, Qt.MouseButton.LeftButton)
    assert panel.items == []
    assert panel.pages.currentWidget() is panel.empty  # nothing left: a sentence, no boxes
    story = a.stories.get(sid)
    assert not story.deleted and story.body.endswith("Thursdays.")


def test_three_laptops_disagreeing_show_every_version(qtbot, tmp_path: Path) -> None:
    a, b, c = laptop(tmp_path, "a"), laptop(tmp_path, "b"), laptop(tmp_path, "c")
    g = a.gatherings.create("Three versions")
    sid = a.stories.capture(g, title="Market", body="short")
    stick = tmp_path / "stick"
    first = a.sync.export_bundle(stick).path
    b.sync.import_bundle(first)
    c.sync.import_bundle(first)
    a.stories.edit(sid, title="Farmers market")
    b.stories.edit(sid, title="Saturday market")
    c.stories.edit(sid, title="Flea market")
    for other in (b, c):
        a.sync.import_bundle(other.sync.export_bundle(stick).path)
    panel = ConflictsPanel(a)
    qtbot.addWidget(panel)
    panel.refresh()
    title_conflicts = [x for x in panel.items if x.field == "title"]
    assert len(title_conflicts) == 1 and len(title_conflicts[0].values) == 3
    panel.select(panel.items.index(title_conflicts[0]))
    shown = panel.left.toPlainText() + panel.right.toPlainText()
    assert all(t in shown for t in ("Farmers market", "Saturday market", "Flea market"))
