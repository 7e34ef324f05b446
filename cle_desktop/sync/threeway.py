"""A three-way merge suggestion for long story text in a conflict.

Both versions are compared sentence by sentence (stories are prose) against
their common ancestor with ``difflib``; changes made on one side only are taken, changes made on
both sides differently are kept side by side, marked, for a person to finish. It is only a
suggestion: nothing is saved until the person accepts it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n")
CONFLICT_OPEN, CONFLICT_SEP, CONFLICT_CLOSE = "⟦", " ‖ ", "⟧"


def _split(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s]


def _changes(base: list[str], other: list[str]) -> list[tuple[int, int, list[str]]]:
    """(base_start, base_end, replacement) for every difference."""
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=base, b=other, autojunk=False).get_opcodes():
        if tag != "equal":
            out.append((i1, i2, other[j1:j2]))
    return out


def merge3(base: str, mine: str, theirs: str) -> tuple[str, bool]:
    """Merged text and whether it still holds a marked disagreement."""
    if mine == theirs or theirs == base:
        return mine, False
    if mine == base:
        return theirs, False
    b, m, t = _split(base), _split(mine), _split(theirs)
    ours, others = _changes(b, m), _changes(b, t)
    result: list[str] = []
    conflict = False
    i = 0
    while i <= len(b):
        mc = next((c for c in ours if c[0] == i), None)
        tc = next((c for c in others if c[0] == i), None)
        end = i
        if mc and tc:
            if mc[2] == tc[2] and mc[1] == tc[1]:
                result += mc[2]
            else:
                conflict = True
                result.append(
                    CONFLICT_OPEN
                    + " ".join(mc[2])
                    + CONFLICT_SEP
                    + " ".join(tc[2])
                    + CONFLICT_CLOSE
                )
            end = max(mc[1], tc[1])
        elif mc or tc:
            change = mc or tc
            assert change is not None
            result += change[2]
            end = change[1]
        if end > i:
            i = end  # the replaced base sentences are consumed
            continue
        if i < len(b):  # nothing replaced here (maybe an insertion): keep the base sentence
            result.append(b[i])
        i += 1
    return " ".join(result), conflict
