"""Understanding one message: intent, owners, task, due date, apologies and audit updates.

A pipeline of board-aware rules, tried in order, each cheap: what people write to a board's tracker is a
small language ("X to do Y by Z", "apologies for July", "S11 submitted"), and a wrong owner is the worst
mistake, so every owner comes from the roster or is left as an unresolved name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import partial

from bot.directory import Person
from bot.understanding.absentees import agency_people_named, nobody_from, own_agency_attends
from bot.understanding.accepted_work import accepted_as_given
from bot.understanding.action_news import as_news_of_action
from bot.understanding.action_numbers import refs_named
from bot.understanding.action_requests import WORK_VERB
from bot.understanding.action_rules import _ActionRules
from bot.understanding.apology_rules import _ApologyRules
from bot.understanding.as_typed import as_written
from bot.understanding.asked_sentence import asked_windows, labelled_ask, owner_first_windows
from bot.understanding.audit_progress_rules import _AuditProgressRules
from bot.understanding.away_too import others_away_too, without_others_too
from bot.understanding.bare_references import ASKS_TO_SEE, with_bare_reference
from bot.understanding.beside_help import done_beside_help
from bot.understanding.chat import plain_chat
from bot.understanding.edit_cues import asks_otherwise
from bot.understanding.edit_rules import _EditRules
from bot.understanding.edit_sources import without_for
from bot.understanding.edit_words import REF
from bot.understanding.forwarded import forwarded_email, member_sending, senders_reading, written_to_writer
from bot.understanding.guessing import guessed_reading
from bot.understanding.help_words import HELP_ANYWHERE
from bot.understanding.intent_rules import _IntentRules
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.labelled_notes import as_owner_first
from bot.understanding.leave_rules import _LeaveRules
from bot.understanding.list_clauses import as_clauses
from bot.understanding.list_extras import also_listed
from bot.understanding.lists_named import with_owners_in_a_row
from bot.understanding.loose_wording import as_usually_worded
from bot.understanding.meant import Meant, as_meant
from bot.understanding.memo import one_message
from bot.understanding.message_reader import is_question
from bot.understanding.name_words import is_everyday_word
from bot.understanding.names import NameIndex
from bot.understanding.note_above import kept_from_writer, quoted_below, read_with_note_above
from bot.understanding.own_voice import in_own_voice
from bot.understanding.owned_tasks import owners_in_task
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.pasted_owners import with_initials_written_out, with_owner_stated
from bot.understanding.patterns import guarded
from bot.understanding.posted_for import posted_for
from bot.understanding.preambles import (
    spoken_to_first,
    without_owner_aside,
    without_preamble,
    without_salutation,
    without_vocative,
)
from bot.understanding.question_words import NOTHING_ASKED, SEEN_EDITED, THANKS_NOTED
from bot.understanding.quoted_replies import without_item_numbers, without_quote
from bot.understanding.quoted_speech import in_their_words
from bot.understanding.record_requests import RECORD_ASKED
from bot.understanding.relay_lead import relayed_by
from bot.understanding.relayed import relayed_from, with_sender_named, without_header_dates
from bot.understanding.relayed_for import told_for
from bot.understanding.requested import as_requested
from bot.understanding.retold import retold
from bot.understanding.role_named import written_whole
from bot.understanding.said_in_passing import PERSONAL_ASK, in_passing
from bot.understanding.signatures import with_salutation_set_off, without_signature_block, without_signed_name
from bot.understanding.strangers import unlisted_body, written_body
from bot.understanding.text import normalise, tidy
from bot.understanding.unnamed_owners import unread_whom

__all__ = ["MAX_UNDERSTOOD", "as_read", "interpret", "is_question"]

MAX_UNDERSTOOD = 2_000  # longer messages are read up to here; nobody writes an action that long
# "... by end of June. Also what's A-9 again?", "push A-11 back pls and remind me who's on A-13": a second ask.
_SECOND_ASK = guarded(
    r"(?:[.!?;,]\s+|\s+[–—-]+\s+)(?:and\s+)?also\b(?=[^?]*\?\W*$|,?\s+(?:what|whats|what's|who|whos|who's|when|where|is|are|"
    r"can|could|how|remind)\b)|[\s,]+and\s+(?:also\s+)?(?:remind me|(?:can|could) you)\b",
    re.I,
)


@one_message
def interpret(
    text: str, writer: Person | None, now: dt.datetime, names: NameIndex, *, guess: bool = True
) -> Interpretation:
    """What one message from ``writer`` means at ``now`` for the board whose names are ``names``; with ``guess``,
    a message no rule reads may get the learned model's reading, marked ``guessed`` for the writer to confirm."""
    below, member = quoted_below(text[: MAX_UNDERSTOOD * 2]), partial(member_sending, writer=writer, names=names)
    noted = read_with_note_above(below, writer, partial(interpret, now=now, names=names, guess=guess), member)
    if noted is not None:  # "list for Sally Holmes pls - she's emailed below / > …": the note, read first
        return noted
    quoted = in_their_words(normalise(text[: MAX_UNDERSTOOD * 2]), writer, names)  # 'Jo said: "I will …"': Jo
    initialled = with_initials_written_out(written_whole(as_read(quoted), names), names)
    found = _interpret_read(text, initialled.text, writer, now, names, guess)  # "… change the owner to mike g: …"
    found = kept_from_writer(found, below, writer, member) if below else found  # never the pasted email's "I"
    return initialled.confirmed(with_owner_stated(found, (normalise(text), initialled.text), names, writer))


