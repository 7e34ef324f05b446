"""Consent purge is order-independent: content about the person that arrives after the purge
(a late bundle from a laptop that had not heard of it yet) is erased too, on every laptop."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from cle_desktop.services import Services
from cle_desktop.storage.models import Change
from tests.laptops import joined_laptop


def laptop(tmp_path: Path, name: str) -> Services:
    """A laptop joined to the test's one gathering (the first is its host)."""
    return joined_laptop(tmp_path, name, own_state=True)


def test_a_story_told_before_the_purge_arrived_is_erased_everywhere(tmp_path: Path) -> None:
    a, b, c = laptop(tmp_path, "a"), laptop(tmp_path, "b"), laptop(tmp_path, "c")
    g = a.gatherings.create("Late story")
    pid = a.participants.add(g, "Rosa Quintana")
    stick = tmp_path / "stick"
    first = a.sync.export_bundle(stick).path
    b.sync.import_bundle(first)
    c.sync.import_bundle(first)
    # B, not yet knowing, captures a story Rosa told; A purges Rosa meanwhile.
    b.stories.capture(g, title="Recipe", body="Rosa's secret recipe for posole", teller_ids=[pid])
    a.sync.purge_participant(pid)
    from_a = a.sync.export_bundle(stick).path
    from_b = b.sync.export_bundle(stick).path
    c.sync.import_bundle(from_a)  # C hears of the purge first, then of the story
    c.sync.import_bundle(from_b)
    a.sync.import_bundle(from_b)
    b.sync.import_bundle(from_a)
    for side in (a, b, c):
        dump = side.sync.dump()
        assert "secret recipe" not in dump and "Rosa" not in dump
        with side.db.read() as s:
            assert "secret recipe" not in " ".join(s.scalars(select(Change.value)))
    assert a.sync.dump() == b.sync.dump() == c.sync.dump()


def test_a_co_teller_link_arriving_late_cannot_make_laptops_disagree(tmp_path: Path) -> None:
    a, b, c = laptop(tmp_path, "a"), laptop(tmp_path, "b"), laptop(tmp_path, "c")
    g = a.gatherings.create("Co-told")
    rosa = a.participants.add(g, "Rosa Quintana")
    ana = a.participants.add(g, "Ana Trujillo")
    sid = a.stories.capture(
        g, title="Acequia", body="We cleaned the ditch every spring.", teller_ids=[rosa]
    )
    stick = tmp_path / "stick"
    first = a.sync.export_bundle(stick).path
    b.sync.import_bundle(first)
    c.sync.import_bundle(first)
    b.stories.set_tellers(sid, [rosa, ana])
    a.sync.purge_participant(rosa)
    from_a, from_b = a.sync.export_bundle(stick).path, b.sync.export_bundle(stick).path
    c.sync.import_bundle(from_b)  # C learns of the co-teller first, then of the purge
    c.sync.import_bundle(from_a)
    a.sync.import_bundle(from_b)
    b.sync.import_bundle(from_a)
    assert a.sync.dump() == b.sync.dump() == c.sync.dump()
    assert "ditch" not in a.sync.dump()


def test_an_erased_person_cannot_be_named_a_teller_again(tmp_path: Path) -> None:
    import pytest

    from cle_desktop.services.errors import InvalidInput

    a = laptop(tmp_path, "a")
    g = a.gatherings.create("Erased")
    pid = a.participants.add(g, "Rosa")
    a.participants.record_consent(pid, sharing_level="public")
    told = a.stories.capture(g, title="Before", body="Told before.", teller_ids=[pid])
    a.participants.withdraw(pid)
    a.sync.purge_participant(pid)
    with pytest.raises(InvalidInput, match="withdrew and was erased"):
        a.stories.capture(g, title="After", body="Rosa's words again.", teller_ids=[pid])
    other = a.stories.capture(g, title="Another", body="Someone else.")
    with pytest.raises(InvalidInput, match="withdrew and was erased"):
        a.stories.set_tellers(other, [pid])
    assert all("Rosa's words" not in a.stories.get(s).body for s in a.stories.ids(g))
    assert a.stories.get(told).body == ""
