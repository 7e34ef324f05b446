"""A small town-scale MBTiles made on the spot: zooms 12-16 over a few streets of Santa Fe, as
``basemap prefetch --zooms 12-16`` would leave, each tile a street grid in a colour per zoom
(so a test can tell which zoom a picture used)."""

from __future__ import annotations

import io
import math
import sqlite3
from pathlib import Path

from PIL import Image, ImageDraw

CENTRE = (35.687, -105.938)
ZOOM_COLOURS = {
    12: (230, 220, 200),
    13: (225, 230, 205),
    14: (215, 228, 222),
    15: (230, 215, 225),
    16: (205, 215, 235),
}


def tile_xy(lat: float, lon: float, z: int) -> tuple[int, int]:
    n = 1 << z
    s = math.sin(math.radians(lat))
    return int((lon + 180) / 360 * n), int((0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * n)


def make_town_mbtiles(path: Path, zooms: range = range(12, 17), half: float = 0.012) -> Path:
    lat, lon = CENTRE
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE metadata (name TEXT, value TEXT);"
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
    )
    meta = {
        "name": "Santa Fe streets",
        "format": "png",
        "attribution": "<b>Town</b> &copy; test tiles",
        "bounds": f"{lon - half},{lat - half},{lon + half},{lat + half}",
        "minzoom": str(zooms.start),
        "maxzoom": str(zooms.stop - 1),
    }
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    for z in zooms:
        x0, y0 = tile_xy(lat + half, lon - half, z)
        x1, y1 = tile_xy(lat - half, lon + half, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                img = Image.new("RGB", (256, 256), ZOOM_COLOURS[z])
                draw = ImageDraw.Draw(img)
                for k in range(0, 256, 64):
                    draw.line((k, 0, k, 256), fill="white", width=6)
                    draw.line((0, k, 256, k), fill="white", width=6)
                buf = io.BytesIO()
                img.save(buf, "PNG")
                conn.execute(
                    "INSERT INTO tiles VALUES (?, ?, ?, ?)",
                    (z, x, (1 << z) - 1 - y, buf.getvalue()),
                )
    conn.commit()
    conn.close()
    return path
