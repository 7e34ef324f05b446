"""The review page's report export: pick format, audience and language, answer one save dialog,
watch the progress, then open the file or its folder.

The dialog is the app's dialog service (tests answer it); the file is offered under the
gathering's title, first day and audience in the folder used last (Documents the first time).
The export runs in a child process (``ReportService.export_in_child_process``, waited on from a
``ui.ops.BackgroundOp`` thread), so rendering never holds this process's GIL and the window stays
responsive; progress comes back from the child and arrives here as queued signals, shown as
the stage and a percentage. Cancel kills the child and leaves no partial file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services import Services
from cle_desktop.ui.dialogs import DialogService
from cle_desktop.ui.messages import readable
from cle_desktop.ui.ops import BackgroundOp, is_cancel


class ReportExportPanel(QWidget):
    """Format, audience and language pickers, the "Export report…" button and the progress
    and result row under them."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Services, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.dialogs = dialogs
        self.gathering_id: str | None = None
        self.op: BackgroundOp | None = None
        self.last_path: Path | None = None

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("reportFormat")
        self.format_combo.setAccessibleName(self.tr("Report format"))
        for fmt, label in self._format_labels().items():
            self.format_combo.addItem(label, fmt)
        self.audience_combo = QComboBox()
        self.audience_combo.setObjectName("reportAudience")
        self.audience_combo.setAccessibleName(self.tr("Audience"))
        # Most restrictive first, and the default: a report made in a hurry shares least.
        for value, label in (
            ("public", self.tr("Public")),
            ("network", self.tr("CLE network")),
            ("internal", self.tr("Host team only")),
        ):
            self.audience_combo.addItem(label, value)
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("reportLanguage")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("Español", "es")
        self.lang_combo.setAccessibleName(self.tr("Report language"))
        # The report goes back to the community: start in the language the window speaks.
        ui_lang = QLocale().name().split("_")[0]
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(ui_lang)))

        self.export_action = QAction(self.tr("Export report…"), self)
        self.export_action.setObjectName("exportReport")
        # triggered(bool) would hand ``checked`` to a slot taking a path: keep the lambda.
        self.export_action.triggered.connect(lambda _checked=False: self.start())
        self.export_button = QPushButton(self.export_action.text())
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(lambda _checked=False: self.export_action.trigger())

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)  # the percentage is said beside it, in words
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelReport")
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.setObjectName("openReport")
        self.open_button.clicked.connect(lambda _checked=False: self.open_file())
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.setObjectName("showReportFolder")
        self.folder_button.clicked.connect(lambda _checked=False: self.show_folder())

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Report:")))
        for w in (self.format_combo, self.audience_combo, self.lang_combo, self.export_button):
            bar.addWidget(w)
        bar.addStretch(1)
        result = QHBoxLayout()
        result.setContentsMargins(0, 0, 0, 0)
        result.addWidget(self.progress)
        result.addWidget(self.cancel_button)
        result.addWidget(self.status, 1)
        result.addWidget(self.open_button)
        result.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(result)
        self._show_result(False)
        self.progress.hide()

    def _format_labels(self) -> dict[str, str]:
        """What each format is for, in the host's words (the CLI's every format)."""
        labels = {
            "pdf": self.tr("PDF to print or share"),
            "html": self.tr("Web page (HTML)"),
            "docx": self.tr("Word document to edit (DOCX)"),
            "xlsx": self.tr("Spreadsheet (XLSX)"),
            "csv": self.tr("CSV tables (ZIP)"),
            "geojson": self.tr("Map points (GeoJSON)"),
            "kml": self.tr("Google Earth (KML)"),
            "qdpx": self.tr("Research project (REFI-QDA)"),
        }
        return {fmt: labels.get(fmt, fmt.upper()) for fmt in self.services.reports.FORMATS}

    def set_gathering(self, gathering_id: str) -> None:
        self.gathering_id = gathering_id

    def choose(self, fmt: str, audience: str | None = None, lang: str | None = None) -> None:
        """Set the pickers (as a person would with the combo boxes)."""
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        if audience:
            self.audience_combo.setCurrentIndex(self.audience_combo.findData(audience))
        if lang:
            self.lang_combo.setCurrentIndex(self.lang_combo.findData(lang))

    def start(self, out: Path | None = None) -> bool:
        """Ask where (unless ``out`` is given), then export in the background."""
        if not self.gathering_id or self.op is not None:
            return False
        fmt = str(self.format_combo.currentData())
        audience = str(self.audience_combo.currentData())
        lang = str(self.lang_combo.currentData())
        suffix = self.services.reports.file_suffix(fmt)
        if out is None:
            suggested = self.services.reports.suggested_file_name(
                self.gathering_id, fmt, audience, lang
            )
            folder = self.services.reports.export_folder()
            chosen = self.dialogs.save_file(
                self,
                self.tr("Export report"),
                str(folder / suggested),
                f"{self.format_combo.currentText()} (*.{suffix})",
            )
            if chosen is None:
                return False
            out = chosen
        out = Path(out)
        if out.suffix.lower() != f".{suffix}":
            out = out.with_name(f"{out.name}.{suffix}")  # "report" typed without an ending
        gid = self.gathering_id
        op = BackgroundOp(
            lambda progress, cancelled: self.services.reports.export_in_child_process(
                gid, fmt, out, audience, lang, progress=progress, cancelled=cancelled
            ),
            self,
        )
        op.progressed.connect(self._progressed)
        op.succeeded.connect(lambda path: self._exported(Path(path)))
        op.failed.connect(self._failed)
        self.op = op
        self.export_action.setEnabled(False)
        self.export_button.setEnabled(False)
        self._show_result(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.status.setText(self.tr("Writing the report…"))
        op.start()
        return True

    def cancel(self) -> None:
        """Stop the export: the child process is killed and its half-written file removed."""
        if self.op is not None and self.op.running:
            self.op.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _stage(self, percent: int) -> str:
        """What the export is doing at ``percent`` (the report's own milestones: 10 when the
        shareable stories are gathered, 40 when charts and photos are drawn)."""
        if percent < 10:
            return self.tr("Gathering what this audience may see…")
        if percent < 40:
            return self.tr("Drawing the charts and photos…")
        return self.tr("Writing the file…")

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if self.cancel_button.isEnabled():
            percent = round(100 * done / max(1, total))
            self.status.setText(
                self.tr("{0} {1}%").format(self._stage(percent), QLocale().toString(percent))
            )

    def _finish(self) -> None:
        self.op = None
        self.export_action.setEnabled(True)
        self.export_button.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()

    def _exported(self, path: Path) -> None:
        self._finish()
        self.last_path = path
        self.services.reports.remember_export_folder(path.parent)
        self.status.setText(self.tr("Report written to {0}").format(str(path)))
        self._show_result(True)
        self.exported.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        message = readable(exc)
        if is_cancel(exc):
            self.status.setText(message)  # "Cancelled. No report was written."
            return
        self.status.setText("")
        self.failed.emit(message)
        self.dialogs.warn(self, self.tr("The report was not written"), message)

    def _show_result(self, visible: bool) -> None:
        self.open_button.setVisible(visible)
        self.folder_button.setVisible(visible)

    def open_file(self) -> None:
        if self.last_path is not None:
            self._open(self.last_path)

    def show_folder(self) -> None:
        if self.last_path is not None:
            self._open(self.last_path.parent)

    def _open(self, path: Path) -> None:
        if not path.exists():
            self.dialogs.warn(
                self,
                self.tr("Not found"),
                self.tr("{0} is no longer there; export the report again.").format(str(path)),
            )
            return
        try:
            opened = self.dialogs.open_externally(path)
        except OSError as exc:
            self.dialogs.warn(self, self.tr("Not opened"), readable(exc))
            return
        if not opened:
            self.dialogs.warn(
                self,
                self.tr("Not opened"),
                self.tr("No program on this computer opens {0}.").format(str(path)),
            )
