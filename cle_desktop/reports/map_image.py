"""The community asset map as a picture for the PDF, HTML and DOCX reports, drawn with Pillow.

Why not the app's map view: a report is made by the CLI and in a worker thread too, where no
Qt (and no WebEngine) may run; compositing the base map's own tiles with Pillow gives the same
map in a few hundred milliseconds, with nothing to load from the network.

- An MBTiles/PMTiles base map: the tiles covering the pins (read through ``maps.tiles``) at the
  deepest zoom the archive has where every pin fits, a missing tile drawn from its nearest
  ancestor (over-zoomed) or left plain.
- A photo of the hand-drawn map: the photo itself, pins at their pixel positions (or, when the
  drawing is georeferenced, at the pixel their lat/lon falls on).
- No base map: the pins on a plain background, laid out by lat/lon, with no axes.

Pins carry the kinds' colours and shapes (asset circle, gift square, hope triangle) and a
number; the names go in a table beside the picture (``NumberedPin``), so no label is ever cut.
Pins that would sit on one another are pushed apart with a thin leader line to their place.
"""

from __future__ import annotations

import html
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from cle_desktop.reports.model import Report, ReportAsset, ReportBaseMap

KIND_COLOURS = {"asset": "#2a9d8f", "gift": "#e09f3e", "hope": "#7b5ea7"}
KIND_ORDER = ("asset", "gift", "hope")
BACKGROUND = "#f4f1ea"
TILE = 256
WIDTH, HEIGHT = 1600, 1100
MARGIN = 90
RADIUS = 26
MAX_CANVAS = 4096
TILE_FORMATS = ["PNG", "JPEG", "WEBP"]


@dataclass(frozen=True)
class NumberedPin:
    number: int
    name: str
    kind: str
    mentions: int


@dataclass
class MapImage:
    path: Path
    pins: list[NumberedPin]
    base: str  # tiles | drawing | plain
    attribution: str = ""
    off_map: list[str] = field(default_factory=list)  # placed, but outside this base map


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    import matplotlib  # ships DejaVu, which covers accents and most scripts

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts/ttf" / name), size)
    except OSError:
        return ImageFont.load_default()


