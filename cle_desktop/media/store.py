"""Content-addressed media folder: every photo is kept once, under its SHA-256.

Layout (beside the database)::

    <root>/sha256/ab/ab12...ef          original bytes, never modified
    <root>/thumbs/256/ab/ab12...ef.jpg  thumbnails: a cache, safe to delete
    <root>/unchecked-previews/ab12...ef  a thumbnail made from the camera's preview, to be
                                         compared with the photo itself (``preview_check``)

Why content addressing: several laptops capture the same gathering and merge later; a photo
is identified by its bytes, so the same picture imported on two laptops (or twice on one)
is one file, sync bundles carry each photo once, and a record can never point at a
different picture than the one it was made with.

Why the write path looks the way it does: the copy goes to a hidden temporary file in the
same folder tree (same filesystem), is hashed while it streams, ``fsync``-ed, and only then
gets its final name in one atomic step. A crash, a yanked USB cable or a full disk therefore
never leaves a half-written file under a real hash; at worst a ``.incoming-*`` file stays
behind, which ``remove_stale_partials`` cleans up.

Why the copy goes through one reused buffer and, on Linux, ``O_DIRECT``: an import writes a few
hundred megabytes that the app seldom reads back. Measured on the benchmark's 3 MB camera
JPEGs, storing one cost about 6 ms of CPU with the old path (``copy_file_range``, then reading
the copy back to hash it: the kernel filled fresh page-cache pages for the copy and copied
them out again) and about 3.9 ms now: each chunk is read once into a page-aligned buffer that
is reused (no fresh pages to fault in), hashed there and written with ``O_DIRECT`` (straight
to the disk, no page cache to fill); the ``fsync`` after it is still what makes it durable.
The hash is of the very bytes written, so a source that changes while we copy still gets the
name of what was stored. Filesystems that refuse ``O_DIRECT`` (tmpfs on older kernels, some
FUSE and network mounts) or its alignment get ordinary buffered writes, decided per file.
"""

from __future__ import annotations

import errno
import hashlib
import mmap
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase
from cle_desktop.storage.durable import fsync_dir

from .errors import MediaMissing, MediaStoreFull, PhotoUnreadable

__all__ = ["MediaStore", "PutResult"]

_CHUNK = 1024 * 1024
# The copy buffer: most photos fit in one chunk; a multiple of any disk's block size.
_COPY_CHUNK = 8 * 1024 * 1024
# O_DIRECT wants the buffer, the offset and the length aligned to the logical block size
# (512 or 4096 bytes on today's disks): 4096 satisfies both.
_ALIGN = 4096
_O_DIRECT: int = getattr(os, "O_DIRECT", 0)
# One copy buffer per thread (anonymous mmap: page-aligned), kept for the next photo.
_buffers = threading.local()
_T = TypeVar("_T")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_PARTIAL_PREFIX = ".incoming-"
# errno values that all mean "no room left" to a person.
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}

# errno values with which a filesystem says it has no hard links (FAT, some network shares).
_NO_HARD_LINKS = {
    errno.EPERM,
    errno.EOPNOTSUPP,
    getattr(errno, "ENOTSUP", errno.EOPNOTSUPP),
    errno.ENOSYS,
    errno.EMLINK,
}

#: (sha256, stored path, was_new)
PutResult = tuple[str, Path, bool]


