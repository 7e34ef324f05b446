"""Alembic environment: runs on the engine handed over by ``cle_desktop.storage.migrations``.

``render_as_batch`` because SQLite can only alter tables by copying them.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from cle_desktop.storage.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # running the alembic command line during development
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///dev.db")

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