def _interpret_read(
    text: str, message: str, writer: Person | None, now: dt.datetime, names: NameIndex, guess: bool
) -> Interpretation:
    """:func:`interpret` of ``text``, read as ``message``."""
    if not any(ch.isalnum() for ch in message):
        return Interpretation(Intent.NONE)
    meant = as_meant(message, writer, now, names)  # "for Richard – sorry, not Richard, it's me –", "Fwd from X: ..."
    found = _read_in_voice(text, meant, now, names, guess)
    emailed = forwarded_email(text[: MAX_UNDERSTOOD * 2], writer, names)  # "FYI - see below from Pam … From: Smith Pam"
    emailed = emailed or written_to_writer(text[: MAX_UNDERSTOOD * 2], writer, names)  # "Martine, … \nRoger"
    if emailed is None:
        return found
    sent = as_meant(message, writer, now, names, replace(emailed, text=as_read(emailed.text)))
    senders = _read_in_voice(text, sent, now, names, guess)
    if emailed.bare and emailed.writer is not None and senders.intent is not Intent.NONE:
        return senders  # forwarded with nothing of the writer's own: the sender's message, read as theirs
    return senders_reading(found, senders, writer, stranger=emailed.writer is None)


_RHETORICAL = guarded(
    r"^\W*(?:is\s+it\s+just\s+me\s+or\b|who\s+(?:knew|would\s+have\s+thought)\b|"
    r"does\s+any(?:one|body)\s+(?:actually\s+|really\s+|else\s+)?(?:enjoy|like|love)\b)",
    re.I,
)


def _read_in_voice(text: str, meant: Meant, now: dt.datetime, names: NameIndex, guess: bool) -> Interpretation:
    """The reading of the words meant, in the writer's voice where a PA typed them."""
    own = in_own_voice(meant.text, meant.writer, names, text)  # "Tony would like his list", typed by his PA
    if own != meant.text:  # read in the writer's voice, but as typed where that says more
        typed = _read_meant(text, meant, now, names, guess)
        return _as_typed_or_voiced(typed, _read_meant(text, replace(meant, text=own), now, names, guess))
    return _read_meant(text, meant, now, names, guess)


def _as_typed_or_voiced(typed: Interpretation, voiced: Interpretation) -> Interpretation:
    """Of a PA's message read as typed and in the member's voice: the voiced reading, with the note as typed ("he
    has met the Lead Member"); the typed reading when it asks how the assistant works or the voiced one is unsure."""
    if typed.intent is Intent.HELP or (voiced.intent is Intent.NONE and typed.intent is not Intent.NONE):
        return typed
    if voiced.note and typed.intent is voiced.intent and typed.refs == voiced.refs and typed.note:
        return replace(voiced, note=typed.note)
    return voiced


