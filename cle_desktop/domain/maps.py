"""Plain data the map is built from and the page built from it (no database rows, so tests,
exports and the window share it). Domain types, not ``maps`` ones: the window reads them and may
import only ``services`` and ``domain``."""

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
    quote_by: str = ""  # the teller(s) of the quote, as the audience may see them
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
    name: str = ""
    description: str = ""
    min_zoom: int = 0
    max_zoom: int = 18
    center: tuple[float, float] | None = None
    sessions: list[tuple[str, str]] = field(default_factory=list)
    problem: str = ""  # why the chosen base map cannot be shown (one sentence), if it cannot
    basemap_id: str | None = None
    # what the tiles cover (west, south, east, north), when the archive says
    bounds: tuple[float, float, float, float] | None = None
    # a drawing with control points: its spots have lat/lon, so a metric scale means something
    metres_per_pixel: float | None = None


@dataclass
class BuiltMap:
    """The page, and what a person should be told about it (one sentence each)."""

    html: str
    shown: list[MapPin] = field(default_factory=list)
    hidden: list[MapPin] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    drawn: bool = False  # the base map is a drawing (pins need a spot on it)
    # placed, but outside what the base map covers (off the drawing, beyond the tiles)
    outside: list[MapPin] = field(default_factory=list)
    tiles: int = 0
    tile_zooms: tuple[int, int] | None = None
