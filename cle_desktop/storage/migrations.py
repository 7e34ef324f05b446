"""Alembic migrations, run on open. The revisions ship inside the package (``db/`` in the
source tree is installed as ``cle_desktop.migrations``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


def migrations_dir() -> Path:
    return Path(str(resources.files("cle_desktop.migrations")))


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


_HEAD: str | None = None


def head_revision() -> str:
    global _HEAD
    if _HEAD is None:
        _HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head() or ""
    return _HEAD


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    command.upgrade(alembic_config(engine), "head")
