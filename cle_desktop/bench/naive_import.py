"""The baseline the photo-import benchmark measures the pooled importer against.

It lived in ``media/batch.py``; it is benchmark code, so it lives here and the shipped media
package keeps only what the app runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PIL import Image

from cle_desktop.media.batch import THUMB_SIZE, expand_paths


def naive_import(paths: Iterable[Path], size: int = THUMB_SIZE) -> int:
    """The obvious loop (full decode, thumbnail) that the benchmark compares against."""
    count = 0
    for path in expand_paths(paths):
        with Image.open(path) as img:
            img.thumbnail((size, size))
            count += 1
    return count
