"""The change log is the source of truth: replaying it into an empty database reproduces every
entity table exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Change
from cle_desktop.sync.dump import canonical_data
from cle_desktop.sync.merge import apply_changes, change_to_dict

WORDS = ["garden", "library", "abuela", "soccer", "acequia", "elders", "market"]
op = st.one_of(
    st.tuples(st.just("capture"), st.lists(st.sampled_from(WORDS), min_size=2, max_size=5)),
    st.tuples(
        st.just("edit"),
        st.integers(0, 20),
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    ),
    st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("tag"), st.integers(0, 20), st.sampled_from(["asset", "gift", "hope"])),
    st.tuples(
        st.just("person"), st.sampled_from(["none", "internal", "network", "public"]), st.booleans()
    ),
    st.tuples(st.just("merge")),
    st.tuples(st.just("place"), st.integers(0, 20)),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=1, max_size=25))
def test_replaying_the_log_reproduces_the_tables(ops: list[tuple]) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        source = Services.over(Database.open(Path(tmp) / "a.db", state_dir=Path(tmp) / "s1"))
        gid = source.gatherings.create("Replay")
        for step in ops:
            ids = source.stories.ids(gid)
            if step[0] == "capture":
                source.stories.capture(gid, title=step[1][0], body=" ".join(step[1]))
            elif step[0] == "edit" and ids:
                sid = ids[step[1] % len(ids)]
                source.stories.edit(
                    sid, body=source.stories.get(sid).body + " " + " ".join(step[2])
                )
            elif step[0] == "delete" and ids:
                source.stories.delete(ids[step[1] % len(ids)])
            elif step[0] == "tag" and ids:
                sid = ids[step[1] % len(ids)]
                word = source.stories.get(sid).body.split()[0]
                source.tags.tag_passage(sid, 0, len(word), step[2], new_asset_name=word.title())
            elif step[0] == "person":
                pid = source.participants.add(gid, f"Person {len(source.participants.roster(gid))}")
                source.participants.record_consent(pid, sharing_level=step[1], is_minor=step[2])
                if ids:
                    source.stories.set_tellers(ids[0], [pid])
            elif step[0] == "merge":
                found = source.assets.suggest_duplicates(gid)
                if found:
                    source.assets.merge(found[0].keep.id, found[0].other.id)
            elif step[0] == "place":
                assets = source.assets.inventory(gid)
                if assets:
                    source.places.place_asset(
                        assets[step[1] % len(assets)].id, lat=35.6, lon=-105.9
                    )
        with source.db.read() as s:
            log = [
                change_to_dict(c)
                for c in s.scalars(select(Change).order_by(Change.device_id, Change.seq))
            ]
            expected = canonical_data(s)["tables"]
        empty = Database.open(Path(tmp) / "b.db", state_dir=Path(tmp) / "s2")
        with empty.transaction() as s:
            apply_changes(s, log, empty.clock)
        with empty.read() as s:
            assert canonical_data(s)["tables"] == expected
        empty.close()
        source.db.close()
