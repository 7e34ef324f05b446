"""The community asset map inside the app: a QWebEngineView on the ``app://`` scheme (never
``setHtml``, which silently fails above 2 MB), a QWebChannel bridge so a popup can open its
story and dragged pins are stored through the normal write path, and an inventory to place
assets that are not on the map yet (choose one, press Place, click the map).

The base map is chosen here too ("Base map…": none, a tile archive, or a photo of the drawn
map), with the CLI's refusals shown as a sentence on the page, and a drawing is georeferenced
in :mod:`cle_desktop.ui.georef_dialog`. Pins the chosen base map cannot show (lat/lon pins on
an ungeoreferenced drawing, drawing pins on tiles, pins outside the tiles) are named in a
sentence and listed with the assets not on the map yet, never silently left out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.domain.maps import BuiltMap, MapPin
from cle_desktop.services.assets import AssetRow
from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.actions import action_button, page_action
from cle_desktop.ui.labels import CATEGORIES, ROLES, TAG_KINDS
from cle_desktop.ui.messages import readable
from cle_desktop.ui.pages import Page, PageContext
from cle_desktop.ui.row_models import Index, RowsModel
from cle_desktop.ui.web_scheme import AppSchemeHandler, OfflineInterceptor, register_app_scheme


class MapBridge(QObject):
    """What the page may ask of the app (and nothing else)."""

    storyRequested = Signal(str)
    pinMoved = Signal(str, float, float)
    pinPlaced = Signal(str, float, float)

    @Slot(str)
    def openStory(self, story_id: str) -> None:
        self.storyRequested.emit(story_id)

    @Slot(str, float, float)
    def movePin(self, asset_id: str, lat: float, lng: float) -> None:
        self.pinMoved.emit(asset_id, lat, lng)

    @Slot(str, float, float)
    def placePin(self, asset_id: str, lat: float, lng: float) -> None:
        self.pinPlaced.emit(asset_id, lat, lng)


class UnplacedAssetsModel(RowsModel):
    """Assets not on the map yet (``AssetRow``s), each with why the base map does not show
    it when it is placed elsewhere (``notes``); dragging one onto the map places it (the map
    page reads the text/plain "cle-asset:<id>")."""

    notes: dict[str, str] = {}

    def cell(self, row: AssetRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = f"{row.name} ({TAG_KINDS(row.kind).lower()})"
            note = self.notes.get(row.id)
            return f"{text} · {note}" if note else text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return ["text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setText("cle-asset:" + str(indexes[0].data(self.IdRole)))
        return data


MAX_NAMED = 10  # names in the "not shown" sentence; the list beside it has them all


class MapPage(Page):
    loaded = Signal(bool)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.simple = False
        self.height_px = 0
        self.built: BuiltMap | None = None
        register_app_scheme()  # not done at start-up: QtWebEngine loads only with the map
        self.profile = QWebEngineProfile(self)
        self.handler = AppSchemeHandler(self)
        self.interceptor = OfflineInterceptor(self)
        self.profile.installUrlSchemeHandler(b"app", self.handler)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.view = QWebEngineView(self)
        self.view.setPage(QWebEnginePage(self.profile, self.view))
        self.view.setAccessibleName(self.tr("Community asset map"))
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        self.view.page().setWebChannel(self.channel)
        self.view.loadFinished.connect(self.loaded)
        self.bridge.storyRequested.connect(self.storyRequested)
        self.bridge.pinMoved.connect(self._store_position)
        self.bridge.pinPlaced.connect(self._place)

        self.unplaced_model = UnplacedAssetsModel(self)
        self.unplaced = QListView()
        self.unplaced.setObjectName("unplacedAssets")
        self.unplaced.setModel(self.unplaced_model)
        self.unplaced.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.unplaced.setDragEnabled(True)
        self.unplaced.setDragDropMode(QListView.DragDropMode.DragOnly)
        self.unplaced.setAccessibleName(self.tr("Assets not yet on the map"))
        # Long names wrap, so "(esperanza)" at the end of the line stays readable.
        self.unplaced.setWordWrap(True)
        self.unplaced.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prepare_action = page_action(
            self, self.tr("Prepare offline area…"), "prepareOfflineArea", self.prepare_offline_area
        )
        self.place_action = page_action(
            self, self.tr("Place on map…"), "placeOnMap", self.start_placing
        )
        self.prepare_button = prepare = action_button(self.prepare_action)
        prepare.setToolTip(
            self.tr("While online: download the map tiles of this area for the gathering")
        )
        self.place_button = place = action_button(self.place_action)
        # choosing another asset while placing one stops placing the first
        self.unplaced.selectionModel().currentChanged.connect(lambda *_: self.stop_placing())
        self.placing: str | None = None
        # Esc, or choosing another asset, stops placing: the "Now click the map…" hint goes
        self.cancel_placing_action = QAction(self.tr("Stop placing"), self)
        self.cancel_placing_action.setObjectName("stopPlacing")
        self.cancel_placing_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_placing_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_placing_action.triggered.connect(lambda _checked=False: self.stop_placing())
        self.addAction(self.cancel_placing_action)
        self.hint = QLabel(self._placing_hint())
        self.hint.setObjectName("hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # it names assets when placing
        self.hint.setWordWrap(True)
        self._build_basemap_controls()
        # Pins this base map cannot show, in a sentence (plain text: the names are people's).
        self.not_shown = QLabel()
        self.not_shown.setObjectName("warning")
        self.not_shown.setAccessibleName(self.tr("Assets not shown on this map"))
        self.not_shown.setTextFormat(Qt.TextFormat.PlainText)
        self.not_shown.setWordWrap(True)
        self.not_shown.hide()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        base_heading = QLabel(self.tr("Base map"))
        base_heading.setObjectName("sectionTitle")
        side_layout.addWidget(base_heading)
        side_layout.addWidget(self.basemap_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.basemap_button)
        buttons.addWidget(self.georef_button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.basemap_problem)
        heading = QLabel(self.tr("Not on the map yet"))
        heading.setObjectName("sectionTitle")
        side_layout.addWidget(heading)
        side_layout.addWidget(self.not_shown)
        side_layout.addWidget(self.unplaced, 1)
        side_layout.addWidget(place)
        side_layout.addWidget(self.hint)
        side_layout.addWidget(prepare)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setSizes([1000, 300])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    # --- choosing the base map ---------------------------------------------------------

    def _build_basemap_controls(self) -> None:
        """ "Base map…" opens a menu of three QActions (none, tile archive, drawing), which the
        window's Gathering menu and the tests trigger too; "Georeference…" is for a drawing."""
        self.basemap_label = QLabel()
        self.basemap_label.setObjectName("baseMapLabel")
        self.basemap_label.setTextFormat(Qt.TextFormat.PlainText)
        self.basemap_label.setWordWrap(True)
        self.basemap_problem = QLabel()
        self.basemap_problem.setObjectName("warning")
        self.basemap_problem.setAccessibleName(self.tr("Why the base map was not changed"))
        self.basemap_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.basemap_problem.setWordWrap(True)
        self.basemap_problem.hide()
        self.basemap_none = QAction(self.tr("No base map"), self)
        self.basemap_none.setObjectName("baseMapNone")
        self.basemap_none.setToolTip(self.tr("Show the pins by latitude and longitude alone"))
        self.basemap_none.triggered.connect(lambda _c=False: self.choose_no_basemap())
        self.basemap_tiles = QAction(self.tr("Tile archive (MBTiles or PMTiles)…"), self)
        self.basemap_tiles.setObjectName("baseMapTiles")
        self.basemap_tiles.triggered.connect(lambda _c=False: self.choose_tile_archive())
        self.basemap_drawing = QAction(self.tr("Photo of the drawn map…"), self)
        self.basemap_drawing.setObjectName("baseMapDrawing")
        self.basemap_drawing.triggered.connect(lambda _c=False: self.choose_drawing())
        self.georeference = QAction(self.tr("Georeference the drawn map…"), self)
        self.georeference.setObjectName("georeference")
        self.georeference.setToolTip(
            self.tr("Match two or three points of the drawing to their real places")
        )
        self.georeference.triggered.connect(lambda _c=False: self.open_georeference())
        self.basemap_menu = QMenu(self)
        for action in (self.basemap_none, self.basemap_tiles, self.basemap_drawing):
            self.basemap_menu.addAction(action)
        self.basemap_button = QPushButton(self.tr("Base map…"))
        self.basemap_button.setObjectName("baseMapButton")
        self.basemap_button.setMenu(self.basemap_menu)
        self.georef_button = QPushButton(self.tr("Georeference…"))
        self.georef_button.setObjectName("georeferenceButton")
        self.georef_button.setToolTip(self.georeference.toolTip())
        self.georef_button.clicked.connect(self.georeference.trigger)

    def choose_no_basemap(self) -> None:
        if not self.gathering_id:
            return
        self.services.maps.clear_basemap(self.gathering_id)
        self._show_problem("")
        self.refresh()

    def choose_tile_archive(self) -> None:
        files = self.dialogs.open_files(
            self,
            self.tr("Choose a tile archive"),
            self.tr("Tile archives") + " (*.mbtiles *.pmtiles)",
            kind="basemaps",
        )
        if files:
            self.use_basemap_file(files[0])

    def choose_drawing(self) -> None:
        files = self.dialogs.open_files(
            self,
            self.tr("Choose a photo of the drawn map"),
            self.tr("Photos") + " (*.jpg *.jpeg *.png *.webp)",
            kind="photos",
        )
        if files:
            self.use_basemap_file(files[0])

    def use_basemap_file(self, path: Path) -> bool:
        """Make ``path`` the base map, or say in one sentence why not (nothing changes then)."""
        if not self.gathering_id:
            return False
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.services.maps.add_basemap(self.gathering_id, Path(path))
        except (ServiceError, OSError) as exc:
            self._show_problem(readable(exc) if isinstance(exc, ServiceError) else str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_problem("")
        self.refresh()
        return True

    def open_georeference(self) -> None:
        if not self.gathering_id:
            return
        from cle_desktop.ui.georef_dialog import GeorefDialog

        spec = self.services.maps.basemap_spec(self.gathering_id)
        if spec.kind != "image" or spec.path is None:
            self._show_problem(self.tr("Choose a photo of the drawn map first."))
            return
        self.georef_dialog = GeorefDialog(self.services, self.gathering_id, spec, self)
        self.georef_dialog.finished.connect(lambda _r: self.refresh())
        self.georef_dialog.open()

    def _show_problem(self, sentence: str) -> None:
        self.basemap_problem.setText(sentence)
        self.basemap_problem.setVisible(bool(sentence))

    def _describe_basemap(self, kind: str, name: str, georeferenced: bool) -> str:
        if kind in ("mbtiles", "pmtiles"):
            return self.tr("Tile archive “{0}”.").format(name)
        if kind == "image":
            return (
                self.tr("Drawn map “{0}”, georeferenced.").format(name)
                if georeferenced
                else self.tr("Drawn map “{0}”, not georeferenced: it has no scale.").format(name)
            )
        return self.tr("None: the pins by latitude and longitude.")

    def _not_shown_sentence(self, built: BuiltMap) -> str:
        missing = built.hidden + built.outside
        if not missing:
            return ""
        names = ", ".join(p.name for p in missing[:MAX_NAMED])
        if len(missing) > MAX_NAMED:
            names += self.tr(" and {0} more").format(len(missing) - MAX_NAMED)
        words = [self.tr("%n assets are not shown on this map: ", "", len(missing)) + names + "."]
        if built.hidden and built.drawn:
            words.append(
                self.tr(
                    "Placed by latitude and longitude, they need the drawing georeferenced "
                    "(or a spot on it)."
                )
                if self.services.maps.georef(self.gathering_id or "") is None
                else self.tr("They have no spot on this drawing yet.")
            )
        elif built.hidden:
            words.append(
                self.tr(
                    "They are placed only on a drawn map that is not georeferenced; "
                    "place them here too, or georeference that drawing."
                )
            )
        if built.outside:
            words.append(
                self.tr("%n lie outside what this base map covers.", "", len(built.outside))
            )
        return " ".join(words)

    def refresh(self) -> None:
        if not self.gathering_id:
            return
        page = self.services.maps.app_page(
            self.gathering_id, labels=self._page_labels(), names=self._names()
        )
        spec = page.spec  # without the base map when it cannot be read: then it says why
        self.simple = spec.kind == "image"
        self.height_px = spec.height or 0
        self.handler.tiles = page.tiles
        if page.refusal is not None or spec.problem:
            self._show_problem(readable(page.refusal) if page.refusal else spec.problem)
        self.handler.overlay = spec.path if spec.kind == "image" else None
        self.built = built = page.built
        self.basemap_label.setText(
            self._describe_basemap(spec.kind, spec.name, spec.metres_per_pixel is not None)
        )
        self.georeference.setEnabled(spec.kind == "image")
        if self.placing is None:
            self.hint.setText(self._placing_hint())
        self.georef_button.setVisible(spec.kind == "image")
        html = built.html.encode("utf-8")
        unchanged = html == self.handler.page_html
        self.handler.page_html = html
        sentence = self._not_shown_sentence(built)
        self.not_shown.setText(sentence)
        self.not_shown.setVisible(bool(sentence))
        shown = {p.asset_id for p in built.shown}
        self.unplaced_model.notes = {
            p.asset_id: self._why_not_here(p, built) for p in built.hidden + built.outside
        }
        self.unplaced_model.set_rows(
            [
                row
                for row in self.services.assets.inventory(self.gathering_id)
                if row.id not in shown
            ]
        )
        if not unchanged:  # reloading an identical page would only flicker
            self.view.load(QUrl("app://map/index.html"))

    def _placing_hint(self) -> str:
        return self.tr(
            "Drag pins to move them. To place an asset, drag it onto the map, or choose it, press Place, then click the map."
        )

    def _why_not_here(self, pin: MapPin, built: BuiltMap) -> str:
        if pin in built.outside:
            return self.tr("outside this base map")
        return self.tr("placed by latitude/longitude") if built.drawn else self.tr("on a drawing")

    def _page_labels(self) -> dict[str, str]:
        """The map page's own words (legend, layer switcher, filters, popups), translated."""
        return {
            "asset": self.tr("Assets"),
            "gift": self.tr("Gifts"),
            "hope": self.tr("Hopes"),
            "mentions": self.tr("mentioned in {n} stories"),
            "open": self.tr("Open the story"),
            "allKinds": self.tr("All kinds"),
            "allCategories": self.tr("All categories"),
            "allSessions": self.tr("All sessions"),
            "allRoles": self.tr("All teller roles"),
            "mapName": self.tr("Community asset map"),
        }

    @staticmethod
    def _names() -> dict[str, str]:
        """Category and role codes -> the words people read in popups and filters."""
        return {**{c: CATEGORIES(c) for c in CATEGORIES.choices}, **dict(ROLES.items())}

    def prepare_offline_area(self) -> None:
        from cle_desktop.ui.prefetch_dialog import PrefetchDialog

        def got_bounds(text: object) -> None:
            try:
                west, south, east, north = (float(v) for v in str(text).split(","))
            except ValueError:
                return
            out = self.services.db.path.parent / "offline-area.mbtiles"
            dialog = PrefetchDialog((west, south, east, north), out, self)
            if dialog.exec() and dialog.result_path and self.gathering_id:
                self.services.maps.add_basemap(self.gathering_id, dialog.result_path)
                self.refresh()

        self.view.page().runJavaScript(
            "window.cleMap ? window.cleMap.map.getBounds().toBBoxString() : ''", 0, got_bounds
        )

    def start_placing(self) -> None:
        """Place the chosen unplaced asset: the next click on the map puts its pin there."""
        index = self.unplaced.currentIndex()
        if not index.isValid():
            return
        asset_id = index.data(UnplacedAssetsModel.IdRole)
        self.view.page().runJavaScript(f"window.clePlacing = {json.dumps(str(asset_id))};")
        self.placing = str(asset_id)
        self.hint.setText(self.tr("Now click the map where “{0}” is.").format(index.data()))

    def stop_placing(self) -> None:
        """Leave placing mode without placing: the map forgets the asset, the hint rests."""
        if self.placing is not None:
            self.view.page().runJavaScript("window.clePlacing = null;")
        self.placing = None
        self.hint.setText(self._placing_hint())

    def _store_position(self, asset_id: str, lat: float, lng: float) -> None:
        if asset_id == self.placing:  # placed: the "Now click…" hint has done its work
            self.placing = None
            self.hint.setText(self._placing_hint())
        if self.simple:
            self.services.maps.place_on_drawn_map(
                asset_id, self.gathering_id or "", px=lng, py=self.height_px - lat
            )
        else:
            self.services.maps.place_by_latlon(asset_id, lat=lat, lon=lng)

    def _place(self, asset_id: str, lat: float, lng: float) -> None:
        """An asset put on the map (dropped, or Place then a click): stored, then the page and
        the lists show it where it now is."""
        self._store_position(asset_id, lat, lng)
        self.refresh()
