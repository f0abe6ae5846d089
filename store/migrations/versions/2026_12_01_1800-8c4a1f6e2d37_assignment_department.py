"""assignment department: an action owned by one department of an agency ("DMBC – YOS")

Revision ID: 8c4a1f6e2d37
Revises: 5e2b7d9c4f18
Create Date: 2026-12-01 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8c4a1f6e2d37"
down_revision: str | None = "5e2b7d9c4f18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assignment") as batch:
        batch.add_column(sa.Column("department", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assignment") as batch:
        batch.drop_column("department")
