"""The app's real start (``launch.start_window``): the window comes first and takes typing while
the database opens on a worker thread; what is typed then is never lost."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.launch import start_window


@pytest.fixture
def held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Database.open on the worker thread waits for this event: the test decides when the
    database 'has opened', so typing before it is certain rather than a race."""
    release = threading.Event()
    real_open = Database.open.__func__  # type: ignore[attr-defined]

    def slow_open(cls: type[Database], path: Path, **kw: object) -> Database:
        if threading.current_thread() is not threading.main_thread():
            assert release.wait(10)
        return real_open(cls, path, **kw)

    monkeypatch.setattr(Database, "open", classmethod(slow_open))
    return release


def _gathering_db(path: Path) -> tuple[str, str]:
    db = Database.open(path)
    services = Services.over(db)
    gid = services.gatherings.create("Start test")
    services.gatherings.remember_last(gid)
    old = services.stories.capture(gid, title="Earlier", body="An earlier story.")
    db.close()
    return gid, old


def test_typing_before_the_database_opens_becomes_a_new_story(
    qtbot, tmp_path: Path, held_open: threading.Event
) -> None:
    gid, old = _gathering_db(tmp_path / "cle.db")
    window = start_window(tmp_path / "cle.db", ScriptedDialogs())
    qtbot.addWidget(window)
    desk = window.desk
    assert desk.editor.isEnabled() and window.focusWidget() is desk.editor

    qtbot.keyClicks(desk.editor, "Rosa told us")
    assert not window.services.ready
    with qtbot.waitSignal(window.databaseOpened, timeout=10_000):
        held_open.set()

    services = window.services
    ids = services.stories.ids(gid)
    assert len(ids) == 2 and old in ids
    assert desk.story_id in ids and desk.story_id != old
    assert services.stories.get(desk.story_id).body == "Rosa told us"
    # The editor was not reloaded under the typist: same text, cursor still at the end.
    assert desk.editor.toPlainText() == "Rosa told us"
    assert desk.editor.textCursor().position() == len("Rosa told us")
    assert desk.list_model.data(desk.story_list.currentIndex(), Qt.ItemDataRole.UserRole + 1) == (
        desk.story_id
    )

    qtbot.keyClicks(desk.editor, " about the garden.")
    qtbot.waitUntil(
        lambda: services.stories.get(desk.story_id).body == "Rosa told us about the garden.",
        timeout=3000,
    )
    assert len(services.stories.ids(gid)) == 2


def test_a_relaunch_shows_the_last_gathering_with_a_desk_that_takes_typing(
    qtbot, tmp_path: Path, held_open: threading.Event
) -> None:
    gid, old = _gathering_db(tmp_path / "cle.db")
    window = start_window(tmp_path / "cle.db", ScriptedDialogs())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.databaseOpened, timeout=10_000):
        held_open.set()
    assert window.gathering_id == gid
    # The earlier story is listed; the desk is blank, the editor has focus and is enabled,
    # and the first keys start a new story (nothing is typed into the old one by surprise).
    assert window.desk.list_model.data(window.desk.list_model.index(0)).startswith("Earlier")
    assert window.desk.story_id is None
    assert window.desk.editor.isEnabled()
    assert window.focusWidget() is window.desk.editor
    qtbot.keyClicks(window.desk.editor, "Typed at once")
    qtbot.waitUntil(lambda: len(window.services.stories.ids(gid)) == 2, timeout=3000)
    new = window.desk.story_id
    assert new != old and window.services.stories.get(new).body == "Typed at once"
    assert window.services.stories.get(old).body == "An earlier story."


def test_a_database_that_cannot_open_keeps_what_was_typed_in_a_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held_open: threading.Event
) -> None:
    monkeypatch.setenv("CLE_DESKTOP_STATE_DIR", str(tmp_path / "state"))
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"This is a text file, not a database.\n" * 100)
    dialogs = ScriptedDialogs()
    window = start_window(bad, dialogs)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.desk.title_edit, "Abuela <b>Rosa</b>")
    window.desk.editor.setFocus()
    qtbot.keyClicks(window.desk.editor, "She kept seeds from 1962")
    window.desk.editor.insertPlainText(" 🌱.")  # QTest types ASCII only
    held_open.set()
    unsaved = tmp_path / "state" / "unsaved"
    qtbot.waitUntil(lambda: unsaved.is_dir() and any(unsaved.iterdir()), timeout=10_000)
    [kept] = list(unsaved.iterdir())
    assert (
        kept.read_text(encoding="utf-8") == "Abuela <b>Rosa</b>\n\nShe kept seeds from 1962 🌱.\n"
    )
    qtbot.waitUntil(lambda: len(dialogs.messages) == 2, timeout=2000)
    said = " ".join(text for _title, text in dialogs.messages)
    assert str(kept) in said and "notes.db" in said
    assert not window.isVisible()


def test_closing_while_the_database_opens_keeps_the_text_as_a_story(
    qtbot, tmp_path: Path, held_open: threading.Event
) -> None:
    gid, old = _gathering_db(tmp_path / "cle.db")
    dialogs = ScriptedDialogs()
    window = start_window(tmp_path / "cle.db", dialogs)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.desk.editor, "Last words before the bus left")
    threading.Timer(0.2, held_open.set).start()  # the database opens while closing waits
    window.close()
    services = window.services.wait()
    bodies = [services.stories.get(i).body for i in services.stories.ids(gid)]
    assert sorted(bodies) == ["An earlier story.", "Last words before the bus left"]
    assert dialogs.messages == []  # nothing to rescue: it is a story


