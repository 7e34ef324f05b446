"""Offline tile archives read in Python and served behind the ``app://`` scheme.

MBTiles stores rows in TMS order (y counted from the south), so a Leaflet/XYZ request for row
``y`` reads ``tile_row = 2**z - 1 - y``. PMTiles is read with the ``pmtiles`` package.

A tile archive can come from anywhere (a web page, a stick, a sync bundle), so opening one is
bounded: ``tiles`` must be a real table or the standard MBTiles view over ``map`` and
``images`` (a recursive view is refused by name, never run), and every query runs under a time
budget through SQLite's progress handler, so a hostile file gets a sentence instead of hanging
``basemap add``, ``map`` or the Map tab. Tile formats are judged from the bytes, never from a
header or a metadata row alone.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, TypeVar

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase
from cle_desktop.maps.errors import BaseMapRejected

VIEWABLE = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


# A format a file does not name (a reason inside a refusal, translated with it).
UNKNOWN_FORMAT = Phrase(QT_TRANSLATE_NOOP("Errors", "unknown"))
OPEN_BUDGET_S = 2.0  # opening and checking an archive
TILE_BUDGET_S = 0.5  # one tile
T = TypeVar("T")
# The view of the MBTiles 1.x spec's normalised layout (as mb-util and TileMill write it).
_KNOWN_VIEW = re.compile(
    r"^create view (?:if not exists )?[\"'`\[]?tiles[\"'`\]]? as select "
    r"(?:\w+\.)?zoom_level(?: as zoom_level)?, (?:\w+\.)?tile_column(?: as tile_column)?, "
    r"(?:\w+\.)?tile_row(?: as tile_row)?, (?:\w+\.)?tile_data(?: as tile_data)? "
    r"from (?:map|images) (?:inner )?join (?:map|images) on "
    r"(?:\w+\.)?tile_id ?= ?(?:\w+\.)?tile_id;?$"
)


def sniff(data: bytes) -> str | None:
    """The image format of tile bytes (png, jpg, webp), or None if they are not an image."""
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
    """A read-only MBTiles file. Validated on open, within a time budget: a tiles table (or the
    standard view) with at least one tile in a format the map viewer can show."""

    def __init__(self, path: Path, budget_s: float = OPEN_BUDGET_S):
        self.path = Path(path)
        self._deadline = 0.0
        try:
            self.conn = sqlite3.connect(
                f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            self.conn.set_progress_handler(self._over_budget, 1000)
            with self._budget(budget_s):
                self._check(budget_s)
        except sqlite3.OperationalError as exc:
            self.conn.close()
            if "interrupt" in str(exc).lower():
                raise BaseMapRejected(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} took longer than {seconds} seconds to read, so it was not used "
                        "as a base map.",
                    ),
                    name=self.path.name,
                    seconds=f"{budget_s:g}",
                ) from exc
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a usable MBTiles file ({error})."),
                name=self.path.name,
                error=str(exc),
            ) from exc
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is not an MBTiles file (it is not an SQLite database)."
                ),
                name=self.path.name,
            ) from exc
        except BaseMapRejected:
            self.conn.close()
            raise

    def _over_budget(self) -> int:
        return 1 if self._deadline and time.monotonic() > self._deadline else 0

    @contextmanager
    def _budget(self, seconds: float) -> Iterator[None]:
        self._deadline = time.monotonic() + seconds
        try:
            yield
        finally:
            self._deadline = 0.0

    def _check(self, budget_s: float) -> None:
        objects = {
            str(name): (str(kind), str(sql or ""))
            for kind, name, sql in self.conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table','view')"
            )
        }
        kind, sql = objects.get("tiles", ("", ""))
        if not kind:
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} has no tiles table, so it is not a usable MBTiles map."
                ),
                name=self.path.name,
            )
        if kind == "view":
            normal = re.sub(r"\s+", " ", sql.strip().lower()).replace(" ,", ",")
            if not (
                _KNOWN_VIEW.match(normal)
                and objects.get("map", ("",))[0] == "table"
                and objects.get("images", ("",))[0] == "table"
            ):
                raise BaseMapRejected(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} has a tiles view that is not the standard MBTiles one, so it was "
                        "not opened (such a view can make reading it never end).",
                    ),
                    name=self.path.name,
                )
        if any(sql.lower().lstrip().startswith("create virtual") for _k, sql in objects.values()):
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} has virtual tables, which an MBTiles map never has, so it was not "
                    "opened.",
                ),
                name=self.path.name,
            )
        for other in ("metadata", "map", "images"):
            if objects.get(other, ("",))[0] == "view":
                raise BaseMapRejected(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} has a {table} view where MBTiles has a table, so it was not "
                        "opened.",
                    ),
                    name=self.path.name,
                    table=other,
                )
        self.metadata: dict[str, str] = {}
        if "metadata" in objects:
            self.metadata = {
                str(k): str(v)
                for k, v in self.conn.execute("SELECT name, value FROM metadata LIMIT 1000")
            }
        row = self.conn.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        if row is None or row[0] is None:
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP("Errors", "{name} contains no tiles."), name=self.path.name
            )
        data = bytes(row[0]) if isinstance(row[0], bytes | memoryview) else b""
        fmt = sniff(data)
        if fmt is None or fmt not in VIEWABLE:
            claimed = self.metadata.get("format", "").lower()[:20]
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} holds {format} tiles (vector or another format) that this map "
                    "viewer cannot show; use raster PNG, JPEG or WebP tiles.",
                ),
                name=self.path.name,
                format=claimed or UNKNOWN_FORMAT,
            )
        self.mime = VIEWABLE[fmt]
        zooms = self.conn.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        try:
            self.min_zoom, self.max_zoom = int(zooms[0]), int(zooms[1])
        except (TypeError, ValueError) as exc:
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP("Errors", "{name} has tiles without zoom levels."),
                name=self.path.name,
            ) from exc
        if not (0 <= self.min_zoom <= self.max_zoom <= 30):
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP("Errors", "{name} has impossible zoom levels."),
                name=self.path.name,
            )

    def _run(self, fn: Callable[[], T], default: T) -> T:
        try:
            with self._budget(TILE_BUDGET_S):
                return fn()
        except sqlite3.Error:
            return default  # a slow or broken row is a missing tile, never a hang

    def get_tile(self, z: int, x: int, y: int) -> bytes | None:
        tms_y = (1 << z) - 1 - y

        def read() -> bytes | None:
            row = self.conn.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, tms_y),
            ).fetchone()
            return bytes(row[0]) if row is not None and isinstance(row[0], bytes) else None

        return self._run(read, None)

    def tiles_in(self, z: int, x0: int, x1: int, y0: int, y1: int) -> list[tuple[int, int, bytes]]:
        """Every stored tile of zoom ``z`` in the XYZ rectangle, in one query."""
        top = (1 << z) - 1

        def read() -> list[tuple[int, int, bytes]]:
            return [
                (int(col), top - int(row), bytes(data))
                for col, row, data in self.conn.execute(
                    "SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level=? "
                    "AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?",
                    (z, x0, x1, top - y1, top - y0),
                )
                if isinstance(data, bytes)
            ]

        try:
            with self._budget(OPEN_BUDGET_S * 5):
                return read()
        except sqlite3.Error:
            return []

    def bounds(self) -> tuple[float, float, float, float] | None:
        try:
            w, s, e, n = (float(v) for v in self.metadata["bounds"].split(","))
        except (KeyError, ValueError):
            return None
        return (w, s, e, n)


class PMTilesSource:
    """A PMTiles v3 archive (raster tiles)."""

    def __init__(self, path: Path):
        from pmtiles.reader import MmapSource, Reader, all_tiles

        self.path = Path(path)
        self._file = open(self.path, "rb")  # noqa: SIM115 - kept open for the source's life
        try:
            self.reader = Reader(MmapSource(self._file))
            header = self.reader.header()
        except Exception as exc:
            self._file.close()
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a readable PMTiles archive."),
                name=self.path.name,
            ) from exc
        kinds = {1: "mvt", 2: "png", 3: "jpg", 4: "webp", 5: "avif"}
        tile_type = header.get("tile_type", 0)
        try:
            claimed: str | Phrase = kinds.get(
                int(getattr(tile_type, "value", tile_type)), UNKNOWN_FORMAT
            )
        except (TypeError, ValueError):
            claimed = UNKNOWN_FORMAT
        if claimed not in VIEWABLE:
            self._file.close()
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} holds {format} tiles that this map viewer cannot show; use raster "
                    "tiles.",
                ),
                name=self.path.name,
                format=claimed,
            )
        # The header only claims a type: the first tile's bytes decide (as for MBTiles).
        try:
            first = next(iter(all_tiles(MmapSource(self._file))), None)
        except Exception:
            first = None
        kind = sniff(bytes(first[1])) if first else None
        if kind not in VIEWABLE:
            self._file.close()
            raise BaseMapRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} says it holds {format} tiles, but its tiles are not images this map "
                    "viewer can show.",
                ),
                name=self.path.name,
                format=claimed,
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
        try:
            data = self.reader.get(z, x, y)
        except Exception:
            return None  # a damaged directory is a missing tile
        return bytes(data) if data else None


def open_tiles(path: Path, kind: str | None = None) -> MBTilesSource | PMTilesSource:
    """Open by ``kind`` ("mbtiles"/"pmtiles"), else by the file's suffix."""
    kind = kind or Path(path).suffix.lower().lstrip(".")
    if kind == "mbtiles":
        return MBTilesSource(path)
    if kind == "pmtiles":
        return PMTilesSource(path)
    raise BaseMapRejected(
        QT_TRANSLATE_NOOP("Errors", "{name} is not an .mbtiles or .pmtiles file."),
        name=Path(path).name,
    )
