"""The main window: tabs for the story desk, people, photos & artifacts, the map, review and
sync, a search dock (Ctrl+F), and a Gathering menu to create or switch gatherings."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.dialogs import DialogService
from cle_desktop.ui.messages import readable
from cle_desktop.ui.story_desk import StoryDesk

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.services.changes import Changes
    from cle_desktop.ui.change_hub import ChangeHub
    from cle_desktop.ui.search_panel import SearchPanel

# Pages built the first time they are needed (their tab opens, or code asks for them), so the
# window is up and the story desk takes typing at once even on a large gathering. Each has
# set_gathering(); those marked True take the dialog service too. Titles are marked for lupdate
# here and translated by self.tr() when the tab is added.
LAZY_PAGES = (
    (
        "people",
        "cle_desktop.ui.people",
        "PeoplePage",
        QT_TRANSLATE_NOOP("MainWindow", "People"),
        True,
    ),
    (
        "photos",
        "cle_desktop.ui.photos_page",
        "PhotosPage",
        QT_TRANSLATE_NOOP("MainWindow", "Photos && artifacts"),
        True,
    ),
    ("map", "cle_desktop.ui.map_page", "MapPage", QT_TRANSLATE_NOOP("MainWindow", "Map"), False),
    (
        "review",
        "cle_desktop.ui.review",
        "ReviewPage",
        QT_TRANSLATE_NOOP("MainWindow", "Review"),
        False,
    ),
    (
        "sync",
        "cle_desktop.ui.sync_view",
        "SyncPage",
        QT_TRANSLATE_NOOP("MainWindow", "Sync"),
        False,
    ),
)


class MainWindow(QMainWindow):
    # Emitted on the worker thread that opened the database; delivered here, queued.
    databaseReady = Signal()
    # The gathering is showing (or the first-run question was answered).
    databaseOpened = Signal()

    def __init__(self, services: Services, dialogs: DialogService | None = None):
        super().__init__()
        self.services = services
        self.dialogs = dialogs or DialogService()
        self.gathering_id: str | None = None
        self.setWindowTitle(self.tr("CLE Desktop"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.desk = StoryDesk(services, self)
        self.tabs.addTab(self.desk, self.tr("Story desk"))
        self.pages: list[Any] = [self.desk]
        self.lazy: dict[int, tuple[str, str, bool]] = {}
        self._tab_of: dict[str, int] = {}
        for name, module_name, class_name, title, with_dialogs in LAZY_PAGES:
            if importlib.util.find_spec(module_name) is None:
                continue
            index = self.tabs.addTab(QWidget(), self.tr(str(title)))
            self.lazy[index] = (module_name, class_name, with_dialogs)
            self._tab_of[name] = index
        self.stale: set[int] = set()
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab)

        self._search: SearchPanel | None = None  # built on first Ctrl+F

        self.desk.status.connect(self.statusBar().showMessage)
        self.desk.reviewRequested.connect(lambda: self.show_page("sync"))
        self.hub: ChangeHub | None = None  # made when the database is open
        self.gathering_label = QLabel()
        self.statusBar().addPermanentWidget(self.gathering_label)
        self._build_menus()
        self.resize(1280, 800)
        self._open_handler: Callable[[], None] | None = None
        self.databaseReady.connect(self._database_ready, Qt.ConnectionType.QueuedConnection)

    def set_open_handler(self, handler: Callable[[], None]) -> None:
        """What to do on this (GUI) thread once the database behind the window is open."""
        self._open_handler = handler

    @Slot()
    def _database_ready(self) -> None:
        handler, self._open_handler = self._open_handler, None  # runs once
        if handler is not None:
            handler()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Gathering"))
        new = QAction(self.tr("New gathering…"), self)
        new.triggered.connect(self.create_gathering)
        menu.addAction(new)
        self.switch_menu = menu.addMenu(self.tr("Switch to"))
        # Filled when opened: always current, and building the window never reads the database.
        self.switch_menu.aboutToShow.connect(self._refresh_switch_menu)
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
        # Qt shows "<prefix> <command text>": "Undo tag as gift", "Deshacer la etiqueta como don".
        undo = self.desk.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        redo = self.desk.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        story.addAction(undo)
        story.addAction(redo)
        find = QAction(self.tr("Search…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.show_search)
        story.addAction(find)

    def _refresh_switch_menu(self) -> None:
        from PySide6.QtGui import QActionGroup  # the menu's first opening, not start-up

        self.switch_menu.clear()
        group = QActionGroup(self)
        for info in self.services.gatherings.all():
            action = QAction(info.title, self, checkable=True)
            action.setChecked(info.id == self.gathering_id)
            action.triggered.connect(lambda _=False, gid=info.id: self.open_gathering(gid))
            group.addAction(action)
            self.switch_menu.addAction(action)

    def _follow_changes(self) -> None:
        """From now on every write to the file, by anyone, reaches the open pages."""
        if self.hub is not None:
            return
        from cle_desktop.services.changes import ChangeFeed
        from cle_desktop.ui.change_hub import ChangeHub

        self.hub = ChangeHub(ChangeFeed(self.services.db), self)
        self.hub.changed.connect(self.apply_changes)

    def apply_changes(self, changes: Changes) -> None:
        """Tell the pages what changed: the desk always (it holds the open story), the page in
        view refreshes now, the others when they are next shown."""
        if not self.gathering_id:
            return
        self.desk.apply_changes(changes)
        current = self.tabs.currentIndex()
        for index in range(self.tabs.count()):
            if index in self.lazy or self.tabs.widget(index) is self.desk:
                continue
            if index != current:
                self.stale.add(index)
                continue
            page = self.tabs.widget(index)
            if callable(getattr(page, "apply_changes", None)):
                page.apply_changes(changes)
            elif callable(getattr(page, "refresh", None)):
                page.refresh()

    def show_page(self, name: str) -> None:
        """Bring a page (by name) into view."""
        self.tabs.setCurrentIndex(self._tab_of[name])

    def open_gathering(self, gathering_id: str) -> None:
        self.desk.save_now()
        self._follow_changes()
        self.gathering_id = gathering_id
        self.services.gatherings.remember_last(gathering_id)
        info = self.services.gatherings.get(gathering_id)
        self.setWindowTitle(self.tr("{0} — CLE Desktop").format(info.title))
        self.gathering_label.setText(info.title)
        current = self.tabs.currentIndex()
        desk_index = self.tabs.indexOf(self.desk)
        self.stale = {i for i in range(self.tabs.count()) if i != current}
        if current != desk_index and self.desk.early_text() is not None:
            # Typed while the database opened: stored now, whichever tab is showing.
            self.desk.set_gathering(gathering_id)
            self.stale.discard(desk_index)
        self._page_at(current).set_gathering(gathering_id)
        if self._search is not None:
            self._search.set_gathering(gathering_id)

    def create_gathering(self) -> str | None:
        from cle_desktop.ui.first_run import GatheringDialog

        dialog = GatheringDialog(self, allow_demo=False)
        if dialog.exec() != GatheringDialog.DialogCode.Accepted:
            return None
        try:
            gid = self.services.gatherings.create(**dialog.values())  # type: ignore[arg-type]
        except ServiceError as exc:
            self.dialogs.warn(self, self.tr("Cannot create"), readable(exc))
            return None
        self.open_gathering(gid)
        return gid

    def _new_story(self) -> None:
        self.tabs.setCurrentWidget(self.desk)
        self.desk.new_story()

    @property
    def search(self) -> SearchPanel:
        """The search dock's panel, built the first time it is wanted."""
        if self._search is None:
            from PySide6.QtWidgets import QDockWidget

            from cle_desktop.ui.search_panel import SearchPanel  # first Ctrl+F, not start-up

            self._search = SearchPanel(self.services, self)
            self._search.openStory.connect(self._open_story_hit)
            dock = QDockWidget(self.tr("Search"), self)
            dock.setObjectName("searchDock")
            dock.setWidget(self._search)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetClosable
                | QDockWidget.DockWidgetFeature.DockWidgetMovable
            )
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
            self.search_dock = dock
            if self.gathering_id:
                self._search.set_gathering(self.gathering_id)
        return self._search

    def show_search(self) -> None:
        panel = self.search
        self.search_dock.show()
        panel.box.setFocus()
        panel.box.selectAll()

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

    @property
    def people(self) -> Any:
        return self.page("people")

    @property
    def photos(self) -> Any:
        return self.page("photos")

    def page(self, name: str) -> Any:
        """A tab's page by name ("people", "photos", "map", …), built and given the open
        gathering on first use; the current tab does not change."""
        index = self._tab_of[name]
        page = self._page_at(index)
        if self.gathering_id and index in self.stale:
            self.stale.discard(index)
            page.set_gathering(self.gathering_id)
        return page

    def _page_at(self, index: int) -> Any:
        """The page of a tab, building a lazy one on first use."""
        if index in self.lazy:
            module_name, class_name, with_dialogs = self.lazy.pop(index)
            page_class = getattr(importlib.import_module(module_name), class_name)
            if with_dialogs:
                page = page_class(self.services, self.dialogs, self)
            else:
                page = page_class(self.services, self)
            if hasattr(page, "storyRequested"):
                page.storyRequested.connect(self.open_story)
            if isinstance(getattr(page_class, "status", None), Signal):
                page.status.connect(self.statusBar().showMessage)
            title = self.tabs.tabText(index)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self.pages.append(page)
        return self.tabs.widget(index)

    def _on_tab(self, index: int) -> None:
        self.desk.save_now()
        page = self._page_at(index)
        if not self.gathering_id:
            return
        if index in self.stale:
            self.stale.discard(index)
            page.set_gathering(self.gathering_id)
        elif callable(getattr(page, "refresh", None)):
            page.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._open_handler is not None and self.desk.early_text() is not None:
            # Closed while the database was still opening, with something typed: wait for it
            # (a moment) and open the gathering now, so the text becomes a story, not a file.
            try:
                self.services.wait()  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - the open handler tells the person why
                pass
            self._database_ready()
        if not self.desk.save_now() and not self._keep_unsaved_on_close():
            event.ignore()
            return
        self.rescue_early_text()
        self.desk.shutdown()
        if self.hub is not None:
            self.hub.stop()
        super().closeEvent(event)

    def _keep_unsaved_on_close(self) -> bool:
        """The last save failed: the text goes to a file (the unsaved folder, else a place the
        person picks, a USB stick) and the person is told where; False keeps the window open."""
        copy = self.desk.rescue_copy()
        if copy is None:
            self.dialogs.warn(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The story could not be saved and no copy could be written on this disk "
                    "(it may be full). Choose another place, such as a USB stick, for a copy."
                ),
            )
            target = self.dialogs.folder(self, self.tr("Save a copy to…"))
            copy = self.desk.rescue_copy(target) if target is not None else None
        if copy is None:
            return False
        self.dialogs.inform(
            self,
            self.tr("Text kept"),
            self.tr(
                "The story could not be saved in the database. What you typed is not lost: "
                "it is in {0}"
            ).format(copy),
        )
        return True

    def rescue_early_text(self, reason: str = "") -> None:
        """Text typed before a gathering opened, when none will: written to a file, and the
        person is told where (with ``reason``, why it is not in a story)."""
        early = self.desk.early_text()
        if early is None:
            return
        from cle_desktop.services.rescue import keep_unsaved_text

        path = keep_unsaved_text(*early)
        self.desk.forget_journal()
        self.desk.title_edit.clear()
        self.desk.editor.clear()
        message = self.tr("What you typed was not lost: it is in {0}").format(path)
        self.dialogs.inform(self, self.tr("Text kept"), f"{reason}\n\n{message}".strip())
