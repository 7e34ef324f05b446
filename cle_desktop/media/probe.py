"""Look at a photo before we keep it: is it a picture we can open, and what does it say?

``probe_image`` is the one gate every photo passes before it enters the media store. It
answers "can we decode this whole picture safely?" and reads the few facts the app shows a
host: pixel size, when it was taken (EXIF) and where (EXIF GPS).

Why it is careful:

* Only the decoders we expect run (``Image.open(..., formats=ACCEPTED_FORMATS)``): a file
  from a USB stick can claim to be anything, and every extra decoder is extra attack surface.
  A phone's HEIC photo goes to the HEIF decoder alone (``heif``), and only when its first
  bytes say it is one.
* Pillow only *warns* between 1x and 2x ``Image.MAX_IMAGE_PIXELS`` (a "decompression bomb"):
  we turn that warning into an error, and also compare the pixel count ourselves because
  ``warnings.catch_warnings`` is process-global and not thread-safe (a UI worker thread could
  race another one).
* Opening only reads the header. A photo cut off half way while copying from a card opens
  fine and shows a grey half later, so we decode it all. For JPEG we first ask for draft
  mode (libjpeg's 1/8-scale IDCT): the entropy-coded data is still read to the end, so a
  truncated file is still caught, at a fraction of the cost of a full decode.
* Metadata is a bonus: broken EXIF never makes a good photo unreadable; we only lose the
  date or position.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, UnidentifiedImageError

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase

from .errors import NotAnImage, PhotoTooLarge, PhotoTruncated, PhotoUnreadable, UnsupportedFormat
from .heif import HEIF_FORMAT, HEIF_MIME, ensure_heif_opener, heif_is_whole, is_heif
from .previews import embedded_preview, jpeg_is_whole

__all__ = [
    "ACCEPTED_FORMATS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PIXELS",
    "ImageInfo",
    "opened_photo",
    "probe_image",
]

#: The Pillow decoders we let run. GIF/BMP are refused on purpose: cameras and phones do not
#: make them and they are not worth the extra decoder surface. HEIF (``heif.HEIF_FORMAT``) is
#: let run on its own, for files that start as a HEIF file does.
ACCEPTED_FORMATS: tuple[str, ...] = ("JPEG", "PNG", "WEBP", "TIFF")

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
#: Pillow's own default bomb limit (about 89 megapixels); used when ``MAX_IMAGE_PIXELS`` has
#: been switched off globally, because a probe must never be unlimited.
DEFAULT_MAX_PIXELS = 89_478_485

_MIME = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "TIFF": "image/tiff",
    HEIF_FORMAT: HEIF_MIME,
}

# EXIF tag numbers (ExifTags.Base members) used below.
_ORIENTATION = 0x0112
_DATETIME = 0x0132
_DATETIME_ORIGINAL = 0x9003
_OFFSET_TIME = 0x9010
_OFFSET_TIME_ORIGINAL = 0x9011


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What a probe learned about one photo.

    ``width``/``height`` are the stored pixels; a camera held upright usually stores a
    landscape picture plus an ``orientation`` tag (1..8, EXIF meaning), so use
    ``display_width``/``display_height`` for what a person sees.

    ``taken_at`` is naive local camera time unless the file records its UTC offset
    (``OffsetTimeOriginal``), in which case it is timezone-aware: EXIF usually does not say
    which timezone the camera clock was in, and guessing would be worse than admitting it.
    """

    width: int
    height: int
    format: str
    mime: str
    taken_at: datetime | None
    gps_lat: float | None
    gps_lon: float | None
    orientation: int
    size_bytes: int
    #: The image ``opened_photo`` yielded is the device's embedded preview, not a decode of
    #: the picture: fast, but a preview can show another picture (``preview_check``).
    preview_used: bool = False

    @property
    def display_width(self) -> int:
        """Width after applying the orientation tag (5..8 are rotated a quarter turn)."""
        return self.height if self.orientation >= 5 else self.width

    @property
    def display_height(self) -> int:
        """Height after applying the orientation tag."""
        return self.width if self.orientation >= 5 else self.height

    @property
    def has_position(self) -> bool:
        """True when the photo carries a usable GPS position."""
        return self.gps_lat is not None and self.gps_lon is not None


