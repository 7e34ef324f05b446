"""Text anchors for tags, after the W3C Web Annotation TextQuoteSelector idea.

A tag remembers its position *and* its quote with a little context. After the story text
changes (typing, or a merge from another laptop), the tag is found again by its quote; when the
quote has gone, the tag is flagged as orphaned rather than dropped, so a person decides.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_CHARS = 24


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """Anchor the passage ``text[start:end]`` with a little context either side."""
    if not (0 <= start < end <= len(text)):
        raise ValueError("A tag needs a non-empty passage inside the story text.")
    return Anchor(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def _context_score(text: str, pos: int, anchor: Anchor) -> int:
    """How many characters of prefix and suffix still match around a candidate position."""
    score = 0
    before = text[:pos]
    for a, b in zip(reversed(anchor.prefix), reversed(before), strict=False):
        if a != b:
            break
        score += 1
    after = text[pos + len(anchor.quote) :]
    for a, b in zip(anchor.suffix, after, strict=False):
        if a != b:
            break
        score += 1
    return score


def reanchor(text: str, anchor: Anchor) -> Anchor | None:
    """Find the anchor's quote in ``text``; None when the quote is gone (tag becomes orphaned).

    Among several occurrences, the one whose surrounding context matches best wins, then the one
    nearest the old position.
    """
    if not anchor.quote:
        return None
    if text[anchor.start : anchor.end] == anchor.quote and _context_score(
        text, anchor.start, anchor
    ) == len(anchor.prefix) + len(anchor.suffix):
        return make_anchor(text, anchor.start, anchor.end)
    candidates: list[int] = []
    pos = text.find(anchor.quote)
    while pos != -1:
        candidates.append(pos)
        pos = text.find(anchor.quote, pos + 1)
    if not candidates:
        return None
    best = max(candidates, key=lambda p: (_context_score(text, p, anchor), -abs(p - anchor.start)))
    return make_anchor(text, best, best + len(anchor.quote))
