"""The shape of a written person's name: the words that start a phrase that is no name, what a capitalised name
word looks like, and the everyday words that a lowercase phrase must not hold to be read as a name ("anthea
jones to send ..." is a person; "social care to send ..." is not)."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that start a phrase that is not a name, however it is capitalised.
NOT_NAMES = _words(
    """the a an this that action actions website page item agenda report all any each every some our my your
    their his her its it we they he she you presentation minutes board dudley please thanks cheers update s11 s175
    section risk cse mash camhs terms notes apologies nobody by before until till ahead prior following further
    after since as re because given due owing so also then lots loads plenty heaps tons he's she's they're it's
    we're you're he’s she’s they’re it’s we’re you’re bit piece couple spot child children family baby sibling
    siblings yp text texts email emails message voicemail ooo away off hols mon tue tues wed weds thu thur thurs fri
    behalf"""
)
NAME_WORD = guarded(r"^(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.?)$")
_LOWER_WORD = guarded(r"^[a-z]+(?:-[a-z]+)*$")
# Everyday words of board chat: a lowercase phrase holding one is not read as a person's name.
_COMMON = _words(
    """i me my mine you your we us our they them their he him his she her it its this that these those there here
    who whom whose which what when where why how and or but nor so then than if as at by for from in into of
    off on onto out over to up with without about after before under again also still just now not no yes ok
    okay please thanks thank sorry can could would should will shall may might must need needs needed have has
    had do does did done is are was were be been being am get gets got go goes going gone come comes coming
    came make makes made take takes took send sends sent share shares shared update updates bring brings
    brought give gives gave see look check chase confirm circulate draft write lead attend present report
    review agree arrange set put let keep find ask tell say said know think want like feel all any some each
    every both either neither other others another one two three few many more most much less new old next
    last first second same own such only very someone somebody anyone anybody everyone everybody nobody noone
    none something anything everything nothing team teams staff colleague colleagues partner partners agency
    agencies member members group groups sub subgroup panel board forum chair chairs manager managers officer
    officers leads worker workers nurse nurses doctor doctors gp gps head heads teacher teachers parent
    parents family families child children young people person adult adults school schools college health
    social care service services police council trust hospital community public voluntary sector faith
    education housing youth offending early help safeguarding protection mental data figures stats reports
    plan plans policy audit audits training work letter paper papers slides minutes agenda office unit hub
    project programme front door desk line today tomorrow yesterday week weeks month months year years day
    days morning afternoon evening time monday tuesday wednesday thursday friday saturday sunday january
    february march april june july august september october november december asap urgent urgently end start
    mid beginning early late happy glad pleased keen able unable sure ready free nice good great lovely hard easy
    best better worth due likely unlikely trying planning hoping wanting really actually finally usually totally
    hopefully definitely certainly probably obviously absolutely nearly quickly clearly simply honestly
    basically seriously personally apparently unfortunately fortunately luckily sadly currently recently fine
    cool brilliant fab super thrilled delighted important essential necessary difficult impossible possible idea
    aim hope wish reminder note remember forgot forget meant supposed asked agreed decided tried promised
    offered expected quick brief short long big small little whole full half main key same anyway wants asks
    asking says thinks reckons hopes knows moved changed cancelled postponed rescheduled rearranged delayed
    confirmed updated finished started sorted booked moving joining leaving starting"""
)
# Endings of everyday words that no first name has ("planning", "supposed", "information", "grateful").
_NOT_A_FIRST_NAME = guarded(r"(?:ing|ed|tion|ment|ness|ful|ous|able|ible)$")
_NOT_A_NAME = guarded(r"(?:tion|ment|ness|ful|ous|able|ible)$")


# Initials that name a subject, a meeting or a document, never a body that could own an action ("CSE to be …").
_TOPIC_INITIALS = _words(
    """CSE CSA DV DA FGM LAC CP CIN SEND EHCP SCR SCRS ASB JSNA KPI KPIS RAG DBS HR IT ICT CQC ED AE TOR PDF UK NHS MASH
    GP DSL CAMHS LSCB DSCB SAB QA MOU ISA AOB FYI ASAP TBC EOD EOW EOM COB COP CCTV LADO SMART PREVENT OFSTED PLO
    ACC DCS DMT SLT CEO"""
)


def is_body_initials(text: str) -> bool:
    """'NSPCC', 'WMAS': one word of three to seven capitals, not a subject's initials ("CSE", "MASH")."""
    word = text.strip()
    return re.fullmatch(r"[A-Z]{3,7}", word) is not None and word not in _TOPIC_INITIALS


