"""The use cases of a ``Turn`` that change one action or settle a name: re-dating, updates, reassigning, dropping,
closing (a member's own part, or someone's part on their behalf), withdrawing apologies, and the short question
asked when a name is unknown or fits several members ("I don't know a Tony Oakmen — did you mean Tony Oakman?")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from bot.conversation.audit_turns import TurnState
from bot.conversation.payloads import PAYLOAD_TEXT_LIMIT, STALE_CHOICE, date_of, flag_of, list_of, owner_json, text_of
from bot.conversation.wording import joined, meeting_words, with_article
from bot.directory import Person
from bot.errors import InvalidInput
from bot.replies import Option, Reply, format_day
from bot.tracker import actions, apologies, attendance
from bot.tracker.duplicates import similar_open_actions
from bot.understanding.described_edits import described_span
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.privacy import guard


class EditTurns(TurnState):
    """Mixed into ``Turn``, whose state it reads."""

    # Names the assistant is not sure of ------------------------------------------------------------------
    def unsure(self, meaning: Interpretation, said: str | None) -> Reply | None:
        """A short question when the message names someone the roster does not hold for certain: a misspelling
        ("did you mean …?") or a name that fits several members ("which Karen?"). Each option is the message
        again with the name written in full, so the answer goes through the same rules and rights."""
        unsure: list[tuple[str, list[tuple[str, str]], bool]] = [
            (a.text, [*map(_person_choice, a.candidates), *((g.name, g.name) for g in a.agencies)], False)
            for a in meaning.ambiguous
        ]
        named = [*meaning.owners, *([meaning.on_behalf_of] if meaning.on_behalf_of else [])]
        unsure += [(o.name, [*map(_person_choice, o.suggestions)], True) for o in named
                   if o.kind == "unknown" and o.suggestions]  # fmt: skip
        if not unsure:
            return None
        text, candidates, misspelt = unsure[0]
        names = [name for _, name in candidates]
        if misspelt:
            question = f"I don't know {with_article(text)} on the board's roster — did you mean {joined(names, 'or')}?"
        else:
            question = f"Which {text} do you mean: {joined(names, 'or')}?"
        options = []
        for label, name in candidates:
            again = _with_name(said, text, name) if said else None
            if again is None:
                break
            options.append(Option(label, {"op": "say", "writer": self.writer.id, "text": again},
                                  ("yes",) if misspelt and len(candidates) == 1 else ()))  # fmt: skip
        if len(options) < len(candidates):
            return Reply(question + " Please write it again with the full name.", private=True)
        options.append(Option("Cancel", {"op": "cancel", "writer": self.writer.id}))
        return Reply(question, options=tuple(options), private=True)

    def _owner_from_json(self, data: object) -> Owner:
        raise NotImplementedError  # Turn's

    def _ask_about(self, payload: dict[str, Any], pending: list[dict[str, Any]]) -> Reply:
        """Ask about the first unresolved name; each option carries the payload with that name settled."""
        first, rest = pending[0], pending[1:]
        if not isinstance(first, dict):
            raise InvalidInput(STALE_CHOICE)
        text = text_of(first.get("text"), 200) or ""
        guard(text)  # an unknown owner's name is offered back as a choice and stored if picked
        owners = [self._owner_from_json(o) for o in list_of(payload.get("owners"))]
        known = [owner_json(o) for o in owners]
        options: list[Option] = []
        misspelt = flag_of(first.get("misspelt"))
        for candidate in list_of(first.get("candidates")):
            if not isinstance(candidate, list) or not candidate:
                raise InvalidInput(STALE_CHOICE)
            kind = candidate[2] if len(candidate) > 2 else "member"  # [id, name] or [id, name, "agency"(, dept)]
            department = candidate[3] if len(candidate) > 3 else None
            owner = self._owner_from_json({"kind": kind, "id": candidate[0], "department": department})
            person = self.snapshot.directory.member(owner.id) if kind == "member" and owner.id else None
            label = f"{owner.name} ({person.agency})" if person and person.agency else owner.name
            chosen = owner_json(owner)
            yes = ("yes",) if misspelt and len(list_of(first.get("candidates"))) == 1 else ()
            options.append(Option(label, {**payload, "owners": [*known, chosen], "pending": rest}, yes))
        names = joined([o.label.split(" (")[0] for o in options], "or")
        if misspelt and options:
            question = f"I don't know {with_article(text)} on the board's roster — did you mean {names}?"
        elif options:
            question = f"Which {text} do you mean: {names}?"
        else:
            question = f"{text} is not on the board's roster. Shall I record them as an external owner?"
        if misspelt or not options:
            if not text:
                raise InvalidInput(STALE_CHOICE)
            outsider = {"kind": "unknown", "name": text, "id": None}
            options.append(Option(f"Record {text} as an external owner",
                                  {**payload, "owners": [*known, outsider], "pending": rest},
                                  ("yes",) if not misspelt else ()))  # fmt: skip
        options.append(Option("Cancel", {"op": "cancel", "writer": self.writer.id}))
        return Reply(question, options=tuple(options), private=True)

    def _check_before_recording(self, payload: dict[str, Any], owners: tuple[Owner, ...]) -> Reply | None:
        """A question before recording: a due date already past ("did you mean next year?"), or an open action
        of the same owner that reads the same (recorded only when the writer says it is a different one)."""
        due = date_of(payload.get("due"))
        if due is not None and due < self.today and not flag_of(payload.get("past_ok")):
            later = _same_day_after(due, self.today)
            options = [Option(f"Keep {format_day(due, self.today)}", {**payload, "past_ok": True})]
            question = f"{format_day(due, self.today)} has passed"
            if later is not None:
                question += f" — did you mean {format_day(later, self.today)}?"
                options.insert(0, Option(f"Due {format_day(later, self.today)}",
                                         {**payload, "due": later.isoformat(), "due_wording": None,
                                          "past_ok": True}, ("yes",)))  # fmt: skip
            else:
                question += ". Shall I record it as already overdue?"
            options.append(Option("Cancel", {"op": "cancel", "writer": self.writer.id}))
            return Reply(question, options=tuple(options), private=True)
        if flag_of(payload.get("new_ok")):
            return None
        task = text_of(payload.get("task"), PAYLOAD_TEXT_LIMIT) or ""
        same = similar_open_actions(self.session, self.board_id, task, owners, self.today)
        if not same:
            return None
        listed = "; ".join(f"{v.ref} ({', '.join(v.owners)}, {v.due_words(self.today)}): {v.text}" for v in same)
        return Reply(
            f"That looks like an open action already: {listed}. Is this a different one?",
            actions=tuple(same),
            options=(
                Option("Record it as a new action", {**payload, "new_ok": True}, ("yes",)),
                Option("Cancel", {"op": "cancel", "writer": self.writer.id}),
            ),
            private=True,
        )

    def which_action(self, meaning: Interpretation, said: str | None) -> Reply:
        """An edit of an action named by what it is about ("tick off the escalation policy action"): the open
        actions it may mean, each offered as the message again with its reference; never a guess."""
        ask = (
            'Which action do you mean? Please give its reference, for example "A-12" (write "what do I owe?" to see '
            "yours)."
        )
        span = described_span(said, meaning.task) if said and meaning.task else None
        if span is None or said is None or not meaning.task:
            return Reply(ask, private=True)
        start, end = span
        views = actions.match_described_action(self.session, self.board_id, meaning.task,
                                               directory=self.snapshot.directory, today=self.today)  # fmt: skip
        if not views:
            return Reply(f"I couldn't find an open action about {meaning.task}. " + ask, private=True)
        options = [
            Option(f"{v.ref}: {v.text[:60]}", {"op": "say", "writer": self.writer.id,
                                                "text": f"{said[:start]}{v.ref}{said[end:]}"},
                   ("yes",) if len(views) == 1 else ())
            for v in views
            if len(said) - (end - start) + len(v.ref) <= PAYLOAD_TEXT_LIMIT
        ]  # fmt: skip
        if not options:
            return Reply(ask, private=True)
        options.append(Option("Cancel", {"op": "cancel", "writer": self.writer.id}))
        question = "Which action do you mean?" if len(views) > 1 else f"Do you mean {views[0].ref}: {views[0].text}?"
        return Reply(question, actions=tuple(views), options=tuple(options), private=True)

    # One action --------------------------------------------------------------------------------------------
    def _change_due_to(self, meaning: Interpretation) -> Reply:
        number = meaning.refs[0]
        due = meaning.due
        if meaning.shift_days is not None:
            current = actions.find_action(self.session, self.board_id, number).due
            if current is None:
                return Reply(f"A-{number} has no due date to move yet. Say the new date, for example "
                             f'"move A-{number} to 26/06".', private=True)  # fmt: skip
            due = current + dt.timedelta(days=meaning.shift_days)
        if due is None and not meaning.asap:
            return Reply(f'What should the new date for A-{number} be? For example "move A-{number} to 26/06".',
                         private=True)  # fmt: skip
        if due is not None and due < self.today:
            return Reply(f"{format_day(due, self.today)} has already passed. What should the new date for "
                         f"A-{number} be?", private=True)  # fmt: skip
        view = actions.change_due(self.session, self.board_id, number, due, by=self.writer, today=self.today)
        return Reply(f"{view.ref} is now {view.due_words(self.today)}.", actions=(view,), stored=True)

    def _update(self, meaning: Interpretation) -> Reply:
        if not meaning.note:
            return Reply(f'What is the update on A-{meaning.refs[0]}? For example "A-{meaning.refs[0]}: data '
                         'requested from BI".', private=True)  # fmt: skip
        source = meaning.on_behalf_of
        member = self.snapshot.directory.member(source.id) if source and source.kind == "member" and source.id else None
        view = actions.add_note(self.session, self.board_id, meaning.refs[0], meaning.note, by=self.writer,
                                today=self.today, for_member=member)  # fmt: skip
        whose = f" from {member.name}" if member is not None and member.id != self.writer.id else ""
        return Reply(f"Update added to {view.ref}{whose}: {meaning.note}", actions=(view,), stored=True)

    def _reassign(self, meaning: Interpretation) -> Reply:
        if not meaning.owners:  # "reassign A-3", "could A-11 be put in his name": whom is asked, never guessed
            ref = f"A-{meaning.refs[0]}"
            return Reply(f'Who should {ref} go to? Write "give {ref} to" and their name.', private=True)
        unknown = [o.name for o in meaning.owners if o.kind == "unknown"]
        if unknown:
            return Reply(f"{joined(unknown)} {'is' if len(unknown) == 1 else 'are'} not on the board's roster, so I "
                         "can't give them the action. The business manager can add them to the roster.",
                         private=True)  # fmt: skip
        view = actions.reassign(self.session, self.board_id, meaning.refs[0], meaning.owners, by=self.writer,
                                today=self.today)  # fmt: skip
        return Reply(f"{view.ref} now belongs to {joined(list(view.owners))}.", actions=(view,), stored=True,
                     extra={"owner_member_ids": [o.id for o in meaning.owners if o.kind == "member"]})  # fmt: skip

    def _drop(self, meaning: Interpretation) -> Reply:
        number = meaning.refs[0]  # with no reason, the rights are checked and then the reason asked for
        view = actions.drop_action(self.session, self.board_id, number, meaning.note or "", by=self.writer,
                                   today=self.today)  # fmt: skip
        return Reply(f"{view.ref} is dropped ({meaning.note}): {view.text}", actions=(view,), stored=True)

    def close_for(self, number: int, owner: Owner) -> Reply:
        """The manager ticks off one member's part of an action ("A-3 done for Pam Smith")."""
        person = self.snapshot.directory.member(owner.id) if owner.kind == "member" and owner.id else None
        if person is None:
            return Reply(f"{owner.name} isn't on the board's roster, so they have no part in A-{number}.",
                         private=True)  # fmt: skip
        done = actions.complete_action(self.session, self.board_id, number, by=self.writer, today=self.today,
                                       for_member=person)  # fmt: skip
        view = done.view
        if done.whole_action:
            return Reply(f"Marked {person.name}'s part of {view.ref} as done; the action is now closed.",
                         actions=(view,), stored=True)  # fmt: skip
        progress = f" ({view.progress})" if view.progress else ""
        return Reply(f"Marked {person.name}'s part of {view.ref} as done{progress}.", actions=(view,), stored=True)

    def _withdraw(self, meaning: Interpretation) -> Reply:
        if len(meaning.owners) > 1:  # "remove apols for anne h, mayada and remley": each one the writer may act for
            lines, stored = [], False
            for each in meaning.owners:
                if each.kind == "member" and each.id is not None and not self.writer.may_act_for(each.id):
                    lines.append(f"Members withdraw their own apologies: ask {each.name}, or the business manager.")
                    continue
                one = self._withdraw(replace(meaning, owners=(each,)))
                lines.append(one.text)
                stored = stored or one.stored
            return Reply("\n".join(lines), stored=stored, private=not stored)
        owner = meaning.owners[0] if meaning.owners else None
        if owner is not None and owner.kind == "agency" and meaning.extra.get("whole_agency") and meaning.meeting:
            return self._withdraw_agency(owner, meaning.meeting)  # "Police will be represented … after all"
        if owner is None:  # "take both their apols off": whose, asked
            return Reply('Whose apologies should I withdraw? Write it again with their full name, for example "Kate '
                         'McConnell can make the July board after all".', private=True)  # fmt: skip
        if owner.kind != "member" or owner.id is None:
            return Reply(f"{owner.name} isn't on the board's roster, so there are no apologies to withdraw.",
                         private=True)  # fmt: skip
        if meaning.meeting is None:
            return Reply("Which meeting can you make after all? There is no upcoming meeting in the calendar.",
                         private=True)  # fmt: skip
        meeting = apologies.meeting_on(self.session, self.board_id, meaning.meeting)
        withdrawn = attendance.withdraw_apologies(
            self.session, self.board_id, owner.id, meeting, by=self.writer, today=self.today
        )
        you = owner.id == self.writer.id
        who = "you're" if you else f"{owner.name} is"
        if withdrawn:
            return Reply(f"Apologies withdrawn: {who} expected at the {meeting_words(meeting, self.today)}.",
                         stored=True)  # fmt: skip
        had = "You had" if you else f"{owner.name} had"
        return Reply(f"{had} not sent apologies for the {meeting_words(meeting, self.today)}.", private=True)

    def _withdraw_agency(self, owner: Owner, day: dt.date) -> Reply:
        """Every apology the agency's members sent for the meeting withdrawn (those the writer may act for)."""
        meeting = apologies.meeting_on(self.session, self.board_id, day)
        people = [p for p in self.snapshot.directory.members
                  if p.agency_id == owner.id and owner.department in (None, p.department)]  # fmt: skip
        allowed = [p for p in people if self.writer.may_act_for(p.id)]
        if not allowed:
            names = joined([p.name for p in people], "or") or owner.name
            return Reply(f"Members withdraw their own apologies: ask {names}, or the business manager.", private=True)
        withdrawn = [
            p.name for p in allowed
            if attendance.withdraw_apologies(self.session, self.board_id, p.id, meeting, by=self.writer,
                                             today=self.today)
        ]  # fmt: skip
        when = meeting_words(meeting, self.today)
        if not withdrawn:
            return Reply(f"Nobody from {owner.name} had sent apologies for the {when}.", private=True)
        return Reply(f"Apologies withdrawn: {joined(withdrawn)} expected at the {when}.", stored=True)


