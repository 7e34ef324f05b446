"""Starting the GUI: Qt set-up, the main window, then the database. No globals.

The window comes first. Importing SQLAlchemy and opening the database take longer than
building the whole window, so ``start_window`` shows the window with the story editor ready
for typing while a worker thread opens the database (``services.deferred``); the gathering
appears when it is open, and anything typed meanwhile becomes its first new story.
QtWebEngine is not touched at start-up at all: the map page registers the ``app://`` scheme
when it is first built (allowed until a web engine object exists), and only OpenGL sharing
must be set before the QApplication.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cle_desktop.services import Services


def webengine_environment() -> None:
    """Chromium refuses to start its sandbox as root (CI, some kiosks): say so up front; and
    without a GPU it must not try one. Environment only, so it costs nothing at start-up."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    wanted = ["--disable-gpu"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        wanted.append("--no-sandbox")
    for flag in wanted:
        if flag not in flags:
            flags = f"{flags} {flag}".strip()
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags


def _prepare_qt() -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    webengine_environment()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)


def resource_folder() -> Path:
    """The folder of the ``cle_desktop.resources`` package (the icons, translations and style
    sheet), wherever it is installed (a wheel, an editable checkout, a PyInstaller bundle).

    Read from the package's ``__path__`` rather than ``importlib.resources.files``: these are
    plain files in every layout the app ships in, and importing ``importlib.resources`` is
    about 7 ms of the window's start (the database thread imports it anyway, off the GUI's
    path)."""
    import cle_desktop.resources as package

    return Path(next(iter(package.__path__)))


def load_stylesheet() -> str:
    try:
        return (resource_folder() / "styles" / "app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


BASE_POINT_SIZE = 10.5
TEXT_COLOUR = "#1f2a30"


def apply_base_look(app: Any) -> None:
    """The base font size and text colour of every widget, as the application's font and
    palette. The same look as a ``QWidget { font-size; color }`` style-sheet rule, without
    making the style sheet resolve a font for each widget built (measured: about 3 ms of
    the start-up window's 20 ms)."""
    from PySide6.QtGui import QColor, QPalette

    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    text = QColor(TEXT_COLOUR)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
    ):
        palette.setColor(QPalette.ColorGroup.Active, role, text)
        palette.setColor(QPalette.ColorGroup.Inactive, role, text)
    hint = QColor(text)
    hint.setAlpha(128)  # placeholders: the text colour at half strength, as the sheet gave them
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, hint)
    app.setPalette(palette)


def apply_look(app: Any, *, fusion: bool = False, sheet: bool = True) -> None:
    """The app's whole look: Fusion, the base font and colours, then the style sheet.

    ``fusion``: the application already has Fusion, from the ``-style`` argument ``make_app``
    creates it with. That is cheaper than ``setStyle``, which returns the QStyle: handing it
    to Python makes PySide build QStyle's fifteen enums (about 10 ms of the window's start).
    ``sheet=False`` leaves the style sheet to :func:`apply_style_sheet`."""
    if not fusion:
        app.setStyle("Fusion")
    apply_base_look(app)
    if sheet:
        app.setStyleSheet(load_stylesheet())


def apply_style_sheet(app: Any) -> None:
    """The app's style sheet, once (``start_window`` sets it when the first window is built,
    before it is shown).

    Why not at once in ``make_app``: while an application style sheet is set, each widget
    moved into a parent as a window is assembled re-resolves the style of its whole subtree;
    set once over the finished window, the sheet is resolved once (measured: the main window
    built in 20 ms instead of 33, the sheet then applied in 6). Nothing is painted between."""
    if not app.styleSheet():
        app.setStyleSheet(load_stylesheet())


def _chosen_language() -> str:
    """The language picked in Preferences (empty: follow the system)."""
    from cle_desktop.ui.settings import text_value

    return text_value("ui/language")


