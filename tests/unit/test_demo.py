"""The demo gathering: the same seed gives the same content, and every row of it is what the
services write (the change log replays into the same tables; tags sit on their passages)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from cle_desktop.demo import create_demo
from cle_desktop.demo.content import ASSETS, alt_name
from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Change
from cle_desktop.sync.dump import canonical_data
from cle_desktop.sync.merge import apply_changes, change_to_dict


def content(services: Services, gid: str) -> dict[str, Any]:
    """What a host sees of a gathering, without ids (each build has its own)."""
    g = services.gatherings.get(gid)
    roster = services.participants.roster(gid)
    names = {p.id: p.display_name for p in roster}
    assets = {a.id: a.name for a in services.assets.inventory(gid)}
    stories = []
    for sid in services.stories.ids(gid):
        story = services.stories.get(sid)
        stories.append(
            (
                story.title,
                story.body,
                story.language,
                story.note_taker,
                story.recorded_at,
                tuple(sorted(names[p] for p in services.stories.teller_ids(sid))),
                tuple(
                    (t.kind, t.category, t.start, t.end, t.quote, assets.get(t.asset_id or ""))
                    for t in services.tags.for_story(sid)
                ),
            )
        )
    return {
        "gathering": (g.title, g.theme, g.starts_on, g.ends_on, g.languages, g.center_lat),
        "people": sorted(
            (p.display_name, p.pseudonym, p.role, p.team, p.age_band, p.languages, p.consent)
            for p in roster
        ),
        "assets": sorted(
            (a.name, a.kind, a.category, a.mentions, a.lat, a.lon)
            for a in services.assets.inventory(gid)
        ),
        "stories": sorted(stories, key=lambda s: s[0]),
    }


def demo_services(tmp_path: Path, name: str) -> Services:
    return Services.over(Database.open(tmp_path / name / "cle.db", state_dir=tmp_path / name))


def test_the_same_seed_builds_the_same_gathering_and_another_seed_another(
    tmp_path: Path,
) -> None:
    a, b, c = (demo_services(tmp_path, n) for n in ("a", "b", "c"))
    first = create_demo(a.db, stories=12, photos=0, seed=5)
    second = create_demo(b.db, stories=12, photos=0, seed=5)
    other = create_demo(c.db, stories=12, photos=0, seed=6)
    assert first.id != second.id  # ids are the services' own, as for any gathering
    assert (first.stories, first.participants, first.assets) == (12, 12, 24)
    same = content(a, first.id)
    assert same == content(b, second.id)
    assert same["stories"] != content(c, other.id)["stories"]
    # A second build in the same file is a second gathering beside the first.
    again = create_demo(a.db, stories=12, photos=0, seed=5)
    assert again.id != first.id and content(a, again.id) == same
    assert len(a.gatherings.all()) == 2


def test_the_demo_is_written_as_people_write_it(tmp_path: Path) -> None:
    services = demo_services(tmp_path, "a")
    summary = create_demo(services.db, stories=30, photos=2, seed=3)
    gid = summary.id
    assert services.stories.count(gid) == 30 and summary.photos == 2

    # Every story has its tellers and its tags sit on the words they quote.
    tagged = 0
    for sid in services.stories.ids(gid):
        body = services.stories.get(sid).body
        assert services.tellers.of(sid).ids
        for tag in services.tags.for_story(sid):
            assert body[tag.start : tag.end] == tag.quote and tag.asset_id
            tagged += 1
    assert tagged >= 50
    # Laptop 2's own names for assets are there for the host to merge, with mentions.
    pairs = {(d.keep.name, d.other.name) for d in services.assets.suggest_duplicates(gid)}
    named_twice = [{name, alt_name(name)} for name, *_ in ASSETS]
    assert sum(set(pair) in named_twice for pair in pairs) >= 2, pairs
    # Consent as the forms say: the fourth person withdrew, someone has no record yet.
    roster = services.participants.roster(gid)
    withdrawn = [p for p in roster if p.consent is not None and p.consent.withdrawn]
    assert [p.display_name for p in withdrawn] == ["Jamal Chavez"]
    assert any(p.consent is None for p in roster)
    minors = [p for p in roster if p.consent is not None and p.consent.is_minor]
    assert minors and all(p.consent and p.consent.name_use == "pseudonym" for p in minors)
    # Photos were imported, captioned and linked to a person, like a camera card's.
    photos = services.photos.photos_for(gid)
    assert [p.caption for p in photos] == ["Opening circle", "The community garden"]
    assert all(services.photos.depicted(p.id) for p in photos)
    returned = [a for a in services.artifacts.for_gathering(gid) if a.returned]
    assert 0 < len(returned) < 5

    # The change log is the source of truth: replayed into an empty file it gives the tables.
    with services.db.read() as s:
        log = [
            change_to_dict(c)
            for c in s.scalars(select(Change).order_by(Change.device_id, Change.seq))
        ]
        expected = canonical_data(s)["tables"]
    empty = Database.open(tmp_path / "replay.db", state_dir=tmp_path / "replay")
    with empty.transaction() as s:
        apply_changes(s, log, empty.clock)
    with empty.read() as s:
        assert canonical_data(s)["tables"] == expected
