"""Service behaviour on a real SQLite file: capture, tagging, assets, consent, change log."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from cle_desktop.domain.enums import SharingLevel, TagKind
from cle_desktop.services import Services
from cle_desktop.services.errors import InvalidInput
from cle_desktop.storage.models import Asset, Change, FieldHead, Tag

BODY = "Abuela told us the community garden on 5th street feeds twelve families every summer."


def test_capture_then_edit_reanchors_tags_and_flags_lost_quotes(
    services: Services, gathering_id: str
) -> None:
    sid = services.stories.capture(gathering_id, title="Abuela's garden", body=BODY)
    start = BODY.index("community garden")
    garden = services.tags.tag_passage(
        sid,
        start,
        start + len("community garden"),
        TagKind.ASSET,
        new_asset_name="Community garden",
    )
    start = BODY.index("twelve families")
    families = services.tags.tag_passage(sid, start, start + len("twelve families"), "gift")

    services.stories.edit(sid, body="Last year, " + BODY.replace("twelve families", "many people"))
    tags = {t.id: t for t in services.tags.for_story(sid)}
    body = services.stories.get(sid).body
    assert body[tags[garden].start : tags[garden].end] == "community garden"
    assert not tags[garden].orphaned
    assert tags[families].orphaned, "a tag whose quote is gone is flagged, not dropped"
    assert tags[garden].asset_name == "Community garden"


def test_tagging_outside_the_text_is_refused_with_a_sentence(
    services: Services, gathering_id: str
) -> None:
    sid = services.stories.capture(gathering_id, body="short")
    with pytest.raises(InvalidInput, match="passage"):
        services.tags.tag_passage(sid, 3, 99, "hope")


def test_every_write_appends_field_entries_whose_parents_are_the_seen_heads(
    services: Services, gathering_id: str
) -> None:
    sid = services.stories.capture(gathering_id, title="One", body="first")
    services.stories.edit(sid, body="second")
    with services.db.read() as s:
        entries = s.scalars(
            select(Change).where(Change.row_id == sid, Change.field == "body").order_by(Change.seq)
        ).all()
        heads = s.scalars(
            select(FieldHead.change_id).where(FieldHead.row_id == sid, FieldHead.field == "body")
        ).all()
    assert [json.loads(e.value) for e in entries] == ["first", "second"]
    assert json.loads(entries[1].parents) == [entries[0].id]
    assert list(heads) == [entries[1].id]
    assert entries[0].hlc < entries[1].hlc and entries[0].seq < entries[1].seq


def test_an_unchanged_autosave_writes_nothing(services: Services, gathering_id: str) -> None:
    sid = services.stories.capture(gathering_id, body="same")
    assert services.stories.edit(sid, body="same") == []


def test_merge_keeps_every_tag_and_can_be_undone(services: Services, gathering_id: str) -> None:
    a = services.stories.capture(gathering_id, body="We love the community garden.")
    b = services.stories.capture(gathering_id, body="The Community Gardens need water.")
    t1 = services.tags.tag_passage(a, 12, 28, "asset", new_asset_name="community garden")
    t2 = services.tags.tag_passage(b, 4, 21, "asset", new_asset_name="The Community Gardens")
    suggestions = services.assets.suggest_duplicates(gathering_id)
    assert suggestions and suggestions[0].score >= 0.9
    keep, other = suggestions[0].keep.id, suggestions[0].other.id
    moved = services.assets.merge(keep, other)
    inventory = services.assets.inventory(gathering_id)
    assert [(r.id, r.mentions) for r in inventory] == [(keep, 2)]
    with services.db.read() as s:
        assert {s.get(Tag, t1).asset_id, s.get(Tag, t2).asset_id} == {keep}  # type: ignore[union-attr]
        assert s.get(Asset, other).merged_into_id == keep  # type: ignore[union-attr]
    services.assets.unmerge(keep, other, moved)
    assert len(services.assets.inventory(gathering_id)) == 2


def test_similar_assets_fold_case_accents_plurals_and_articles(
    services: Services, gathering_id: str
) -> None:
    services.assets.create(gathering_id, "Jardín comunitario")
    services.assets.create(gathering_id, "Public library", category="institution")
    names = [
        row.name for row, _ in services.assets.similar_to(gathering_id, "el jardin comunitarios")
    ]
    assert names == ["Jardín comunitario"]


def test_consent_is_denied_by_default_and_the_most_restrictive_teller_wins(
    services: Services, gathering_id: str
) -> None:
    ana = services.participants.add(gathering_id, "Ana")
    ben = services.participants.add(gathering_id, "Ben")
    sid = services.stories.capture(gathering_id, body="together", teller_ids=[ana, ben])
    assert services.stories.sharing_level(sid) == SharingLevel.NONE
    services.participants.record_consent(ana, sharing_level="public")
    assert services.stories.sharing_level(sid) == SharingLevel.NONE  # Ben has no record yet
    services.participants.record_consent(ben, sharing_level="network")
    assert services.stories.sharing_level(sid) == SharingLevel.NETWORK
    services.participants.withdraw(ben)
    assert services.stories.sharing_level(sid) == SharingLevel.NONE


def test_minors_share_only_with_guardian_permission_and_own_assent_and_stay_pseudonymous(
    services: Services, gathering_id: str
) -> None:
    kid = services.participants.add(gathering_id, "Maya", pseudonym="Student A", age_band="youth")
    services.participants.record_consent(
        kid, sharing_level="public", name_use="name", is_minor=True, guardian_permission=True
    )
    terms = services.participants.consent(kid)
    assert terms is not None and terms.effective_level == SharingLevel.NONE
    services.participants.record_consent(
        kid,
        sharing_level="public",
        name_use="name",
        is_minor=True,
        guardian_permission=True,
        youth_assent=True,
    )
    terms = services.participants.consent(kid)
    assert terms is not None and terms.effective_level == SharingLevel.PUBLIC
    assert not terms.may_use_name


def test_places_refuse_half_coordinates(services: Services, gathering_id: str) -> None:
    asset = services.assets.create(gathering_id, "Library")
    with pytest.raises(InvalidInput):
        services.places.place_asset(asset, lat=35.6)
    place = services.places.place_asset(asset, lat=35.687, lon=-105.938)
    assert services.places.place_asset(asset, lat=35.688, lon=-105.939) == place
    assert services.places.get(place).lat == pytest.approx(35.688)


def test_text_longer_than_a_field_holds_is_refused_with_a_sentence(
    services: Services, gathering_id: str
) -> None:
    import pytest

    from cle_desktop.domain.limits import MAX_LINE_CHARS, MAX_TEXT_CHARS
    from cle_desktop.services.errors import InvalidInput

    with pytest.raises(InvalidInput, match="That title is 10,001 characters long; at most 10,000"):
        services.stories.capture(gathering_id, title="x" * (MAX_LINE_CHARS + 1))
    sid = services.stories.capture(gathering_id, title="Fits", body="y" * MAX_TEXT_CHARS)
    with pytest.raises(InvalidInput, match="That body is"):
        services.stories.edit(sid, body="y" * (MAX_TEXT_CHARS + 1))
    with pytest.raises(InvalidInput, match="That name is"):
        services.participants.add(gathering_id, "n" * (MAX_LINE_CHARS + 1))
    with pytest.raises(InvalidInput, match="That name is"):
        services.assets.create(gathering_id, "a" * (MAX_LINE_CHARS + 1))
    assert services.stories.count(gathering_id) == 1
