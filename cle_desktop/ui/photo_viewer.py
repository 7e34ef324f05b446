"""A photo, large: double-click in the grid (or Enter) opens it; Left/Right go through the
gathering's photos, Esc closes. Under the photo: its caption and the people marked in it, or
the question "Who is in this photo?" when nobody is marked, since such a photo stays out of
the public report until someone says who is in it (or that nobody is)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from cle_desktop.services import Services

MAX_DECODE = 2400  # pixels on the long side: sharp on a 1920 px screen, quick to decode


class PhotoViewer(QDialog):
    def __init__(
        self,
        services: Services,
        photo_ids: list[str],
        index: int,
        parent: QWidget | None = None,
        on_change: Callable[[str], None] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowTitle(self.tr("Photo"))
        self.services, self.photo_ids, self.index = services, photo_ids, index
        self.on_change = on_change
        self.image = QLabel()
        self.image.setObjectName("photoImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumSize(320, 240)
        self.caption = QLabel()
        self.caption.setObjectName("sectionTitle")
        self.caption.setWordWrap(True)
        self.people = QLabel()
        self.people.setObjectName("photoPeople")
        self.people.setWordWrap(True)
        self.position = QLabel()
        self.position.setObjectName("hint")
        self.previous_button = QPushButton(self.tr("← Previous"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("Next →"))
        self.next_button.clicked.connect(lambda: self.step(1))
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys stay the viewer's
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.people)
        layout.addLayout(row)
        self._pixmap = QPixmap()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(int(screen.width() * 0.8), int(screen.height() * 0.85))
        self.show_photo()

    @property
    def photo_id(self) -> str:
        return self.photo_ids[self.index]

    def show_photo(self) -> None:
        photos = self.services.photos
        photo = photos.get(self.photo_id)
        reader = QImageReader(str(photos.original_path(self.photo_id)))
        reader.setAutoTransform(True)  # EXIF orientation, as the thumbnails have it
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > MAX_DECODE:
            reader.setScaledSize(
                size.scaled(QSize(MAX_DECODE, MAX_DECODE), Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        self._pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        if self._pixmap.isNull():
            self.image.setText(self.tr("This photo's file cannot be read."))
        self._fit()
        self.caption.setText(photo.caption or photo.original_name or "")
        roster = {
            p.id: p.display_name
            for p in self.services.participants.roster(photo.gathering_id or "")
        }
        names = [roster.get(pid, "?") for pid in photos.depicted(self.photo_id)]
        if names:
            self.people.setText(self.tr("In this photo: {0}").format(", ".join(names)))
            self.people.setObjectName("photoPeople")
        else:
            self.people.setText(
                self.tr(
                    "Who is in this photo? Nobody is marked yet, so it stays out of the "
                    "public report: tick the people in it on the Photos page."
                )
            )
        self.position.setText(self.tr("{0} of {1}").format(self.index + 1, len(self.photo_ids)))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.photo_ids) - 1)
        if self.on_change is not None:
            self.on_change(self.photo_id)

    def step(self, delta: int) -> None:
        wanted = self.index + delta
        if 0 <= wanted < len(self.photo_ids):
            self.index = wanted
            self.show_photo()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        self.image.setPixmap(
            self._pixmap.scaled(
                self.image.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (
            Qt.Key.Key_Right,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Space,
        ):
            self.step(1)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.step(-1)
        else:
            super().keyPressEvent(event)  # Esc closes
