"""Full-text search with SQLite FTS5.

User text is never handed to MATCH as syntax: every token is quoted (inner quotes doubled), so
``grandma's``, ``AND``, ``*``, ``1962:``, ``body:x``, unbalanced parentheses and emoji are all
plain words. The last token gets a prefix star so search-as-you-type finds partial words.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from cle_desktop.storage.fts_query import SearchHit, quote_query, run_search

__all__ = ["CREATE_SQL", "DROP_SQL", "INDEXED", "SearchHit", "quote_query", "reindex", "search"]

INDEXED: dict[str, tuple[str, str]] = {
    # entity -> (title attribute, body attribute)
    "story": ("title", "body"),
    "photo": ("original_name", "caption"),
    "asset": ("name", "description"),
    "participant": ("display_name", "pseudonym"),
}

CREATE_SQL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
    "entity UNINDEXED, row_id UNINDEXED, gathering_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS search_doc ("
    "docid INTEGER PRIMARY KEY AUTOINCREMENT, row_id VARCHAR(36) NOT NULL UNIQUE)",
]
DROP_SQL = ["DROP TABLE IF EXISTS search_index", "DROP TABLE IF EXISTS search_doc"]


def reindex(session: Session, entity: str, obj: Any) -> None:
    """Refresh the index row for one entity (removed when the row is soft-deleted)."""
    attrs = INDEXED.get(entity)
    if attrs is None:
        return
    conn = session.connection()
    docid = conn.execute(
        text("SELECT docid FROM search_doc WHERE row_id = :r"), {"r": obj.id}
    ).scalar()
    if docid is not None:
        conn.execute(text("DELETE FROM search_index WHERE rowid = :d"), {"d": docid})
    if getattr(obj, "deleted", False):
        return
    if docid is None:
        docid = conn.execute(
            text("INSERT INTO search_doc (row_id) VALUES (:r) RETURNING docid"), {"r": obj.id}
        ).scalar()
    title_attr, body_attr = attrs
    conn.execute(
        text(
            "INSERT INTO search_index (rowid, entity, row_id, gathering_id, title, body) "
            "VALUES (:d, :e, :r, :g, :t, :b)"
        ),
        {
            "d": docid,
            "e": entity,
            "r": obj.id,
            "g": getattr(obj, "gathering_id", None),
            "t": getattr(obj, title_attr, None) or "",
            "b": getattr(obj, body_attr, None) or "",
        },
    )


def search(
    session: Session,
    user_text: str,
    gathering_id: str | None = None,
    entities: tuple[str, ...] | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Ranked hits inside ``session``'s transaction (it sees what the session sees): the one
    query of :func:`fts_query.run_search`, on the session's own DBAPI connection."""
    return run_search(session.connection().connection, user_text, gathering_id, entities, limit)
