"""Every page and every dialog of the window, opened in Spanish, shows no English.

The window is built in Spanish; each page is opened from its tab, each dialog from its menu
action (the way a person opens it), and every text a person can read is collected: labels,
buttons, menu and action texts, tooltips, placeholders, window titles, combo items, tab and
header texts, list items. Any of them that is an English source string of the Spanish
catalogue (one whose translation differs) fails the test, as does Qt's own English ("Look
in:", "Files of type:") in its file dialog and message box. A few words are the same in both
languages and are allowed.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from cle_desktop.media import generate_photo
from cle_desktop.services import Services
from cle_desktop.ui.dialogs import DialogService, ScriptedDialogs
from cle_desktop.ui.main_window import MainWindow

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "cle_desktop_es.ts"

# Qt's own words in its file dialog and message boxes (translated by qtbase_es).
QT_ENGLISH = {
    "Look in:",
    "&Look in:",
    "Files of &type:",
    "Drive",
    "File name:",
    "Files of type:",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "Cancel",
    "&Cancel",
    "Open",
    "&Open",
    "Save",
    "&Save",
    "&Yes",
    "Yes",
    "OK",
    "Choose",
    "&Choose",
    "Directory:",
    "Name",
    "Size",
    "Type",
    "Date Modified",
}
# The same in both languages (or names, not words).
SAME_IN_BOTH = {
    "No",
    "&No",
    "Total",
    "General",
    "Error",
    "Kml",
    "CSV",
    "PDF",
    "HTML",
    "DOCX",
    "XLSX",
}


def _english_sources() -> set[str]:
    out = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        if source != translation and len(source) > 2:
            out.add(source.replace("&&", "&"))
    return out


ENGLISH = (_english_sources() | QT_ENGLISH) - SAME_IN_BOTH


def _model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    from PySide6.QtCore import QModelIndex

    out = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a model of Qt's own whose count is not public (a completer's)
        return []
    out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        for col in range(columns):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append(value)
    return out


def texts_of(root: QWidget) -> list[str]:
    """Every text a person can read in ``root`` and its children (shown or not: a hidden
    label appears later, and it must be Spanish then too)."""
    widgets = [root, *root.findChildren(QWidget)]
    out: list[str] = []
    for w in widgets:
        out += [w.windowTitle(), w.toolTip(), w.accessibleName(), w.statusTip()]
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out += [w.placeholderText(), w.toPlainText()]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
            if w.lineEdit() is not None:
                out.append(w.lineEdit().placeholderText())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
            out += [w.tabToolTip(i) for i in range(w.count())]
        elif isinstance(w, QMenu):
            out.append(w.title())
        if isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(min(w.count(), 50))]
        elif isinstance(w, QAbstractItemView):
            out += _model_texts(w.model())
    for action in root.findChildren(QAction):
        out += [action.text(), action.toolTip(), action.statusTip(), action.iconText()]
    return [t.replace("&&", "&") for t in out if t]


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


# Long stretches of English sources (rich text without its tags, split at the placeholders),
# to find an English sentence inside a help page, a tooltip or a filled-in line.
FRAGMENTS = {
    fragment.strip()
    for source in ENGLISH
    for fragment in re.split(r"\{[^}]*\}|%L?n|%\d", _plain(source))
    if len(fragment.strip()) > 24
}


def english_in(texts: list[str]) -> list[str]:
    found = {t for t in texts if t in ENGLISH or t.replace("&", "") in ENGLISH}
    for text in texts:
        plain = _plain(text)
        found |= {f for f in FRAGMENTS if f in plain}
    return sorted(found)


def grab_dialog(qtbot: Any, open_it: Callable[[], object]) -> list[str]:
    """Open a dialog the way a person does, read its texts, close it (modal or not)."""
    before = set(QApplication.topLevelWidgets())
    seen: list[list[str]] = []

    def grab() -> None:
        new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        if not new:
            QTimer.singleShot(20, grab)
            return
        texts: list[str] = []
        for w in new:
            texts += texts_of(w)
        seen.append(texts)
        for w in new:
            if isinstance(w, QDialog):
                w.reject()
            else:
                w.close()

    QTimer.singleShot(0, grab)
    open_it()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen[0]


@pytest.fixture
def spanish_window(qtbot, services: Services, gathering_id: str, spanish: None, tmp_path: Path):  # type: ignore[no-untyped-def]
    rosa = services.participants.add(gathering_id, "Rosa Quintana", role="elder")
    services.participants.record_consent(rosa, sharing_level="public", name_use="name")
    story = services.stories.capture(
        gathering_id, title="La huerta", body="La huerta de la calle 5.", teller_ids=[rosa]
    )
    services.tags.tag_passage(story, 3, 9, "asset", new_asset_name="Huerta")
    photo = generate_photo(tmp_path / "huerta.jpg", 320, 240, seed=3)
    services.photos.import_files(gathering_id, [photo], workers=1)
    dialogs = ScriptedDialogs(confirm=False)
    window = MainWindow(services, dialogs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.open_gathering(gathering_id)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_page_of_the_spanish_window_is_spanish(qtbot, spanish_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = spanish_window
    window.menus.fill()
    texts = texts_of(window)
    bar = window.tabs.tabBar()
    for index in range(window.tabs.count()):
        if "Mapa" in window.tabs.tabText(index):
            continue  # QtWebEngine: its own test (test_map_page_words_and_names_are_spanish)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        texts += texts_of(window.tabs.widget(index))
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions()]
    assert not english_in(texts), f"English on the Spanish pages: {english_in(texts)}"


@pytest.mark.parametrize(
    "action",
    [
        "preferences",
        "about",
        "gettingStarted",
        "shortcuts",
        "sessions",
        "editGathering",
        "newGathering",
    ],
)
def test_every_dialog_of_the_spanish_window_is_spanish(
    qtbot, spanish_window: MainWindow, action: str
) -> None:  # type: ignore[no-untyped-def]
    window = spanish_window
    texts = grab_dialog(qtbot, window.action(action).trigger)
    assert texts, "the dialog showed nothing"
    assert not english_in(texts), f"English in {action}: {english_in(texts)}"


# Every QDialog subclass of the window and the test here that opens it in Spanish: a new
# dialog without a way to open it here fails ``test_every_dialog_class_is_opened_in_spanish``.
DIALOGS_OPENED = {
    "PreferencesDialog": "test_every_dialog_of_the_spanish_window_is_spanish[preferences]",
    "AboutDialog": "test_every_dialog_of_the_spanish_window_is_spanish[about]",
    "HelpDialog": "test_every_dialog_of_the_spanish_window_is_spanish[gettingStarted]",
    "SessionsDialog": "test_every_dialog_of_the_spanish_window_is_spanish[sessions]",
    "GatheringDialog": "test_every_dialog_of_the_spanish_window_is_spanish[editGathering]",
    "PhotoViewer": "test_the_photo_viewer_and_the_questions_asked_are_spanish",
    "GeorefDialog": "test_the_map_pages_dialogs_are_spanish",
    "PrefetchDialog": "test_the_map_pages_dialogs_are_spanish",
}


def _dialog_classes() -> set[str]:
    """The names of the QDialog subclasses written in ``cle_desktop/ui`` (read from the source,
    so a dialog no menu reaches yet is listed too)."""
    import ast

    root = Path(__file__).resolve().parents[2] / "cle_desktop" / "ui"
    found = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(base, "id", getattr(base, "attr", "")).endswith("Dialog")
                for base in node.bases
            ):
                found.add(node.name)
    return found


def test_every_dialog_class_is_opened_in_spanish() -> None:
    found = _dialog_classes()
    assert {"PreferencesDialog", "GeorefDialog"} <= found  # the reading itself works
    assert not found - set(DIALOGS_OPENED), f"dialogs no test opens: {found - set(DIALOGS_OPENED)}"


def test_the_map_pages_dialogs_are_spanish(
    qtbot, spanish_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The georeference dialog (for a drawn map) and the offline-area dialog, opened from the
    Map page the way a host opens them, with the map really loaded (QtWebEngine)."""
    from tests.journeys.conftest import click_tab
    from tests.journeys.test_base_maps import drawn_map, wait_map

    window = spanish_window
    click_tab(qtbot, window, "Mapa")
    page = window.page("map")
    wait_map(qtbot, page.view)
    texts = grab_dialog(qtbot, page.prepare_action.trigger)  # the area the map shows now
    assert "Preparar un área del mapa para usar sin conexión" in texts, texts[:20]
    assert not english_in(texts), f"English in the offline-area dialog: {english_in(texts)}"
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    dialogs.files = [drawn_map(tmp_path / "mapa.png")]
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        window.action("menuBaseMapDrawing").trigger()
    wait_map(qtbot, page.view)
    texts = grab_dialog(qtbot, window.action("menuGeoreference").trigger)
    assert "Georreferenciar el mapa dibujado" in texts
    assert not english_in(texts), f"English in the georeference dialog: {english_in(texts)}"


