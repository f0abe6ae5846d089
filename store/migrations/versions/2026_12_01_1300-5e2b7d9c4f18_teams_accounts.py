"""teams accounts: a member's Microsoft Entra object id, and where the assistant can message a member first

Revision ID: 5e2b7d9c4f18
Revises: 3b8d5e0c7a21
Create Date: 2026-12-01 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e2b7d9c4f18"
down_revision: str | None = "3b8d5e0c7a21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("teams_user_id", sa.String(length=64), nullable=True))
        batch.create_unique_constraint(op.f("uq_member_board_id_teams_user_id"), ["board_id", "teams_user_id"])
    op.create_table(
        "chat_address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("address", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_chat_address_board_id_board"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_chat_address_member_id_member"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_address")),
        sa.UniqueConstraint(
            "board_id", "member_id", "platform", name=op.f("uq_chat_address_board_id_member_id_platform")
        ),
    )
    op.create_index(op.f("ix_chat_address_member_id"), "chat_address", ["member_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_chat_address_member_id"), table_name="chat_address")
    op.drop_table("chat_address")
    with op.batch_alter_table("member") as batch:
        batch.drop_constraint(op.f("uq_member_board_id_teams_user_id"), type_="unique")
        batch.drop_column("teams_user_id")
