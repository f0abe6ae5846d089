"""initial schema

Revision ID: 956d85e170f0
Revises:
Create Date: 2026-11-26 12:34:10.984697
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "956d85e170f0"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "board",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("slack_team_id", sa.String(length=32), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("quorum_fraction", sa.Double(), nullable=False),
        sa.Column("quorum_sectors", sa.JSON(), nullable=False),
        sa.Column("next_action_number", sa.Integer(), nullable=False),
        sa.Column("roster_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board")),
        sa.UniqueConstraint("slack_team_id", name=op.f("uq_board_slack_team_id")),
    )
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_names", sa.JSON(), nullable=False),
        sa.Column(
            "sector",
            sa.Enum(
                "local authority",
                "police",
                "health",
                "probation",
                "education",
                "voluntary",
                "other",
                name="sector",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("statutory", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_agency_board_id_board"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("board_id", "name", name=op.f("uq_agency_board_id_name")),
    )
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agency_board_id"), ["board_id"], unique=False)

    op.create_table(
        "audit_cycle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "S11",
                "S175",
                "CSE",
                "multi-agency",
                "participation",
                name="audittype",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("issued", sa.Date(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_audit_cycle_board_id_board"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_cycle")),
        sa.UniqueConstraint("board_id", "type", "name", name=op.f("uq_audit_cycle_board_id_type_name")),
    )
    with op.batch_alter_table("audit_cycle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_cycle_board_id"), ["board_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "board",
                "workshop",
                "sub-group",
                "audit panel",
                name="meetingkind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=True),
        sa.Column("end", sa.Time(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_meeting_board_id_board"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("board_id", "kind", "date", "title", name=op.f("uq_meeting_board_id_kind_date_title")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_board_id"), ["board_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_date"), ["date"], unique=False)

    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "manager",
                "member",
                "lay advisor",
                "observer",
                name="role",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("slack_user_id", sa.String(length=32), nullable=True),
        sa.Column("representative", sa.String(length=200), nullable=True),
        sa.Column("on_board", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_member_agency_id_agency")),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_member_board_id_board"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("board_id", "name", name=op.f("uq_member_board_id_name")),
        sa.UniqueConstraint("board_id", "slack_user_id", name=op.f("uq_member_board_id_slack_user_id")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_board_id"), ["board_id"], unique=False)

    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("asap", sa.Boolean(), nullable=False),
        sa.Column("due_wording", sa.String(length=200), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("agenda_item", sa.String(length=20), nullable=True),
        sa.Column("source_link", sa.String(length=500), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_action_board_id_board"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_id"], ["member.id"], name=op.f("fk_action_created_by_id_member")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_action_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
        sa.UniqueConstraint("board_id", "number", name=op.f("uq_action_board_id_number")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_board_id"), ["board_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("present", "apologies", "absent", name="attendancestatus", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("representative", sa.String(length=200), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_attendance_member_id_member"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "member_id", name=op.f("uq_attendance_meeting_id_member_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_member_id"), ["member_id"], unique=False)

    op.create_table(
        "audit_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "submitted",
                "complete",
                name="auditstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("completed", sa.Integer(), nullable=True),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("not_started", sa.Integer(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_audit_return_agency_id_agency")),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["audit_cycle.id"],
            name=op.f("fk_audit_return_cycle_id_audit_cycle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["updated_by_id"], ["member.id"], name=op.f("fk_audit_return_updated_by_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_return")),
        sa.UniqueConstraint("cycle_id", "subject", name=op.f("uq_audit_return_cycle_id_subject")),
    )
    with op.batch_alter_table("audit_return", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_return_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("change", sa.String(length=40), nullable=False),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["member.id"], name=op.f("fk_event_actor_id_member")),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_event_board_id_board"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index("ix_event_entity", ["board_id", "entity", "entity_id"], unique=False)

    op.create_table(
        "group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("all members", "sub group chairs", "sub-group", name="groupkind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_group_board_id_board"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["chair_id"], ["member.id"], name=op.f("fk_group_chair_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group")),
        sa.UniqueConstraint("board_id", "name", name=op.f("uq_group_board_id_name")),
    )
    with op.batch_alter_table("group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_board_id"), ["board_id"], unique=False)

    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("external_name", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "done", "dropped", name="assignmentstatus", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_assignment_action_id_action"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_assignment_agency_id_agency")),
        sa.ForeignKeyConstraint(["group_id"], ["group.id"], name=op.f("fk_assignment_group_id_group")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_assignment_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignment_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index("ix_assignment_member_status", ["member_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignment_status"), ["status"], unique=False)

    op.create_table(
        "group_membership",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["group.id"], name=op.f("fk_group_membership_group_id_group"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_group_membership_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "member_id", name=op.f("pk_group_membership")),
    )


def downgrade() -> None:
    op.drop_table("group_membership")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_status"))
        batch_op.drop_index("ix_assignment_member_status")
        batch_op.drop_index(batch_op.f("ix_assignment_agency_id"))
        batch_op.drop_index(batch_op.f("ix_assignment_action_id"))

    op.drop_table("assignment")
    with op.batch_alter_table("group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_board_id"))

    op.drop_table("group")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_entity")

    op.drop_table("event")
    with op.batch_alter_table("audit_return", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_return_cycle_id"))

    op.drop_table("audit_return")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_member_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_board_id"))

    op.drop_table("action")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_board_id"))
        batch_op.drop_index(batch_op.f("ix_member_agency_id"))

    op.drop_table("member")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_date"))
        batch_op.drop_index(batch_op.f("ix_meeting_board_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("audit_cycle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_cycle_board_id"))

    op.drop_table("audit_cycle")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_board_id"))

    op.drop_table("agency")
    op.drop_table("board")
