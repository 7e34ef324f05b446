"""Folding asset names so that duplicates from different note-takers can be suggested.

"The community gardens" and "community garden" fold to the same key: case, accents, plurals,
articles and punctuation are ignored. Scores come from rapidfuzz's token set ratio.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

_ARTICLES = {
    "the",
    "a",
    "an",
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "unos",
    "unas",
    "of",
    "de",
    "del",
    "our",
    "nuestro",
    "nuestra",
}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def fold(name: str) -> str:
    """A comparison key: lower case, no accents, no articles, singular words."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = [_singular(w) for w in _WORD.findall(text) if w not in _ARTICLES]
    return " ".join(words)


def similarity(a: str, b: str) -> float:
    """0..1 likeness of two asset names after folding."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    return float(fuzz.token_set_ratio(fa, fb)) / 100.0
