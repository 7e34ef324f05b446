"""The community asset map inside the app: a QWebEngineView on the ``app://`` scheme (never
``setHtml``, which silently fails above 2 MB), a QWebChannel bridge so a popup can open its
story and dragged pins are stored through the normal write path, and an inventory to place
assets that are not on the map yet (choose one, press Place, click the map)."""

from __future__ import annotations

import json
from collections.abc import Sequence
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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.maps.build import build_map_html
from cle_desktop.maps.errors import BaseMapRejected
from cle_desktop.maps.pins import BaseMapSpec
from cle_desktop.maps.tiles import open_tiles
from cle_desktop.services.assets import AssetRow
from cle_desktop.ui.actions import action_button, page_action
from cle_desktop.ui.labels import CATEGORIES, ROLES, TAG_KINDS
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
    """Assets not on the map yet (``AssetRow``s); dragging one onto the map places it (the map
    page reads the text/plain "cle-asset:<id>")."""

    def cell(self, row: AssetRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{row.name} ({TAG_KINDS(row.kind).lower()})"
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


class MapPage(Page):
    loaded = Signal(bool)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.simple = False
        self.height_px = 0
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
        self.bridge.pinPlaced.connect(self._store_position)

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
        # What the hint says when nothing is being placed (or the base map's problem).
        self.resting_hint = self.tr(
            "Drag pins to move them. To place an asset, drag it onto the map, or choose it, press Place, then click the map."
        )
        self.hint = QLabel(self.resting_hint)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        heading = QLabel(self.tr("Not on the map yet"))
        heading.setObjectName("sectionTitle")
        side_layout.addWidget(heading)
        side_layout.addWidget(self.unplaced, 1)
        side_layout.addWidget(place)
        side_layout.addWidget(self.hint)
        side_layout.addWidget(prepare)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setSizes([1000, 260])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        if not self.gathering_id:
            return
        spec = self.services.maps.basemap_spec(self.gathering_id)
        pins = self.services.maps.pins(self.gathering_id)
        self.simple = spec.kind == "image"
        self.height_px = spec.height or 0
        try:
            self.handler.tiles = (
                open_tiles(spec.path, spec.kind)
                if spec.kind in ("mbtiles", "pmtiles") and spec.path
                else None
            )
        except BaseMapRejected as exc:  # the base map is left out, with its sentence
            self.handler.tiles = None
            spec = BaseMapSpec(center=spec.center, sessions=spec.sessions, problem=str(exc))
        self.resting_hint = spec.problem or self.resting_hint
        if self.placing is None:
            self.hint.setText(self.resting_hint)
        self.handler.overlay = spec.path if spec.kind == "image" else None
        html = build_map_html(
            pins,
            spec,
            mode="app",
            editable=True,
            labels=self._page_labels(),
            names=self._names(),
            title=self.services.gatherings.get(self.gathering_id).title,
        ).encode("utf-8")
        unchanged = html == self.handler.page_html
        self.handler.page_html = html
        placed = {p.asset_id for p in pins}
        self.unplaced_model.set_rows(
            [
                row
                for row in self.services.assets.inventory(self.gathering_id)
                if row.id not in placed
            ]
        )
        if not unchanged:  # reloading an identical page would only flicker
            self.view.load(QUrl("app://map/index.html"))

    def _page_labels(self) -> dict[str, str]:
        """The map page's own words (legend, layer switcher, filters, popups), translated."""
        return {
            "asset": self.tr("Assets"),
            "gift": self.tr("Gifts"),
            "hope": self.tr("Hopes"),
            "mentions": self.tr("mentioned in {n} stories"),
            "mentionsOne": self.tr("mentioned in {n} story"),
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
        self.hint.setText(self.resting_hint)

    def _store_position(self, asset_id: str, lat: float, lng: float) -> None:
        if asset_id == self.placing:  # placed: the "Now click…" hint has done its work
            self.placing = None
            self.hint.setText(self.resting_hint)
        if self.simple:
            self.services.maps.place_on_drawn_map(
                asset_id, self.gathering_id or "", px=lng, py=self.height_px - lat
            )
        else:
            self.services.places.place_asset(asset_id, lat=lat, lon=lng)
        if self.sender() is self.bridge and self.unplaced.currentIndex().isValid():
            self.refresh()