def install_translation(app: object) -> None:
    """Spanish UI when the system (or ``CLE_DESKTOP_LANG=es``) asks for it.

    Qt's own words (Yes/No in a confirmation, the text fields' context menu) come from Qt's
    ``qtbase`` catalogue, which has to be installed too. A forced language also sets the
    default QLocale, so days and months are named in the language the window speaks.
    """
    from PySide6.QtCore import QLocale, QTranslator

    folder = resource_folder() / "i18n"
    forced = os.environ.get("CLE_DESKTOP_LANG") or _chosen_language()
    lang = forced or QLocale.system().name().split("_")[0]
    if forced:
        QLocale.setDefault(QLocale(forced))
    elif QLocale.system().language() == QLocale.Language.C:
        # C.UTF-8 (containers, some kiosks) writes dates as "1 12 2026": use English's forms.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        lang = "en"
    if lang == "en":
        # English plural forms only ("1 person", "2 people"): the source strings are the
        # plural, and Qt's numerus ``tr(text, "", n)`` needs a catalogue to pick "1 person".
        plurals = folder / "cle_desktop_en.qm"
        english = QTranslator(app)  # type: ignore[arg-type]
        if plurals.is_file() and english.load(str(plurals)):
            app.installTranslator(english)  # type: ignore[attr-defined]
        return
    qm = folder / f"cle_desktop_{lang}.qm"
    translator = QTranslator(app)  # type: ignore[arg-type]
    if not (qm.is_file() and translator.load(str(qm))):
        return  # no translation for this language: the English UI, with English Qt words
    app.installTranslator(translator)  # type: ignore[attr-defined]
    from PySide6.QtCore import QLibraryInfo  # not needed in English: its enums cost a little

    qt_words = QTranslator(app)  # type: ignore[arg-type]
    if qt_words.load(
        f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_words)  # type: ignore[attr-defined]
    # Qt's words its catalogue lacks ("&Look in:" in Qt's own file dialog): asked first
    gaps = folder / f"qt_gaps_{lang}.qm"
    qt_gaps = QTranslator(app)  # type: ignore[arg-type]
    if gaps.is_file() and qt_gaps.load(str(gaps)):
        app.installTranslator(qt_gaps)  # type: ignore[attr-defined]


def build_window(services: Services, dialogs: object = None) -> Any:
    """The main window over services whose database is already open (``Services.open``),
    showing the last gathering (tests and tools; the app itself starts with ``start_window``)."""
    from cle_desktop.ui.main_window import MainWindow

    window = MainWindow(services, dialogs)  # type: ignore[arg-type]
    last = last_gathering(window.services)
    if last:
        window.open_gathering(last)
    return window


def last_gathering(services: Any) -> str | None:
    return services.gatherings.last_opened() or next(
        (g.id for g in services.gatherings.all()), None
    )