def test_the_photo_viewer_and_the_questions_asked_are_spanish(
    qtbot, spanish_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = spanish_window
    window.show_page("photos")
    photos = window.page("photos")
    first = photos.grid.model().index(0, 0)  # the person clicks the first photo
    qtbot.mouseClick(
        photos.grid.viewport(),
        Qt.MouseButton.LeftButton,
        pos=photos.grid.visualRect(first).center(),
    )
    texts = grab_dialog(
        qtbot, lambda: qtbot.mouseClick(photos.view_button, Qt.MouseButton.LeftButton)
    )
    # the questions the window asks through the dialog service (here: deleting the gathering)
    window.action("deleteGathering").trigger()
    dialogs = window.dialogs
    assert isinstance(dialogs, ScriptedDialogs) and dialogs.messages
    texts += [part for message in dialogs.messages for part in message]
    assert not english_in(texts), f"English: {english_in(texts)}"


def test_the_start_page_and_first_run_dialog_are_spanish(
    qtbot, services: Services, spanish: None
) -> None:  # type: ignore[no-untyped-def]
    from cle_desktop.ui.first_run import GatheringDialog

    window = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(window)
    window.show_start_page()
    window.show()
    texts = texts_of(window.start_page)
    texts += grab_dialog(qtbot, lambda: GatheringDialog(window).exec())
    assert not english_in(texts), f"English: {english_in(texts)}"


def test_qts_own_file_dialog_and_message_box_are_spanish(
    qtbot, spanish: None, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    real = DialogService()
    parent = QWidget()
    qtbot.addWidget(parent)
    # Qt's own widgets (not the desktop's native dialog), as on a system without one
    QApplication.instance().setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    try:
        texts = grab_dialog(
            qtbot, lambda: real.open_files(parent, "Importar fotos", "Fotos (*.jpg)")
        )
        texts += grab_dialog(
            qtbot, lambda: real.confirm(parent, "¿Borrar?", "¿Borrar la historia?")
        )
    finally:
        QApplication.instance().setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
    assert any(t.replace("&", "").startswith("Buscar en") for t in texts), texts[:40]
    assert not english_in(texts), f"Qt's English: {english_in(texts)}"
    del QFileDialog


def test_the_check_sees_english_where_there_is_english(
    qtbot, services: Services, gathering_id: str
) -> None:  # type: ignore[no-untyped-def]
    """The same reading of the English window finds English: the test above can fail."""
    window = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(window)
    window.open_gathering(gathering_id)
    found = english_in(texts_of(window))
    assert {"Story desk", "People"} <= set(found)
    assert english_in(grab_dialog(qtbot, window.action("preferences").trigger))
    assert english_in(grab_dialog(qtbot, window.action("gettingStarted").trigger))  # rich text
