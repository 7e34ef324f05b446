"""Errors a person can meet while bringing photos in, each readable as one sentence.

``str(error)`` is meant to be shown to a note-taker or host as it is: it names the file
(never the whole path, which may hold a person's name or a USB stick label) and says what is
wrong in plain words. Every error keeps the full ``path`` and a short machine ``reason`` so
logs and services can still tell cases apart.

Each error also has a ``phrase``: the same sentence as an English template and its values
(``cle_desktop.domain.phrases``), so the GUI can say it in the person's language; the reasons
are phrases too. ``str(error)`` stays the English sentence.

The errors pickle cleanly (see ``__reduce__``) because the batch importer runs in worker
processes and results cross a process boundary.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase, phrase_of

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


_CUT_SHORT = QT_TRANSLATE_NOOP("Errors", "the file is cut short")


class MediaError(Exception):
    """Base class for every error the media package raises on purpose."""

    @property
    def phrase(self) -> Phrase:
        return Phrase(str(self))


class PhotoUnreadable(MediaError):
    """A file could not be read as a photo; nothing was stored for it.

    ``reason`` is a short phrase completing "... is not a photo we can read (<reason>)", as
    English text; ``reason_phrase`` is the same as a translatable phrase. A reason given as a
    plain string is translated when it was marked with ``QT_TRANSLATE_NOOP("Errors", ...)``.
    """

    TEMPLATE = QT_TRANSLATE_NOOP("Errors", "{name} is not a photo we can read ({reason}).")

    def __init__(self, path: Path | str, reason: str | Phrase) -> None:
        self.path = Path(path)
        self.reason_phrase = phrase_of(reason)
        self.reason = str(self.reason_phrase)
        super().__init__(self._sentence())

    @property
    def phrase(self) -> Phrase:
        return Phrase(
            self.TEMPLATE, {"name": display_name(self.path), "reason": self.reason_phrase}
        )

    def _sentence(self) -> str:
        return str(self.phrase)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.reason_phrase))

    def __str__(self) -> str:
        return self._sentence()


class NotAnImage(PhotoUnreadable):
    """The bytes are not a picture at all (text, a document, an empty file ...)."""


class PhotoTruncated(PhotoUnreadable):
    """The file stops before the picture does, usually a copy interrupted half way."""

    TEMPLATE = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is incomplete ({reason}), so it was probably cut off while copying: "
        "copy it again from the camera or card.",
    )

    def __init__(self, path: Path | str, reason: str | Phrase = _CUT_SHORT) -> None:
        super().__init__(path, reason)


class PhotoTooLarge(PhotoUnreadable):
    """Too many bytes or pixels to open safely on a note-taker's laptop.

    Both limits guard against "decompression bombs": small files that claim to be enormous
    pictures and would exhaust memory when decoded.
    """

    TEMPLATE = QT_TRANSLATE_NOOP("Errors", "{name} is too large to import safely ({reason}).")


class UnsupportedFormat(PhotoUnreadable):
    """A real picture, but in a format we do not open (HEIC, GIF, RAW ...)."""

    TEMPLATE = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is {reason}, which CLE Desktop cannot read: "
        "save it as JPEG or PNG and import that copy.",
    )


class MediaMissing(MediaError):
    """A photo the database knows about is not in the media folder any more."""

    def __init__(self, sha256: str) -> None:
        self.sha256 = sha256
        super().__init__(sha256)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.sha256,))

    @property
    def phrase(self) -> Phrase:
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The photo file {sha}… is missing from the media folder; "
                "restore the folder from a backup or import the photo again.",
            ),
            {"sha": self.sha256[:12]},
        )

    def __str__(self) -> str:
        return str(self.phrase)


class MediaStoreFull(MediaError):
    """The disk filled up while storing a photo; the partial copy was removed."""

    def __init__(self, path: Path | str, needed_bytes: int | None = None) -> None:
        self.path = Path(path)
        self.needed_bytes = needed_bytes
        super().__init__(str(path))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.needed_bytes))

    @property
    def phrase(self) -> Phrase:
        name = display_name(self.path)
        if self.needed_bytes is None:
            return Phrase(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is not enough free disk space to store {name}; "
                    "nothing was half-saved, so free some space and import it again.",
                ),
                {"name": name},
            )
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is not enough free disk space to store {name} (it needs about {mb} MB); "
                "nothing was half-saved, so free some space and import it again.",
            ),
            {"name": name, "mb": max(1, round(self.needed_bytes / 1_000_000))},
        )

    def __str__(self) -> str:
        return str(self.phrase)
