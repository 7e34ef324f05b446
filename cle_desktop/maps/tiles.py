"""Offline tile archives read in Python and served behind the ``app://`` scheme.

MBTiles stores rows in TMS order (y counted from the south), so a Leaflet/XYZ request for row
``y`` reads ``tile_row = 2**z - 1 - y``. PMTiles is read with the ``pmtiles`` package.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol

from cle_desktop.maps.errors import BaseMapRejected

VIEWABLE = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


def _sniff(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


class TileSource(Protocol):
    mime: str
    metadata: dict[str, str]

    def get_tile(self, z: int, x: int, y: int) -> bytes | None: ...


class MBTilesSource:
    """A read-only MBTiles file. Validated on open: a tiles table with at least one tile in
    a format the map viewer can show."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(
                f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            names = {
                r[0]
                for r in self.conn.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table','view')"
                )
            }
        except sqlite3.DatabaseError as exc:
            raise BaseMapRejected(
                f"{self.path.name} is not an MBTiles file (it is not an SQLite database)."
            ) from exc
        if "tiles" not in names:
            raise BaseMapRejected(
                f"{self.path.name} has no tiles table, so it is not a usable MBTiles map."
            )
        self.metadata: dict[str, str] = {}
        if "metadata" in names:
            self.metadata = {
                str(k): str(v) for k, v in self.conn.execute("SELECT name, value FROM metadata")
            }
        row = self.conn.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        if row is None:
            raise BaseMapRejected(f"{self.path.name} contains no tiles.")
        kind = _sniff(bytes(row[0])) or self.metadata.get("format", "").lower()
        if kind not in VIEWABLE:
            raise BaseMapRejected(
                f"{self.path.name} holds {kind or 'unknown'} tiles (vector or another format) that this map viewer cannot show; use raster PNG, JPEG or WebP tiles."
            )
        self.mime = VIEWABLE[kind]
        zooms = self.conn.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        self.min_zoom, self.max_zoom = int(zooms[0]), int(zooms[1])

    def get_tile(self, z: int, x: int, y: int) -> bytes | None:
        tms_y = (1 << z) - 1 - y
        row = self.conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
            (z, x, tms_y),
        ).fetchone()
        return None if row is None else bytes(row[0])

    def bounds(self) -> tuple[float, float, float, float] | None:
        try:
            w, s, e, n = (float(v) for v in self.metadata["bounds"].split(","))
        except (KeyError, ValueError):
            return None
        return (w, s, e, n)


class PMTilesSource:
    """A PMTiles v3 archive (raster tiles)."""

    def __init__(self, path: Path):
        from pmtiles.reader import MmapSource, Reader

        self.path = Path(path)
        self._file = open(self.path, "rb")  # noqa: SIM115 - kept open for the source's life
        try:
            self.reader = Reader(MmapSource(self._file))
            header = self.reader.header()
        except Exception as exc:
            self._file.close()
            raise BaseMapRejected(f"{self.path.name} is not a readable PMTiles archive.") from exc
        kinds = {1: "mvt", 2: "png", 3: "jpg", 4: "webp", 5: "avif"}
        tile_type = header.get("tile_type", 0)
        kind = kinds.get(int(getattr(tile_type, "value", tile_type)), "unknown")
        if kind not in VIEWABLE:
            raise BaseMapRejected(
                f"{self.path.name} holds {kind} tiles that this map viewer cannot show; use raster tiles."
            )
        self.mime = VIEWABLE[kind]
        self.min_zoom, self.max_zoom = (
            int(header.get("min_zoom", 0)),
            int(header.get("max_zoom", 0)),
        )
        try:
            self.metadata = {k: str(v) for k, v in self.reader.metadata().items()}
        except Exception:
            self.metadata = {}

    def get_tile(self, z: int, x: int, y: int) -> bytes | None:
        data = self.reader.get(z, x, y)
        return bytes(data) if data else None


def open_tiles(path: Path, kind: str | None = None) -> MBTilesSource | PMTilesSource:
    """Open by ``kind`` ("mbtiles"/"pmtiles"), else by the file's suffix."""
    kind = kind or Path(path).suffix.lower().lstrip(".")
    if kind == "mbtiles":
        return MBTilesSource(path)
    if kind == "pmtiles":
        return PMTilesSource(path)
    raise BaseMapRejected(f"{Path(path).name} is not an .mbtiles or .pmtiles file.")
