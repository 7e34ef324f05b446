"""HEIC/HEIF photos (what iPhones and many Android phones save) through ``pillow-heif``.

The decoder is registered with Pillow only when a HEIF file first turns up: importing
``pillow_heif`` takes about 0.15 s, which a start-up or a folder of JPEGs should not pay.

libheif applies the file's own rotation (its ``irot``/``imir`` boxes, which phones write
together with the EXIF orientation) while decoding, and ``pillow-heif`` then reports the EXIF
orientation as 1: the decoded pixels are already upright, so the probe's orientation is 1 and
``width``/``height`` are what a person sees.

A HEIF file is a sequence of ISO base-media boxes, each starting with its length. A copy cut
off half way (the common damage) leaves the last box claiming bytes the file does not have;
``heif_is_whole`` walks the top-level boxes to tell that apart from a damaged header, since
libheif gives the same "cannot identify" for both.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "HEIF_BRANDS",
    "HEIF_FORMAT",
    "HEIF_MIME",
    "ensure_heif_opener",
    "heif_is_whole",
    "is_heif",
]

#: Major brands of HEIF stills (HEVC-coded ``heic``/``heix``, the general ``mif1``, and the
#: sequence brands phones use for bursts and Live Photos' still).
HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})
#: Pillow's format name for files the pillow-heif plugin opens.
HEIF_FORMAT = "HEIF"
HEIF_MIME = "image/heic"

_registered = False


def is_heif(head: bytes) -> bool:
    """True for the first bytes of a HEIF still (an ``ftyp`` box with a HEIF brand)."""
    return head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS


def ensure_heif_opener() -> None:
    """Teach Pillow to open HEIF files (once per process; the import workers call it too)."""
    global _registered
    if not _registered:
        from pillow_heif import register_heif_opener

        # No thumbnails list and no depth or auxiliary images: the app uses only the picture.
        register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)
        _registered = True


def heif_is_whole(path: Path) -> bool:
    """True when every top-level box fits in the file (False for a cut-off copy)."""
    try:
        with Path(path).open("rb") as fh:
            size = fh.seek(0, 2)
            offset = 0
            while offset < size:
                fh.seek(offset)
                header = fh.read(16)
                if len(header) < 8:
                    return False
                length = int.from_bytes(header[:4], "big")
                if length == 1:  # a 64-bit length follows the type
                    if len(header) < 16:
                        return False
                    length = int.from_bytes(header[8:16], "big")
                elif length == 0:  # the box runs to the end of the file
                    return True
                if length < 8 or offset + length > size:
                    return False
                offset += length
            return True
    except OSError:
        return False
