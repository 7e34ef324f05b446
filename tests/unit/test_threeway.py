"""The three-way suggestion for story text never drops an edit of either laptop."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cle_desktop.sync.threeway import (
    CONFLICT_CLOSE,
    CONFLICT_OPEN,
    merge_text,
    split_sentences,
    unresolved_parts,
)

BASE = "A one. B two. C three. D four."


def test_overlapping_changes_starting_at_different_sentences_are_a_marked_conflict() -> None:
    """The case the hand-written merge got wrong: it returned ours and dropped theirs."""
    ours = "A one. X merged. D four."
    theirs = "A one. B two. C changed by them. D four."
    merged, marked = merge_text(BASE, ours, theirs)
    assert marked
    assert merged == "A one. ⟦X merged. ‖ B two. C changed by them.⟧ D four."
    assert unresolved_parts(merged) == 1


def test_changes_that_do_not_overlap_are_both_kept_without_markers() -> None:
    merged, marked = merge_text(
        BASE, "A one. B two, said Rosa. C three. D four.", "A one. B two. C three. D four! E five."
    )
    assert not marked
    assert merged == "A one. B two, said Rosa. C three. D four! E five."


def test_paragraphs_survive_the_merge() -> None:
    base = "Title line\n\nFirst said. Second said.\nLast."
    merged, marked = merge_text(
        base, base.replace("First said.", "First, said Tomás."), base + " Added."
    )
    assert not marked
    assert merged == "Title line\n\nFirst, said Tomás. Second said.\nLast. Added."


def test_unresolved_parts_counts_pairs_and_stray_markers() -> None:
    assert unresolved_parts("Fine text.") == 0
    assert unresolved_parts("⟦a ‖ b⟧ and ⟦c ‖ d⟧") == 2
    assert unresolved_parts("half edited ⟦a ‖ b") == 1


SENTENCES = [f"{w} {n}." for w in ("Abuela", "Garden", "River", "Market") for n in range(3)]
sentence_lists = st.lists(st.sampled_from(SENTENCES), max_size=8)


@st.composite
def edited(draw: st.DrawFn, base: list[str]) -> list[str]:
    """``base`` with random replacements, deletions and insertions."""
    out = list(base)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["replace", "delete", "insert"]))
        if op == "insert" or not out:
            out.insert(draw(st.integers(0, len(out))), draw(st.sampled_from(SENTENCES)))
        elif op == "delete":
            out.pop(draw(st.integers(0, len(out) - 1)))
        else:
            out[draw(st.integers(0, len(out) - 1))] = draw(st.sampled_from(SENTENCES))
    return out


@st.composite
def three_versions(draw: st.DrawFn) -> tuple[list[str], list[str], list[str]]:
    base = draw(sentence_lists)
    return base, draw(edited(base)), draw(edited(base))


def _count(items: list[str], sentence: str) -> int:
    return sum(1 for s in items if s == sentence)


@settings(max_examples=400, deadline=None)
@given(three_versions())
def test_every_changed_sentence_of_either_side_is_in_the_suggestion(
    versions: tuple[list[str], list[str], list[str]],
) -> None:
    """A sentence a side added (more copies of it than the base had) is in the suggestion,
    as taken or inside a marked conflict; a side left alone gives the other side exactly;
    without markers, the suggestion is made only of sentences some version has."""
    base, ours, theirs = (" ".join(v) for v in versions)
    merged, marked = merge_text(base, ours, theirs)
    words = split_sentences(
        merged.replace(CONFLICT_OPEN, "").replace(CONFLICT_CLOSE, "").replace(" ‖ ", " ")
    )
    words = [w.strip() for w in words]
    b, o, t = ([s.strip() for s in split_sentences(v)] for v in (base, ours, theirs))
    for side in (o, t):
        for sentence in set(side):
            if _count(side, sentence) > _count(b, sentence):
                assert _count(words, sentence) >= 1, (sentence, merged)
    if theirs == base:
        assert merged == ours and not marked
    if ours == base:
        assert merged == theirs and not marked
    assert marked == (unresolved_parts(merged) > 0)
    if not marked:
        known = set(b) | set(o) | set(t)
        assert set(words) <= known
