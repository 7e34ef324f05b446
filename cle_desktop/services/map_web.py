"""What the map page's ``app://`` scheme serves: Leaflet's files and tile images.

The window's scheme handler (``ui.web_scheme``) is Qt plumbing only; what a request may return
is decided here, below the window: files by name from the XStatic packages and our own map
script, and a tile only when its bytes are an image (never what a hostile archive claims).
Light on purpose (no database layer), since a report's PNG is rendered through the same handler.
"""

from __future__ import annotations

from pathlib import Path

from cle_desktop.maps.errors import BaseMapRejected
from cle_desktop.maps.tiles import VIEWABLE, TileSource, open_tiles, sniff
from cle_desktop.services.errors import as_invalid_input

__all__ = ["TileImages", "map_file", "open_tile_images"]


def map_file(name: str) -> tuple[bytes, str] | None:
    """A file of the map page by name (``leaflet.js``, ``images/marker-icon.png`` ...) and its
    MIME type; None when there is no such file."""
    from cle_desktop.maps.offline_assets import asset_bytes, asset_mime

    data = asset_bytes(name)
    return None if data is None else (data, asset_mime(name))


class TileImages:
    """An opened tile archive as the map page reads it: image bytes and their MIME type."""

    def __init__(self, source: TileSource) -> None:
        self._source = source

    def image(self, z: int, x: int, y: int) -> tuple[bytes, str] | None:
        """The tile at (z, x, y) in XYZ order, or None when it is missing or not an image."""
        data = self._source.get_tile(z, x, y)
        kind = sniff(data) if data else None
        if data is None or kind is None:
            return None
        return data, VIEWABLE[kind]


def open_tile_images(path: Path, kind: str | None = None) -> TileImages:
    """Open an MBTiles/PMTiles archive for the map page (checked as ``basemap add`` checks it);
    raises :class:`~cle_desktop.services.errors.InvalidInput` with the refusal's sentence."""
    try:
        return TileImages(open_tiles(Path(path), kind))
    except BaseMapRejected as exc:
        raise as_invalid_input(exc) from exc