def probe_image(
    path: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    max_pixels: int | None = None,
) -> ImageInfo:
    """Check that ``path`` is a whole, safe-to-decode photo and return what it tells us.

    Raises a ``PhotoUnreadable`` subclass (``NotAnImage``, ``PhotoTruncated``,
    ``PhotoTooLarge``, ``UnsupportedFormat``) whose ``str()`` can be shown to a person.
    ``max_pixels`` defaults to ``Image.MAX_IMAGE_PIXELS`` read at call time.
    """
    with opened_photo(Path(path), max_bytes=max_bytes, max_pixels=max_pixels) as (_img, info):
        return info


@contextmanager
def opened_photo(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int | None = None,
    draft_size: tuple[int, int] = (1, 1),
    use_preview: bool = False,
) -> Iterator[tuple[Image.Image, ImageInfo]]:
    """Open, fully decode and describe a photo; yield the decoded image and its info.

    The image is valid only inside the ``with`` block. JPEGs are decoded in draft mode at the
    smallest libjpeg scale that is still at least ``draft_size``, so a caller that wants a
    thumbnail can pass the thumbnail box and reuse this single decode (the batch importer
    does: decoding is most of the cost of an import).

    With ``use_preview`` a JPEG that carries a device-made preview at least ``draft_size`` big
    (see ``previews``) yields that preview instead of a decode of the main picture; the file is
    then checked structurally for truncation rather than by decoding it.
    """
    path = Path(path)
    size_bytes = _check_file(path, max_bytes)
    head, tail = _read_ends(path, size_bytes)
    refusal = _refuse_by_signature(path, head)
    if refusal is not None:
        raise refusal
    limit = _pixel_limit(max_pixels)
    formats = ACCEPTED_FORMATS
    if is_heif(head):
        ensure_heif_opener()
        formats = (HEIF_FORMAT,)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path, formats=formats)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoTooLarge(path, _bomb_reason(str(exc), limit)) from None
    except UnidentifiedImageError:
        raise _unidentified(path, head, tail) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError):
        raise _unidentified(path, head, tail) from None

    with img:
        width, height = img.size
        if width <= 0 or height <= 0:
            raise PhotoUnreadable(path, QT_TRANSLATE_NOOP("Errors", "it says it has no pixels"))
        if width * height > limit:
            raise PhotoTooLarge(path, _pixels_reason(width * height, limit))
        fmt = "JPEG" if img.format == "MPO" else str(img.format)
        # A JPEG's EXIF is in its header (read before a preview frame is looked at); other
        # formats may keep it after the pixels, so theirs is read after the decode.
        exif = _exif_of(img) if fmt == "JPEG" else None
        preview = None
        if fmt == "JPEG" and use_preview:
            preview = embedded_preview(img, max(draft_size), limit)
            if preview is not None and not jpeg_is_whole(path):
                raise PhotoTruncated(
                    path, QT_TRANSLATE_NOOP("Errors", "the file ends before the picture does")
                )
        if preview is None:
            if fmt == "JPEG":
                img.draft(None, draft_size)
            _decode_all(path, img)
        if fmt != "JPEG":
            exif = _exif_of(img)
        gps_lat, gps_lon = _gps_from_exif(exif)
        info = ImageInfo(
            width=width,
            height=height,
            format=fmt,
            mime=_MIME.get(fmt, Image.MIME.get(fmt, "application/octet-stream")),
            taken_at=_taken_at_from_exif(exif),
            gps_lat=gps_lat,
            gps_lon=gps_lon,
            orientation=_orientation_from_exif(exif),
            size_bytes=size_bytes,
            preview_used=preview is not None,
        )
        yield (img if preview is None else preview), info