def _read_meant(text: str, meant: Meant, now: dt.datetime, names: NameIndex, guess: bool) -> Interpretation:
    """The reading of the words ``meant`` (``text`` as read)."""
    message = meant.text
    found = meant.settled(_read_past_preamble(message, meant.writer, now, names))
    if found.intent is Intent.HELP:  # "how do i change a due date? need a-53 to be the 1st": done, as well as asked
        found = done_beside_help(message, lambda part: _read(part, meant.writer, now, names)) or found
    absent = found.intent in (Intent.APOLOGY, Intent.WITHDRAW_APOLOGY)  # only then is a second reader needed
    reader = _Reader(message, meant.writer, now, names) if absent else None
    if reader is not None and (found.owners or found.ambiguous):
        told = without_others_too(message)  # "cafcass apols for monday - nicola is in court" (not "…, jo too")
        found = agency_people_named(found, names.directory, reader._owners_named_in, told, meant.writer)
    if not nobody_from(message):  # "no one from fire can do the workshop": the agency, unrepresented
        found = own_agency_attends(found, meant.writer, names.directory, message)  # "police apols" from police
    if reader is not None:  # "…, Zala too", "ditto sally": others away as well
        found = others_away_too(found, message, reader.owners, reader._owners_named_in)
    unowned_list = found.intent is Intent.LIST_ACTIONS and not (found.owners or found.ambiguous)
    opens_with_number = found.intent is Intent.LIST_ACTIONS and _OPENS_WITH_NUMBER.match(message)
    opens_with_number = opens_with_number or (unowned_list and _TAKEN_OFF.search(message))
    unreferenced = found.intent in _EDITS_FOR  # "sent the GP audit to QA & comms, thats 27 done": which is done
    if (found.intent is Intent.NONE or opens_with_number or unreferenced) and not found.refs:
        found = _with_bare_reference(text, meant, now, names) or found  # "move 27 to mon": the number an action's
    if found.intent is Intent.LIST_ACTIONS and not (found.owners or found.ambiguous or _EVERYONE.search(message)):
        found = _named_lists(found, _Reader(message, meant.writer, now, names))  # never the whole board's by default
    elif found.intent is Intent.LIST_ACTIONS and found.owners:  # "… and anything assigned to Karen Jackson"
        found = _more_lists(found, _Reader(message, meant.writer, now, names))
    found = as_news_of_action(found, message)  # "Regarding A-57, … I will report …": how it stands
    if (
        guess
        and found.intent is Intent.NONE
        and not NOTHING_ASKED.search(message)
        and not SEEN_EDITED.search(message)
        and not THANKS_NOTED.match(message)
        and not PERSONAL_ASK.search(message)  # "Jassi can you call me about …": asked of a colleague
        and not _RHETORICAL.match(message)  # "is it just me or are there more actions every week 😂": asks nothing
        and not accepted_as_given(message)  # "a-22 was passed to me, it's fine, I'll do it": nothing to change
    ):  # no rule reads it: perhaps the learned model, for the writer to confirm
        guessed = guessed_reading(_Reader(message, meant.writer, now, names), found.refs)
        found = meant.settled(guessed) if guessed is not None else found  # a forwarded "I'm off …": the sender's
    if found.intent in (Intent.LIST_ACTIONS, Intent.NONE):  # "what's open for me, viv and the police": all three
        reader, row = _Reader(message, meant.writer, now, names), without_vocative(message, meant.writer, names)
        resolve = lambda part: reader.owners.phrase(part, allow_unknown=False, subject=True)  # noqa: E731
        found = with_owners_in_a_row(found, row or message, resolve, reader._writer_owners_list, names.near)
    if found.intent in _EDITS_FOR:  # "Zala asked me to pass on …", "drop 69 for tony - …": whom the edit is for
        found = _edited_for_whom(found, _Reader(message, meant.writer, now, names))
    if found.intent is Intent.RECORD_ACTION:  # "add one for Roger – he wants Merlin and Tony to …": theirs, for Roger
        owners = OwnerResolver(names, meant.writer)
        found = owners_in_task(found, meant.writer, owners)
        found = in_passing(found, message, meant.writer, lambda part: _read(part, meant.writer, now, names))
    if found.intent is Intent.RECORD_ACTION and found.on_behalf_of is None:  # "quick one on behalf of Nicola: …"
        behalf = posted_for(message, text, found, meant.writer, names)  # "… on behalf of Nicola", "at Jo's request"
        relayer = None if behalf else relayed_by(text, meant.writer, names)  # "Pam rang - action for the hospital …"
        theirs = relayer is not None and any((o.kind, o.id) == ("member", relayer.id) for o in found.owners)
        behalf = behalf or (None if theirs else relayer)  # "Viv rang - she'll bring …": hers, for nobody
        found = replace(found, on_behalf_of=behalf)
    if any(o.kind == "unknown" and " " not in o.name for o in found.owners):  # "… Steve Marsh … an action for Steve"
        found = replace(found, owners=tuple(_named_in_full(o, message) for o in found.owners))
    if found.note:  # the note as the writer typed it ("weve agreed"), not as the rules read it ("we've agreed")
        found = replace(found, note=as_written(found.note, tidy(text[: MAX_UNDERSTOOD * 2])))
    return found


