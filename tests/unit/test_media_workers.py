"""The importer's worker processes: they end when the importing process is killed, and
workers and imports writing thumbnails into the same folders at once never fail a photo."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PIL import Image

from cle_desktop.media import MediaStore, generate_photo

IMPORTER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from cle_desktop.media import MediaStore, batch
    if sys.argv[3] == "parent-check":  # as on a system without PR_SET_PDEATHSIG
        batch._kernel_kills_orphan = lambda: False
    if sys.argv[4] == "hang":  # every photo hangs, as on a slow card or a hung network share
        real = batch.import_one
        def import_one(*args):
            time.sleep(600)
            return real(*args)
        import_one.__module__, import_one.__qualname__ = real.__module__, real.__qualname__
        batch.import_one = import_one
    paths = [Path(p) for p in json.loads(sys.argv[2])]
    outcomes = batch.import_batch(paths, MediaStore(Path(sys.argv[1])), workers=4)
    print(json.dumps([o.error for o in outcomes if not o.ok]))
    """
)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:  # fields: state, ppid, ...
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its new parent to reap it counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find workers")
@pytest.mark.parametrize("how", ["pdeathsig", "parent-check"])
def test_a_killed_import_leaves_no_worker_behind(tmp_path: Path, how: str) -> None:
    photos = [str(generate_photo(tmp_path / f"p{i}.jpg", 64, 48, seed=i)) for i in range(8)]
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(tmp_path / "media"), json.dumps(photos), how, "hang"]
    )
    try:
        deadline = time.monotonic() + 30
        workers: list[int] = []
        while len(workers) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(proc.pid)
        assert len(workers) >= 4, "the import never started its workers"
        time.sleep(0.3)  # let them take their photos
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    deadline = time.monotonic() + 2.0
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [w for w in workers if _alive(w)]
    for pid in left:  # never leave them to the next test
        os.kill(pid, signal.SIGKILL)
    assert left == [], f"{len(left)} of {len(workers)} workers outlived the killed import"


def test_concurrent_imports_of_the_same_photos_all_succeed(tmp_path: Path) -> None:
    """Four imports of the same 50 photos into one store at once, four workers each: every
    worker races the others to make the same thumbnail folders and files (before the fix,
    about one import in eight lost a photo to "No such file or directory")."""
    photos = [str(generate_photo(tmp_path / f"p{i:02}.jpg", 96, 64, seed=i)) for i in range(50)]
    root = tmp_path / "media"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(root), json.dumps(photos), "pdeathsig", "-"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        assert json.loads(out) == []
    store = MediaStore(root)
    assert len(list(store)) == 50
    thumbs = sorted(store.thumbs.rglob("*"))
    assert [p for p in thumbs if p.name.endswith(".tmp")] == []
    jpegs = [p for p in thumbs if p.is_file()]
    assert len(jpegs) == 50
    for thumb in jpegs:
        with Image.open(thumb) as img:
            img.verify()


def test_thumbnail_writers_racing_to_make_the_same_folder_all_succeed(tmp_path: Path) -> None:
    """Eight writers at once into a folder none of them finds: each must end with its file."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from cle_desktop.media.thumbnails import thumbnail_from_image

    image = Image.new("RGB", (64, 48), (200, 120, 40))
    writers = 8
    for round_ in range(25):
        folder = tmp_path / f"round-{round_}" / "256" / "ab"
        barrier = Barrier(writers)

        def write(i: int, folder: Path = folder, barrier: Barrier = barrier) -> Path:
            dest = folder / f"{i}.jpg"
            barrier.wait()
            thumbnail_from_image(image, dest, 32)
            return dest

        with ThreadPoolExecutor(writers) as pool:
            written = list(pool.map(write, range(writers)))
        assert all(p.is_file() for p in written)
        assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)


def _niceness() -> int:
    return os.nice(0)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities here")
def test_import_workers_run_below_the_window() -> None:
    """The workers yield the cores to the app (a note-taker's autosave during an import)."""
    from concurrent.futures import ProcessPoolExecutor

    from cle_desktop.media import batch

    with ProcessPoolExecutor(
        max_workers=1, initializer=batch.start_worker, initargs=(os.getpid(),)
    ) as pool:
        worker = pool.submit(_niceness).result(timeout=30)
    assert worker >= min(19, os.nice(0) + batch.WORKER_NICENESS)


def test_an_import_holds_the_write_lock_for_short_transactions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Photos are recorded a few at a time, bounded in time: with a bound of zero each photo
    is its own transaction, so a waiting autosave gets the lock between two photos."""
    from cle_desktop.services import Services, photos
    from cle_desktop.storage.database import Database

    for i in range(6):
        generate_photo(tmp_path / "in" / f"p{i}.jpg", 320, 240, seed=i)
    services = Services.over(Database.open(tmp_path / "cle.db", state_dir=tmp_path / "state"))
    gid = services.gatherings.create("Short transactions")
    commits: list[int] = []
    services.db.on_commit(lambda: commits.append(1))
    monkeypatch.setattr(photos, "TRANSACTION_SECONDS", 0.0)
    report = services.photos.import_files(gid, [tmp_path / "in"], workers=1)
    assert len(report.imported) == 6 and len(commits) == 6
    services.db.close()
