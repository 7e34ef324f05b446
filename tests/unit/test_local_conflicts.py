"""Local operations never make conflicts, and what they write applies on a second laptop
without conflict.

A conflict is a person's attention spent: it must only ever mean that two laptops changed the
same thing without seeing each other. A random single-laptop sequence through the real
services (capture, edit, tag, link, merge, unmerge, rename, place, delete, restore, withdraw)
must end with none, and a second laptop that had the same starting state must apply everything
the first wrote without one either, ending with the same data.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select

from cle_desktop.domain.conflicts import Conflict
from cle_desktop.domain.enums import TagKind
from cle_desktop.services import Services
from cle_desktop.services.errors import InvalidInput, NotFound
from cle_desktop.storage.models import Asset, Tag
from tests.laptops import LaptopPair, make_laptop_pair

WORDS = ["garden", "library", "abuela", "soccer", "acequia", "market", "weaving", "elders"]


def _tag_first_word(s: Services, story_id: str, asset_id: str) -> str:
    body = s.stories.get(story_id).body
    return s.tags.tag_passage(story_id, 0, body.index(" "), TagKind.ASSET, asset_id=asset_id)


def test_merge_and_unmerge_on_one_laptop_make_no_conflict_here_or_on_another(
    laptops: LaptopPair,
) -> None:
    pair, g = laptops, laptops.gathering
    a, b = pair.a, pair.b
    garden = a.assets.create(g, "Community garden")
    gardens = a.assets.create(g, "Community gardens")
    a.places.place_asset(gardens, lat=35.68, lon=-105.94)
    s1 = a.stories.capture(g, title="Abuela's garden", body="Abuela planted corn there.")
    s2 = a.stories.capture(g, title="Seeds", body="Seeds came from the gardens.")
    t1 = _tag_first_word(a, s1, garden)
    t2 = _tag_first_word(a, s2, gardens)
    dropped = _tag_first_word(a, s2, gardens)
    a.tags.remove(dropped)  # a deleted tag of the merged asset: must not be edited
    pair.send(a, b)

    moved = a.assets.merge(garden, gardens)
    assert moved == [t2]
    assert merge_conflicts(a) == []
    assert pair.send(a, b) > 0
    assert merge_conflicts(b) == []
    assert [r.name for r in b.assets.inventory(g)] == ["Community garden"]
    assert b.assets.inventory(g)[0].mentions == 2 and b.assets.inventory(g)[0].lat == 35.68

    a.assets.unmerge(garden, gardens, moved)
    assert merge_conflicts(a) == []
    pair.send(a, b)
    assert merge_conflicts(b) == []
    assert sorted(r.name for r in b.assets.inventory(g)) == [
        "Community garden",
        "Community gardens",
    ]
    with b.db.read() as s:
        assert s.get(Tag, t2).asset_id == gardens and s.get(Tag, t1).asset_id == garden
    assert a.sync.dump() == b.sync.dump()


def test_a_merge_written_the_old_way_no_longer_shows_a_conflict(
    laptops: LaptopPair,
) -> None:
    """Entries already written by the old merge (tombstone and pointer in one update) are in
    bundles on sticks and on other laptops: they must stop showing the false conflict too."""
    pair, g = laptops, laptops.gathering
    a, b = pair.a, pair.b
    keep = a.assets.create(g, "Library")
    other = a.assets.create(g, "Public library")
    with a.db.write() as w:
        w.update(Asset, other, deleted=True, merged_into_id=keep)  # what the old merge wrote
    assert merge_conflicts(a) == []
    pair.send(a, b)
    assert merge_conflicts(b) == []


def test_a_delete_that_crossed_an_edit_from_another_laptop_is_still_a_conflict(
    laptops: LaptopPair,
) -> None:
    """The rule that a laptop has seen its own earlier entries must not hide a real one."""
    pair, g = laptops, laptops.gathering
    a, b = pair.a, pair.b
    asset = a.assets.create(g, "Acequia")
    pair.send(a, b)
    b.assets.rename(asset, "Acequia madre")
    a.assets.rename(asset, "Acequia (ditch)")
    with a.db.write() as w:
        w.delete(Asset, asset)
    pair.send(b, a)
    kinds = sorted(c.kind for c in merge_conflicts(a))
    assert "delete-vs-edit" in kinds


def test_a_tag_a_purge_erased_stays_erased_here_as_on_another_laptop(
    laptops: LaptopPair,
) -> None:
    """Found by TestOneLaptop: the purge deletes the tags on the person's stories, and Undo of
    an earlier tag removal then brought one back here only. Another laptop re-applies the purge
    over every entry it receives, so it kept the tag deleted and the two disagreed for ever."""
    pair, g = laptops, laptops.gathering
    a, b = pair.a, pair.b
    rosa = a.participants.add(g, "Rosa")
    story = a.stories.capture(g, title="Garden", body="garden garden.", teller_ids=[rosa])
    tag = _tag_first_word(a, story, a.assets.create(g, "Community garden"))
    a.participants.withdraw(rosa)
    a.sync.purge_participant(rosa)
    with pytest.raises(NotFound):
        a.tags.restore(tag)
    with pytest.raises(NotFound):
        a.stories.restore(story)
    pair.send(a, b)
    assert merge_conflicts(b) == []
    with b.db.read() as s:
        assert s.get(Tag, tag).deleted
    assert a.sync.dump() == b.sync.dump()


def merge_conflicts(s: Services) -> list[Conflict]:
    return s.sync.conflicts()


class OneLaptop(RuleBasedStateMachine):
    """Random single-laptop sessions through the services; a second laptop with the same
    starting state receives everything at the end."""

    @initialize()
    def start(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="cle-local-"))
        self.pair = make_laptop_pair(self.root, "One laptop")
        self.g = self.pair.gathering
        self.s = self.pair.a
        self.people = [self.s.participants.add(self.g, name) for name in ("Rosa", "Tomás")]
        for name in ("Community garden", "Community gardens", "Library"):
            self.s.assets.create(self.g, name)
        self.artifact = self.s.artifacts.create(self.g, "Abuela's quilt")
        self.purged: set[str] = set()
        self.merges: list[tuple[str, str, list[str]]] = []

    def _roster(self) -> list[str]:
        """The people a note-taker can still name (a purged person leaves the roster)."""
        return [p for p in self.people if p not in self.purged]

    def _live_stories(self) -> list[str]:
        return self.s.stories.ids(self.g)

    def _assets(self) -> list[str]:
        return [r.id for r in self.s.assets.inventory(self.g)]

    def _tags(self, deleted: bool) -> list[str]:
        with self.s.db.read() as session:
            return sorted(session.scalars(select(Tag.id).where(Tag.deleted.is_(deleted))))

    @rule(words=st.lists(st.sampled_from(WORDS), min_size=2, max_size=6), told=st.booleans())
    def capture(self, words: list[str], told: bool) -> None:
        self.s.stories.capture(
            self.g,
            title=words[0],
            body=" ".join(words) + ".",
            teller_ids=self._roster()[:1] if told else (),
        )

    @rule(pick=st.integers(0, 50), words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3))
    def edit(self, pick: int, words: list[str]) -> None:
        ids = self._live_stories()
        if ids:
            sid = ids[pick % len(ids)]
            body = self.s.stories.get(sid).body
            self.s.stories.edit(sid, body=body + " " + " ".join(words) + ".", title=words[0])

    @rule(pick=st.integers(0, 50), existing=st.integers(0, 50), new=st.booleans())
    def tag(self, pick: int, existing: int, new: bool) -> None:
        ids, assets = self._live_stories(), self._assets()
        if not ids:
            return
        sid = ids[pick % len(ids)]
        body = self.s.stories.get(sid).body
        end = body.find(" ")
        if end <= 0:
            return
        if new or not assets:
            self.s.tags.tag_passage(sid, 0, end, TagKind.ASSET, new_asset_name=body[:end])
        else:
            self.s.tags.tag_passage(
                sid, 0, end, TagKind.ASSET, asset_id=assets[existing % len(assets)]
            )

    @rule(pick=st.integers(0, 50), to=st.integers(0, 50))
    def link(self, pick: int, to: int) -> None:
        tags, assets = self._tags(False), self._assets()
        if tags and assets:
            self.s.tags.link_asset(tags[pick % len(tags)], assets[to % len(assets)])

    @rule(pick=st.integers(0, 50), linked=st.booleans())
    def link_artifact(self, pick: int, linked: bool) -> None:
        ids = self._live_stories()
        if not ids:
            return
        if linked:
            self.s.artifacts.link_story(self.artifact, ids[pick % len(ids)])
        else:
            self.s.artifacts.unlink_story(self.artifact, ids[pick % len(ids)])

    @rule(pick=st.integers(0, 50), tellers=st.lists(st.integers(0, 1), max_size=2))
    def set_tellers(self, pick: int, tellers: list[int]) -> None:
        ids, roster = self._live_stories(), self._roster()
        if ids and roster:
            chosen = [roster[i % len(roster)] for i in tellers]
            self.s.stories.set_tellers(ids[pick % len(ids)], chosen)

    @rule(first=st.integers(0, 50), second=st.integers(0, 50))
    def merge_assets(self, first: int, second: int) -> None:
        assets = self._assets()
        if len(assets) < 2:
            return
        keep = assets[first % len(assets)]
        other = assets[second % len(assets)]
        if keep == other:
            with pytest.raises(InvalidInput):
                self.s.assets.merge(keep, other)
            return
        self.merges.append((keep, other, self.s.assets.merge(keep, other)))

    @rule()
    def unmerge_last(self) -> None:
        if self.merges:
            keep, other, moved = self.merges.pop()
            self.s.assets.unmerge(keep, other, moved)

    @rule(pick=st.integers(0, 50), word=st.sampled_from(WORDS))
    def rename(self, pick: int, word: str) -> None:
        assets = self._assets()
        if assets:
            self.s.assets.rename(assets[pick % len(assets)], word.title())

    @rule(pick=st.integers(0, 50), lat=st.floats(-80, 80), lon=st.floats(-170, 170))
    def place(self, pick: int, lat: float, lon: float) -> None:
        assets = self._assets()
        if assets:
            self.s.places.place_asset(assets[pick % len(assets)], lat=lat, lon=lon)

    @rule(pick=st.integers(0, 50), story=st.booleans())
    def delete(self, pick: int, story: bool) -> None:
        ids = self._live_stories() if story else self._tags(False)
        if not ids:
            return
        if story:
            self.s.stories.delete(ids[pick % len(ids)])
        else:
            self.s.tags.remove(ids[pick % len(ids)])

    @rule(pick=st.integers(0, 50))
    def restore(self, pick: int) -> None:
        tags = self._tags(True)
        if tags:
            try:
                self.s.tags.restore(tags[pick % len(tags)])
            except NotFound:  # pragma: no cover - a tag of a deleted story
                pass

    @rule(who=st.integers(0, 1), purge=st.booleans())
    def withdraw(self, who: int, purge: bool) -> None:
        self.s.participants.withdraw(self.people[who])
        if purge:  # what a withdrawal erases, on every laptop
            self.s.sync.purge_participant(self.people[who])
            self.purged.add(self.people[who])

    @invariant()
    def no_conflicts(self) -> None:
        if hasattr(self, "s"):
            assert self.s.sync.conflicts() == []

    def teardown(self) -> None:
        if not hasattr(self, "pair"):
            return
        try:
            self.pair.send(self.pair.a, self.pair.b)
            assert self.pair.b.sync.conflicts() == []
            assert self.pair.a.sync.dump() == self.pair.b.sync.dump()
        finally:
            self.pair.close()
            shutil.rmtree(self.root, ignore_errors=True)


TestOneLaptop = OneLaptop.TestCase
TestOneLaptop.settings = settings(
    max_examples=int(os.environ.get("CLE_LOCAL_EXAMPLES", "12")),
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
