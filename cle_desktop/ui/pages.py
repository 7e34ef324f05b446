"""What every page of the main window is given, what it promises, and which pages there are.

A page is built from one :class:`PageContext` (services, dialogs, settings, the change hub), so
every page takes the same argument and a test builds one the way the window does. The
:class:`Page` base gives the three things the window calls (``set_gathering``, ``refresh``,
``apply_changes``) sensible defaults and the signals the window listens to, so the window wires
every page the same way instead of asking each one what it has. :data:`PAGES` names the tabs after
the story desk, in order; each factory imports its module only when the tab is first shown, so
the window is up (and the desk takes typing) before the heavy pages load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import QWidget

from cle_desktop.ui.dialogs import DialogService
from cle_desktop.ui.settings import app_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from cle_desktop.services import Services
    from cle_desktop.services.changes import Changes
    from cle_desktop.ui.change_hub import ChangeHub


class PageContext:
    """Everything a page may need from the window, in one object.

    ``hub`` is filled in when the database is open (the window follows writes from then on);
    a page built before that, or in a test, finds None there. A plain class, not a dataclass:
    the window imports this module at start-up, and ``dataclasses`` alone costs milliseconds.
    """

    __slots__ = ("services", "dialogs", "settings", "hub")

    def __init__(
        self,
        services: Services,
        dialogs: DialogService | None = None,
        settings: Callable[[], QSettings] = app_settings,
        hub: ChangeHub | None = None,
    ) -> None:
        self.services = services
        self.dialogs = dialogs if dialogs is not None else DialogService()
        self.settings = settings
        self.hub = hub


class Page(QWidget):
    """A tab of the main window: shows one gathering, follows the writes the window reports."""

    # Open this story on the story desk (a browser row, a map pin ...).
    storyRequested = Signal(str)
    # A line for the window's status bar.
    status = Signal(str)
    # New data arrived from another laptop (a bundle imported): with no gathering open yet,
    # the window opens the one that came.
    synced = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.services = context.services
        self.dialogs = context.dialogs
        self.gathering_id: str | None = None
        # A page with its own Undo history sets this; the window's Edit menu follows it.
        self.undo_stack: QUndoStack | None = None

    def set_gathering(self, gathering_id: str) -> None:
        """Show the given gathering (on first show and when the host switches gatherings)."""
        self.gathering_id = gathering_id
        self.refresh()

    def refresh(self) -> None:
        """Read again what the page shows (the tab was opened again, or something changed)."""

    def apply_changes(self, changes: Changes) -> None:
        """Follow a write (here or by another process); by default, read everything again."""
        self.refresh()


class PageSpec(NamedTuple):
    """One tab after the story desk: its name (object name, settings key, ``show_page``), its
    title (marked for lupdate, translated by the window) and how to build it."""

    name: str
    title: str
    factory: Callable[[PageContext], Page]


def _people(context: PageContext) -> Page:
    from cle_desktop.ui.people import PeoplePage

    return PeoplePage(context)


def _photos(context: PageContext) -> Page:
    from cle_desktop.ui.photos_page import PhotosPage

    return PhotosPage(context)


def _map(context: PageContext) -> Page:
    from cle_desktop.ui.map_page import MapPage

    return MapPage(context)


def _review(context: PageContext) -> Page:
    from cle_desktop.ui.review import ReviewPage

    return ReviewPage(context)


def _sync(context: PageContext) -> Page:
    from cle_desktop.ui.sync_view import SyncPage

    return SyncPage(context)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("people", str(QT_TRANSLATE_NOOP("MainWindow", "People")), _people),
    PageSpec("photos", str(QT_TRANSLATE_NOOP("MainWindow", "Photos && artifacts")), _photos),
    PageSpec("map", str(QT_TRANSLATE_NOOP("MainWindow", "Map")), _map),
    PageSpec("review", str(QT_TRANSLATE_NOOP("MainWindow", "Review")), _review),
    PageSpec("sync", str(QT_TRANSLATE_NOOP("MainWindow", "Sync")), _sync),
)
