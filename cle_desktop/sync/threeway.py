"""A three-way merge suggestion for long story text in a conflict.

Stories are prose, so both versions are compared *sentence by sentence* against their common
ancestor, with the algorithm of ``diff3`` over sentence lists: each side is aligned with the
ancestor (``difflib``), the sentences unchanged in all three versions are the fixed points,
and between two fixed points a change made on one side only is taken, the same change on both
sides is taken once, and sentences both sides changed differently are kept side by side
between markers, ``⟦this laptop's ‖ the other laptop's⟧``, for a person to finish. Aligning
on what is unchanged in all three is what keeps overlapping changes from silently losing one
side (an earlier merge here kept one side when the changed ranges started at different
sentences; a property test holds every version to this). It is only a suggestion: nothing is
saved until the person accepts it, and the review refuses text that still has markers.

(``merge3`` from PyPI does the same, but it is GPL-2.0-or-later and this app is MIT.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

CONFLICT_OPEN, CONFLICT_SEP, CONFLICT_CLOSE = "⟦", " ‖ ", "⟧"
# A sentence ends at . ! ? … (with any closing quotes or brackets) followed by white space, or
# at a line break; the white space after it stays with it so paragraphs survive the merge.
_SENTENCE = re.compile(r".*?(?:[.!?…][\"'”’»)\]]*(?=\s)|\n|$)\s*", re.DOTALL)
_MARKED = re.compile(re.escape(CONFLICT_OPEN) + r".*?" + re.escape(CONFLICT_CLOSE), re.DOTALL)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each with the white space after it, normalised so that the
    same sentence compares equal wherever it stands: a single space, or the line breaks."""
    out: list[str] = []
    for match in _SENTENCE.finditer(text):
        piece = match.group(0)
        if not piece:
            continue
        words = piece.rstrip()
        if not words:  # blank lines: they belong to the sentence before them
            if out:
                out[-1] = out[-1].rstrip(" ") + piece.replace(" ", "")
            continue
        gap = piece[len(words) :]
        out.append(words + ("\n" * gap.count("\n") if "\n" in gap else " "))
    return out


def _aligned(base: Sequence[str], other: Sequence[str]) -> dict[int, int]:
    """Base sentence index -> the index of the same sentence in ``other`` (monotonic)."""
    matched: dict[int, int] = {}
    for block in SequenceMatcher(None, base, other, autojunk=False).get_matching_blocks():
        for n in range(block.size):
            matched[block.a + n] = block.b + n
    return matched


def merge_groups(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]
) -> list[tuple[str, list[str]] | tuple[str, list[str], list[str], list[str]]]:
    """diff3's groups: ``("same", lines)`` or ``("conflict", base, ours, theirs)``."""
    to_ours, to_theirs = _aligned(base, ours), _aligned(base, theirs)
    fixed = [
        (i, to_ours[i], to_theirs[i]) for i in range(len(base)) if i in to_ours and i in to_theirs
    ]
    groups: list[tuple[str, list[str]] | tuple[str, list[str], list[str], list[str]]] = []
    i0 = j0 = k0 = 0
    for i, j, k in [*fixed, (len(base), len(ours), len(theirs))]:
        b, o, t = list(base[i0:i]), list(ours[j0:j]), list(theirs[k0:k])
        if b or o or t:
            if o == b:
                groups.append(("same", t))
            elif t == b or o == t:
                groups.append(("same", o))
            else:
                groups.append(("conflict", b, o, t))
        if i < len(base):
            groups.append(("same", [base[i]]))
        i0, j0, k0 = i + 1, j + 1, k + 1
    return groups


def _join(sentences: Sequence[str]) -> str:
    return "".join(sentences)


def merge_text(base: str, ours: str, theirs: str) -> tuple[str, bool]:
    """The merged text and whether it still holds a marked disagreement.

    ``ours`` is this laptop's version (its sentences come first inside a marker).
    """
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    pieces: list[str] = []
    conflict = False
    for group in merge_groups(
        split_sentences(base), split_sentences(ours), split_sentences(theirs)
    ):
        if group[0] == "conflict":
            conflict = True
            _, _base, mine, other = group  # type: ignore[misc]
            ending = "\n" if _join(mine).endswith("\n") or _join(other).endswith("\n") else " "
            pieces.append(
                CONFLICT_OPEN
                + _join(mine).strip()
                + CONFLICT_SEP
                + _join(other).strip()
                + CONFLICT_CLOSE
                + ending
            )
        else:
            pieces.append(_join(group[1]))
    return "".join(pieces).rstrip(), conflict


def unresolved_parts(text: str) -> int:
    """How many places of ``text`` still show both versions between markers (a lone opening
    or closing marker counts too: it is not finished either)."""
    marked = _MARKED.findall(text)
    rest = _MARKED.sub("", text)
    return len(marked) + rest.count(CONFLICT_OPEN) + rest.count(CONFLICT_CLOSE)
