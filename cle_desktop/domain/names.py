"""People's names as a note-taker types them in one field ("Rosa, Ana; Luis").

Plain text rules with no database, so the story desk can use them without loading the
services (the window must take typing before SQLAlchemy is imported).
"""

from __future__ import annotations


def split_names(text: str) -> list[str]:
    """ "Rosa, Ana; Luis" -> the names, in order, each once (any case), blanks dropped."""
    seen: set[str] = set()
    names = []
    for part in text.replace(";", ",").split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names
