"""What a discussion records as agreed without marking it as an action.

Minutes written as prose often end a paragraph with what was agreed: "Claire Fenwick agreed to circulate the
dates ...", "It was agreed that Pauline Strickland and Dr Marchbank would write jointly ...", "Kathryn to share
the leaflet ... by 18.1.13", "Board members were asked to nominate staff ...". :func:`agreed` reads such a
paragraph's last sentence as an action when who agreed is someone (or a body) the attendance lists; the reader
only asks when no action is marked later in the same item (:func:`marked_after`), and names each one so read in
the preview's warnings.
"""

from __future__ import annotations

import re

from bot.minutes.lines import _Line
from bot.minutes.markers import _ACTION_MARK
from bot.minutes.people import strip_title
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver

_AGREED_TO = re.compile(
    r"^(?P<who>[A-Z][^.;:()]{1,80}?)\s+(?:agreed|offered|undertook|volunteered)\s+to\s+(?P<task>[a-z]\S*\s.+)$"
)
_SAID_WOULD = re.compile(  # "Lorna said she would include a carers' feature ...", "JB confirmed that he would ..."
    r"^(?P<who>[A-Z][^.;:()]{1,80}?)\s+(?:said|confirmed|agreed|offered|undertook)\s+(?:that\s+)?(?:she|he|they)\s+would\s+"
    r"(?P<task>[a-z]\S*\s.+)$"
)
_WAS_AGREED = re.compile(  # "It was agreed that X would ...", "Tom agreed that the Fire and Rescue Service would ..."
    r"^(?:it\s+was\s+(?:also\s+|further\s+)?|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+)agreed\s+that\s+"
    r"(?:the\s+)?(?P<who>[A-Z][^.;:()]{1,80}?)\s+(?:would|will|should)\s+(?P<task>[a-z]\S*\s.+)$",
    re.I,
)
_ASKED_TO = re.compile(
    r"^(?P<who>)(?:(?:all\s+)?(?:board\s+)?members|(?:all\s+)?partners|(?:all\s+)?(?:partner\s+)?agencies)\s+were\s+"
    r"(?:asked|requested|reminded)\s+to\s+(?P<task>[a-z]\S*\s.+)$",
    re.I,
)
_BARE_SUBJECT = re.compile(
    r"^(?P<who>[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2})\s+to\s+(?P<task>(?!be\b)[a-z]+\s.+)$"
)
_ASKED_SOMEONE = re.compile(  # "Alison asked Simon to take the report to ..., which he agreed to do"
    r"^(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+asked\s+(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+to\s+"
    r"(?P<task>(?!be\b)[a-z]+\s.+?)(?:,?\s+which\s+(?:he|she|they)\s+agreed(?:\s+to\s+do)?)$"
)
_WILL = re.compile(  # "MD will ensure that the data is sent ...": a person's undertaking (a person only, not a body)
    r"^(?P<who>[A-Z][A-Za-z'’.-]+(?:\s+(?:and\s+)?[A-Z][A-Za-z'’.-]+){0,2})\s+will\s+"
    r"(?:then\s+|also\s+|jointly\s+|together\s+|now\s+)?"
    r"(?P<task>(?!(?:be|have|need|become|continue|remain|retire|leave|join|step|start|take\s+over|chair|attend|"
    r"work\s+with|keep)\b)[a-z]+\s.+)$"
)
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}\.?\s+(?=[A-Z])")  # "5.2 MF will write ..."
_LEADING_WHEN = re.compile(r"^(?P<when>(?:by|before|within)\s+[^,]{2,40}),\s+(?=[A-Z])", re.I)
_AGREED_AND = re.compile(r"^(?:this|it)\s+was\s+agreed,?\s+and\s+(?=[A-Z])", re.I)  # "This was agreed, and SR will"
_IS_TO = re.compile(  # "LP is to produce an overview report", "OB and HC are to draft", "All partners are asked to"
    r"^(?P<who>[A-Z][\w'’.-]+(?:\s+(?:and\s+)?[A-Z][\w'’.-]+){0,3}|all\s+(?:partners|members|agencies))\s+"
    r"(?:is|are)\s+(?:asked\s+)?to\s+(?P<task>(?!be\b)[a-z]+\s.+)$"
)
_STATUS_VERB = re.compile(r"^(?:become|continue|remain|keep|stay|retire|leave|join|attend|chair)\b", re.I)
# "(Action 18/15)", "[16/43]": a sentence that points to the action log, read there
_LOGGED_REF = re.compile(r"[(\[]\s*(?:action\s+)?[A-Z]{0,5}\s*\d{1,3}(?:[/.-]\d{1,3})*\s*[)\]]", re.I)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“‘(])")
_ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc.", "st.", "dr.", "mr.", "mrs.", "ms.", "no.", "cllr.", "approx."})


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, not broken after "e.g." or "St."."""
    out: list[str] = []
    begin = 0
    for found in _SENTENCE_END.finditer(text):
        words = text[begin : found.start()].split()
        if words and words[-1].lower() in _ABBREVIATIONS:
            continue
        out.append(text[begin : found.start()].strip())
        begin = found.end()
    out.append(text[begin:].strip())
    return [s for s in out if s]


def agreed(text: str, resolver: OwnerResolver, names: NameIndex) -> list[tuple[str, str]]:
    """(who, "who to task") for what the paragraph ``text`` ends by agreeing, when who agreed is listed."""
    out: list[tuple[str, str]] = []
    said = sentences(text)
    for number, sentence in enumerate(said):
        sentence = _AGREED_AND.sub("", _PARAGRAPH_NUMBER.sub("", sentence.strip().rstrip(".")))
        if lead := _LEADING_WHEN.match(sentence):  # "By the next meeting, LP is to produce ...": the date last
            sentence = f"{sentence[lead.end() :]} {lead['when'][:1].lower()}{lead['when'][1:]}"
        last = number == len(said) - 1
        found = _AGREED_TO.match(sentence) or _WAS_AGREED.match(sentence) or _ASKED_TO.match(sentence)
        found = found or _ASKED_SOMEONE.match(sentence) or _SAID_WOULD.match(sentence) or _IS_TO.match(sentence)
        found = found or (_BARE_SUBJECT.match(sentence) if last else None)  # "Lorna to ...": where a paragraph ends
        willing = found is None and (found := _WILL.match(sentence)) is not None
        if found is None or _LOGGED_REF.search(sentence):
            continue  # "SL to confirm a name (Action 18/15)": the action log's, read there
        who, task = found["who"] or "all members", found["task"]
        if _STATUS_VERB.match(task):
            continue  # "that Healthwatch would become a full member", "to keep cameras on": no task to track
        named = resolver.phrase(strip_title(who), allow_unknown=False)
        if named is None or named.ambiguous or not named.owners or len(task.split()) < 3:
            continue
        if willing and any(o.kind != "member" for o in named.owners):
            continue  # "The Board will consider ...": only a person's "will" is an undertaking
        if any(o.kind == "member" and (o.id is None or o.id >= 0) and not names.person(o.name).member
               for o in named.owners):  # fmt: skip
            continue
        out.append((who, f"{who} to {task}"))
    return out


_OWN_REFERENCE = re.compile(r"^\s*(?:[A-Z]{0,5}\d{1,3}[/.]\d{1,3}|\d{1,3}\.?)\t")  # "12/18<tab>", "7<tab>"


def marked_after(lines: list[_Line], at: int) -> bool:
    """Whether an action is marked later in the same item (the agreement it restates, or the item's actions); in a
    minute table, the next row that starts with its own reference ("12/18") is another item."""
    item = lines[at].item
    for line in lines[at + 1 :]:
        if line.item != item or (item is None and _OWN_REFERENCE.match(line.text) and "\t" in line.text):
            return False
        if _ACTION_MARK.search(line.text):
            return True
    return False


_RESOLVED = re.compile(r"^(?:RESOLVED|Resolved)\b\s*(?:[–—:-]\s*)?(?P<rest>.*)$")
_NUMBERED = r"\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)"
_CLAUSE = re.compile(  # "(2) That the Board Manager arrange …", "That (1) …", and under "That (1)": "(2) the Head of …"
    rf"^(?:{_NUMBERED}\s*)?that\s+(?:{_NUMBERED}\s*)?(?P<rest>.+)$|^{_NUMBERED}\s*(?P<bare>.+)$", re.I
)
_ASKED = re.compile(
    r"^be\s+(?:requested|asked|invited|instructed|authori[sz]ed|tasked|commissioned)\s+to\s+(?P<task>[a-z].+)$", re.I
)
_WHOLE_BOARD = re.compile(r"^(?:the\s+)?(?:board|partnership|committee|executive|lscb|sab|scp|lsab)$", re.I)
_OWNER_WORDS = frozenset(
    ("the", "of", "and", "for", "in", "on", "at", "&", "each", "every", "all", "partner", "partners", "agency",
     "agencies", "member", "members", "board", "boards", "chair", "and/or", "relevant", "statutory", "organisation",
     "organisations", "organization", "organizations", "representative", "representatives")
)  # fmt: skip


def resolutions(text: str, resolving: bool) -> list[tuple[str, str]]:
    """(who, "who to task") of each clause of a committee resolution that gives someone something to do: "RESOLVED –
    That the Board Manager arrange publication of the report", "(2) That the Independent Chair present the report to
    ..." (under "RESOLVED –"), "RESOLVED – That (1) the report be noted; and (2) the Head of Adult Protection
    arrange ..."; none for one that notes, approves or endorses ("That the report be noted"), or for any other line.
    ``resolving``: the line is under a "RESOLVED" of its own."""
    marked = _RESOLVED.match(text.strip())
    body = marked["rest"].strip() if marked else text.strip() if resolving else ""
    clauses = _NEXT_CLAUSE.split(body)  # "… be approved; and (2) the Head of …": a clause each
    found = [_resolved(clause, resolving or n > 0) for n, clause in enumerate(clauses)]
    return [f for f in found if f is not None]


_NEXT_CLAUSE = re.compile(rf"(?:;\s*(?:and\s+)?|\s+and\s+)(?={_NUMBERED}\s)", re.I)
_LINKING = frozenset({"the", "of", "and", "&", "for", "in", "on", "at", "to"})


def _resolved(text: str, resolving: bool) -> tuple[str, str] | None:
    """(who, "who to task") of one clause ("That the Board Manager arrange …", "(2) the Head of X arrange …" under
    a resolution), or None."""
    clause = _CLAUSE.match(text.strip())
    if clause is None or (clause["bare"] and not resolving):
        return None
    words = (clause["rest"] or clause["bare"]).split()
    for at, word in enumerate(words):
        bare = word.strip(",()")
        if bare[:1].isupper() or bare.lower() in _OWNER_WORDS or not bare.isalpha():
            continue
        who = " ".join(words[:at]).strip(" ,")
        named = [w for w in words[:at] if w.strip(",()")[:1].isupper() or w.lower() not in {"the", "of", "and", "&"}]
        asked = _ASKED.match(" ".join(words[at:]))  # "That the Station Manager be requested to include ..."
        if named and asked:
            words, at = [*words[:at], *asked["task"].split()], at
            bare = words[at]
        elif not named or bare in {"be", "is", "are", "was", "were", "has", "have", "should", "would", "will", "to"}:
            return None
        if "be" in (w.lower() for w in words[at + 1 : at + 4]) or (bare.endswith("s") and not bare.endswith("ss")):
            return None  # "That the dashboard be noted", "That the Board accepts the evaluation": nothing to do
        if bare.endswith("ing") or words[at - 1].lower() in _LINKING:
            return None  # "That the Minutes of the meeting …": no one, and no verb
        if clause["bare"] and re.search(r"[^e]ed$", bare):
            return None  # "(a) The Chair advised that …": an account, not a resolution's clause
        if _WHOLE_BOARD.match(who):
            return None  # "That the Board write to the Secretary of State": the Board's decision, no one's task
        task = " ".join(words[at:]).rstrip(" .;")
        return re.sub(r"^the\s+", "", who, flags=re.I), f"{who} to {task}"
    return None
