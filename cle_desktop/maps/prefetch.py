"""Preparing an offline area before the gathering (the host is online once, the laptops never).

Downloads the tiles of a bounding box and zoom range from an XYZ URL template into an MBTiles
file: politely (a rate limit and a User-Agent naming the app), with the attribution stored, a
hard cap on the number of tiles, and resumable (tiles already in the file are skipped, and each
tile is committed as it arrives, so an interruption loses nothing).

What a server sends is checked: only bytes that are a PNG, JPEG or WebP image are stored (an
HTTP 200 "error page" is not a tile), the file's ``format`` is the one the bytes show, and the
file is created only when the first real tile arrives, so a wrong address leaves no empty file.
``{s}`` in a template rotates over the usual subdomains a, b, c.
"""

from __future__ import annotations

import math
import re
import sqlite3
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cle_desktop import __version__
from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase, PhraseError
from cle_desktop.maps.tiles import sniff

USER_AGENT = f"CLE-Desktop/{__version__} (offline asset maps for community gatherings)"
MAX_TILES = 20_000
SUBDOMAINS = "abc"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_KNOWN = {"z", "x", "y", "s", "r"}


# What a tile server sent when it named no content type (inside a refusal).
SOMETHING = Phrase(QT_TRANSLATE_NOOP("Errors", "something else"))


class PrefetchRefused(PhraseError):
    """The request would be impolite or impossible; one sentence (a phrase the window shows
    in the person's language; a template with values writes Qt-free braces as ``{{z}}``)."""


@dataclass(frozen=True)
class PrefetchResult:
    downloaded: int
    skipped: int
    failed: int
    total: int


def lon_to_x(lon: float, z: int) -> int:
    return int((lon + 180.0) / 360.0 * (1 << z))


