"""index the shares held by groups, so listing a member's actions never scans every assignment

Revision ID: 7c1e2f9a4b10
Revises: 5227355cab3a
Create Date: 2026-11-26 16:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "7c1e2f9a4b10"
down_revision: str | None = "5227355cab3a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index("ix_assignment_group_status", ["group_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index("ix_assignment_group_status")
