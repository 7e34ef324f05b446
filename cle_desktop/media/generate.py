"""Generated photos for the demo gathering and the 12-megapixel import benchmark."""

from __future__ import annotations

import random
from datetime import datetime
from fractions import Fraction
from pathlib import Path

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
) -> Path:
    """Draw a colourful scene (sky, hills, shapes, a caption) and save it as a JPEG.

    ``texture`` adds sensor-like noise so the file decodes like a real camera photo (the
    import benchmark needs that; the demo does not).
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
    img.save(path, "JPEG", quality=85, exif=exif.tobytes())
    return path
