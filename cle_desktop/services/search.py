"""Search across a gathering: stories, photo captions, assets and people."""

from __future__ import annotations

from cle_desktop.storage import fts
from cle_desktop.storage.database import Database
from cle_desktop.storage.fts import SearchHit


class SearchService:
    def __init__(self, db: Database):
        self.db = db

    def search(
        self,
        query: str,
        gathering_id: str | None = None,
        *,
        entities: tuple[str, ...] | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Ranked hits; any text a person types returns hits or nothing, never an error."""
        with self.db.read() as s:
            return fts.search(s, query, gathering_id, entities, limit)