def _with_bare_reference(text: str, meant: Meant, now: dt.datetime, names: NameIndex) -> Interpretation | None:
    """The reading of the message with its bare number as an action's reference, when that reads as an edit of
    that action or a look at it; else None (the number counted something, or nothing reads it either way)."""
    referenced = with_bare_reference(meant.text)
    if referenced is None:
        return None
    found = _read_meant(text, replace(meant, text=referenced[0]), now, names, guess=False)
    if found.intent is Intent.SHOW_ACTION and not ASKS_TO_SEE.search(meant.text):
        return None  # "can you book room 3": nothing asks to see an action
    if found.intent is Intent.CHANGE_DUE and found.shift_days is None and referenced[1] <= 31:
        found = replace(found, guessed=True)  # "move 15 to June": perhaps the 15th, so the writer is asked first
    return found if found.intent in _EDITS and found.refs == (referenced[1],) else None


def _edited_for_whom(found: Interpretation, reader: _Reader) -> Interpretation:
    """Whom an edit is for, when no rule said: whose news an update passes on ("Zala asked me to pass on an update
    …"), who asked for a completion ("Sally asked me to …"), or the member the business manager names ("drop 69 for
    tony - …", "…, sally asked"); and the note or reason without the "for …"."""
    if found.intent is Intent.ADD_UPDATE and found.on_behalf_of is None:
        found = replace(found, on_behalf_of=reader.news_from())
    if found.intent is Intent.COMPLETE_ACTION and found.on_behalf_of is None and found.refs:
        found = reader._asked_for(found)
    if found.on_behalf_of is None:  # "Had a call from Sally - A-53 can be closed …": for the one who got in touch
        found = replace(found, on_behalf_of=reader.edited_for() or relayed_by(reader.text, reader.writer, reader.names))
    if found.note and found.on_behalf_of:
        found = replace(found, note=without_for(found.note))
    return found


def _named_in_full(owner: Owner, message: str) -> Owner:
    """An unknown owner called by a first name the message gave in full before ("we met Steve Marsh from the LADO
    service … an action for Steve"): the full name, the one the writer will be asked about."""
    if owner.kind != "unknown" or " " in owner.name:
        return owner
    full = re.search(rf"\b{re.escape(owner.name)}\s+(?-i:[A-Z][a-z'’-]+)\b", message, re.I)
    surname = full[0].split()[-1] if full else ""
    if not full or is_everyday_word(surname) or surname.lower() in {"from", "and", "to", "the"}:
        return owner
    return replace(owner, name=f"{owner.name} {surname}")