# "the ambulance service", "West Midlands ambulance service": a body the board does not hold, by what it is
_UNLISTED_BODY = guarded(
    r"(?:the\s+)?(?:(?!(?:for|does|do|did|on|and|from|of|to|with|at|by|is|has|have|what|which|our|my|your|their|"
    r"his|her|adults?|child(?:ren)?['’]?s?|youth|social|council|housing|health|safeguarding|nursing|visiting|school|"
    r"mental|family|early|help|community|probation|police|fire|education|midwifery|maternity|camhs|nhs|local|"
    r"offending|advice|support|protection|care|services)\b)[A-Za-z][\w'’&-]*\s+){1,3}"
    r"(?:service|trust|charity|hospital|partnership|commissioner)",
    re.I,
)


def is_unlisted_body(text: str) -> bool:
    """'the ambulance service': a few words ending in what kind of body it is (asked only once no agency is it)."""
    return _UNLISTED_BODY.fullmatch(text.strip()) is not None


def looks_like_a_name(text: str) -> bool:
    """'Anne-Marie Carey', 'Anthea Jones': two to four capitalised words that are not board vocabulary."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in NOT_NAMES:
        return False
    return all(NAME_WORD.match(w) for w in words) and not any(w.isupper() and len(w) > 1 for w in words)


def lowercase_name_words(words: list[str], *, first_known: bool) -> bool:
    """Whether lowercase words can be a name: one to three words of letters, none an everyday word (the first
    may be one when it is a roster name, "sue", "will"), a single letter only as a last initial ("mike g")."""
    if not 1 <= len(words) <= 3:
        return False
    for index, word in enumerate(words):
        lowered = word.lower()
        if not _LOWER_WORD.match(lowered):
            return False
        if len(lowered) == 1 and (index == 0 or index != len(words) - 1):
            return False
        if (lowered in _COMMON or lowered in NOT_NAMES) and not (index == 0 and first_known):
            return False
        ending = _NOT_A_FIRST_NAME if index < len(words) - 1 else _NOT_A_NAME
        if len(lowered) >= 5 and ending.search(lowered) and not (index == 0 and first_known):
            return False
    return True


def could_be_first_name(word: str) -> bool:
    """Whether a word could start a name: not an everyday word or one with an ending no first name has."""
    lowered = word.lower()
    return (
        lowered not in _COMMON
        and lowered not in NOT_NAMES
        and not (len(lowered) >= 5 and _NOT_A_FIRST_NAME.search(lowered))
    )


def is_everyday_word(word: str) -> bool:
    """Whether a word is one of board chat's everyday words ("has", "all", "the", "schools"), never part of a name."""
    lowered = word.lower()
    return lowered in _COMMON or (lowered in NOT_NAMES and lowered != "dudley")


# Words that open a chat message before the absence itself ("Hi, can't make it", "Gutted – won't be there").
OPENING_WORDS = _words(
    """hi hey hiya morning afternoon evening apols apologies afraid regret gutted prob probably def defo deffo ah oh
    argh ugh hmm nope pls bad sadly unfortunately annoyingly frustratingly typically folks all team sorry soz also
    still just really honestly totally"""
)


# Where an owner phrase splits into owners: "Jo, Pam and Sue", "police & probation", "QA/Comms", "me + mayada".
# (never "Fire and Rescue", "Fire & Rescue": one service's name)
OWNER_SPLIT = guarded(r"\s*,\s*(?:and\s+)?|\s+and\s+(?![Rr]escue\b)|\s*&\s*(?![Rr]escue\b)|\s*/\s*|\s*\+\s*|\s+plus\s+")


def outer_parts(text: str) -> list[str]:
    """The parts of an owner phrase split at "and", "&", "/", "+" outside brackets: "public health (me + mayada)"
    is one part, "community safety (me) and the fire service" two."""
    masked = re.sub(r"\([^)]*\)", lambda m: "(" + "x" * (len(m[0]) - 2) + ")", text)
    parts, start = [], 0
    for cut in OWNER_SPLIT.finditer(masked):
        parts.append(text[start : cut.start()])
        start = cut.end()
    parts.append(text[start:])
    return [p for p in parts if p.strip()]
