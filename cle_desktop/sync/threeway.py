"""A three-way merge suggestion for long story text in a conflict.

Stories are prose, so both versions are compared *sentence by sentence* against their common
ancestor. The merge itself is ``merge3`` (Breezy's three-way merge, the algorithm of ``diff3``,
which works on any list of comparable items): a change made on one side only is taken, the
same change on both sides is taken once, and sentences both sides changed differently are kept
side by side between markers, ``⟦this laptop's ‖ the other laptop's⟧``, for a person to finish.
An earlier hand-written merge here silently kept one side when the two sides' changed ranges
started at different sentences; ``merge3`` aligns on regions unchanged in all three versions,
so overlapping changes always come out as a marked conflict. It is only a suggestion: nothing
is saved until the person accepts it, and the review refuses text that still has markers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from merge3 import Merge3

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
    merger = Merge3(split_sentences(base), split_sentences(ours), split_sentences(theirs))
    pieces: list[str] = []
    conflict = False
    for group in merger.merge_groups():
        if group[0] == "conflict":
            conflict = True
            _, _base, mine, other = group
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
