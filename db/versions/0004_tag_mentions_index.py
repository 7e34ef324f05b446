"""count an asset's mentions from an index

The asset inventory (map, review, name suggestions) counts, for every asset, the live stories
whose tags mention it. A covering index on ``tag(asset_id, story_id, deleted)`` lets SQLite
count without reading the tag rows (90 ms -> 45 ms at 10,000 stories); it replaces the index
on ``asset_id`` alone, which it contains.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_tag_asset_mentions", "tag", ["asset_id", "story_id", "deleted"])
    op.drop_index("ix_tag_asset_id", table_name="tag")


def downgrade() -> None:
    op.create_index("ix_tag_asset_id", "tag", ["asset_id"])
    op.drop_index("ix_tag_asset_mentions", table_name="tag")
