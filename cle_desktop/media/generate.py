"""Generated photos for the demo gathering and the 12-megapixel import benchmark."""

from __future__ import annotations

import io
import random
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw

PALETTE = [
    (233, 196, 106),
    (244, 162, 97),
    (231, 111, 81),
    (42, 157, 143),
    (38, 70, 83),
    (138, 177, 125),
]


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 100)
    return (Fraction(degrees), Fraction(minutes), Fraction(seconds, 100))


def generate_photo(
    path: Path,
    width: int,
    height: int,
    seed: int,
    taken_at: datetime | None = None,
    gps: tuple[float, float] | None = None,
    text: str | None = None,
    texture: bool = False,
    preview: tuple[int, int] | None = None,
    exif_thumbnail: tuple[int, int] | None = None,
) -> Path:
    """Draw a colourful scene (sky, hills, shapes, a caption) and save it as a JPEG.

    ``texture`` adds sensor-like noise so the file decodes like a real camera photo (the
    import benchmark needs that; the demo does not). ``preview`` appends an MPF "large
    thumbnail" of that size, as many cameras do; ``exif_thumbnail`` embeds an EXIF (IFD1)
    thumbnail, as cameras and phones do.
    """
    rng = random.Random(seed)
    small = Image.new("RGB", (max(1, width // 8), max(1, height // 8)), rng.choice(PALETTE))
    draw = ImageDraw.Draw(small)
    w, h = small.size
    draw.rectangle([0, 0, w, h // 2], fill=(150 + rng.randint(0, 80), 200, 235))
    for _ in range(3):
        y = rng.randint(h // 3, h)
        draw.ellipse(
            [rng.randint(-w, w // 2), y - h // 3, rng.randint(w // 2, 2 * w), y + h],
            fill=rng.choice(PALETTE),
        )
    for _ in range(12):
        x, y = rng.randint(0, w), rng.randint(h // 3, h)
        r = rng.randint(max(1, w // 60), max(2, w // 15))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice(PALETTE))
    img = small.resize((width, height), Image.Resampling.BILINEAR)
    if texture:
        noise = Image.effect_noise((width, height), 48).convert("RGB")
        img = Image.blend(img, noise, 0.18)
    if text:
        ImageDraw.Draw(img).text(
            (width // 40 + 4, height - height // 12), text, fill=(255, 255, 255)
        )
    exif = Image.Exif()
    if taken_at is not None:
        stamp = taken_at.strftime("%Y:%m:%d %H:%M:%S")
        exif[0x0132] = stamp
        exif.get_ifd(0x8769)[0x9003] = stamp
    if gps is not None:
        lat, lon = gps
        exif.get_ifd(0x8825).update(
            {1: "N" if lat >= 0 else "S", 2: _dms(lat), 3: "E" if lon >= 0 else "W", 4: _dms(lon)}
        )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    exif_bytes = exif.tobytes()
    if exif_thumbnail is not None:
        exif_bytes = with_exif_thumbnail(exif_bytes, _jpeg_bytes(img.resize(exif_thumbnail)))
    if preview is not None:
        img.save(
            path,
            "MPO",
            quality=85,
            exif=exif_bytes,
            save_all=True,
            append_images=[img.resize(preview, Image.Resampling.BILINEAR)],
        )
    else:
        img.save(path, "JPEG", quality=85, exif=exif_bytes)
    return path


def _jpeg_bytes(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def with_exif_thumbnail(exif_bytes: bytes, thumbnail_jpeg: bytes) -> bytes:
    """EXIF bytes (``Exif\\0\\0`` + TIFF, as Pillow writes them) with an IFD1 JPEG thumbnail.

    Pillow reads IFD1 thumbnails but does not write them; this appends one the way cameras
    lay it out: IFD0's next-IFD pointer leads to IFD1, whose two tags give the thumbnail's
    offset and length.
    """
    assert exif_bytes.startswith(b"Exif\x00\x00")
    tiff = bytearray(exif_bytes[6:])
    order: Literal["little", "big"] = "little" if tiff[:2] == b"II" else "big"
    ifd0 = int.from_bytes(tiff[4:8], order)
    count = int.from_bytes(tiff[ifd0 : ifd0 + 2], order)
    next_pointer = ifd0 + 2 + 12 * count
    ifd1 = len(tiff) + (len(tiff) % 2)
    tiff += b"\x00" * (ifd1 - len(tiff))
    tiff[next_pointer : next_pointer + 4] = ifd1.to_bytes(4, order)
    data_at = ifd1 + 2 + 3 * 12 + 4

    def entry(tag: int, kind: int, value: int) -> bytes:
        size = 2 if kind == 3 else 4
        return (
            tag.to_bytes(2, order)
            + kind.to_bytes(2, order)
            + (1).to_bytes(4, order)
            + value.to_bytes(size, order).ljust(4, b"\x00")
        )

    tiff += (3).to_bytes(2, order)
    tiff += entry(0x0103, 3, 6)  # compression: JPEG
    tiff += entry(0x0201, 4, data_at)
    tiff += entry(0x0202, 4, len(thumbnail_jpeg))
    tiff += (0).to_bytes(4, order)
    tiff += thumbnail_jpeg
    return b"Exif\x00\x00" + bytes(tiff)