def run_with_busy_note(window: Any, text: str, call: Any) -> Any:
    """``call()`` as a background op while a busy note shows and the window keeps painting
    (the demo's 300 stories and 24 photos are seconds of work); its result, or its error."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from cle_desktop.ui.ops import BackgroundOp

    box = QProgressDialog(text, "", 0, 0, window)
    box.setCancelButton(None)  # nothing half-made to keep: it runs to the end
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(0)
    box.show()
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    op = BackgroundOp.query(call)
    op.succeeded.connect(lambda result: outcome.update(result=result))
    op.failed.connect(lambda exc: outcome.update(error=exc))
    op.finished.connect(loop.quit)
    op.start()
    loop.exec()
    box.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def first_gathering(window: Any) -> str | None:
    """First run: an untitled gathering made without asking, shown on a desk whose editor
    keeps the focus, with a banner offering to name it, open the demo or join a bundle.

    No modal question: a note-taker who types the moment the window appears has their words
    in a story (typed before the database opened: the early journal's story), never in the
    fields of a form. The gathering returned is the one opened (None: it could not be made,
    the start page shows and the text is kept in a file).
    """
    from cle_desktop.ui.untitled import untitled_values

    try:
        gid = window.services.gatherings.create(**untitled_values())
    except Exception as exc:  # noqa: BLE001 - a full disk, say: told in words, text kept
        from cle_desktop.ui.messages import readable

        window.rescue_early_text(readable(exc))
        window.show_start_page()
        return None
    window.open_gathering(gid)
    window.offer_to_name_gathering()
    return str(gid)


def is_untitled(services: Any, gathering_id: str) -> bool:
    from cle_desktop.ui.untitled import untitled_title

    return bool(services.gatherings.get(gathering_id).title == untitled_title())


def start_window(db_path: Path, dialogs: object = None) -> Any:
    """Show the main window now and open the database behind it.

    The story editor takes typing at once. When the database is open the last gathering is
    shown (or, on a first run, the person is asked for one) and the window emits
    ``databaseOpened``; if it cannot be opened the person is told why, anything typed is kept
    in a file, and the window closes (``run_gui`` then returns 2).
    """
    from PySide6.QtCore import QCoreApplication

    from cle_desktop.services.deferred import DeferredServices
    from cle_desktop.ui.main_window import MainWindow

    services = DeferredServices(db_path)
    window = MainWindow(services, dialogs)  # type: ignore[arg-type]
    apply_style_sheet(QCoreApplication.instance())
    window.desk.accept_early_typing()

    def opened() -> None:
        error = services.error
        if error is not None:
            resume_collector()
            window.rescue_early_text(str(error))
            from cle_desktop.ui.messages import readable  # the person's language

            window.dialogs.warn(window, "CLE Desktop", readable(error))
            window.close()  # the last window: the application ends (``run_gui`` returns 2)
            return
        window.statusBar().clearMessage()
        last = last_gathering(services)
        if last:
            window.open_gathering(last)
            window.restore_last_page()
            if is_untitled(services, last):  # still the first start's: offer to name it again
                window.offer_to_name_gathering()
        else:
            first_gathering(window)
        resume_collector()  # paused by ``make_app`` for the start
        window.databaseOpened.emit()

    window.set_open_handler(opened)
    opening = QCoreApplication.translate("MainWindow", "Opening {0}…")
    window.statusBar().showMessage(opening.format(Path(db_path).name))
    window.show_restored()
    services.start(window.databaseReady.emit)
    return window


DESKTOP_FILE_NAME = "io.github.cle_desktop.CLEDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> Any:
    """The app's icon at every size drawn (resources/icons). Each size is named, so QIcon
    need not read every file's header to learn it; the pixels are read when a size is drawn."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    folder = resource_folder() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"cle-desktop-{size}.png"), QSize(size, size))
    return icon


def pause_collector() -> None:
    """No cyclic garbage collection while the app starts (``resume_collector`` ends this).

    Starting allocates hundreds of thousands of objects that live as long as the app (modules,
    classes, PySide's enums, SQLAlchemy's models) and almost no garbage; the collector would
    walk them again and again for nothing (measured: 40 collections, 20–35 ms of a cold
    start, on the GUI thread and the database thread alike)."""
    import gc

    gc.disable()


def resume_collector() -> None:
    """Collection back on, once the gathering is showing, on the GUI thread's timer
    (``ui/gui_collector.py``). What the start built is frozen first (``gc.freeze``): it is
    never garbage, and later collections, while a person types, need not walk it each time."""
    import gc

    from cle_desktop.ui.gui_collector import collect_on_gui_thread

    if not gc.isenabled():
        gc.freeze()
    collect_on_gui_thread()


def make_app() -> Any:
    """The QApplication with the app's style and language (the benchmark starts the same way);
    its style sheet follows with the first window (``start_window``). A new application
    starts with the garbage collector paused; ``start_window`` resumes it when the database
    is open."""
    import gc

    collecting = gc.isenabled()
    pause_collector()
    _prepare_qt()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    fusion = app is None
    if app is not None and collecting:
        gc.enable()  # an application already running (a test's): left as it was
    if app is None:
        # Fusion as a command-line style: set before any widget exists, and with no QStyle
        # handed to Python (see ``apply_look``).
        app = QApplication([*(sys.argv[:1] or ["cle-desktop"]), "-style", "Fusion"])
    app.setApplicationName("CLE Desktop")
    app.setOrganizationName("CLE")
    # The desktop file's name (packaging/linux/): Wayland and the docks match the window to the
    # launcher and its icon by it.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    apply_look(app, fusion=fusion, sheet=False)  # the sheet: over the first window, before shown
    install_translation(app)
    return app


def run_gui(db_path: Path) -> int:
    from cle_desktop.ui import crash

    app = make_app()
    window = start_window(db_path)
    crash.install(window)
    code = app.exec()
    while window.replacement is not None:  # File ▸ Open put another database in a new window
        window.services.db.close() if window.services.ready else None
        window = window.replacement
    services = window.services
    if services.ready and services.error is not None:
        return 2
    if services.ready:
        services.db.close()
    return int(code)