# Words that ask for everyone's list: "all open actions", "the whole board", "everything overdue", "anyone's"
_EVERYONE = guarded(
    r"\b(?:whole|entire|all|every(?:one|body|thing)?|across|any(?:one|body)['’]?s?|total|overall|tracker)\b|"
    r"\bboard['’]s\b",
    re.I,
)


def _named_lists(found: Interpretation, reader: _Reader) -> Interpretation:
    """A list question read as the whole board's that names agencies or groups after all ("the health agencies —
    the CCG and the hospital"): theirs, offered for the writer to confirm (a member named may be the one written to
    or the one who asked, so only agencies and groups)."""
    bodies = tuple(o for o in reader._named_not_met().owners if o.kind in ("agency", "group"))
    unread = None if bodies else unread_whom(reader._list_asked())  # "whats outstanding for dudley womens aid"
    if unread and not reader.owners.phrase(unread, allow_unknown=False):
        return replace(found, guessed=True, extra={**found.extra, "unread": unread})
    return replace(found, owners=bodies, guessed=True) if bodies else found


def _more_lists(found: Interpretation, reader: _Reader) -> Interpretation:
    """A list question's further owners, named after its first (``bot.understanding.list_extras``): roster owners
    only, and a name that fits several asked about."""
    more = also_listed(reader.text)
    owners, ambiguous = list(found.owners), list(found.ambiguous)
    for name in more.names:
        named = reader.owners.phrase(name, allow_unknown=False, subject=True)
        body = None if named else (unlisted_body(name) or written_body(name))  # "… and barnardos if …"
        named = Resolution([Owner("unknown", body, suggestions=reader.names.near(body))]) if body else named
        owners += [o for o in named.owners if o not in owners] if named else []
        ambiguous += [a for a in named.ambiguous if a not in ambiguous] if named else []  # "… to Karen": which?
    if more.writer:
        owners += [o for o in reader._writer_owners_list() if o not in owners]
    return replace(found, owners=tuple(owners), ambiguous=tuple(ambiguous))


def as_read(text: str) -> str:
    """A message as the rules read it: no signature block, chat made plain, tidied, at most MAX_UNDERSTOOD chars."""
    plain = tidy(
        as_clauses(
            without_signature_block(
                without_header_dates(
                    with_sender_named(
                        without_quote(
                            without_item_numbers(with_salutation_set_off(normalise(text[: MAX_UNDERSTOOD * 2])))
                        )
                    )
                )
            )
        )
    )
    return plain_chat(as_usually_worded(plain[:MAX_UNDERSTOOD]))


def _read_past_preamble(message: str, writer: Person | None, now: dt.datetime, names: NameIndex) -> Interpretation:
    """The request after a newcomer's opening ("Not sure if this is the right place but …") or passed on from
    someone else ("Roger's asked me to log one for Jo - …"), when the rules understand it; else the whole message;
    else, when nothing reads it, a note whose owners are labelled (``as_owner_first``) or the action a story tells
    (``retold``)."""
    message = without_salutation(message, writer, names) or message  # "Roger – apols for July … Tabetha"
    message = without_vocative(message, writer, names) or message  # "Martine, Su and Viv have … could you …?"
    message = without_signed_name(message, writer, names)  # "… for anything urgent. Tony", written by Tony
    said = spoken_to_first(message, writer, names)  # "Remley – saw your message. everyone to …": what is said
    if said is None:
        return _read_unaddressed(message, writer, now, names)
    body, spoken_to = said
    found = _read_past_preamble(body, writer, now, names)
    if found.intent is not Intent.NONE and (_NAMES_ITS_OWN.search(body) or not _writers_by_default(found, writer)):
        return found  # never "Annette Callear - apologies for next board": her apologies, in the minutes' way
    found = _read_unaddressed(message, writer, now, names)
    theirs = any(o.kind == "member" and o.id in spoken_to for o in found.owners)
    if not theirs or WORK_VERB.match(_PLEASE.sub("", body)) or not _A_CLAUSE.search(body):
        return found  # "Pam – send the leaflet by friday pls", "zala - training numbers to me by friday": theirs
    return Interpretation(Intent.NONE)  # "Roger – Jo asked if 44 could go …": never Roger's action


