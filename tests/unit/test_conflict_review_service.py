"""What the conflict review is told: the subject in people's words and each version with the
laptop that wrote it, this laptop's own first."""

from __future__ import annotations

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
