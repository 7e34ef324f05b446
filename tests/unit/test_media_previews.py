"""The import shortcut: a camera-made preview (MPF large thumbnail or EXIF IFD1 thumbnail) makes
the thumbnail when it is big enough and has the photo's shape; a cut-off file is still refused.

Each test photo's preview is painted solid blue while the photo itself is not blue, so the
thumbnail's colour shows which one the importer used.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageStat

from cle_desktop.media import MediaStore, generate_photo, import_batch
from cle_desktop.media.generate import with_exif_thumbnail
from cle_desktop.media.previews import jpeg_is_whole

BLUE = (0, 0, 255)
WHEN = datetime(2026, 10, 14, 9, 30)


def photo(tmp_path: Path, name: str, **kwargs: object) -> Path:
    return generate_photo(
        tmp_path / "src" / name, 1600, 1200, seed=5, taken_at=WHEN, gps=(35.68, -105.94), **kwargs
    )


def with_blue_mpf(path: Path, size: tuple[int, int]) -> Path:
    with Image.open(path) as img:
        img.load()
        exif = img.info["exif"]
        img.save(
            path,
            "MPO",
            quality=90,
            exif=exif,
            save_all=True,
            append_images=[Image.new("RGB", size, BLUE)],
        )
    return path


def with_blue_ifd1(path: Path, size: tuple[int, int]) -> Path:
    thumb = io.BytesIO()
    Image.new("RGB", size, BLUE).save(thumb, "JPEG")
    with Image.open(path) as img:
        img.load()
        exif = with_exif_thumbnail(img.info["exif"], thumb.getvalue())
        img.save(path, "JPEG", quality=90, exif=exif)
    return path


def thumbnail_is_blue(tmp_path: Path, source: Path) -> bool:
    store = MediaStore(tmp_path / "media")
    [outcome] = import_batch([source], store, workers=1)
    assert outcome.ok, outcome.error
    assert outcome.info is not None and outcome.info.taken_at == WHEN  # EXIF read either way
    assert outcome.info.width == 1600 and outcome.info.has_position
    with Image.open(store.thumbnail_path(outcome.sha256 or "", 256)) as thumb:
        assert max(thumb.size) == 256
        r, g, b = ImageStat.Stat(thumb.convert("RGB")).mean
    return b > 200 and r < 40 and g < 40


def test_an_mpf_large_thumbnail_makes_the_thumbnail(tmp_path: Path) -> None:
    assert thumbnail_is_blue(tmp_path, with_blue_mpf(photo(tmp_path, "a.jpg"), (640, 480)))


def test_a_phone_sized_exif_thumbnail_makes_the_thumbnail(tmp_path: Path) -> None:
    assert thumbnail_is_blue(tmp_path, with_blue_ifd1(photo(tmp_path, "a.jpg"), (512, 384)))


def test_a_small_exif_thumbnail_is_not_enlarged(tmp_path: Path) -> None:
    assert not thumbnail_is_blue(tmp_path, with_blue_ifd1(photo(tmp_path, "a.jpg"), (160, 120)))


def test_a_stale_preview_of_another_shape_is_not_used(tmp_path: Path) -> None:
    """An editor cropped the photo square but kept the camera's 4:3 thumbnail."""
    assert not thumbnail_is_blue(tmp_path, with_blue_ifd1(photo(tmp_path, "a.jpg"), (512, 512)))


def test_a_preview_with_broken_offsets_falls_back_to_decoding(tmp_path: Path) -> None:
    source = photo(tmp_path, "a.jpg")
    with Image.open(source) as img:
        img.load()
        exif = with_exif_thumbnail(img.info["exif"], b"\xff\xd8 not really a jpeg")
        img.save(source, "JPEG", quality=90, exif=exif)
    assert not thumbnail_is_blue(tmp_path, source)


def test_a_cut_off_photo_with_an_intact_preview_is_refused(tmp_path: Path) -> None:
    good = with_blue_ifd1(photo(tmp_path, "good.jpg"), (512, 384))
    data = good.read_bytes()
    cut = tmp_path / "src" / "cut.jpg"
    cut.write_bytes(data[: len(data) * 2 // 3])  # the thumbnail (near the start) survives
    assert jpeg_is_whole(good) and not jpeg_is_whole(cut)
    outcomes = import_batch([good, cut], MediaStore(tmp_path / "media"), workers=1)
    assert outcomes[0].ok
    assert not outcomes[1].ok
    assert "cut.jpg" in (outcomes[1].error or "")
    assert "ends before the picture does" in (outcomes[1].error or "")


def test_the_structural_check_accepts_trailing_data_and_refuses_non_jpegs(tmp_path: Path) -> None:
    source = photo(tmp_path, "motion.jpg")
    with_video = tmp_path / "src" / "motion-photo.jpg"
    with_video.write_bytes(source.read_bytes() + b"\x00\x00\x00\x18ftypmp42 video follows")
    assert jpeg_is_whole(with_video)
    png = tmp_path / "src" / "x.png"
    Image.new("RGB", (8, 8)).save(png)
    assert not jpeg_is_whole(png)
