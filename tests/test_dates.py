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
    ("on 1/5", d(5, 1)),  # a due day two weeks past is that day (the conversation asks), not next year's
    ("by 8 May", d(5, 8)),
    ("by 1 April", d(4, 1, 2016)),  # further back: next year's
    ("by 1/4", d(4, 1, 2016)),
    # day and month names
    ("10th July", d(7, 10)),
    ("July 10th", d(7, 10)),
    ("10 July 2015", d(7, 10)),
    ("Friday 10th July", d(7, 10)),
    ("Fri 10 July 2015", d(7, 10)),
    ("the 10th of July", d(7, 10)),
    ("by the tenth of July", d(7, 10)),
    ("by 22 May", d(5, 22)),
    ("by 1 May", d(5, 1)),
    ("by 1 may", d(5, 1)),
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
    # the n-th week of a month: done by the Friday that ends it
    ("in the first week of June", d(6, 5)),
    ("by the end of the first week in june", d(6, 5)),
    ("second week of June", d(6, 12)),
    ("first week of July", d(7, 3)),
    ("the last week of June", d(6, 26)),
    ("by close of play Monday", d(5, 18)),
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
    "Christmas ", "Easter ", "Monday ", "bank holiday ", "after ", "EOM", "hence ", "closest ", "Fridays from now",
    "of next month", "last ", "first ", "working day of ", "from ", "to ", "of ",
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


# --------------------------------------------------------------------------------------------------------
# Holidays, ordinal phrases, ranges, "hence", EOM/EOY/EOD, spelled ordinals, two-digit years
# (the base time is Friday 15 May 2015; Easter 2015 was 5 April, so a year-less Easter family day is 2016's)

