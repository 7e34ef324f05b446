"""Every editor names the version it loaded (issue 12, item 1): a tag's category and linked
asset, a story's tellers and an artifact's fields, saved on laptop A over an edit that
arrived from laptop B, keep both; and a save that changes nothing writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cle_desktop.services import Services
from tests.laptops import LaptopPair, make_laptop_pair


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[LaptopPair]:
    laptops = make_laptop_pair(tmp_path)
    yield laptops
    laptops.close()


def _entries(services: Services) -> int:
    from sqlalchemy import func, select

    from cle_desktop.storage.models import Change

    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Change)) or 0)


def test_a_tag_category_saved_over_an_unseen_one_keeps_both(pair: LaptopPair) -> None:
    a, b = pair.a, pair.b
    sid = a.stories.capture(pair.gathering, title="Seeds", body="Rosa keeps bean seeds.")
    tag = a.tags.tag_passage(sid, 0, 4, "asset")
    pair.send(a, b)
    loaded = a.tags.versions(tag)  # A's desk shows the tag
    b.tags.update(tag, category="individual")
    pair.send(b, a)
    written = a.tags.update(tag, loaded, category="association")
    assert set(written) == {"category"}
    [conflict] = a.sync.conflicts()
    assert conflict.entity == "tag" and conflict.field == "category"
    assert set(conflict.values) == {"individual", "association"}
    # Nothing changed: nothing written, not even against an old version.
    before = _entries(a)
    assert a.tags.update(tag, written, category="association") == {}
    assert _entries(a) == before


def test_an_asset_linked_by_name_over_an_unseen_link_keeps_both(pair: LaptopPair) -> None:
    a, b = pair.a, pair.b
    sid = a.stories.capture(pair.gathering, title="Seeds", body="Rosa keeps bean seeds.")
    tag = a.tags.tag_passage(sid, 0, 4, "asset")
    existing = a.assets.create(pair.gathering, "Seed library", "asset")
    pair.send(a, b)
    loaded = a.tags.versions(tag)
    b.tags.link_asset(tag, b.assets.create(pair.gathering, "Rosa's garden", "asset"))
    pair.send(b, a)
    link = a.tags.link_asset_named(tag, "seed LIBRARY", loaded)
    assert link.asset_id == existing and not link.created and link.previous_asset_id
    [conflict] = a.sync.conflicts()
    assert conflict.entity == "tag" and conflict.field == "asset_id"
    # A new name makes an asset of the tag's kind, in the same transaction.
    fresh = a.tags.link_asset_named(tag, "Acequia", link.versions)
    assert fresh.created and a.assets.inventory(pair.gathering)
    assert len(a.sync.conflicts()) == 1


def test_tellers_saved_over_one_added_elsewhere_keep_it(pair: LaptopPair) -> None:
    a, b = pair.a, pair.b
    sid = a.stories.capture(pair.gathering, title="Seeds", body="Rosa keeps bean seeds.")
    shown = a.tellers.set_teller_names(sid, ["Rosa"])
    pair.send(a, b)
    b.tellers.set_teller_names(sid, ["Rosa", "Luis"])  # B adds Luis
    pair.send(b, a)
    # A's desk still shows "Rosa" and the note-taker types "Rosa, Ana".
    now = a.tellers.set_teller_names(sid, ["rosa", "Ana"], loaded=shown.ids)
    assert sorted(now.names) == ["Ana", "Luis", "Rosa"]
    people = {p.display_name for p in a.participants.roster(pair.gathering)}
    assert people == {"Rosa", "Luis", "Ana"}  # "rosa" is Rosa, not a new person
    before = _entries(a)
    a.tellers.set_teller_names(sid, list(now.names), loaded=now.ids)
    assert _entries(a) == before  # the same names again write nothing
    assert a.sync.conflicts() == []


def test_tellers_without_consent_are_named_in_one_query(pair: LaptopPair) -> None:
    a = pair.a
    sid = a.stories.capture(pair.gathering, title="Seeds", body="Rosa keeps bean seeds.")
    tellers = a.tellers.set_teller_names(sid, ["Rosa", "Ana", "Luis"])
    rosa, ana, _luis = tellers.ids
    a.participants.record_consent(rosa, sharing_level="public")
    a.participants.record_consent(ana, sharing_level="public")
    a.participants.withdraw(ana)
    found = a.tellers.tellers_without_consent(sid)
    assert found.missing == ("Luis",) and found.withdrawn == ("Ana",)
    assert bool(found) and not a.tellers.tellers_without_consent(
        a.stories.capture(pair.gathering, title="Nobody")
    )


def test_an_artifact_field_saved_over_an_unseen_one_keeps_both(pair: LaptopPair) -> None:
    a, b = pair.a, pair.b
    art = a.artifacts.create(pair.gathering, "Grandmother's basket", meaning="Harvests")
    pair.send(a, b)
    loaded = a.artifacts.versions(art)
    b.artifacts.update(art, meaning="Carried corn to the plaza")
    pair.send(b, a)
    written = a.artifacts.update(art, loaded, meaning="Woven in 1950")
    assert set(written) == {"meaning"}
    [conflict] = a.sync.conflicts()
    assert conflict.entity == "artifact" and conflict.field == "meaning"
    # An untouched field saved with the versions it loaded writes nothing, and B's edit of
    # another field is not undone by it.
    before = _entries(a)
    assert a.artifacts.update(art, loaded, name="Grandmother's basket") == {}
    assert _entries(a) == before
