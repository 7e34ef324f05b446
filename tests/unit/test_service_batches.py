"""Batch capture and tagging: one transaction for many stories or passages, the same checks as
one at a time, and nothing of a refused batch written."""

from __future__ import annotations

import pytest

from cle_desktop.services import Services
from cle_desktop.services.errors import InvalidInput, NotFound
from cle_desktop.services.stories import StoryDraft
from cle_desktop.services.tagging import Passage


def commits(services: Services) -> list[int]:
    seen: list[int] = []
    services.db.on_commit(lambda: seen.append(1))
    return seen


def test_capture_many_writes_every_story_and_teller_in_one_commit(
    services: Services, gathering_id: str
) -> None:
    rosa = services.participants.add(gathering_id, "Rosa Quintana")
    luis = services.participants.add(gathering_id, "Luis Baca")
    services.preferences.set_note_taker("Laptop 3 (Wen)")
    seen = commits(services)
    ids = services.stories.capture_many(
        gathering_id,
        [
            StoryDraft(title="Acequia", body="We clean the ditch.", teller_ids=(rosa, luis, rosa)),
            StoryDraft(title="Market", body="Saturday market.", note_taker="Laptop 1 (Ana)"),
        ],
    )
    assert len(seen) == 1 and len(ids) == 2
    first, second = (services.stories.get(i) for i in ids)
    assert (first.title, second.title) == ("Acequia", "Market")
    assert services.tellers.of(ids[0]).names == ("Rosa Quintana", "Luis Baca")
    assert (first.note_taker, second.note_taker) == ("Laptop 3 (Wen)", "Laptop 1 (Ana)")
    assert services.stories.capture_many(gathering_id, []) == []


def test_a_refused_draft_leaves_the_whole_batch_unwritten(
    services: Services, gathering_id: str
) -> None:
    with pytest.raises(InvalidInput, match="characters long"):
        services.stories.capture_many(
            gathering_id, [StoryDraft(title="Fine"), StoryDraft(title="x" * 100_000)]
        )
    pid = services.participants.add(gathering_id, "Rosa Quintana")
    services.sync.purge_participant(pid)
    with pytest.raises(InvalidInput, match="erased"):
        services.stories.capture_many(
            gathering_id, [StoryDraft(title="Fine"), StoryDraft(title="Hers", teller_ids=(pid,))]
        )
    assert services.stories.count(gathering_id) == 0


def test_tag_passages_anchors_each_passage_in_one_commit(
    services: Services, gathering_id: str
) -> None:
    body = "The acequia association and the farmers market keep us together."
    sid = services.stories.capture(gathering_id, title="Us", body=body)
    market = services.assets.create(gathering_id, "Farmers market", "asset", category="economic")
    seen = commits(services)
    start = body.index("the farmers market")
    tag_ids = services.tags.tag_passages(
        [
            Passage(sid, 4, 23, "asset", category="association", new_asset_name="Acequia"),
            Passage(sid, start, start + 18, "asset", category="economic", asset_id=market),
        ]
    )
    assert len(seen) == 1 and len(tag_ids) == 2
    tags = services.tags.for_story(sid)
    assert [(t.quote, t.asset_name) for t in tags] == [
        ("acequia association", "Acequia"),
        ("the farmers market", "Farmers market"),
    ]


def test_a_refused_passage_leaves_the_whole_batch_untagged(
    services: Services, gathering_id: str
) -> None:
    sid = services.stories.capture(gathering_id, title="Short", body="A garden.")
    gone = services.stories.capture(gathering_id, title="Gone", body="A library.")
    services.stories.delete(gone)
    with pytest.raises(NotFound):
        services.tags.tag_passages([Passage(sid, 2, 8, "asset"), Passage(gone, 2, 9, "asset")])
    with pytest.raises(InvalidInput):
        services.tags.tag_passages([Passage(sid, 2, 8, "asset"), Passage(sid, 5, 500, "hope")])
    assert services.tags.for_story(sid) == []
