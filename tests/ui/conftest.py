"""Qt set-up for UI tests: offscreen, software OpenGL, and the app:// scheme registered before
the QApplication exists (QtWebEngine requires that order)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")


def pytest_configure(config: pytest.Config) -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    try:
        from cle_desktop.ui.web_scheme import register_app_scheme
    except ImportError:
        return
    register_app_scheme()


@pytest.fixture(autouse=True)
def _temp_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings (window geometry, recent files, preferences) in a temp folder per test, never
    the person's own ~/.config."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["cle-desktop-tests"]


@pytest.fixture
def spanish(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The Spanish translation installed as the app does for a Spanish locale, then removed."""
    from PySide6.QtCore import QLocale, QTranslator

    from cle_desktop.ui.launch import install_translation

    monkeypatch.setenv("CLE_DESKTOP_LANG", "es")
    locale = QLocale()
    install_translation(qapp)
    # The .qm of this checkout too, searched first: an editable install made from another
    # checkout (a git worktree) resolves ``cle_desktop.resources`` to that checkout's files.
    here = QTranslator(qapp)
    assert here.load(str(Path(__file__).resolve().parents[2] / "resources/i18n/cle_desktop_es.qm"))
    qapp.installTranslator(here)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English catalogue (plural forms: "1 person", "2 people") installed as the app does."""
    from PySide6.QtCore import QLocale, QTranslator

    from cle_desktop.ui.launch import install_translation

    monkeypatch.setenv("CLE_DESKTOP_LANG", "en")
    locale = QLocale()
    install_translation(qapp)
    here = QTranslator(qapp)
    assert here.load(str(Path(__file__).resolve().parents[2] / "resources/i18n/cle_desktop_en.qm"))
    qapp.installTranslator(here)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def click_row(qtbot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click row ``row`` of an item view where it is drawn, as a person picks it."""
    from PySide6.QtCore import Qt

    index = view.model().index(row, 0)
    assert index.isValid(), f"the list has no row {row}"
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


@pytest.fixture
def window(qtbot, services, gathering_id: str):  # type: ignore[no-untyped-def]
    """The real main window on the test gathering, answering dialogs from a script. Ask for
    ``spanish`` before it when the window itself must be built in Spanish."""
    from cle_desktop.ui.dialogs import ScriptedDialogs
    from cle_desktop.ui.main_window import MainWindow

    win = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(win)
    win.open_gathering(gathering_id)
    win.show()
    return win
