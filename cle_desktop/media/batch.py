"""Importing a batch of photos: probe, store by content hash, thumbnail; in a process pool.

Decoding dominates the cost of an import, so each file is decoded once, in JPEG draft mode at
the thumbnail size, in a worker process (Pillow's decoders hold the GIL for much of their
work; processes use both cores). One bad file never stops the batch: it comes back as an
outcome with a sentence.

Why twice as many workers as cores: storing a photo waits on the disk (the copy is written
straight to it, then made durable with ``fsync``), about 9 ms of a 20 ms photo on the
benchmark's 2-core machine with camera JPEGs, during which a worker uses no CPU. With one
worker per core the cores sat idle for that time (200 camera photos: 2.1 s, of which the
workers computed for 1.15 s each); with two per core one computes while the other waits
(1.5 s). Photos without a preview barely wait, and the extra workers cost them nothing.

Why each worker watches its parent: the workers are forked, so each holds its own copy of the
pool's pipes and never sees them close; when the app was killed mid-import (SIGKILL, a crash,
a power button held) they lived on, one for over five minutes, holding the photo files. On
Linux a worker asks the kernel to kill it when the parent goes (``PR_SET_PDEATHSIG``; the
"parent" is the thread that forked it, which is the thread running ``import_batch`` and lives
as long as the pool). Elsewhere, or if that call fails, a small thread in the worker checks
twice a second that the parent is still there and ends the worker when it is not.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase

from .errors import MediaError, display_name
from .probe import ImageInfo, opened_photo
from .store import MediaStore
from .thumbnails import thumbnail_from_image

THUMB_SIZE = 256


@dataclass(frozen=True)
class ImportOutcome:
    source: Path
    ok: bool
    info: ImageInfo | None = None
    sha256: str | None = None
    was_new: bool = False
    # The thumbnail was made from the file's embedded preview and waits for its check
    # against the picture itself (``preview_check.check_previews``).
    preview_unchecked: bool = False
    error: str | None = None  # the English sentence
    phrase: Phrase | None = None  # the same, translatable (see cle_desktop.domain.phrases)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and folders walked recursively (sorted, hidden files skipped)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                    out.append(child)
        else:
            out.append(path)
    return out


def default_workers() -> int:
    """Two worker processes per core (see the module notes), at most eight."""
    return min(2 * (os.cpu_count() or 1), 8)


def import_one(source: Path, store_root: Path, thumb_size: int = THUMB_SIZE) -> ImportOutcome:
    """Probe, store and thumbnail one file (runs in a worker process)."""
    store = MediaStore(store_root)
    try:
        with opened_photo(source, draft_size=(thumb_size, thumb_size), use_preview=True) as (
            img,
            info,
        ):
            sha, _stored, was_new = store.put_file(source)
            dest = store.thumbnail_path(sha, thumb_size)
            unchecked = False
            if not dest.is_file():
                if info.preview_used:  # a preview may show another picture: checked later
                    store.mark_preview_unchecked(sha)
                    unchecked = True
                thumbnail_from_image(img, dest, thumb_size, info.orientation, owned=True)
        return ImportOutcome(source, True, info, sha, was_new, preview_unchecked=unchecked)
    except MediaError as exc:
        return _failed(source, exc.phrase)
    except OSError as exc:
        return _failed(
            source,
            Phrase(
                QT_TRANSLATE_NOOP("Errors", "{name} could not be imported: {error}."),
                {"name": display_name(source), "error": exc.strerror or str(exc)},
            ),
        )


def _failed(source: Path, phrase: Phrase) -> ImportOutcome:
    return ImportOutcome(source, False, error=str(phrase), phrase=phrase)


def import_batch(
    paths: Iterable[Path],
    store: MediaStore,
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Import files and folders; outcomes in input order. ``cancelled`` stops new work."""
    files = expand_paths(paths)
    total = len(files)
    results: dict[int, ImportOutcome] = {}
    if not files:
        return []
    workers = workers or default_workers()
    if workers <= 1 or total == 1:
        for index, source in enumerate(files):
            if cancelled and cancelled():
                break
            results[index] = import_one(source, store.root)
            if progress:
                progress(len(results), total)
        return [results[i] for i in sorted(results)]
    with ProcessPoolExecutor(
        max_workers=workers, initializer=start_worker, initargs=(os.getpid(),)
    ) as pool:
        pending: dict[Future[ImportOutcome], int] = {}
        queue = iter(enumerate(files))
        stop = False

        def submit_more() -> None:
            nonlocal stop
            while not stop and len(pending) < workers * 2:
                if cancelled and cancelled():
                    stop = True
                    return
                try:
                    index, source = next(queue)
                except StopIteration:
                    return
                pending[pool.submit(import_one, source, store.root)] = index
                prefetch(source)

        submit_more()
        while pending:
            done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                index = pending.pop(future)
                try:
                    results[index] = future.result()
                except Exception as exc:  # a crashed worker: report, keep going
                    results[index] = _failed(
                        files[index],
                        Phrase(
                            QT_TRANSLATE_NOOP("Errors", "{name} could not be imported ({error})."),
                            {"name": display_name(files[index]), "error": str(exc)},
                        ),
                    )
                if progress:
                    progress(len(results), total)
            submit_more()
    return [results[i] for i in sorted(results)]


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_CHECK_SECONDS = 0.5


WORKER_NICENESS = 10  # below the window: typing and its autosave come before thumbnails


def start_worker(parent_pid: int) -> None:
    """Worker initializer: a lower CPU (and so disk) priority than the app, and an end when
    the app ends."""
    lower_priority()
    die_with_parent(parent_pid)


def lower_priority() -> None:
    """Yield the cores to the window: on a 2-core laptop four busy workers at the same
    priority made a note-taker's autosave wait 45-60 ms; niced, the scheduler runs the window
    first and the import uses what is left (it takes about as long when nobody types)."""
    if hasattr(os, "nice"):
        try:
            os.nice(WORKER_NICENESS)
        except OSError:
            pass


def die_with_parent(parent_pid: int) -> None:
    """Worker initializer: end this process when the process that started it ends."""
    if not _kernel_kills_orphan():
        threading.Thread(
            target=_watch_parent, args=(parent_pid,), name="watch-parent", daemon=True
        ).start()
    if _parent_gone(parent_pid):  # it died before we asked: nobody would tell us now
        os._exit(1)


def _kernel_kills_orphan() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where that is not had."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _parent_gone(parent_pid: int) -> bool:
    if os.name == "posix":
        return os.getppid() != parent_pid  # an orphan is adopted by init or a subreaper
    parent = multiprocessing.parent_process()  # Windows: the parent's process handle
    return parent is not None and not parent.is_alive()


def _watch_parent(parent_pid: int) -> None:
    while not _parent_gone(parent_pid):
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def prefetch(path: Path) -> None:
    """Ask the kernel to start reading ``path`` now, in the background (where it can).

    A photo waits in the queue for a worker, two per worker: its bytes, which the worker must
    all read to hash them, then come off the disk (or the camera's card) while the workers are
    still busy with earlier photos instead of while one waits. Measured on 200 camera photos
    that were not in the page cache: 1.6-1.8 s without, against 1.3 s when cached.
    """
    fadvise = getattr(os, "posix_fadvise", None)
    if fadvise is None:
        return
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return  # the worker will say what is wrong with it
    try:
        fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
    except OSError:
        pass
    finally:
        os.close(fd)
