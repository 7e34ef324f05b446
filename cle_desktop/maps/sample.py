"""A town-scale MBTiles drawn with Pillow, for tests and the benchmark harness.

Real offline areas are what ``basemap prefetch --zooms 12-16`` makes over a town; this makes the
same shape of file without a network: streets and blocks drawn in geographic coordinates (so
they line up from one zoom to the next), at about the byte size of real raster tiles.
"""

from __future__ import annotations

import io
import math
import random
import sqlite3
from pathlib import Path

from PIL import Image, ImageDraw

from cle_desktop.maps.prefetch import lat_to_y, lon_to_x

TOWN_BBOX = (-105.955, 35.673, -105.921, 35.701)  # west, south, east, north (Santa Fe, NM)


def _pixel(lat: float, lon: float, z: int, x: int, y: int) -> tuple[float, float]:
    n = 1 << z
    fx = (lon + 180.0) / 360.0 * n
    rad = math.radians(lat)
    fy = (1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * n
    return (fx - x) * 256, (fy - y) * 256


def town_tile(z: int, x: int, y: int, fmt: str = "PNG") -> bytes:
    """One 256 px tile: a block grid every ~0.002 degrees, a river, some texture."""
    rng = random.Random(z * 1_000_003 + x * 1009 + y)
    img = Image.new("RGB", (256, 256), (242, 239, 233))
    draw = ImageDraw.Draw(img)
    n = 1 << z
    west, east = x / n * 360 - 180, (x + 1) / n * 360 - 180
    north = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))
    south = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * (y + 1) / n))))
    step = 0.002
    lon = math.floor(west / step) * step
    while lon <= east:
        lat = math.floor(south / step) * step
        while lat <= north:
            a = _pixel(lat + step * 0.85, lon + step * 0.15, z, x, y)
            b = _pixel(lat + step * 0.15, lon + step * 0.85, z, x, y)
            shade = 200 + int(abs(math.sin(lat * 977 + lon * 331)) * 40)
            draw.rectangle([a, b], fill=(shade, shade - 12, shade - 30))
            lat += step
        lon += step
    river = [_pixel(35.673 + i * 0.0014, -105.955 + i * 0.0017, z, x, y) for i in range(21)]
    draw.line(river, fill=(120, 170, 220), width=max(2, z - 10))
    for _ in range(900):  # texture, so tiles weigh what real ones do (15-30 kB)
        px, py = rng.randrange(256), rng.randrange(256)
        draw.point((px, py), fill=(rng.randrange(150, 255),) * 3)
    draw.text((6, 6), f"{z}/{x}/{y}", fill=(90, 90, 90))
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def write_town_mbtiles(
    out: Path,
    zooms: range = range(12, 17),
    bbox: tuple[float, float, float, float] = TOWN_BBOX,
    metadata: dict[str, str] | None = None,
) -> int:
    """Write the MBTiles (TMS rows, as the spec says); returns the number of tiles."""
    out = Path(out)
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    conn.execute("CREATE TABLE metadata (name TEXT PRIMARY KEY, value TEXT)")
    conn.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
        "tile_data BLOB, PRIMARY KEY (zoom_level, tile_column, tile_row))"
    )
    meta = {
        "name": "Santa Fe test town",
        "format": "png",
        "attribution": "Drawn by the tests",
        "bounds": ",".join(str(v) for v in bbox),
        "minzoom": str(zooms.start),
        "maxzoom": str(zooms.stop - 1),
        **(metadata or {}),
    }
    conn.executemany("INSERT OR REPLACE INTO metadata VALUES (?, ?)", meta.items())
    west, south, east, north = bbox
    count = 0
    for z in zooms:
        for x in range(lon_to_x(west, z), lon_to_x(east, z) + 1):
            for y in range(lat_to_y(north, z), lat_to_y(south, z) + 1):
                conn.execute(
                    "INSERT INTO tiles VALUES (?, ?, ?, ?)",
                    (z, x, (1 << z) - 1 - y, town_tile(z, x, y)),
                )
                count += 1
    conn.commit()
    conn.close()
    return count
