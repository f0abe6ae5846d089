"""The leave rule of the reader: the writer's own leave ("On leave until 1 June", "ooo until further notice"), or,
written by the business manager or the chair, a member's ("fyi roger is away till 29 may"); someone else's leave told
by anyone else is news."""

from __future__ import annotations

import datetime as dt
import re

from bot.directory import MANAGERS
from bot.understanding.absence_words import APOLOGY_SAID
from bot.understanding.auto_replies import auto_reply_leave
from bot.understanding.context import as_first_person
from bot.understanding.edit_words import REF
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.leave import (
    about_a_meeting,
    away_named,
    others_leave,
    writer_away_open,
    writer_away_until,
)
from bot.understanding.leave_cover import without_cover_note
from bot.understanding.leave_logged import leave_logged_for
from bot.understanding.leave_spans import AWAY_FROM
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import guarded
from bot.understanding.person_words import FIRST_PERSON
from bot.understanding.withdrawn_words import WILL_ATTEND, WITHDRAW

__all__ = ["_LeaveRules"]

_MEETING_NAMED = guarded(r"\b(?:board|panel|workshop|dscb|lscb)\b", re.I)
# "Back from the SAB conference early so I'll attend on 10 July": back, and so attending, not away.
_BACK_FROM = guarded(r"\b(?:back|home|returned)\b[^.!?]{0,40}?\b(?:early|sooner|after\s+all)\b", re.I)
_NOTE_ASKED = guarded(r"^(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:note|record|log)\b[^?]*\?", re.I)
# (never "… and will be back in January": the same leave, told on)
_ASKS_MORE = guarded(
    r"\?|\b(?:so|and|but)\s+(?:can|could|would|will(?!\s+(?:be|return|not|then|probably)\b)|please|pls)\b|"
    r"\bwhat(?:['’]s|\s+has|\s+does)\s+(?:he|she|they)\s+(?:got|have|owe)\b",  # "…, what's he got open so i can cover"
    re.I,
)
# A name as a label of the leave: first, before a dash or colon; last, after one; or after "leave:"
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
_LABEL = guarded(
    rf"^\W*(?P<first>{_NAME})\s*[:–—-]\s|[:–—-]\s*(?P<last>{_NAME})\s*[.!]*$|"
    rf"^\W*(?:annual\s+|sick\s+|study\s+)?(?:leave|a/l|AL|absence|ooo)(?:\s+(?:update|note|notice))?\s*:\s*"
    rf"(?P<after>{_NAME})\b",
    re.I,
)
# "the person doing it is off till june", "the one who's abroad till june": someone else away, never the writer
_THIRD_AWAY = guarded(
    r"\b(?:she|he|they|who|the\s+(?:person|one|officer|lead|manager|colleague|member)\b[^.;!?]{0,30}?)(?:['’]s|['’]re|\s+is|"
    r"\s+are|\s+will\s+be)\s+(?:now\s+)?(?:off|away|abroad|on\s+(?:leave|holiday|a\s+course)|out\s+of)\b",
    re.I,
)
# "Sally Holmes starts her course on Monday and will be away until 29 May": someone named, then away (no "I")
# (or "Martine, just so you're aware Sally is away until the Friday")
_TOLD_OF = guarded(
    r"(?:^|(?<=[\s,;:–—-]))(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|[a-z][\w'’-]*)(?:['’]s|\s+(?:is|has|had|starts|started|"
    r"begins|goes|will|was))\b(?=[^.;!?]*\b(?:away|off|leave|a/l|ooo|out\s+of|course|conference|sick)\b)",
    re.I,
)
# "can you get the CSE profile added as an action for me, due end of June, I'm on a course til Tues": an action
# asked for, the leave only an aside
_ACTION_ASKED = guarded(
    r"\b(?:can|could|would|will|please|pls)\b[^.!?]{0,60}?(?:\b(?:added|logged|recorded|put\s+(?:down|on)|noted)\s+as\s+an?\s+"
    r"(?:new\s+)?action\b|\bas\s+an?\s+(?:new\s+)?action\s+for\b|\b(?:add|log|record|raise|create|put\s+(?:in|down|on)|pop)\s+"
    r"(?:an?\s+)?(?:new\s+)?action\s+(?:for|against|on)\b)|"
    r"^(?:me|myself)\s+to\s+(?!be\b)[a-z]{3,}",  # "me to refresh the profile, I'm off until …": the task asked
    re.I,
)
# "back from leave today", "just back off my hols": leave that is over, nothing to record
_BACK_NOW = guarded(
    r"(?:^|[.!?,;:–—-]\s*)(?:(?:all|hi|morning)\s+)?(?:I['’]?m\s+|I\s+am\s+|just\s+|now\s+)?(?:back|returned|home)\s+"
    rf"(?:from|off)\s+(?:my\s+|our\s+|the\s+|a\s+)?(?:\w+\s+){{0,2}}?{AWAY_FROM}\b"
    r"(?![^.!?]{0,30}\b(?:on|from|until|till|til)\s)"
    r"(?=[^.!?]{0,20}\b(?:today|now|this\s+morning|yesterday|at\s+last)\b|\s*(?:[.!,–—-]|$))",
    re.I,
)
_MORE_SAID = guarded(r"\b(?:I['’]ll|I\s+will|ill|I['’]m\s+going\s+to|can\s+you|could\s+you|please|pls|A-?\d)", re.I)
# "As I'm away until 5 June, please could A-44 be moved to w/c 8 June": an edit asked, the leave only why
# "… can I have till end of June?", "give a-39 to sally, I'm off from monday": an edit asked, the leave only why
_EDIT_ASKED = guarded(
    r"\b(?:please|pls|can|could|would)\b|^\W*(?:give|pass|hand|move|reassign|transfer|assign)\s+(?:over\s+)?"
    r"(?:action\s+|no\.?\s*|#)?A-?\d",
    re.I,
)


