"""Reading leave: "I'm on leave until 1 June" in a message (a chat status is ``leave_status``; recording it is
``bot.tracker.leave``).

- "on leave until 1 June", "away until 12/06", "off until Monday", "OOO till Friday", "on annual leave till
  the end of the month": away until that day (``until`` is read as the last day away).
- "back on 8 June", "returning Tuesday", "back in the office on 8/6", "won't be back until 8 June": away until
  the day before.
- "a/l til 29th": a day of the month alone is the next such day.
- No leave wording, or no date, or someone else's leave ("Richard is away until 10/06"): None.
- Leave with no last day ("until further notice", "from the end of May" alone): ``without_last_day``; the
  conversation asks for the day, never guesses it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from bot.understanding.dates import DateMention, find_dates
from bot.understanding.got_in_touch import HEARSAY
from bot.understanding.leave_cover import COVER_NOTE
from bot.understanding.leave_spans import BACK_NOW_DAY, span_end, weeks_written_out
from bot.understanding.patterns import guarded
from bot.understanding.relayed_for import RELAYED_NEWS
from bot.understanding.text import normalise

__all__ = [
    "LEAVE_WORDS",
    "NamedAway",
    "about_a_meeting",
    "away_named",
    "others_leave",
    "parse_leave",
    "without_last_day",
    "writer_away_open",
    "writer_away_until",
]

# Where people go on holiday: "roger's in spain til the end of the month" (away), never a place alone.
_PLACES = (
    r"(?:spain|portugal|france|italy|greece|turkey|cyprus|crete|malta|majorca|mallorca|"
    r"menorca|ibiza|tenerife|lanzarote|gran\s+canaria|the\s+canaries|florida|the\s+states|america|the\s+us|usa|canada|"
    r"australia|new\s+zealand|india|pakistan|bangladesh|jamaica|ireland|scotland|wales|cornwall|devon|the\s+lakes|"
    r"the\s+lake\s+district|dubai|egypt|morocco|croatia)"
)
_LEAVE = (
    r"(?:on\s+(?:(?:extended|long[\s-]term)\s+)?(?:(?:annual|maternity|paternity|parental|adoption|study|sick|special)\s+)?leave"
    r"|on\s+(?:long[\s-]term\s+)?sick(?!\s+leave)"
    r"|seconded|on\s+(?:holiday|holidays|vacation|sabbatical|(?:a\s+)?secondment(?:\s+visit)?|(?:a\s+)?(?:training\s+)?course|"
    r"(?:a\s+)?training)"
    r"|(?:annual|study|sick|special|maternity|paternity)\s+leave|a/l|(?-i:AL)|away|abroad|(?:^|(?<=\bI['’]m\s)|(?<=\bim\s)|(?<=\bI\sam\s))out(?=\s+(?:until|till|til|'til)\b)|overseas|out\s+of\s+the\s+country|(?<!\bgoing\s)(?<!\bwent\s)(?<!\bgone\s)(?<!\bgoes\s)(?<!\bgo\s)(?:(?=off\s+(?:sick|work)\b)|(?<!\bsign\s)(?<!\bsigned\s)(?<!\bsigning\s)(?<!\bsigns\s)(?<!\bsend\s)(?<!\bsent\s)(?<!\btick\s)(?<!\bticked\s)(?<!\bkick\s)(?<!\bwrite\s)(?<!\bwritten\s)(?<!\bset\s)(?<!\bdrop\s)(?<!\bfinish\s)(?<!\bbuy\s))off(?:\s+work|\s+sick)?|out\s+of\s+(?:the\s+)?(?:office|school|college)|ooo|ooto"
    r"|(?:in|at)\s+court|taking\s+(?:some\s+|a\s+(?:week|fortnight|few\s+days)['’]?s?\s+|(?:two|three|\d)\s+weeks['’]?\s+)?"
    r"(?:annual\s+)?leave|(?:(?<=['’]s\s)|(?<=\bis\s)|(?<=\bI['’]m\s)|(?<=\bim\s)|(?<=\bam\s)|(?<=\bare\s)|(?<=\bbe\s))"
    rf"in\s+(?:the\s+)?{_PLACES}(?=\s+(?:until|till|til|'til|for|from|all|next|this|over)\b))"
)  # "in court all next week, back 26th", "roger's in spain til the end of the month"
LEAVE_WORDS = _LEAVE  # for the modules that read leave asked to be noted
_UNTIL = (  # never "the fire alarm going off halfway through"
    r"(?:until|till|til|'til|(?<!\bhalfway\s)(?<!\bpart\s)(?<!\bway\s)through|thru|up\s+to\s+and\s+incl(?:uding|\.)?)"
)
# "on leave until 1 June", "off till Monday", "away from today until 12/06": the date after until/till.
_UNTIL_CUE = guarded(rf"\b{_LEAVE}\b(?:(?!\b{_UNTIL}\b).){{0,60}}?\b{_UNTIL}\b", re.IGNORECASE)
# "back on 8 June", "I'm back Monday", "returning Tuesday", "back in the office on 8/6", "return to work on 1/7".
_BACK_CUE = guarded(
    r"(?:^\s*|\b(?:i['’]?m|i\s+am|i['’]?ll\s+be|i\s+(?:will|shall)\s+be|will\s+be|be|am|and|but|"
    r"(?:s?he|they)(?:['’]s|['’]re|\s+is|\s+are|\s+will\s+be|['’]ll\s+be))\s+|[,;:!.–-]\s*)back\b"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:office|work|school|college))?"
    r"|\b(?:returning|i\s+return|return(?:ing)?\s+to\s+work|(?<=and\s)returns?\s+on|(?:will|shall)\s+(?:be\s+)?return(?:ing)?)\b"
    # "away the week of the 25th back in school mon 1st": "back" with its day straight after it
    r"|\bback(?:\s+(?:in|at)\s+(?:the\s+)?(?:office|work|school|college))?(?=\s+(?:on\s+)?(?:the\s+\d|\d|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))",
    re.IGNORECASE,
)

# "won't be back until 8 June", "not back in the office till Monday", "not returning until 1/7": back that day.
_NOT_BACK_UNTIL = guarded(
    rf"\b(?:won['’]?t|will\s+not|not|n['’]t)\s+(?:be\s+)?(?:expected\s+)?(?:back|returning|in)\b(?:\s+(?:in|at|to)\s+(?:the\s+)?"
    rf"(?:office|work))?\s+(?:{_UNTIL}|before)\b",  # "not expected back before 1 June"
    re.IGNORECASE,
)
_UNTIL_BACK = guarded(
    rf"\s+{_UNTIL}\s+(?:s?he|they|I|we)(?:['’]?s|['’]?re|['’]?m|\s+is|\s+are|\s+am|\s+gets?)\s+back\b", re.IGNORECASE
)
# "off sick, back wed": a short day name straight after "back" is that day ("wed" alone is a word too)
_BACK_SHORT_DAY = guarded(r"\bback\s+(?=(?:mon|tue|tues|wed|thu|thur|thurs|fri)\b)", re.IGNORECASE)
# "back the 1st i think": the day, however hedged
_HEDGE = guarded(r"[,\s]+(?:I\s+think|I\s+believe|I\s+gather|I\s+hear|apparently|I['’]?m\s+told)\W*$", re.I)
_TILL_AFTER = guarded(r"\b(until|till|til)\s+after\s+", re.IGNORECASE)
# "last day off is 12 June", "my last day of leave will be Friday": the date is the last day away.
_LAST_DAY = guarded(
    r"\blast\s+day\s+(?:off|away|of\s+(?:my\s+)?leave|on\s+leave)(?:\s+(?:is|will\s+be|['’]s|being))?\b", re.I
)
# "til 29th", "back 26th": a day of the month alone after until or back, read as "the 29th".
_BARE_ORDINAL = guarded(
    rf"(?P<cue>\b{_UNTIL}|\bback)\s+(?P<day>\d{{1,2}}(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?[A-Za-z]{{3}})", re.IGNORECASE
)
# "end of may", "20-26 may": "may" in lower case after a day or a part of the month is the month (same length).
_MONTH_MAY = guarded(
    r"\b((?:\d{1,2}(?:st|nd|rd|th)?|(?:the\s+)?(?:end|start|beginning|middle)\s+of|mid)[\s-]+)may\b(?!\s+(?:be|have|not)\b)",
    re.I,
)


def parse_leave(text: str, now: dt.datetime) -> dt.date | None:
    """The last day a member is away, from what they wrote; None when the text is not about leave with a date."""
    if not text or len(text) > 500:
        return None
    text = _UNTIL_BACK.sub(" and back", _HEDGE.sub("", normalise(text)))  # "off till she's back wed 27 may"
    text = _BACK_SHORT_DAY.sub("back on ", text)
    till_after = _TILL_AFTER.search(text) is not None  # "off till after the bank holiday": away through it
    text = _TILL_AFTER.sub(r"\1 ", text)
    until = _UNTIL_CUE.search(text) or _LAST_DAY.search(text)
    back = _BACK_CUE.search(text)
    if until is None and back is None and _NOT_BACK_UNTIL.search(text) is None:
        return None
    text = _BARE_ORDINAL.sub(r"\g<cue> the \g<day>", text)  # "a/l til 29th": the 29th
    text = _MONTH_MAY.sub(r"\1May", text)  # "away until end of may": the month, not the verb
    mentions = find_dates(text, now)
    not_back = _NOT_BACK_UNTIL.search(text)
    if not_back is not None:  # "won't be back in the office until Monday 8th June": away until the 7th
        day = _date_after(mentions, not_back.end())
        if day is not None:
            return day - dt.timedelta(days=1)
    after = until is not None and back is not None and (till_after or _THEN_AFTER.match(text, until.end()) is not None)
    if until is not None and not after:  # never "off til after the bank hol, back tues 26th": the day back says
        day = _date_after(mentions, until.end())
        again = _date_after(mentions, back.end()) if back is not None and back.start() > until.end() else None
        if day is not None and again == day:  # "off now til weds, back in weds 20th": the day back says
            return day - dt.timedelta(days=1)
        if day is not None:
            return day
    back_after = _BACK_AFTER.match(text, back.end()) if back is not None else None
    if back_after is not None and not back_after["day"] and _date_after(mentions, back_after.end()) is not None:
        back_after = None  # "I'm back after the summer, on 7 September": the day written says
    if back_after is not None:  # "back after the bank hol": away through it; "back tues after it": till the Monday
        day = _date_after(find_dates("by " + text[back_after.end() :], now), 0)  # "by": the day itself, as a cue
        if day is not None and back_after["day"]:
            return day + dt.timedelta(days=(_WEEKDAYS.index(back_after["day"][:3].lower()) - day.weekday() - 1) % 7)
        if day is not None:
            return day
    if back is not None:
        day = _date_after(mentions, back.end())
        if day is not None and day <= now.date() and BACK_NOW_DAY.match(text, back.end()):
            return None  # "back in the office today": the leave is over, nothing to record
        if day is not None:
            weekday = _WEEKDAY_ONLY.match(text, back.end()) is not None
            return _after_start(day, mentions, back.start(), now, weekday=weekday) - dt.timedelta(days=1)
    return None


_THEN_AFTER = guarded(r"\s+after\b", re.I)  # "til after half term": until some time after it
# "back after the bank hol", "back tues after the bank holiday": back (that weekday) after the day named
_BACK_AFTER = guarded(r"\s+(?:on\s+)?(?:(?P<day>mon|tue|wed|thu|fri)[a-z]*\s+)?(?:straight\s+|just\s+)?after\s+", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "back tues", "back on Monday": a weekday alone (never "back Monday 8 June")
_WEEKDAY_ONLY = guarded(r"\s*(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?(?!\s*(?:the\s+)?\d)", re.I)


def _after_start(
    day: dt.date, mentions: list[DateMention], cue: int, now: dt.datetime, *, weekday: bool = False
) -> dt.date:
    """ "leave w/c 8 june, back the 15th": a day of the month alone, not after the leave's start (or today), is
    that day of the next month; "on leave next week, back tues": a weekday alone is that weekday after the start."""
    start = max([m.date for m in mentions if m.date is not None and m.span[1] <= cue] + [now.date()])
    if day > start:
        return day
    if weekday:
        return day + dt.timedelta(days=7 * ((start - day).days // 7 + 1))
    month = day.month % 12 + 1
    try:
        return day.replace(year=day.year + (month == 1), month=month)
    except ValueError:
        return day


# "I'm back on 8 June" is the writer's own leave; "Tony will be back on 8 June" is not.
_WRITER_BACK = guarded(
    r"^\s*(?:back|returning)\b|\b(?:i['’]?m|i\s+am|i['’]?ll|i\s+will|i)\b"
    r"(?:(?!\b(?:it|they|he|she|this|that|these|those|the|told)\b)[^.;!?]){0,20}\b(?:back|return)|"  # "I told"
    rf"^(?:fyi,?\s+)?(?:i['’]?m\s+|i\s+am\s+)?(?:on\s+)?(?:{_LEAVE}|holidays?|leave)\b(?:[^.;!?]{{0,60}}?[,;–-]|"
    r"\s*[.!:;]+|[^.;!?]{0,60}?\s(?=back\s+(?:(?:in|at)\s+(?:the\s+)?\w+\s+)?(?:on\s+)?(?:the\s+\d|\d|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)))\s*(?:and\s+)?(?:back|returning)\b|"  # "hols!! back 8th june"
    # "I'm off from the 22nd and back on 1 June", "I'll be on holiday from Monday and back in the office on 8 June"
    # "I will be on annual leave from Wednesday 20 May, returning on Tuesday 26 May", "... and return on 26th May"
    rf"\b(?:i['’]?m|i\s+am|i['’]?ll\s+be|i\s+(?:will|shall)\s+be)\s+(?:currently\s+|now\s+)?{_LEAVE}\b[^.;!?]{{0,60}}?(?:[,;–-]\s*|\s)(?:and\s+)?"
    r"(?:back|returning|(?:i\s+)?return\s+on)\b|"
    r"\bmy\s+last\s+day\s+(?:off|away|of\s+leave|on\s+leave)\b|"
    rf"^(?:fyi,?\s+)?(?:on\s+)?{_LEAVE}\b[^.;!?]{{0,30}}?\blast\s+day\s+(?:off|away|of\s+leave|on\s+leave)\b",
    re.I,
)


def writer_away_until(text: str, now: dt.datetime) -> dt.date | None:
    """The writer's own leave in a message: leave wording with until ("a/l until 12/06", "OOO through Friday"),
    or the writer saying when they are back ("I'm back on 8 June"); None for anything else, such as someone
    else's return ("Tony will be back on 8 June")."""
    text = _DATES_IN_BRACKETS.sub(r" \1 ", text)  # "I'm off (26th-29th May). Merlin's covering": the dates, plain
    text = _FOLLOWING_DAY.sub("", text)  # "back the following monday (1st)": Monday the 1st
    text = COVER_NOTE.sub("", _FYI_AFTER.sub("", text))  # "ooo until 5 June – anything urgent to Zala": no part of it
    text = re.sub(r"(?<!\band)\s+(?:inclusive|incl\.?)(?=\W|$)", "", text, flags=re.I)  # "26 May to 5 June inclusive"
    until = _UNTIL_CUE.search(text)
    if _BACK_FOR_MEETING.search(text) or RELAYED_NEWS.search(text):
        return None  # "I'm back on for 10 July": coming to the meeting after all, not leave
    if until is None and _WRITER_BACK.search(text) is None:
        plain = _NOTE_OPENING.sub("", text).split("?")[0]  # "Can you note I'm on leave 22 June to 3 July? Sally …"
        return _span_away(plain, now) or _range_away(plain, now) or _days_away(plain, now) or _month_away(plain, now)
    if until is None and _BACK_ON_A_DAY.search(text):  # "off 13-15 july on the residential, back thurs": the range
        ranged = _range_away(_NOTE_OPENING.sub("", text).split("?")[0], now)
        if ranged is not None:
            return ranged
    if until is not None and _WRITER_BACK.search(text) is None and _SOMEONE_ELSE.search(text, 0, until.start()):
        return None  # "can A-9 be due 30/06. Richard is away until 10/06": someone else's leave
    return parse_leave(text, now)


