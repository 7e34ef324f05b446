"""The host's review page: charts built, merge duplicates with undo, export (withdrawal is the
People page's: ``test_people_page.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.pages import PageContext
from cle_desktop.ui.review import ReviewPage


def test_review_merges_duplicates_undoably_and_exports(
    qtbot, services: Services, gathering_id: str, tmp_path: Path
) -> None:
    a = services.stories.capture(gathering_id, body="We love the community garden.")
    b = services.stories.capture(gathering_id, body="The Community Gardens need water.")
    services.tags.tag_passage(a, 12, 28, "asset", new_asset_name="Community garden")
    services.tags.tag_passage(b, 4, 21, "asset", new_asset_name="The Community Gardens")
    dialogs = ScriptedDialogs(confirm=True)
    page = ReviewPage(PageContext(services, dialogs))
    qtbot.addWidget(page)
    page.set_gathering(gathering_id)
    assert page.inventory.suggestions.model().rowCount() == 1
    qtbot.mouseClick(page.inventory.merge_button, Qt.MouseButton.LeftButton)
    assert page.inventory.model.rowCount() == 1 and page.inventory.model.rows[0].mentions == 2
    qtbot.mouseClick(page.inventory.undo_button, Qt.MouseButton.LeftButton)
    assert page.inventory.model.rowCount() == 2
    page.format_combo.setCurrentIndex(page.format_combo.findData("html"))
    page.audience_combo.setCurrentIndex(page.audience_combo.findData("internal"))
    with qtbot.waitSignal(page.exported, timeout=60000):
        page.export_report(tmp_path / "report.html")
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_inventory_rename_and_category_are_actions_on_the_chosen_row(
    qtbot, qtmodeltester, services: Services, gathering_id: str
) -> None:
    a = services.stories.capture(gathering_id, body="We love the community garden.")
    services.tags.tag_passage(a, 12, 28, "asset", new_asset_name="Community garden")
    page = ReviewPage(PageContext(services, ScriptedDialogs(confirm=True)))
    qtbot.addWidget(page)
    page.set_gathering(gathering_id)
    inventory = page.inventory
    qtmodeltester.check(inventory.suggestions.model())
    qtmodeltester.check(inventory.table.model())
    table = inventory.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClicks(inventory.rename_edit, "Acequia garden")
    qtbot.mouseClick(inventory.rename_button, Qt.MouseButton.LeftButton)
    (row,) = services.assets.inventory(gathering_id)
    assert row.name == "Acequia garden" and inventory.rename_edit.text() == ""
    table.setCurrentIndex(table.model().index(0, 0))
    inventory.category.setCurrentIndex(inventory.category.findData("physical"))
    inventory.category_action.trigger()
    (row,) = services.assets.inventory(gathering_id)
    assert row.category == "physical"
    assert table.model().index(0, 2).data() == "Physical"