# --- checks before Pillow sees the file ----------------------------------------------------


def _check_file(path: Path, max_bytes: int) -> int:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise PhotoUnreadable(
            path, QT_TRANSLATE_NOOP("Errors", "the file is no longer there")
        ) from None
    except PermissionError:
        raise PhotoUnreadable(
            path, QT_TRANSLATE_NOOP("Errors", "this computer does not let us open it")
        ) from None
    except OSError as exc:
        raise PhotoUnreadable(path, _disk_error(exc)) from None
    if path.is_dir():
        raise NotAnImage(path, QT_TRANSLATE_NOOP("Errors", "it is a folder"))
    if st.st_size == 0:
        raise NotAnImage(path, QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    if st.st_size > max_bytes:
        raise PhotoTooLarge(
            path,
            Phrase(
                QT_TRANSLATE_NOOP("Errors", "{size} MB, and the limit is {limit} MB"),
                {"size": _mb(st.st_size), "limit": _mb(max_bytes)},
            ),
        )
    return st.st_size


def _read_ends(path: Path, size: int) -> tuple[bytes, bytes]:
    """The first 512 and last 16 bytes: enough to recognise a file and see if it ends."""
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
            fh.seek(max(0, size - 16))
            return head, fh.read(16)
    except PermissionError:
        raise PhotoUnreadable(
            path, QT_TRANSLATE_NOOP("Errors", "this computer does not let us open it")
        ) from None
    except OSError as exc:
        raise PhotoUnreadable(path, _disk_error(exc)) from None


_VIDEO_BRANDS = {b"isom", b"iso2", b"mp41", b"mp42", b"qt  ", b"M4V ", b"3gp4", b"3gp5", b"avc1"}


def _refuse_by_signature(path: Path, head: bytes) -> PhotoUnreadable | None:
    """Name the common not-a-photo cases before any decoder runs.

    Pillow would refuse them too, but only with "cannot identify image file"; a note-taker
    deserves to hear "that is an AVIF image" or "that is a video". (HEIC photos are read.)
    """
    if head.startswith((b"GIF87a", b"GIF89a")):
        return UnsupportedFormat(path, QT_TRANSLATE_NOOP("Errors", "a GIF image"))
    if head.startswith(b"BM") and len(head) >= 26:
        return UnsupportedFormat(path, QT_TRANSLATE_NOOP("Errors", "a BMP image"))
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return UnsupportedFormat(path, QT_TRANSLATE_NOOP("Errors", "an AVIF image"))
        if brand in _VIDEO_BRANDS:
            return NotAnImage(path, QT_TRANSLATE_NOOP("Errors", "it looks like a video"))
    return None


def _unidentified(path: Path, head: bytes, tail: bytes) -> PhotoUnreadable:
    """Explain a file no accepted decoder recognised."""
    if is_heif(head):
        # libheif refuses a cut-off copy and a broken header alike; the boxes tell them apart.
        if not heif_is_whole(path):
            return PhotoTruncated(
                path, QT_TRANSLATE_NOOP("Errors", "the file ends before the picture does")
            )
        return PhotoUnreadable(path, QT_TRANSLATE_NOOP("Errors", "its header is damaged"))
    if head.startswith(b"\xff\xd8\xff") and not tail.rstrip(b"\x00").endswith(b"\xff\xd9"):
        return PhotoTruncated(
            path, QT_TRANSLATE_NOOP("Errors", "the file ends before the picture does")
        )
    if head.startswith(b"\x89PNG") and b"IEND" not in tail:
        return PhotoTruncated(
            path, QT_TRANSLATE_NOOP("Errors", "the file ends before the picture does")
        )
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*")) or (
        head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    ):
        return PhotoUnreadable(path, QT_TRANSLATE_NOOP("Errors", "its header is damaged"))
    if head.startswith(b"%PDF"):
        return NotAnImage(path, QT_TRANSLATE_NOOP("Errors", "it looks like a PDF document"))
    if head.startswith(b"PK\x03\x04"):
        return NotAnImage(
            path, QT_TRANSLATE_NOOP("Errors", "it looks like a zip archive or an office document")
        )
    if head.startswith((b"\x1a\x45\xdf\xa3", b"RIFF")) or head[4:8] in (b"moov", b"mdat"):
        return NotAnImage(path, QT_TRANSLATE_NOOP("Errors", "it looks like a video or sound file"))
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3"):
        return NotAnImage(path, QT_TRANSLATE_NOOP("Errors", "it looks like a sound file"))
    text = _as_text(head)
    if text is not None:
        lowered = text.lstrip().lower()
        if lowered.startswith(("<!doctype html", "<html")):
            return NotAnImage(path, QT_TRANSLATE_NOOP("Errors", "it looks like a web page"))
        if lowered.startswith("<svg") or (lowered.startswith("<?xml") and "<svg" in lowered):
            return NotAnImage(
                path, QT_TRANSLATE_NOOP("Errors", "it looks like an SVG drawing, not a photo")
            )
        return NotAnImage(path, QT_TRANSLATE_NOOP("Errors", "it looks like a text file"))
    return NotAnImage(
        path, QT_TRANSLATE_NOOP("Errors", "its contents are not in any picture format we know")
    )