def lat_to_y(lat: float, z: int) -> int:
    rad = math.radians(max(min(lat, 85.0511), -85.0511))
    return int((1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * (1 << z))


def tiles_for(
    bbox: tuple[float, float, float, float], zooms: range
) -> Iterator[tuple[int, int, int]]:
    west, south, east, north = bbox
    for z in zooms:
        n = (1 << z) - 1
        for x in range(max(0, lon_to_x(west, z)), min(n, lon_to_x(east, z)) + 1):
            for y in range(max(0, lat_to_y(north, z)), min(n, lat_to_y(south, z)) + 1):
                yield z, x, y


def count_tiles(bbox: tuple[float, float, float, float], zooms: range) -> int:
    """How many tiles ``tiles_for`` yields, counted per zoom level as columns × rows: the
    dialog asks this for whatever area the map shows (the whole world at zoom 16 is four
    billion tiles), so counting them one by one froze the window."""
    west, south, east, north = bbox
    total = 0
    for z in zooms:
        n = (1 << z) - 1
        columns = min(n, lon_to_x(east, z)) + 1 - max(0, lon_to_x(west, z))
        rows = min(n, lat_to_y(south, z)) + 1 - max(0, lat_to_y(north, z))
        total += max(0, columns) * max(0, rows)
    return total


def tile_url(template: str, z: int, x: int, y: int) -> str:
    """The address of one tile: {z} {x} {y}, {s} rotating over a/b/c, {r} (retina) empty."""
    sub = SUBDOMAINS[(x + y) % len(SUBDOMAINS)]
    values = {"z": str(z), "x": str(x), "y": str(y), "s": sub, "r": ""}
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _open(
    out: Path,
    attribution: str,
    bbox: tuple[float, float, float, float],
    zooms: range,
    fmt: str = "png",
) -> sqlite3.Connection:
    conn = sqlite3.connect(out)
    conn.execute("CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB, PRIMARY KEY (zoom_level, tile_column, tile_row))"
    )
    meta = {
        "name": "CLE offline area",
        "format": fmt,
        "type": "baselayer",
        "attribution": attribution,
        "bounds": ",".join(str(v) for v in bbox),
        "minzoom": str(zooms.start),
        "maxzoom": str(zooms.stop - 1),
    }
    conn.executemany("INSERT OR REPLACE INTO metadata VALUES (?, ?)", meta.items())
    conn.commit()
    return conn


def prefetch(
    url_template: str,
    bbox: tuple[float, float, float, float],
    zooms: range,
    out: Path,
    *,
    attribution: str,
    max_tiles: int = MAX_TILES,
    delay_s: float = 0.1,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout_s: float = 20.0,
) -> PrefetchResult:
    if not all(k in url_template for k in ("{z}", "{x}", "{y}")):
        raise PrefetchRefused(
            QT_TRANSLATE_NOOP("Errors", "The tile address needs {z}, {x} and {y} in it.")
        )
    unknown = sorted(set(_PLACEHOLDER.findall(url_template)) - _KNOWN)
    if unknown:
        raise PrefetchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The tile address has {names} in it; only {{z}}, {{x}}, {{y}}, {{s}} and {{r}} "
                "can be filled in.",
            ),
            names="{" + "}, {".join(unknown) + "}",
        )
    if not attribution.strip():
        raise PrefetchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Tiles come with an attribution; enter it so the map can credit its source.",
            )
        )
    total = count_tiles(bbox, zooms)
    if total > max_tiles:
        raise PrefetchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That area needs {total} tiles, more than the limit of {limit}; choose a smaller "
                "area or fewer zoom levels.",
            ),
            total=total,
            limit=max_tiles,
        )
    out = Path(out)
    conn: sqlite3.Connection | None = None
    have: set[tuple[int, int, int]] = set()
    if out.exists():
        conn = _open(out, attribution, bbox, zooms, _stored_format(out))
        have = {
            (z, x, (1 << z) - 1 - r)
            for z, x, r in conn.execute("SELECT zoom_level, tile_column, tile_row FROM tiles")
        }
    downloaded = skipped = failed = done = 0
    not_images: list[str] = []
    try:
        for z, x, y in tiles_for(bbox, zooms):
            if cancelled and cancelled():
                break
            done += 1
            if (z, x, y) in have:
                skipped += 1
            else:
                request = urllib.request.Request(
                    tile_url(url_template, z, x, y), headers={"User-Agent": USER_AGENT}
                )
                try:
                    with urllib.request.urlopen(request, timeout=timeout_s) as response:  # noqa: S310 - the host's chosen tile server
                        data = response.read(4 * 1024 * 1024)
                        ctype = str(response.headers.get("Content-Type", "") or "unknown")
                    kind = sniff(data)
                    if kind is None:
                        failed += 1
                        not_images.append(ctype.split(";")[0].strip()[:60])
                    else:
                        if conn is None:
                            conn = _open(out, attribution, bbox, zooms, kind)
                        conn.execute(
                            "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)",
                            (z, x, (1 << z) - 1 - y, data),
                        )
                        conn.commit()
                        downloaded += 1
                except (urllib.error.URLError, TimeoutError, OSError, ValueError):
                    failed += 1
                time.sleep(delay_s)
            if progress:
                progress(done, total)
    finally:
        if conn is not None:
            conn.close()
    if conn is None and not_images:
        raise PrefetchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The tile server answered with {answer} instead of map images, so nothing was "
                "saved; check the tile address.",
            ),
            answer=not_images[0] or SOMETHING,
        )
    if conn is None and failed:
        raise PrefetchRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "None of the {failed} tiles could be downloaded, so nothing was saved; check the "
                "tile address and the internet connection.",
            ),
            failed=failed,
        )
    return PrefetchResult(downloaded, skipped, failed, total)


def _stored_format(out: Path) -> str:
    try:
        conn = sqlite3.connect(out)
        try:
            row = conn.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return "png"
    return (sniff(bytes(row[0])) if row and isinstance(row[0], bytes) else None) or "png"
