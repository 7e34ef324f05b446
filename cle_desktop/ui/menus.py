"""The window's menu bar: File, Edit, View, Gathering and Help.

Every command is a ``QAction`` with an object name (``window.action("importSignIn")``), so the
menus, their shortcuts and the tests trigger the same thing. Shortcuts are Qt's standard keys
where one exists (Undo, Redo, Find, Open, Quit ...), and a button that names a shortcut shows
it with :func:`shortcut_text`, the same native text the menus show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from cle_desktop.ui.main_window import MainWindow

#: One command of a menu table: (object name, translated text, slot[, shortcut]).
MenuEntry: TypeAlias = (
    tuple[str, str, Callable[[], object]]
    | tuple[str, str, Callable[[], object], str | QKeySequence.StandardKey | None]
)

# The pages of the View menu: (page name, shortcut). Alt+digit, since Ctrl+1..3 tag a passage.
VIEW_KEYS = {
    "desk": "Alt+1",
    "people": "Alt+2",
    "photos": "Alt+3",
    "map": "Alt+4",
    "review": "Alt+5",
    "sync": "Alt+6",
}


def shortcut_text(keys: str | QKeySequence | QKeySequence.StandardKey) -> str:
    """A shortcut as this platform writes it in menus ("Ctrl+N" on Linux, "⌘N" on macOS)."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


