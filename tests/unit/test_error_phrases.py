"""Error sentences are templates with values: the English the CLI prints is unchanged, the
template and values survive pickling (the batch importer's worker processes), and the photo
import report keeps its JSON shape while carrying the phrases the GUI translates."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from cle_desktop.domain.phrases import Phrase
from cle_desktop.media.errors import (
    MediaMissing,
    MediaStoreFull,
    NotAnImage,
    PhotoTooLarge,
    PhotoTruncated,
    PhotoUnreadable,
    UnsupportedFormat,
)
from cle_desktop.media.probe import _pixels_reason
from cle_desktop.services import Services
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.imports import read_rows
from cle_desktop.sync.bundle import BundleRejected, read_bundle

# The sentences as they were written before they became templates.
OLD_ENGLISH = [
    (
        NotAnImage("/x/notes.jpg", "it looks like a text file"),
        "notes.jpg is not a photo we can read (it looks like a text file).",
    ),
    (
        PhotoTruncated("/x/IMG_1.jpg"),
        "IMG_1.jpg is incomplete (the file is cut short), so it was probably cut off while "
        "copying: copy it again from the camera or card.",
    ),
    (
        PhotoTooLarge("/x/huge.png", _pixels_reason(400_000_000, 89_478_485)),
        "huge.png is too large to import safely (400 megapixels, and the limit is 89 megapixels).",
    ),
    (
        UnsupportedFormat("/x/a.heic", "a HEIC photo (the iPhone format)"),
        "a.heic is a HEIC photo (the iPhone format), which CLE Desktop cannot read: save it as "
        "JPEG or PNG and import that copy.",
    ),
    (
        MediaMissing("ab" * 32),
        "The photo file abababababab… is missing from the media folder; restore the folder "
        "from a backup or import the photo again.",
    ),
    (
        MediaStoreFull("/x/b.jpg", needed_bytes=3_400_000),
        "There is not enough free disk space to store b.jpg (it needs about 3 MB); nothing "
        "was half-saved, so free some space and import it again.",
    ),
    (
        MediaStoreFull("/x/b.jpg"),
        "There is not enough free disk space to store b.jpg; nothing was half-saved, so free "
        "some space and import it again.",
    ),
]


@pytest.mark.parametrize("error, english", OLD_ENGLISH, ids=lambda x: type(x).__name__)
def test_media_errors_say_the_same_english(error: Exception, english: str) -> None:
    assert str(error) == english
    assert str(error.phrase) == english  # type: ignore[attr-defined]
    assert error.phrase.template != english  # type: ignore[attr-defined]  # values kept apart


@pytest.mark.parametrize("error, english", OLD_ENGLISH, ids=lambda x: type(x).__name__)
def test_media_errors_pickle_with_their_phrase(error: Exception, english: str) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == english
    assert again.phrase == error.phrase  # type: ignore[attr-defined]


def test_a_reason_is_a_phrase_and_reason_stays_english() -> None:
    error = PhotoTruncated("/x/IMG_1.jpg")
    assert error.reason == "the file is cut short"
    assert error.reason_phrase == Phrase("the file is cut short")
    assert error.phrase.params["reason"] is error.reason_phrase


def test_service_errors_say_the_same_english(services: Services, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        services.gatherings.create("   ")
    assert str(caught.value) == "A gathering needs a title."
    with pytest.raises(NotFound) as missing:
        services.stories.get("nope")
    assert str(missing.value) == "That story no longer exists."

    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(b"PK\x03\x04 a spreadsheet")
    with pytest.raises(InvalidInput) as csv:
        read_rows(sheet, ["name"])
    assert str(csv.value) == (
        "sheet.csv is not a CSV file. Save the spreadsheet as 'CSV UTF-8' and try again."
    )
    assert csv.value.template == (
        "{name} is not a CSV file. Save the spreadsheet as 'CSV UTF-8' and try again."
    )
    assert csv.value.params == {"name": "sheet.csv"}


def test_service_errors_pickle_and_wrap_phrases() -> None:
    error = InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no file at {path}."), path="/a")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is InvalidInput and str(again) == "There is no file at /a."
    wrapped = InvalidInput(NotAnImage("/x/n.jpg", "it is a folder").phrase)
    assert str(wrapped) == "n.jpg is not a photo we can read (it is a folder)."
    # text without values is the sentence as it is, braces and all
    assert str(InvalidInput("a {literal} brace")) == "a {literal} brace"


def test_bundle_rejections_say_the_same_english(tmp_path: Path) -> None:
    with pytest.raises(BundleRejected) as caught:
        read_bundle(tmp_path / "none.zip")
    assert str(caught.value) == f"There is no bundle at {tmp_path / 'none.zip'}."
    junk = tmp_path / "junk.zip"
    junk.write_text("not a zip")
    with pytest.raises(BundleRejected) as bad:
        read_bundle(junk)
    assert str(bad.value) == "junk.zip is not a sync bundle, or it was cut short while copying."
    assert bad.value.phrase.params == {"name": "junk.zip"}


def test_the_import_report_keeps_its_json_and_carries_phrases(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.jpg"
    bad.write_text("hello, this is not a photo")
    report = services.photos.import_files(gathering_id, [bad], workers=1)
    assert report.as_json()["errors"] == [
        {
            "item": str(bad),
            "reason": "notes.jpg is not a photo we can read (it looks like a text file).",
        }
    ]
    (phrase,) = report.error_phrases
    assert str(phrase) == report.errors[0]["reason"]
    assert phrase.params["reason"] == Phrase("it looks like a text file")


def test_unreadable_keeps_its_plain_constructor() -> None:
    error = PhotoUnreadable(Path("/x/y.jpg"), "its header is damaged")
    assert str(error) == "y.jpg is not a photo we can read (its header is damaged)."
