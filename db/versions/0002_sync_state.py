"""sync state: purged rows and what each peer has

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "purged_row",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("erased", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_purged_row")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("has_vector", sa.Text(), nullable=False),
        sa.Column("last_import_at", sa.String(length=40), nullable=True),
        sa.Column("last_export_at", sa.String(length=40), nullable=True),
        sa.Column("label", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_peer")),
    )


def downgrade() -> None:
    op.drop_table("sync_peer")
    op.drop_table("purged_row")