class WindowMenus:
    """Builds the menu bar of ``window`` and keeps its actions by object name."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.filled = False
        bar = window.menuBar()
        self.file = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
        self.edit = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
        self.view = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
        self.gathering = bar.addMenu(QCoreApplication.translate("Menus", "&Gathering"))
        self.help = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
        self.switch_menu = self.gathering.addMenu(QCoreApplication.translate("Menus", "Switch to"))
        self.switch_menu.setObjectName("switchMenu")
        for menu in (self.file, self.edit, self.view, self.gathering, self.help):
            menu.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        """Add the commands (once). The window's first frame shows only the menu titles: the
        commands, their shortcuts and the enums they need are built when the database is
        open (or a menu is first opened), which keeps the cold start to typing short."""
        if self.filled:
            return
        self.filled = True
        self._file()
        self._edit()
        self._view()
        self._gathering()
        self._help()

    def add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions[name] = action
        return action

    def add_all(self, menu: QMenu, entries: Sequence[MenuEntry | None]) -> None:
        """Add a menu's commands from a table: ``(name, text, slot[, keys])``, ``None`` for a
        separator, so each menu reads as the list of what it offers."""
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                self.add(menu, *entry)

    def _file(self) -> None:
        w, m = self.window, self.file
        self.add_all(
            m,
            [
                (
                    "newStory",
                    QCoreApplication.translate("Menus", "New story"),
                    w.new_story,
                    "Ctrl+N",
                ),
                None,
                (
                    "newDatabase",
                    QCoreApplication.translate("Menus", "New database file…"),
                    w.new_database_file,
                ),
                (
                    "openDatabase",
                    QCoreApplication.translate("Menus", "Open database file…"),
                    w.open_database_file,
                    QKeySequence.StandardKey.Open,
                ),
            ],
        )
        self.recent = m.addMenu(QCoreApplication.translate("Menus", "Open recent"))
        self.recent.setObjectName("recentMenu")
        self.recent.aboutToShow.connect(self.fill_recent)
        self.add_all(
            m,
            [
                None,
                (
                    "importSignIn",
                    QCoreApplication.translate("Menus", "Import sign-in sheet…"),
                    w.import_sign_in_sheet,
                ),
                (
                    "importStories",
                    QCoreApplication.translate("Menus", "Import stories…"),
                    w.import_stories,
                ),
                (
                    "importPhotos",
                    QCoreApplication.translate("Menus", "Import photos…"),
                    w.import_photos,
                ),
                (
                    "importBundle",
                    QCoreApplication.translate("Menus", "Join from another laptop's bundle…"),
                    w.import_bundle,
                ),
                None,
                (
                    "exportReport",
                    QCoreApplication.translate("Menus", "Export report…"),
                    w.export_report,
                ),
                None,
                (
                    "quit",
                    QCoreApplication.translate("Menus", "Quit"),
                    w.close,
                    QKeySequence.StandardKey.Quit,
                ),
            ],
        )

    def fill_recent(self) -> None:
        from cle_desktop.ui.settings import recent_files

        self.recent.clear()
        files = recent_files()
        for path in files:
            action = QAction(str(path), self.window)
            action.triggered.connect(
                lambda _checked=False, p=path: self.window.open_database_file(p)
            )
            self.recent.addAction(action)
        if not files:
            empty = QAction(QCoreApplication.translate("Menus", "(none yet)"), self.window)
            empty.setEnabled(False)
            self.recent.addAction(empty)

    def _edit(self) -> None:
        w, m = self.window, self.edit
        # Qt shows "<prefix> <command text>": "Undo tag as gift", "Deshacer la etiqueta como don".
        undo = w.undo_group.createUndoAction(w, QCoreApplication.translate("Menus", "Undo"))
        undo.setObjectName("undo")
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = w.undo_group.createRedoAction(w, QCoreApplication.translate("Menus", "Redo"))
        redo.setObjectName("redo")
        redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        m.addAction(undo)
        m.addAction(redo)
        self.actions["undo"], self.actions["redo"] = undo, redo
        self.add_all(
            m,
            [
                None,
                (
                    "deleteStory",
                    QCoreApplication.translate("Menus", "Delete story…"),
                    w.delete_story,
                ),
                ("deleteTag", QCoreApplication.translate("Menus", "Delete tag"), w.delete_tag),
                None,
                (
                    "find",
                    QCoreApplication.translate("Menus", "Find…"),
                    w.show_search,
                    QKeySequence.StandardKey.Find,
                ),
                None,
            ],
        )
        prefs = self.add(
            m,
            "preferences",
            QCoreApplication.translate("Menus", "Preferences…"),
            w.show_preferences,
        )
        if not QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
            prefs.setShortcut(QKeySequence("Ctrl+,"))
        else:
            prefs.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))

    def _view(self) -> None:
        w, m = self.window, self.view
        for name, title in w.page_titles():
            self.add(m, f"view_{name}", title, lambda n=name: w.show_page(n), VIEW_KEYS.get(name))
        m.addSeparator()
        full = self.add(
            m,
            "fullScreen",
            QCoreApplication.translate("Menus", "Full screen"),
            w.toggle_full_screen,
        )
        full.setShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen))

    def _gathering(self) -> None:
        w, m = self.window, self.gathering
        new = self.add(
            m,
            "newGathering",
            QCoreApplication.translate("Menus", "New gathering…"),
            w.create_gathering,
        )
        m.removeAction(new)
        m.insertAction(self.switch_menu.menuAction(), new)  # above "Switch to"
        self.add_all(
            m,
            [
                (
                    "editGathering",
                    QCoreApplication.translate("Menus", "Edit details…"),
                    w.edit_gathering,
                ),
                (
                    "sessions",
                    QCoreApplication.translate("Menus", "Sessions and agenda…"),
                    w.edit_sessions,
                ),
            ],
        )
        # The base map belongs to the gathering; these run the Map page's own actions.
        basemap = m.addMenu(QCoreApplication.translate("Menus", "Base map"))
        basemap.setObjectName("baseMapMenu")
        for name, text, command in (
            ("menuBaseMapNone", QCoreApplication.translate("Menus", "No base map"), "basemap_none"),
            (
                "menuBaseMapTiles",
                QCoreApplication.translate("Menus", "Tile archive (MBTiles or PMTiles)…"),
                "basemap_tiles",
            ),
            (
                "menuBaseMapDrawing",
                QCoreApplication.translate("Menus", "Photo of the drawn map…"),
                "basemap_drawing",
            ),
            (
                "menuGeoreference",
                QCoreApplication.translate("Menus", "Georeference the drawn map…"),
                "georeference",
            ),
        ):
            self.add(basemap, name, text, lambda c=command: self.map_command(c))
        basemap.aboutToShow.connect(self._basemap_menu_shown)
        self.add_all(
            m,
            [
                None,
                (
                    "deleteGathering",
                    QCoreApplication.translate("Menus", "Delete gathering…"),
                    w.delete_gathering,
                ),
            ],
        )

    def map_command(self, action_name: str) -> None:
        """Show the Map page and trigger its action (so the menu and the page's button are
        one command)."""
        if self.window.gathering_id is None:
            return
        self.window.show_page("map")
        action = getattr(self.window.page("map"), action_name)
        if action.isEnabled():
            action.trigger()
        else:  # georeferencing with no drawing chosen: say what comes first
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Menus", "Choose a photo of the drawn map first.")
            )

    def _basemap_menu_shown(self) -> None:
        """Georeferencing needs a drawing: the menu item is greyed out until there is one."""
        gid = self.window.gathering_id
        has_drawing = bool(gid) and self.window.services.maps.basemap_spec(gid).kind == "image"
        self.actions["menuGeoreference"].setEnabled(has_drawing)

    def _help(self) -> None:
        w, m = self.window, self.help
        self.add_all(
            m,
            [
                (
                    "gettingStarted",
                    QCoreApplication.translate("Menus", "Getting started"),
                    w.show_getting_started,
                    QKeySequence.StandardKey.HelpContents,
                ),
                (
                    "shortcuts",
                    QCoreApplication.translate("Menus", "Keyboard shortcuts"),
                    w.show_shortcuts,
                ),
                None,
                ("about", QCoreApplication.translate("Menus", "About CLE Desktop"), w.show_about),
            ],
        )
