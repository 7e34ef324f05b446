"""Real camera photos with another picture spliced in as their EXIF thumbnail (and genuine
ones, their own picture as a phone-sized preview), for the thumbnail check's tests.

Only the APP1 (EXIF) segment is replaced: the photo's compressed picture data and the rest of
its camera EXIF stay byte for byte, as in a file someone doctored with an EXIF editor.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import ExifTags, Image

from cle_desktop.media.generate import with_exif_thumbnail

PREVIEW = (320, 240)  # a phone-sized preview: big enough for the 256-pixel thumbnail


def real_photos(photos_gps: Path) -> list[Path]:
    return sorted(photos_gps.glob("*.jpg"))


def with_preview_of(photo: Path, picture: Path, dest: Path, orientation: int | None = None) -> Path:
    """``photo``'s bytes with ``picture`` (resized) as its EXIF thumbnail."""
    data = photo.read_bytes()
    with Image.open(photo) as img:
        exif = img.getexif()
        if orientation is not None:
            exif[ExifTags.Base.Orientation] = orientation
        exif_bytes = exif.tobytes()
    with Image.open(picture) as other:
        other.draft("RGB", PREVIEW)
        preview = io.BytesIO()
        other.convert("RGB").resize(PREVIEW, Image.Resampling.LANCZOS).save(
            preview, "JPEG", quality=80
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(splice_app1(data, with_exif_thumbnail(exif_bytes, preview.getvalue())))
    return dest


def splice_app1(jpeg: bytes, exif: bytes) -> bytes:
    """Replace the first APP1 Exif segment of ``jpeg`` (or add one) without re-encoding."""
    assert jpeg[:2] == b"\xff\xd8" and len(exif) + 2 < 65536
    segment = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    pos = 2
    while jpeg[pos] == 0xFF and jpeg[pos + 1] != 0xDA:
        length = int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
        if jpeg[pos + 1] == 0xE1 and jpeg[pos + 4 : pos + 10] == b"Exif\x00\x00":
            return jpeg[:pos] + segment + jpeg[pos + 2 + length :]
        pos += 2 + length
    return jpeg[:2] + segment + jpeg[2:]
