"""Starting the GUI: Qt set-up, database, services, main window. No globals.

QtWebEngine needs the ``app://`` scheme registered and OpenGL sharing set *before* the
QApplication exists, so that happens first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cle_desktop.services import Services
from cle_desktop.storage.database import Database, DatabaseError


def _prepare_qt() -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    try:
        from cle_desktop.ui.web_scheme import register_app_scheme, webengine_environment
    except ImportError:
        register_app_scheme = None  # type: ignore[assignment]
    else:
        webengine_environment()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
    if register_app_scheme is not None:
        register_app_scheme()


def load_stylesheet() -> str:
    from importlib import resources

    try:
        return (resources.files("cle_desktop.resources") / "styles" / "app.qss").read_text(
            encoding="utf-8"
        )
    except OSError:
        return ""


def install_translation(app: object) -> None:
    """Spanish UI when the system (or ``CLE_DESKTOP_LANG=es``) asks for it.

    Qt's own words (Yes/No in a confirmation, the text fields' context menu) come from Qt's
    ``qtbase`` catalogue, which has to be installed too. A forced language also sets the
    default QLocale, so days and months are named in the language the window speaks.
    """
    from importlib import resources

    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    forced = os.environ.get("CLE_DESKTOP_LANG")
    lang = forced or QLocale.system().name().split("_")[0]
    if forced:
        QLocale.setDefault(QLocale(forced))
    if lang == "en":
        return
    qm = resources.files("cle_desktop.resources") / "i18n" / f"cle_desktop_{lang}.qm"
    translator = QTranslator(app)  # type: ignore[arg-type]
    if not (qm.is_file() and translator.load(str(qm))):
        return  # no translation for this language: the English UI, with English Qt words
    app.installTranslator(translator)  # type: ignore[attr-defined]
    qt_words = QTranslator(app)  # type: ignore[arg-type]
    if qt_words.load(
        f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_words)  # type: ignore[attr-defined]


def build_window(db: Database, dialogs: object = None) -> object:
    """The main window over an open database, showing the last gathering (or asking for one)."""
    from cle_desktop.ui.main_window import MainWindow

    services = Services.over(db)
    window = MainWindow(services, dialogs)  # type: ignore[arg-type]
    last = services.gatherings.last_opened() or next(
        (g.id for g in services.gatherings.all()), None
    )
    if last:
        window.open_gathering(last)
    return window


def first_gathering(window: object, db: Database) -> bool:
    """First run: create a gathering or open the demo. False when the person cancels."""
    from cle_desktop.services.demo import create_demo
    from cle_desktop.ui.first_run import GatheringDialog
    from cle_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    dialog = GatheringDialog(window)
    if dialog.exec() != GatheringDialog.DialogCode.Accepted:
        return False
    if dialog.demo_requested:
        gid = create_demo(db, stories=300, photos=24).id
    else:
        gid = window.services.gatherings.create(**dialog.values())  # type: ignore[arg-type]
    window.open_gathering(gid)
    return True


def run_gui(db_path: Path) -> int:
    _prepare_qt()
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1] or ["cle-desktop"])
    app.setApplicationName("CLE Desktop")
    app.setOrganizationName("CLE")
    app.setStyle("Fusion")
    app.setStyleSheet(load_stylesheet())
    install_translation(app)
    try:
        db = Database.open(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(None, "CLE Desktop", str(exc))
        return 2
    window = build_window(db)
    window.show()  # type: ignore[attr-defined]
    if window.gathering_id is None and not first_gathering(window, db):  # type: ignore[attr-defined]
        return 0
    code = app.exec()
    db.close()
    return int(code)
