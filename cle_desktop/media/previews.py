"""Previews cameras and phones already put inside a JPEG, and a cheap "is the file whole" check.

Decoding a 12-megapixel JPEG is most of the cost of importing it, even at libjpeg's 1/8 scale:
the compressed data must still be read to the end. Yet most camera and phone JPEGs carry a
smaller copy of the picture made by the device: an EXIF thumbnail (IFD1; 160x120 on older
cameras, 320x240 to 512x384 on phones) or an MPF "large thumbnail" (VGA to Full HD on many
cameras). When one is at least the thumbnail size we need and has the main picture's shape, we
make the thumbnail from it instead, as photo managers do for fast imports.

A preview only replaces decoding when the file passes a structural check: its markers lead to
the start of the picture data, and the end-of-image marker follows. That catches what the full
decode was there to catch, a photo cut off while copying from a card (libjpeg itself does not
notice damage inside the compressed data either; it fills such blocks with grey). A stale
preview (an editor cropped the photo but kept the old thumbnail) has another shape and is not
used.
"""

from __future__ import annotations

import io
import mmap
from pathlib import Path

from PIL import ExifTags, Image

# EXIF IFD1 tags for an embedded JPEG thumbnail.
_THUMB_OFFSET = 0x0201
_THUMB_LENGTH = 0x0202
# A preview must have the main picture's shape within this relative tolerance.
_SHAPE_TOLERANCE = 0.02
# Markers that stand alone (no length field) before the start of scan.
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


def jpeg_is_whole(path: Path) -> bool:
    """True when the JPEG's segments lead to its picture data and an end marker follows."""
    with Path(path).open("rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            return False
        with data:
            scan = _start_of_scan(data)
            # Inside compressed data 0xFF is always followed by 0x00 or a restart marker, so
            # an FF D9 after the scan starts can only be an end of image: this picture's, or
            # one in what follows it (an MPF preview, a motion photo's video), which is there
            # only if this picture is complete. Searching from the end finds it at once.
            return scan is not None and data.rfind(b"\xff\xd9") >= scan


def _start_of_scan(data: mmap.mmap) -> int | None:
    """Offset of the compressed picture data, walking the segments from the start."""
    if data[:2] != b"\xff\xd8":
        return None
    pos = 2
    size = len(data)
    while pos + 4 <= size:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2:
            return None
        if marker == 0xDA:
            return pos + 2 + length
        pos += 2 + length
    return None


def embedded_preview(img: Image.Image, min_edge: int, max_pixels: int) -> Image.Image | None:
    """A device-made preview of ``img`` (decoded) if one is big enough and the same shape.

    ``img`` must be an opened, not yet decoded JPEG; it is left on its first frame. Any
    problem with a preview (bad offsets, damaged data) just means "no preview".
    """
    for find in (_mpf_preview, _exif_thumbnail):
        try:
            preview = find(img, min_edge, max_pixels)
        except Exception:  # noqa: BLE001 - a broken preview only costs the shortcut
            preview = None
        finally:
            if getattr(img, "n_frames", 1) > 1 and img.tell() != 0:
                img.seek(0)
        if preview is not None:
            return preview
    return None


def _usable(size: tuple[int, int], main: tuple[int, int], min_edge: int, max_pixels: int) -> bool:
    width, height = size
    if width <= 0 or height <= 0 or width * height > max_pixels:
        return False
    if max(width, height) < min_edge or width * height * 4 > main[0] * main[1]:
        return False  # too small for the thumbnail, or too big to be a shortcut (stereo pair)
    return abs(width / height - main[0] / main[1]) <= _SHAPE_TOLERANCE * main[0] / main[1]


def _mpf_preview(img: Image.Image, min_edge: int, max_pixels: int) -> Image.Image | None:
    frames: int = getattr(img, "n_frames", 1)
    if img.format != "MPO" or frames < 2:
        return None
    main = img.size
    for frame in range(1, frames):
        img.seek(frame)
        if _usable(img.size, main, min_edge, max_pixels):
            img.draft("RGB", (min_edge, min_edge))
            img.load()
            return img.copy()
    return None


def _exif_thumbnail(img: Image.Image, min_edge: int, max_pixels: int) -> Image.Image | None:
    raw = img.info.get("exif")
    if not isinstance(raw, bytes) or not raw.startswith(b"Exif\x00\x00"):
        return None
    ifd1 = img.getexif().get_ifd(ExifTags.IFD.IFD1)
    offset, length = ifd1.get(_THUMB_OFFSET), ifd1.get(_THUMB_LENGTH)
    if not isinstance(offset, int) or not isinstance(length, int) or length <= 0:
        return None
    tiff = raw[6:]
    if offset + length > len(tiff):
        return None
    thumb = Image.open(io.BytesIO(tiff[offset : offset + length]), formats=("JPEG",))
    if not _usable(thumb.size, img.size, min_edge, max_pixels):
        return None
    thumb.load()
    return thumb
