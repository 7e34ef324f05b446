"""Thumbnails: a cache beside the originals, made from a draft-mode decode (fast for JPEG)."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image, ImageOps

from .probe import opened_photo

THUMB_QUALITY = 85


def thumbnail_from_image(
    img: Image.Image, dest: Path, size: int = 256, orientation: int = 1, *, owned: bool = False
) -> None:
    """Write a JPEG thumbnail (no EXIF) of an already-decoded image, upright.

    ``owned``: the caller has no further use for ``img``, so it is shrunk in place rather
    than copied first (the importer's images are private to it).
    """
    thumb = img if owned else img.copy()
    thumb.thumbnail((size * 2, size * 2), Image.Resampling.BILINEAR)
    if orientation != 1:
        thumb = ImageOps.exif_transpose(_with_orientation(thumb, orientation))
    thumb.thumbnail((size, size), Image.Resampling.LANCZOS)
    if thumb.mode not in ("RGB", "L"):
        background = Image.new("RGB", thumb.size, (255, 255, 255))
        rgba = thumb.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        thumb = background
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        thumb.save(tmp, "JPEG", quality=THUMB_QUALITY, optimize=True)
    except FileNotFoundError:  # the folder is made on first need, not checked for every photo
        if dest.parent.is_dir():
            raise
        dest.parent.mkdir(parents=True, exist_ok=True)
        thumb.save(tmp, "JPEG", quality=THUMB_QUALITY, optimize=True)
    os.replace(tmp, dest)


def _with_orientation(img: Image.Image, orientation: int) -> Image.Image:
    exif = Image.Exif()
    exif[0x0112] = orientation
    img.info["exif"] = exif.tobytes()
    return img


def make_thumbnail(src: Path, dest: Path, size: int = 256) -> None:
    """Decode ``src`` (in JPEG draft mode at about the thumbnail size) and write ``dest``."""
    with opened_photo(Path(src), draft_size=(size, size)) as (img, info):
        thumbnail_from_image(img, Path(dest), size, info.orientation)