# "im off all next week fyi, any cdop stuff to mayada": an "fyi" after the leave says nothing of it
_FYI_AFTER = guarded(
    r"[\s,;]+(?:just\s+)?(?:fyi|for\s+info(?:rmation)?|btw|by\s+the\s+way)\b[.!]*(?=\s*(?:[,;.!?–—-]|$))", re.I
)
_FOLLOWING_DAY = guarded(r"\b(?:the\s+)?following\s+(?=(?:mon|tue|wed|thu|fri)\w*\s+\d{1,2}(?:st|nd|rd|th)\b)", re.I)
# "(26th-29th May)", "(1-5 June)": dates in brackets, read as if written plain; "(fingers crossed!)" gone
_DATES_IN_BRACKETS = guarded(r"\(([^()]{0,40}\d[^()]{0,40})\)|\s*\((?![^()]*\d)[^()]{1,60}[!?][^()]{0,20}\)")
# "back thurs", "back on Monday": a weekday alone, read from the range given before it when there is one
_BACK_ON_A_DAY = guarded(r"\bback\s+(?:on\s+)?(?:mon|tue|wed|thu|fri)[a-z]*\b\.?(?!\s*(?:the\s+)?\d)", re.I)


# "fyi roger is away till 29 may", "karen's on leave until the 12th of june", "Merlin and I are both off until …":
# whose leave it is, named before the leave wording.
_NAMED_AWAY = guarded(
    r"^(?:(?:dear|hi|hello)\s+\w+,?\s+)?"  # "Dear Martine, Just to let you know that Tony Oakman is on leave until …"
    r"(?:(?-i:[A-Z])[a-z]+(?:\s+here)?\s*[:–—-]\s*)?"  # "Martine: …", "Martine here – …": who writes, or to whom
    r"(?:(?:please\s+|(?:can|could)\s+(?:you|u)\s+)?(?:record|note|log|put\s+down)(?:\s+that)?\s+"  # "please log …"
    r"(?=\S+(?:\s+\S+)?\s+(?:is\s+|are\s+|as\s+)?(?:away|off|on\s+(?:\w+\s+)?leave|out\s+of)))?"
    r"(?:fyi\s*[,:–—-]?\s+|for\s+(?:the\s+record|your\s+records?|info(?:rmation)?)\s*[,:–—-]?\s+|"
    r"just\s+so\s+you\s+know\s*[,:–—-]?\s+|"
    # "I'm told Mike is off sick, …", "I've heard jo's off": news passed on, whose leave it is next
    r"(?:I['’]?m|I\s+am|I['’]?ve\s+been|I\s+have\s+been|I['’]?ve\s+(?:just\s+)?heard|(?:just\s+)?heard)\s+(?:told\s+)?"
    r"(?:that\s+)?(?=\S+(?:\s+\S+)?\s+(?:is\s+|['’]s\s+)?(?:away|off|on\s+))|"
    r"(?:just\s+)?to\s+let\s+(?:you|you\s+all|everyone|all|the\s+team)\s+know,?\s+(?:that\s+)?|"
    r"(?:please\s+)?note(?:\s+that)?[,:]?\s+|heads\s+up[,:]?\s+)?"
    r"(?P<who>(?!(?:I|we|it|this|that|there|he|she|they)\b)[A-Za-z][\w'’-]*(?:(?:\s+(?:and\s+)?[A-Za-z][\w'’-]*){0,3}?|"
    # "Jo, Sue H and Mike G are all on leave …": a list, its last after "and"
    r"(?:\s+[A-Za-z][\w'’-]*)?(?:,\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)+,?\s+and\s+[A-Za-z][\w'’-]*"
    r"(?:\s+(?!(?:is|are|will|both|all)\b)[A-Za-z][\w'’-]*)?))"
    # "Jassi off sick till …", "Mike G on leave, back tues": no verb (then only a member's name, see away_named)
    # "Annette starts maternity leave today", "jo goes on mat leave …": the leave begun
    r"(?:(?P<verb>['’]s|\s+is|\s+are|\s+will\s+be|\s+(?:has|have)\s+been|\s+(?:starts|started|begins|began|goes|went))\s+|"
    r"\s+)"
    r"(?:now\s+|also\s+|both\s+|all\s+)?"
    # "… at a conference and then on leave"
    r"(?:(?:at|on)\s+(?:a|the)\s+(?:conference|course|training)\s+(?:and\s+)?(?:then\s+)?)?"
    r"(?:away|abroad|(?:signed\s+)?off(?:\s+sick)?|(?:on\s+)?(?:extended\s+|long[\s-]term\s+)?(?:annual\s+|sick\s+|maternity\s+|mat\s+|"
    r"paternity\s+|study\s+|parental\s+)leave|on\s+(?:extended\s+|long[\s-]term\s+)?(?:leave|sick(?:\s+leave)?)|on\s+(?:holiday|hols|AL|a/l)|"
    r"on\s+(?:a\s+)?(?:training\s+)?course|on\s+secondment|seconded|"  # "Sally Holmes is on a course until …"
    rf"out\s+of\s+(?:the\s+)?office|ooo|in\s+(?:the\s+)?{_PLACES}(?=\s+(?:until|till|til|'til|for|from|all|next|this|over)\b))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class NamedAway:
    """Someone's leave as a message names them: who, as written, their last day away (None: not given, "until further
    notice"), and whether the words are loose (a lower-case name and no verb: "sally off sick till friday", where only
    a member's name counts)."""

    who: str
    until: dt.date | None
    loose: bool


# "Merlin tells me he is on sick leave until …", "Jo has just told me that she's off": the one who told, of themselves
_TOLD_OF_THEMSELVES = guarded(
    r"^(?P<who>(?-i:[A-Z])[a-z'’-]+(?:\s+(?-i:[A-Z])[a-z'’-]+)?)\s+(?:has\s+)?(?:just\s+)?(?:tells|told|says|said|has\s+said|"
    r"lets?\s+(?:me|us)\s+know)"
    r"(?:\s+me|\s+us)?\s+(?:that\s+)?(?:she|he|they)(?=['’]s\b|\s)",
    re.I,
)


_VERB_FIRST = guarded(r"^\s*(?:(?:['’]s|is|are|will\s+be)\s+)?(?:(?:both|all|also|now)\s+)?", re.I)  # "are both off …"


def away_named(text: str, now: dt.datetime) -> NamedAway | None:
    """Someone's leave as the message names them ("roger is away till 29 may", "Jassi off sick till Friday"); None
    when the message names nobody before its leave wording or gives no day."""
    text = _TOLD_OF_THEMSELVES.sub(r"\g<who>", _NOTE_OPENING.sub("", text, count=1), count=1)
    text = COVER_NOTE.sub("", text)  # "jassi is off, back 15 june, so no chasers to her til then": not till "then"
    found = _NAMED_AWAY.match(text)
    if found is None or _INSTEAD.search(text, found.end()):
        return None  # "Sally is on leave till the 26th so Richard will do the figures": an action, not a note
    who, verb = found["who"], found["verb"]
    if verb is None and who[-2:] in ("'s", "’s"):  # "karen's on leave": the name and its verb
        who, verb = who[:-2], who[-2:]
    rest = text[found.start("who") + len(who) :]
    day = parse_leave(rest, now) or writer_away_until(_VERB_FIRST.sub("", rest), now)
    if day is None and not without_last_day(text[found.start("who") :]):
        return None  # "Jo is off sick" alone: said, not leave to record ("until further notice": its day asked for)
    return NamedAway(who, day, verb is None and not who[:1].isupper())


# Words of a meeting or an apology: "Viv is off sick on monday, apologies for the panel" is an apology, not news.
_ABOUT_A_MEETING = guarded(
    r"\bapol|\bcan['’]?t\s+(?:make|attend|come|do)|\bcannot\s+(?:make|attend)|\bwon['’]?t\s+(?:make|be\s+(?:at|there))|"
    r"\b(?:board|panel|workshop|meeting|mtg)\b|\?",
    re.I,
)


def about_a_meeting(text: str) -> bool:
    """Whether leave is told with a meeting or apologies ("Pam's on leave so apologies for Monday from me")."""
    return _ABOUT_A_MEETING.search(text) is not None


_INSTEAD = guarded(r"\b(?:so|but|meaning|which\s+means)\s+\S+(?:\s+\S+)?\s+(?:will|to|is\s+going\s+to)\b", re.I)


def others_leave(text: str, now: dt.datetime) -> bool:
    """Whether the message only tells of someone else's leave ("Tony Oakman on leave until 5 June - Chris is picking
    up urgent DMBC stuff"): news, never the writer's own leave nor an action."""
    until = _UNTIL_CUE.search(text)
    if until is None or _ABOUT_A_MEETING.search(text) or _WRITER_BACK.search(text) is not None:
        return False
    if _INSTEAD.search(text, until.end()):
        return False  # "Jo is on leave till the 26th so Chris Ballinger will do the housing returns": an action
    return _SOMEONE_ELSE.search(text, 0, until.start()) is not None and parse_leave(text, now) is not None


_BACK_FOR_MEETING = guarded(r"\bback\s+(?:on|in)\s+for\b", re.I)  # "back on for July", "back in for Monday's panel"
# "Richard is away until 10/06", "she's on leave till June": another person's leave, just before its wording.
_SOMEONE_ELSE = guarded(
    r"(?:^(?:fyi,?\s+|just\s+so\s+you\s+know,?\s+)?|[.!?;,:]\s*|\b(?:and|but|as|because|since|that)\s+)(?!I\b)"
    r"(?:he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\s*"
    r"(?:is|['’]s|are|['’]re|will be|['’]ll be|has been|have been|was)\s+(?:now\s+|also\s+|currently\s+|both\s+)?$|"
    # "sally asked me to tell u she's off till 1st june": whoever "she" is, not the writer
    r"\b(?:he|she|they)\s*(?:is|['’]s|are|['’]re|will\s+be|['’]ll\s+be|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?$|"
    # "Jassi off sick till end of next week fyi": a name, capitalised, then the leave wording without a verb
    r"^(?:fyi,?\s+)?(?!(?:[\w/]+\s+)?(?:I|I['’]?m|I['’]?ll|off|on|away|back|out|ooo|al|a/l|annual|leave|holidays?|hols|sick|"
    r"not|working|from|until|till|will|am|be|being|still|currently|now|just)\b)"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+"
    r"(?:(?:off(?:\s+sick)?|on\s+(?:annual\s+|sick\s+)?leave|away|ooo)\s+)?$|"
    # "... because the analyst is off sick", "our data officer is away until June": someone named by their role
    r"\b(?:the|our|my|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|will be|has been|have been|was)\s+"
    r"(?:now\s+|also\s+|currently\s+)?$",
    re.I,  # "fyi roger is away till 29 may", typed in lower case: still Roger's leave, not the writer's
)


# "on leave 1-5 June", "I'm on a/l 8th - 12th June": the writer away for a range of days, to its last.
_LEAVE_RANGE = guarded(
    rf"^(?:fyi,?\s+)?(?:i['’]?m\s+|i\s+am\s+|i['’]?ll\s+be\s+|i\s+(?:will|shall)\s+be\s+)?(?:off\s+)?(?:on\s+)?(?:{_LEAVE}|leave)\b\s*"
    r"(?:from\s+)?(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+[a-z]{3,9})?\s*(?:-|–|—|to|until|till)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3}|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:-|–|—|to|until|till)\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\b)",
    re.IGNORECASE,
)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
# "I'm on leave the whole of August", "away all of July": the month, to its last day.
_LEAVE_MONTH = guarded(
    rf"^(?:i['’]?m\s+|i\s+am\s+|i['’]?ll\s+be\s+|i\s+(?:will|shall)\s+be\s+)?(?:off\s+)?(?:on\s+)?(?:{_LEAVE}|leave)\s+"
    rf"(?:for\s+)?(?:the\s+whole\s+of|all\s+of|all|throughout|for)\s+(?P<month>{'|'.join(_MONTHS)})\b[\s.!]*$",
    re.IGNORECASE,
)
# "Martine, FYI …", "Can you note I'm …": who it is written to, and the ask to note it, before the leave itself.
_NOTE_OPENING = guarded(
    r"^(?:[A-Za-z]+\s*[,–-]?\s+)?(?:(?:fyi|just\s+so\s+(?:you|everyone|you\s+all|all)\s+(?:knows?|have\s+it|are\s+aware)|"
    r"just\s+to\s+(?:say|let\s+you\s+know)|(?:can|could)\s+you\s+(?:please\s+)?note|"
    r"(?:please|pls)\s+note|noting|(?:just\s+)?to\s+note|(?:(?:a\s+)?(?:quick\s+|brief\s+)?note\s+)?for\s+the\s+(?:tracker|record)|"
    r"for\s+(?:your\s+)?info(?:rmation)?|"
    # "I'm afraid Jo Forbes is off sick …", "I gather Sue's away …", "note leave - karen p off …": politeness, a label
    rf"(?:I['’]?m\s+afraid|I\s+am\s+afraid|{HEARSAY}|sadly|unfortunately)(?:\s+that)?|"
    r"(?:(?:please|pls)\s+)?(?:note|log|record)\s+(?:(?:some|the|annual)\s+)?leave\s*[-–—:,]|(?:annual\s+)?leave\s*[-–—:]|"
    # "Jassi rang - she's on leave from Monday …" (read "Jassi rang. Jassi is on leave …"): who got in touch
    r"(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]*)?\s+(?:rang|called|phoned|emailed|texted|messaged)(?:\s+(?:me|us))?[.:,]|"
    # "Martine tells me Jassi is on leave …": who said so, before whose leave it is
    r"(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?\s+(?:tells|told|has\s+told|says|said|mentioned|(?:has\s+)?let\s+me\s+know|"
    r"(?:has\s+)?(?:let|lets)\s+(?:me|us)\s+know)(?!(?:\s+(?:me|us))?\s+(?:that\s+)?(?:she|he|they)\b)(?:\s+(?:me|us))?)"
    r"(?:\s+that)?\s*[,:–-]?\s*)",  # "Martine, please note that Jassi is …", "martine noting sally h off sick, …"
    re.IGNORECASE,
)


def _month_away(text: str, now: dt.datetime) -> dt.date | None:
    found = _LEAVE_MONTH.match(normalise(text))
    if found is None:
        return None
    month = _MONTHS.index(found["month"].lower()) + 1
    year = now.year + (month < now.month)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _range_away(text: str, now: dt.datetime) -> dt.date | None:
    found = _LEAVE_RANGE.search(normalise(text))
    if found is None:
        return None
    text = _MONTH_MAY.sub(r"\1May", text)
    days = [m.date for m in find_dates(text, now) if m.date is not None and m.span[0] < found.end() + 12]
    return max(days) if len(days) >= 2 else None


# "off sick today and monday", "on hols 18th to the 22nd", "a/l thurs and fri": leave wording, then only its days.
_LEAVE_DAYS = guarded(
    rf"^(?:fyi,?\s+)?(?:i['’]?m\s+|i\s+am\s+|i['’]?ll\s+be\s+|i\s+(?:will|shall)\s+be\s+)?(?:off\s+)?(?:on\s+)?(?:{_LEAVE}|leave|holidays?)"
    r"\b\s*[;:,–—-]?\s*(?P<days>.+?)[\s.!]*$",
    re.IGNORECASE,
)
_WHY_AWAY = guarded(
    r"\s+(?:on|at)\s+(?:a\s+|an\s+|the\s+)?(?:course|training|conference|residential|holiday|hols)\b.*$|"
    # "off all next week - half term with the kids": why, after a dash, naming no day
    r"\s+[-–—]\s+(?![^.]*(?:\d|\b(?:mon|tue|wed|thu|fri|sat|sun|next|this|today|tomorrow|week|jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)))[^.]*$",
    re.I,
)
_BETWEEN_DAYS = guarded(
    r"^(?:\s|[,&–—-]|\b(?:and|to|till|until|til|through|thru|from|the|on|both|all|of|whole|\d{1,2}(?:st|nd|rd|th))\b)*$",
    re.I,
)


def _span_away(text: str, now: dt.datetime) -> dt.date | None:
    found = _LEAVE_DAYS.match(normalise(text))  # "I'm off from 3rd june for two weeks": its length from its start
    return span_end(found["days"], find_dates(found["days"], now)) if found is not None else None


# "w/c 1 June", "all of w/c 8 june": the week
_WEEK_OF = r"\W*(?:(?:all|the\s+whole)\s+(?:of\s+)?)?(?:w/?c|wc|week\s+(?:commencing|beginning|of))\b"


def _days_away(text: str, now: dt.datetime) -> dt.date | None:
    found = _LEAVE_DAYS.match(normalise(text))
    if found is None:
        return None
    days = weeks_written_out(_WHY_AWAY.sub("", found["days"]))  # "off all next week on a course": the days
    mentions = [m for m in find_dates(days, now) if m.date is not None]
    rest = days
    for mention in reversed(mentions):
        rest = rest[: mention.span[0]] + " " + rest[mention.span[1] :]
    if not mentions or not _BETWEEN_DAYS.match(rest) or (len(mentions) == 1 and _FROM_ONLY.fullmatch(rest)):
        return None  # "on leave from 29 May": its first day, not its last
    last = max(m.date for m in mentions if m.date is not None)
    if len(mentions) == 1 and re.match(_WEEK_OF, days, re.I):
        last += dt.timedelta(days=4 - last.weekday()) if last.weekday() <= 4 else dt.timedelta()  # "AL w/c 1 June"
    return last if last >= now.date() else None


_FROM_ONLY = guarded(r"\W*(?:from|starting(?:\s+(?:from|on))?|as\s+of|with\s+effect\s+from|w/?e/?f)\W*", re.I)
# Leave whose last day the message does not give: "until further notice", "for the foreseeable", "not sure when she'll
# be back", or only its first day ("on maternity leave from the end of May", "starting mat leave next week").
_OPEN_ENDED = guarded(
    r"\b(?:until|till|til)\s+further\s+notice\b|\bfor\s+the\s+foreseeable\b|\bindefinitely\b|\bno\s+(?:return|end)\s+date\b|"
    r"\b(?:not\s+sure|no\s+idea|(?:don['’]?t|do\s+not)\s+know|unclear)\s+when\s+(?:I|she|he|they)(?:['’]ll|\s+will|['’]?d|\s+would)"
    r"\s+be\s+back\b",
    re.I,
)
_STARTS_ONLY = guarded(
    rf"\b(?:{_LEAVE}|leave)\s+(?:from|starting(?:\s+(?:from|on))?|as\s+of|with\s+effect\s+from|w/?e/?f)\s+(?!(?:my|the)\s+(?:desk|office)\b)|"
    r"\b(?:start|starts|starting|begin|begins|beginning|go|goes|going)\s+(?:on\s+)?(?:my\s+|her\s+|his\s+|their\s+)?"
    r"(?:(?:annual|maternity|mat|paternity|sick|study|parental|adoption)\s+)?leave\b",
    re.I,
)

_STARTING = guarded(  # "I'm starting maternity leave at the end of May"
    r"^(?:i['’]?m\s+|i\s+am\s+|i['’]?ll\s+be\s+|i\s+(?:will|shall)\s+)?(?:start(?:ing)?|begin(?:ning)?|go(?:ing)?\s+on)\s+"
    r"(?:my\s+)?(?:\w+\s+)?leave\b",
    re.I,
)


_RANGE_END = guarded(r"\bfrom\b[^.!?]*?(?:\b(?:to|till|til|through|thru|for)\b|\s[-–—]\s?)", re.I)  # "from wed to fri"


def without_last_day(text: str) -> bool:
    """Leave wording that gives no last day: open-ended, or only the day it starts."""
    text = normalise(text)
    if _OPEN_ENDED.search(text):
        return True
    return _STARTS_ONLY.search(text) is not None and not (
        _UNTIL_CUE.search(text) or _BACK_CUE.search(text) or _NOT_BACK_UNTIL.search(text) or _RANGE_END.search(text)
    )


def writer_away_open(text: str) -> bool:
    """The writer's own leave with no last day given ("ooo until further notice", "I'm on leave from 29 May")."""
    plain = COVER_NOTE.sub("", _NOTE_OPENING.sub("", text)).split("?")[0]
    plain = normalise(plain)
    return (_LEAVE_DAYS.match(plain) or _STARTING.match(plain)) is not None and without_last_day(plain)


def _date_after(mentions: list[DateMention], position: int) -> dt.date | None:
    """The first date mentioned at or just after ``position`` (the words "until"/"back" themselves are cues)."""
    for mention in mentions:
        start, end = mention.span
        if mention.date is not None and end > position and start >= position - 12:
            return mention.date
    return None
