"""board reads by index: a board's actions by due date and by creation, and shares by when they last changed

The digests read one board's overdue and new actions and the shares closed since the last manager's digest; on a
database serving many boards those rows are scattered over the tables' pages, so these reads go by index.

Revision ID: b71e3c9d5a24
Revises: 8c4a1f6e2d37
Create Date: 2026-12-01 23:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b71e3c9d5a24"
down_revision: str | None = "8c4a1f6e2d37"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index("ix_action_board_due", ["board_id", "due"], unique=False)
        batch_op.create_index("ix_action_board_created", ["board_id", "created_at"], unique=False)
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index("ix_assignment_updated_at", ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index("ix_assignment_updated_at")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_board_created")
        batch_op.drop_index("ix_action_board_due")
