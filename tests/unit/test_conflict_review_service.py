"""What the conflict review is told: the subject in people's words and each version with the
laptop that wrote it, this laptop's own first."""

from __future__ import annotations

import pytest

from tests.laptops import LaptopPair


def test_sides_come_this_laptop_first_and_subjects_are_words_not_ids(
    laptops: LaptopPair,
) -> None:
    pair, g = laptops, laptops.gathering
    a, b = pair.a, pair.b
    asset = a.assets.create(g, "Library")
    untitled = a.stories.capture(g, body=" ".join(f"word{i}" for i in range(20)))
    pair.send(a, b)
    a.assets.rename(asset, "Public library")
    b.assets.rename(asset, "Bookmobile")
    a.stories.edit(untitled, language="es")
    b.stories.edit(untitled, language="en")
    pair.send(a, b)  # B receives A's versions: B's own must come first on B
    reviews = {r.conflict.entity: r for r in b.sync.review()}
    assert set(reviews) == {"asset", "story"}
    name = reviews["asset"]
    assert [s.value for s in name.sides] == ["Bookmobile", "Public library"]
    assert [s.this_laptop for s in name.sides] == [True, False]
    assert name.subject in {"Bookmobile", "Public library"}
    assert reviews["story"].subject == " ".join(f"word{i}" for i in range(12)) + "…"
    assert set(name.seen) == {s.change_id for s in name.sides}
    for review in reviews.values():
        assert review.conflict.row_id not in review.subject


BASE = "Abuela grew chiles. The garden was on 5th street. Kids came."


def _tagged_story_edited_on_both(laptops: LaptopPair) -> str:
    """A tagged story whose text both laptops change; B edits twice before syncing."""
    a, b, g = laptops.a, laptops.b, laptops.gathering
    sid = a.stories.capture(g, title="Garden", body=BASE)
    a.tags.tag_passage(
        sid, BASE.index("garden"), BASE.index("garden") + 6, "asset", new_asset_name="Garden"
    )
    laptops.send(a, b)
    a.stories.edit(sid, body=BASE.replace("chiles.", "chiles and corn."))
    b.stories.edit(sid, body=BASE + " Elders too.")
    b.stories.edit(sid, body="Yes. " + BASE + " Elders too.")
    laptops.send(b, a)
    return sid


def test_the_suggestion_merges_against_the_latest_common_version(laptops: LaptopPair) -> None:
    """B's head has B's first edit as parent, not the shared text: the base must still be the
    shared text, or every sentence would show as a disagreement."""
    _tagged_story_edited_on_both(laptops)
    [review] = laptops.a.sync.review()
    assert review.conflict.field == "body"
    text, marked = laptops.a.sync.merge_suggestion(review) or ("", False)
    assert marked
    assert text == (
        "⟦Abuela grew chiles and corn. ‖ Yes. Abuela grew chiles.⟧ "
        "The garden was on 5th street. Kids came. Elders too."
    )


def test_tag_positions_follow_the_decided_text_and_are_not_asked_about(
    laptops: LaptopPair,
) -> None:
    a = laptops.a
    sid = _tagged_story_edited_on_both(laptops)
    assert {c.entity for c in a.sync.conflicts()} == {"story", "tag"}  # positions differ
    [review] = a.sync.review()  # only the text is a person's choice
    decided = "Yes. Abuela grew chiles and corn. The garden was on 5th street. Kids came."
    a.sync.resolve("story", sid, "body", decided, seen=review.seen)
    assert a.sync.conflicts() == []
    [tag] = a.tags.for_story(sid)
    assert decided[tag.start : tag.end] == "garden" and not tag.orphaned
    laptops.send(a, laptops.b)
    assert laptops.b.sync.conflicts() == []


def test_the_service_refuses_text_that_still_shows_both_versions(laptops: LaptopPair) -> None:
    from cle_desktop.services.errors import InvalidInput

    sid = _tagged_story_edited_on_both(laptops)
    [review] = laptops.a.sync.review()
    text, _ = laptops.a.sync.merge_suggestion(review) or ("", False)
    with pytest.raises(InvalidInput, match="1 place"):
        laptops.a.sync.resolve("story", sid, "body", text, seen=review.seen)
    assert len(laptops.a.sync.review()) == 1


def test_keep_version_and_save_merged_are_the_decisions_a_person_makes(
    laptops: LaptopPair,
) -> None:
    """The panel's three buttons are these calls: unfinished merged text is refused with a
    sentence and writes nothing; a kept version closes the conflict on the laptop."""
    from cle_desktop.services.errors import InvalidInput

    pair, g = laptops, laptops.gathering
    a, b = pair.a, pair.b
    asset = a.assets.create(g, "Library")
    story = a.stories.capture(g, title="Garden", body="A. B. C.")
    pair.send(a, b)
    a.assets.rename(asset, "Public library")
    b.assets.rename(asset, "Bookmobile")
    a.stories.edit(story, body="A. B here. C.")
    b.stories.edit(story, body="A. B there. C.")
    pair.send(b, a)
    reviews = {r.conflict.entity: r for r in a.sync.review()}
    text = reviews["story"]
    for unfinished, words in (
        ("A. ⟦B here. ‖ B there.⟧ C.", "1 place still shows both versions"),
        ("⟦A ‖ a⟧ ⟦B ‖ b⟧", "2 places still show both versions"),
        ("   ", "The merged text is empty"),
    ):
        with pytest.raises(InvalidInput, match=words):
            a.sync.save_merged(text, unfinished)
    assert len(a.sync.conflicts()) == 2  # nothing written
    a.sync.save_merged(text, "A. B here and there. C.")
    assert a.stories.get(story).body == "A. B here and there. C."
    a.sync.keep_version(reviews["asset"], 1)  # the other laptop's name
    assert a.sync.conflicts() == []
    assert {r.id: r.name for r in a.assets.inventory(g)}[asset] == "Bookmobile"
