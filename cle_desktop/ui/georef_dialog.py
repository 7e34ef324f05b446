"""Georeferencing the photo of a drawn map: click two or three places on the drawing that you
can also find on a real map (a crossroads, the school), and give each its latitude/longitude,
by clicking a tile map the gathering has or by typing them.

With two points the fit is exact (a turn, a scale and a shift), and the dialog says so: there
is no error to show. With three the saved fit (affine) meets all three too, so the dialog shows
how far the points lie from one true-to-scale fit, in metres (``domain.georef.residuals_m``): one
mistyped point stands out. Save stores the points through ``MapService.set_control_points``,
after which lat/lon pins show on the drawing and the drawing's pins get lat/lon.

The photo is a ``QGraphicsView`` (wheel or the buttons zoom, drag pans, a click places a
point); the tile map is the app's own map page in picking mode (numbers only reach it).
"""

from __future__ import annotations

import json
import math

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImageReader,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.domain.georef import ControlPoint, fit, residuals_m
from cle_desktop.domain.maps import BaseMapSpec
from cle_desktop.services import Services
from cle_desktop.services.errors import ServiceError
from cle_desktop.services.maps import TileArchive
from cle_desktop.ui.messages import readable
from cle_desktop.ui.web_scheme import AppSchemeHandler, OfflineInterceptor, register_app_scheme

MAX_POINTS = 3
MARKER = 22  # screen pixels, at any zoom
CLICK_SLOP = 4  # a press that moves further than this pans the photo instead


class PhotoView(QGraphicsView):
    """The drawing, zoomable; ``clicked`` gives the image pixel of a click (not a drag)."""

    clicked = Signal(float, float)

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.photo = QGraphicsPixmapItem(pixmap)
        self.photo.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.photo)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.setBackgroundBrush(QBrush(QColor("#e9e5dc")))
        self._pressed: QPointF | None = None
        self.fitted = True
        self.markers: list[QGraphicsItem] = []

    def fit(self) -> None:
        """The whole drawing in view (again on every resize, until the person zooms)."""
        self.fitted = True
        self.fitInView(self.photo, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        if 0.02 <= current * factor <= 16:
            self.fitted = False
            self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        start, self._pressed = self._pressed, None
        if start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position() - start).manhattanLength() > CLICK_SLOP:
            return  # that was a drag
        spot = self.mapToScene(event.position().toPoint())
        w, h = self.photo.pixmap().width(), self.photo.pixmap().height()
        if 0 <= spot.x() <= w and 0 <= spot.y() <= h:
            self.clicked.emit(spot.x(), spot.y())

    def show_points(self, points: list[tuple[int, float, float]], selected: int) -> None:
        """Numbered markers that keep their size at any zoom."""
        for item in self.markers:
            self.scene().removeItem(item)
        self.markers = []
        for number, px, py in points:
            colour = QColor("#c0392b") if number - 1 == selected else QColor("#264653")
            dot = QGraphicsEllipseItem(-MARKER / 2, -MARKER / 2, MARKER, MARKER)
            dot.setBrush(QBrush(colour))
            dot.setPen(QPen(QColor("white"), 2))
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            dot.setPos(px, py)
            label = QGraphicsSimpleTextItem(str(number), dot)
            label.setBrush(QBrush(QColor("white")))
            box = label.boundingRect()
            label.setPos(-box.width() / 2, -box.height() / 2)
            self.scene().addItem(dot)
            self.markers.append(dot)


class PickBridge(QObject):
    """What the tile map may tell the dialog: the lat/lon of a click."""

    picked = Signal(float, float)

    @Slot(float, float)
    def pickPoint(self, lat: float, lng: float) -> None:
        self.picked.emit(lat, lng)


