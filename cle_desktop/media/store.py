"""Content-addressed media folder: every photo is kept once, under its SHA-256.

Layout (beside the database)::

    <root>/sha256/ab/ab12...ef          original bytes, never modified
    <root>/thumbs/256/ab/ab12...ef.jpg  thumbnails: a cache, safe to delete

Why content addressing: several laptops capture the same gathering and merge later; a photo
is identified by its bytes, so the same picture imported on two laptops (or twice on one)
is one file, sync bundles carry each photo once, and a record can never point at a
different picture than the one it was made with.

Why the write path looks the way it does: the copy goes to a hidden temporary file in the
same folder tree (same filesystem), is hashed while it streams, ``fsync``-ed, and only then
gets its final name in one atomic step. A crash, a yanked USB cable or a full disk therefore
never leaves a half-written file under a real hash; at worst a ``.incoming-*`` file stays
behind, which ``remove_stale_partials`` cleans up.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import MediaMissing, MediaStoreFull, PhotoUnreadable

__all__ = ["MediaStore", "PutResult"]

_CHUNK = 1024 * 1024
_KERNEL_CHUNK = 64 * 1024 * 1024
# "This cannot be done here" from copy_file_range/sendfile: fall back to reading and writing.
_NO_KERNEL_COPY = {
    errno.ENOSYS,
    errno.EXDEV,
    errno.EINVAL,
    errno.EOPNOTSUPP,
    errno.EBADF,
    errno.EPERM,
    getattr(errno, "ENOTSUP", errno.EOPNOTSUPP),
}
_SHA256 = re.compile(r"[0-9a-f]{64}")
_PARTIAL_PREFIX = ".incoming-"
# errno values that all mean "no room left" to a person.
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}

#: (sha256, stored path, was_new)
PutResult = tuple[str, Path, bool]


class MediaStore:
    """The media folder of one database. Cheap to construct; touches the disk lazily."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.originals = self.root / "sha256"
        self.thumbs = self.root / "thumbs"

    def __repr__(self) -> str:
        return f"MediaStore({str(self.root)!r})"

    # --- names ------------------------------------------------------------------------------

    @staticmethod
    def normalise_sha(sha256: str) -> str:
        """Lower-case hex digest, or ``ValueError``: a hash never becomes a path unchecked."""
        digest = sha256.strip().lower() if isinstance(sha256, str) else ""
        if not _SHA256.fullmatch(digest):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return digest

    def path_for(self, sha256: str) -> Path:
        """Where the original with this hash lives (whether or not it is there)."""
        digest = self.normalise_sha(sha256)
        return self.originals / digest[:2] / digest

    def thumbnail_path(self, sha256: str, size: int) -> Path:
        """Where the ``size``-pixel thumbnail of this photo is cached."""
        digest = self.normalise_sha(sha256)
        if not isinstance(size, int) or size <= 0:
            raise ValueError(f"thumbnail size must be a positive integer, not {size!r}")
        return self.thumbs / str(size) / digest[:2] / f"{digest}.jpg"

    def has(self, sha256: str) -> bool:
        """True when the original is present."""
        return self.path_for(sha256).is_file()

    def open(self, sha256: str) -> BinaryIO:
        """Open the original for reading; ``MediaMissing`` if it is not in the folder."""
        try:
            return self.path_for(sha256).open("rb")
        except FileNotFoundError:
            raise MediaMissing(self.normalise_sha(sha256)) from None

    def __iter__(self) -> Iterator[str]:
        """Every stored hash (sorted per shard), e.g. for a bundle or a consistency check."""
        if not self.originals.is_dir():
            return
        for shard in sorted(self.originals.iterdir()):
            if not shard.is_dir() or len(shard.name) != 2:
                continue
            for item in sorted(shard.iterdir()):
                if _SHA256.fullmatch(item.name) and item.name.startswith(shard.name):
                    yield item.name

    # --- writing ----------------------------------------------------------------------------

    def put_file(self, path: Path) -> PutResult:
        """Copy a file into the store; return ``(sha256, stored_path, was_new)``.

        The same bytes put twice are stored once (the second call returns ``was_new=False``).
        Raises ``MediaStoreFull`` when the disk fills up (nothing partial is left) and
        ``PhotoUnreadable`` when the source cannot be read.
        """
        path = Path(path)
        try:
            source = path.open("rb")
        except FileNotFoundError:
            raise PhotoUnreadable(path, "the file is no longer there") from None
        except PermissionError:
            raise PhotoUnreadable(path, "this computer does not let us open it") from None
        except IsADirectoryError:
            raise PhotoUnreadable(path, "it is a folder") from None
        with source:
            return self._put_stream(source, label=path, expected=None, kernel_copy=True)

    def put_stream(
        self, stream: BinaryIO, *, label: str = "photo", expected_sha256: str | None = None
    ) -> PutResult:
        """Like ``put_file`` for an open binary stream (a sync bundle member, say).

        With ``expected_sha256`` the bytes must hash to it, or ``ValueError`` is raised and
        nothing is stored: a bundle cannot smuggle different bytes under a known name.
        """
        expected = self.normalise_sha(expected_sha256) if expected_sha256 else None
        return self._put_stream(stream, label=Path(label), expected=expected)

    def _put_stream(
        self,
        stream: BinaryIO,
        *,
        label: Path,
        expected: str | None,
        kernel_copy: bool = False,
    ) -> PutResult:
        partial = self.originals / f"{_PARTIAL_PREFIX}{secrets.token_hex(8)}.part"
        hasher = hashlib.sha256()
        written = 0
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            self.originals.mkdir(parents=True, exist_ok=True)
            fd = os.open(partial, flags, 0o644)
            try:
                if kernel_copy and _copy_in_kernel(stream, fd, label):
                    # The kernel copied the file (several times faster than reading and
                    # writing it here); hash what landed on our side, so the name is the
                    # hash of the stored bytes even if the source changed meanwhile.
                    written = _hash_fd(fd, hasher)
                else:
                    written = _copy_in_python(stream, fd, hasher, label)
                os.fsync(fd)
            finally:
                os.close(fd)
            digest = hasher.hexdigest()
            if expected is not None and digest != expected:
                raise ValueError(f"content hashes to {digest}, not the expected {expected}")
            final = self.path_for(digest)
            final.parent.mkdir(parents=True, exist_ok=True)
            was_new = _publish(partial, final)
            if was_new:
                _fsync_dir(final.parent)
            return digest, final, was_new
        except OSError as exc:
            if exc.errno in _DISK_FULL:
                raise MediaStoreFull(label, needed_bytes=_size_hint(stream, written)) from None
            raise
        finally:
            _unlink_quietly(partial)

    def ensure_thumbnail(self, sha256: str, size: int = 256) -> Path:
        """Return the cached thumbnail, making it from the original first if needed."""
        from .thumbnails import make_thumbnail  # local: thumbnails imports nothing of ours

        dest = self.thumbnail_path(sha256, size)
        if not dest.is_file():
            original = self.path_for(sha256)
            if not original.is_file():
                raise MediaMissing(self.normalise_sha(sha256))
            make_thumbnail(original, dest, size)
        return dest

    def remove(self, sha256: str) -> bool:
        """Delete an original and its thumbnails (consent purge). True if anything went."""
        digest = self.normalise_sha(sha256)
        removed = _unlink_quietly(self.path_for(digest))
        if self.thumbs.is_dir():
            for size_dir in self.thumbs.iterdir():
                removed = _unlink_quietly(size_dir / digest[:2] / f"{digest}.jpg") or removed
        return removed

    def verify(self, sha256: str) -> bool:
        """Re-hash a stored original; False if it is missing or its bytes changed (disk rot)."""
        digest = self.normalise_sha(sha256)
        hasher = hashlib.sha256()
        try:
            with self.path_for(digest).open("rb") as fh:
                for chunk in iter(lambda: fh.read(_CHUNK), b""):
                    hasher.update(chunk)
        except FileNotFoundError:
            return False
        return hasher.hexdigest() == digest

    def remove_stale_partials(self, older_than_seconds: float = 3600.0) -> int:
        """Delete temporary files a crash left behind; returns how many went."""
        if not self.originals.is_dir():
            return 0
        cutoff = time.time() - older_than_seconds
        count = 0
        for item in self.originals.glob(f"{_PARTIAL_PREFIX}*"):
            try:
                if item.stat().st_mtime < cutoff and _unlink_quietly(item):
                    count += 1
            except OSError:
                continue
        return count


