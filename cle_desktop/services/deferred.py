"""Opening the database on a worker thread while the window appears.

Importing SQLAlchemy and declaring the models takes about a third of a second, more than
building the whole window. A note-taker who opens the laptop as someone starts to speak should
not wait for it, so the GUI shows its window first and this object loads the database layer in
the background. It stands in for :class:`~cle_desktop.services.Services`: any attribute use
before the load has finished simply waits for it, so nothing can run against a half-open
database and no caller needs a second code path.

Plain Python (no Qt): the ``on_ready`` callback is called on the worker thread; the GUI turns it
into a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cle_desktop.services.container import Services


class DeferredServices:
    """``Services`` over a database that is still being opened on a worker thread."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._done = threading.Event()
        self._services: Services | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def start(self, on_ready: Callable[[], None] = lambda: None) -> None:
        """Begin opening; ``on_ready`` runs on the worker thread when done (or failed)."""
        if self._thread is not None:
            return

        def load() -> None:
            try:
                from cle_desktop.services.container import Services

                # every service (and its imports) built here, not on the GUI thread later
                self._services = Services.open(self.db_path).build_all()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as is
                self._error = exc
            finally:
                self._done.set()
                on_ready()

        self._thread = threading.Thread(target=load, name="open-database", daemon=True)
        self._thread.start()

    @property
    def ready(self) -> bool:
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        """Why the database could not be opened (``None`` while loading or when it opened)."""
        return self._error if self._done.is_set() else None

    def wait(self) -> Services:
        """The real services, waiting for the load if needed; raises what the load raised."""
        if self._thread is None:
            self.start()
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._services is not None
        return self._services

    def __getattr__(self, name: str) -> Any:
        # Only called for names this object lacks: ``gatherings``, ``stories``, ``db``, …
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.wait(), name)