def plain_text(markup: str) -> str:
    """Tile-archive metadata is untrusted and often HTML ("&copy; <a>OpenStreetMap</a>")."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup or "")).strip()[:200]


# --- projections ---------------------------------------------------------------------------


def _world_px(lat: float, lon: float, z: int) -> tuple[float, float]:
    """Web Mercator pixel of (lat, lon) at zoom ``z`` (256-pixel tiles, y down)."""
    lat = max(-85.0511, min(85.0511, lat))
    n = TILE * (1 << z)
    x = (lon + 180.0) / 360.0 * n
    s = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * n
    return x, y


def _georef_to_pixel(
    points: Sequence[tuple[float, float, float, float]], lat: float, lon: float
) -> tuple[float, float] | None:
    from cle_desktop.domain.georef import ControlPoint, fit

    try:
        g = fit([ControlPoint(px, py, la, lo) for px, py, la, lo in points])
        return g.to_pixel(lat, lon)
    except ValueError:
        return None


# --- base maps -----------------------------------------------------------------------------


def _decode_tile(data: bytes | None) -> Image.Image | None:
    if not data:
        return None
    try:
        img = Image.open(io.BytesIO(data), formats=TILE_FORMATS)
        if img.width * img.height > 1024 * 1024:  # a tile is 256 or 512 pixels a side
            return None
        img.load()
    except Exception:  # a broken tile is left plain, never the end of a report
        return None
    tile = img.convert("RGB")
    return tile if tile.size == (TILE, TILE) else tile.resize((TILE, TILE))


def _tile(source: object, z: int, x: int, y: int, min_zoom: int) -> Image.Image | None:
    """The tile, or the part of its nearest ancestor that covers it, scaled up."""
    get = source.get_tile  # type: ignore[attr-defined]
    for up in range(0, 5):
        zz = z - up
        if zz < min_zoom:
            break
        try:
            img = _decode_tile(get(zz, x >> up, y >> up))
        except Exception:
            img = None
        if img is None:
            continue
        if up == 0:
            return img
        part = TILE >> up
        ox, oy = (x % (1 << up)) * part, (y % (1 << up)) * part
        return img.crop((ox, oy, ox + part, oy + part)).resize(
            (TILE, TILE), Image.Resampling.BICUBIC
        )
    return None


def _tiles_canvas(
    basemap: ReportBaseMap, points: list[tuple[float, float]]
) -> tuple[Image.Image, list[tuple[float, float]], str] | None:
    """Compose the tiles around ``points`` (lat, lon); returns the picture, the pins' pixels
    in it and the attribution."""
    from cle_desktop.maps.tiles import open_tiles

    try:
        source = open_tiles(basemap.path, basemap.kind)
    except Exception:
        return None
    try:
        return _compose(source, basemap, points)
    finally:
        for handle in (getattr(source, "conn", None), getattr(source, "_file", None)):
            if handle is not None:
                handle.close()


def _compose(
    source: object, basemap: ReportBaseMap, points: list[tuple[float, float]]
) -> tuple[Image.Image, list[tuple[float, float]], str]:
    lo = max(0, getattr(source, "min_zoom", basemap.min_zoom))
    hi = min(22, max(lo, getattr(source, "max_zoom", basemap.max_zoom)))
    inner_w, inner_h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN
    z = lo
    for zz in range(hi, lo - 1, -1):
        fx, fy = zip(*(_world_px(la, lo_, zz) for la, lo_ in points), strict=True)
        if max(fx) - min(fx) <= inner_w and max(fy) - min(fy) <= inner_h:
            z = zz
            break
    if len(points) == 1:
        z = min(hi, max(lo, 15))
    world = [_world_px(la, lo_, z) for la, lo_ in points]
    xs, ys = [p[0] for p in world], [p[1] for p in world]
    w = int(min(MAX_CANVAS, max(WIDTH, max(xs) - min(xs) + 2 * MARGIN)))
    h = int(min(MAX_CANVAS, max(HEIGHT, max(ys) - min(ys) + 2 * MARGIN)))
    left = (max(xs) + min(xs)) / 2 - w / 2
    top = (max(ys) + min(ys)) / 2 - h / 2
    n = 1 << z
    canvas = Image.new("RGB", (w, h), BACKGROUND)
    for ty in range(max(0, math.floor(top / TILE)), min(n - 1, math.floor((top + h) / TILE)) + 1):
        for tx in range(math.floor(left / TILE), math.floor((left + w) / TILE) + 1):
            img = _tile(source, z, tx % n, ty, lo)
            if img is not None:
                canvas.paste(img, (round(tx * TILE - left), round(ty * TILE - top)))
    pixels = [(x - left, y - top) for x, y in world]
    if (w, h) != (WIDTH, HEIGHT):  # pins spread wider than the deepest fitting zoom allows
        scale = min(WIDTH / w, HEIGHT / h)
        canvas = canvas.resize((round(w * scale), round(h * scale)), Image.Resampling.LANCZOS)
        pixels = [(x * scale, y * scale) for x, y in pixels]
    metadata = getattr(source, "metadata", {}) or {}
    attribution = plain_text(basemap.attribution or metadata.get("attribution", ""))
    return canvas, pixels, attribution


def _drawing_canvas(basemap: ReportBaseMap) -> tuple[Image.Image, float] | None:
    try:
        with Image.open(basemap.path, formats=["JPEG", "PNG", "WEBP"]) as img:
            img.draft("RGB", (WIDTH * 2, HEIGHT * 2))  # JPEG: decode at a reduced size
            shown = ImageOps.exif_transpose(img).convert("RGB")
    except Exception:
        return None
    full_w = basemap.width or shown.width
    scale = min(WIDTH / shown.width, HEIGHT / shown.height)
    picture = shown.resize(
        (max(1, round(shown.width * scale)), max(1, round(shown.height * scale))),
        Image.Resampling.LANCZOS,
    )
    return picture, picture.width / full_w  # stored pixels -> picture pixels


def _plain_layout(
    points: list[tuple[float, float]],
) -> tuple[Image.Image, list[tuple[float, float]]]:
    canvas = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    k = math.cos(math.radians(sum(p[0] for p in points) / len(points)))
    xs = [lon * k for _lat, lon in points]
    ys = [-lat for lat, _lon in points]
    span = max(max(xs) - min(xs), max(ys) - min(ys) * 1.0, 1e-9)
    sx = (WIDTH - 2 * MARGIN) / max(max(xs) - min(xs), 1e-9)
    sy = (HEIGHT - 2 * MARGIN) / max(max(ys) - min(ys), 1e-9)
    scale = min(sx, sy) if span > 1e-9 else 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return canvas, [
        (WIDTH / 2 + (x - cx) * scale, HEIGHT / 2 + (y - cy) * scale)
        for x, y in zip(xs, ys, strict=True)
    ]


# --- pins and legend -------------------------------------------------------------------------


def _spread(
    pixels: list[tuple[float, float]], bounds: tuple[int, int]
) -> list[tuple[float, float]]:
    """Move pins that would cover one another onto free spots on a spiral around them."""
    placed: list[tuple[float, float]] = []
    w, h = bounds
    for x, y in pixels:
        cx, cy, step = x, y, 0
        while any((cx - px) ** 2 + (cy - py) ** 2 < (2.1 * RADIUS) ** 2 for px, py in placed):
            step += 1
            angle, dist = step * 2.4, RADIUS * (1.2 + 0.35 * step)
            cx, cy = x + dist * math.cos(angle), y + dist * math.sin(angle)
            if step > 400:
                break
        placed.append(
            (min(w - RADIUS - 2, max(RADIUS + 2, cx)), min(h - RADIUS - 2, max(RADIUS + 2, cy)))
        )
    return placed


def _shape(
    draw: ImageDraw.ImageDraw,
    kind: str,
    x: float,
    y: float,
    r: float,
    outline: int = 3,
    fill: str | tuple[int, int, int, int] | None = None,
) -> None:
    colour = fill or KIND_COLOURS.get(kind, KIND_COLOURS["asset"])
    edge = None if fill else "white"
    width = 0 if fill else outline
    if kind == "gift":
        box = (x - r * 0.9, y - r * 0.9, x + r * 0.9, y + r * 0.9)
        draw.rounded_rectangle(box, radius=r * 0.2, fill=colour, outline=edge, width=width)
    elif kind == "hope":
        pts = [(x, y - r * 1.15), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
        draw.polygon(pts, fill=colour, outline=edge, width=width)
    else:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour, outline=edge, width=width)


def _pins(picture: Image.Image, numbered: list[tuple[int, str, float, float]]) -> None:
    draw = ImageDraw.Draw(picture, "RGBA")
    true = [(x, y) for _n, _k, x, y in numbered]
    spots = _spread(true, picture.size)
    for (_n, _kind, x, y), (sx, sy) in zip(numbered, spots, strict=True):
        if (sx - x) ** 2 + (sy - y) ** 2 > 4:
            draw.line((x, y, sx, sy), fill="#1f2a30", width=2)
            draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill="#1f2a30")
    for (n, kind, _x, _y), (sx, sy) in zip(numbered, spots, strict=True):
        _shape(draw, kind, sx + 2, sy + 4, RADIUS, fill=(0, 0, 0, 70))  # a soft shadow
        _shape(draw, kind, sx, sy, RADIUS)
        label = str(n)
        font = _font(24 if len(label) < 3 else 17, bold=True)
        draw.text(
            (sx, sy + (3 if kind == "hope" else 0)), label, fill="white", font=font, anchor="mm"
        )


def _legend(picture: Image.Image, kinds: list[str], words: dict[str, str]) -> None:
    draw = ImageDraw.Draw(picture, "RGBA")
    font = _font(22)
    rows = [k for k in KIND_ORDER if k in kinds]
    if not rows:
        return
    width = 60 + max(draw.textlength(words[k], font=font) for k in rows)
    box = (20, 20, 20 + width + 20, 20 + 16 + 40 * len(rows))
    draw.rounded_rectangle(box, radius=10, fill=(255, 255, 255, 225), outline=(31, 42, 48, 90))
    for i, kind in enumerate(rows):
        cy = 20 + 28 + 40 * i
        _shape(draw, kind, 50, cy, 13, outline=2)
        draw.text((74, cy), words[kind], fill="#1f2a30", font=font, anchor="lm")


def _attribution(picture: Image.Image, text: str) -> None:
    if not text:
        return
    draw = ImageDraw.Draw(picture, "RGBA")
    font = _font(16)
    tw = draw.textlength(text, font=font)
    w, h = picture.size
    draw.rectangle((w - tw - 16, h - 28, w, h), fill=(255, 255, 255, 200))
    draw.text((w - 8, h - 14), text, fill="#1f2a30", font=font, anchor="rm")


# --- the map -------------------------------------------------------------------------------


def render_map(report: Report, out: Path) -> MapImage | None:
    """The report's map picture at ``out`` (PNG), or None when no asset is placed."""
    from cle_desktop.reports.text import labels

    words = labels(report.lang)
    basemap = report.basemap
    geo = [a for a in report.assets if a.lat is not None and a.lon is not None]
    on_drawing = [a for a in report.assets if a.px is not None and a.py is not None]
    picture: Image.Image | None = None
    shown: list[tuple[ReportAsset, float, float]] = []
    off_map: list[str] = []
    base, attribution = "plain", ""
    if basemap is not None and basemap.kind == "image" and (on_drawing or geo):
        drawn = _drawing_canvas(basemap)
        if drawn is not None:
            picture, scale = drawn
            base = "drawing"
            for a in report.assets:
                if a.px is not None and a.py is not None:
                    spot: tuple[float, float] | None = (a.px, a.py)
                elif a.lat is not None and a.lon is not None and len(basemap.control_points) >= 2:
                    spot = _georef_to_pixel(basemap.control_points, a.lat, a.lon)
                else:
                    spot = None
                if spot is None:
                    if a.lat is not None:
                        off_map.append(a.name)
                    continue
                x, y = spot[0] * scale, spot[1] * scale
                if 0 <= x <= picture.width and 0 <= y <= picture.height:
                    shown.append((a, x, y))
                else:
                    off_map.append(a.name)
    if picture is None and geo:
        composed = None
        if basemap is not None and basemap.kind in ("mbtiles", "pmtiles"):
            composed = _tiles_canvas(basemap, [(a.lat or 0.0, a.lon or 0.0) for a in geo])
        if composed is not None:
            picture, pixels, attribution = composed
            base = "tiles"
        else:
            picture, pixels = _plain_layout([(a.lat or 0.0, a.lon or 0.0) for a in geo])
        shown = [(a, x, y) for a, (x, y) in zip(geo, pixels, strict=True)]
        off_map = [a.name for a in on_drawing if a.lat is None]
    if picture is None or not shown:
        return None
    numbered = [(i + 1, a.kind, x, y) for i, (a, x, y) in enumerate(shown)]
    _pins(picture, numbered)
    _legend(picture, [a.kind for a, _x, _y in shown], words)
    _attribution(picture, attribution)
    out.parent.mkdir(parents=True, exist_ok=True)
    picture.save(out, "PNG", optimize=False, compress_level=6)
    return MapImage(
        out,
        [NumberedPin(i + 1, a.name, a.kind, a.mentions) for i, (a, _x, _y) in enumerate(shown)],
        base,
        attribution,
        off_map,
    )
