"""Alembic migrations, run on open. The revisions ship inside the package (``db/`` in the
source tree is installed as ``cle_desktop.migrations``).

Alembic itself is imported only when a file actually needs upgrading: importing it (with Mako
and its dialect modules) costs about 0.15 s, a large part of the app's start-up, and almost
every start finds the file already at head. The head is read from the revision files'
``revision``/``down_revision`` lines (a test checks it equals Alembic's own answer), and the
file's revision from its ``alembic_version`` table.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

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


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
