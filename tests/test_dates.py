"""Due dates and meeting dates as UK board members write them (bot.understanding.dates).

The base time is Friday 15 May 2015 09:30 (the board meeting of the fixture minutes); the board meets on
13 March, 10 July and 11 September 2015.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.dates import DateMention, find_dates, find_due, parse_date

NOW = datetime.datetime(2015, 5, 15, 9, 30)
BOARDS = [datetime.date(2015, 3, 13), datetime.date(2015, 7, 10), datetime.date(2015, 9, 11)]


def d(month: int, day: int, year: int = 2015) -> datetime.date:
    return datetime.date(year, month, day)


def due(text: str, boards: list[datetime.date] | None = None) -> DateMention | None:
    return find_due(text, NOW, BOARDS if boards is None else boards)


DUE_DATES = [
    # month ends and month phrases
    ("by end June 2015", d(6, 30)),
    ("by end of June", d(6, 30)),
    ("by the end of June", d(6, 30)),
    ("end of the month", d(5, 31)),
    ("by end of the month", d(5, 31)),
    ("by September", d(9, 30)),
    ("in September", d(9, 30)),
    ("hopefully be completed by July", d(7, 31)),
    ("mid June", d(6, 15)),
    ("mid-June", d(6, 15)),
    ("early July", d(7, 1)),
    ("late June", d(6, 30)),
    ("by the beginning of July", d(7, 1)),
    ("in May", d(5, 31)),
    ("end of May", d(5, 31)),
    ("May 2015", d(5, 31)),
    ("by March", d(3, 31, 2016)),
    ("end of next month", d(6, 30)),
    ("next month", d(6, 30)),
    ("by month end", d(5, 31)),
    ("by the end of the financial year", d(3, 31, 2016)),
    ("by the end of the year", d(12, 31)),
    # numeric, day first
    ("30/06", d(6, 30)),
    ("1/6", d(6, 1)),
    ("10/07", d(7, 10)),
    ("15.06.15", d(6, 15)),
    ("30/06/2015", d(6, 30)),
    ("30-06-2015", d(6, 30)),
    ("2015-06-30", d(6, 30)),
    ("by 10.06", d(6, 10)),
    ("on 1/5", d(5, 1, 2016)),
    # day and month names
    ("10th July", d(7, 10)),
    ("July 10th", d(7, 10)),
    ("10 July 2015", d(7, 10)),
    ("Friday 10th July", d(7, 10)),
    ("Fri 10 July 2015", d(7, 10)),
    ("the 10th of July", d(7, 10)),
    ("by the tenth of July", d(7, 10)),
    ("by 22 May", d(5, 22)),
    ("by 1 May", d(5, 1, 2016)),
    ("by 1 may", d(5, 1, 2016)),
    ("10-Jul-15", d(7, 10)),
    ("13th March 2015", d(3, 13)),
    ("by the 3rd", d(6, 3)),
    ("on the 20th", d(5, 20)),
    ("by the 10th of next month", d(6, 10)),
    ("Wed 20th", d(5, 20)),
    ("by 29 February", d(2, 29, 2016)),
    # week commencing: the Monday of that week
    ("w/c 1 June", d(6, 1)),
    ("w/c 6 July", d(7, 6)),
    ("week commencing 3 June", d(6, 1)),
    ("WC 1/6", d(6, 1)),
    ("week beginning Monday 8th June", d(6, 8)),
    # durations from today
    ("within 2 weeks", d(5, 29)),
    ("in a fortnight", d(5, 29)),
    ("in 6 weeks", d(6, 26)),
    ("in 6 weeks' time", d(6, 26)),
    ("in 3 days", d(5, 18)),
    ("within a month", d(6, 15)),
    ("in two weeks", d(5, 29)),
    ("in twelve weeks", d(8, 7)),
    ("2 weeks from now", d(5, 29)),
    ("within the next 8 weeks", d(7, 10)),
    ("within 10 working days", d(5, 29)),
    ("in 2-3 weeks", d(6, 5)),
    # weekdays and relative days
    ("by next Wednesday", d(5, 20)),
    ("by Wednesday", d(5, 20)),
    ("by Friday", d(5, 22)),
    ("this Friday", d(5, 15)),
    ("next Mon", d(5, 18)),
    ("by Weds", d(5, 20)),
    ("on Thurs", d(5, 21)),
    ("Friday week", d(5, 29)),
    ("tomorrow", d(5, 16)),
    ("today", d(5, 15)),
    ("by close of play Monday", d(5, 18)),
    ("by the end of next week", d(5, 22)),
    ("next week", d(5, 22)),
    ("by the end of the week", d(5, 15)),
    ("by end of week", d(5, 15)),
    # board meetings
    ("before the next meeting", d(7, 10)),
    ("to the next board", d(7, 10)),
    ("by the July board", d(7, 10)),
    ("by the September board", d(9, 11)),
    ("for the next DSCB", d(7, 10)),
    ("the July meeting", d(7, 10)),
    ("report back to the board in September", d(9, 11)),
    ("Action: agenda item 10th July.", d(7, 10)),
    # odd spellings left to dateparser
    ("Jul.10", d(7, 10)),
    ("10/Jul/2015", d(7, 10)),
]


@pytest.mark.parametrize(("text", "expected"), DUE_DATES, ids=[t for t, _ in DUE_DATES])
def test_due_date(text: str, expected: datetime.date) -> None:
    mention = due(text)
    assert mention is not None
    assert mention.date == expected
    assert not mention.asap


NOT_DATES = [
    "tbc",
    "TBC",
    "to be confirmed",
    "when available",
    "a report will be sent out when available",
    "S11 and S175",
    "Still awaiting S11 audits from Probation",
    "Section 11",
    "56% of 114",
    "56% of the 114 audits have been completed",
    "£250",
    "commit the £250 to the water safety campaign",
    "0 – 25 pathway",
    "0-25",
    "the 0 - 18 year old population",
    "105 years ago",
    "19 approved premises",
    "Page 9",
    "complete Page 9, sign and return",
    "item 12",
    "Item 12: Probation – new structure presentation",
    "10:00 – 14:00",
    "9.30 am – 12.30 pm",
    "Su Vincent to share",
    "May Smith to send",
    "in May Smith's absence",
    "all 5 may attend",
    "Sun",
    "Sat on the panel",
    "Mon",
    "24/7 service",
    "1/2 day workshop",
    "2/3 of schools",
    "reduced by 1.5",
    "the 2013-14 report",
    "the 21st century",
    "1st alert – SafER Newsletter, 2nd Alert",
    "the next CDOP report",
    "for over 5 years",
    "Mayada AbuAffan",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert due(text) is None
    assert find_dates(text, NOW, BOARDS) == []


ASAP = ["asap", "ASAP", "as soon as possible", "urgently", "immediately", "A.S.A.P."]


@pytest.mark.parametrize("text", ASAP)
def test_asap(text: str) -> None:
    mention = due(f"Chairs to send their Terms of Reference {text}")
    assert mention is not None
    assert mention.asap
    assert mention.date is None
    assert not mention.meeting
    assert mention.wording == text


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("before the next meeting", True),
        ("by the July board", True),
        ("the next DSCB meeting", True),
        ("at next board", True),
        ("agenda item 10th July", True),
        ("by 10 July", False),
        ("by end June 2015", False),
    ],
)
def test_meeting_flag(text: str, meeting: bool) -> None:
    mention = due(text)
    assert mention is not None
    assert mention.meeting is meeting


@pytest.mark.parametrize("text", ["before the next meeting", "by the July board", "for the next DSCB"])
def test_meeting_without_board_dates_has_no_date(text: str) -> None:
    mention = due(text, boards=[])
    assert mention is not None
    assert (mention.date, mention.asap, mention.wording, mention.span, mention.meeting) == (
        None,
        False,
        text,
        (0, len(text)),
        True,
    )


def test_meeting_in_a_month_without_a_board_date() -> None:
    mention = due("by the May board")  # the May board (13 March is the only spring one) is not known
    assert mention is not None
    assert mention.meeting
    assert mention.date is None


@pytest.mark.parametrize(
    ("text", "task", "wording"),
    [
        ("Viv to send the chart by 22 May", "Viv to send the chart", "by 22 May"),
        (
            "all members to return the appraisal by end June 2015.",
            "all members to return the appraisal",
            "by end June 2015",
        ),
        (
            "Sally to chase the S11 audits before the next meeting",
            "Sally to chase the S11 audits",
            "before the next meeting",
        ),
        ("Tony to write to the CCG within 2 weeks", "Tony to write to the CCG", "within 2 weeks"),
        ("QA & Comms to report back to the July board", "QA & Comms to report back", "to the July board"),
        (
            "Martine to circulate the constitution w/c 1 June",
            "Martine to circulate the constitution",
            "w/c 1 June",
        ),
        ("Kate to present due 30/06", "Kate to present", "due 30/06"),
        ("Kate to present no later than 30/06", "Kate to present", "no later than 30/06"),
        ("Viv to present on Friday 10th July", "Viv to present", "on Friday 10th July"),
        ("chairs to submit ToR asap", "chairs to submit ToR", "asap"),
        ("Mike to update by the end of next week", "Mike to update", "by the end of next week"),
    ],
)
def test_span_cuts_the_due_date_from_the_task(text: str, task: str, wording: str) -> None:
    mention = due(text)
    assert mention is not None
    start, end = mention.span
    assert text[start:end] == mention.wording == wording
    assert text[:start].strip() == task


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a due cue beats a date without one
        ("minutes of 13th March 2015 to be circulated by Friday", d(5, 22)),
        # a date beats "asap" under the same cue strength; of equals the last wins
        ("asap and no later than 30 June", d(6, 30)),
        ("by Friday, or by end June at the latest", d(6, 30)),
        # a date to come beats one past
        ("13 March 2015 item, agenda item 10th July", d(7, 10)),
        # a list shares its month and its cue
        ("Two audit panels have been arranged for 18th and 22nd May.", d(5, 22)),
    ],
)
def test_due_picks_the_due_wording(text: str, expected: datetime.date) -> None:
    mention = due(text)
    assert mention is not None
    assert mention.date == expected


def test_find_dates_in_order() -> None:
    text = "Sorry, can't make 10 July; the workshop on 19th June is fine; I'll send it by 18th and 22nd May"
    assert [(m.date, m.wording) for m in find_dates(text, NOW, BOARDS)] == [
        (d(7, 10), "10 July"),
        (d(6, 19), "on 19th June"),
        (d(5, 18), "by 18th"),
        (d(5, 22), "22nd May"),
    ]


def test_find_dates_in_minutes() -> None:
    text = (
        "NEXT MEETING\n\nFriday 10th July 2015\n10:00 – 14:00\n"
        "Minutes and Matters Arising from previous meeting – 13th March 2015. "
        "DSCB members have been struggling with completing S11 and S175 audits. "
        "Action: all outstanding participation audits to be returned to Nicki Burrows as soon as possible."
    )
    mentions = find_dates(text, NOW, BOARDS)
    assert [(m.date, m.asap, m.meeting) for m in mentions] == [
        (d(7, 10), False, True),
        (d(7, 10), False, False),
        (d(3, 13), False, False),
        (None, True, False),
    ]
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.wording


def test_timezone_aware_now() -> None:
    now = datetime.datetime(2015, 5, 15, 9, 30, tzinfo=datetime.UTC)
    mention = find_due("by 22 May", now, BOARDS)
    assert mention is not None
    assert mention.date == d(5, 22)


def test_year_less_dates_prefer_the_future() -> None:
    late = datetime.datetime(2015, 12, 20, 9, 0)
    assert parse_date("10/01", late) == d(1, 10, 2016)
    assert parse_date("20 December", late) == d(12, 20, 2015)
    assert parse_date("by November", late) == d(11, 30, 2016)


PARSE_DATE = [
    ("10/07", d(7, 10)),
    ("next Friday", d(5, 22)),
    ("the July board", d(7, 10)),
    ("next meeting", d(7, 10)),
    ("2015-07-10", d(7, 10)),
    (" 22/5 ", d(5, 22)),
    ("by 22 May", d(5, 22)),
    ("10 July at 10:00", d(7, 10)),
    ("Friday 10th July 2015, 10:00 – 14:00", d(7, 10)),
    ("July the 10th", d(7, 10)),
    ("July", d(7, 31)),
    ("Wednesday", d(5, 20)),
    ("3rd", d(6, 3)),
    ("tomorrow", d(5, 16)),
    ("asap", None),
    ("tbc", None),
    ("Su", None),
    ("S11", None),
    ("114", None),
    ("hello 10 July", None),
    ("10 July or 11 July", None),
    ("the May board", None),
    ("30 Feb", None),
    ("31/6", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_DATE, ids=[t or "empty" for t, _ in PARSE_DATE])
def test_parse_date(text: str, expected: datetime.date | None) -> None:
    assert parse_date(text, NOW, BOARDS) == expected


DATEISH = [
    "by ", "end of ", "the ", "next ", "w/c ", "in ", "within ", "a ", "1", "10", "22", "31", "2015", "15",
    "/", ".", "-", "–", " ", "\n", "th ", "st ", "May", "June ", "Jul", "Sept ", "Friday ", "Wed ", "Sun ",
    "week", "weeks ", "month ", "fortnight", "board ", "DSCB ", "meeting", "asap", "£", "%", "S11 ",
    "item ", "agenda ", "é", "'", "financial year", "close of play ", "Jul.10", "10/Jul/2015 ",
]  # fmt: skip


def check_mentions(text: str) -> None:
    for now in (NOW, datetime.datetime(9999, 12, 31), datetime.datetime(1, 1, 1)):
        mentions = find_dates(text, now, BOARDS)
        for m in mentions:
            assert 0 <= m.span[0] <= m.span[1] <= len(text)
            assert text[m.span[0] : m.span[1]] == m.wording
        found = find_due(text, now, BOARDS)
        assert found is None or found in mentions
        parse_date(text, now, BOARDS)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=10000))
def test_any_text_never_raises(text: str) -> None:
    check_mentions(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATEISH), max_size=60).map("".join))
def test_date_like_text_never_raises(text: str) -> None:
    check_mentions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("send the reports two weeks before the July board", d(6, 26)),
        ("circulate papers 5 days before the next meeting", d(7, 5)),
        ("a week before the next board", d(7, 3)),
    ],
)
def test_an_offset_before_a_meeting_moves_the_date_back(text: str, expected: datetime.date) -> None:
    found = find_due(text, NOW, BOARDS)
    assert found is not None and found.date == expected
    assert text[found.span[0] : found.span[1]] == found.wording
    assert "before" in found.wording


@pytest.mark.parametrize("text", ["VCSG to plan the debate for its next meeting", "raise it at the CCG's next board"])
def test_another_bodys_next_meeting_is_not_the_boards(text: str) -> None:
    found = find_due(text, NOW, BOARDS)
    assert found is None or not found.meeting
