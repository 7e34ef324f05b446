"""Photos through Pillow: EXIF compared with Pillow's own reader, bad files reported per file,
content addressing, metadata-free exports."""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from cle_desktop.media import (
    MediaStore,
    MediaStoreFull,
    NotAnImage,
    PhotoTooLarge,
    PhotoTruncated,
    export_copy_without_metadata,
    generate_photo,
    has_gps,
    import_batch,
    make_thumbnail,
    probe_image,
)


def pillow_expectation(path: Path) -> tuple[datetime | None, float | None, float | None]:
    with Image.open(path) as img:
        exif = img.getexif()
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        stamp = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal) or exif.get(
            ExifTags.Base.DateTime
        )

    def deg(values: tuple, ref: str) -> float:  # type: ignore[type-arg]
        d, m, s = (float(v) for v in values)
        value = d + m / 60 + s / 3600
        return -value if ref in ("S", "W") else value

    lat = deg(gps[2], gps[1]) if 2 in gps else None
    lon = deg(gps[4], gps[3]) if 4 in gps else None
    return (datetime.strptime(stamp, "%Y:%m:%d %H:%M:%S") if stamp else None), lat, lon


def test_exif_matches_pillows_own_reader(photos_gps: Path) -> None:
    files = sorted(photos_gps.glob("*.jpg"))
    assert len(files) == 9
    for path in files:
        info = probe_image(path)
        when, lat, lon = pillow_expectation(path)
        assert info.taken_at is not None and when is not None
        assert info.taken_at.replace(tzinfo=None) == when
        assert info.gps_lat == pytest.approx(lat, abs=1e-6) and info.gps_lon == pytest.approx(
            lon, abs=1e-6
        )


def test_bad_files_are_reported_and_the_rest_import(photos_gps: Path, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for path in sorted(photos_gps.glob("*.jpg"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    data = (photos_gps / "DSCN0010.jpg").read_bytes()
    (folder / "truncated.jpg").write_bytes(data[: len(data) // 2])
    (folder / "notes.jpg").write_text("these are my notes, not a photo")
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "🌵 <b>abuela<\\b> مرحبا.jpg").write_bytes(data)
    outcomes = import_batch([folder], MediaStore(tmp_path / "media"), workers=2)
    ok = [o for o in outcomes if o.ok]
    bad = {o.source.name: o.error for o in outcomes if not o.ok}
    assert len(ok) == 4 and set(bad) == {"truncated.jpg", "notes.jpg", "empty.jpg"}
    assert all(isinstance(reason, str) and reason.endswith(".") for reason in bad.values())
    assert sum(1 for o in ok if o.was_new) == 3  # the emoji-named copy is the same bytes
    with pytest.raises(PhotoTruncated):
        probe_image(folder / "truncated.jpg")
    with pytest.raises(NotAnImage):
        probe_image(folder / "notes.jpg")


def test_decompression_bombs_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.png"
    Image.new("RGB", (300, 300), "red").save(path)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 60_000)  # 90,000 pixels: the 1x-2x warning band
    with pytest.raises(PhotoTooLarge):
        probe_image(path)


def test_the_same_file_is_stored_once_and_a_full_disk_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = generate_photo(tmp_path / "p.jpg", 320, 240, seed=1)
    store = MediaStore(tmp_path / "media")
    sha, stored, new = store.put_file(photo)
    assert new and stored == store.root / "sha256" / sha[:2] / sha
    assert store.put_file(photo)[2] is False
    other = generate_photo(tmp_path / "q.jpg", 320, 240, seed=2)

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    monkeypatch.setattr(os, "copy_file_range", full, raising=False)
    monkeypatch.setattr(os, "sendfile", full, raising=False)
    with pytest.raises(MediaStoreFull) as caught:
        store.put_file(other)
    assert "full" in str(caught.value).lower() or "space" in str(caught.value).lower()
    leftovers = [p for p in (store.root / "sha256").rglob("*") if p.is_file() and p != stored]
    assert leftovers == []


def test_exported_copies_have_no_gps_and_thumbnails_are_upright(
    photos_gps: Path, tmp_path: Path
) -> None:
    src = photos_gps / "DSCN0010.jpg"
    assert has_gps(src)
    export_copy_without_metadata(src, tmp_path / "clean.jpg", max_side=800)
    assert not has_gps(tmp_path / "clean.jpg")
    rotated = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° CW when displayed
    Image.new("RGB", (400, 200), "blue").save(rotated, exif=exif.tobytes())
    make_thumbnail(rotated, tmp_path / "thumb.jpg", 100)
    with Image.open(tmp_path / "thumb.jpg") as thumb:
        assert thumb.height > thumb.width


@pytest.mark.parametrize("missing", ["copy_file_range", "both"])
def test_the_store_copies_without_kernel_help_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    """Filesystems (FAT sticks, network shares) that refuse in-kernel copies still store."""
    import hashlib

    photo = generate_photo(tmp_path / "p.jpg", 640, 480, seed=3)

    def refuse(*_args: object) -> int:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    if missing == "both":
        monkeypatch.setattr(os, "sendfile", refuse, raising=False)
    store = MediaStore(tmp_path / "media")
    sha, stored, new = store.put_file(photo)
    assert new and sha == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert stored.read_bytes() == photo.read_bytes()
    assert store.verify(sha)