class PointRow:
    """One control point's row: its number (a radio button: the point being placed), its
    pixel on the drawing, and the latitude/longitude fields."""

    def __init__(self, dialog: GeorefDialog, index: int):
        self.choose = QRadioButton(str(index + 1))
        self.choose.setObjectName(f"point{index + 1}")
        self.pixel = QLabel()
        self.lat = QLineEdit()
        self.lat.setObjectName(f"lat{index + 1}")
        self.lat.setPlaceholderText(
            QCoreApplication.translate("GeorefDialog", "latitude, e.g. 35.6870")
        )
        self.lon = QLineEdit()
        self.lon.setObjectName(f"lon{index + 1}")
        self.lon.setPlaceholderText(
            QCoreApplication.translate("GeorefDialog", "longitude, e.g. -105.9378")
        )
        self.remove = QPushButton(QCoreApplication.translate("GeorefDialog", "Remove"))
        self.remove.setObjectName(f"remove{index + 1}")
        self.widgets: list[QWidget] = [self.choose, self.pixel, self.lat, self.lon, self.remove]


def parse_degrees(text: str, limit: float) -> float | None:
    """A typed latitude or longitude ("35.687", "35,687", " -105.9 "), None if not one."""
    text = text.strip().replace("−", "-").replace("°", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and -limit <= value <= limit else None


class GeorefDialog(QDialog):
    """Control points for the gathering's drawn map; Save writes them."""

    saved = Signal()

    def __init__(
        self,
        services: Services,
        gathering_id: str,
        spec: BaseMapSpec,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("georefDialog")
        self.setWindowTitle(self.tr("Georeference the drawn map"))
        self.services = services
        self.gathering_id = gathering_id
        # (px, py, lat, lon); lat/lon None until given
        self.points: list[list[float | None]] = [
            [p.px, p.py, p.lat, p.lon] for p in services.maps.control_points(gathering_id)
        ][:MAX_POINTS]
        self.selected = 0  # the point a click fills; len(points) means a new one
        self.move_selected = False  # a number was chosen: the next click on the drawing moves it
        self.tiles_problem = ""
        self._filling = False

        reader = QImageReader(str(spec.path))
        reader.setAutoTransform(True)  # the pixels the map page shows (EXIF orientation)
        image = reader.read()
        self.photo = PhotoView(QPixmap.fromImage(image), self)
        self.photo.setAccessibleName(
            self.tr("The drawn map: click a place you can also find on a real map")
        )
        self.photo.setMinimumSize(320, 240)
        self.photo.clicked.connect(self._photo_clicked)
        self.unreadable = image.isNull()

        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.zoom_in.setObjectName("zoomIn")
        self.zoom_in.clicked.connect(lambda: self.photo.zoom(1.25))
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.zoom_out.setObjectName("zoomOut")
        self.zoom_out.clicked.connect(lambda: self.photo.zoom(0.8))
        self.fit_button = QPushButton(self.tr("Whole drawing"))
        self.fit_button.setObjectName("fitPhoto")
        self.fit_button.clicked.connect(self.photo.fit)
        photo_tools = QHBoxLayout()
        for b in (self.zoom_in, self.zoom_out, self.fit_button):
            photo_tools.addWidget(b)
        photo_tools.addStretch(1)
        photo_box = QWidget()
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("1. Click two or three places on the drawing"))
        heading.setObjectName("sectionTitle")
        photo_layout.addWidget(heading)
        photo_layout.addWidget(self.photo, 1)
        photo_layout.addLayout(photo_tools)

        self.archives = services.maps.tile_archives(gathering_id)
        self.tile_box = self._tile_map() if self.archives else None

        self.rows = [PointRow(self, i) for i in range(MAX_POINTS)]
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Point")), 0, 0)
        grid.addWidget(QLabel(self.tr("On the drawing")), 0, 1)
        grid.addWidget(QLabel(self.tr("Latitude")), 0, 2)
        grid.addWidget(QLabel(self.tr("Longitude")), 0, 3)
        for i, row in enumerate(self.rows):
            for col, widget in enumerate(row.widgets):
                grid.addWidget(widget, i + 1, col)
            row.choose.setAutoExclusive(False)  # _update checks the one chosen
            row.choose.clicked.connect(lambda _c=False, i=i: self._select(i))
            row.lat.textEdited.connect(lambda _t, i=i: self._typed(i))
            row.lon.textEdited.connect(lambda _t, i=i: self._typed(i))
            row.remove.clicked.connect(lambda _c=False, i=i: self._remove(i))
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)

        self.status = QLabel()
        self.status.setObjectName("georefStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.residual = QLabel()
        self.residual.setObjectName("residual")
        self.residual.setWordWrap(True)
        self.residual.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveGeoref")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelGeoref")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QSplitter()
        top.addWidget(photo_box)
        if self.tile_box is not None:
            top.addWidget(self.tile_box)
            top.setSizes([500, 500])
        points_heading = QLabel(
            self.tr(
                "2. Give each point its place: click the tile map, or type its latitude and longitude"
            )
            if self.tile_box is not None
            else self.tr("2. Give each point its place: type its latitude and longitude")
        )
        points_heading.setObjectName("sectionTitle")
        points_heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(top, 1)
        layout.addWidget(points_heading)
        layout.addLayout(grid)
        layout.addWidget(self.residual)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._fit_to_screen()
        self._update()
        if self.unreadable:
            self.status.setText(self.tr("The photo of the drawn map could not be read."))
        elif self.tiles_problem:
            self.status.setText(self.tiles_problem)

    # --- the tile map -----------------------------------------------------------------

    def _tile_map(self) -> QWidget:
        register_app_scheme()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Tile map: click where the chosen point is"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        self.archive_choice = QComboBox()
        self.archive_choice.setObjectName("tileArchive")
        self.archive_choice.setAccessibleName(self.tr("Tile archive"))
        for archive in self.archives:
            self.archive_choice.addItem(archive.name or archive.path.name)
        self.archive_choice.currentIndexChanged.connect(
            lambda i: self._load_tiles(self.archives[i])
        )
        if len(self.archives) > 1:
            layout.addWidget(self.archive_choice)
        self.profile = QWebEngineProfile(self)
        self.handler = AppSchemeHandler(self)
        self.interceptor = OfflineInterceptor(self)
        self.profile.installUrlSchemeHandler(b"app", self.handler)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.tiles_view = QWebEngineView(box)
        self.tiles_view.setPage(QWebEnginePage(self.profile, self.tiles_view))
        self.tiles_view.setAccessibleName(self.tr("Tile map"))
        self.tiles_view.setMinimumSize(320, 240)
        self.bridge = PickBridge(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        self.tiles_view.page().setWebChannel(self.channel)
        self.bridge.picked.connect(self._tile_clicked)
        self.tiles_view.loadFinished.connect(lambda _ok: self._show_on_tiles())
        layout.addWidget(self.tiles_view, 1)
        self._load_tiles(self.archives[0])
        return box

    def _load_tiles(self, archive: TileArchive) -> None:
        page = self.services.maps.pick_page(archive, labels={"mapName": self.tr("Tile map")})
        self.handler.tiles = page.tiles
        if page.refusal is not None:
            self.tiles_problem = readable(page.refusal)
        self.handler.page_html = page.built.html.encode("utf-8")
        self.tiles_view.load(QUrl("app://map/index.html"))

    def _show_on_tiles(self) -> None:
        if self.tile_box is None:
            return
        points = [
            {"n": i + 1, "la": p[2], "lo": p[3]}
            for i, p in enumerate(self.points)
            if p[2] is not None and p[3] is not None
        ]
        self.tiles_view.page().runJavaScript(
            f"window.cleShowPoints && window.cleShowPoints({json.dumps(points)})"
        )

    # --- points -------------------------------------------------------------------------

    def _photo_clicked(self, px: float, py: float) -> None:
        """A click on the drawing moves the chosen point when its number was just chosen or
        it has no place yet (a correction); otherwise it adds the next point."""
        current = self.points[self.selected] if self.selected < len(self.points) else None
        full = len(self.points) >= MAX_POINTS
        if current is not None and (self.move_selected or current[2] is None or full):
            current[0:2] = [round(px, 1), round(py, 1)]
            self.move_selected = False
        elif not full:
            self.points.append([round(px, 1), round(py, 1), None, None])
            self.selected = len(self.points) - 1
        else:
            self.status.setText(
                self.tr(
                    "Three points are enough: choose a point's number to move it, or remove one."
                )
            )
            return
        self._update()

    def _tile_clicked(self, lat: float, lon: float) -> None:
        if self.selected >= len(self.points):
            self.status.setText(
                self.tr("Click the place on the drawing first, then on the tile map.")
            )
            return
        self.points[self.selected][2:4] = [round(lat, 6), round(lon, 6)]
        self._update()

    def _typed(self, index: int) -> None:
        if self._filling or index >= len(self.points):
            return
        row = self.rows[index]
        self.points[index][2] = parse_degrees(row.lat.text(), 90)
        self.points[index][3] = parse_degrees(row.lon.text(), 180)
        self.selected = index
        self._update(keep_fields=True)

    def _select(self, index: int) -> None:
        if index < len(self.points):
            self.selected = index
            self.move_selected = True
        self._update()

    def _remove(self, index: int) -> None:
        if index < len(self.points):
            del self.points[index]
            self.selected = len(self.points)  # the next click adds a point
            self._update()

    def control_points(self) -> list[ControlPoint]:
        """The points that have both a pixel and a place."""
        return [
            ControlPoint(float(p[0] or 0), float(p[1] or 0), float(p[2]), float(p[3]))
            for p in self.points
            if p[2] is not None and p[3] is not None
        ]

    def _update(self, keep_fields: bool = False) -> None:
        self._filling = True
        for i, row in enumerate(self.rows):
            exists = i < len(self.points)
            # the next free slot shows as the one a click on the drawing will fill
            row.choose.setEnabled(exists)
            row.lat.setEnabled(exists)
            row.lon.setEnabled(exists)
            row.remove.setEnabled(exists)
            row.choose.setChecked(i == self.selected and exists)
            if exists:
                px, py, lat, lon = self.points[i]
                row.pixel.setText(f"x {px:.0f}, y {py:.0f}")
                if not (keep_fields and i == self.selected):
                    row.lat.setText("" if lat is None else f"{lat:.6f}")
                    row.lon.setText("" if lon is None else f"{lon:.6f}")
            else:
                row.pixel.setText("—")
                row.lat.clear()
                row.lon.clear()
        self._filling = False
        self.photo.show_points(
            [(i + 1, float(p[0] or 0), float(p[1] or 0)) for i, p in enumerate(self.points)],
            self.selected,
        )
        self._show_on_tiles()
        self.residual.setText(self._residual_text())
        self.save_button.setEnabled(self._fit_ok())
        self.status.setText(self._next_step())

    def _fit_ok(self) -> bool:
        points = self.control_points()
        if len(points) < 2 or len(points) != len(self.points):
            return False
        try:
            fit(points)
        except ValueError:
            return False
        return True

    def _next_step(self) -> str:
        if not self.points:
            return self.tr(
                "Click a place on the drawing you can also find on a real map: a crossroads, the school, the river bridge."
            )
        for i, p in enumerate(self.points):
            if p[2] is None or p[3] is None:
                return (
                    self.tr(
                        "Give point {0} its place: click the tile map, or type its latitude and longitude."
                    )
                    if self.tile_box is not None
                    else self.tr("Give point {0} its place: type its latitude and longitude.")
                ).format(i + 1)
        if len(self.points) < 2:
            return self.tr("Now click a second place on the drawing, far from the first.")
        if not self._fit_ok():
            return self.tr(
                "The points are in a line or on one spot; choose points spread over the drawing."
            )
        return self.tr("Press Save to georeference the drawing.")

    def _residual_text(self) -> str:
        points = self.control_points()
        if len(points) != len(self.points) or len(points) < 2:
            return ""
        if len(points) == 2:
            return self.tr(
                "Two points give an exact fit: the drawing is turned, scaled and moved to meet "
                "them, so there is no error to show. A third point lets you check it."
            )
        try:
            errors = residuals_m(points)
        except ValueError:
            return ""
        rms = math.sqrt(sum(e * e for e in errors) / len(errors))
        worst = errors.index(max(errors))
        return self.tr(
            "Residual error: {0} m on average (RMS), at most {1} m at point {2}, against one "
            "true-to-scale fit of the three points. The saved fit meets all three."
        ).format(f"{rms:.0f}", f"{max(errors):.0f}", worst + 1)

    def save(self) -> None:
        try:
            self.services.maps.set_control_points(self.gathering_id, self.control_points())
        except ServiceError as exc:
            self.status.setText(readable(exc))
            return
        self.saved.emit()
        self.accept()

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1100, 760
        if screen is not None:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.photo.fit()