def test_the_base_look_is_the_applications_font_and_palette(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The base font size and text colour moved from a ``QWidget`` style-sheet rule to the
    application's font and palette (cheaper at start-up): widgets must still get them."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel, QLineEdit

    from cle_desktop.ui.launch import BASE_POINT_SIZE, TEXT_COLOUR, apply_look

    style, font, palette = qapp.style().name(), qapp.font(), qapp.palette()
    apply_look(qapp)
    try:
        label, field = QLabel("Hola"), QLineEdit()
        qtbot.addWidget(label)
        qtbot.addWidget(field)
        label.ensurePolished()
        field.ensurePolished()
        assert label.font().pointSizeF() == BASE_POINT_SIZE
        assert label.palette().color(QPalette.ColorRole.WindowText).name() == TEXT_COLOUR
        assert field.palette().color(QPalette.ColorRole.Text).name() == TEXT_COLOUR
        hint = field.palette().color(QPalette.ColorRole.PlaceholderText)
        assert hint.name() == TEXT_COLOUR and hint.alpha() == 128
        assert "font-size: 10.5pt" not in qapp.styleSheet().split("*/")[-1]
    finally:
        qapp.setStyleSheet("")
        qapp.setStyle(style)
        qapp.setFont(font)
        qapp.setPalette(palette)


def _answer_modal(qtbot, act) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` on the next modal dialog once it shows (exec() blocks until then)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_a_first_start_takes_typing_as_a_story_with_no_question_in_the_way(
    qtbot, tmp_path: Path, held_open: threading.Event
) -> None:
    """No database yet: the window is up, the note-taker types at once, before and after the
    file is made. No dialog takes the keys: they are one story of an untitled gathering, and a
    banner (not a modal) offers to name it."""
    from PySide6.QtWidgets import QApplication

    window = start_window(tmp_path / "new" / "cle.db", ScriptedDialogs())
    qtbot.addWidget(window)
    desk = window.desk
    qtbot.keyClicks(desk.editor, "Maria opened the")
    with qtbot.waitSignal(window.databaseOpened, timeout=10_000):
        held_open.set()
    assert QApplication.activeModalWidget() is None
    assert window.focusWidget() is desk.editor
    qtbot.keyClicks(desk.editor, " seed library.")
    services = window.services
    [gathering] = services.gatherings.all()
    assert gathering.title == "Untitled gathering"
    qtbot.waitUntil(
        lambda: services.stories.get(desk.story_id).body == "Maria opened the seed library.",
        timeout=3000,
    )
    assert services.stories.ids(gathering.id) == [desk.story_id]
    assert window.name_banner is not None and window.name_banner.isVisible()

    # Named later, from the banner: the story being typed stays open, the banner goes.
    def name(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.title.text() == ""  # ready for the name, not "Untitled gathering"
        qtbot.keyClicks(dialog.title, "Seed swap 2026")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _answer_modal(qtbot, name)
    qtbot.mouseClick(window.name_banner.name_button, Qt.MouseButton.LeftButton)
    assert services.gatherings.get(gathering.id).title == "Seed swap 2026"
    assert "Seed swap 2026" in window.windowTitle()
    assert not window.name_banner.isVisible()
    assert desk.editor.toPlainText() == "Maria opened the seed library."
    story = desk.story_id
    qtbot.keyClicks(desk.editor, " Bring jars.")
    qtbot.waitUntil(lambda: services.stories.get(story).body.endswith("Bring jars."), timeout=3000)
    assert len(services.stories.ids(gathering.id)) == 1


def test_the_demo_instead_of_an_untouched_first_gathering_leaves_no_empty_one(
    qtbot, tmp_path: Path
) -> None:
    window = start_window(tmp_path / "cle.db", ScriptedDialogs())
    qtbot.addWidget(window)
    qtbot.waitSignal(window.databaseOpened, timeout=10_000).wait()
    qtbot.mouseClick(window.name_banner.demo_button, Qt.MouseButton.LeftButton)
    titles = [g.title for g in window.services.gatherings.all()]
    assert "Untitled gathering" not in titles and len(titles) == 1
    assert window.gathering_id == window.services.gatherings.all()[0].id
    assert not window.name_banner.isVisible()


def test_a_relaunch_on_the_untitled_gathering_offers_to_name_it_again(
    qtbot, tmp_path: Path
) -> None:
    db = Database.open(tmp_path / "cle.db")
    services = Services.over(db)
    gid = services.gatherings.create("Untitled gathering")
    services.gatherings.remember_last(gid)
    db.close()
    window = start_window(tmp_path / "cle.db", ScriptedDialogs())
    qtbot.addWidget(window)
    qtbot.waitSignal(window.databaseOpened, timeout=10_000).wait()
    assert window.gathering_id == gid
    assert window.name_banner is not None and window.name_banner.isVisible()
    assert window.focusWidget() is window.desk.editor


def test_a_database_that_cannot_open_is_said_in_spanish(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    """The reason the file cannot be opened reaches a Spanish-speaking person in Spanish."""
    monkeypatch.setenv("CLE_DESKTOP_STATE_DIR", str(tmp_path / "state"))
    bad = tmp_path / "notas.db"
    bad.write_bytes(b"This is a text file, not a database.\n" * 100)
    dialogs = ScriptedDialogs()
    window = start_window(bad, dialogs)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=10_000)
    said = " ".join(text for _title, text in dialogs.messages)
    assert f"{bad} no se pudo abrir como base de datos de CLE Desktop (" in said
    assert "elija otro archivo o restaure una copia de seguridad." in said
    assert "could not be opened" not in said