HOLIDAYS = [
    ("by the August bank holiday", d(8, 31)),
    ("before the summer bank holiday 2018", d(8, 24, 2018)),  # before a holiday: the last working day before it
    ("by the late summer bank holiday", d(8, 31)),
    ("by Easter Monday", d(3, 28, 2016)),
    ("by Easter", d(3, 27, 2016)),
    ("before Good Friday", d(3, 24, 2016)),
    ("by xmas", d(12, 25)),
    ("before Christmas", d(12, 24)),
    ("before the bank holiday weekend", d(5, 22)),
    ("before the august bank hol", d(8, 28)),
    ("by good friday next year", d(3, 25, 2016)),
    ("by Christmas Day 2016", d(12, 25, 2016)),
    ("by Christmas Eve", d(12, 24)),
    ("by Boxing Day", d(12, 26)),
    ("by New Year's Eve", d(12, 31)),
    ("by New Year's Day", d(1, 1, 2016)),
    ("by the new year", d(1, 1, 2016)),
    ("by the spring bank holiday", d(5, 25)),
    ("by the May bank holiday", d(5, 25)),  # the next of the two: the early one has gone
    ("by the early May bank holiday", d(5, 2, 2016)),
    ("by the early May bank holiday 2020", d(5, 8, 2020)),  # moved for VE Day: from the holidays library
    ("by the next bank holiday", d(5, 25)),
    ("by Mothering Sunday", d(3, 6, 2016)),
    ("by Mother's Day 2013", d(3, 10, 2013)),
    ("by Father's Day", d(6, 21)),
    ("by pancake day", d(2, 9, 2016)),
    ("on Guy Fawkes night", d(11, 5)),
    ("by Bonfire Night", d(11, 5)),
    ("by Halloween", d(10, 31)),
    ("next Halloween", d(10, 31)),
    ("by Valentine's Day", d(2, 14, 2016)),
    ("by St Patrick's Day", d(3, 17, 2016)),
    ("by Maundy Thursday", d(3, 24, 2016)),
    ("by Palm Sunday", d(3, 20, 2016)),
    ("by Trinity Sunday", d(5, 31)),
    ("by Whitsun", d(5, 24)),
    ("by Pentecost 2016", d(5, 15, 2016)),
    ("by Whit Monday", d(5, 25)),
    ("by Remembrance Sunday", d(11, 8)),
    ("two weeks before Christmas", d(12, 11)),
    ("three days after Easter", d(3, 30, 2016)),
    ("by the Tuesday after Easter", d(3, 29, 2016)),
    ("by the third Tuesday after Christmas 2014", d(1, 13)),
    ("Viv to run the Christmas safety campaign by July", d(7, 31)),
]
ORDINALS = [
    ("by the last Friday of October", d(10, 30)),
    ("by the first Tuesday of October", d(10, 6)),
    ("first Tuesday in October 2014", d(10, 7, 2014)),
    ("by the second Wednesday of next month", d(6, 10)),
    ("by the first Monday of the month", d(6, 1)),  # May's has gone
    ("by the last Friday of the month", d(5, 29)),
    ("by the 20th of next month", d(6, 20)),
    ("by 20 of next month", d(6, 20)),
    ("by the 20th day of next month", d(6, 20)),
    ("by the 25th of the current month", d(5, 25)),
    ("by the third day of October", d(10, 3)),
    ("by the fifth last day of May", d(5, 27)),
    ("by the last day of June", d(6, 30)),
    ("by the last working day of August", d(8, 28)),  # 31 August 2015 is a bank holiday
    ("by the first working day of next month", d(6, 1)),
    ("by the closest Friday to 5 October", d(10, 2)),
    ("by the second closest Friday to October fifth", d(10, 9)),
]
HENCE_AND_PERIOD_ENDS = [
    ("a fortnight hence", d(5, 29)),
    ("three weeks hence", d(6, 5)),
    ("7 days hence", d(5, 22)),
    ("in a day from right now", d(5, 16)),
    ("3 Fridays from now", d(6, 5)),
    ("two Sundays from now", d(5, 24)),
    ("by EOM", d(5, 31)),
    ("at the EOM", d(5, 31)),
    ("by EOY", d(12, 31)),
    ("at the EOY", d(12, 31)),
    ("by EOD", d(5, 15)),
    ("by the end of the following week", d(5, 22)),
    ("at the end of the coming week", d(5, 22)),
    ("by the end of current week", d(5, 15)),
    ("by Wednesday next week", d(5, 20)),
    ("on Wednesday of next week", d(5, 20)),
    ("by Tuesday of this week", d(5, 12)),
]
RANGE_ENDS = [
    ("on 13-15 July", d(7, 15)),
    ("from the 13th to the 15th of July", d(7, 15)),
    ("23rd to 26th Oct", d(10, 26)),
    ("July 13-15", d(7, 15)),
    ("from July 13 to 15", d(7, 15)),
    ("by Aug 8 - Aug 12", d(8, 12)),
    ("August 27th - 29th", d(8, 29)),
    ("by Dec 28 - Jan 3", d(1, 3, 2016)),
]
SPELLED_AND_SHORT_YEARS = [
    ("by March first", d(3, 1, 2016)),
    ("by June the third", d(6, 3)),
    ("by March third 2016", d(3, 3, 2016)),
    ("on the first", d(6, 1)),
    ("by the second", d(6, 2)),
    ("by 14th April 16", d(4, 14, 2016)),
    ("by 30 June 15.", d(6, 30)),
    ("on 14 April 15 people came", d(4, 14, 2016)),  # 15 people, not 2015
]


@pytest.mark.parametrize(
    ("text", "expected"),
    HOLIDAYS + ORDINALS + HENCE_AND_PERIOD_ENDS + RANGE_ENDS + SPELLED_AND_SHORT_YEARS,
    ids=[t for t, _ in HOLIDAYS + ORDINALS + HENCE_AND_PERIOD_ENDS + RANGE_ENDS + SPELLED_AND_SHORT_YEARS],
)
def test_holidays_ordinals_ranges_and_period_ends(text: str, expected: datetime.date) -> None:
    mention = due(text)
    assert mention is not None
    assert mention.date == expected
    assert text[mention.span[0] : mention.span[1]] == mention.wording


NOT_HOLIDAYS = [
    "Viv to lead the Christmas safety campaign",
    "the Easter holidays",
    "over Easter",
    "Christmas",
    "by the Christmas party",
    "plans for the new year",
    "in the new year",
    "referral for St Patrick's",
    "Guy Smith to chase",
    "for the first time",
    "the first meeting",
    "the second closest school",
    "Valentine Jones to send",
    "by the ides",
]


