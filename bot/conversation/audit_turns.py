"""The audit use cases of a ``Turn``: opening a cycle, recording a return's update, and the returns' position
(with each return's action plan)."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import Person
from bot.errors import InvalidInput
from bot.replies import Reply, format_day
from bot.tracker import actions, audits
from bot.understanding.dates import parse_date
from bot.understanding.interpretation import AuditReading, Intent, Interpretation
from bot.understanding.snapshot import Snapshot
from store.models import Action, AuditReturn, AuditType

_NEW_CYCLE = re.compile(
    r"^(?:open|new|add|start)?\s*cycle\s+(?P<type>\S+)\s+(?P<name>\S+)(?:\s+due\s+(?P<due>.+))?$", re.I
)


class TurnState:
    """What a ``Turn`` holds, declared for the mixins that make it up (it sets every one)."""

    session: Session
    board_id: int
    snapshot: Snapshot
    writer: Person
    now: dt.datetime
    today: dt.date


class AuditTurns(TurnState):
    """Mixed into ``Turn``, whose state it reads."""

    def answer(self, meaning: Interpretation) -> Reply:
        raise NotImplementedError  # Turn's

    def audit_command(self, text: str) -> Reply:
        words = " ".join(text.split())
        opening = _NEW_CYCLE.match(words)
        if opening:
            due = parse_date(opening["due"], self.now) if opening["due"] else None
            if opening["due"] and due is None:
                raise InvalidInput(f"I couldn't read {opening['due']!r} as a date.")
            kind = audits.parse_type(opening["type"])
            cycle = audits.add_cycle(self.session, self.board_id, kind, opening["name"], issued=self.today, due=due,
                                     by=self.writer)  # fmt: skip
            count = len(audits.returns_for(self.session, self.board_id, kind)[1])
            when = f", due {format_day(due, self.today)}" if due else ""
            return Reply(f"Opened {kind.value} {cycle.name} with {count} returns to make{when}.", stored=True)
        if words.lower() in {"", "status", "all"}:
            lines = [self._audit_status(Interpretation(Intent.AUDIT_STATUS, audit=AuditReading(kind.value))).text
                     for kind in AuditType]  # fmt: skip
            known = [line for line in lines if not line.startswith("No ")]
            return Reply("\n".join(known) or "No audit returns are recorded yet.", private=True)
        if words.lower().startswith("status "):
            words = f"how are the {words[7:]} audits going?"
        meaning = self.snapshot.interpret(words, self.writer, self.now)
        if meaning.intent not in (Intent.AUDIT_UPDATE, Intent.AUDIT_STATUS):
            return Reply(
                "Tell me an audit update or ask for a status, for example `/dscb-audit WMP S11 submitted`, "
                "`/dscb-audit S175: 70 of 114 complete, 15 not started` or `/dscb-audit status S11`.",
                private=True,
            )
        return self.answer(meaning)

    def _audit_update(self, meaning: Interpretation) -> Reply:
        assert meaning.audit is not None
        done = audits.update_return(
            self.session, self.board_id, meaning.audit, by=self.writer, today=self.today, due=meaning.due
        )
        kind = meaning.audit.type
        opened = f"(There was no open {kind} cycle, so I opened {done.cycle.name}.) " if done.opened_cycle else ""
        if done.row.subject == audits.COUNTS_SUBJECT:
            state = audits.describe_counts(kind, done.cycle, [done.row])
        else:
            state = f"{kind} {done.cycle.name} for {done.row.subject}: {done.row.status.value.replace('_', ' ')}"
            if meaning.audit.status == "overdue" or audits.is_overdue(done.row, self.today):
                state += " (overdue)"
        return Reply(f"{opened}Updated {state}.", stored=True)

    def _audit_status(self, meaning: Interpretation) -> Reply:
        assert meaning.audit is not None
        kind = AuditType(meaning.audit.type)
        cycle, rows = audits.returns_for(self.session, self.board_id, kind)
        if cycle is None or not rows:
            return Reply(f"No {kind.value} returns are recorded yet.", private=True)
        if meaning.audit.subject_id is not None:
            mine = [r for r in rows if r.agency_id == meaning.audit.subject_id]
            if not mine:
                return Reply(f"No {kind.value} {cycle.name} return is recorded for {meaning.audit.subject}.",
                             private=True)  # fmt: skip
            row = mine[0]
            late = audits.days_overdue(row, self.today)
            lateness = f", {late} days overdue" if late else ""
            plans = self._plans(row)
            return Reply(f"{kind.value} {cycle.name} for {row.subject}: {row.status.value.replace('_', ' ')}"
                         f"{lateness}.{plans}", private=True)  # fmt: skip
        lines = [audits.describe_counts(kind.value, cycle, rows)]
        pending = audits.outstanding(rows, self.today)
        if meaning.audit.status == "not_started":
            pending = [line for line in pending if ": not started" in line]
        if pending:
            lines.append("Not started:" if meaning.audit.status == "not_started" else "Outstanding:")
            lines.extend(f"• {line}" for line in pending)
        return Reply("\n".join(lines), private=True)

    def _plans(self, row: AuditReturn) -> str:
        """The return's action plan, as references: ' Action plan: A-3 (open), A-5 (done).'"""
        plan = self.session.scalars(select(Action).where(Action.audit_return_id == row.id).order_by(Action.number))
        views = [actions.action_view(a, self.today) for a in plan]
        return (" Action plan: " + ", ".join(f"{v.ref} ({v.status})" for v in views) + ".") if views else ""
