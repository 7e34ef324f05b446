"""Preparing an offline area while online: the tiles of a box at some zoom levels, downloaded
politely into an MBTiles file that can then become a gathering's base map.

The window's dialog and ``cle-desktop basemap prefetch`` both come here, so a refused request
(no attribution, too many tiles, a server that answers with something other than images) is
the services' own :class:`~cle_desktop.services.errors.InvalidInput` for both.
"""

from __future__ import annotations

from pathlib import Path

from cle_desktop.domain.progress import CancelCheck, Progress
from cle_desktop.maps.prefetch import (
    MAX_TILES,
    PrefetchRefused,
    PrefetchResult,
    count_tiles,
    prefetch,
)
from cle_desktop.services.errors import as_invalid_input

__all__ = ["MAX_TILES", "PrefetchResult", "count_tiles", "download_area"]

BBox = tuple[float, float, float, float]  # west, south, east, north


def download_area(
    url_template: str,
    bbox: BBox,
    zooms: range,
    out: Path,
    *,
    attribution: str,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> PrefetchResult:
    """Download (or resume) the tiles of ``bbox`` at ``zooms`` from the tile server into ``out``.
    Tiles already in the file are kept, so a cancelled download resumes where it stopped."""
    try:
        return prefetch(
            url_template,
            bbox,
            zooms,
            Path(out),
            attribution=attribution,
            progress=progress,
            cancelled=cancelled,
        )
    except PrefetchRefused as exc:
        raise as_invalid_input(exc) from exc
