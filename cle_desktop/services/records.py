"""What services hand out (``get()``, lists): frozen copies of one row's fields, never the ORM row itself.

A detached SQLAlchemy row looks like a value but is not one: setting an attribute on it seems
to work and writes nothing (the one write path is ``Database.write()``), and reading an
expired attribute outside a session raises. These records carry the same field names as the
tables, so reading code does not change, and they cannot be mistaken for something writable.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

R = TypeVar("R")


def record_of(record: type[R], row: object) -> R:
    """A ``record`` filled from the same-named attributes of ``row``."""
    fields = dataclasses.fields(record)  # type: ignore[arg-type]
    values: dict[str, Any] = {f.name: getattr(row, f.name) for f in fields}
    return record(**values)


@dataclass(frozen=True)
class GatheringRecord:
    id: str
    deleted: bool
    title: str
    theme: str | None
    host_community: str | None
    place_name: str | None
    starts_on: date | None
    ends_on: date | None
    center_lat: float | None
    center_lon: float | None
    languages: str | None
    basemap_id: str | None
    created_at: datetime | None


@dataclass(frozen=True)
class SessionRecord:
    """An agenda item of a gathering (the ``session`` table)."""

    id: str
    deleted: bool
    gathering_id: str | None
    title: str
    kind: str | None
    starts_at: datetime | None
    ends_at: datetime | None


@dataclass(frozen=True)
class ParticipantRecord:
    id: str
    deleted: bool
    gathering_id: str | None
    display_name: str
    pseudonym: str | None
    role: str | None
    team: str | None
    age_band: str | None
    languages: str | None


@dataclass(frozen=True)
class StoryRecord:
    id: str
    deleted: bool
    gathering_id: str | None
    session_id: str | None
    title: str
    body: str
    language: str | None
    note_taker: str | None
    recorded_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True)
class PlaceRecord:
    id: str
    deleted: bool
    gathering_id: str | None
    name: str | None
    lat: float | None
    lon: float | None
    basemap_id: str | None
    px: float | None
    py: float | None


@dataclass(frozen=True)
class ArtifactRecord:
    id: str
    deleted: bool
    gathering_id: str | None
    name: str
    meaning: str | None
    brought_by_id: str | None
    session_id: str | None
    returned: bool


@dataclass(frozen=True)
class PhotoRecord:
    id: str
    deleted: bool
    gathering_id: str | None
    sha256: str
    original_name: str | None
    mime: str | None
    width: int | None
    height: int | None
    size_bytes: int | None
    taken_at: datetime | None
    gps_lat: float | None
    gps_lon: float | None
    orientation: int | None
    caption: str | None
    imported_at: datetime | None
