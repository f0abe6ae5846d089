"""A national database for bench.national: many boards of one shape in one PostgreSQL database, built in bulk.

Each board: the demo roster (30 members; every email made unique across boards as "<local>+b<NNN>@<domain>", so
each member is found by email on Slack), a board meeting every 91 days over the 10 years up to TODAY and two
ahead, and ACTIONS actions, one member owner each (in turn). Actions are numbered in the order they were created,
evenly over those 10 years; their due dates are spread over the 4 years around TODAY (half past due). Of the past
due ones a third are closed (done, every tenth of those dropped), so a third of all actions are open and overdue;
a tenth of the others are done early: about 260 open actions per member. The event log holds, per action, its
"recorded" event (the product's word for created), a progress "update", and its "done"/"dropped" event: about
22,000 events a board (3.3 million for 150 boards).

Boards and rosters go through the product (create_board, import_roster); meetings, actions, shares and events are
set-based INSERT ... SELECT over generate_series, then VACUUM ANALYZE, as autovacuum would after a bulk load.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import select, text

from bench.data import ASKING, ROSTER, TODAY
from bot.tracker.boards import create_board
from bot.tracker.roster import import_roster, read_roster
from store import db
from store.models import Member

ACTIONS = 10_000  # per board
YEARS_DAYS = 3_652  # the 10 years of history up to TODAY
MEETING_EVERY = 91  # days
FIRST_DAY = TODAY - dt.timedelta(days=YEARS_DAYS)
FUTURE_MEETINGS = (dt.date(2015, 7, 10), dt.date(2015, 9, 11))
PARTS = 2  # connections filling the tables at once
BIG_TABLES = ("action", "assignment", "event", "member", "meeting", "delivery")


@dataclass(frozen=True, slots=True)
class Built:
    url: str
    board_ids: tuple[int, ...]
    seconds: float
    counts: dict[str, int]  # rows per table, and per-member open actions ("open min", "open max")

    @property
    def middle(self) -> int:
        """The board in the middle of the database: the one measured."""
        return self.board_ids[len(self.board_ids) // 2]


def _boards(url: str, boards: int) -> tuple[int, ...]:
    """The boards and their rosters, through the product."""
    rows = read_roster(ROSTER)
    ids = []
    with db.transaction(url) as session:
        for number in range(1, boards + 1):
            board = create_board(session, f"Safeguarding Board {number:03d}")
            mine = [dataclasses.replace(r, email=_email(r.email, number)) for r in rows]
            import_roster(session, board.id, mine)
            board.next_action_number = ACTIONS + 1
            ids.append(board.id)
    return tuple(ids)


def _email(email: str | None, number: int) -> str | None:
    if not email:
        return email
    local, domain = email.split("@", 1)
    return f"{local}+b{number:03d}@{domain}"


MEETINGS = """
INSERT INTO meeting (board_id, kind, title, date, start, "end", venue)
SELECT b.id, 'board', '', CAST(:first AS date) + k * :every, TIME '10:00', TIME '14:00', 'Saltwells EDC'
FROM board b CROSS JOIN generate_series(0, :quarters) AS k WHERE b.id % :parts = :part
UNION ALL
SELECT b.id, 'board', '', d, TIME '10:00', TIME '14:00', 'Saltwells EDC'
FROM board b CROSS JOIN unnest(CAST(:future AS date[])) d WHERE b.id % :parts = :part
"""

# created: day (n-1) * 3652 / 10000 after FIRST_DAY, at 09:00-16:00; its meeting: the last one on or before that day.
# due: a permutation of the numbers ((n * 7919) % 10000) spread over the 4 years around TODAY.
ACTIONS_SQL = """
INSERT INTO action (board_id, number, text, due, asap, meeting_id, agenda_item, created_at)
SELECT b.id, g.n,
       (ARRAY['Return the Section 11 audit evidence', 'Circulate the neglect strategy to partners',
              'Report back on the CSE multi-agency audit', 'Update the threshold document for schools',
              'Arrange training on the early help assessment', 'Review the escalation policy with health',
              'Send the LADO annual report to the panel', 'Confirm attendance figures for the workshop'])[1 + g.n % 8]
         || ' (' || g.n || ')',
       CAST(:today AS date) - 730 + ((g.n * 7919) % 10000) * 1461 / 10000,
       false, m.id, CAST(1 + g.n % 9 AS text),
       CAST(:first AS timestamp) + make_interval(days => g.day, hours => 9 + g.n % 8)
FROM board b
CROSS JOIN LATERAL (SELECT n, (n - 1) * :days / :actions AS day FROM generate_series(1, :actions) AS n) g
JOIN meeting m ON m.board_id = b.id AND m.date = CAST(:first AS date) + (g.day / :every) * :every AND m.title = ''
WHERE b.id % :parts = :part
"""

# one owner per action, in turn; closed: a third of the past-due ones (every tenth of those dropped), a tenth of
# the others; closed 20 days after creation, or early this morning if that is still to come.
SHARES = """
INSERT INTO assignment (action_id, member_id, status, updated_at)
SELECT a.id, m.id,
       CASE WHEN a.due < :today AND a.number % 30 = 0 THEN 'dropped'
            WHEN a.due < :today AND a.number % 3 = 0 THEN 'done'
            WHEN a.due >= :today AND a.number % 10 = 5 THEN 'done'
            ELSE 'open' END,
       CASE WHEN (a.due < :today AND a.number % 3 = 0) OR (a.due >= :today AND a.number % 10 = 5)
            THEN least(a.created_at + interval '20 days', CAST(:today AS timestamp) + interval '6 hours')
            ELSE a.created_at END
