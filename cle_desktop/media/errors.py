"""Errors a person can meet while bringing photos in, each readable as one sentence.

``str(error)`` is meant to be shown to a note-taker or host as it is: it names the file
(never the whole path, which may hold a person's name or a USB stick label) and says what is
wrong in plain words. Every error keeps the full ``path`` and a short machine ``reason`` so
logs and services can still tell cases apart.

The errors pickle cleanly (see ``__reduce__``) because the batch importer runs in worker
processes and results cross a process boundary.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

__all__ = [
    "MediaError",
    "MediaMissing",
    "MediaStoreFull",
    "NotAnImage",
    "PhotoTooLarge",
    "PhotoTruncated",
    "PhotoUnreadable",
    "UnsupportedFormat",
    "display_name",
]

# First Strong Isolate / Pop Directional Isolate: keep an Arabic or Hebrew file name from
# re-ordering the English sentence around it (Unicode bidi algorithm, UAX #9).
_FSI = "\u2068"
_PDI = "\u2069"


def display_name(path: Path | str) -> str:
    """The file's name as safe, printable text for a sentence shown to a person.

    Linux file names are bytes; names that are not valid UTF-8 reach Python as lone
    surrogates, which crash any later ``.encode("utf-8")`` (a log file, the database, a Qt
    label). We replace those, drop control characters (a newline inside a name would split a
    message), and wrap right-to-left names in bidi isolates so the sentence reads correctly.
    HTML characters are left alone on purpose: escaping is the job of whoever renders HTML.
    """
    name = Path(path).name or str(path)
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf"))
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name):
        name = f"{_FSI}{name}{_PDI}"
    return name or "(unnamed file)"


class MediaError(Exception):
    """Base class for every error the media package raises on purpose."""


class PhotoUnreadable(MediaError):
    """A file could not be read as a photo; nothing was stored for it.

    ``reason`` is a short phrase completing "... is not a photo we can read (<reason>)".
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(self._sentence())

    def _sentence(self) -> str:
        return f"{display_name(self.path)} is not a photo we can read ({self.reason})."

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.reason))

    def __str__(self) -> str:
        return self._sentence()


class NotAnImage(PhotoUnreadable):
    """The bytes are not a picture at all (text, a document, an empty file ...)."""


class PhotoTruncated(PhotoUnreadable):
    """The file stops before the picture does, usually a copy interrupted half way."""

    def __init__(self, path: Path | str, reason: str = "the file is cut short") -> None:
        super().__init__(path, reason)

    def _sentence(self) -> str:
        return (
            f"{display_name(self.path)} is incomplete ({self.reason}), so it was probably "
            "cut off while copying: copy it again from the camera or card."
        )


class PhotoTooLarge(PhotoUnreadable):
    """Too many bytes or pixels to open safely on a note-taker's laptop.

    Both limits guard against "decompression bombs": small files that claim to be enormous
    pictures and would exhaust memory when decoded.
    """

    def _sentence(self) -> str:
        return f"{display_name(self.path)} is too large to import safely ({self.reason})."


class UnsupportedFormat(PhotoUnreadable):
    """A real picture, but in a format we do not open (HEIC, GIF, RAW ...)."""

    def _sentence(self) -> str:
        return (
            f"{display_name(self.path)} is {self.reason}, which CLE Desktop cannot read: "
            "save it as JPEG or PNG and import that copy."
        )


class MediaMissing(MediaError):
    """A photo the database knows about is not in the media folder any more."""

    def __init__(self, sha256: str) -> None:
        self.sha256 = sha256
        super().__init__(sha256)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.sha256,))

    def __str__(self) -> str:
        return (
            f"The photo file {self.sha256[:12]}… is missing from the media folder; "
            "restore the folder from a backup or import the photo again."
        )


class MediaStoreFull(MediaError):
    """The disk filled up while storing a photo; the partial copy was removed."""

    def __init__(self, path: Path | str, needed_bytes: int | None = None) -> None:
        self.path = Path(path)
        self.needed_bytes = needed_bytes
        super().__init__(str(path))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.needed_bytes))

    def __str__(self) -> str:
        need = ""
        if self.needed_bytes is not None:
            need = f" (it needs about {max(1, round(self.needed_bytes / 1_000_000))} MB)"
        return (
            f"There is not enough free disk space to store {display_name(self.path)}{need}; "
            "nothing was half-saved, so free some space and import it again."
        )
