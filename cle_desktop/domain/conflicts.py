"""A conflict kept for a person: several live versions of one field, or a delete that did not
see an edit (``sync.merge`` finds them in the change log).

A plain value in the domain, not in ``sync``: the window lists conflicts and may import only
``services`` and ``domain``, and the command line prints them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Conflict:
    """Several live versions of one field (or a delete that did not see an edit)."""

    entity: str
    row_id: str
    field: str
    kind: str  # "field" | "delete-vs-edit"
    values: tuple[Any, ...]  # decoded JSON values of the heads, displayed one first
    head_ids: tuple[str, ...]
