"""Reading a database whose disk is full: for a bundle or a backup written to another drive.

A WAL database needs its ``-shm`` file (the shared wal-index, 32 KB) to be read, and SQLite
makes and grows it on the first read. With 0 bytes free on the database's disk that fails
("disk I/O error"), and so did every way out: ``sync export`` and ``backup`` to a USB stick
could not even open the file. The connection here tries, in turn:

1. a plain read-only connection (works whenever the wal-index exists at its size, e.g. while
   the app is open, or when there is room to make it);
2. ``readonly_shm=1`` over an empty ``-shm`` file (creating an empty file takes no data
   block): SQLite then keeps the wal-index in its own memory and reads the ``-wal`` file
   directly, so changes a killed app left in the WAL are still seen;
3. ``immutable=1``, only when there is no ``-wal`` content at all (immutable ignores it).

Nothing here writes to the database's disk beyond that empty file. Opening this way never
migrates: a file that needs upgrading needs room, and the sentence says so.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase
from cle_desktop.storage.engine import BUSY_TIMEOUT_MS

if TYPE_CHECKING:
    from cle_desktop.storage.database import Database

#: Fewer free bytes than this on a database's disk and opening it normally is not tried first
#: when only reading is wanted (SQLite needs 32 KB for the wal-index, more for a checkpoint).
LOW_SPACE_BYTES = 1024 * 1024


class ReadOnlyOpenError(Exception):
    """The file cannot be read even read-only; the message is a sentence."""


def free_bytes(path: Path) -> int | None:
    """Free bytes on the disk holding ``path`` (None if that cannot be asked)."""
    try:
        return shutil.disk_usage(Path(path).parent).free
    except OSError:
        return None


def disk_is_full(path: Path) -> bool:
    free = free_bytes(path)
    return free is not None and free < LOW_SPACE_BYTES


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in {"mode": "ro", **params}.items())
    return f"file:{quote(str(Path(path).absolute()))}?{query}"


def _try(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _has_wal_content(path: Path) -> bool:
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only ``sqlite3`` connection that needs no free space (see the module notes)."""
    path = Path(path)
    if not path.is_file():
        raise ReadOnlyOpenError(f"There is no database at {path}.")
    first: sqlite3.Error | None = None
    try:
        return _try(_uri(path))
    except sqlite3.Error as exc:
        first = exc
    shm = Path(f"{path}-shm")
    try:
        if not shm.exists():
            shm.touch()  # an empty file: an inode, no data block
        return _try(_uri(path, readonly_shm="1"))
    except (OSError, sqlite3.Error):
        pass
    if not _has_wal_content(path):
        try:
            return _try(_uri(path, immutable="1"))
        except sqlite3.Error:
            pass
    raise ReadOnlyOpenError(f"{path} could not be read: {first}.") from first


def read_only_engine(path: Path) -> Engine:
    """A SQLAlchemy engine whose every connection comes from :func:`connect_for_reading`."""
    return create_engine(
        f"sqlite:///{Path(path).absolute()}",
        creator=lambda: connect_for_reading(path),
        poolclass=NullPool,
    )


def open_for_reading(path: Path, *, state_dir: Path | None = None) -> Database:
    """The database at ``path``, read through :func:`connect_for_reading`; for reading only.

    For a bundle or a backup when the file's disk is full. The file must already be at the
    schema head (upgrading writes); any write through it fails (the connection is read-only).
    """
    from cle_desktop.storage.database import Database, DatabaseError
    from cle_desktop.storage.device import resolve_device_id
    from cle_desktop.storage.engine import make_session_factory
    from cle_desktop.storage.hlc import HybridClock, Timestamp
    from cle_desktop.storage.migrations import head_revision
    from cle_desktop.storage.models import Change, LocalSetting

    path = Path(path).expanduser()
    engine = read_only_engine(path)
    try:
        factory = make_session_factory(engine)
        with factory() as session:
            try:
                revision = session.execute(text("SELECT version_num FROM alembic_version"))
                current = revision.scalar()
            except OperationalError:
                current = None
            if current != head_revision():
                raise DatabaseError(
                    f"{path} needs upgrading by this version of CLE Desktop before it can be "
                    f"read, and upgrading needs free space: {no_space_sentence(path)}."
                )
            instance = session.get(LocalSetting, "db_instance_id")
            last = session.scalar(select(func.max(Change.hlc)))
        if instance is None or not instance.value:
            raise DatabaseError(f"{path} was never fully created; open it once with free space.")
        device_id = resolve_device_id(path, str(instance.value), state_dir)
    except ReadOnlyOpenError as exc:
        engine.dispose()
        raise DatabaseError(str(exc)) from exc
    except (OSError, sqlite3.Error, OperationalError) as exc:
        engine.dispose()
        raise DatabaseError(f"{path} could not be read: {exc}.") from exc
    except BaseException:
        engine.dispose()
        raise
    clock = HybridClock(Timestamp.decode(last) if last else None)
    return Database(path, engine, factory, device_id, clock, state_dir=state_dir)


def no_space_sentence(path: Path, needed: int | None = None) -> str:
    """Why a write to ``path``'s disk failed, in words, with what to do."""
    return str(no_space_phrase(path, needed))


def no_space_phrase(path: Path, needed: int | None = None) -> Phrase:
    """:func:`no_space_sentence` as a phrase, so the window can say it in Spanish too."""
    free = free_bytes(path)
    folder = Path(path).parent
    if needed:
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the disk holding {folder} is full ({free} free and about {needed} is needed); "
                "free some space there or choose another drive",
            ),
            {"folder": folder, "free": _megabytes(free), "needed": _megabytes(needed)},
        )
    return Phrase(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the disk holding {folder} is full ({free} free); free some space there or choose "
            "another drive",
        ),
        {"folder": folder, "free": _megabytes(free)},
    )


def _megabytes(size: int | None) -> str | Phrase:
    return f"{size / 1e6:.1f} MB" if size else Phrase(QT_TRANSLATE_NOOP("Errors", "nothing"))


def is_no_space(exc: BaseException) -> bool:
    """True for every way SQLite and the OS say a disk has no room."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code == getattr(sqlite3, "SQLITE_FULL", 13):
        return True
    return "database or disk is full" in str(exc)
