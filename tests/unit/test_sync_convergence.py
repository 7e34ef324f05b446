"""Proof of convergence: 2-5 laptops with skewed clocks make random changes through the real
services and swap bundles in random order (duplicated, late). Once everyone has everything,
every canonical dump (data and open conflicts) is byte-identical and no change is missing."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from cle_desktop.services import Services
from cle_desktop.services.errors import NotFound
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Change, FieldHead, PurgedRow, Story
from cle_desktop.sync.bundle import BundleRejected
from cle_desktop.sync.merge import displayed_value
from tests.laptops import join_all

WORDS = ["garden", "library", "abuela", "soccer", "acequia", "market", "weaving", "elders"]


class Laptops(RuleBasedStateMachine):
    @initialize(
        count=st.integers(2, 5),
        skews=st.lists(st.integers(-86_400_000, 86_400_000), min_size=5, max_size=5),
    )
    def start(self, count: int, skews: list[int]) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="cle-sync-"))
        self.replicas: list[Services] = []
        for i in range(count):
            db = Database.open(
                self.root / f"laptop{i}" / "cle.db", state_dir=self.root / f"state{i}"
            )
            skew = skews[i]
            db.clock._wall = lambda skew=skew: time.time_ns() // 1_000_000 + skew  # noqa: SLF001
            self.replicas.append(Services.over(db))
        join_all(self.replicas, self.root / "invitations")
        self.gathering = self.replicas[0].gatherings.create("Convergence")
        first = self.replicas[0].sync.export_bundle(self.root / "bundles").path
        self.bundles = [first]
        for other in self.replicas[1:]:
            other.sync.import_bundle(first)

    def _stories(self, r: Services) -> list[str]:
        return r.stories.ids(self.gathering)

    @rule(who=st.integers(0, 4), words=st.lists(st.sampled_from(WORDS), min_size=2, max_size=6))
    def capture(self, who: int, words: list[str]) -> None:
        r = self.replicas[who % len(self.replicas)]
        r.stories.capture(self.gathering, title=words[0], body=" ".join(words) + ".")

    @rule(
        who=st.integers(0, 4),
        pick=st.integers(0, 50),
        words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    )
    def edit(self, who: int, pick: int, words: list[str]) -> None:
        r = self.replicas[who % len(self.replicas)]
        ids = self._stories(r)
        if ids:
            sid = ids[pick % len(ids)]
            r.stories.edit(sid, body=r.stories.get(sid).body + " " + " ".join(words))

    @rule(who=st.integers(0, 4), pick=st.integers(0, 50))
    def delete(self, who: int, pick: int) -> None:
        r = self.replicas[who % len(self.replicas)]
        ids = self._stories(r)
        if ids:
            r.stories.delete(ids[pick % len(ids)])

    @rule(
        who=st.integers(0, 4),
        pick=st.integers(0, 50),
        kind=st.sampled_from(["asset", "gift", "hope"]),
    )
    def tag(self, who: int, pick: int, kind: str) -> None:
        r = self.replicas[who % len(self.replicas)]
        ids = self._stories(r)
        if ids:
            sid = ids[pick % len(ids)]
            body = r.stories.get(sid).body
            word = body.split()[0].strip(".")
            r.tags.tag_passage(sid, 0, len(word), kind, new_asset_name=word.capitalize())

    @rule(who=st.integers(0, 4))
    def merge_duplicates(self, who: int) -> None:
        r = self.replicas[who % len(self.replicas)]
        suggestions = r.assets.suggest_duplicates(self.gathering)
        if suggestions:
            r.assets.merge(suggestions[0].keep.id, suggestions[0].other.id)

    @rule(who=st.integers(0, 4), pick=st.integers(0, 50), lat=st.floats(35.0, 36.0))
    def place(self, who: int, pick: int, lat: float) -> None:
        r = self.replicas[who % len(self.replicas)]
        assets = r.assets.inventory(self.gathering)
        if assets:
            r.places.place_asset(assets[pick % len(assets)].id, lat=lat, lon=-105.9)

    @rule(who=st.integers(0, 4), name=st.sampled_from(["Rosa", "Tomás", "Ada"]))
    def teller_tells(self, who: int, name: str) -> None:
        r = self.replicas[who % len(self.replicas)]
        pid = r.participants.find_or_add(self.gathering, name)
        r.stories.capture(
            self.gathering, title=name, body=f"{name} remembers the acequia.", teller_ids=[pid]
        )

    @rule(who=st.integers(0, 4), name=st.sampled_from(["Rosa", "Tomás", "Ada"]))
    def consent_purge(self, who: int, name: str) -> None:
        r = self.replicas[who % len(self.replicas)]
        pid = r.participants.find_by_name(self.gathering, name)
        if pid:
            r.sync.purge_participant(pid)

    @rule(who=st.integers(0, 4), pick=st.integers(0, 50))
    def resolve_a_conflict(self, who: int, pick: int) -> None:
        r = self.replicas[who % len(self.replicas)]
        found = r.sync.conflicts()
        if found:
            c = found[pick % len(found)]
            r.sync.resolve(c.entity, c.row_id, c.field, c.values[pick % len(c.values)])

    @rule(who=st.integers(0, 4))
    def export(self, who: int) -> None:
        r = self.replicas[who % len(self.replicas)]
        self.bundles.append(r.sync.export_bundle(self.root / "bundles").path)

    @rule(who=st.integers(0, 4), peer=st.integers(0, 4))
    def export_for_a_peer(self, who: int, peer: int) -> None:
        r = self.replicas[who % len(self.replicas)]
        p = self.replicas[peer % len(self.replicas)]
        if p is not r:
            try:
                self.bundles.append(
                    r.sync.export_bundle(self.root / "bundles", since_peer=p.db.device_id).path
                )
            except NotFound:
                pass  # nothing from that peer imported here yet

    @rule(who=st.integers(0, 4))
    def sync_point(self, who: int) -> None:
        self.replicas[who % len(self.replicas)].sync.sync_folder(self.root / "point")

    @rule(who=st.integers(0, 4), pick=st.integers(0, 100))
    def import_some_bundle(self, who: int, pick: int) -> None:
        r = self.replicas[who % len(self.replicas)]
        before = r.sync.dump()
        try:
            r.sync.import_bundle(self.bundles[pick % len(self.bundles)])
        except BundleRejected as exc:  # a news bundle meant for another laptop may build on
            assert "builds on changes" in str(exc)  # entries this one lacks: refused whole
            assert r.sync.dump() == before

    @invariant()
    def each_replica_is_internally_consistent(self) -> None:
        """Every story row a purge did not erase shows what its change log displays (the
        head every replica shows), and every field head is an entry of the log."""
        for r in getattr(self, "replicas", []):
            with r.db.read() as s:
                erased = set(
                    s.scalars(select(PurgedRow.row_id).where(PurgedRow.entity == "story"))
                )  # a purge keeps its erased values whatever the log says
                for story in s.scalars(select(Story).where(Story.id.not_in(erased))):
                    for name in ("title", "body", "deleted"):
                        shown = displayed_value(s, "story", story.id, name)
                        assert getattr(story, name) == shown, (story.id, name)
                dangling = s.scalar(
                    select(func.count())
                    .select_from(FieldHead)
                    .where(~select(Change.id).where(Change.id == FieldHead.change_id).exists())
                )
                assert dangling == 0

    def teardown(self) -> None:
        if not getattr(self, "replicas", None):
            return
        try:
            finals = [r.sync.export_bundle(self.root / "final").path for r in self.replicas]
            for r in self.replicas:
                for bundle in finals:
                    r.sync.import_bundle(bundle)
            dumps = {r.sync.dump() for r in self.replicas}
            assert len(dumps) == 1, "replicas disagree after exchanging everything"
            change_sets = []
            for r in self.replicas:
                with r.db.read() as s:
                    change_sets.append(set(s.scalars(select(Change.id))))
            assert all(cs == change_sets[0] for cs in change_sets), "a change went missing"
        finally:
            for r in self.replicas:
                r.db.close()
            shutil.rmtree(self.root, ignore_errors=True)


Laptops.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=18,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestConvergence = Laptops.TestCase