def _as_text(head: bytes) -> str | None:
    """Return the head as text if it plausibly is text (UTF-8/16, mostly printable)."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, "replace")
    try:
        # The head may cut a multi-byte character in two; ignore only a ragged end.
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            return None
        text = head[: exc.start].decode("utf-8")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return text if text and printable / len(text) > 0.95 else None


def _pixel_limit(max_pixels: int | None) -> int:
    if max_pixels is not None:
        return max_pixels
    pillow_limit = Image.MAX_IMAGE_PIXELS
    return int(pillow_limit) if pillow_limit else DEFAULT_MAX_PIXELS


def _pixels_reason(pixels: int, limit: int) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP(
            "Errors", "{pixels:.0f} megapixels, and the limit is {limit:.0f} megapixels"
        ),
        {"pixels": pixels / 1e6, "limit": limit / 1e6},
    )


def _bomb_reason(message: str, limit: int) -> Phrase:
    match = re.search(r"\((\d+) pixels\)", message)
    if match:
        return _pixels_reason(int(match.group(1)), limit)
    return Phrase(QT_TRANSLATE_NOOP("Errors", "it claims to be far bigger than any camera picture"))


def _disk_error(exc: OSError) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP("Errors", "the disk reported an error: {error}"),
        {"error": exc.strerror},
    )


def _mb(n: int) -> int:
    return max(1, round(n / (1024 * 1024)))


def _decode_all(path: Path, img: Image.Image) -> None:
    """Decode every pixel so a damaged or cut-off file is refused now, not on screen later."""
    try:
        img.load()
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, MemoryError) as exc:
        # Pillow says "truncated" in an OSError, or runs out of bytes (EOFError), at a cut-off.
        if isinstance(exc, EOFError) or (
            isinstance(exc, OSError) and "truncated" in str(exc).lower()
        ):
            raise PhotoTruncated(
                path, QT_TRANSLATE_NOOP("Errors", "the file ends before the picture does")
            ) from None
        raise PhotoUnreadable(
            path, QT_TRANSLATE_NOOP("Errors", "its picture data is damaged")
        ) from exc


# --- metadata -------------------------------------------------------------------------------


def _exif_of(img: Image.Image) -> Image.Exif | None:
    try:
        return img.getexif()
    except Exception:  # noqa: BLE001 - broken EXIF costs the metadata, never the photo
        return None


def _sub_ifd(exif: Image.Exif, ifd: ExifTags.IFD) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(ifd))
    except Exception:  # noqa: BLE001 - a bad IFD offset is common in edited files
        return {}


def _orientation_from_exif(exif: Image.Exif | None) -> int:
    if exif is None:
        return 1
    value = exif.get(_ORIENTATION, 1)
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return number if 1 <= number <= 8 else 1


def _taken_at_from_exif(exif: Image.Exif | None) -> datetime | None:
    """DateTimeOriginal (shutter time) first; DateTime (last change) only as a fallback."""
    if exif is None:
        return None
    sub = _sub_ifd(exif, ExifTags.IFD.Exif)
    original = _parse_exif_datetime(sub.get(_DATETIME_ORIGINAL), sub.get(_OFFSET_TIME_ORIGINAL))
    if original is not None:
        return original
    changed = exif.get(_DATETIME)
    if changed is None:
        changed = sub.get(_DATETIME)
    return _parse_exif_datetime(changed, sub.get(_OFFSET_TIME))


def _exif_text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    return value.replace("\x00", "").strip()


_DATETIME_FORMATS = (
    "%Y:%m:%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y:%m:%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
)


def _parse_exif_datetime(value: object, offset: object = None) -> datetime | None:
    """Parse EXIF's "YYYY:MM:DD HH:MM:SS"; blank or zeroed dates ("0000:00:00 ...") are None."""
    text = _exif_text(value)
    if not text:
        return None
    parsed: datetime | None = None
    for fmt in _DATETIME_FORMATS:
        try:
            parsed = datetime.strptime(text[: len(datetime(2000, 1, 1).strftime(fmt))], fmt)
            break
        except ValueError:
            continue
    if parsed is None:
        return None
    tz = _parse_offset(offset)
    return parsed.replace(tzinfo=tz) if tz is not None else parsed


