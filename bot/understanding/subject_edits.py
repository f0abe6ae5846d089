"""Edits to an action named only by its subject, without "action" or "one" after it: "safe sleep leaflet is done!!",
"can the training numbers audit slip a fortnight?", "who holds the GP training audit now", "please reassign the B&B
placement mapping to Lorraine Taylor", "the GP training audit - need another 2 weeks on that one", "training numbers
audit: 9 of the 14 agencies have sent their figures so far".

The subject is a few words ending in a word for a piece of work (audit, leaflet, report, protocol, …), in one of a few
frames that say what is to happen to it. As with an action described in words (``described_edits``), the reading
carries the subject as ``task`` and no reference: the conversation finds the open actions it may mean and asks which,
never guessing. Statutory audit returns ("our S11 audit is done") are read by the audit rules, never here.
"""

from __future__ import annotations

import re

from bot.understanding.audit_reading import audit_type
from bot.understanding.dates import find_due
from bot.understanding.edit_cues import NOT_YET_DONE
from bot.understanding.edit_words import PART_DONE, POLITE_REQUEST, shift_days
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.meeting_words import meeting_deadline
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.own_voice import ASKED_TO_SAY
from bot.understanding.patterns import Pattern, guarded

__all__ = ["_SubjectEdits"]

_WORK = (
    r"(?:audit|leaflet|report|protocol|policy|profile|review|strategy|plan|paper|briefing|sessions|numbers|figures|"
    r"toolkit|pathway|flowchart|flow\s+chart|newsletter|survey|guidance|procedures?|mapping|analysis|sections|"
    r"presentation|programme|pilot|campaign|framework|evaluation|spreadsheet|doc|document|template|proposal|"
    r"specification|cross[- ]check|check|dataset|scorecard|dashboard|bulletin|poster|summary|budget|refresh|form|"
    r"leaflets|update|data|chapter|training|repeat|tna|response|stats|statistics|research|sign[\s-]?off|project|bid|"
    r"scoping|consultation|letter|video|film|website|webpage|resources?|pack|register|directory|exercise|timeline|"
    r"assessment|course|event|conference|launch|offer|charter|standards|visits?|checks|returns|sessions?)"
)
# Words that never start or sit inside a subject: the frame's own words, people's words, dates.
_NOT_IN = (
    r"(?!(?:the|a|an|my|our|your|their|his|her|this|that|it|is|are|was|be|been|has|have|had|can|could|should|would|"
    r"will|to|for|from|with|by|on|in|at|of|and|or|please|pls|you|me|us|we|I|i|new|next|last|any|all|every|each|"
    r"what|who|which|when|where|quick|brief|short|small|latest|s\.?\s?11|s\.?\s?175|section|annual\s+leave)\b)"
)
# "the reoffending data thing", "that audit thing", "the CSE training bit": a subject with a word for "it" after it
_FILLER = r"(?:thing|bit|stuff)"
_SUBJECT = (
    rf"(?P<subject>(?:{_NOT_IN}[\w'’&/-]+\s+){{1,5}}?{_WORK}|(?:{_NOT_IN}[\w'’&/-]+\s+){{0,4}}?{_NOT_IN}[\w'’&/-]+"
    rf"(?=\s+{_FILLER}\b))(?:\s+(?:action|one|work|{_FILLER}))?"
)
_THE = r"(?:the|that|our|my)\s+"
_WHO = (
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:&|and)\s+)?(?-i:[A-Z])[\w'’-]*){0,3}|the\s+[\w&' -]{2,40}?|me|us|"
    r"(?!(?:end|the|next|mid|early|late|w/c)\b)[a-z][\w'’-]*(?:\s+[a-z]\b)?)"
    r"(?=\s*(?:[,.;!?]|$|\s+(?:please|pls|as|instead|now|rather|from|while|whilst|until|till|for\s+now|not|jointly|together)\b))"
)
# "safe sleep leaflet is done!!", "CDOP annual report done ✔", "that escalation policy audit is done now"
_DONE = guarded(
    rf"^\W*(?:{_THE})?{_SUBJECT}(?:\s+(?:for|on|about|with|across)\s+(?:[\w'’&/-]+\s+){{0,3}}?[\w'’&/-]+)?\s+"
    r"(?:(?:is|are|has\s+been|have\s+been|['’]s)\s+)?(?:now\s+|all\s+|finally\s+)*"
    r"(?:done|finished|complete[d]?|sorted|signed\s+off)\b",
    re.I,
)
# "CSE briefing for the neighbourhood teams delivered this morning – done", "neglect toolkit guidance has been refreshed
# and published, that one can be ticked off": done, said after news of it
_DONE_AFTER_NEWS = tuple(
    guarded(frame, re.I)
    for frame in (
        # "tick off the temp accommodation mapping, she sent it …" (said for someone: "Jo's asked me to …")
        rf"^\W*(?:you\s+can\s+|please\s+|pls\s+|(?:can|could)\s+you\s+)?(?:tick\s+off|close|mark\s+off|sign\s+off|complete)\s+"
        rf"{_THE}{_SUBJECT}\b(?!\s+(?:for|of|on)\b)",
        # "kate's done the CRC caseload check, can you mark it complete": done by someone, closing asked
        rf"^\W*[A-Za-z][\w'’-]*(?:['’]s|\s+has)\s+(?:now\s+)?(?:done|finished|completed)\s+{_THE}{_SUBJECT}\b"
        r"(?=[^.?!]{0,20}\b(?:mark|tick|close|sign)\b)",
        rf"^\W*(?:{_THE})?{_SUBJECT}\b[^.?!]{{0,80}}?(?:[-–—,]\s*(?:all\s+)?(?:done|complete[d]?|finished)"
        r"(?:\s+and\s+(?:dusted|published|signed\s+off|sent\s+out|live)\b[^.?!]*)?\s*[.!]*$|"
        r"\b(?:that|this|it)(?:\s+one)?(?:['’]s|\s+is)\s+(?:now\s+)?(?:done|complete[d]?|finished)\s*[.!]*$|"
        r"\b(?:that|this|it)(?:\s+one)?\s+can\s+(?:now\s+)?be\s+(?:ticked\s+off|closed|marked\s+(?:as\s+)?(?:done|complete)|"
        r"signed\s+off)\b)",
    )
)
# "did the fire referral form action ever get done", "is the escalation policy audit still open?", "who holds the GP
# training audit now", "What's the latest on the training numbers audit?": asked about, shown
_ASKED_END = r"(?=\s*(?:[?,.!]|$|\s+(?:now|then|at\s+the\s+moment|these\s+days|currently|please|pls|exactly|again)\b))"
_ASKED = tuple(
    guarded(rf"^\W*{frame}{_ASKED_END}", re.I)
    for frame in (
        rf"did\s+{_THE}{_SUBJECT}\s+(?:ever\s+)?(?:get\s+)?(?:done|finished|completed|happen)",
        rf"is\s+{_THE}{_SUBJECT}\s+(?:still\s+)?(?:open|done|finished|closed|complete)",
        rf"who(?:\s+is|['’]s)?\s+(?:holds|has|owns|doing|holding|got|leading\s+on|has\s+got)\s+{_THE}{_SUBJECT}",
        rf"when(?:['’]s|\s+is)\s+{_THE}{_SUBJECT}\s+due",
        rf"(?:what['’]?s|what\s+is)\s+(?:the\s+)?(?:latest|news|status)\s+(?:on|with|of)\s+{_THE}{_SUBJECT}",
        rf"where\s+are\s+we\s+(?:on|with)\s+{_THE}{_SUBJECT}",
        rf"any\s+(?:news|update|progress)\s+on\s+{_THE}{_SUBJECT}",
        rf"what['’]?s\s+(?:happening|going\s+on)\s+(?:with|on)\s+{_THE}{_SUBJECT}",
        rf"what\s+the\s+(?:latest|news|position|status)\s+is\s+(?:on|with)\s+{_THE}{_SUBJECT}",
        rf"how['’]?s\s+{_THE}{_SUBJECT}\s+(?:going|coming\s+(?:on|along)|looking|getting\s+on)",
        rf"(?:remind|tell)\s+me\s+what\s+{_THE}{_SUBJECT}\s+(?:says|is|was|said)",
    )
)
# What a new date is moved to: "the end of June", "mid June", "first week of June", "the July board", "w/c 8th"
_A_DAY = (
    r"(?=(?:the\s+)?(?:end|mid|middle|early|late|start|first|second|last|w/?c|week|\d|next|jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec|mon|tue|wed|thu|fri|workshop|board|panel)\w*\b)"
)
# "can the training numbers audit slip a fortnight?", "push the CSE problem profile action back a month please",
# "could the escalation policy audit be moved to the July board?", "the annual report sections can go back to …",
# "the GP training audit - need another 2 weeks on that one"
_REDATED = tuple(
    guarded(frame, re.I)
    for frame in (
        rf"^\W*(?:hi\s+\w+\W+)?(?:can|could)\s+(?:we\s+)?{_THE}{_SUBJECT}\s+(?:slip|move|go\s+back|"
        r"be\s+(?:moved|pushed\s+back|put\s+back|extended|deferred|delayed))\b",
        rf"\b(?:push|put|move|bring)\s+{_THE}{_SUBJECT}\s+(?:back|forward)\b",
        # "move the 2 year check audit to mid June" (never "Sue to bring the DV data to the July board": new work)
        rf"\b(?:push|move)\s+{_THE}{_SUBJECT}\s+to\s+{_A_DAY}",
        rf"\bmake\s+{_THE}{_SUBJECT}\s+due\b",
        # "get the peer review response moved back a month" (said for someone: "Tony's asked me to …")
        rf"^\W*(?:get|have)\s+{_THE}{_SUBJECT}\s+(?:moved|pushed|put)\s+(?:back|forward|to)\b",
        # "the peer review response - move it back a month", "neglect strategy - Pam asked me to get the date moved …"
        rf"^\W*(?:{_THE})?{_SUBJECT}\s*[-–—:,]\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:move|push|put)\s+it\s+"
        r"(?:back|forward|to)\b",
        rf"^\W*(?:{_THE})?{_SUBJECT}\s*[-–—:,]\s*[^.?!]{{0,40}}?\b(?:get|have|wants|would\s+like)\s+(?:it|them|the\s+(?:date|"
        r"deadline))\s+(?:moved|pushed|put)\s+(?:back|forward|to)\b(?!\s+(?:over\s+)?to\s+(?-i:[A-Z]))",
        rf"^\W*(?:{_THE})?{_SUBJECT}\b[^.?!]{{0,60}}?\b(?:can|could)\s+(?:we|you)\s+(?:please\s+)?(?:move|push|put\s+back|change)\s+"
        r"it\b",  # "the CSE profile won't be ready for Monday, can we move it to the July board"
        rf"^\W*(?:{_THE})?{_SUBJECT}\s*[-–—:,]\s*(?:can|could|shall)\s+we\s+(?:say|make\s+it|go\s+with)\b",
        rf"\b{_THE}{_SUBJECT}\s+(?:can|could|should|will)\s+(?:now\s+)?(?:go|move|slip)\s+back\b",
        # "the LADO leaflet can go to first week of June instead", "the CDOP annual report deadline needs to move to …"
        rf"\b{_THE}{_SUBJECT}(?:\s+(?:deadline|date|due\s+date))?\s+(?:can|could|should|will|needs\s+to)\s+(?:now\s+)?"
        rf"(?:go|move|slip|change)\s+to\s+{_A_DAY}",
        # "Jo's housing data - she needs another week", "the DV champions one needs another month"
        rf"^\W*(?:{_THE})?{_SUBJECT}\s*(?:[-–—:,]\s*(?:I|we|s?he|they)?\s*|\s+)(?:need|needs|will\s+need)\s+(?:another|"
        r"a\s+further|an\s+extra)\b",
        rf"^\W*(?:{_THE})?{_SUBJECT}\b[^.?!]{{0,30}}?[-–—:,]\s*(?:realistically\s+|probably\s+)?(?:it['’]?ll|it\s+will)\s+"
        r"(?:be|take|need)\s+(?:another|a\s+further)\b",
        # "fire safety visit leaflet thing - make it end of next month", "… (oops) can we say end of may"
        rf"^\W*(?:{_THE})?{_SUBJECT}\b[^.?]{{0,60}}?(?:[-–—:,)]\s*|\s)(?:(?:please|pls)\s+)?(?:make\s+it|(?:can|could)\s+"
        rf"(?:we\s+say|it\s+be|that\s+be|we\s+make\s+it))\s+(?:for\s+|due\s+|by\s+)?{_A_DAY}",
        rf"^\W*(?:can|could)\s+(?:{_THE})?{_SUBJECT}\s+be(?=\s+(?:for|due|by|moved\s+to)\s+{_A_DAY})",
        rf"^\W*(?:I|we)?\s*need\s+(?:more|a\s+bit\s+more|extra)\s+time\s+(?:on|for|with)\s+{_THE}{_SUBJECT}",
    )
)
# "please reassign the B&B placement mapping to Lorraine Taylor", "can the prevent training update go to Remley instead
# of me", "the escalation audit should sit with PPP as a group", "the DBS cross check - can you move it to Mike
# Galikowski?", "private fostering numbers should go to nicky", "the safe sleep leaflet action should be zala's now"
_GIVEN = tuple(
    guarded(frame, re.I)
    for frame in (
        rf"\b(?:move|reassign|re-assign|give|pass|hand|transfer|swap)\s+(?:over\s+)?{_THE}{_SUBJECT}\s+(?:over\s+)?to\s+{_WHO}",
        rf"\b(?:can|could)\s+{_THE}{_SUBJECT}\s+be\s+(?:re-?assigned|moved|passed|given|handed)\s+(?:over\s+)?to\s+{_WHO}",
        rf"^\W*(?:{_THE})?{_SUBJECT}\s*(?:->|→|=>)\s*{_WHO}",  # "neglect toolkit one -> Karen please"
        rf"^\W*(?:{_THE})?{_SUBJECT}\s*[-–—:,]\s*(?:can|could)\s+(?:it|that|this)\s+(?:go|move|pass)\s+(?:over\s+)?to\s+{_WHO}",
        rf"^\W*(?:hi\s+\w*\W+)?(?:can|could)\s+{_THE}{_SUBJECT}\s+(?:go|move|pass)\s+(?:over\s+)?to\s+{_WHO}",
        rf"^\W*(?:hi\W+)?(?:{_THE})?{_SUBJECT}\s+(?:should|can|could|needs\s+to)\s+(?:now\s+|really\s+)?"
        rf"(?:go|move|sit|be|pass)\s+(?:over\s+)?(?:to|with)\s+{_WHO}",
        rf"^\W*(?:hi\W+)?(?:{_THE})?{_SUBJECT}\s+should\s+(?:now\s+|really\s+)?be\s+(?P<who>[\w'’-]+?)['’]s\b",
        rf"^\W*(?:hi\W+)?(?:{_THE})?{_SUBJECT}\b[^.?!]{{0,40}}?[-–—:,]\s*(?:(?:can|could)\s+(?:you|we)\s+)?(?:please\s+)?(?:move|give|"
        rf"pass|hand|transfer|reassign)\s+it\s+(?:over\s+)?to\s+{_WHO}",
        rf"^\W*(?:{_THE})?{_SUBJECT}\s+(?:really\s+)?belongs\s+to\s+{_WHO}",  # "the early years audit one belongs to …"
        # "get the midwives training one moved over to me" (said for someone: "Pam asked me to …")
        rf"^\W*(?:get|have)\s+{_THE}{_SUBJECT}\s+(?:moved|passed|handed|given|reassigned)\s+(?:over\s+)?to\s+{_WHO}",
        # "the LADO leaflet - Tony wants it moved over to Jassi"
        rf"^\W*(?:{_THE})?{_SUBJECT}\s*[-–—:,]\s*[^.?!]{{0,40}}?\b(?:wants|would\s+like|get|have)\s+it\s+(?:moved|passed|"
        rf"handed|given|reassigned)\s+(?:over\s+)?to\s+{_WHO}",
    )
)
# "get rid of the early help paper action", "drop the safe sleep leaflet", "The parents' online safety sessions won't
# go ahead now - Phase lost the funding": dropped
_DROPPED = tuple(
    guarded(frame, re.I | re.S)
    for frame in (
        # (never "I'll drop the leaflets off at the childrens centres": delivered)
        rf"\b(?:get\s+rid\s+of|drop|remove|scrap|delete|cancel|withdraw|bin)\s+{_THE}{_SUBJECT}\b"
        r"(?!\s+(?:off|round|in)\s+(?:at|to|with|in|for|the|all|tomorrow|today|later)\b)(?P<rest>.*)$",
        # "take the peer review response off, …", "Mayada wants the SUDI review one dropped - …"
        rf"\btake\s+{_THE}{_SUBJECT}\s+off\b(?P<rest>.*)$",
        rf"\b(?:wants|would\s+like|asked\s+for)\s+{_THE}{_SUBJECT}\s+(?:dropped|removed|taken\s+off|scrapped|withdrawn)\b"
        r"(?P<rest>.*)$",
        # "the taxi licensing training - scrap it, the licensing team are doing their own"
        rf"^\W*(?:{_THE})?{_SUBJECT}\s*[-–—:,]\s*(?:please\s+|pls\s+|(?:can|could)\s+(?:you|we)\s+)?(?:scrap|drop|remove|"
        r"delete|bin|cancel|take\s+off)\s+(?:it|that)(?:\s+off)?\b(?P<rest>.*)$",
        rf"^\W*(?:{_THE})?{_SUBJECT}\s+(?:won['’]?t|will\s+not|isn['’]?t|is\s+not|aren['’]?t|are\s+not)\s+(?:be\s+)?"
        r"(?:going\s+ahead|go\s+ahead|happen(?:ing)?|needed|required)(?:\s+(?:now|any\s*more|after\s+all))?\b(?P<rest>.*)$",
        # "the GP audit repeat can come off – NHS England are doing a national one instead"
        rf"^\W*(?:{_THE})?{_SUBJECT}\s+(?:can|could|should)\s+(?:now\s+)?(?:come\s+off|be\s+(?:dropped|removed|scrapped|"
        r"withdrawn|taken\s+off))\b(?P<rest>.*)$",
    )
)
_REASON = guarded(
    r"^\s*(?:for\s+[\w'’]+(?:\s+[\w'’]+)?\s*?)?(?:please|pls)?\s*(?:[-–—;:,.]|\s(?:as|because|since)\s)\s*"
    r"(?:as\s+|because\s+|since\s+)?(?P<why>\S.+)$"
)
# "training numbers audit: 9 of the 14 agencies have sent their figures so far", "safe sleep leaflet - final proof back
# from the printers": news of the work
_NEWS = guarded(
    rf"^\W*(?:(?:an?\s+)?(?:quick\s+)?update\s*[:–—-]\s*|update\s+(?=the\b)|(?:an?\s+)?(?:brief\s+|quick\s+|short\s+)?update\s+"
    rf"on\s+(?=the\b)|(?P<re>re|regarding|ref)[:\s]\s*)?(?:{_THE})?{_SUBJECT}"
    r"(?:\s+(?:for|on|about|with|w/)\s*(?:[\w'’&/-]+\s+){0,3}?[\w'’&/-]+)?"
    r"\s*(?(re)(?:,|:|\s[-–—]\s?|[–—])|(?::|\s[-–—]\s?|[–—]))\s*"
    r"(?P<note>[^?]{8,}?)"
    r"[\s.!]*$",
    re.I,
)
# news, never a new action for someone ("… - Pam to get it translated by June") nor a request
_NOT_NEWS = guarded(
    r"^(?:[\w'’-]+\s+){1,3}to\s+(?!be\b|date\b)[a-z]+\b|\b(?:please|pls|can\s+you|could\s+you|new\s+action|action\s+for)\b",
    re.I,
)
_PASSED_ON_AFTER = guarded(
    r"(?<=[.!])\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:['’]s|\s+has)?\s+asked\s+me\s+to\s+(?:let\s+you\s+know|"
    r"say|tell\s+you|pass\s+(?:this|it)\s+on)\b.*$",
    re.S,
)
_PROGRESS = guarded(
    r"\b(?:has|have|had|is|are|was|were|['’]s|['’]ve|done|sent|back|confirmed|received|waiting|awaiting|booked|agreed|"
    r"drafted|written|circulated|now|so\s+far|still|nearly|almost|started|underway|under\s+way|printed|going|gone|ready|"
    r"delivered|published|out|run|held)\b",
    re.I,
)
# every frame names one: most messages are passed over at once
_A_WORK_WORD = guarded(rf"\b(?:{_WORK}|{_FILLER})\b", re.I)
# "Sue to bring the domestic abuse data to the July board", "Richard will bring the CSE problem profile …": new work
_OWNER_THEN_WORK = guarded(r"^\W*(?:[\w'’-]+\s+){1,3}(?:to|will)\s+(?!be\b|date\b)[a-z]+\b", re.I)


