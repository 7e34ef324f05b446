"""Plain data the map is built from (no database rows, so tests and exports share it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class MapPin:
    asset_id: str
    name: str
    kind: str  # asset | gift | hope
    category: str | None = None
    lat: float | None = None
    lon: float | None = None
    px: float | None = None
    py: float | None = None
    mentions: int = 0
    quote: str = ""
    story_id: str | None = None
    thumbnail_data_uri: str | None = None
    session_ids: tuple[str, ...] = ()
    teller_roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class BaseMapSpec:
    kind: str = "none"  # none | mbtiles | pmtiles | image
    path: Path | None = None
    width: int | None = None
    height: int | None = None
    attribution: str = ""
    min_zoom: int = 0
    max_zoom: int = 18
    center: tuple[float, float] | None = None
    sessions: list[tuple[str, str]] = field(default_factory=list)
