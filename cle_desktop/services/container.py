"""All services over one database, built by the composition root.

Each service is built (and its module imported) the first time it is used: a command such as
``cle-desktop gatherings`` needs two services, and importing all fifteen up front (photo
import, maps, reports, sync) cost it most of a second before the first query. The window opens
the database on a worker thread (``services.deferred``) and calls :meth:`Services.build_all`
there, so no page pays for an import on the GUI thread later.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cle_desktop.services.artifacts import ArtifactService
    from cle_desktop.services.assets import AssetService
    from cle_desktop.services.gatherings import GatheringService
    from cle_desktop.services.maps import MapService
    from cle_desktop.services.participants import ParticipantService
    from cle_desktop.services.photos import PhotoService
    from cle_desktop.services.places import PlaceService
    from cle_desktop.services.preferences import PreferencesService
    from cle_desktop.services.reports import ReportService
    from cle_desktop.services.search import SearchService
    from cle_desktop.services.stories import StoryService
    from cle_desktop.services.sync import SyncService
    from cle_desktop.services.tagging import TagService
    from cle_desktop.services.tellers import TellerService
    from cle_desktop.storage.database import Database


class Services:
    """The services over ``db``, each built on first use and then kept."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path) -> Services:
        """Open (creating or migrating) the database file at ``path`` and build the services
        over it: the window and the command line get their database here, not from storage."""
        from cle_desktop.storage.database import Database

        return cls.over(Database.open(path))

    @classmethod
    def over(cls, db: Database) -> Services:
        from cle_desktop.sync.trust import entry_signer

        db.sign_entries_with(entry_signer(db))  # every entry signed as it is written
        return cls(db)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The service attributes, in the order they are declared."""
        return tuple(n for n, v in vars(cls).items() if isinstance(v, cached_property))

    def build_all(self) -> Services:
        """Build every service now (on the thread that opens the database, not the GUI's)."""
        for name in self.names():
            getattr(self, name)
        return self

    @cached_property
    def gatherings(self) -> GatheringService:
        from cle_desktop.services.gatherings import GatheringService

        return GatheringService(self.db)

    @cached_property
    def participants(self) -> ParticipantService:
        from cle_desktop.services.participants import ParticipantService

        return ParticipantService(self.db)

    @cached_property
    def stories(self) -> StoryService:
        from cle_desktop.services.stories import StoryService

        return StoryService(self.db)

    @cached_property
    def tags(self) -> TagService:
        from cle_desktop.services.tagging import TagService

        return TagService(self.db)

    @cached_property
    def tellers(self) -> TellerService:
        from cle_desktop.services.tellers import TellerService

        return TellerService(self.db)

    @cached_property
    def assets(self) -> AssetService:
        from cle_desktop.services.assets import AssetService

        return AssetService(self.db)

    @cached_property
    def places(self) -> PlaceService:
        from cle_desktop.services.places import PlaceService

        return PlaceService(self.db)

    @cached_property
    def artifacts(self) -> ArtifactService:
        from cle_desktop.services.artifacts import ArtifactService

        return ArtifactService(self.db)

    @cached_property
    def search(self) -> SearchService:
        from cle_desktop.services.search import SearchService

        return SearchService(self.db)

    @cached_property
    def sync(self) -> SyncService:
        from cle_desktop.services.sync import SyncService

        return SyncService(self.db)

    @cached_property
    def photos(self) -> PhotoService:
        from cle_desktop.services.photos import PhotoService

        return PhotoService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from cle_desktop.services.reports import ReportService

        return ReportService(self.db)

    @cached_property
    def maps(self) -> MapService:
        from cle_desktop.services.maps import MapService

        return MapService(self.db)

    @cached_property
    def preferences(self) -> PreferencesService:
        from cle_desktop.services.preferences import PreferencesService

        return PreferencesService(self.db)
