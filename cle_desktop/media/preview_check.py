"""Checking that a thumbnail made from a camera's embedded preview shows the photo itself.

An import makes thumbnails from the preview a JPEG carries (``previews``) because decoding the
picture is most of an import's cost. But the preview is just bytes in the file: an editor may
have kept an old one, and a file from a stranger may carry another picture on purpose, so a
reviewer would see one picture in the grid and the export would hold another. Each such
thumbnail is therefore marked (``MediaStore.mark_preview_unchecked``) and compared afterwards,
off the import's path, with a cheap decode of the picture (libjpeg's 1/8-scale draft, the same
decode an import without a preview does); a mismatch is replaced by a thumbnail of the picture.
Doing the check inline would undo the shortcut: 200 camera photos took 2.5 s with previews and
7.7 s without (``cle-desktop bench --only photos``, load 1-3).

The comparison is of 16x16 grey images, upright. Measured on the nine real camera JPEGs in the
shared test data (their own 160x120 EXIF thumbnails against the picture): the mean difference
was at most 0.010 of full scale and the largest cell 0.059; another photo's thumbnail differed
by at least 0.136 on average, and a quarter-size patch of another photo pasted into a preview
moved some cell by at least 0.157. A wrong "differs" only costs one decode and gives the same
thumbnail the picture makes, so the limits sit closer to the genuine previews than to forgeries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from .errors import MediaError
from .probe import opened_photo
from .store import MediaStore
from .thumbnails import thumbnail_from_image, upright

#: The side of the grey grid both pictures are reduced to before comparing.
GRID = 16
#: Largest mean difference (0..1 of full scale) of a preview that shows the picture.
MAX_MEAN_DIFFERENCE = 0.03
#: Largest difference of any one cell: a patch of another picture moves a few cells a lot.
MAX_CELL_DIFFERENCE = 0.12


@dataclass(frozen=True)
class CheckReport:
    """What a pass over the marked thumbnails did."""

    checked: int = 0
    replaced: int = 0


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """(mean, largest) absolute difference of two pictures at ``GRID`` x ``GRID`` grey, 0..1.

    Both must already be the same way up; their sizes and shapes may differ a little (a preview
    is a resampled copy), and the grid hides what resampling and compression change."""
    cells = [
        abs(int(x) - int(y)) for x, y in zip(_grid(a).tobytes(), _grid(b).tobytes(), strict=True)
    ]
    return sum(cells) / len(cells) / 255, max(cells) / 255


def same_picture(a: Image.Image, b: Image.Image) -> bool:
    """True when ``a`` and ``b`` (both upright) show the same picture."""
    mean, largest = difference(a, b)
    return mean <= MAX_MEAN_DIFFERENCE and largest <= MAX_CELL_DIFFERENCE


def _grid(img: Image.Image) -> Image.Image:
    # A box filter straight to the grid: each cell the plain mean of its pixels (reducing in
    # steps first shifted the cell borders of the two pictures differently).
    return img.convert("L").resize((GRID, GRID), Image.Resampling.BOX)


def check_thumbnail(store: MediaStore, sha256: str, size: int = 256) -> bool:
    """Compare one marked thumbnail with its photo; True when it was replaced (or removed).

    A photo that no longer decodes loses its thumbnail rather than keep a preview nobody
    checked; the photo grid then shows its name, as for any unreadable original."""
    dest = store.thumbnail_path(sha256, size)
    original = store.path_for(sha256)
    try:
        if not dest.is_file() or not original.is_file():
            return False  # made from the original itself whenever it is next needed
        with opened_photo(original, draft_size=(size, size)) as (img, info):
            with Image.open(dest, formats=("JPEG",)) as shown:
                shown.load()
                if same_picture(shown, upright(img, info.orientation)):
                    return False
            thumbnail_from_image(img, dest, size, info.orientation)
        return True
    except (MediaError, OSError, ValueError, Image.DecompressionBombError):
        dest.unlink(missing_ok=True)
        return True
    finally:
        store.clear_preview_mark(sha256)


def check_previews(
    store: MediaStore, size: int = 256, cancelled: Callable[[], bool] | None = None
) -> CheckReport:
    """Check every marked thumbnail (oldest first); ``cancelled`` stops between photos and
    leaves the rest marked for the next pass."""
    checked = replaced = 0
    for sha in store.unchecked_previews():
        if cancelled and cancelled():
            break
        replaced += check_thumbnail(store, sha, size)
        checked += 1
    return CheckReport(checked, replaced)
