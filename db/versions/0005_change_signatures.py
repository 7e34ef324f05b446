"""signed change entries

Every change entry carries its writer's Ed25519 signature over the entry's header and a salted
digest of its value (see ``cle_desktop.sync.trust``), so a relayed entry stays verifiable. When
a consent purge rewrites an entry's value, the trigger drops the salt: the signature still
covers the digest of the original words, but without the salt nobody can test guesses against
it.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change") as batch:
        batch.add_column(sa.Column("signature", sa.Text(), nullable=True))
        batch.add_column(sa.Column("value_salt", sa.Text(), nullable=True))
        batch.add_column(sa.Column("value_digest", sa.Text(), nullable=True))
    op.execute(
        "CREATE TRIGGER change_value_erased AFTER UPDATE OF value ON change "
        "WHEN NEW.value IS NOT OLD.value AND NEW.value_salt IS NOT NULL "
        "BEGIN UPDATE change SET value_salt = NULL WHERE id = NEW.id; END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS change_value_erased")
    with op.batch_alter_table("change") as batch:
        batch.drop_column("value_digest")
        batch.drop_column("value_salt")
        batch.drop_column("signature")