class _LeaveRules(_ReaderBase):
    """Mixed into the reader: leave."""

    def _leave(self) -> Interpretation | None:
        """ "On leave until 1 June", "a/l until 12/06", "OOO through Friday", "back on 8 June": the writer's leave."""
        if WITHDRAW.search(self.text) or (_BACK_FROM.search(self.text) and WILL_ATTEND.search(self.text)):
            return None  # "I'm back from the course early so I can attend Monday's panel. Please cancel my apologies"
        back = _BACK_NOW.search(self.text)
        more = back is not None and _MORE_SAID.search(self.text, back.end())  # "… I'll circulate the slides once …"
        if back and not more and not _ASKS_MORE.search(self.text) and not writer_away_until(self.text, self.now):
            return Interpretation(Intent.NONE)  # "back from leave today - 400 emails to wade through": leave over
        if _ACTION_ASKED.search(self.text):
            return None  # "Please add an action for me to … - I'm on leave till Tuesday": the action is the request
        logged = leave_logged_for(self.text)  # "Martine can you log leave for Annette - she's off 8-12 June"
        if logged is not None:
            return type(self)(logged, self.writer, self.now, self.names)._leave() or Interpretation(Intent.NONE)
        pasted = auto_reply_leave(self.text, self.now, self.owners, self.writer)  # "Auto-reply from Pam below: …"
        if pasted is not None:
            return pasted
        if REF.search(self.text) and ("?" in self.text or _EDIT_ASKED.search(self.text)):
            return None  # "action 31 - can I have till end of June? our CSE lead is off until the 8th": the ask
        if APOLOGY_SAID.search(self.text) and _MEETING_NAMED.search(self.text):
            return None  # "I'm on leave 6-17 July so won't make the board": apologies for the board, read as such
        named = away_named(self.text, self.now)  # "fyi roger is away till 29 may": Roger's leave, not the writer's
        whose = self.owners.phrase(named.who, subject=True, allow_unknown=not named.loose) if named else None
        if named and not whose and named.loose and named.who.endswith("s"):  # "mikes off next week": Mike's
            whose = self.owners.phrase(named.who[:-1], subject=True, allow_unknown=False)
        writer_id = self.writer.id if self.writer else None
        someone_else = (
            whose is not None
            and bool(whose)
            and not any(o.kind == "member" and o.id == writer_id for o in whose.owners)
            and not any(p.id == writer_id for a in whose.ambiguous for p in a.candidates)
        )
        if whose and any(o.kind not in ("member", "unknown") for o in whose.owners):
            whose = None  # "Safeguarding team away until 5 June": news, nobody's leave to record
        away = None if someone_else else writer_away_until(self.text, self.now)
        if (
            away is not None
            and not FIRST_PERSON.search(self.text)
            and (REF.search(self.text) or _THIRD_AWAY.search(self.text))
        ):
            return None  # "a-59 … waiting on the one who's abroad till june", "the person doing it is off till june"
        said = without_cover_note(self.text)  # "off til Friday, sally's got the police stuff": the writer's, covered
        told = _TOLD_OF.finditer(said) if away is not None and not FIRST_PERSON.search(self.text) else ()
        other = next(filter(None, (self.owners.single(t["who"], allow_unknown=False) for t in told)), None)
        people = other is not None and all(o.kind == "member" for o in other.owners)
        if people and other and not any(o.id == writer_id for o in other.owners):  # "Sally starts her course … away"
            manager = self.writer is not None and self.writer.role in MANAGERS
            return other.reading(Intent.LEAVE, away_until=away) if manager else Interpretation(Intent.NONE)
        mine = as_first_person(self.text, self.writer, self.names) if away is None and not someone_else else None
        away = writer_away_until(mine, self.now) if mine else away  # "Su is off next week, ..." written by Su
        if away is not None:
            return self._labelled_leave(away) or Interpretation(Intent.LEAVE, away_until=away)
        asked = self.text.replace("?", "", 1) if _NOTE_ASKED.match(self.text) else self.text  # "Can you note that …?"
        if REF.search(self.text) or _ASKS_MORE.search(without_cover_note(asked)):
            return None  # "Richard's off until 1 June so can A-23 go to Sally": the request is the message
        if not someone_else and writer_away_open(self.text):
            return Interpretation(Intent.LEAVE)  # "ooo until further notice": the day is asked for
        others = (someone_else and not about_a_meeting(self.text)) or others_leave(self.text, self.now)
        news = Interpretation(Intent.NONE) if others else None  # never an action
        if self.writer is None or self.writer.role not in MANAGERS or named is None or not whose:
            return news  # only the business manager and the chair note others' leave; to anyone else it is news
        return whose.reading(Intent.LEAVE, away_until=named.until)

    def _labelled_leave(self, away: dt.date) -> Interpretation | None:
        """ "Annual leave: Jo Forbes until 5 June", "Jo Forbes - annual leave until 5 June", "Away until 5 June - Jo
        Forbes": leave labelled with another member's name and no word of "I" is theirs (noted by the business manager
        or the chair; news from anyone else), never the writer's; None when it is the writer's own (a sign-off, the
        manager spoken to first, a name in a cover note)."""
        plain = without_cover_note(self.text)  # "ooo until 5 June - contact Jo Forbes": the cover, not whose leave
        label = _LABEL.search(plain)
        if self.writer is None or label is None or FIRST_PERSON.search(plain):
            return None
        named = self.owners.phrase(next(g for g in label.groups() if g), allow_unknown=False, subject=True)
        if not named or named.ambiguous or any(o.kind != "member" or o.id == self.writer.id for o in named.owners):
            return None
        people = [self.names.directory.member(o.id or 0) for o in named.owners]
        if self.writer.role not in MANAGERS and any(p is not None and p.role in MANAGERS for p in people):
            return None  # "Martine - on leave until 5 June": told to her, the writer's own
        if self.writer.role not in MANAGERS:
            return Interpretation(Intent.NONE)  # someone else's leave, told by a member: news
        return Interpretation(Intent.LEAVE, owners=tuple(named.owners), away_until=away)
