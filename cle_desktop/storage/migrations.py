"""Alembic migrations, run on open. The revisions ship inside the package (``db/`` in the
source tree is installed as ``cle_desktop.migrations``).

Alembic itself is imported only when a file actually needs upgrading: importing it (with Mako
and its dialect modules) costs about 0.15 s, a large part of the app's start-up, and almost
every start finds the file already at head. The head is read from the revision files'
``revision``/``down_revision`` lines (a test checks it equals Alembic's own answer), and the
file's revision from its ``alembic_version`` table.

Why migrations run on an engine of their own: Python's ``sqlite3`` driver (pysqlite) begins a
transaction only before INSERT/UPDATE/DELETE, so every ``CREATE TABLE`` of a migration was
committed on its own. A first start killed half way through creating the schema left a file
with some tables and no ``alembic_version``, which then never opened again ("table basemap
already exists"). SQLite's DDL is transactional, so here the driver's own transaction handling
is switched off and ``BEGIN IMMEDIATE`` is emitted when SQLAlchemy begins (the recipe in
SQLAlchemy's pysqlite notes, "Serializable isolation / Savepoints / Transactional DDL"). The
whole upgrade, every revision and the version stamp, is one transaction (``db/env.py`` runs it
inside ``engine.begin()``, which Alembic treats as an outer transaction): a kill at any moment
leaves the file as it was before, or at head. ``IMMEDIATE`` takes the write lock first, so two
processes opening an old file at once migrate it one after the other, the second finding it
already at head. The app's own engine is left as it is.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import OperationalError

from cle_desktop.storage.engine import create_sqlite_engine

if TYPE_CHECKING:
    from alembic.config import Config

_ASSIGNMENT = re.compile(r'^(revision|down_revision)\s*=\s*(?:"([^"]*)"|None)\s*$', re.M)


def migrations_dir() -> Path:
    return Path(str(resources.files("cle_desktop.migrations")))


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


_HEAD: str | None = None


def head_revision() -> str:
    """The one revision no other revision builds on (read from the files, without Alembic)."""
    global _HEAD
    if _HEAD is None:
        revisions: set[str] = set()
        parents: set[str] = set()
        for script in (migrations_dir() / "versions").glob("*.py"):
            found = dict(
                (m.group(1), m.group(2)) for m in _ASSIGNMENT.finditer(script.read_text("utf-8"))
            )
            if found.get("revision"):
                revisions.add(found["revision"])
                if found.get("down_revision"):
                    parents.add(found["down_revision"])
        heads = revisions - parents
        if len(heads) != 1:
            raise RuntimeError(f"expected one migration head, found {sorted(heads)}")
        _HEAD = heads.pop()
    return _HEAD


def current_revision(engine: Engine) -> str | None:
    """The file's revision, or None for a file Alembic has never stamped."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    """Upgrade the file ``engine`` is on to ``revision`` (head), all in one transaction."""
    from alembic import command

    migrating = transactional_engine(engine)
    try:
        command.upgrade(alembic_config(migrating), revision)
    finally:
        migrating.dispose()


def transactional_engine(engine: Engine) -> Engine:
    """A second engine on ``engine``'s file whose transactions include DDL (see the notes)."""
    database = engine.url.database
    if not database or database == ":memory:":
        raise ValueError("migrations need a database file")
    migrating = create_sqlite_engine(Path(database))

    @event.listens_for(migrating, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        # After the pragmas (listeners run in order): the driver must not begin or commit
        # on its own, or each CREATE TABLE is committed by itself.
        dbapi_connection.isolation_level = None

    @event.listens_for(migrating, "begin")
    def _begin_immediate(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return migrating
