"""The main window: tabs for the story desk, people, photos & artifacts, the map, review and
sync, a search dock (Ctrl+F), and the menu bar (``ui/menus.py``: File, Edit, View, Gathering,
Help).

The window fits the screen it opens on (a 1280×800 or 1366×768 laptop keeps its status bar in
view; pages scroll rather than clip, see ``ui/scrolling_tabs.py``) and remembers its geometry,
dock and splitter positions and the last page in ``QSettings`` (``ui/settings.py``). The
commands behind the menus live in their own modules (``ui/file_commands.py``,
``ui/gathering_commands.py``, ``ui/help_dialogs.py`` ...); this class only wires them.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.dialogs import DialogService
from cle_desktop.ui.menus import WindowMenus
from cle_desktop.ui.messages import readable
from cle_desktop.ui.pages import PAGES, Page, PageContext, PageSpec
from cle_desktop.ui.scrolling_tabs import ScrollingTabs
from cle_desktop.ui.settings import app_settings
from cle_desktop.ui.story_desk import StoryDesk

if TYPE_CHECKING:
    # Types only: importing QCloseEvent at start-up makes PySide build QEvent's 179-member
    # enum (a few ms) before any event reaches Python.
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QStackedWidget

    from cle_desktop.services import Services
    from cle_desktop.services.changes import Changes
    from cle_desktop.ui.change_hub import ChangeHub
    from cle_desktop.ui.search_panel import SearchPanel


class MainWindow(QMainWindow):
    # Emitted on the worker thread that opened the database; delivered here, queued.
    databaseReady = Signal()
    # The gathering is showing (or the first-run question was answered).
    databaseOpened = Signal()

    def __init__(self, services: Services, dialogs: DialogService | None = None):
        super().__init__()
        if gc.isenabled():  # not paused for a cold start (``launch.resume_collector`` then)
            from cle_desktop.ui.gui_collector import collect_on_gui_thread

            collect_on_gui_thread()
        self.services = services
        self.dialogs = dialogs or DialogService()
        # What every page is built from (the change hub joins it once the file is open).
        self.context = PageContext(services, self.dialogs, app_settings)
        self.gathering_id: str | None = None
        self.setWindowTitle(self.tr("CLE Desktop"))
        self.tabs = ScrollingTabs()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.desk = StoryDesk(services, self)
        # The desk fits 1024×640 as it is (its lists and editor scroll themselves).
        self.tabs.addTab(self.desk, self.tr("Story desk"), scroll=False)
        self.pages: list[QWidget] = [self.desk]
        # The other pages are built the first time they are needed (their tab opens, or code
        # asks for them), so the window is up and the desk takes typing at once even on a
        # large gathering; until then a placeholder holds the tab. Titles are marked for
        # lupdate in ui/pages.py and translated here.
        self.lazy: dict[int, PageSpec] = {}
        self._tab_of: dict[str, int] = {}
        for spec in PAGES:
            placeholder = QWidget()
            placeholder.setObjectName(f"{spec.name}Placeholder")
            index = self.tabs.addTab(placeholder, self.tr(spec.title), scroll=False)
            self.lazy[index] = spec
            self._tab_of[spec.name] = index
        self._tab_of["desk"] = self.tabs.indexOf(self.desk)
        self.stale: set[int] = set()
        # With no gathering open, a start page instead: both in a stack, built on first need.
        self.central: QStackedWidget | None = None
        self.start_page: Any = None
        self.name_banner: Any = None  # a first start's "Name this gathering" line
        self.tabs.currentChanged.connect(self._on_tab)
        # One Undo/Redo pair for the whole window, following the page in use.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.desk.undo_stack)
        self.undo_group.setActiveStack(self.desk.undo_stack)
        self.replacement: MainWindow | None = None  # the window of another database file

        self._search: SearchPanel | None = None  # built on first Ctrl+F

        self.desk.status.connect(self.statusBar().showMessage)
        self.desk.reviewRequested.connect(lambda: self.show_page("sync"))
        self.hub: ChangeHub | None = None  # made when the database is open
        # The story list names each story's tellers: its row follows a change of tellers.
        self.desk.tellers_edit.editingFinished.connect(self._refresh_desk_row)
        self.gathering_label = QLabel()
        self.statusBar().addPermanentWidget(self.gathering_label)
        self._build_menus()
        # The desk's one splitter by name: ``findChildren`` would hand every child of the desk
        # to Python (a scroll bar, a text document ...), making PySide build their classes'
        # enums, about 5 ms of the window's start.
        self._restore_splitters(self.desk, [self.desk.splitter])
        # Pages scroll rather than clip, so the window may be small: a 1024×640 screen fits.
        self.setMinimumSize(800, 520)
        self._fit_to_screen()
        self._open_handler: Callable[[], None] | None = None
        self.databaseReady.connect(self._database_ready, Qt.ConnectionType.QueuedConnection)

    def set_open_handler(self, handler: Callable[[], None]) -> None:
        """What to do on this (GUI) thread once the database behind the window is open."""
        self._open_handler = handler

    @Slot()
    def _database_ready(self) -> None:
        self.menus.fill()  # the commands and their shortcuts, now the window is up
        handler, self._open_handler = self._open_handler, None  # runs once
        if handler is not None:
            handler()

    def _build_menus(self) -> None:
        self.menus = WindowMenus(self)
        self.switch_menu = self.menus.switch_menu
        # Filled when opened: always current, and building the window never reads the database.
        self.switch_menu.aboutToShow.connect(self._refresh_switch_menu)

    def _refresh_desk_row(self) -> None:
        if self.desk.story_id:
            self.desk.list_model.refresh_row(self.desk.story_id)

    def action(self, name: str) -> QAction:
        """A menu command by its object name ("importSignIn", "undo", "view_people" ...)."""
        self.menus.fill()
        return self.menus.actions[name]

    # --- size and remembered state ------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Restore the last geometry; the first time, fill most of the screen (all of a small
        laptop's), never more than it has room for."""
        settings = app_settings()
        geometry = settings.value("window/geometry")
        screen = self.screen().availableGeometry()
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            # Left on a bigger monitor: shrink to this screen rather than hang off it.
            if self.width() > screen.width() or self.height() > screen.height():
                self.resize(min(self.width(), screen.width()), min(self.height(), screen.height()))
            return
        width = min(screen.width(), max(1024, int(screen.width() * 0.9)))
        height = min(screen.height(), max(640, int(screen.height() * 0.9)))
        # Leave room for the window manager's title bar and frame on a full-height screen.
        self.resize(min(width, screen.width()), min(height, screen.height() - 40))
        self.move(
            screen.x() + (screen.width() - self.width()) // 2,
            screen.y() + max(0, (screen.height() - 40 - self.height()) // 2),
        )

    def show_restored(self) -> None:
        """Show the window as it was left: maximized or full screen when it was, and with the
        docks where they were; the first time on a small laptop, maximized."""
        settings = app_settings()
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        mode = str(settings.value("window/mode", ""))
        screen = self.screen().availableGeometry()
        if mode == "maximized" or (not mode and screen.width() <= 1440):
            self.showMaximized()
        elif mode == "fullscreen":
            self.showFullScreen()
        else:
            self.show()

    def _restore_splitters(self, page: QWidget, splitters: list[QSplitter] | None = None) -> None:
        settings = app_settings()
        for splitter in page.findChildren(QSplitter) if splitters is None else splitters:
            if splitter.objectName():
                state = settings.value(f"splitters/{splitter.objectName()}")
                if isinstance(state, QByteArray):
                    splitter.restoreState(state)

    def save_window_state(self) -> None:
        """Geometry, docks, splitters and the page showing, for the next start."""
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        mode = (
            "fullscreen" if self.isFullScreen() else "maximized" if self.isMaximized() else "normal"
        )
        settings.setValue("window/mode", mode)
        for page in self.pages:
            for splitter in page.findChildren(QSplitter):
                if splitter.objectName():
                    settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        current = self.tabs.currentIndex()
        name = next((n for n, i in self._tab_of.items() if i == current), "desk")
        settings.setValue("window/page", name)
        settings.sync()

    def restore_last_page(self) -> None:
        """Open the page that was showing when the window was last closed."""
        name = str(app_settings().value("window/page", "desk"))
        if name in self._tab_of and name != "desk":
            self.show_page(name)

    def show_start_page(self) -> None:
        """No gathering open: offer to create one or to join from another laptop's bundle."""
        from cle_desktop.ui.start_page import StartPage

        if self.start_page is None:
            from PySide6.QtWidgets import QStackedWidget

            self.start_page = StartPage(self)
            self.start_page.createRequested.connect(self.create_gathering)
            self.start_page.joinRequested.connect(self.import_bundle)
            self.central = QStackedWidget()
            self.takeCentralWidget()  # keeps the tabs alive, to go in the stack
            self.central.addWidget(self.tabs)
            self.central.addWidget(self.start_page)
            self.setCentralWidget(self.central)
            self.central.show()  # added to a window already showing
        self.gathering_id = None
        self.setWindowTitle(self.tr("CLE Desktop"))
        self.gathering_label.clear()
        self.central.setCurrentWidget(self.start_page)

    def offer_to_name_gathering(self) -> None:
        """A first start's untitled gathering: a banner on the desk (never a modal, never the
        focus) to name it, open the demo instead, or join from another laptop's bundle."""
        from cle_desktop.ui.first_run import NameGatheringBanner

        if self.name_banner is None:
            self.name_banner = NameGatheringBanner(self.desk)
            self.name_banner.nameRequested.connect(self.name_gathering)
            self.name_banner.demoRequested.connect(self.open_demo_instead)
            self.name_banner.joinRequested.connect(self.join_instead)
            self.desk.add_banner(self.name_banner)
        self.name_banner.show()

    def _drop_name_banner(self) -> None:
        if self.name_banner is not None:
            self.name_banner.hide()

    def name_gathering(self) -> None:
        """The banner's "Name this gathering…": the details form, with the title to fill."""
        if self.edit_gathering():
            self._drop_name_banner()
        self.desk.editor.setFocus()

    def _discard_if_untouched(self) -> None:
        """The first start's gathering, left for the demo or a bundle: deleted when nothing
        was put in it, so the laptop does not keep an empty "Untitled gathering"."""
        gid = self.gathering_id
        if gid is None or self.desk.has_unsaved():
            return
        if not any(self.services.gatherings.contents(gid).values()):
            self.services.gatherings.delete(gid)

    def open_demo_instead(self) -> None:
        """The demo gathering (300 stories, 24 photos: seconds of work) is made behind a busy
        note while the window keeps painting."""
        from cle_desktop.demo import create_demo
        from cle_desktop.ui.launch import run_with_busy_note

        self.desk.save_now()
        self._discard_if_untouched()
        self._drop_name_banner()
        db = self.services.db
        gid = run_with_busy_note(
            self,
            QCoreApplication.translate("Launch", "Making the demo gathering…"),
            lambda: create_demo(db, stories=300, photos=24).id,
        )
        self.open_gathering(gid)

    def join_instead(self) -> None:
        """A second laptop: the start page, then the bundle to join from (its file dialog's
        Cancel leaves the start page, with "Create a gathering" and "Join" on it)."""
        self.desk.save_now()
        self._drop_name_banner()
        self._discard_if_untouched()
        if not self.services.gatherings.all():
            self.show_start_page()
        self.import_bundle()

    def _after_sync(self, _message: str = "") -> None:
        """A bundle imported with no gathering open (a second laptop joining): open one."""
        if self.gathering_id is None:
            from cle_desktop.ui.launch import last_gathering

            gid = last_gathering(self.services)
            if gid:
                self.open_gathering(gid)

    def page_titles(self) -> list[tuple[str, str]]:
        """(name, title) of every page, in tab order, for the View menu."""
        by_index = sorted((i, n) for n, i in self._tab_of.items())
        return [(n, self.tabs.tabText(i).replace("&&", "&")) for i, n in by_index]

    def show_page(self, name: str) -> None:
        self.tabs.setCurrentIndex(self._tab_of[name])

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # --- commands of the menus (each in its own module) --------------------------------------

    def new_story(self) -> None:
        self._new_story()

    def new_database_file(self) -> None:
        from cle_desktop.ui.file_commands import new_database_file

        new_database_file(self)

    def open_database_file(self, path: object = None) -> None:
        from cle_desktop.ui.file_commands import open_database_file

        open_database_file(self, path)  # type: ignore[arg-type]

    def import_sign_in_sheet(self) -> None:
        from cle_desktop.ui.file_commands import import_sign_in_sheet

        import_sign_in_sheet(self)

    def import_stories(self) -> None:
        from cle_desktop.ui.file_commands import import_stories

        import_stories(self)

    def import_photos(self) -> None:
        if self.gathering_id:
            self.tabs.setCurrentWidget(self.photos)
            self.photos.choose_files()

    def import_bundle(self) -> None:
        if "sync" in self._tab_of:
            if self.central is not None:
                self.central.setCurrentWidget(self.tabs)
            page = self._page_at(self._tab_of["sync"])
            self.show_page("sync")
            page.import_bundle()
            if self.gathering_id is None and page.op is None and self.start_page is not None:
                # No bundle chosen, with no gathering open: back to "Create" or "Join".
                self.central.setCurrentWidget(self.start_page)

    def export_report(self) -> None:
        if self.gathering_id and "review" in self._tab_of:
            page = self.page("review")
            self.show_page("review")
            page.export_report()

    def delete_story(self) -> None:
        from cle_desktop.ui.desk_commands import delete_current_story

        self.tabs.setCurrentWidget(self.desk)
        delete_current_story(self.desk, self.dialogs)

    def delete_tag(self) -> None:
        from cle_desktop.ui.desk_commands import delete_current_tag

        delete_current_tag(self.desk)

    def show_preferences(self) -> None:
        from cle_desktop.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.services, self.dialogs, self)
        dialog.exec()

    def edit_gathering(self) -> bool:
        from cle_desktop.ui.gathering_commands import edit_gathering

        return edit_gathering(self)

    def edit_sessions(self) -> None:
        from cle_desktop.ui.sessions_dialog import SessionsDialog

        if not self.gathering_id:
            return
        SessionsDialog(self.services, self.dialogs, self.gathering_id, self).exec()
        self.desk.set_gathering(self.gathering_id)  # its session box lists the new agenda

    def delete_gathering(self) -> None:
        from cle_desktop.ui.gathering_commands import delete_gathering

        delete_gathering(self)

    def show_getting_started(self) -> None:
        from cle_desktop.ui.help_dialogs import show_getting_started

        show_getting_started(self)

    def show_shortcuts(self) -> None:
        from cle_desktop.ui.help_dialogs import show_shortcuts

        show_shortcuts(self)

    def show_about(self) -> None:
        from cle_desktop.ui.about import AboutDialog

        AboutDialog(self.services, self).exec()

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
        self.context.hub = self.hub

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
            if isinstance(page, Page):
                page.apply_changes(changes)

    def open_gathering(self, gathering_id: str) -> None:
        self.desk.save_now()
        self._follow_changes()
        self.menus.fill()
        if self.central is not None:
            self.central.setCurrentWidget(self.tabs)
        self.gathering_id = gathering_id
        self.services.gatherings.remember_last(gathering_id)
        self._show_title(gathering_id)
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

    def _show_title(self, gathering_id: str) -> None:
        info = self.services.gatherings.get(gathering_id)
        self.setWindowTitle(self.tr("{0} — CLE Desktop").format(info.title))
        self.gathering_label.setText(info.title)

    def gathering_details_changed(self) -> None:
        """The open gathering's title or dates were edited: the title bar and the other pages
        follow; the desk keeps the open story, its cursor and anything being typed."""
        if self.gathering_id is None:
            return
        self._show_title(self.gathering_id)
        current = self.tabs.currentIndex()
        desk_index = self.tabs.indexOf(self.desk)
        self.stale |= {i for i in range(self.tabs.count()) if i not in (current, desk_index)}
        if current != desk_index:
            self._page_at(current).set_gathering(self.gathering_id)

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

    def mark_stale(self, name: str) -> None:
        """The page reads its gathering again when next shown (a write it is not told of)."""
        if name in self._tab_of:
            self.stale.add(self._tab_of[name])

    def _page_at(self, index: int) -> Any:
        """The page of a tab, building a lazy one on first use."""
        if index in self.lazy:
            page = self.lazy.pop(index).factory(self.context)
            page.setParent(self)
            page.storyRequested.connect(self.open_story)
            page.status.connect(self.statusBar().showMessage)
            page.synced.connect(self._after_sync)
            if page.undo_stack is not None:
                self.undo_group.addStack(page.undo_stack)
            self._restore_splitters(page)
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
        self.undo_group.setActiveStack(page.undo_stack)
        if not self.gathering_id:
            return
        if index in self.stale:
            self.stale.discard(index)
            page.set_gathering(self.gathering_id)
        elif isinstance(page, Page):
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
        self.save_window_state()
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
