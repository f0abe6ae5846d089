"""The text of an action: where an owner phrase may start in a message, the task cleaned of its due wording,
politeness and a trailing request to record it, and the partners it names. Used by the action rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understanding import action_requests as asks
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded

__all__ = ["clean_task", "first_listed", "lead_named", "partners", "segment_starts"]

# Work done with a partner ("lead on X with Jo Forbes", "work with Jo on X"), unlike work done for or to someone
# ("share X with Jo") or work one person does that another helps with ("Helen to draft the briefing with Mike",
# "I'll do this one with Sally", "Karen to look at the induction pack with Martine", "to lead at the July board with
# Martine"): those name a partner only when the work is said to be joint ("jointly with").
_JOINT_WORK = guarded(
    r"^(?:(?:co-?)?lead|work|scope|pull together|put together|co-?ordinate|co-?write|co-?produce|pick up|take on)\b"
    r"(?!\s+(?:at|during)\b)",
    re.I,
)
_WITH = guarded(
    r"\b(?:(?P<joint>jointly|together|along)\s+)?with\s+(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\b(?!['’])"
)


_LATER_VERB = guarded(r"\b(?:and|then)\s+(?:then\s+)?([a-z]+(?:\s+(?:up|on|in|out|over|together))?)\b", re.I)
_ONLOOKER = guarded(
    r"\s+(?:attending|present|observing|there(?=\s*(?:[,.;!?]|$))|in\s+attendance|copied(?:\s+in)?|cc['’]?d|sitting\s+in|watching|informed|"
    r"kept\s+(?:informed|updated))\b",
    re.I,
)
_SO_THEY = guarded(
    r"\s(?:so|and\s+so)\s+(?=(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[\w'’-]+\s+(?:will|to|is\s+going\s+to|can|['’]ll)\s+"
    r"(?!be\b|feel\b|want\b|need\b|have\b|know\b))"
)


# "just come out of vcsg and sue h is going to get …": after a clause telling what the writer did, the work someone
# will do, joined by "and".
_AND_THEY = guarded(
    r"\sand\s+(?=(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2}\s+(?:(?:is|are)\s+going\s+to|will|['’]ll)\s+(?!be\b))",
    re.I,
)
# "Off the back of it, the trust will …", "To put that right, probation will …": a sentence's opening link to the
# one before, then its subject (any owner may start there, not only "X to …")
_LINKING_PHRASE = guarded(
    r"(?:^|[.!?]\s+|\n)(?:off\s+the\s+back\s+of\s+(?:it|that|this)|as\s+a\s+result|following\s+(?:that|this|on)|"
    r"to\s+put\s+(?:that|this|it)\s+right|in\s+light\s+of\s+(?:that|this)|with\s+(?:that|this)\s+in\s+mind|so|"
    r"therefore|consequently|in\s+response|to\s+address\s+(?:that|this))\s*,\s+|"
    # "following QA & Comms this morning Karen Palk has agreed to …": when, with no comma, before the subject
    r"(?:^|[.!?,]\s+)(?:following|after)\s+[^,.;:!?]{2,50}?\s+(?:this\s+(?:morning|afternoon|week)|yesterday|today|"
    r"last\s+\w+|on\s+\w+day)\s+(?=(?-i:[A-Z]))",
    re.I,
)
_STORY_VERB = guarded(
    r"\b(?:spoke|speaking|met|meeting|had|was|were|came|come|been|got|discussed|agreed|said|talked|caught|chatted|rang|"
    r"called|went|finished|out\s+of)\b",
    re.I,
)


# A sentence begun in lower case, as chat is typed (never after "etc.", "e.g.", "no." and other short forms).
_LOWER_SENTENCE = guarded(r"(?<=[a-z]{3}[.!])(?<!\betc\.)(?<!approx\.)(?<!\bincl\.)\s+(?=[a-z])")


def segment_starts(text: str, names_owner: Callable[[str], bool]) -> list[tuple[int, bool]]:
    """Where an owner phrase may begin, and whether only the board's own names count there: the start, after a
    topic ("Page 9 of the constitution: ..."), or after a comma ("Following the March board, Merlin to ...")."""
    starts = [(0, False)]
    starts.extend((m.end(), m[0][0] == ",") for m in re.finditer(r"[:;]\s+|\s[–—-]\s+|[.!]\s+(?=[A-Z])|,\s+", text))
    starts.extend((m.end(), False) for m in _LOWER_SENTENCE.finditer(text))  # "… for monday's panel. probation to …"
    starts.extend((m.end(), False) for m in _LINKING_PHRASE.finditer(text))  # "…. Off the back of it, the trust will …"
    if _TOLD_FIRST.search(text):  # "Anne and Tony to be copied in, but Pam to lead on it": the work after "but"
        starts.extend((m.end(), True) for m in re.finditer(r",\s+but\s+", text))
    # "Jo is on leave till the 26th so Chris Ballinger will do the housing returns": the one who does it instead
    starts.extend((m.end(), False) for m in _SO_THEY.finditer(text))
    for told in _AND_THEY.finditer(text):  # "spoke to pam earlier and the trust are going to audit …"
        clause = re.split(r"[.!?;:]\s|,\s", text[: told.start()])[-1]
        words = clause.split()
        joined = len(words) < 2 or not re.fullmatch(r"of|at|from|with|to", words[-2], re.I)  # not "out of vcsg"
        if _STORY_VERB.search(clause) and len(words) >= 3 and not (joined and names_owner(words[-1])):
            starts.append((told.end(), False))  # never "… about cse and yos and community safety are going to …"
    starts.sort()
    return starts


# "new action - Hope Allen from Cafcass, the police and pam s to map …": the list's first owner, before its comma
_LISTED = guarded(r"\s(?:and|&|\+)\s", re.I)
_CHUNK = guarded(r"[:;.!?]\s+|\s[–—-]\s+")
_GREETING = guarded(
    r"^(?:dear|hi|hiya|hello|morning|afternoon|thanks|thank\s+you|cheers|ta|following|after|as|re|fyi)\b", re.I
)
_FROM_BODY = guarded(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:from|at)\s+(?P<body>.+)$")


def first_listed(before: str, subject: str, owners: OwnerResolver) -> Resolution | None:
    """The owner written before the comma that opens a list ("Hope Allen from Cafcass, the police and pam s to …":
    Hope Allen, not on the roster), when ``subject`` is the rest of that list; None when nothing there is an owner."""
    if not _LISTED.search(subject) or not before.rstrip().endswith(","):
        return None
    chunk = _CHUNK.split(before.rstrip().removesuffix(","))[-1].strip()
    if not 2 <= len(chunk.split()) <= 6 or _GREETING.match(chunk):
        return None  # never "Martine, the police and Pam to …": the one written to
    from_body = _FROM_BODY.match(chunk)  # "Hope Allen from Cafcass": the person (a member, or someone not on it)
    if from_body and owners.phrase(from_body["body"], allow_unknown=False):
        found = owners.phrase(from_body["who"], subject=True)
        return found if found and all(o.kind in ("member", "unknown") for o in found.owners) else None
    found = owners.phrase(chunk, allow_unknown=False)
    return found or None


_TOLD_FIRST = guarded(
    r"\bto\s+be\s+(?:consulted|copied|cc['’]?d|kept\s+(?:informed|updated)|informed|told|sighted)\b", re.I
)
_MEETING_WORD = r"(?:panel|board|meeting|workshop|group|sub)\b"
# What is left when the date is cut from "– end of July is fine", "say 17/07", "aiming for 26/06", "need it for …".
_LEFT_BY_DATE = guarded(
    r"(?:[\s,;–—-]+(?:(?:is|would\s+be|will\s+be|should\s+be)\s+(?:fine|ok|okay|good|great|plenty)|(?:so\s+)?say|aiming|"
    r"ideally|hopefully|latest|at\s+the\s+latest|(?:we|I|they|she|he)?\s*needs?\s+it))+\s*[.!]?$",
    re.I,
)


# A sentence after the work with a subject of its own: news around it, not part of it ("Anne and Su have been
# copied in", "She is on a course this week", "Merlin has agreed").
_NEWS_AFTER = guarded(
    r"(?<=[a-z0-9)])[.!]\s+(?=(?:(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?(?:\s+and\s+(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?)?"
    r"|She|He|They|It|This|That|We|I)\s+(?:have|has|had|is|are|was|were|did|does|['’]s|['’]ve|['’]re|['’]m|am|will|"
    r"would|can|could|should|may|might|to|(?:both|all|also|already|kindly|then)\s+\w+)\b"
    # "… No fixed date yet", "… Could this be logged?", "… Aim for 5 June", "… Ideally before the panel"
    # "… Jayne's offered the venue", "… Helen knows", "… He's in court all day", "… I met Mike on Wednesday"
    r"|(?-i:[A-Z])[a-z]+['’]s\s|(?-i:[A-Z])[a-z]+\s+(?:knows|says|said|thinks|thought|wants|needs|raised|met|mentioned)\b"
    r"|(?:I|We|He|She|They|His|Her|Their)\s|(?:I|We|He|She|They)['’](?:ll|ve|m|re|d)\s"  # "… I'll email them too"
    r"|(?i:no\s+(?:fixed\s+|set\s+|firm\s+|particular\s+)?(?:date|deadline)|(?:could|can|would)\s+(?:this|that|it|you)\b|"
    r"aim\b|ideally\b|hopefully\b|should\s+be\b|I\s+think\b|(?:many\s+)?thanks\b))"
)


_OLD_DATE = re.compile(
    r"\s*[,;–—-]\s*(?:it\s+|this\s+)?(?:(?:was|were)(?:\s+(?:due|meant|supposed)\b.*)?|should\s+have\s+been\s+"
    r"(?:due|done|in|with)\b.*)$",
    re.I | re.S,
)


def clean_task(task: str, due_wording: str | None) -> str:
    """The action text without the due wording, politeness and trailing punctuation, capitalised."""
    if due_wording:  # "ahead of Monday's panel": the day and the meeting it names go together
        task = re.sub(rf"{re.escape(due_wording)}(?:['’]s\s+(?:[\w&]+\s+){{0,2}}?{_MEETING_WORD})?", " ", task)
    task = asks.RECORD_TAIL.sub("", task)
    task = re.sub(r"\b(?:please|pls|thanks|thank you)\b(?:[.!](?=\s*$))?", " ", task, flags=re.I)  # ". I'll …" kept
    task = re.sub(r"\s+", " ", re.sub(r"\(\s*\)|\[\s*\]", " ", task)).strip(" ,;:–—-")  # "(19 june)" was the date
    task = re.sub(r"\s+(?=[,;.!?])", "", task)  # "the protocol , Merlin will …" where "by 30 June" was cut
    task = _NEWS_AFTER.split(task, maxsplit=1)[0]  # "… learning points. Mayada and Karen have seen the outline"
    task = re.sub(r"[,;:]+(?=[.!?])", "", task)  # "… on young carers,. I have …" where ", in time for …" was
    task = re.sub(r"\s+(?:by|before|due|for|no later than|within)$", "", task, flags=re.I).strip(" ,;:–—-.?")
    task = re.sub(r"[\s,]+(?:ok|okay|yeah|if\s+poss(?:ible)?|if\s+(?:you|u)\s+can)\s*\?*$", "", task, flags=re.I)
    task = re.sub(r"\s*\?(?:\s*\?)*$", "", task)  # "… the S11 return? next week if poss": the date was the rest
    task = _LEFT_BY_DATE.sub("", task)  # "… the MASH – end of July is fine", "…, say 17/07": the words about the date
    task = _OLD_DATE.sub("", task)  # "… the data - was due 30 april so asap now": when it was due, never the work
    task = re.sub(r"\s+(?:and|so|but|or)$", "", task, flags=re.I)  # "… the data asap and" (no later than …)
    task = re.sub(r"\s+(?:asap|a\.s\.a\.p\.?)$", "", task, flags=re.I) if due_wording else task
    meeting = re.match(
        r"(?:at\s+|to\s+)?(?P<the>the\s+(?:\w+\s+)?(?:board|panel|workshop|meeting))\b", due_wording or "", re.I
    )
    if meeting and len(task.split()) == 1:  # "brief the board in July": the board is what is briefed, too
        task = f"{task} {'at ' if due_wording and due_wording.lower().startswith('at ') else ''}{meeting['the']}"
    task = re.sub(r"^(?:now|then|also|kindly|please|pls)\s+(?=[a-z])", "", task)  # "can Pam now take them …"
    task = re.sub(r"^(?:take|have|get)\s+(?:on\s+)?an?\s+action\s+to\s+(?=[a-z])", "", task, flags=re.I)  # "take an …"
    return task[:1].upper() + task[1:] if task else task


def partners(task: str, owners: OwnerResolver, already: Resolution | None = None) -> Resolution:
    """Members who share the work: "to lead on the protocol with Jo Forbes", "jointly with Sally"; never the agency
    of a member ``already`` an owner ("me and Remley - joint training calendar with the college": Remley's)."""
    found = Resolution()
    people = {p.id: p for p in owners.names.directory.members}
    members = [people[o.id] for o in (already.owners if already else ()) if o.kind == "member" and o.id in people]
    theirs = {(p.agency_id, p.department) for p in members}
    joint_verb = _JOINT_WORK.match(task) is not None
    # "..., needs to be with Martine by 3 June": only the first clause names partners ("lead, with Richard, on ...")
    first = re.split(r",\s+(?!(?:jointly\s+|together\s+|along\s+)?with\b)|\s[–—-]+\s+|[.;]\s+", task)[0]
    for partner in _WITH.finditer(task):
        joint_word = re.search(r"\bjoint(?:ly)?\b", task[: partner.start()], re.I)
        if joint_word and _LATER_VERB.search(task, joint_word.end(), partner.start()):
            joint_word = None  # "draft a joint protocol and share it with Helen": the sharing is not joint work
        joint = partner["joint"] or joint_word
        later = _LATER_VERB.findall(task[: partner.start()])  # "draft the profile and then work with Richard": joint
        set_off = re.search(r",\s*$", task[: partner.start()]) and re.match(r"\s*,", task[partner.end() :])
        if not (joint_verb or joint or set_off or (later and _JOINT_WORK.match(later[-1]))):
            continue  # "Helen to draft the briefing with Mike": Mike helps; ", with Sally," names her alongside
        if partner.start() >= len(first) or re.search(r"\b(?:be|is|are|been|sits?)\s+$", task[: partner.start()]):
            continue
        onlooker = _ONLOOKER.match(task, partner.end()) or _ONLOOKER.match(" " + " ".join(partner["who"].split()[1:]))
        if (later and not _JOINT_WORK.match(later[-1]) and not joint) or onlooker:  # "… and share it with Sally"
            continue  # "…, with Mike attending": there, not doing it
        words = partner["who"].split()
        if words[0].lower() in {"me", "us", "myself"} and not partner["joint"]:
            continue  # "can Kate pick up the CRC side with me", "a joint visit with me": Kate's ("jointly": both)
        for size in range(len(words), 0, -1):
            named = owners.single(" ".join(words[:size]), allow_unknown=False)
            if named is not None:  # an agency only when the work is said to be joint ("joint visits with housing")
                if all(
                    o.kind == "member" or (joint and o.kind == "agency" and (o.id, o.department) not in theirs)
                    for o in named.owners
                ):
                    found.add(named)
                break
    return found


# "CDOP needs to pull together the summary. Mayada will coordinate it.": who leads the work, named after it.
_LEADS_IT = guarded(
    r"(?:^|[.!?;]\s+)(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\s+"
    r"(?:will|is going to|are going to|['’]ll|is to|are to|to|can)\s+"  # "Richard and Viv to sort it between them"
    r"(?:(?:co-?ordinate|lead(?:\s+on)?|own|drive|oversee|take\s+(?:the\s+)?lead\s+(?:on|for)|pick\s+up|handle|"
    r"organi[sz]e|sort(?:\s+out)?|deal\s+with|take\s+forward)\s+(?:it|this|that)(?:\s+one)?(?:\s+(?:out|forward))?|"
    r"(?:pick|take)\s+(?:it|this|that)(?:\s+one)?\s+(?:up|on))(?:\s+between\s+(?:them|themselves|us))?\s*(?:[.!;,]|$)"
)


def lead_named(text: str) -> tuple[str, int] | None:
    """The words naming who will lead the work just described ("Mayada will coordinate it"), and where that
    sentence starts in ``text``; or None."""
    found = _LEADS_IT.search(text)
    return (found["who"], found.start("who")) if found else None
