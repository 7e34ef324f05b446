"""How long a piece of text may be, wherever it comes from.

One place for the limits so every entry point (typing, CSV imports, sync bundles) agrees: a
value one laptop accepts must never be refused by another, and every renderer (PDF, map, report)
only ever meets text up to these lengths. The limits are generous for what people write at a
gathering (a long told story is a few thousand words) and small enough that a report of the
longest allowed text stays bounded.
"""

from __future__ import annotations

__all__ = ["MAX_LINE_CHARS", "MAX_TEXT_CHARS"]

#: A story body, a meaning, a description, a caption: the longest text any field may hold.
MAX_TEXT_CHARS = 200_000
#: A title, a name, a place, a pseudonym, a team: one line of text.
MAX_LINE_CHARS = 10_000
