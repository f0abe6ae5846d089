"""audits, schools, digests and deliveries

Revision ID: 5227355cab3a
Revises: a34a56ef7c04
Create Date: 2026-11-26 13:42:11.823015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5227355cab3a"
down_revision: str | None = "a34a56ef7c04"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "school",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phase", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_school_board_id_board"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school")),
        sa.UniqueConstraint("board_id", "name", name=op.f("uq_school_board_id_name")),
    )
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_school_board_id"), ["board_id"], unique=False)

    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("pending", "sent", "failed", name="deliverystatus", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_delivery_board_id_board"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_delivery_member_id_member"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
        sa.UniqueConstraint("board_id", "key", name=op.f("uq_delivery_board_id_key")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audit_return_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_action_audit_return_id"), ["audit_return_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_action_audit_return_id_audit_return"), "audit_return", ["audit_return_id"], ["id"]
        )

    with op.batch_alter_table("board", schema=None) as batch_op:
        # Existing boards get the default time; the model sets it for new ones.
        batch_op.add_column(sa.Column("digest_time", sa.Time(), nullable=False, server_default="08:30:00"))
        batch_op.add_column(sa.Column("manager_channel", sa.String(length=32), nullable=True))

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "digest",
                sa.Enum("daily", "weekly", "off", name="digestfrequency", native_enum=False, length=20),
                nullable=False,
                server_default="daily",
            )
        )
        batch_op.add_column(sa.Column("away_until", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("away_until")
        batch_op.drop_column("digest")

    with op.batch_alter_table("board", schema=None) as batch_op:
        batch_op.drop_column("manager_channel")
        batch_op.drop_column("digest_time")

    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_action_audit_return_id_audit_return"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_action_audit_return_id"))
        batch_op.drop_column("audit_return_id")

    op.drop_table("delivery")
    with op.batch_alter_table("school", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_board_id"))

    op.drop_table("school")
