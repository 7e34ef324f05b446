"""Preparing an offline area (for a host who is online before the gathering): tile address,
attribution, zoom levels, the area now shown on the map; downloads in the background with a
progress bar and Cancel, then becomes the gathering's base map."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services.offline_area import MAX_TILES, count_tiles, download_area
from cle_desktop.ui.messages import readable
from cle_desktop.ui.ops import BackgroundOp


class PrefetchDialog(QDialog):
    def __init__(
        self, bbox: tuple[float, float, float, float], out: Path, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare an offline map area"))
        self.bbox, self.out = bbox, out
        self.op: BackgroundOp | None = None
        self.result_path: Path | None = None
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://tiles.example.org/{z}/{x}/{y}.png")
        self.url.setAccessibleName(self.tr("Tile address"))
        self.attribution = QLineEdit()
        self.attribution.setAccessibleName(self.tr("Attribution"))
        self.min_zoom, self.max_zoom = QSpinBox(), QSpinBox()
        for box, value in ((self.min_zoom, 12), (self.max_zoom, 16)):
            box.setRange(0, 19)
            box.setValue(value)
            box.valueChanged.connect(self._estimate)
        self.estimate = QLabel()
        self.estimate.setObjectName("hint")
        self.progress = QProgressBar()
        self.progress.hide()
        form = QFormLayout()
        form.addRow(self.tr("Tile address"), self.url)
        form.addRow(self.tr("Attribution"), self.attribution)
        form.addRow(self.tr("From zoom"), self.min_zoom)
        form.addRow(self.tr("To zoom"), self.max_zoom)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Download"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The area shown on the map now will be downloaded, politely, for use offline."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.estimate)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._estimate()

    def _zooms(self) -> range:
        return range(self.min_zoom.value(), max(self.min_zoom.value(), self.max_zoom.value()) + 1)

    def _estimate(self) -> None:
        n = count_tiles(self.bbox, self._zooms())
        self.estimate.setText(
            self.tr("%Ln tiles (the limit is {0}).", "", n).format(QLocale().toString(MAX_TILES))
        )

    def start(self) -> None:
        url, attribution, zooms, bbox, out = (
            self.url.text().strip(),
            self.attribution.text(),
            self._zooms(),
            self.bbox,
            self.out,
        )
        op = BackgroundOp(
            lambda progress, cancelled: download_area(
                url,
                bbox,
                zooms,
                out,
                attribution=attribution,
                progress=progress,
                cancelled=cancelled,
            ),
            self,
        )
        op.progressed.connect(
            lambda done, total: (self.progress.setRange(0, total), self.progress.setValue(done))
        )
        op.succeeded.connect(self._finished)
        op.failed.connect(self._failed)
        self.op = op
        self.progress.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        op.start()

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()  # tiles so far stay in the file: downloading again resumes
        self.reject()

    def _finished(self, result) -> None:  # type: ignore[no-untyped-def]
        self.op = None
        self.estimate.setText(
            self.tr("Downloaded {0}, already had {1}, failed {2}.").format(
                result.downloaded, result.skipped, result.failed
            )
        )
        self.result_path = self.out
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.progress.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.estimate.setText(readable(exc))  # said in the dialog itself, which stays open