FROM action a
JOIN (SELECT board_id, count(*) AS c FROM member GROUP BY board_id) c ON c.board_id = a.board_id
JOIN (SELECT id, board_id, row_number() OVER (PARTITION BY board_id ORDER BY id) - 1 AS k FROM member) m
  ON m.board_id = a.board_id AND m.k = a.number % c.c
WHERE a.board_id % :parts = :part
"""

EVENTS = (
    """
    INSERT INTO event (board_id, at, actor_id, actor, entity, entity_id, change, old, new)
    SELECT a.board_id, a.created_at, NULL, 'minutes import', 'action', a.id, 'recorded', NULL,
           json_build_object('ref', 'A-' || a.number, 'text', a.text, 'due', a.due, 'asap', a.asap,
                             'owners', json_build_array(m.name))
    FROM action a JOIN assignment s ON s.action_id = a.id JOIN member m ON m.id = s.member_id
    WHERE a.board_id % :parts = :part
    """,
    """
    INSERT INTO event (board_id, at, actor_id, actor, entity, entity_id, change, old, new)
    SELECT a.board_id, least(a.created_at + interval '10 days', CAST(:today AS timestamp)), m.id, m.name,
           'action', a.id, 'update', NULL, json_build_object('note', 'Work in progress; evidence being gathered')
    FROM action a JOIN assignment s ON s.action_id = a.id JOIN member m ON m.id = s.member_id
    WHERE a.board_id % :parts = :part
    """,
    """
    INSERT INTO event (board_id, at, actor_id, actor, entity, entity_id, change, old, new)
    SELECT a.board_id, s.updated_at, m.id, m.name, 'action', a.id, s.status,
           json_build_object('assignments', json_build_object(s.id, 'open')),
           CASE WHEN s.status = 'dropped'
                THEN json_build_object('assignments', json_build_object(s.id, s.status), 'reason', 'superseded')
                ELSE json_build_object('assignments', json_build_object(s.id, s.status)) END
    FROM action a JOIN assignment s ON s.action_id = a.id JOIN member m ON m.id = s.member_id
    WHERE s.status <> 'open' AND a.board_id % :parts = :part
    """,
)


def build(url: str, boards: int) -> Built:
    """``boards`` boards of the national shape in the (empty, migrated) database at ``url``."""
    started = time.perf_counter()
    ids = _boards(url, boards)
    log(f"{boards} boards and rosters: {time.perf_counter() - started:.0f} s")
    params = {
        "first": FIRST_DAY, "every": MEETING_EVERY, "quarters": YEARS_DAYS // MEETING_EVERY,
        "future": list(FUTURE_MEETINGS), "today": TODAY, "days": YEARS_DAYS, "actions": ACTIONS,
    }  # fmt: skip

    connections = [db.engine_for(url).connect() for _ in range(PARTS)]  # one per core, each filling half the boards
    for conn in connections:
        conn.execute(text("SET statement_timeout = 0"))  # a bulk load, not a request
        conn.execute(text("SET synchronous_commit = off"))
        conn.execute(text("SET work_mem = '256MB'"))
        conn.execute(text("SET session_replication_role = replica"))  # no per-row foreign key checks
    with ThreadPoolExecutor(PARTS) as pool:
        for statement in (MEETINGS, ACTIONS_SQL, SHARES, *EVENTS):
            table = statement.split()[2]

            def fill(part: int, statement: str = statement) -> None:
                connections[part].execute(text(statement), params | {"parts": PARTS, "part": part})
                connections[part].commit()

            list(pool.map(fill, range(PARTS)))
            connections[0].execute(text(f"ANALYZE {table}"))  # the next statement's plan reads this one's rows
            connections[0].commit()
            log(f"{table} rows: {time.perf_counter() - started:.0f} s")
    for conn in connections:
        conn.close()
    with db.engine_for(url).connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("SET statement_timeout = 0"))
        conn.execute(text("VACUUM (ANALYZE)"))
    log(f"vacuumed and analysed: {time.perf_counter() - started:.0f} s")
    seconds = time.perf_counter() - started
    return Built(url, ids, seconds, _counts(url))


def log(line: str) -> None:
    """Progress, on stderr: the national build and run take minutes."""
    print(f"  national: {line}", file=sys.stderr, flush=True)


def _counts(url: str) -> dict[str, int]:
    with db.engine_for(url).connect() as conn:
        conn.execute(text("SET statement_timeout = 0"))
        counts = {t: int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()) for t in BIG_TABLES}
        per_member = conn.execute(
            text("SELECT min(c), max(c) FROM (SELECT count(*) AS c FROM assignment WHERE status = 'open' "
                 "GROUP BY member_id) x")
        ).one()  # fmt: skip
        counts["overdue"] = int(
            conn.execute(
                text("SELECT count(*) FROM action a JOIN assignment s ON s.action_id = a.id "
                     "WHERE s.status = 'open' AND a.due < :today"), {"today": TODAY}
            ).scalar_one()
        )  # fmt: skip
    counts["open min"], counts["open max"] = int(per_member[0]), int(per_member[1])
    return counts


def asking(url: str, board_id: int) -> int:
    """The id of the member named ASKING on the board."""
    with db.reading(url) as session:
        found = session.scalar(select(Member.id).where(Member.board_id == board_id, Member.name == ASKING))
    assert found is not None
    return found


def members(url: str) -> list[tuple[int, int, str, str]]:
    """(member id, board id, name, email) of every member with an email, in every board."""
    with db.reading(url) as session:
        rows = session.execute(
            select(Member.id, Member.board_id, Member.name, Member.email).where(Member.email.is_not(None))
        ).all()
    return [(r[0], r[1], r[2], r[3] or "") for r in rows]
