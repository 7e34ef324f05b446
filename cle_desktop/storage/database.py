"""Opening a CLE database: engine, migrations (after a backup), device identity, clock.

The :class:`Database` object is what the composition root (``app.py``/``cli.py``) creates and
hands to services. Nothing here is global; tests open as many databases as they like.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from cle_desktop.domain.ids import new_id
from cle_desktop.storage import backup, migrations
from cle_desktop.storage.engine import create_sqlite_engine, make_session_factory
from cle_desktop.storage.models import Change, LocalSetting
from cle_desktop.sync.changelog import ChangeWriter, EntrySigner
from cle_desktop.sync.device import resolve_device_id
from cle_desktop.sync.hlc import HybridClock, Timestamp


class DatabaseError(Exception):
    """A database cannot be opened; the message says what to do."""


def default_db_path() -> Path:
    """``--db`` > ``CLE_DESKTOP_DB`` > the user data dir (platformdirs)."""
    env = os.environ.get("CLE_DESKTOP_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("cle-desktop")) / "cle.db"


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
    _signer: EntrySigner | None = field(default=None, repr=False)

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
            raise DatabaseError(f"Cannot create the folder for {path}: {exc.strerror}.") from exc
        existed = path.exists() and path.stat().st_size > 0
        engine = create_sqlite_engine(path)
        taken: list[Path] = []
        try:
            current = migrations.current_revision(engine) if existed else None
            if current != migrations.head_revision():
                if existed:
                    taken.append(backup.timestamped_backup(path, "before-migration"))
                migrations.upgrade_to_head(engine)
        except Exception as exc:
            engine.dispose()
            raise DatabaseError(
                f"{path} could not be opened as a CLE Desktop database ({exc}). "
                "Nothing was changed; choose another file or restore a backup."
            ) from exc
        factory = make_session_factory(engine)
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
        return cls(path, engine, factory, device_id, clock, taken, state_dir)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.session_factory() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[ChangeWriter]:
        """One transaction through the change log: commits on success, rolls back on error."""
        with self.session_factory() as session:
            writer = ChangeWriter(session, self.device_id, self.clock, self._entry_signer())
            try:
                yield writer
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def _entry_signer(self) -> EntrySigner:
        """Signs entries with this device's key as they are written (cle_desktop.sync.trust);
        the key file is read once, on the first write."""
        if self._signer is None:
            from cle_desktop.sync.keys import load_device_keys
            from cle_desktop.sync.trust import sign_stored_row

            keys = load_device_keys(self.device_id, self.state_dir)
            self._signer = lambda row: sign_stored_row(keys, row)
        return self._signer

    def get_setting(self, key: str) -> str | None:
        with self.read() as session:
            row = session.get(LocalSetting, key)
            return None if row is None else row.value

    def set_setting(self, key: str, value: str | None) -> None:
        with self.read() as session:
            session.merge(LocalSetting(key=key, value=value))
            session.commit()

    def close(self) -> None:
        self.engine.dispose()
