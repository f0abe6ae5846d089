"""Confirming a guessed reading: what the assistant thinks a message asks, put back as a yes-or-no question.

A message no rule reads may still be read by the learned model (:mod:`bot.understanding.guessing`). That reading is
never acted on as it stands: the writer sees it in plain words and answers Yes (the message is then answered as
if a rule had read it, with the same rights and checks) or No (nothing happens).
"""

from __future__ import annotations

import datetime as dt

from bot.conversation.wording import joined
from bot.directory import Person
from bot.replies import Option, Reply, format_day
from bot.understanding.interpretation import Intent, Interpretation, Owner

NOT_SURE = "I'm not sure I've understood."


def confirm_guess(meaning: Interpretation, said: str, writer: Person, today: dt.date) -> Reply:
    """ "I'm not sure I've understood. Do you want me to record an action for Sally Holmes …?" Yes / No."""
    unread = meaning.extra.get("unread")  # "whats outstanding for dudley womens aid": nobody of that name
    initials = meaning.extra.get("initials")  # "ACTION: PS & ZI to liaise …": read as members, to be confirmed
    lead = f"I don't know \"{unread}\" on the board's roster." if unread else NOT_SURE
    lead = f"I've read {joined(list(initials))}." if initials and not unread else lead
    question = f"{lead} Do you want me to {_what(meaning, writer, today)}?"
    options = (
        Option("Yes", {"op": "say", "writer": writer.id, "text": said, "sure": True}, ("yes", "y", "yes please")),
        Option("No", {"op": "cancel", "writer": writer.id}),  # typed "no", "cancel", "never mind" pick it
    )
    return Reply(question, options=options, private=True)


def _what(meaning: Interpretation, writer: Person, today: dt.date) -> str:
    ref = f"A-{meaning.refs[0]}" if meaning.refs else "that action"
    owners = _owners(meaning.owners, writer)
    match meaning.intent:
        case Intent.RECORD_ACTION:
            due = f", due {format_day(meaning.due, today)}" if meaning.due else ""
            due = ", as soon as possible" if meaning.asap else due
            return f'record an action for {owners}: "{meaning.task}"{due}'
        case Intent.LIST_ACTIONS:
            return f"list the open actions of {owners}" if meaning.owners else "list the board's open actions"
        case Intent.COMPLETE_ACTION:
            return f"mark {ref} as done"
        case Intent.SHOW_ACTION:
            return f"show {ref} and its history"
        case Intent.ADD_UPDATE:
            return f'add this update to {ref}: "{meaning.note}"'
        case Intent.DROP_ACTION:
            return f'drop {ref}, giving the reason "{meaning.note}"'
        case Intent.CHANGE_DUE:
            return f"move {ref} to {format_day(meaning.due, today)}" if meaning.due else f"change the due date of {ref}"
        case Intent.REASSIGN:
            return f"give {ref} to {owners}"
        case Intent.APOLOGY:
            return f"send your apologies for {_meeting(meaning.meeting, today)}"
        case Intent.WITHDRAW_APOLOGY:
            return f"withdraw your apologies for {_meeting(meaning.meeting, today)}"
        case Intent.LEAVE:
            until = meaning.away_until
            return f"note that you're away until {format_day(until, today)}" if until else "note your leave"
        case Intent.AUDIT_UPDATE:
            audit = meaning.audit
            subject = f" for {audit.subject}" if audit and audit.subject else ""
            status = f" as {audit.status.replace('_', ' ')}" if audit and audit.status else ""
            return f"record the {audit.type if audit else 'audit'} return{subject}{status}"
        case Intent.AUDIT_STATUS:
            return f"show how the {meaning.audit.type if meaning.audit else 'audit'} returns are going"
        case Intent.MEETING_INFO:
            return f"tell you about {_meeting(meaning.meeting, today)}"
        case _:
            return "show what I can do"


def _owners(owners: tuple[Owner, ...], writer: Person) -> str:
    return joined(["you" if o.kind == "member" and o.id == writer.id else o.name for o in owners])


def _meeting(day: dt.date | None, today: dt.date) -> str:
    return f"the meeting on {format_day(day, today)}" if day else "the next meeting"