class MediaStore:
    """The media folder of one database. Cheap to construct; touches the disk lazily."""

    def __init__(self, root: Path, *, durable_names: bool = True) -> None:
        """``durable_names=False`` is for a staging store (a sync import's): each photo's
        bytes are still made durable, since they are moved into the real store, but the
        folders and names are not, since the whole folder goes once the import ends. That
        saved two folder ``fsync`` calls per photo (300 photos: ~480 calls, 1-2 s)."""
        self.root = Path(root)
        self.durable_names = durable_names
        self.originals = self.root / "sha256"
        self.thumbs = self.root / "thumbs"
        self.unchecked = self.root / "unchecked-previews"

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
            source = path.open("rb", buffering=0)
        except FileNotFoundError:
            raise PhotoUnreadable(
                path, QT_TRANSLATE_NOOP("Errors", "the file is no longer there")
            ) from None
        except PermissionError:
            raise PhotoUnreadable(
                path, QT_TRANSLATE_NOOP("Errors", "this computer does not let us open it")
            ) from None
        except IsADirectoryError:
            raise PhotoUnreadable(path, QT_TRANSLATE_NOOP("Errors", "it is a folder")) from None
        with source:
            return self._put_stream(source, label=path, expected=None)

    def put_stream(
        self, stream: BinaryIO, *, label: str = "photo", expected_sha256: str | None = None
    ) -> PutResult:
        """Like ``put_file`` for an open binary stream (a sync bundle member, say).

        With ``expected_sha256`` the bytes must hash to it, or ``ValueError`` is raised and
        nothing is stored: a bundle cannot smuggle different bytes under a known name.
        """
        expected = self.normalise_sha(expected_sha256) if expected_sha256 else None
        return self._put_stream(stream, label=Path(label), expected=expected)

    def _put_stream(self, stream: BinaryIO, *, label: Path, expected: str | None) -> PutResult:
        partial = self.originals / f"{_PARTIAL_PREFIX}{secrets.token_hex(8)}.part"
        hasher = hashlib.sha256()
        written = 0
        try:
            fd, direct = _open_partial(partial, self.durable_names)
            try:
                written = _copy_hashing(stream, fd, hasher, label, direct)
                os.fsync(fd)
            finally:
                os.close(fd)
            digest = hasher.hexdigest()
            if expected is not None and digest != expected:
                raise ValueError(f"content hashes to {digest}, not the expected {expected}")
            final = self.path_for(digest)
            was_new = _publish(partial, final, self.durable_names)
            if was_new and self.durable_names:
                fsync_dir(final.parent)
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

    # --- thumbnails made from a preview, not yet compared with the photo -------------------

    def mark_preview_unchecked(self, sha256: str) -> None:
        """Note that this photo's thumbnail came from its embedded preview (an empty file).

        Written before the thumbnail, so a crash in between leaves a mark, never an unchecked
        thumbnail without one; the check then finds whatever is there."""
        digest = self.normalise_sha(sha256)
        try:
            (self.unchecked / digest).touch()
        except FileNotFoundError:
            self.unchecked.mkdir(parents=True, exist_ok=True)
            (self.unchecked / digest).touch()

    def unchecked_previews(self) -> list[str]:
        """Photos whose preview-made thumbnail still waits for its check, oldest first."""
        try:
            marks = [(m.stat().st_mtime, m.name) for m in self.unchecked.iterdir()]
        except FileNotFoundError:
            return []
        return [name for _, name in sorted(marks) if _SHA256.fullmatch(name)]

    def clear_preview_mark(self, sha256: str) -> None:
        _unlink_quietly(self.unchecked / self.normalise_sha(sha256))

    def remove(self, sha256: str) -> bool:
        """Delete an original and its thumbnails (consent purge). True if anything went."""
        digest = self.normalise_sha(sha256)
        removed = _unlink_quietly(self.path_for(digest))
        if self.thumbs.is_dir():
            for size_dir in self.thumbs.iterdir():
                removed = _unlink_quietly(size_dir / digest[:2] / f"{digest}.jpg") or removed
        _unlink_quietly(self.unchecked / digest)
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


