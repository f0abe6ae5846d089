"""Understanding the forty-seventh round's classes, most from sets written about apologies for several people, actions
logged for someone at their request, thread replies and members' own words quoted: "apols 10/7 for remley and
annette" is both of theirs (had asked whose); "Jo said: "I will pull together the figures"" is Jo's, never the
writer's; "> anyone able to …? / yep, Jo's on it" is Jo's, never the writer's; "a list of all open actions currently
with DMBC" is DMBC's, never the whole board's.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, member, parse, unknown

KARENS = ["Karen Jackson", "Karen Palk"]


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-forty-seventh-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
APOLOGIES: list[Case] = [
    (
        "apols 10/7 for remley and annette",
        M,
        {"intent": "apology", "owners": [member("Remley Mann"), member("Annette Callear")], "meeting": "2015-07-10"},
    ),  # had asked whose
    (
        "apologies for 11/9 for Tabetha",
        M,
        {"intent": "apology", "owners": [member("Tabetha Darman")], "meeting": "2015-09-11"},
    ),
    (
        "apols for the sept board from Nicola (Cafcass), Viv (NPS) and Sally (police)",
        M,
        {
            "intent": "apology",
            "owners": [member("Nicola Campbell"), member("Viv Townsend"), member("Sally Holmes")],
            "meeting": "2015-09-11",
        },
    ),  # had been Nicola's alone
    (
        "apologies for monday from Jo (housing) and Pam (the trust)",
        M,
        {"intent": "apology", "owners": [member("Jo Forbes"), member("Pam Smith")], "meeting": "2015-05-18"},
    ),
    (
        "apols for july from Nicola (at court) and Viv",
        M,
        {"intent": "apology", "owners": [member("Nicola Campbell"), member("Viv Townsend")], "meeting": "2015-07-10"},
    ),  # an aside that is no agency: the name alone
    (
        "apols for the july board from Karen (fire) and Viv",
        M,
        {"intent": "apology", "owners": [member("Viv Townsend")], "ambiguous": [("Karen", KARENS)]},
    ),  # no Karen at fire: which Karen is asked
    (
        "apols 10/7 from Dave, he's at a conference",
        M,
        {"intent": "apology", "owners": [unknown("Dave")], "meeting": "2015-07-10"},
    ),  # had been the writer's own apologies
    # look-alikes: the writer's own, as before
    ("apols 10/7", "Viv Townsend", {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-07-10"}),
    (
        "apols 10/7 - on a course",
        "Viv Townsend",
        {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-07-10"},
    ),
]

LOGGED_AT_REQUEST: list[Case] = [
    (
        "Logging this for Su Vincent at her request – she'll circulate the CCG briefing by end of June",
        M,
        {"intent": "record_action", "owners": [member("Su Vincent")], "due": "2015-06-30"},
    ),  # had read nothing
    (
        "adding this one for Viv as she asked - she'll send the probation figures by the 1st",
        M,
        {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-06-01"},
    ),
    (
        "Logging this one at Mayada's request: she'll draft the CDOP summary for the workshop",
        M,
        {
            "intent": "record_action",
            "owners": [member("Mayada AbuAffan")],
            "due": "2015-06-19",
            "on_behalf_of": "Mayada AbuAffan",
        },
    ),
    (
        "Recording at Tony O's request: IYS to map the youth offer by end of June",
        M,
        {
            "intent": "record_action",
            "owners": [agency("DMBC – Integrated Youth Services")],
            "due": "2015-06-30",
            "on_behalf_of": "Tony Oakman",
        },
    ),
    (
        "logging this for Rachael at her request: public health to refresh the JSNA chapter by mid June",
        M,
        {
            "intent": "record_action",
            "owners": [agency("Office of Public Health")],
            "due": "2015-06-15",
            "on_behalf_of": "Rachael Doyle",
        },
    ),
    (
        "at Jo's request, please move a-12 to 30 June",
        M,
        {"intent": "change_due", "ref": "A-12", "due": "2015-06-30", "on_behalf_of": "Jo Forbes"},
    ),
    (
        "Logging this for Dave Brown at his request - he'll send the figures by friday",
        M,
        {"intent": "record_action", "owners": [unknown("Dave Brown")]},
    ),  # a stranger: unknown, never the writer
]

QUOTED: list[Case] = [
    (
        'Jo asked me to log one, her words: "I will pull together the temporary accommodation figures by mid June"',
        M,
        {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-15", "on_behalf_of": "Jo Forbes"},
    ),  # had been the writer's
    (
        'Zala said: "I\'ll update the discharge checklist by Friday"',
        M,
        {"intent": "record_action", "owners": [member("Zala Ibrahim")], "due": "2015-05-22"},
    ),
    (
        "Viv rang: 'I'll send the probation figures by the 1st'",
        M,
        {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-06-01"},
    ),
    (
        "email from Richard: “I’m going to share the MASH data by end of June”",
        M,
        {"intent": "record_action", "owners": [member("Richard Fisher")], "due": "2015-06-30"},
    ),
    (
        'Tony said "I can\'t make Monday"',
        M,
        {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-05-18"},
    ),  # had asked whose
    (
        'Karen said: "I will do the slides by Friday"',
        M,
        {"intent": "record_action", "owners": [], "ambiguous": [("Karen", KARENS)]},
    ),  # two Karens: asked, never the writer's
]

FORWARDED_NOTED: list[Case] = [
    (
        'Text from Pam: "I am on leave until 8 June" - pls note',
        M,
        {"intent": "leave", "owners": [member("Pam Smith")], "away_until": "2015-06-08"},
    ),  # had been the writer's own leave
    (
        'Autoreply from Viv: "I am out of the office, returning Monday 1 June." - fyi',
        M,
        {"intent": "leave", "owners": [member("Viv Townsend")], "away_until": "2015-05-31"},
    ),
    (
        'from Zala: "I cant make the July board" - for info',
        M,
        {"intent": "apology", "owners": [member("Zala Ibrahim")], "meeting": "2015-07-10"},
    ),
]

THREADS: list[Case] = [
    (
        "> anyone able to look at the escalation policy wording?\nyep, Jo's on it",
        "Merlin Joseph",
        {"intent": "record_action", "owners": [member("Jo Forbes")]},
    ),  # had been the writer's
    (
        "> can someone check the venue for the workshop?\nSally is on it already",
        "Richard Fisher",
        {"intent": "record_action", "owners": [member("Sally Holmes")]},
    ),
    (
        "> who can pull the ED attendance data together?\nyes - Karen's got it",
        M,
        {"intent": "record_action", "owners": [], "ambiguous": [("Karen", KARENS)]},
    ),
    (
        "> who can look at the escalation policy wording?\npolice are on it",
        M,
        {"intent": "record_action", "owners": [agency("West Midlands Police")]},
    ),
    (
        "> anyone able to look at the escalation policy wording?\nyep, I'm on it",
        "Merlin Joseph",
        {"intent": "record_action", "owners": [member("Merlin Joseph")]},
    ),  # the writer, as before
]

LISTS: list[Case] = [
    (
        "could you send me a list of all open actions currently with DMBC?",
        "Roger Clayton",
        {"intent": "list_actions", "owners": [agency("DMBC")]},
    ),  # had been the whole board's
    (
        "list of all open actions with the police please",
        "Roger Clayton",
        {"intent": "list_actions", "owners": [agency("West Midlands Police")]},
    ),
    (
        "can you show me all the actions currently with Tony Oakman?",
        M,
        {"intent": "list_actions", "owners": [member("Tony Oakman")]},
    ),
    # look-alikes: the whole board's, as before
    ("show me all open actions", "Roger Clayton", {"intent": "list_actions", "owners": []}),
    ("send me the whole tracker", "Roger Clayton", {"intent": "list_actions", "owners": []}),
]

SECOND_BATCH: list[Case] = [
    (
        "Pam will draft the discharge leaflet for the workshop – she offered at the health sub yesterday",
        M,
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-19"},
    ),  # had been due yesterday
    (
        "Jo will pull the housing figures together for the July board, she agreed it on Tuesday",
        M,
        {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-07-10"},
    ),  # had been due next Tuesday
    (
        "The venue booking has slipped until the end of the month, so could A-44 be moved to w/c 8 June please?",
        M,
        {"intent": "change_due", "ref": "A-44", "due": "2015-06-08"},
    ),  # had been the end of May
    (
        "move a-44 to friday, the report comes out on the 1st",
        M,
        {"intent": "change_due", "ref": "A-44", "due": "2015-05-22"},
    ),
    (
        "Hi, Rich asked me to let you know action 52 needs to go to mid June – the analyst is on leave. Sally",
        "Sally Holmes",
        {"intent": "change_due", "ref": "A-52", "due": "2015-06-15", "on_behalf_of": "Richard Fisher"},
    ),  # had read nothing
    (
        "I'm off from 1 June. Please reassign #36 to Karen so the CDOP report isn't held up.",
        "Mayada AbuAffan",
        {"intent": "reassign", "ref": "A-36", "owners": [], "ambiguous": [("Karen", KARENS)]},
    ),  # had read nothing
    ("give a-12 to Jo so she can chase it", M, {"intent": "reassign", "ref": "A-12", "owners": [member("Jo Forbes")]}),
    (
        "I'm not sure A-62 was ever closed after the March board. Could you show me where it's at?",
        "Pam Smith",
        {"intent": "show_action", "ref": "A-62"},
    ),  # had been the March board's details
    ("> A-66 might be yours Mike\nlet me see it first 👀", "Mike Galikowski", {"intent": "show_action", "ref": "A-66"}),
    ("A-66 - let me see it first", "Mike Galikowski", {"intent": "show_action", "ref": "A-66"}),  # had been an update
    (
        "Let's invite the NSPCC to speak at the workshop - Martine, could you sort that?",
        "Roger Clayton",
        {"intent": "record_action", "owners": [member("Martine McFadden")], "due": "2015-06-19"},
    ),  # had been the workshop's details
    (
        "we should ask the CCG to present at the July board - Su, could you arrange that?",
        "Roger Clayton",
        {"intent": "record_action", "owners": [], "ambiguous": [("Su", ["Su Vincent", "Sue Haywood"])]},
    ),
    (
        "> can someone lead on the private fostering week?\nme and annette, end of june?",
        "Marie Hunter",
        {"intent": "record_action", "owners": [member("Marie Hunter"), member("Annette Callear")], "due": "2015-06-30"},
    ),  # had been the writer's alone
    (
        "> who'll write to the schools about the S175 deadline?\nthat'll be me, by friday",
        "Jassi Broadmeadow",
        {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "due": "2015-05-22"},
    ),
    (
        "whats on mine and rich's lists",
        "Sally Holmes",
        {"intent": "list_actions", "owners": [member("Sally Holmes"), member("Richard Fisher")]},
    ),  # had been hers alone
    (
        "scratch the fire apols for monday, ill be there myself",
        "Julie Winpenny",
        {"intent": "withdraw_apology", "owners": [member("Julie Winpenny")], "meeting": "2015-05-18"},
    ),  # had been an apology
    (
        "Hello, I'm not sure how this works yet but could you tell me if there is anything I'm supposed to be doing?",
        "Karen Palk",
        {"intent": "list_actions", "owners": [member("Karen Palk")]},
    ),  # had been how the assistant works
    (
        "could you tell me if there is anything I'm supposed to be doing?",
        "Karen Palk",
        {"intent": "list_actions", "owners": [member("Karen Palk")]},
    ),  # had been a guess at the whole board's list
    (
        "can u note ill read the comms strategy draft and feed back tomorrow",
        "Karen Palk",
        {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-05-16"},
    ),
]

ALL = [
    *(("apologies", *c) for c in APOLOGIES),
    *(("at-request", *c) for c in LOGGED_AT_REQUEST),
    *(("quoted", *c) for c in QUOTED),
    *(("forwarded", *c) for c in FORWARDED_NOTED),
    *(("threads", *c) for c in THREADS),
    *(("lists", *c) for c in LISTS),
    *(("second-batch", *c) for c in SECOND_BATCH),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_forty_seventh_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


def test_words_quoted_are_the_speakers_only_when_one_member_speaks(snapshot: Snapshot) -> None:
    """Quoted "I" is the member who said it; with two people, the writer as the speaker, or the member spoken to,
    it is never given to someone named."""
    for text in (
        'Jo and Pam said "I will do it by Friday"',
        'Said to Jo: "I will pull together the figures by Friday"',
        'I told Jo "I will pull together the figures by Friday"',
    ):
        got = parse(snapshot, text, M)
        assert not any(o["kind"] == "member" and o["name"] != M for o in got["owners"]), (text, got)


def test_a_reply_naming_someone_else_first_is_never_the_writers_offer(snapshot: Snapshot) -> None:
    for text in (
        "> anyone able to look at the escalation policy wording?\nyep, Jo's off today though",
        "> anyone able to look at the escalation policy wording?\nyes, Pam has the old version",
    ):
        got = parse(snapshot, text, "Merlin Joseph")
        assert not any(o["kind"] == "member" for o in got["owners"]), (text, got)
