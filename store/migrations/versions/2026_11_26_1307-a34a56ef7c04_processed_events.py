"""processed events

Revision ID: a34a56ef7c04
Revises: 956d85e170f0
Create Date: 2026-11-26 13:07:34.196131
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a34a56ef7c04"
down_revision: str | None = "956d85e170f0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "processed_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_processed_event_board_id_board"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processed_event")),
        sa.UniqueConstraint("board_id", "key", name=op.f("uq_processed_event_board_id_key")),
    )


def downgrade() -> None:
    op.drop_table("processed_event")
