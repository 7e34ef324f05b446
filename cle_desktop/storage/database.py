"""Opening a CLE database: engine, migrations (after a backup), device identity, clock.

The :class:`Database` object is what the composition root (``app.py``/``cli.py``) creates and
hands to services. Nothing here is global; tests open as many databases as they like.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from cle_desktop.domain.ids import new_id
from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, PhraseError
from cle_desktop.storage import backup, migrations
from cle_desktop.storage.changelog import ChangeWriter, EntrySigner
from cle_desktop.storage.device import resolve_device_id
from cle_desktop.storage.durable import fsync_dir
from cle_desktop.storage.engine import create_sqlite_engine, make_session_factory
from cle_desktop.storage.hlc import HybridClock, Timestamp
from cle_desktop.storage.models import Change, LocalSetting


class DatabaseError(PhraseError):
    """A database cannot be opened; the message says what to do (a phrase: the window says
    it in the person's language, the CLI in English)."""


class ReadOnlySession(RuntimeError):
    """Code tried to write through :meth:`Database.read`; synced rows change only through
    :meth:`Database.write` (the change log), local rows through :meth:`Database.transaction`."""


def _refuse_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("read_only") and (session.new or session.dirty or session.deleted):
        raise ReadOnlySession("A read session cannot write; use Database.write().")


def _refuse_dml(state: ORMExecuteState) -> None:
    if state.session.info.get("read_only") and (
        state.is_insert or state.is_update or state.is_delete
    ):
        raise ReadOnlySession("A read session cannot write; use Database.write().")


CommitListener = Callable[[], None]


_template_lock = threading.Lock()
_template: Path | None = None


def _schema_template() -> Path:
    """A file migrated to head, made once per process (every new database is a copy of it)."""
    global _template
    with _template_lock:
        if _template is None or not _template.exists():
            folder = Path(tempfile.mkdtemp(prefix="cle-schema-"))
            atexit.register(shutil.rmtree, folder, True)
            made = folder / "schema.db"
            engine = create_sqlite_engine(made)
            try:
                migrations.upgrade_to_head(engine)
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                engine.dispose()
            _template = made
        return _template


def _new_file_from_template(path: Path) -> None:
    """Create a new database whole: the migrated schema is copied beside ``path``, flushed, and
    renamed into place, so a kill at any moment leaves no file or a complete one (and a new
    file costs a copy, not a run of every migration)."""
    staged = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        shutil.copyfile(_schema_template(), staged)
        with open(staged, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)
    fsync_dir(path.parent)


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    device_id: str
    clock: HybridClock
    backups: list[Path] = field(default_factory=list)
    # Where this laptop's device id and keys live (None: the platformdirs state folder).
    state_dir: Path | None = None
    # Signs each entry as it is written (set by the services from sync.trust: storage does
    # not know about keys); entries written without one are signed when they are exported.
    _signer: EntrySigner | None = field(default=None, repr=False)
    # One writer at a time in this process (threads queue here instead of spinning on SQLite's
    # busy timeout); other processes are kept out by BEGIN IMMEDIATE.
    _write_lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _listeners: list[CommitListener] = field(default_factory=list, repr=False)

    @property
    def media_dir(self) -> Path:
        """Media live beside the database file: ``media/sha256/ab/<hash>``."""
        return self.path.parent / "media"

    @classmethod
    def open(cls, path: Path, *, state_dir: Path | None = None) -> Database:
        """Open (creating if needed) and migrate to head, backing the file up first."""
        path = Path(path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Errors", "Cannot create the folder for {path}: {error}."),
                path=path,
                error=exc.strerror or exc,
            ) from exc
        existed = path.exists() and path.stat().st_size > 0
        if not existed:
            try:
                _new_file_from_template(path)
            except OSError as exc:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Cannot create {path}: {error}. Nothing was changed."
                    ),
                    path=path,
                    error=exc.strerror or exc,
                ) from exc
        engine = create_sqlite_engine(path)
        taken: list[Path] = []
        try:
            current = migrations.current_revision(engine)
            if current != migrations.head_revision():
                if existed:
                    taken.append(backup.timestamped_backup(path, "before-migration"))
                migrations.upgrade_to_head(engine)
        except Exception as exc:
            engine.dispose()
            from cle_desktop.storage import readonly

            if readonly.is_no_space(exc) or readonly.disk_is_full(path):
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} cannot be opened: {reason}. Nothing in it was changed; a bundle "
                        "or a backup can still be written to another drive with `cle-desktop "
                        "sync export` or `cle-desktop backup`.",
                    ),
                    path=path,
                    reason=readonly.no_space_phrase(path),
                ) from exc
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} could not be opened as a CLE Desktop database ({error}). Nothing was "
                    "changed; choose another file or restore a backup.",
                ),
                path=path,
                error=exc,
            ) from exc
        factory = make_session_factory(engine)
        event.listen(factory, "before_flush", _refuse_flush)
        event.listen(factory, "do_orm_execute", _refuse_dml)
        with factory() as session:
            instance = session.get(LocalSetting, "db_instance_id")
            if instance is None or not instance.value:
                instance = LocalSetting(key="db_instance_id", value=new_id())
                session.add(instance)
                session.commit()
            instance_id = str(instance.value)
            last = session.scalar(select(func.max(Change.hlc)))
        device_id = resolve_device_id(path, instance_id, state_dir)
        clock = HybridClock(Timestamp.decode(last) if last else None)
        return cls(path, engine, factory, device_id, clock, taken, state_dir=state_dir)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; it refuses to write (see :class:`ReadOnlySession`)."""
        with self.session_factory() as session:
            session.info["read_only"] = True
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One serialized write transaction (``BEGIN IMMEDIATE``): commits on success, rolls
        back on error, then tells the commit listeners.

        Taking the write lock at the start, not at the first insert, is what makes the change
        sequence safe: ``max(seq)`` is read by the only writer of the file. Use :meth:`write`
        for synced rows; this is for sync's own apply path and local bookkeeping rows.
        """
        with self._write_lock, self.session_factory() as session:
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
        self._notify()

    @contextmanager
    def write(self) -> Iterator[ChangeWriter]:
        """One transaction through the change log: commits on success, rolls back on error."""
        with self.transaction() as session:
            yield ChangeWriter(session, self.device_id, self.clock, self._signer)

    def on_commit(self, listener: CommitListener) -> None:
        """Call ``listener`` (on the committing thread) after every write transaction."""
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    def sign_entries_with(self, signer: EntrySigner) -> None:
        """Sign every entry this database writes from now on (see ``_signer``)."""
        self._signer = signer

    def get_setting(self, key: str) -> str | None:
        with self.read() as session:
            row = session.get(LocalSetting, key)
            return None if row is None else row.value

    def set_setting(self, key: str, value: str | None) -> None:
        """Local (never synced) settings have their own small write transaction."""
        with self.transaction() as session:
            session.merge(LocalSetting(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()
