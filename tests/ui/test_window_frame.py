"""The window as a desktop app: it fits small laptops and remembers itself, has the standard
menus (every command a QAction triggered here as a person would), and whole everyday tasks
(sessions, gathering details, deletes, imports, preferences) work from the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QSplitter

from cle_desktop.services import Services
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click_row

PAGES = ("people", "photos", "map", "review", "sync")


def _answer_modal(qtbot, act: Callable[[QDialog], None]) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Run ``act`` on the next modal dialog once it shows (exec() blocks the test until then)."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


def _story(services: Services, gathering_id: str, title: str = "Garden") -> str:
    return services.stories.capture(gathering_id, title=title, body="We love the garden.")


def test_every_page_fits_a_small_laptop_with_the_status_bar_in_view(
    qtbot, window: MainWindow
) -> None:
    for name in PAGES:
        window.page(name)
        window.show_page(name)
    window.show_page("desk")
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1024 and hint.height() <= 640, hint
    for size in (QSize(1280, 760), QSize(1366, 728), QSize(1024, 640)):
        window.resize(size)
        QApplication.processEvents()
        assert window.size() == size
        assert window.statusBar().isVisible()
        assert window.statusBar().geometry().bottom() <= window.height()
    # At 1366×768 (maximized: about 1366×728 inside) the tag buttons are on screen, unclipped.
    window.resize(1366, 728)
    QApplication.processEvents()
    for button in window.desk.tag_buttons.values():
        top_left = button.mapTo(window, button.rect().topLeft())
        assert button.isVisible()
        assert 0 <= top_left.y() and top_left.y() + button.height() <= window.statusBar().y()


def test_geometry_splitter_and_last_page_are_remembered(
    qtbot, services: Services, gathering_id: str
) -> None:
    first = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(first)
    first.open_gathering(gathering_id)
    first.show()
    first.resize(800, 600)  # the offscreen screen is 800×800; the first fit is 800×720
    splitter = first.desk.findChild(QSplitter, "deskSplitter")
    splitter.setSizes([400, 500, 200])
    QApplication.processEvents()
    sizes = splitter.sizes()
    first.action("view_people").trigger()
    assert first.tabs.currentWidget() is first.people
    first.close()

    second = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(second)
    second.open_gathering(gathering_id)
    second.show()
    second.restore_last_page()
    QApplication.processEvents()
    assert second.size() == QSize(800, 600)
    assert second.desk.findChild(QSplitter, "deskSplitter").sizes() == sizes
    assert second.tabs.currentWidget() is second.people


def test_the_standard_menus_and_one_undo_that_follows_the_page(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Gathering", "&Help"]
    undo, redo = window.action("undo"), window.action("redo")
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence(QKeySequence.StandardKey.Redo) in redo.shortcuts()
    assert window.action("find").shortcut() == QKeySequence(QKeySequence.StandardKey.Find)

    window.action("newStory").trigger()
    desk = window.desk
    desk.editor.setPlainText("We love the garden.")
    desk.save_now()
    cursor = desk.editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    desk.editor.setTextCursor(cursor)
    desk.tag_buttons["gift"].click()
    assert len(services.tags.for_story(desk.story_id)) == 1
    assert undo.isEnabled() and undo.text() == "Undo tag as gift"
    undo.trigger()
    assert services.tags.for_story(desk.story_id) == []
    redo.trigger()
    assert len(services.tags.for_story(desk.story_id)) == 1
    window.action("view_people").trigger()
    assert not undo.isEnabled()  # the People page has nothing to undo
    window.action("view_desk").trigger()
    assert undo.isEnabled()


def test_buttons_name_their_shortcuts_as_the_menus_do(qtbot, window: MainWindow) -> None:
    native = QKeySequence.SequenceFormat.NativeText
    assert window.action("newStory").shortcut().toString(native) in window.desk.new_button.text()
    for number, button in enumerate(window.desk.tag_buttons.values(), start=1):
        assert QKeySequence(f"Ctrl+{number}").toString(native) in button.text()
    window.action("shortcuts").trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    table = dialog.findChild(object, "shortcutsTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["New story"] == window.action("newStory").shortcut().toString(native)
    dialog.close()


def test_import_a_sign_in_sheet_from_the_file_menu(
    qtbot, window: MainWindow, services: Services, gathering_id: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text(
        "name,pseudonym,role,team,age_band,languages,sharing,photo_release,minor,"
        "guardian_consent\n"
        "Rosa Archuleta,,elder,Santa Fe,elder,en;es,public,yes,no,no\n"
        "Ben Ortiz,,student,Santa Fe,youth,en,nonsense,no,no,no\n"
        "Maya Begay,,teacher,Oakland,adult,en,network,no,no,no\n",
        encoding="utf-8",
    )
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.files = [sheet]
    window.action("importSignIn").trigger()
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=10000)  # imported in the background
    names = {p.display_name for p in services.participants.roster(gathering_id)}
    assert {"Rosa Archuleta", "Maya Begay"} <= names
    title, text = dialogs.messages[-1]
    assert title == "Sign-in sheet: sign-in.csv"
    assert "Rows imported: 2" in text and "Rows not imported: 1" in text and "Line 3" in text
    # The teller type-ahead knows the new people at once.
    qtbot.waitUntil(lambda: "Rosa Archuleta" in window.desk.teller_names.stringList(), timeout=2000)


def test_sessions_are_created_renamed_and_removed_and_reach_the_desk(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    def work(dialog: QDialog) -> None:
        dialog.findChild(object, "sessionName").setText("Opening circle")
        dialog.findChild(QPushButton, "addSessionButton").click()
        dialog.findChild(object, "sessionName").setText("Story circles")
        dialog.findChild(object, "sessionStarts").setTime(
            dialog.findChild(object, "sessionEnds").time()
        )
        dialog.findChild(QPushButton, "addSessionButton").click()
        dialog.findChild(object, "sessionName").setText("Story circles: what we have")
        dialog.findChild(QPushButton, "saveSessionButton").click()
        dialog.accept()

    seen = _answer_modal(qtbot, work)
    window.action("sessions").trigger()
    assert seen
    titles = [s.title for s in services.gatherings.sessions(gathering_id)]
    assert titles == ["Opening circle", "Story circles: what we have"]
    combo = window.desk.session_combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == titles

    def remove(dialog: QDialog) -> None:
        dialog.findChild(object, "sessionList").setCurrentRow(0)
        dialog.findChild(QPushButton, "removeSessionButton").click()
        dialog.accept()

    _answer_modal(qtbot, remove)
    window.action("sessions").trigger()
    assert [s.title for s in services.gatherings.sessions(gathering_id)] == titles[1:]


def test_edit_a_gatherings_details(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    def work(dialog: QDialog) -> None:
        assert dialog.title.text() == "Learning Exchange in Santa Fe"
        dialog.title.setText("Santa Fe Learning Exchange 2026")
        dialog.place.setText("Community center")
        dialog.ok_button.click()

    _answer_modal(qtbot, work)
    window.action("editGathering").trigger()
    info = services.gatherings.get(gathering_id)
    assert (info.title, info.place_name) == ("Santa Fe Learning Exchange 2026", "Community center")
    assert window.windowTitle().startswith("Santa Fe Learning Exchange 2026")


def test_delete_a_story_and_a_tag(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    keep = _story(services, gathering_id, "Keep")
    gone = _story(services, gathering_id, "Untitled mistake")
    window.desk.set_gathering(gathering_id)
    window.open_story(gone)
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    window.action("deleteStory").trigger()
    assert "Untitled mistake" in dialogs.messages[-1][1]
    assert services.stories.ids(gathering_id) == [keep]
    # The desk is blank again (the next key starts a new story) and the story left the list.
    assert window.desk.story_id is None
    assert window.desk.list_model.row_of(gone) == -1
    window.open_story(keep)

    desk = window.desk
    cursor = desk.editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    desk.editor.setTextCursor(cursor)
    desk.tag_buttons["asset"].click()
    click_row(qtbot, desk.tag_list, 0)
    window.action("deleteTag").trigger()
    assert services.tags.for_story(keep) == []
    window.action("undo").trigger()
    assert len(services.tags.for_story(keep)) == 1


def test_delete_the_gathering_leaves_a_start_page(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    _story(services, gathering_id)
    window.action("deleteGathering").trigger()
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert "stories: 1" in dialogs.messages[-1][1]
    assert services.gatherings.all() == []
    start = window.start_page
    assert start is not None and start.isVisible()
    assert start.join_button.isVisible() and start.create_button.isVisible()


def test_a_second_laptop_joins_from_the_first_start_banner_and_cancel_leaves_the_start_page(
    qtbot, tmp_path: Path
) -> None:
    """A first start asks nothing; a second laptop says so on the banner. With no bundle
    chosen (Cancel) the window offers to create a gathering or join, and the untouched
    untitled gathering is gone rather than left behind."""
    from cle_desktop.ui.launch import start_window

    window = start_window(tmp_path / "empty.db", ScriptedDialogs(files=[]))
    qtbot.addWidget(window)
    qtbot.waitSignal(window.databaseOpened, timeout=10_000).wait()
    banner = window.name_banner
    assert banner is not None and banner.isVisible()
    qtbot.mouseClick(banner.join_button, Qt.MouseButton.LeftButton)
    assert window.services.gatherings.all() == []
    assert window.start_page is not None and window.start_page.isVisible()
    assert window.start_page.join_button.text() == "Join from another laptop's bundle…"
    assert window.start_page.create_button.isVisible()


def test_preferences_keep_the_note_takers_and_laptops_names(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    def work(dialog: QDialog) -> None:
        dialog.findChild(object, "noteTakerEdit").setText("Ana")
        dialog.findChild(object, "laptopNameEdit").setText("Laptop 2 (Jorge)")
        dialog.findChild(object, "languageBox").setCurrentIndex(1)
        dialog.save_button.click()

    _answer_modal(qtbot, work)
    window.action("preferences").trigger()
    assert services.preferences.laptop_name() == "Laptop 2 (Jorge)"
    story = services.stories.get(services.stories.capture(gathering_id, title="x"))
    assert story.note_taker == "Ana"
    from cle_desktop.ui.settings import text_value

    assert text_value("ui/language") == "es"


def test_about_names_the_version_and_the_database_file(
    qtbot, window: MainWindow, services: Services
) -> None:
    seen: list[dict[str, str]] = []
    _answer_modal(qtbot, lambda d: (seen.append(dict(d.fields)), d.accept()))
    window.action("about").trigger()
    assert seen[0]["Database file"] == str(services.db.path.resolve())
    assert seen[0]["Data folder"] == str(services.db.path.resolve().parent)
    assert seen[0]["Licence"] == "MIT" and seen[0]["Version"]


def test_export_report_in_the_file_menu_uses_the_review_pages_export(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.save = None  # the person cancels the save dialog
    window.action("exportReport").trigger()
    assert window.tabs.currentWidget() is window.page("review")
    assert dialogs.asked[-1] == "Export report"


@pytest.mark.usefixtures("spanish")
def test_the_menus_speak_spanish(qtbot, window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Editar", "&Ver", "E&ncuentro", "Ay&uda"]
    assert window.action("importSignIn").text() == "Importar hoja de registro…"
    assert window.desk.new_button.text().startswith("Nueva historia")
    assert window.desk.language_combo.currentData() == "es"  # new stories in Spanish


@pytest.mark.usefixtures("spanish")
def test_qts_own_file_dialog_speaks_spanish(qtbot) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    look_in = dialog.findChild(QLabel, "lookInLabel")
    file_type = dialog.findChild(QLabel, "fileTypeLabel")
    assert look_in.text() != "Look in:" and file_type.text() != "Files of type:"


def test_new_database_file_opens_in_a_new_window_and_is_remembered(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from cle_desktop.ui.settings import recent_files

    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.save = tmp_path / "second-gathering"
    window.action("newDatabase").trigger()
    new = window.replacement
    assert new is not None
    qtbot.addWidget(new)
    qtbot.waitSignal(new.databaseOpened, timeout=10_000).wait()
    # The new file's first start: an untitled gathering, typed into at once, no question.
    qtbot.waitUntil(
        lambda: new.name_banner is not None and new.name_banner.isVisible(), timeout=5000
    )
    assert new.focusWidget() is new.desk.editor
    assert (tmp_path / "second-gathering.db").is_file()
    assert not window.isVisible()
    assert recent_files()[0] == (tmp_path / "second-gathering.db").resolve()
    new.menus.fill_recent()
    assert str((tmp_path / "second-gathering.db").resolve()) in [
        a.text() for a in new.menus.recent.actions()
    ]
