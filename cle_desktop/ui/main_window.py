"""The main window: tabs for the story desk, people, photos & artifacts, the map, review and
sync, a search dock (Ctrl+F), and a Gathering menu to create or switch gatherings."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabWidget, QWidget

from cle_desktop.services import Services
from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.dialogs import DialogService
from cle_desktop.ui.first_run import GatheringDialog
from cle_desktop.ui.people import PeoplePage
from cle_desktop.ui.photos_page import PhotosPage
from cle_desktop.ui.search_panel import SearchPanel
from cle_desktop.ui.story_desk import StoryDesk

# Pages built by other areas; each takes (services, parent) and has set_gathering().
OPTIONAL_PAGES = (
    ("cle_desktop.ui.map_page", "MapPage", "Map"),
    ("cle_desktop.ui.review", "ReviewPage", "Review"),
    ("cle_desktop.ui.sync_view", "SyncPage", "Sync"),
)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, dialogs: DialogService | None = None):
        super().__init__()
        self.services = services
        self.dialogs = dialogs or DialogService()
        self.gathering_id: str | None = None
        self.setWindowTitle(self.tr("CLE Desktop"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.desk = StoryDesk(services, self)
        self.people = PeoplePage(services, self.dialogs, self)
        self.photos = PhotosPage(services, self.dialogs, self)
        self.tabs.addTab(self.desk, self.tr("Story desk"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.photos, self.tr("Photos && artifacts"))
        self.pages: list[Any] = [self.desk, self.people, self.photos]
        for module_name, class_name, title in OPTIONAL_PAGES:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name != module_name:
                    raise
                continue
            page = getattr(module, class_name)(services, self)
            if hasattr(page, "storyRequested"):
                page.storyRequested.connect(self.open_story)
            self.tabs.addTab(page, self.tr(title))
            self.pages.append(page)
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab)

        self.search = SearchPanel(services, self)
        self.search.openStory.connect(self._open_story_hit)
        dock = QDockWidget(self.tr("Search"), self)
        dock.setObjectName("searchDock")
        dock.setWidget(self.search)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self.search_dock = dock

        for page in (self.desk, self.people, self.photos):
            page.status.connect(self.statusBar().showMessage)
        self.desk.saved.connect(lambda _sid: None)
        self.gathering_label = QLabel()
        self.statusBar().addPermanentWidget(self.gathering_label)
        self._build_menus()
        self.resize(1280, 800)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Gathering"))
        new = QAction(self.tr("New gathering…"), self)
        new.triggered.connect(self.create_gathering)
        menu.addAction(new)
        self.switch_menu = menu.addMenu(self.tr("Switch to"))
        menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        story = self.menuBar().addMenu(self.tr("&Story"))
        new_story = QAction(self.tr("New story"), self)
        new_story.setShortcut(QKeySequence("Ctrl+N"))
        new_story.triggered.connect(self._new_story)
        story.addAction(new_story)
        undo = self.desk.undo_stack.createUndoAction(self, self.tr("Undo tag"))
        undo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        redo = self.desk.undo_stack.createRedoAction(self, self.tr("Redo tag"))
        redo.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        story.addAction(undo)
        story.addAction(redo)
        find = QAction(self.tr("Search…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.show_search)
        story.addAction(find)
        self._refresh_switch_menu()

    def _refresh_switch_menu(self) -> None:
        self.switch_menu.clear()
        group = QActionGroup(self)
        for info in self.services.gatherings.all():
            action = QAction(info.title, self, checkable=True)
            action.setChecked(info.id == self.gathering_id)
            action.triggered.connect(lambda _=False, gid=info.id: self.open_gathering(gid))
            group.addAction(action)
            self.switch_menu.addAction(action)

    def open_gathering(self, gathering_id: str) -> None:
        self.desk.save_now()
        self.gathering_id = gathering_id
        self.services.gatherings.remember_last(gathering_id)
        info = self.services.gatherings.get(gathering_id)
        self.setWindowTitle(self.tr("{0} — CLE Desktop").format(info.title))
        self.gathering_label.setText(info.title)
        for page in self.pages:
            page.set_gathering(gathering_id)
        self.search.set_gathering(gathering_id)
        self._refresh_switch_menu()

    def create_gathering(self) -> str | None:
        dialog = GatheringDialog(self, allow_demo=False)
        if dialog.exec() != GatheringDialog.DialogCode.Accepted:
            return None
        try:
            gid = self.services.gatherings.create(**dialog.values())  # type: ignore[arg-type]
        except ServiceError as exc:
            self.dialogs.warn(self, self.tr("Cannot create"), str(exc))
            return None
        self.open_gathering(gid)
        return gid

    def _new_story(self) -> None:
        self.tabs.setCurrentWidget(self.desk)
        self.desk.new_story()

    def show_search(self) -> None:
        self.search_dock.show()
        self.search.box.setFocus()
        self.search.box.selectAll()

    def _open_story_hit(self, story_id: str, query: str) -> None:
        self.tabs.setCurrentWidget(self.desk)
        body = self.services.stories.get(story_id).body
        words = [w for w in query.split() if w.strip()]
        start = body.casefold().find(words[0].casefold()) if words else -1
        if start >= 0:
            self.desk.open_story(story_id, start, start + len(words[0]))
        else:
            self.desk.open_story(story_id)

    def open_story(self, story_id: str) -> None:
        self.tabs.setCurrentWidget(self.desk)
        self.desk.open_story(story_id)

    def _on_tab(self, _index: int) -> None:
        self.desk.save_now()
        widget: QWidget = self.tabs.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh) and self.gathering_id:
            refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.desk.save_now()
        super().closeEvent(event)
