"""Photos through Pillow: probe (EXIF time, GPS, orientation), a content-addressed store,
thumbnails, batch import in a process pool, and metadata-free copies for export. No Qt."""

from .batch import ImportOutcome, expand_paths, import_batch
from .errors import (
    MediaError,
    MediaStoreFull,
    NotAnImage,
    PhotoTooLarge,
    PhotoTruncated,
    PhotoUnreadable,
    UnsupportedFormat,
)
from .generate import generate_photo
from .probe import ImageInfo, probe_image
from .store import MediaStore
from .strip import export_copy_without_metadata, has_gps
from .thumbnails import make_thumbnail

__all__ = [
    "ImageInfo",
    "ImportOutcome",
    "MediaError",
    "MediaStore",
    "MediaStoreFull",
    "NotAnImage",
    "PhotoTooLarge",
    "PhotoTruncated",
    "PhotoUnreadable",
    "UnsupportedFormat",
    "expand_paths",
    "export_copy_without_metadata",
    "generate_photo",
    "has_gps",
    "import_batch",
    "make_thumbnail",
    "probe_image",
]
