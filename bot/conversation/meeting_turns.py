"""The meeting use cases of a ``Turn``: apologies (with the quorum alert they may raise) and questions about a
meeting (when, where, who has sent apologies)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from bot.conversation.audit_turns import TurnState
from bot.conversation.wording import joined, meeting_words
from bot.directory import Person
from bot.replies import Reply, format_day
from bot.tracker import apologies, attendance
from bot.tracker.identity import managers
from bot.tracker.meetings import describe_meeting
from bot.understanding.interpretation import Interpretation, Owner
from store.models import Meeting, MeetingKind


class MeetingTurns(TurnState):
    """Mixed into ``Turn``, whose state it reads."""

    def _apology(self, meaning: Interpretation) -> Reply:
        if meaning.ambiguous:
            candidates = joined([p.name for a in meaning.ambiguous for p in a.candidates], "or")
            return Reply(f"Who is sending apologies: {candidates}? Please give the full name.", private=True)
        if meaning.meeting is None:
            return Reply(f"Which meeting are the apologies for? {self._meetings_held()}", private=True)
        if not meaning.owners:
            return Reply(
                'Whose apologies are these? Write it again with their full name, for example "apologies from '
                'Kate McConnell for the July board".',
                private=True,
            )
        lines: list[str] = []
        recorded: Meeting | None = None
        for owner in meaning.owners:
            people = self._attending_for(owner)
            if not people:
                lines.append(f"{owner.name} is not a board member, so I can't record apologies for them.")
                continue
            allowed = [p for p in people if self.writer.may_act_for(p.id)]
            if not allowed:  # "nobody from the police …" from someone else: theirs to send, or the manager's
                names = joined([p.name for p in people], "or")
                lines.append(f"Members send their own apologies: ask {names}, or the business manager.")
                continue
            whole = meaning.extra.get("whole_agency")  # "no one from the police can make …": every one of them
            if owner.kind == "agency" and len(allowed) > 1 and not whole:  # "police apols": never all of them, unasked
                names = joined([p.name for p in allowed], "or")
                lines.append(f"Whose apologies for {owner.name}: {names}? Please give the full name.")
                continue
            for person in allowed:
                done = apologies.send_apologies(
                    self.session, self.board_id, person.id, meaning.meeting, representative=meaning.representative,
                    by=self.writer, today=self.today,
                )  # fmt: skip
                rep = f"; {done.representative} will attend as named representative" if done.representative else ""
                meeting = meeting_words(done.meeting, self.today)
                lines.append(f"Apologies recorded for {done.member} for the {meeting}{rep}.")
                recorded = done.meeting
        return Reply("\n".join(lines), stored=recorded is not None,
                     extra=self._quorum_alert(recorded) if recorded else {})  # fmt: skip

    def _attending_for(self, owner: Owner) -> list[Person]:
        """Who sits on the board for an owner of apologies: the member, or an agency's members ("no one from fire
        can do the workshop": the fire service's, each)."""
        members = self.snapshot.directory.members
        if owner.kind == "member":
            return [p for p in members if p.id == owner.id]
        if owner.kind != "agency":
            return []
        return [p for p in members if p.agency_id == owner.id and owner.department in (None, p.department)]

    def _meetings_held(self) -> str:
        """The board's coming meetings, the only ones apologies are kept for (never a sub-group's own meeting)."""
        coming = [m for m in self.snapshot.directory.meetings if m.date >= self.today][:3]
        if not coming:
            return "There is no upcoming meeting in the calendar."
        names = joined([f"the {meeting_words(m, self.today)}" for m in coming], "or")
        return f"I keep apologies for the board's own meetings: {names}."

    def _calendar(self) -> str:
        """The board's coming meetings, soonest first: the answer to "what meetings have we got coming up?"."""
        coming = [m for m in self.snapshot.directory.meetings if m.date >= self.today][:6]
        if not coming:
            return "No meeting ahead is in the board's calendar yet; the business manager adds them."
        lines = [f"• the {meeting_words(m, self.today)}" for m in coming]
        return "Coming up in the board's calendar:\n" + "\n".join(lines)

    def _quorum_alert(self, meeting: Meeting) -> dict[str, Any]:
        """When apologies put a board meeting at risk, a message for the business manager(s)."""
        if meeting.kind is not MeetingKind.BOARD:
            return {}
        quorum = attendance.check_quorum(self.session, self.board_id, meeting)
        if quorum.quorate:
            return {}
        text = f"The {meeting_words(meeting, self.today)} is {quorum.describe()}."
        return {"alerts": [(m.id, text) for m in managers(self.session, self.board_id)]}

    def _meeting_info(self, meaning: Interpretation) -> Reply:
        if meaning.meeting is None and meaning.extra.get("calendar"):
            return Reply(self._calendar(), private=True)
        if meaning.meeting is None:
            upcoming = self.snapshot.directory.next_board(self.today)
            after = f" The next board meeting is on {format_day(upcoming.date, self.today)}." if upcoming else (
                " No board meeting ahead is in the calendar yet; the business manager adds them.")  # fmt: skip
            return Reply("I can't find that meeting in the board's calendar." + after, private=True)
        meeting = apologies.meeting_on(self.session, self.board_id, meaning.meeting)
        text = f"The {meeting.kind.value} meeting: {describe_meeting(meeting)}."
        attendance = apologies.attendance_of(self.session, meeting.id, self.writer.id)
        if attendance is not None and attendance.status.value == "apologies":
            rep = f", with {attendance.representative} attending for you" if attendance.representative else ""
            text += f" You have sent apologies{rep}."
        return Reply(text + _who_is_coming(self.session, self.board_id, meeting, self.today), private=True)


def _who_is_coming(session: Session, board_id: int, meeting: Meeting, today: dt.date) -> str:
    """The apologies so far and the quorum line, read from the same roll as `dscb meeting attendance`."""
    roll = attendance.meeting_roll(session, board_id, meeting, today)
    sent = [
        f"{line.member} ({line.representative} attending)" if line.representative else line.member
        for line in roll.lines
        if line.status == "apologies"
    ]
    apologies_line = f"Apologies so far: {joined(sent)}." if sent else "No apologies so far."
    return f"\n{apologies_line} {roll.quorum.describe().capitalize()}."
