"""The File menu's commands: database files, and the spreadsheet imports the CLI also has.

Opening another database file opens a new window over it (the services of a window belong to
one file) and closes this one once the new one is showing, so the application never ends in
between. The sign-in sheet and stories imports are the CLI's ``import-participants`` and
``import-stories``: a bad row is named by its line and reason, the good rows import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cle_desktop.ui.messages import readable
from cle_desktop.ui.settings import add_recent_file

if TYPE_CHECKING:
    from collections.abc import Callable

    from cle_desktop.services.photos import ImportReport
    from cle_desktop.ui.main_window import MainWindow
    from cle_desktop.ui.ops import BackgroundOp

MAX_LISTED_ERRORS = 12


def new_database_file(window: MainWindow) -> None:
    path = window.dialogs.save_file(
        window,
        QCoreApplication.translate("FileCommands", "New database file"),
        "cle.db",
        QCoreApplication.translate("FileCommands", "CLE databases") + " (*.db)",
        kind="database",
    )
    if path is None:
        return
    if path.suffix != ".db":
        path = path.with_suffix(".db")
    if path.exists():
        window.dialogs.warn(
            window,
            QCoreApplication.translate("FileCommands", "File exists"),
            QCoreApplication.translate(
                "FileCommands", "{0} already exists: use Open database file to open it."
            ).format(path.name),
        )
        return
    open_database_file(window, path)


def open_database_file(window: MainWindow, path: Path | None = None) -> MainWindow | None:
    """A new window over ``path`` (asked for when None); this window closes."""
    from cle_desktop.ui.launch import start_window

    if path is None:
        files = window.dialogs.open_files(
            window,
            QCoreApplication.translate("FileCommands", "Open database file"),
            QCoreApplication.translate("FileCommands", "CLE databases") + " (*.db)",
            kind="database",
        )
        if not files:
            return None
        path = files[0]
    path = Path(path)
    current = getattr(window.services, "db_path", None) or getattr(
        getattr(window.services, "db", None), "path", None
    )
    if current is not None and Path(current).resolve() == path.resolve():
        return window
    window.desk.save_now()
    add_recent_file(path)
    new = start_window(path, window.dialogs)
    window.replacement = new
    window.close()
    return new  # type: ignore[no-any-return]


def _check_gathering(window: MainWindow) -> str | None:
    if window.gathering_id is None:
        window.dialogs.inform(
            window,
            QCoreApplication.translate("FileCommands", "No gathering open"),
            QCoreApplication.translate("FileCommands", "Create or open a gathering first."),
        )
    return window.gathering_id


def _csv_path(window: MainWindow, title: str) -> Path | None:
    files = window.dialogs.open_files(
        window, title, QCoreApplication.translate("FileCommands", "Spreadsheets") + " (*.csv)"
    )
    return files[0] if files else None


def import_sign_in_sheet(window: MainWindow) -> BackgroundOp | None:
    """Ask for the sheet, then import it as a background op (a sheet of hundreds of rows is
    a few hundred milliseconds of writes); the per-row report follows when it is done."""
    gid = _check_gathering(window)
    path = gid and _csv_path(
        window, QCoreApplication.translate("FileCommands", "Import a sign-in sheet")
    )
    if not gid or not path:
        return None
    from cle_desktop.services.imports import CsvImportService

    def imported(report: ImportReport) -> None:
        _tell(window, QCoreApplication.translate("FileCommands", "Sign-in sheet"), path, report)
        window.desk.set_gathering(gid)  # the tellers' type-ahead knows the new people
        window.mark_stale("people")

    return _run_import(
        window,
        lambda: CsvImportService(window.services.db).import_participants(gid, path),
        imported,
    )


def import_stories(window: MainWindow) -> BackgroundOp | None:
    gid = _check_gathering(window)
    path = gid and _csv_path(window, QCoreApplication.translate("FileCommands", "Import stories"))
    if not gid or not path:
        return None
    from cle_desktop.services.imports import CsvImportService

    def imported(report: ImportReport) -> None:
        _tell(window, QCoreApplication.translate("FileCommands", "Stories"), path, report)
        window.desk.set_gathering(gid)

    return _run_import(
        window, lambda: CsvImportService(window.services.db).import_stories(gid, path), imported
    )


def _run_import(
    window: MainWindow,
    call: Callable[[], ImportReport],
    imported: Callable[[ImportReport], None],
) -> BackgroundOp:
    """A spreadsheet import off the GUI thread; a refusal is said in a dialog."""
    from cle_desktop.ui.ops import BackgroundOp, show_failure

    op = BackgroundOp.query(call, window)
    op.succeeded.connect(imported)
    op.failed.connect(
        lambda exc: show_failure(
            window.dialogs, window, QCoreApplication.translate("FileCommands", "Not imported"), exc
        )
    )
    window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "Importing…"))
    return op.start()


def _tell(window: MainWindow, what: str, path: Path, report: ImportReport) -> None:
    """The per-row report: how many rows imported, how many were already there, and each bad
    row with its line and reason."""
    lines = [
        QCoreApplication.translate("FileCommands", "Rows imported: {0}").format(
            len(report.imported)
        ),
        QCoreApplication.translate("FileCommands", "Rows already there: {0}").format(
            len(report.skipped)
        ),
        QCoreApplication.translate("FileCommands", "Rows not imported: {0}").format(
            len(report.errors)
        ),
    ]
    phrases = report.error_phrases or []
    for index, error in enumerate(report.errors[:MAX_LISTED_ERRORS]):
        reason = readable(phrases[index]) if index < len(phrases) else error["reason"]
        lines.append("• " + reason)
    if len(report.errors) > MAX_LISTED_ERRORS:
        lines.append("…")
    window.dialogs.inform(window, f"{what}: {path.name}", "\n".join(lines))
    window.statusBar().showMessage(lines[0], 8000)
