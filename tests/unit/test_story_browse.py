"""The review browser's use case (``stories.browse``) and what a withdrawal removes
(``participants.withdrawal_impact``), on a real migrated SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from sqlalchemy import event

from cle_desktop.domain.enums import SharingLevel
from cle_desktop.services import Services
from cle_desktop.storage.database import Database


@contextmanager
def _counting(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def _gathering(services: Services, gid: str) -> dict[str, str]:
    rosa = services.participants.add(gid, "Rosa Quintana")
    ben = services.participants.add(gid, "Ben Ortiz")
    services.participants.record_consent(rosa, sharing_level="public", name_use="name")
    circle = services.gatherings.add_session(gid, "Story circle")
    t0 = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)
    ids = {
        "public": services.stories.capture(
            gid,
            title="The acequia",
            body="Every spring the whole block cleans the ditch together.",
            teller_ids=[rosa],
            session_id=circle,
            recorded_at=t0,
        ),
        "co-told": services.stories.capture(
            gid,
            title="Bread",
            body="Ben and Rosa bake for the whole street.",
            teller_ids=[rosa, ben],
            recorded_at=t0 + timedelta(hours=1),
        ),
        "untold": services.stories.capture(
            gid, title="Nobody yet", body="A note.", recorded_at=t0 + timedelta(hours=2)
        ),
    }
    services.tags.tag_passage(ids["co-told"], 0, 3, "gift", new_asset_name="Ben's bread")
    ids["circle"] = circle
    return ids


def test_browse_filters_by_session_kind_and_consent_newest_first(
    services: Services, gathering_id: str
) -> None:
    ids = _gathering(services, gathering_id)
    every = services.stories.browse(gathering_id)
    assert [r.id for r in every] == [ids["untold"], ids["co-told"], ids["public"]]
    public = every[2]
    assert public.tellers == "Rosa Quintana" and public.session_title == "Story circle"
    assert public.opening.startswith("Every spring") and not public.consent_missing
    assert public.sharing_level is SharingLevel.PUBLIC
    assert every[1].tellers == "Ben Ortiz, Rosa Quintana" and every[1].consent_missing
    assert every[0].tellers == "" and every[0].session_title is None

    def browsed(**filters: object) -> list[str]:
        return [r.id for r in services.stories.browse(gathering_id, **filters)]  # type: ignore[arg-type]

    assert browsed(session=ids["circle"]) == [ids["public"]]
    assert browsed(kind="gift") == [ids["co-told"]]
    assert browsed(kind="hope") == []
    assert browsed(consent="missing") == [ids["untold"], ids["co-told"]]
    assert browsed(consent="public") == [ids["public"]]
    assert browsed(consent="public", kind="gift") == []


def test_browse_asks_the_database_a_fixed_number_of_times(
    services: Services, gathering_id: str
) -> None:
    """Three queries for 3 stories and for 40: never one (or three) per story."""
    _gathering(services, gathering_id)
    with _counting(services.db) as few:
        services.stories.browse(gathering_id, consent="missing", kind="gift")
    pid = services.participants.add(gathering_id, "Mel Begay")
    for n in range(37):
        services.stories.capture(gathering_id, body=f"Story {n}", teller_ids=[pid])
    with _counting(services.db) as many:
        rows = services.stories.browse(gathering_id, consent="missing")
    assert len(rows) == 39
    selects = [s for s in many if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == len([s for s in few if s.lstrip().upper().startswith("SELECT")])
    assert len(selects) <= 3


def test_withdrawal_impact_counts_their_stories_and_photos(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    ids = _gathering(services, gathering_id)
    rosa = services.participants.find_by_name(gathering_id, "Rosa Quintana")
    assert rosa is not None
    impact = services.participants.withdrawal_impact(rosa)
    assert (impact.display_name, impact.stories, impact.photos) == ("Rosa Quintana", 2, 0)
    for i, colour in enumerate(("red", "green", "blue")):
        Image.new("RGB", (64, 48), colour).save(tmp_path / f"p{i}.jpg")
    report = services.photos.import_files(gathering_id, [tmp_path], workers=1)
    photos = [row["id"] for row in report.imported]
    for photo in photos[:2]:
        services.photos.link(photo, "participant", rosa)
    services.photos.link(photos[2], "story", ids["public"])  # not a photo of her
    services.stories.set_tellers(ids["co-told"], [])
    impact = services.participants.withdrawal_impact(rosa)
    assert (impact.stories, impact.photos) == (1, 2)
    services.photos.delete(photos[0])  # a deleted photo leaves nothing to hide
    assert services.participants.withdrawal_impact(rosa).photos == 1


def test_a_photo_names_the_stories_and_artifacts_it_belongs_to(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    Image.new("RGB", (64, 48), "red").save(tmp_path / "p.jpg")
    (photo,) = [r["id"] for r in services.photos.import_files(gathering_id, [tmp_path]).imported]
    story = services.stories.capture(gathering_id, title="The acequia", body="Water.")
    untitled = services.stories.capture(gathering_id, body="No title yet.")
    gone = services.artifacts.create(gathering_id, "Old map")
    comal = services.artifacts.create(gathering_id, "Comal")
    for kind, target in (
        ("story", story),
        ("story", untitled),
        ("artifact", comal),
        ("artifact", gone),
    ):
        services.photos.link(photo, kind, target)
    services.artifacts.delete(gone)
    links = services.photos.linked_to(photo)
    assert sorted(links.story_titles) == ["", "The acequia"]
    assert links.artifact_names == ("Comal",)