def _parse_offset(value: object) -> timezone | None:
    text = _exif_text(value)
    match = re.fullmatch(r"([+-])(\d{2}):(\d{2})", text or "")
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3))
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _gps_from_exif(exif: Image.Exif | None) -> tuple[float | None, float | None]:
    """Decimal degrees from the GPS IFD, or (None, None) when absent, broken or 0,0.

    Exactly (0, 0) is what many cameras write before they have a fix; a CLE does not meet in
    the Gulf of Guinea, so we treat it as "no position" rather than pin photos to the sea.
    """
    if exif is None:
        return None, None
    gps = _sub_ifd(exif, ExifTags.IFD.GPSInfo)
    if not gps:
        return None, None
    lat = _gps_coordinate(
        gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef), "N", "S", 90.0
    )
    lon = _gps_coordinate(
        gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef), "E", "W", 180.0
    )
    if lat is None or lon is None or (lat == 0.0 and lon == 0.0):
        return None, None
    return lat, lon


def _gps_coordinate(
    values: object, ref: object, positive: str, negative: str, limit: float
) -> float | None:
    """Degrees/minutes/seconds rationals plus a hemisphere letter -> signed decimal degrees."""
    if isinstance(values, (int, float)) or hasattr(values, "numerator"):
        values = (values,)
    if not isinstance(values, (tuple, list)) or not 1 <= len(values) <= 3:
        return None
    try:
        parts = [float(v) for v in values]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not all(math.isfinite(p) for p in parts):
        return None  # a 0/0 rational: the camera had no fix
    sign = -1.0 if parts[0] < 0 else 1.0  # a few writers sign the degrees instead of the ref
    degrees = abs(parts[0]) + sum(p / 60**i for i, p in enumerate(parts[1:], start=1))
    hemisphere = (_exif_text(ref) or "").upper()[:1]
    if hemisphere == negative:
        sign = -1.0
    elif hemisphere and hemisphere != positive:
        return None
    value = sign * degrees
    return value if -limit <= value <= limit else None