def _open_partial(partial: Path, durable: bool = True) -> tuple[int, bool]:
    """Create the temporary file, with ``O_DIRECT`` where the filesystem takes it.

    Returns the descriptor and whether it is in direct mode. Some filesystems create the file
    and then refuse the flag, so a refusal removes that file before trying again without it.
    The folder is created only when the file cannot be (``_made_folder``).
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    if _O_DIRECT:
        try:
            opened = _made_folder(
                lambda: os.open(partial, flags | _O_DIRECT, 0o644), partial, durable
            )
            return opened, True
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.EOPNOTSUPP):
                raise
            _unlink_quietly(partial)
    return _made_folder(lambda: os.open(partial, flags, 0o644), partial, durable), False


def _made_folder(create: Callable[[], _T], path: Path, durable: bool = True) -> _T:
    """Run ``create`` (which makes ``path``), making ``path``'s folders first if they are missing.

    Asking first (``mkdir(exist_ok=True)`` before every file) costs a failing system call that
    takes the parent folder's lock, for every photo of an import, while the other workers are
    creating and linking files in that folder; the folders exist for all but the first photo
    of each shard. A folder made here is made durable in its own parent.
    """
    try:
        return create()
    except FileNotFoundError:
        pass
    # Another worker may have made the folder since ``create`` failed: ``exist_ok`` and one
    # retry cover that race (re-raising here made two workers both "store" the same photo).
    path.parent.mkdir(parents=True, exist_ok=True)
    if durable:
        fsync_dir(path.parent.parent)
    return create()


def _copy_buffer() -> mmap.mmap:
    """This thread's page-aligned copy buffer (reused: no fresh pages to fault in per photo).

    Private to this process: an anonymous mmap is *shared* with forked children by default,
    and the import's worker processes are forked, so a buffer the parent had made (a sync
    import, an earlier single-photo import) was one buffer for every worker at once. Two
    workers then copied and hashed through the same memory: wrong bytes stored under wrong
    names (CI saw the same photo stored as new twice). The mapping is made copy-on-write
    (``MAP_PRIVATE``) where the platform allows, and a buffer made by another process is
    never reused.
    """
    pid = os.getpid()
    buffer: mmap.mmap | None = getattr(_buffers, "buffer", None)
    if buffer is None or getattr(_buffers, "pid", None) != pid:
        private = getattr(mmap, "MAP_PRIVATE", None)
        anonymous = getattr(mmap, "MAP_ANONYMOUS", None)
        if private is not None and anonymous is not None:
            buffer = mmap.mmap(-1, _COPY_CHUNK, flags=private | anonymous)
        else:  # Windows: no fork, so nothing can share it
            buffer = mmap.mmap(-1, _COPY_CHUNK)
        _buffers.buffer, _buffers.pid = buffer, pid
    return buffer


def _copy_hashing(
    stream: BinaryIO, fd: int, hasher: hashlib._Hash, label: Path, direct: bool
) -> int:
    """Copy ``stream`` to ``fd`` chunk by chunk, hashing each chunk as it is written.

    In direct mode the last chunk is padded with zeros to the block size and the file is cut
    back to its true length afterwards. Returns the number of bytes copied.
    """
    copied = 0
    padded = False
    with memoryview(_copy_buffer()) as view:
        while True:
            n = _fill(stream, view, label)
            if n == 0:
                break
            hasher.update(view[:n])
            length = n
            if direct and n % _ALIGN:
                length = n + _ALIGN - n % _ALIGN
                view[n:length] = bytes(length - n)
                padded = True
            direct = _write_all(fd, view[:length], direct)
            copied += n
            if n < len(view):  # _fill stops short only at the end of the stream
                break
    if padded:
        os.ftruncate(fd, copied)
    return copied


def _fill(stream: BinaryIO, view: memoryview, label: Path) -> int:
    """Read into ``view`` until it is full or the stream ends; return the bytes read."""
    readinto = getattr(stream, "readinto", None)
    filled = 0
    while filled < len(view):
        try:
            if readinto is not None:
                n = readinto(view[filled:]) or 0
            else:
                chunk = stream.read(min(_CHUNK, len(view) - filled))
                n = len(chunk)
                view[filled : filled + n] = chunk
        except OSError as exc:
            raise PhotoUnreadable(
                label,
                Phrase(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the disk reported an error while reading it: {error}"
                    ),
                    {"error": exc.strerror},
                ),
            ) from None
        if n == 0:
            break
        filled += n
    return filled


def _write_all(fd: int, data: memoryview, direct: bool) -> bool:
    """Write all of ``data`` (``os.write`` may write less than asked); return the mode left.

    A direct write the filesystem refuses (``EINVAL``: alignment it does not accept) switches
    the file to buffered writes and carries on at the same offset: a refused write wrote
    nothing.
    """
    while data:
        try:
            n = os.write(fd, data)
        except OSError as exc:
            if not direct or exc.errno != errno.EINVAL:
                raise
            _stop_direct(fd)
            direct = False
            continue
        data = data[n:]
    return direct


def _stop_direct(fd: int) -> None:
    import fcntl  # O_DIRECT exists only where fcntl does (Linux)

    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~_O_DIRECT)


def _publish(partial: Path, final: Path, durable: bool = True) -> bool:
    """Give ``partial`` its final name atomically; False if the content was already there.

    A hard link fails if the name exists, so two processes storing the same photo at the same
    moment agree on which one stored it. Filesystems without hard links (FAT on a stick)
    fall back to ``os.replace``, equally atomic: both writers hold identical bytes.
    """
    try:
        _made_folder(lambda: os.link(partial, final), final, durable)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS or not partial.exists():
            raise
        if final.exists():
            return False
        os.replace(partial, final)
        return True


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