def _copy_in_kernel(stream: BinaryIO, fd: int, label: Path) -> bool:
    """Copy a whole regular file with ``copy_file_range`` (or ``sendfile``); False if the
    platform or filesystem cannot, before anything was written."""
    try:
        source_fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    copied = 0
    for copy in (_copy_file_range, _sendfile):
        try:
            while True:
                n = copy(source_fd, fd, copied)
                if n == 0:
                    return True
                copied += n
        except OSError as exc:
            if exc.errno in _DISK_FULL:
                raise
            if copied or exc.errno not in _NO_KERNEL_COPY:
                raise PhotoUnreadable(
                    label, f"the disk reported an error while copying it: {exc.strerror}"
                ) from None
    return False


def _copy_file_range(source_fd: int, fd: int, offset: int) -> int:
    if not hasattr(os, "copy_file_range"):
        raise OSError(errno.ENOSYS, "copy_file_range is not available")
    return os.copy_file_range(source_fd, fd, _KERNEL_CHUNK, offset, offset)


def _sendfile(source_fd: int, fd: int, offset: int) -> int:
    if not hasattr(os, "sendfile"):
        raise OSError(errno.ENOSYS, "sendfile is not available")
    os.lseek(fd, offset, os.SEEK_SET)
    return os.sendfile(fd, source_fd, offset, _KERNEL_CHUNK)