@pytest.mark.parametrize("text", NOT_HOLIDAYS)
def test_holiday_and_ordinal_words_that_are_not_dates(text: str) -> None:
    assert due(text) is None
    assert find_dates(text, NOW, BOARDS) == []


def test_a_range_gives_both_days_and_is_due_on_the_last() -> None:
    assert [(m.date, m.wording) for m in find_dates("by July 13-15", NOW, BOARDS)] == [
        (d(7, 13), "by July 13"),
        (d(7, 15), "15"),
    ]
    found = due("Action: Viv to present from July 13-15")
    assert found is not None and found.date == d(7, 15)


@pytest.mark.parametrize(
    ("text", "task", "wording"),
    [
        ("Viv to send the report by Christmas", "Viv to send the report", "by Christmas"),
        ("Tony to update the plan by the last Friday of October", "Tony to update the plan",
         "by the last Friday of October"),
        ("Kate to circulate the figures a fortnight hence", "Kate to circulate the figures", "a fortnight hence"),
        ("Su to send the return by EOM", "Su to send the return", "by EOM"),
    ],
)  # fmt: skip
def test_span_cuts_holidays_and_ordinals_from_the_task(text: str, task: str, wording: str) -> None:
    mention = due(text)
    assert mention is not None
    assert text[mention.span[0] : mention.span[1]] == mention.wording == wording
    assert text[: mention.span[0]].strip() == task


def test_parse_date_reads_a_holiday_or_period_end_alone() -> None:
    assert parse_date("Christmas", NOW, BOARDS) == d(12, 25)
    assert parse_date("Easter Monday", NOW, BOARDS) == d(3, 28, 2016)
    assert parse_date("EOM", NOW, BOARDS) == d(5, 31)
    assert parse_date("the last Friday of October", NOW, BOARDS) == d(10, 30)


def test_every_holiday_name_is_read() -> None:
    """One wording per holiday of the table, so that the cheap gates in front of the pattern miss none."""
    from bot.understanding.holiday_dates import _KEYS

    wordings = {
        "xmas_eve": "Xmas Eve", "xmas": "X-mas", "boxing": "Boxing Day", "nye": "New Years Eve",
        "nyd": "New Year Day", "valentine": "St Valentine's Day", "halloween": "Hallowe'en",
        "guy_fawkes": "Guy Fawkes", "patrick": "Saint Paddy's Day", "george": "St George's Day",
        "david": "St. David's Day", "andrew": "St Andrews Day", "ides": "the Ides of March",
        "remembrance_sunday": "Remembrance Sunday", "remembrance_day": "Armistice Day",
        "summer_bh": "August bank holiday Monday", "spring_bh": "Whitsun bank holiday",
        "may_bh": "May Day", "may_any": "May bank holiday", "next_bh": "next bank holiday",
        "easter_monday": "Easter Mon", "good_friday": "Good Friday", "maundy": "Holy Thursday",
        "palm": "Palm Sunday", "ash": "Ash Wednesday", "shrove": "Shrove Tuesday", "mothering": "Mothers' Day",
        "whit_monday": "Whitmonday", "pentecost": "Whit Sunday", "trinity": "Trinity Sunday",
        "ascension": "Ascension Day", "easter": "Easter Day", "father": "Fathers Day",
        "easter_bh": "the Easter bank hols", "bh_weekend": "the bank holiday weekend",
        "half_term": "October half-term",
    }  # fmt: skip
    assert set(wordings) == set(_KEYS)
    for key, wording in wordings.items():
        found = due(f"to be done by {wording}")
        assert found is not None and found.date is not None, key
        assert found.wording.endswith(wording), key


@pytest.mark.parametrize("now", [datetime.datetime(9999, 12, 31), datetime.datetime(1, 1, 1)])
def test_holidays_and_ordinals_at_the_ends_of_time(now: datetime.datetime) -> None:
    for text in (
        "by Christmas",
        "by Easter Monday",
        "next bank holiday",
        "by the last Friday of next month",
        "3 Fridays from now",
        "by Dec 28 - Jan 3",
        "by the last working day of next month",
    ):
        found = find_due(text, now, BOARDS)
        assert found is None or found.date is None or found.date.year in (now.year, now.year + 1)
