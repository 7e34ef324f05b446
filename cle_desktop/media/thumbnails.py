"""Thumbnails: a cache beside the originals, made from a draft-mode decode (fast for JPEG).

Several writers make thumbnails into the same folders at once (an import's worker processes,
two imports, the photo grid's thread): each writes its own uniquely named temporary file and
renames it into place, and whoever finds a folder missing makes it (``exist_ok``) and tries
again. Checking "is the folder there now?" after a failure was a race: another worker could make
it in between, and the photo then failed its import with "No such file or directory".
"""

from __future__ import annotations

import os
import secrets
import time
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
    thumb = upright(thumb, orientation)
    thumb.thumbnail((size, size), Image.Resampling.LANCZOS)
    if thumb.mode not in ("RGB", "L"):
        background = Image.new("RGB", thumb.size, (255, 255, 255))
        rgba = thumb.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        thumb = background
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        try:
            thumb.save(tmp, "JPEG", quality=THUMB_QUALITY, optimize=True)
        except FileNotFoundError:  # the folder is made on first need, not checked every photo
            dest.parent.mkdir(parents=True, exist_ok=True)
            thumb.save(tmp, "JPEG", quality=THUMB_QUALITY, optimize=True)
        _replace(tmp, dest)
    finally:
        try:
            tmp.unlink(missing_ok=True)  # left only when saving or renaming failed
        except OSError:
            pass


def _replace(tmp: Path, dest: Path, attempts: int = 5) -> None:
    """Rename ``tmp`` over ``dest`` (atomic). Windows refuses while a reader has ``dest``
    open; another writer's identical thumbnail is then already there, or a retry gets in."""
    for attempt in range(attempts):
        try:
            os.replace(tmp, dest)
            return
        except PermissionError:
            if dest.is_file():
                return
            if attempt == attempts - 1:
                raise
            time.sleep(0.01 * (attempt + 1))


def upright(img: Image.Image, orientation: int) -> Image.Image:
    """``img`` turned as its EXIF ``orientation`` (1..8) says a person sees it."""
    if orientation == 1:
        return img
    return ImageOps.exif_transpose(_with_orientation(img, orientation))


def _with_orientation(img: Image.Image, orientation: int) -> Image.Image:
    exif = Image.Exif()
    exif[0x0112] = orientation
    img.info["exif"] = exif.tobytes()
    return img


def make_thumbnail(src: Path, dest: Path, size: int = 256) -> None:
    """Decode ``src`` (in JPEG draft mode at about the thumbnail size) and write ``dest``."""
    with opened_photo(Path(src), draft_size=(size, size)) as (img, info):
        thumbnail_from_image(img, Path(dest), size, info.orientation)