def _hash_fd(fd: int, hasher: hashlib._Hash) -> int:
    """Feed the whole file behind ``fd`` to ``hasher``; return its length."""
    size = 0
    with open(os.dup(fd), "rb") as copy:
        copy.seek(0)
        for chunk in iter(lambda: copy.read(_CHUNK), b""):
            hasher.update(chunk)
            size += len(chunk)
    return size


def _copy_in_python(stream: BinaryIO, fd: int, hasher: hashlib._Hash, label: Path) -> int:
    written = 0
    while True:
        try:
            chunk = stream.read(_CHUNK)
        except OSError as exc:
            raise PhotoUnreadable(
                label, f"the disk reported an error while reading it: {exc.strerror}"
            ) from None
        if not chunk:
            return written
        hasher.update(chunk)
        _write_all(fd, memoryview(chunk))
        written += len(chunk)


def _write_all(fd: int, data: memoryview) -> None:
    """``os.write`` may write less than asked (signals, pipes); loop until all is written."""
    while data:
        n = os.write(fd, data)
        data = data[n:]


def _publish(partial: Path, final: Path) -> bool:
    """Give ``partial`` its final name atomically; False if the content was already there.

    A hard link fails if the name exists, so two processes storing the same photo at the same
    moment agree on which one stored it. Filesystems without hard links (FAT on a stick)
    fall back to ``os.replace``, equally atomic: both writers hold identical bytes.
    """
    try:
        os.link(partial, final)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise
        if final.exists():
            return False
        os.replace(partial, final)
        return True


def _fsync_dir(directory: Path) -> None:
    """Make the new name durable too (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError:
        return False


def _size_hint(stream: BinaryIO, written: int) -> int | None:
    """The source size if the stream knows it, else what we had written when space ran out."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        return written or None
