"""Exported photos carry pixels only: no EXIF, no GPS, no maker notes, no ICC comments.

A re-save with ``exif=`` or ``info`` passed along would keep the metadata, so we build a new
image from the pixels alone.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

from .probe import opened_photo


def export_copy_without_metadata(src: Path, dest: Path, max_side: int | None = None) -> None:
    """Write an upright JPEG copy of ``src`` with no metadata, optionally downscaled."""
    with opened_photo(Path(src), draft_size=(max_side or 1 << 16, max_side or 1 << 16)) as (img, _):
        upright = ImageOps.exif_transpose(img)
        if max_side:
            upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        rgb = upright.convert("RGB")
        clean = Image.new("RGB", rgb.size)
        clean.paste(rgb)
    Path(dest).parent.mkdir(parents=True, exist_ok=True)
    clean.save(dest, "JPEG", quality=88)


def has_gps(path: Path) -> bool:
    """True when the file carries a GPS IFD (used by tests and the export self-check)."""
    with Image.open(path) as img:
        exif = img.getexif()
        return bool(exif.get_ifd(0x8825)) or 0x8825 in exif
