"""What changed in the database since a screen last looked: one feed for every writer.

Every synced write appends entries to the change log, whoever made it: this window, a worker
thread importing photos, a sync import, or the command line in another process. So the log
itself is the one source of change notifications: :class:`ChangeFeed` remembers the last log row
it reported and reads what came after it. Checking for news is one ``max(rowid)`` lookup, cheap
enough to run every second for writes by other processes, and it runs at once after a local
commit (:meth:`Database.on_commit`).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import text

from cle_desktop.storage.database import Database


@dataclass(frozen=True)
class Changes:
    """The rows and fields that new log entries touched, by entity (``story``, ``tag``, …)."""

    rows: dict[str, frozenset[str]] = field(default_factory=dict)
    fields: frozenset[tuple[str, str, str]] = frozenset()
    count: int = 0

    def __bool__(self) -> bool:
        return self.count > 0

    def touches(self, *entities: str) -> bool:
        """Whether any of ``entities`` changed (a purge touches everything about people)."""
        return any(e in self.rows for e in (*entities, "_purge"))

    def touched_row(self, entity: str, row_id: str) -> bool:
        return row_id in self.rows.get(entity, ()) or "_purge" in self.rows


class ChangeFeed:
    """Reads the change log past the last row reported; safe to call from any thread."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._seen = self._high_water()

    def _high_water(self) -> int:
        with self.db.engine.connect() as conn:
            return int(
                conn.execute(text("SELECT coalesce(max(rowid), 0) FROM change")).scalar_one()
            )

    def has_news(self) -> bool:
        """One indexed lookup: has any writer (here or in another process) added entries?"""
        return self._high_water() > self._seen

    def take(self) -> Changes:
        """The entries written since the last call, summarised; empty when there are none."""
        with self._lock, self.db.engine.connect() as conn:
            found = conn.execute(
                text("SELECT rowid, entity, row_id, field FROM change WHERE rowid > :seen"),
                {"seen": self._seen},
            ).all()
            if not found:
                return Changes()
            self._seen = max(r[0] for r in found)
        rows: dict[str, set[str]] = defaultdict(set)
        for _rowid, entity, row_id, _name in found:
            rows[entity].add(row_id)
        return Changes(
            rows={e: frozenset(ids) for e, ids in rows.items()},
            fields=frozenset((r[1], r[2], r[3]) for r in found),
            count=len(found),
        )
