"""Full-text search at the driver level: the same hits, in the same order, as the ranked query
through SQLAlchemy; inside the session's transaction; and no user text ever raises."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from cle_desktop.demo import create_demo
from cle_desktop.services import Services
from cle_desktop.storage import fts
from cle_desktop.storage.database import Database

QUERIES = ["garden", "library", "abuela", "acequia", "jardín", "school", "the", "a", "elders mar"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, str]]:
    db = Database.open(tmp_path_factory.mktemp("search") / "cle.db")
    gid = create_demo(db, stories=120, photos=0, seed=5).id
    yield db, gid
    db.close()


def reference(
    session: Any, user_text: str, gathering_id: str | None, entities: tuple[str, ...] | None
) -> list[tuple[str, str, str | None, str, str, float]]:
    """The ranked query as it ran before, through SQLAlchemy's ``text()``."""
    query = fts.quote_query(user_text)
    if query is None:
        return []
    sql = (
        "SELECT entity, row_id, gathering_id, title, "
        "snippet(search_index, -1, '[', ']', ' … ', 12) AS snip, rank "
        "FROM search_index WHERE search_index MATCH :q "
        "AND rank MATCH 'bm25(0.0, 0.0, 0.0, 4.0, 1.0)'"
    )
    params: dict[str, Any] = {"q": query, "limit": 20}
    if gathering_id:
        sql += " AND gathering_id = :g"
        params["g"] = gathering_id
    if entities:
        sql += f" AND entity IN ({', '.join(f':e{i}' for i in range(len(entities)))})"
        params.update({f"e{i}": e for i, e in enumerate(entities)})
    sql += " ORDER BY rank LIMIT :limit"
    rows = session.connection().execute(text(sql), params).all()
    return [(r[0], r[1], r[2], r[3], r[4], round(-float(r[5]), 4)) for r in rows]


@pytest.mark.parametrize("entities", [None, ("story",), ("story", "asset", "participant")])
def test_hits_and_their_order_are_those_of_the_ranked_query(
    demo: tuple[Database, str], entities: tuple[str, ...] | None
) -> None:
    db, gid = demo
    with db.read() as s:
        for q in QUERIES:
            for gathering in (gid, None):
                hits = fts.search(s, q, gathering, entities, limit=20)
                got = [
                    (h.entity, h.row_id, h.gathering_id, h.title, h.snippet, h.score) for h in hits
                ]
                assert got == reference(s, q, gathering, entities), q
        assert fts.search(s, "garden", gid, limit=20), "the demo has gardens"


def test_search_runs_at_the_driver_level_inside_the_sessions_transaction(
    demo: tuple[Database, str],
) -> None:
    """No SQLAlchemy statement handling (its events never fire), yet the session's own
    uncommitted writes are found: it is the same connection and transaction."""
    db, gid = demo
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.read() as s:
            s.connection()  # begin, as a service's session would have
            statements.clear()
            assert fts.search(s, "garden", gid, limit=5)
            assert statements == []
            s.connection().execute(
                text(
                    "INSERT INTO search_index (rowid, entity, row_id, gathering_id, title, body) "
                    "VALUES (999999, 'story', 'uncommitted', :g, 'Zyzzyva orchard', '')"
                ),
                {"g": gid},
            )
            assert [h.row_id for h in fts.search(s, "zyzzyva", gid)] == ["uncommitted"]
            s.rollback()
        with db.read() as s:
            assert fts.search(s, "zyzzyva", gid) == []
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text())
@example("0\x00")  # FTS5's parser stopped at the NUL: "unterminated string"
@example('"\x00"')
def test_any_text_a_person_types_returns_hits_or_nothing(
    services: Services, gathering_id: str, typed: str
) -> None:
    hits = services.search.search(typed, gathering_id)
    assert isinstance(hits, list)


def test_hostile_queries_are_plain_words(services: Services, gathering_id: str) -> None:
    story = services.stories.capture(
        gathering_id, title="AND (grandma's)", body='She said "NEAR" - body:x * 1962: 🌱'
    )
    for typed in ["grandma's \"", "AND (", "*", "-", "1962:", "body:x", "🌱", "NEAR", ")(", '"']:
        hits = services.search.search(typed, gathering_id)
        assert all(h.row_id == story for h in hits)
    assert [h.row_id for h in services.search.search("grandma's", gathering_id)] == [story]
