"""A thumbnail always shows the photo itself: an import makes it from the embedded preview (fast),
and the check afterwards compares it with a decode of the picture and replaces a forgery.

The photos are the real camera JPEGs of the shared test data. A forged file is one of them with
another one's picture spliced in as its EXIF thumbnail; its own compressed picture data and the
rest of its camera EXIF stay byte for byte (the APP1 segment alone is replaced).
"""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from cle_desktop.media import MediaStore, import_batch, make_thumbnail
from cle_desktop.media.preview_check import check_previews, difference, same_picture
from tests.forged_photos import real_photos, with_preview_of


def camera_thumbnail(path: Path) -> Image.Image:
    """The 160x120 thumbnail the camera itself wrote into the file."""
    with Image.open(path) as img:
        ifd1 = img.getexif().get_ifd(ExifTags.IFD.IFD1)
        offset, length = ifd1[0x0201], ifd1[0x0202]
        tiff = img.info["exif"][6:]
    thumb = Image.open(io.BytesIO(tiff[offset : offset + length]))
    thumb.load()
    return thumb


def draft_decode(path: Path) -> Image.Image:
    with Image.open(path) as img:
        img.draft("RGB", (256, 256))
        img.load()
        return img.copy()


def imported(tmp_path: Path, source: Path) -> tuple[MediaStore, str]:
    store = MediaStore(tmp_path / "media")
    [outcome] = import_batch([source], store, workers=1)
    assert outcome.ok, outcome.error
    assert outcome.sha256 is not None
    return store, outcome.sha256


def looks_like(thumb: Path, reference: Image.Image) -> bool:
    with Image.open(thumb) as shown:
        shown.load()
        mean, _ = difference(shown, reference)
    return mean < 0.02


def reference_thumbnail(tmp_path: Path, source: Path, name: str) -> Image.Image:
    """The thumbnail the picture itself makes (no preview involved)."""
    dest = tmp_path / "reference" / f"{name}.jpg"
    dest.parent.mkdir(parents=True, exist_ok=True)
    make_thumbnail(source, dest)
    with Image.open(dest) as img:
        img.load()
        return img


def test_real_cameras_previews_match_their_photos_and_not_each_other(photos_gps: Path) -> None:
    """The limits, on real data: each camera thumbnail shows its own photo, none another's."""
    photos = real_photos(photos_gps)
    assert len(photos) >= 9
    thumbs = {p: camera_thumbnail(p) for p in photos}
    mains = {p: draft_decode(p) for p in photos}
    assert all(same_picture(thumbs[p], mains[p]) for p in photos)
    forged = [
        (p, q) for p, q in itertools.permutations(photos, 2) if same_picture(thumbs[q], mains[p])
    ]
    assert forged == []


def test_a_pasted_patch_of_another_photo_is_seen(photos_gps: Path) -> None:
    first, second = real_photos(photos_gps)[:2]
    thumb = camera_thumbnail(first).convert("RGB")
    width, height = thumb.size
    patch = camera_thumbnail(second).convert("RGB").crop((0, 0, width // 4, height // 4))
    thumb.paste(patch, (width // 3, height // 3))
    assert not same_picture(thumb, draft_decode(first))


def test_a_forged_exif_thumbnail_is_replaced_by_the_picture(
    tmp_path: Path, photos_gps: Path
) -> None:
    photo, other = real_photos(photos_gps)[:2]
    forged = with_preview_of(photo, other, tmp_path / "src" / "forged.jpg")
    store, sha = imported(tmp_path, forged)
    thumb = store.thumbnail_path(sha, 256)
    other_picture = reference_thumbnail(tmp_path, other, "other")
    real_picture = reference_thumbnail(tmp_path, forged, "real")
    assert store.unchecked_previews() == [sha]
    assert looks_like(thumb, other_picture)  # the import took the preview (fast path)

    report = check_previews(store)

    assert (report.checked, report.replaced) == (1, 1)
    assert looks_like(thumb, real_picture) and not looks_like(thumb, other_picture)
    assert store.unchecked_previews() == []


def test_a_genuine_preview_stays_and_is_not_redone(tmp_path: Path, photos_gps: Path) -> None:
    photo = real_photos(photos_gps)[0]
    source = with_preview_of(photo, photo, tmp_path / "src" / "phone.jpg")
    store, sha = imported(tmp_path, source)
    thumb = store.thumbnail_path(sha, 256)
    made = thumb.read_bytes()

    report = check_previews(store)

    assert (report.checked, report.replaced) == (1, 0)
    assert thumb.read_bytes() == made  # the preview-made thumbnail stood
    assert store.unchecked_previews() == []
    assert check_previews(store).checked == 0


@pytest.mark.parametrize("orientation", [6, 3, 8])
def test_rotated_photos_are_compared_the_way_up_a_person_sees_them(
    tmp_path: Path, photos_gps: Path, orientation: int
) -> None:
    photo, other = real_photos(photos_gps)[:2]
    genuine = with_preview_of(photo, photo, tmp_path / "src" / "up.jpg", orientation)
    forged = with_preview_of(photo, other, tmp_path / "src" / "forged.jpg", orientation)
    store = MediaStore(tmp_path / "media")
    outcomes = import_batch([genuine, forged], store, workers=1)
    assert all(o.ok and o.preview_unchecked for o in outcomes)
    kept, swapped = (store.thumbnail_path(o.sha256 or "", 256) for o in outcomes)
    kept_bytes = kept.read_bytes()

    report = check_previews(store)

    assert (report.checked, report.replaced) == (2, 1)
    assert kept.read_bytes() == kept_bytes
    upright = reference_thumbnail(tmp_path, forged, "upright")
    for thumb in (kept, swapped):
        with Image.open(thumb) as shown:
            assert shown.size == upright.size  # portrait for 6 and 8
        assert looks_like(thumb, upright)


def test_a_photo_that_no_longer_decodes_loses_its_unchecked_thumbnail(
    tmp_path: Path, photos_gps: Path
) -> None:
    photo, other = real_photos(photos_gps)[:2]
    store, sha = imported(tmp_path, with_preview_of(photo, other, tmp_path / "src" / "f.jpg"))
    original = store.path_for(sha)
    original.chmod(0o644)
    original.write_bytes(b"not a photo any more")

    assert check_previews(store).replaced == 1
    assert not store.thumbnail_path(sha, 256).exists()
    assert store.unchecked_previews() == []


def test_a_cancelled_check_leaves_the_rest_marked(tmp_path: Path, photos_gps: Path) -> None:
    photos = real_photos(photos_gps)[:3]
    sources = [with_preview_of(p, p, tmp_path / "src" / f"{i}.jpg") for i, p in enumerate(photos)]
    store = MediaStore(tmp_path / "media")
    import_batch(sources, store, workers=1)
    calls = iter([False, True])
    report = check_previews(store, cancelled=lambda: next(calls, True))
    assert report.checked == 1
    assert len(store.unchecked_previews()) == 2


def test_photos_without_a_usable_preview_are_not_marked(tmp_path: Path, photos_gps: Path) -> None:
    """The camera's own 160x120 thumbnail is too small for 256 pixels: the picture is decoded."""
    store = MediaStore(tmp_path / "media")
    outcomes = import_batch(real_photos(photos_gps), store, workers=1)
    assert all(o.ok and not o.preview_unchecked for o in outcomes)
    assert store.unchecked_previews() == []