def _person_choice(person: Person) -> tuple[str, str]:
    """(label, name) of a member offered as a choice: "Sue Haywood (DMBC)", "Sue Haywood"."""
    return (f"{person.name} ({person.agency})" if person.agency else person.name), person.name


def _same_day_after(day: dt.date, today: dt.date) -> dt.date | None:
    """The same day and month on or after ``today`` (22 May 2026, asked in November 2026: 22 May 2027)."""
    for year in (today.year, today.year + 1):
        try:
            later = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if later >= today:
            return later
    return None


def edit_handlers(turn: EditTurns) -> dict[Intent, Any]:
    """The intents this mixin answers, for ``Turn.answer``'s table."""
    return {
        Intent.CHANGE_DUE: turn._change_due_to,
        Intent.ADD_UPDATE: turn._update,
        Intent.REASSIGN: turn._reassign,
        Intent.DROP_ACTION: turn._drop,
        Intent.WITHDRAW_APOLOGY: turn._withdraw,
    }


def _with_name(said: str, written: str, name: str) -> str | None:
    """The message with the written name replaced by the roster's full name, or None when it can't be found."""
    found = re.search(r"(?<![\w'])" + re.escape(written) + r"(?![\w])", said, re.I)
    if found is None:
        return None
    again = said[: found.start()] + name + said[found.end() :]
    return again if len(again) <= PAYLOAD_TEXT_LIMIT else None