# "Tony's asked me to …", "Tony asked me to let you know …": who asked, before what is to happen to the work (who it
# is for is read by the edit rules from the whole message)
_WHO_ASKED = r"^\W*(?:[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)(?:['’]s|\s+had)?\s+"
_ASKED_ME_TO = guarded(
    rf"{_WHO_ASKED}(?:{ASKED_TO_SAY}|(?:has\s+)?asked\s+me\s+to\s+)|"
    rf"{_WHO_ASKED}(?:has\s+)?asked(?:\s+me)?\s+(?=what|when|who|where)",
    re.I,
)


def _first(patterns: tuple[Pattern, ...], text: str) -> re.Match[str] | None:
    """The first match of the first of these patterns that matches, or None."""
    return next((found for p in patterns if (found := p.search(text)) is not None), None)


class _SubjectEdits(_ReaderBase):
    """Mixed into the reader: an edit of an action named only by what it is about."""

    def _subject_edit(self) -> Interpretation | None:
        text = _ASKED_ME_TO.sub("", self.text, count=1)
        if not _A_WORK_WORD.search(text) or audit_type(text) or _OWNER_THEN_WORK.match(text):
            return None  # "our S11 audit is done": an audit return; "Sue to bring the DV data …": new work
        asked = _first(_ASKED, text)
        if asked is not None:
            return Interpretation(Intent.SHOW_ACTION, task=asked["subject"].strip())
        given = _first(_GIVEN, text)
        handed = self._subject_given(given) if given is not None else None
        if handed is not None:  # never "… be moved to the July board": a new date, read below
            return handed
        dropped = _first(_DROPPED, text)
        if dropped is not None and (not self.question or POLITE_REQUEST.search(self.text)):
            why = _REASON.match(dropped["rest"])
            why_text = (
                re.split(r"(?<=[.!])\s+(?=(?i:can|could|would|please|pls)\b)", why["why"], maxsplit=1)[0] if why else ""
            )
            return Interpretation(Intent.DROP_ACTION, task=dropped["subject"].strip(),
                                  note=why_text.strip() or None)  # fmt: skip
        redated = _first(_REDATED, text)
        if redated is not None:  # "… won't be ready for Monday, can we move it": the reason may be negative
            return self._subject_redated(redated["subject"].strip(), text[redated.end() :])
        done = _DONE.search(text) or _first(_DONE_AFTER_NEWS, text)
        unfinished = self._negated or NOT_YET_DONE.search(self.text) or PART_DONE.search(self.text)
        if done is not None and not self.question and not unfinished:  # "… is done for 3 of the 5 teams": news
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=done["subject"].strip())
        news = _NEWS.match(text)
        told = news is not None and (_PROGRESS.search(news["note"]) or re.match(r"\W*update\s", text, re.I))
        if news is None or self.question or _NOT_NEWS.search(news["note"]) or not told:
            return None
        note = _PASSED_ON_AFTER.sub("", news["note"]).strip()  # "… gone to legal. Jo asked me to let you know …"
        return Interpretation(Intent.ADD_UPDATE, task=news["subject"].strip(), note=note)

    def _subject_given(self, given: re.Match[str]) -> Interpretation | None:
        owners = self.owners.phrase(given["who"], subject=True)
        if not owners:
            return None
        return owners.reading(Intent.REASSIGN, task=given["subject"].strip())

    def _subject_redated(self, subject: str, after: str) -> Interpretation:
        """A new date for the work: the one written after what is to happen to it ("was due 30 april … can we say end
        of may": the end of May), else the message's."""
        shift = shift_days(self.text)
        if shift is not None:
            return Interpretation(Intent.CHANGE_DUE, task=subject, shift_days=shift)
        written = [
            found
            for found in (
                find_due(after, self.now, self.names.directory.board_dates),
                meeting_deadline(after, self.now, self.names.directory),  # "… be for the workshop rather than july"
            )
            if found is not None
        ]
        due = min(written, key=lambda found: found.span[0]) if written else self._due
        if due is None:
            return Interpretation(Intent.CHANGE_DUE, task=subject)
        return Interpretation(Intent.CHANGE_DUE, task=subject, due=due.date, due_wording=due.wording, asap=due.asap)
