"""Phone photos in HEIC: real HEIF files written here by pillow-heif (libheif's HEVC encoder)
from the camera test photos, with their EXIF (time, GPS) and an orientation, imported like
JPEGs; cut-off and damaged copies refused with a sentence; exports carry no metadata."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from cle_desktop.media import (
    MediaStore,
    PhotoTruncated,
    PhotoUnreadable,
    export_copy_without_metadata,
    import_batch,
    make_thumbnail,
    probe_image,
)
from cle_desktop.media.heif import ensure_heif_opener, heif_is_whole

SANTA_FE = (35.687, -105.938)


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    return float(degrees), float(minutes), round(((value - degrees) * 60 - minutes) * 60, 4)


def write_heic(
    path: Path,
    picture: Image.Image,
    *,
    taken: str | None = "2026:10:14 10:30:05",
    offset: str | None = "-06:00",
    gps: tuple[float, float] | None = SANTA_FE,
    orientation: int = 1,
    exif: Image.Exif | None = None,
) -> Path:
    """Save ``picture`` as HEIC the way a phone does: EXIF with the shutter time, its UTC
    offset, GPS, and an orientation (libheif writes the matching rotation box)."""
    ensure_heif_opener()
    exif = exif if exif is not None else Image.Exif()
    exif[ExifTags.Base.Make] = "Apple"
    exif[ExifTags.Base.Orientation] = orientation
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    if taken:
        sub[ExifTags.Base.DateTimeOriginal] = taken
    if offset:
        sub[ExifTags.Base.OffsetTimeOriginal] = offset
    if gps:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        info[ExifTags.GPS.GPSLatitudeRef] = "N" if gps[0] >= 0 else "S"
        info[ExifTags.GPS.GPSLatitude] = _dms(gps[0])
        info[ExifTags.GPS.GPSLongitudeRef] = "E" if gps[1] >= 0 else "W"
        info[ExifTags.GPS.GPSLongitude] = _dms(gps[1])
    picture.save(path, format="HEIF", exif=exif.tobytes(), quality=70)
    assert path.read_bytes()[4:12] == b"ftypheic"
    return path


def two_halves(width: int = 160, height: int = 80) -> Image.Image:
    """A sensor picture whose left half is red and right half blue (to see a rotation)."""
    img = Image.new("RGB", (width, height), (220, 20, 20))
    img.paste((20, 20, 220), (width // 2, 0, width, height))
    return img


def test_a_heic_photo_reads_its_time_place_and_size(tmp_path: Path) -> None:
    path = write_heic(tmp_path / "IMG_5195.HEIC", two_halves())
    info = probe_image(path)
    assert (info.format, info.mime) == ("HEIF", "image/heic")
    assert (info.display_width, info.display_height) == (160, 80)
    assert info.taken_at == datetime(2026, 10, 14, 10, 30, 5, tzinfo=timezone(timedelta(hours=-6)))
    assert info.gps_lat == pytest.approx(SANTA_FE[0], abs=1e-5)
    assert info.gps_lon == pytest.approx(SANTA_FE[1], abs=1e-5)


def test_a_phone_held_upright_gives_an_upright_photo_and_thumbnail(tmp_path: Path) -> None:
    """Orientation 6: the sensor's left edge is the top. libheif turns the pixels while
    decoding, so the photo is portrait with red on top, and the thumbnail is not turned twice."""
    path = write_heic(tmp_path / "IMG_0001.HEIC", two_halves(), orientation=6)
    info = probe_image(path)
    assert (info.display_width, info.display_height) == (80, 160)
    thumb = tmp_path / "thumb.jpg"
    make_thumbnail(path, thumb, 64)
    with Image.open(thumb) as small:
        assert small.height > small.width
        top = small.convert("RGB").getpixel((small.width // 2, 3))
        bottom = small.convert("RGB").getpixel((small.width // 2, small.height - 4))
    assert top[0] > 150 > top[2] and bottom[2] > 150 > bottom[0]


def test_camera_photos_as_heic_keep_their_gps(photos_gps: Path, tmp_path: Path) -> None:
    """The public camera samples, re-encoded as HEIC with their own EXIF, read the same
    position and time as the JPEGs they came from."""
    for source in sorted(photos_gps.glob("*.jpg"))[:2]:
        with Image.open(source) as jpeg:
            exif = jpeg.getexif()
            jpeg.draft("RGB", (320, 320))
            picture = jpeg.convert("RGB")
            picture.thumbnail((320, 320))
        heic = tmp_path / f"{source.stem}.heic"
        ensure_heif_opener()
        picture.save(heic, format="HEIF", exif=exif.tobytes(), quality=60)
        want, got = probe_image(source), probe_image(heic)
        assert got.format == "HEIF"
        assert got.gps_lat == pytest.approx(want.gps_lat, abs=1e-6)
        assert got.gps_lon == pytest.approx(want.gps_lon, abs=1e-6)
        assert got.taken_at == want.taken_at


def test_heic_imports_in_workers_and_exports_without_metadata(tmp_path: Path) -> None:
    folder = tmp_path / "phone"
    folder.mkdir()
    for i in range(3):
        write_heic(folder / f"IMG_{i:04d}.HEIC", two_halves(200 + i, 100), orientation=6)
    outcomes = import_batch([folder], MediaStore(tmp_path / "media"), workers=2)
    assert [o.ok for o in outcomes] == [True, True, True]
    assert all(o.info is not None and o.info.has_position for o in outcomes)
    clean = tmp_path / "clean.jpg"
    export_copy_without_metadata(folder / "IMG_0000.HEIC", clean, max_side=120)
    with Image.open(clean) as out:
        assert out.format == "JPEG"
        assert out.height > out.width  # upright
        exif = out.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo) and ExifTags.IFD.GPSInfo not in exif
        assert "exif" not in out.info and ExifTags.Base.Make not in exif


def test_a_cut_off_heic_copy_is_refused_with_a_sentence(tmp_path: Path) -> None:
    whole = write_heic(tmp_path / "IMG_5195.HEIC", two_halves(640, 480))
    assert heif_is_whole(whole)
    data = whole.read_bytes()
    cut = tmp_path / "IMG_5196.HEIC"
    cut.write_bytes(data[: len(data) * 2 // 3])
    assert not heif_is_whole(cut)
    with pytest.raises(PhotoTruncated) as caught:
        probe_image(cut)
    assert str(caught.value) == (
        "IMG_5196.HEIC is incomplete (the file ends before the picture does), so it was "
        "probably cut off while copying: copy it again from the camera or card."
    )


def test_a_heic_with_a_damaged_header_is_refused_with_a_sentence(tmp_path: Path) -> None:
    data = bytearray(write_heic(tmp_path / "a.heic", two_halves()).read_bytes())
    meta = data.index(b"meta")
    data[meta + 12 : meta + 120] = bytes(range(108))  # the boxes that say where the picture is
    broken = tmp_path / "IMG_7000.HEIC"
    broken.write_bytes(bytes(data))
    with pytest.raises(PhotoUnreadable) as caught:
        probe_image(broken)
    assert not isinstance(caught.value, PhotoTruncated)
    assert str(caught.value) == "IMG_7000.HEIC is not a photo we can read (its header is damaged)."
