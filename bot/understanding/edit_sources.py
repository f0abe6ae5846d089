"""Who an edit of an action is for or from: the member whose news an update passes on ("update on a22 from Jo:
…"), whose part is ticked off ("A-3 done for Pam Smith"), who asked for a change ("Mayada asked me to move A-44"), and
whose part is unsure ("Karen's done her part": which Karen?).

Part of the message reader (:mod:`bot.understanding.interpret`); the edit rules extend it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.edit_cues import ASKED_BY, CONFIRMED_AFTER, NEWS_FROM, NEWS_RELAYED, REPORTED_DONE
from bot.understanding.edit_words import (
    DOER,
    DOER_ASIDE,
    FOR,
    FOR_THEM,
    NAMED_DID_IT,
    REF,
    THEIR_PART,
    WHOSE_ACTION,
)
from bot.understanding.interpretation import Ambiguity, Interpretation, Owner
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import guarded
from bot.understanding.relayed import relayed_from

__all__ = ["_EditSources", "without_for"]

_WHO = r"[A-Za-z][\w'’-]*(?:\s+(?!(?:has|had|is|was|asked|pls|please)\b)[A-Za-z][\w'’-]*)?"
# Words after a member's "'s" that are no piece of work of theirs: "Jo's off", "Jo's just sent", "Jo's team"
_NOT_WORK = (
    r"(?:a|an|the|my|her|his|own|on|off|away|not|been|got|done|going|just|asked|sent|back|finished|leaving|left|in|at|"
    r"out|said|team|now|still|also|already|had|coming|doing|taking|covering|emailed|confirmed)"
)
# How news is passed on: "rich says …", "Merlin tells me …", "rich has asked me to say …"
_SAYS = (
    r"(?:says|reports|reckons|tells\s+me|told\s+me|(?:has\s+)?asked\s+me\s+to\s+(?:say|let\s+you\s+know))"
    r"(?:\s+that)?"
)
# The member an edit is made for, however the business manager writes it: "drop 69 for tony - …", "a-25 for mayada:
# …", "(for kate mc, she's on leave)", "a-43 shift 10 days pls, sally asked", "anne h has asked for a-65 to go …",
# "Zala has been in touch — A-52 can be closed".
_EDITED_FOR = guarded(
    rf"\bA-?\d{{1,4}}\s+(?:(?:is\s+|has\s+been\s+|was\s+)?(?:now\s+)?(?:done|complete[d]?|closed|finished)\s+)?"
    rf"(?:for|on\s+behalf\s+of)\s+(?P<who>{_WHO})"
    # "a-17 done for su, she emailed it yday", "delete a-68 for Jayne?", "finished off a-55 for Tony while he's away"
    r"(?=\s*(?:[:,;–—?-]|\s(?:please|pls|while|whilst)\b|$))|"
    # "Tabetha's a-29 - make it end of the month, she emailed me": whose action, heading the edit
    rf"^(?P<who19>{_WHO})['’]s\s+A-\d{{1,4}}\s*[:,–—-]\s*|"
    # "chris b's a-10 can be withdrawn", "nicola c's a-46 can go": whose action, opening the message
    r"^(?!(?:move|push|extend|shift|drop|scrap|delete|remove|give|pass|close|mark|tick|can|could|would|please|pls|"
    rf"so|and|also)\b)(?P<who26>{_WHO})['’]s\s+A-\d{{1,4}}\b|"
    # "jo's on leave so her a-31 can go to 5 june", "Tony is tied up with Ofsted so A-9 should be September": while away
    rf"^(?P<who27>{_WHO})(?:['’]s|\s+is|\s+has\s+been)\s+(?:(?:off|away|out)(?:\s+sick|\s+long[- ]term)?|in\s+court|"
    r"on\s+(?:leave|a\s+course|holiday|annual\s+leave|a/l|secondment)|tied\s+up)\b[^.;!?]{0,60}?\b(?:so|but)\b"
    r"[^.;!?]{0,40}?(?:\bA-|\baction\s+|\b)\d{1,3}\b|"
    rf"\bA-\d{{1,4}}\s*[:,–—-]?\s*(?P<who6>{_WHO})\s+{_SAYS}\s+(?=[a-z0-9])|"  # "a-23 rich says …"
    rf"\((?:this\s+is\s+|doing\s+this\s+)?(?:for|on\s+behalf\s+of)\s+(?P<who2>{_WHO})\s*[,;)]|"
    rf"[,;–—-]\s*(?P<who3>{_WHO})\s+(?:asked|requested|has\s+asked|asked\s+for\s+it)\s*[.!]*$|"
    # "move action 12 to the September board please, Tony's request", "… at Jo's request", "… as requested by Jo"
    rf"(?:[,;–—-]\s*(?:at\s+)?|\bat\s+)(?P<who9>{_WHO})['’]s\s+request\b|\b(?:as\s+)?requested\s+by\s+(?P<who10>{_WHO})\b|"
    # "A-50 was completed by Karen J last week": by them
    rf"\bA-\d{{1,4}}\s+(?:was|has\s+been|had\s+been)\s+(?:completed|done|finished|closed)\s+by\s+(?P<who21>{_WHO})\b|"
    rf"^(?:(?:hi|hello|morning|afternoon)\W+)?(?:A-\d{{1,4}}\s*[:,–—-]*\s*|[A-Z][a-z]+\s*[–—-]\s+)?"  # "a-5 - Jo rang"
    rf"(?P<who4>{_WHO})(?:\s+has|\s+had|['’]s)?\s+(?:asked\s+(?:me\s+to|to|for|that|if|whether|can|could|would)\b|wants|would\s+like|says|said|"
    r"been\s+in\s+touch|rang|phoned|emailed|called|confirmed|told\s+me|let\s+me\s+know)\b|"
    # "moving 26 to end of june for jo, she's short staffed": the one it is for, a person by the pronoun after
    rf"\bfor\s+(?P<who5>{_WHO}),?\s+(?:s?he|they)(?:['’]?s|['’]re|\s+is|\s+are|\s+has|\s+have)\b|"
    # "Please move A-2 to before the September board; Tony Oakman has asked for more time …"
    rf"[;.]\s+(?P<who7>{_WHO})\s+(?:has|had)\s+asked\s+for\s+(?:more\s+time|an?\s+extension|longer|a\s+new\s+date)\b|"
    # "push sally's a-52 back a week": whose action is edited
    rf"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:push|move|extend|shift|drop|scrap|give)\s+"
    rf"(?P<who8>{_WHO})['’]s\s+A-\d|"
    # "For Tony: please change A-19's deadline …", "for Tony - move A-19 …": written for them, first
    rf"^(?:action\s+)?(?:for|on\s+behalf\s+of)\s+(?!A-?\d)(?P<who11>{_WHO})\s*[:,–—-]\s+|"
    # "extend a-10 to mid june for helen", "… to mid june for anne pls, she's snowed under": the new date, for them
    rf"\b(?:to|till|until|by|back|forward|new\s+(?:due\s+)?date)\s+[^,.;:!?]{{1,30}}?\s+for\s+(?P<who12>{_WHO})"
    r"(?=\s*(?:[,;.!–—-]|\s(?:please|pls)\b|$))|"  # "a-12 new date end of may for jo"
    # "a-61 due date to the workshop pls, for Rachael": for them, said last
    rf",\s*for\s+(?P<who15>{_WHO})\s*[.!]*$|"
    # "could you give Sue Haywood another week on A-40?": the time given them
    rf"\b(?:could|can|would)\s+(?:you|u|we)\s+(?:please\s+)?give\s+(?P<who16>{_WHO})\s+(?:another|an\s+extra|a\s+further|more|"
    r"\d+|two|three|a\s+couple\s+of)\s+(?:more\s+)?(?:days?|weeks?|months?|fortnight)\b|"
    # "give a-23 another month for tony pls": the time given, for them
    rf"\b(?:another|an\s+extra|a\s+further|more|extra)\s+(?:\w+\s+)?(?:days?|weeks?|months?|fortnight|time)\s+for\s+"
    rf"(?P<who14>{_WHO})(?=\s*(?:[,;.!–—-]|\s(?:please|pls)\b|$))|"
    # "a-61 is done - jayne confirmed the briefing went out": done, on their word
    rf"\bA-\d{{1,4}}\s+(?:is\s+|has\s+been\s+)?(?:now\s+)?(?:done|complete[d]?|closed|finished)\s*[,;:–—-]+\s*"
    rf"(?P<who18>{_WHO})\s+(?:has\s+)?(?:confirmed|says|said|told\s+me|let\s+me\s+know|emailed|rang|phoned|"
    r"asked\s+me\s+to\s+(?:tell\s+you|let\s+you\s+know|say|pass\s+(?:it|this|that)\s+on))\b|"
    # "Su's sent the letter now so 41 can be closed as done": who did the work, then the action closed
    rf"^(?P<who17>{_WHO})(?:['’]s|\s+has|\s+have)\s+(?:now\s+|just\s+|finally\s+|already\s+)?(?:sent|circulated|"
    r"submitted|finished|completed|done|delivered|shared|returned|written|uploaded|published|run|held|emailed|"
    r"signed\s+off)\s+[^.;!?]{1,60}?\s+(?:so|and)\s+(?=(?:A-\d|it|that|this)\b)|"
    # "Sally needs 2 more weeks on A-23, she's been pulled onto an op": who needs the time
    rf"^(?P<who13>{_WHO})\s+(?:needs|wants|would\s+like|is\s+asking\s+for|has\s+asked\s+for)\s+(?:(?:a|an|another|\d+|"
    r"two|three|four|a\s+couple\s+of)\s+(?:more\s+|extra\s+|further\s+)?(?:days?|weeks?|months?|fortnight)|"
    r"(?:a\s+(?:bit|little)\s+|a\s+touch\s+|some\s+)?more\s+time|an?\s+extension)\b|"
    # "a35 new date 8 june pls, from julie": asked by them, said last
    rf",\s*from\s+(?P<who24>{_WHO})\s*[.!]*$|"
    # "sally's away on a course so put her a-31 back a week": her action, while she is away
    rf"^(?P<who25>{_WHO})(?:['’]s|\s+is)\s+[^.;!?]{{1,40}}?\s+so\s+(?:please\s+|pls\s+)?(?:put|push|move|give|extend|shift)\s+"
    r"(?:her|his)\s+A-\d|"
    # "Jo's housing data - she needs another week", "can mike's reoffending thing be for the workshop": whose work
    rf"^(?:(?:can|could)\s+)?(?P<who22>{_WHO})['’]s\s+(?!{_NOT_WORK}\b)[a-z][\w-]*\b[^.;!?]{{0,40}}?"
    r"(?:\s[-–—:]\s|\s+(?:is|are|be|needs|can|could|should)\b)|"
    # "the referral form thing is done - zala sorted it yesterday": done by them
    rf"\b(?:done|finished|complete[d]?)\s*[,;–—-]+\s*(?P<who23>{_WHO})\s+(?:has\s+)?(?:sorted|did|finished|completed|sent|"
    r"signed\s+off|done)\s+(?:it|that|this)\b",
    re.I,
)
# "Martine, …": the one spoken to, before what is told
_SPOKEN_TO = guarded(r"^(?:(?:hi|hello|morning|dear)\s+)?(?-i:[A-Z])[a-z]+\s*[,:]\s+(?=(?-i:[A-Z]))", re.I)
# "Roger confirmed Sally completed A-11": the one who did it, not the one who said so
_SAID_DID = guarded(
    rf"^{_WHO}\s+(?:has\s+)?(?:confirmed|says|said|told\s+me)(?:\s+that)?\s+(?P<who>{_WHO})\s+(?:has\s+)?"
    r"(?:completed|finished|done|closed|sent)\s+A-\d",
    re.I,
)
# "for tony - ", "for mayada: ": the one it is for, at the start of a note or reason (not part of it)
_FOR_LEAD = guarded(rf"^(?:for|on\s+behalf\s+of)\s+{_WHO}\s*[:,;–—-]+\s*", re.I)
_FOR_ASIDE = guarded(rf"\s*\((?:this\s+is\s+|doing\s+this\s+)?(?:for|on\s+behalf\s+of)\s+{_WHO}\b[^)]*\)\s*$", re.I)


def without_for(note: str) -> str:
    """An update's note or a drop's reason without the member it is for ("for tony - directorate doing it …")."""
    return _FOR_ASIDE.sub("", _FOR_LEAD.sub("", note)).strip() or note


# Words that open an aside without naming anyone ("A-2 closed - she did it").
_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it", "that", "this", "which", "who", "and", "but", "so"}


class _EditSources(_ReaderBase):
    """Mixed into the reader: the member an edit is for, or whose news it passes on."""

    def _asked_for(self, found: Interpretation) -> Interpretation:
        """An edit made for the member who asked ("Mayada asked me to move A-44 to 3 July"): who it is for."""
        asked = ASKED_BY.search(self.text) if found.on_behalf_of is None else None
        who = self.owners.single(next(w for w in asked.groups() if w), allow_unknown=False) if asked else None
        if who is None or len(who.owners) != 1 or who.ambiguous or who.owners[0].kind != "member":
            return found
        owner = who.owners[0]
        return found if self.writer is not None and owner.id == self.writer.id else replace(found, on_behalf_of=owner)

    def edited_for(self) -> Owner | None:
        """The member, not the writer, an edit is made for or asked by, in the ways the business manager writes it
        ("drop 69 for tony - …", "…, sally asked", "anne h has asked for a-65 to go to 30th june")."""
        found = _EDITED_FOR.search(self.text)
        who = next((v for k, v in found.groupdict().items() if v), None) if found else None
        named = self.owners.single(who, allow_unknown=False, subject=True) if who else None
        if named is None or len(named.owners) != 1 or named.ambiguous or named.owners[0].kind != "member":
            return None
        owner = named.owners[0]
        return owner if self.writer is None or owner.id != self.writer.id else None

    def news_from(self) -> Owner | None:
        """The member whose news an update passes on ("update on a22 from Jo: …"), when it is not the writer's."""
        found = NEWS_FROM.match(self.text)
        who = (
            next((found[k] for k in ("asker", "who", "who2", "who3", "who4", "who5", "who6") if found[k]), None)
            if found
            else None
        )
        relayed = NEWS_RELAYED.search(self.text) if who is None else None  # "Tony rang with an update on A-15"
        who = who or (next(w for w in relayed.groups() if w) if relayed else None)
        named = self.owners.single(who, allow_unknown=False) if who else None
        if named is None or len(named.owners) != 1 or named.ambiguous or named.owners[0].kind != "member":
            return None
        owner = named.owners[0]
        return owner if self.writer is None or owner.id != self.writer.id else None

    def _doer_unsure(self) -> tuple[Ambiguity, ...]:
        """ "A-52: Karen's done her part, tick her off", "a-48 done for Nicki", "Nicki's bit of 48 is done": whose part,
        asked when the name fits several members (never the writer's part ticked off instead)."""
        for pattern in (FOR, THEIR_PART):
            for found in pattern.finditer(REF.sub("the action", self.text)):
                who = next((v for k, v in found.groupdict().items() if k.startswith("who") and v), "")
                named = self.owners.single(re.split(r"\s[-–—]\s", who)[-1].strip(), allow_unknown=False)
                if named is not None and named.ambiguous:
                    return tuple(named.ambiguous)
        if not FOR_THEM.search(self.text):
            return ()
        for at in [0] + [m.end() for m in re.finditer(r"[,;:.!?]\s+|\s[–—-]\s+", self.text)]:
            doer = DOER.match(self.text[at:])
            named = self.owners.single(doer["who"], allow_unknown=False) if doer else None
            if named is not None and named.ambiguous:
                return tuple(named.ambiguous)
        return ()

    def _on_behalf(self, refs: tuple[int, ...]) -> Owner | None:
        """The member whose part is ticked off: "A-3 done for Pam Smith", "Pam's part of A-3 is done", "richard
        sent me the figures so mark A-17 complete for him"."""
        sender = relayed_from(self.text)  # "Fwd from Tabetha: '...' That's A-18 done for her"
        if sender is not None:
            named = self.owners.single(sender, allow_unknown=False)
            if named and len(named.owners) == 1 and not named.ambiguous and named.owners[0].kind == "member":
                owner = named.owners[0]
                return owner if self.writer is None or owner.id != self.writer.id else None
        starts = [0] + [m.end() for m in re.finditer(r"[,;:.!?]\s+|\s[–—-]\s+", self.text)]  # ", jassi confirmed"
        lead = REF.match(self.text)  # "a-4 Pam has done her bit, tick her off": after the reference it opens with
        after = self.text[lead.end() :].lstrip(" :,–—-") if lead else self.text
        starts.append(len(self.text) - len(after))
        told = _SPOKEN_TO.sub("", self.text)  # "Martine, Merlin tells me action 18 has now been completed."
        reported = _SAID_DID.match(told) or REPORTED_DONE.match(told)  # "Pam says a3 is done"
        reported = reported or CONFIRMED_AFTER.search(self.text)
        reported = reported or NAMED_DID_IT.match(after)  # "A-10: Su Vincent has completed this"
        doers = [DOER.match(self.text[at:]) for at in starts] if FOR_THEM.search(self.text) else [reported]
        doer = next((d for d in doers if d and self.owners.single(d["who"], allow_unknown=False)), None)
        doer = doer or WHOSE_ACTION.match(self.text)  # "Julie's action A-22 ... please mark that one complete"
        if doer:
            named = self.owners.single(doer["who"], allow_unknown=False)
            if named and len(named.owners) == 1 and not named.ambiguous and named.owners[0].kind == "member":
                owner = named.owners[0]
                return owner if self.writer is None or owner.id != self.writer.id else None
        for pattern in (FOR, THEIR_PART):
            for found in pattern.finditer(REF.sub("the action", self.text)):
                who = next((v for k, v in found.groupdict().items() if k.startswith("who") and v), "")
                who = re.split(r"\s[-–—]\s", who)[-1]  # "A-25 - Sally's part is done"
                owners = self.owners.single(who.strip(), allow_unknown=True)
                if owners is None or len(owners.owners) != 1 or owners.ambiguous:
                    continue
                owner = owners.owners[0]
                if owner.kind == "member" and self.writer is not None and owner.id == self.writer.id:
                    return None
                if owner.kind in {"member", "unknown"}:
                    return owner
        aside = DOER_ASIDE.search(self.text)
        who = (aside["who"] or aside["by"]) if aside else ""
        if who and who.split()[0].lower() not in _PRONOUNS:
            named = self.owners.single(who, allow_unknown=False)
            if named and len(named.owners) == 1 and not named.ambiguous and named.owners[0].kind == "member":
                owner = named.owners[0]
                return owner if self.writer is None or owner.id != self.writer.id else None
        return None
