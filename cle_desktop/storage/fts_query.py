"""The ranked full-text query, on a plain ``sqlite3`` connection: no SQLAlchemy.

Both ways of searching run this one function: the service (``SearchService.search``) on the
DBAPI connection of its read session, and ``cle-desktop search`` on a read-only connection to
the file (:func:`search_file`), so a search from the shell starts in a fraction of a second
instead of first importing SQLAlchemy and configuring every mapper. Only reading happens here:
the file is opened ``mode=ro`` and never migrated.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

#: The same wait for a busy database as the app's engine (``storage.engine``), which imports
#: SQLAlchemy and so is not imported here.
READ_BUSY_TIMEOUT_S = 5.0

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class SearchHit:
    entity: str
    row_id: str
    gathering_id: str | None
    title: str
    snippet: str
    score: float


class IndexUnavailable(Exception):
    """The file cannot be searched read-only as it is (missing, not a CLE database, no index
    yet): the caller opens it the ordinary way, which creates, migrates or says what is wrong."""


class _Cursor(Protocol):
    def execute(self, sql: str, parameters: dict[str, Any], /) -> _Cursor: ...
    def fetchall(self) -> list[Any]: ...
    def close(self) -> None: ...


class _Connection(Protocol):
    def cursor(self) -> Any: ...


def quote_query(user_text: str, prefix_last: bool = True) -> str | None:
    """Turn free text into a safe FTS5 query of quoted tokens (all must match).

    NUL characters become spaces: FTS5's query parser stops reading at a NUL, so a token
    holding one (pasted text can) was an "unterminated string" error; the tokenizer treats
    NUL as a separator anyway, so nothing that could match is lost.
    """
    tokens = [t.replace('"', '""') for t in _TOKEN.findall(user_text.replace("\x00", " "))]
    tokens = [t for t in tokens if any(ch.isalnum() for ch in t)]
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    if prefix_last:
        quoted[-1] += "*"
    return " ".join(quoted)


def run_search(
    connection: _Connection,
    user_text: str,
    gathering_id: str | None = None,
    entities: tuple[str, ...] | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Ranked hits (bm25, title weighted) with a snippet; never raises on user input.

    ``connection`` is a DBAPI connection (``sqlite3``, or the one under a SQLAlchemy session,
    so the query sees that session's transaction). The query runs on the driver's cursor, not
    through SQLAlchemy's ``text()``: search-as-you-type runs it on every keystroke, and on the
    10,000-story benchmark SQLAlchemy's statement handling and ``Row`` objects added about
    0.3 ms to a query SQLite answers in about 1 ms.
    """
    query = quote_query(user_text)
    if query is None:
        return []
    sql = search_sql(bool(gathering_id), len(entities or ()))
    params: dict[str, Any] = {"q": query, "limit": limit}
    if gathering_id:
        params["g"] = gathering_id
    params.update({f"e{i}": e for i, e in enumerate(entities or ())})
    cursor: _Cursor = connection.cursor()
    try:
        rows = cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()
    return [
        SearchHit(entity, row_id, gid, title, snip, round(-float(rank), 4))
        for entity, row_id, gid, title, snip, rank in rows
    ]


def search_file(
    path: Path,
    user_text: str,
    gathering_id: str | None = None,
    entities: tuple[str, ...] | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """:func:`run_search` on a read-only connection to the database file at ``path``.

    Raises :class:`IndexUnavailable` when the file is missing, is not a SQLite database or has
    no search index, so the caller can fall back to opening it normally (which says why in a
    sentence, or creates and migrates it as every other command does).
    """
    if not Path(path).is_file():
        raise IndexUnavailable(f"no database at {path}")
    uri = f"file:{quote(str(Path(path).absolute()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=READ_BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise IndexUnavailable(str(exc)) from exc
    try:
        try:
            indexed = conn.execute(
                "SELECT 1 FROM sqlite_schema WHERE name = 'search_index'"
            ).fetchone()
        except sqlite3.Error as exc:  # not a database, or one SQLite cannot read as it is
            raise IndexUnavailable(str(exc)) from exc
        if indexed is None:
            raise IndexUnavailable(f"{path} has no search index")
        try:
            return run_search(conn, user_text, gathering_id, entities, limit)
        except sqlite3.Error as exc:
            raise IndexUnavailable(str(exc)) from exc
    finally:
        conn.close()


@functools.lru_cache(maxsize=32)
def search_sql(by_gathering: bool, entity_count: int) -> str:
    """The ranked query for one shape of filters (parameters are always bound, never pasted)."""
    # ``rank MATCH`` sets FTS5's own ranking for this query, and ``ORDER BY rank`` (the hidden
    # column, not an alias) lets FTS5 sort the matches itself, so SQLite computes snippets and
    # reads the unindexed columns only for the rows it returns rather than for every match.
    # Measured on the 10,000-story benchmark: ``ORDER BY bm25(...)`` makes SQLite's sorter
    # compute a snippet for every match (about 2.5x slower); ranking ids first and joining
    # back for the snippets re-runs the MATCH per row (about 1.8x slower). Ranking is most of
    # the query's time: bm25 reads each match's positions and length, and no FTS5 option makes
    # that cheaper without changing the scores (``detail=column`` drops the counts it uses).
    sql = (
        "SELECT entity, row_id, gathering_id, title, "
        "snippet(search_index, -1, '[', ']', ' … ', 12) AS snip, rank "
        "FROM search_index WHERE search_index MATCH :q "
        "AND rank MATCH 'bm25(0.0, 0.0, 0.0, 4.0, 1.0)'"
    )
    if by_gathering:
        sql += " AND gathering_id = :g"
    if entity_count:
        sql += f" AND entity IN ({', '.join(f':e{i}' for i in range(entity_count))})"
    return sql + " ORDER BY rank LIMIT :limit"
