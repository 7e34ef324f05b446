"""All services over one database, built by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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


@dataclass
class Services:
    db: Database
    gatherings: GatheringService
    participants: ParticipantService
    stories: StoryService
    tags: TagService
    tellers: TellerService
    assets: AssetService
    places: PlaceService
    artifacts: ArtifactService
    search: SearchService
    sync: SyncService
    photos: PhotoService
    reports: ReportService
    maps: MapService
    preferences: PreferencesService

    @classmethod
    def open(cls, path: Path) -> Services:
        """Open (creating or migrating) the database file at ``path`` and build the services
        over it: the window and the command line get their database here, not from storage."""
        return cls.over(Database.open(path))

    @classmethod
    def over(cls, db: Database) -> Services:
        from cle_desktop.sync.trust import entry_signer

        db.sign_entries_with(entry_signer(db))  # every entry signed as it is written
        return cls(
            db=db,
            gatherings=GatheringService(db),
            participants=ParticipantService(db),
            stories=StoryService(db),
            tags=TagService(db),
            tellers=TellerService(db),
            assets=AssetService(db),
            places=PlaceService(db),
            artifacts=ArtifactService(db),
            search=SearchService(db),
            sync=SyncService(db),
            photos=PhotoService(db),
            reports=ReportService(db),
            maps=MapService(db),
            preferences=PreferencesService(db),
        )
