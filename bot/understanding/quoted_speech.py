"""A member's own words quoted by the writer: "Jo asked me to log one, her words: "I will pull together the figures by
mid June"", "Pam emailed to say 'I am going to review the protocol'". The "I" inside the quotation marks is the
member the writer quotes, never the writer, so the quotation is read with the member's name in place of "I" ("Jo
will pull together …"). A quotation nobody is named before, or one whose speaker is in doubt (two members named, a
name the roster does not hold), is left as written.
"""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded

__all__ = ["in_their_words"]

# The lead naming who speaks, then the quotation ("…", “…”, or '…' opening with I), then anything after it
_QUOTED = guarded(
    r"^(?P<lead>[^\"“”\n]{2,160}?)\s*[:,;–—-]?\s*(?P<open>[\"“‘']|(?<=\s)['‘])"
    r"(?P<said>(?:I|I['’](?:ll|m|ve|d)|we|we['’](?:ll|re|ve))\b[^\"“”\n]{3,300}?)[\"”’']\s*(?P<tail>[^\"“”]*)$",
)
_NAME = r"(?-i:[A-Z])[a-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
# Who speaks, as the lead says it: "Jo asked me …", "Pam emailed to say" ("from Pam: '…'" is a message passed on,
# read as hers by :mod:`bot.understanding.forwarded`)
_SPEAKER = guarded(
    rf"(?<!and\s)(?<!&\s)(?<!,\s)(?<!\+\s)(?P<who>{_NAME})\s+(?:has\s+|had\s+|just\s+|also\s+)*(?:asked|said|says|wrote|writes|emailed|e-mailed|"
    r"messaged|texted|rang|called|phoned|replied|confirmed|promised|offered|told\s+(?:me|us))\b",
)
# A lead that only says who spoke ("Tony said", "Pam emailed to say that"): dropped, the words read alone
_ONLY_SPEAKER = guarded(
    rf"^\W*(?:fyi\W+)?{_NAME}\s+(?:has\s+|had\s+|just\s+|also\s+)*(?:said|says|wrote|writes|emailed|e-mailed|"
    r"messaged|texted|rang|called|phoned|replied|confirmed)(?:\s+(?:me|us))?(?:\s+to\s+say)?(?:\s+that)?\W*$",
    re.I,
)
# The first-person opening, and the speaker's form of it ("I'll" → "Jo will")
_OPENINGS = (
    (re.compile(r"^I['’]ll\b|^I\s+will\b", re.I), "{who} will"),
    (re.compile(r"^I['’]m\b|^I\s+am\b", re.I), "{who} is"),
    (re.compile(r"^I['’]ve\b|^I\s+have\b", re.I), "{who} has"),
    (re.compile(r"^I['’]d\b|^I\s+would\b", re.I), "{who} would"),
    (re.compile(r"^I\b"), "{who}"),
)


def in_their_words(text: str, writer: Person | None, names: NameIndex) -> str:
    """``text`` with a quoted member's "I" read as that member (see the module's docstring); else as written."""
    found = _QUOTED.match(text)
    if found is None or found["said"][:2].lower() == "we":
        return text
    speaker = _speaker(found["lead"], writer, names)
    if speaker is None:
        return text
    said = found["said"]
    for opening, form in _OPENINGS:
        if opening.match(said):
            said = opening.sub(form.format(who=speaker), said, count=1)
            break
    tail = f" {found['tail'].strip()}" if found["tail"].strip() else ""
    if _ONLY_SPEAKER.match(found["lead"]):
        return f"{said.strip()}{tail}"
    return f"{found['lead'].rstrip(' ,;:–—-')}: {said.strip()}{tail}"


def _speaker(lead: str, writer: Person | None, names: NameIndex) -> str | None:
    """The one member the lead says speaks, as written ("Karen", when two Karens are members, is left for the rules
    to ask about); None when it names none, several, or the writer."""
    found: set[str] = set()
    written_as = ""
    for spoken in _SPEAKER.finditer(lead):
        written = spoken["who"]
        for candidate in (written, written.split()[0]):
            person = names.person(candidate)
            if person.member is not None and writer is not None and person.member.id == writer.id:
                return None  # the writer's own words
            if person.member is not None or person.ambiguous:
                found.add(person.member.name if person.member is not None else candidate.lower())
                written_as = person.member.name if person.member is not None else candidate
                break
    return written_as if len(found) == 1 else None