def _writers_by_default(found: Interpretation, writer: Person | None) -> bool:
    """Whether a reading gives the work (or the absence) to the writer alone."""
    if writer is not None and found.intent is Intent.LEAVE and not found.owners and not found.ambiguous:
        return True  # "on leave until 5 June": the writer's own, unless the whole message names whose
    return writer is not None and [(o.kind, o.id) for o in found.owners] == [("member", writer.id)]


def _read_unaddressed(message: str, writer: Person | None, now: dt.datetime, names: NameIndex) -> Interpretation:
    """``_read_past_preamble`` for a message that does not open by speaking to someone."""
    sender = relayed_from(message)  # a forwarded email's sign-off is its sender's ("… the September board. Anne")
    senders = names.person(sender).candidates if sender else []
    message = without_signed_name(message, senders[0], names) if len(senders) == 1 else message
    relayed = _relayed_for(message, writer, now, names)
    if relayed is not None:  # "Remley asked me to let you know he'll pull together …": Remley's, passed on
        return relayed
    labelled = labelled_ask(message)  # "<the work>. Action for QA & Comms please, by 31/7. I'll send the brief …"
    given = _read(labelled, writer, now, names) if labelled else None
    if given is not None and given.intent is Intent.RECORD_ACTION and (given.owners or given.ambiguous):
        return given
    if HELP_ANYWHERE.search(message):  # "Is it possible to reassign … through you?": how, before what
        return Interpretation(Intent.HELP)
    rest = without_preamble(message)
    for asked in (as_requested(rest or message), rest):
        if asked is not None and not (REF.search(message) and not REF.search(asked)):  # "A-31 Sally asked me to add:"
            found = _read(asked, writer, now, names)
            closed = found.intent is Intent.COMPLETE_ACTION and not found.refs and RECORD_ASKED.search(message)
            if found.intent is not Intent.NONE and not closed:  # "can we log one for …? Happy to close the old one"
                return found
    found = _read(message, writer, now, names)
    ownerless = found.intent is Intent.RECORD_ACTION and not found.owners and not found.ambiguous
    unread = found.intent is Intent.NONE or ownerless
    stories = (
        (without_owner_aside(message), as_owner_first(rest or message), retold(message), retold(rest) if rest else None)
        if unread
        else ()
    )
    for story in filter(None, stories):  # "… and in the end Jo said she'd find out …": the action the story tells
        told = _read(story, writer, now, names)
        if told.intent is Intent.RECORD_ACTION and (told.owners or told.ambiguous or not ownerless):
            return told
    for window in asked_windows(message) if unread else ():  # "<the story>. Can you put down that Su will …?"
        part = _read(window, writer, now, names)
        if part.intent is Intent.RECORD_ACTION and (part.owners or part.ambiguous):
            return part
    writer_id = writer.id if writer else None
    for window in owner_first_windows(message) if unread else ():  # "Jo and I spoke. mike g to share …"
        part = _read(window, writer, now, names)
        named = part.owners and all(
            o.kind != "unknown" and (o.kind != "member" or o.id != writer_id) for o in part.owners
        )
        if part.intent is Intent.RECORD_ACTION and named:  # never "Happy to share ours if not": the writer's offer
            return part
    return found


