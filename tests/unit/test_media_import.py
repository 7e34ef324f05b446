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


@pytest.mark.parametrize("refuses", ["nothing", "O_DIRECT at open", "O_DIRECT writes"])
@pytest.mark.parametrize("size", [4096 * 3, 1_000_003, 8 * 1024 * 1024 + 5])
def test_the_store_copies_exactly_with_or_without_direct_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refuses: str, size: int
) -> None:
    """The copy pads the last chunk for O_DIRECT and cuts the file back; filesystems that
    refuse O_DIRECT (at open, or a write's alignment) get buffered writes, and either way the
    stored bytes are the source's and are named by their hash. Sizes: block-aligned, odd,
    and past the 8 MiB copy buffer."""
    import hashlib

    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(size))
    o_direct = getattr(os, "O_DIRECT", 0)
    real_open, real_write = os.open, os.write

    def refusing_open(path: object, flags: int, *args: object) -> int:
        if flags & o_direct:
            real_open(path, flags & ~o_direct, *args)  # some filesystems create, then refuse
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    def refusing_write(fd: int, data: bytes) -> int:
        import fcntl

        if fcntl.fcntl(fd, fcntl.F_GETFL) & o_direct:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_write(fd, data)

    if refuses != "nothing" and not o_direct:
        pytest.skip("no O_DIRECT on this platform")
    if refuses == "O_DIRECT at open":
        monkeypatch.setattr(os, "open", refusing_open)
    elif refuses == "O_DIRECT writes":
        monkeypatch.setattr(os, "write", refusing_write)
    store = MediaStore(tmp_path / "media")
    sha, stored, new = store.put_file(source)
    assert new and sha == hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.read_bytes() == source.read_bytes()
    assert store.verify(sha)
    assert [p.name for p in store.originals.rglob("*") if p.is_file()] == [sha]


def test_a_stream_that_changes_while_stored_is_named_by_what_was_written(tmp_path: Path) -> None:
    """The hash is taken from the very buffer that is written, never from a second read."""
    import hashlib
    import io

    class Growing(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            self.calls += 1
            if self.calls > 3:
                return 0
            data = bytes([self.calls]) * 5000
            buffer[: len(data)] = data
            return len(data)

    store = MediaStore(tmp_path / "media")
    sha, stored, _ = store.put_stream(Growing())  # type: ignore[arg-type]
    expected = b"".join(bytes([i]) * 5000 for i in (1, 2, 3))
    assert stored.read_bytes() == expected and sha == hashlib.sha256(expected).hexdigest()


def test_store_folders_are_made_on_first_need_even_after_being_removed(tmp_path: Path) -> None:
    """Folders are created when a file cannot be (not checked before every photo), so a store
    whose folders vanished between two imports in one process still stores and thumbnails."""
    import shutil

    photos = [generate_photo(tmp_path / "src" / f"{i}.jpg", 320, 240, seed=i) for i in range(3)]
    store = MediaStore(tmp_path / "media")
    for _ in range(2):
        outcomes = import_batch(photos, store, workers=1)
        assert all(o.ok and o.was_new for o in outcomes), [o.error for o in outcomes]
        for o in outcomes:
            assert store.has(o.sha256 or "") and store.thumbnail_path(o.sha256 or "", 256).is_file()
        shutil.rmtree(store.root)


def test_two_workers_storing_the_same_new_photo_agree_on_who_stored_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race CI once hit: worker A's link fails because the shard folder is missing, worker
    B makes that folder meanwhile. A must retry the (atomic, exclusive) link, never fall back to
    ``os.replace``, which would let A overwrite B's copy and both report the photo as new."""
    from cle_desktop.media import store as store_module

    source = tmp_path / "same.jpg"
    source.write_bytes(b"identical bytes from two folders")
    store = MediaStore(tmp_path / "media")
    real_link = os.link
    links: list[str] = []
    replaced: list[str] = []

    def link_while_another_worker_makes_the_folder(src: str, dst: str) -> None:
        links.append(dst)
        if len(links) == 1:
            Path(dst).parent.mkdir(parents=True, exist_ok=True)  # B, in between
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", dst)
        real_link(src, dst)

    monkeypatch.setattr(store_module.os, "link", link_while_another_worker_makes_the_folder)
    monkeypatch.setattr(store_module.os, "replace", lambda a, b: replaced.append(str(b)))
    sha, stored, was_new = store.put_file(source)
    assert was_new and len(links) == 2 and not replaced
    assert stored.read_bytes() == source.read_bytes()
    # B now stores the same bytes: the exclusive link tells it the photo is already there.
    monkeypatch.setattr(store_module.os, "link", real_link)
    assert store.put_file(source) == (sha, stored, False)
    assert not list(store.originals.glob(".incoming-*"))


def _scribble_on_the_copy_buffer() -> None:
    from cle_desktop.media import store as store_module

    store_module._copy_buffer()[:5] = b"CHILD"


def test_a_forked_worker_never_writes_into_the_parents_copy_buffer(
    photos_gps: Path, tmp_path: Path
) -> None:
    """Import workers are forked. The parent's copy buffer (made by any earlier put in this
    process) must not be the children's: a shared anonymous mapping let two workers copy and
    hash through the same memory, storing wrong bytes under wrong names."""
    import multiprocessing

    from cle_desktop.media import store as store_module

    store = MediaStore(tmp_path / "media")
    store.put_file(photos_gps / "DSCN0010.jpg")  # the parent now has a buffer
    parent = store_module._copy_buffer()
    parent[:5] = b"PARNT"
    child = multiprocessing.get_context("fork").Process(target=_scribble_on_the_copy_buffer)
    child.start()
    child.join(30)
    assert child.exitcode == 0
    assert bytes(store_module._copy_buffer()[:5]) == b"PARNT"

    # And through the real importer: identical bytes under two names are stored once, and
    # every stored original hashes to its name.
    folder = tmp_path / "pair"
    folder.mkdir()
    for i, path in enumerate(sorted(photos_gps.glob("*.jpg"))):
        (folder / f"{i}-{path.name}").write_bytes(path.read_bytes())
        (folder / f"{i}-copy-{path.name}").write_bytes(path.read_bytes())
    outcomes = import_batch([folder], store, workers=4)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    assert len({o.sha256 for o in outcomes}) == len(outcomes) // 2
    assert all(store.verify(sha) for sha in store)


def test_queued_photos_are_read_ahead_and_odd_paths_never_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each photo handed to the pool is first read ahead by the kernel (its bytes come off
    the disk while workers are busy); a missing file or a FIFO is left to the worker."""
    from cle_desktop.media import batch

    if not hasattr(os, "posix_fadvise"):
        pytest.skip("no posix_fadvise here")
    photos = [generate_photo(tmp_path / "src" / f"{i}.jpg", 160, 120, seed=i) for i in range(5)]
    advised: list[int] = []
    real = os.posix_fadvise

    def record(fd: int, offset: int, length: int, advice: int) -> None:
        advised.append(advice)
        real(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", record)
    outcomes = import_batch(photos, MediaStore(tmp_path / "media"), workers=2)
    assert all(o.ok for o in outcomes)
    assert advised == [os.POSIX_FADV_WILLNEED] * len(photos)
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    batch.prefetch(fifo)  # opening a FIFO for reading would wait for a writer
    batch.prefetch(tmp_path / "gone.jpg")