_OPENS_WITH_NUMBER = guarded(
    r"^\W*(?:@?[A-Za-z]+\s*[–—:-]\s+)?\d{1,3}\s+(?:is|should|needs?|can|could|must|has|was)\b", re.I
)
_PLEASE = guarded(r"^(?:please|pls|plz)\s+", re.I)
# What is said after the one spoken to names its own doer ("I'll …", "we …") or is a clause of its own ("Jo asked …")
_NAMES_ITS_OWN = guarded(r"\b(?:I|I['’]ll|I['’]m|I['’]ve|I['’]d|Im|Ill|Ive|we|we['’]ll|we['’]re)(?=\W|$)", re.I)
_A_CLAUSE = guarded(
    r"\b(?:asked|said|says|rang|called|spoke|mentioned|emailed|is|are|was|were|has|have|had|can|could|should|will|"
    r"would|did|does)\b",
    re.I,
)
_TAKEN_OFF = guarded(r"\btake\s+\d{1,3}\s+off\b", re.I)  # "Can we take 26 off the tracker?": that one, not the list
_EDITS_FOR = (Intent.COMPLETE_ACTION, Intent.DROP_ACTION, Intent.ADD_UPDATE, Intent.CHANGE_DUE)
_EDITS = (*_EDITS_FOR, Intent.REASSIGN, Intent.SHOW_ACTION)
_RELAYABLE = (Intent.RECORD_ACTION, Intent.LEAVE, Intent.APOLOGY, Intent.WITHDRAW_APOLOGY)
_AWAY_WORDS = guarded(
    r"\b(?:leave|off\s+sick|away|holiday|hols|ooo|out\s+of\s+(?:the\s+)?office)\b|"  # "she's off until …"
    r"(?:['’]s|\bs|\bis|\bare)\s+off\s+(?:until|till|til|from|next|this|all|for|work|tomorrow|today)\b",
    re.I,
)


def _relayed_for(message: str, writer: Person | None, now: dt.datetime, names: NameIndex) -> Interpretation | None:
    """The news someone asked the writer to pass on, read as theirs (``bot.understanding.relayed_for``); never the
    writer's own (news the rules do not read, or a leave the writer may not record, is nobody's)."""
    relayed = told_for(message)
    told = _read(relayed.text, writer, now, names) if relayed else None
    if relayed is None or told is None:
        return None
    if told.intent not in _RELAYABLE or not (told.owners or told.ambiguous):  # else as it reads, never their leave
        away = _AWAY_WORDS.search(relayed.text) and not told.refs  # never "… a-52 needs to go to …, X is on leave"
        return Interpretation(Intent.NONE) if away else None
    sender = names.person(relayed.who).member if relayed.who else None
    if not relayed.who:  # news about the people it names, passed on: as it reads
        return told
    if sender is None or (writer is not None and sender.id == writer.id) or told.intent is not Intent.RECORD_ACTION:
        return told
    return replace(told, on_behalf_of=Owner("member", sender.name, sender.id))


def _read(message: str, writer: Person | None, now: dt.datetime, names: NameIndex) -> Interpretation:
    second = _SECOND_ASK.search(message)
    if second is not None and second.start() > 0:  # the first ask is what the message is for
        first = _Reader(message[: second.start()], writer, now, names).read()
        if first.intent is not Intent.NONE:
            return replace(first, refs=first.refs + tuple(r for r in refs_named(message) if r not in first.refs))
    return _Reader(message, writer, now, names).read()


class _Reader(_LeaveRules, _EditRules, _IntentRules, _ActionRules, _ApologyRules, _AuditProgressRules):
    """The rules, in the order a board manager would apply them."""

    def read(self) -> Interpretation:
        refs = refs_named(self.text)
        if _RHETORICAL.match(self.text) or (refs and accepted_as_given(self.text)):
            return Interpretation(Intent.NONE, refs=refs)  # "… a-35's mine then. no complaints"
        for rule in (
            self._help,
            self._leave,
            self._show_action,
            self._edit_by_reference,
            self._closing_request,
            self._marked_action,
            self._apology,
            self._audit_plan,
            self._audit_progress,
            self._structured_action,
            self._first_person_completion,
            self._meeting_info,
            self._audit,
            self._list_actions,
            self._completion_by_statement,
        ):
            found = rule()
            closing = found is not None and found.intent is Intent.COMPLETE_ACTION and not found.refs
            if closing and asks_otherwise(self.text):
                continue  # "… take her apols off", "can we log one …? Happy to close the old one": asked otherwise
            if found is not None:
                return found if found.refs else replace(found, refs=refs)
        return Interpretation(Intent.NONE, refs=refs)
