"""Understanding the forty-fifth round's classes, most from sets written about thread replies, long chatty messages,
apologies relayed with other arrangements and whole-list requests: "they want a named lead for Monday's panel.
probation to confirm who's attending by monday please. I'll email them as well" is an action for probation (asked
which), never the writer's "email them as well"; "> Can someone from probation take the briefing?" answered "yep CRC
will cover it" is the CRC's action, never the writer's; "all of jo's actions to sue h while she's off" asks which
action goes to Sue, never lists Jo's; "sending Pam Smith's apologies for monday" are Pam's, never the writer's with Pam
attending for them.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown

PROBATION = ["National Probation Service", "Probation – CRC"]


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-forty-fifth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
LOWER_CASE_SENTENCES: list[Case] = [
    (
        "they want a named lead for Monday's panel. probation to confirm who's attending by monday please. I'll "
        "email them as well",
        M,
        {"intent": "record_action", "owners": [], "due": "2015-05-18", "task": "Confirm who's attending"},
    ),  # had been the writer's "Email them as well"
    (
        "we need the figures for the board. pam to send them by friday. I'll chase her too",
        M,
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-05-22", "task": "Send them"},
    ),
    (
        "the panel asked for a single point of contact. housing to nominate someone by end of May please",
        M,
        {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-05-31"},
    ),
    (
        "Pam to confirm the venue by monday please. I'll book the room once she has",
        M,
        {"intent": "record_action", "owners": [member("Pam Smith")], "task": "Confirm the venue"},
    ),  # had been "Confirm the venue I'll book the room once she has"
    (
        "approx. twenty schools have replied. the police to send their list by friday",
        M,
        {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-05-22"},
    ),
]

TAKEN_IN_THREADS: list[Case] = [
    (
        "> Can someone from probation take the MARAC briefing for the board?\n\nyep CRC will cover it. end of June?",
        "Kate McConnell",
        {"intent": "record_action", "owners": [agency("Probation – CRC")], "due": "2015-06-30"},
    ),  # had been the writer's action
    (
        "> Who's able to pull together the maternity data for the workshop?\n\nthe trust can do that",
        "Zala Ibrahim",
        {"intent": "record_action", "owners": [agency("Dudley Group NHS Foundation Trust")]},
    ),
    (
        "> Could someone take the leaflet reprint?\n\nyes Pam will do that by friday",
        "Jassi Broadmeadow",
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-05-22"},
    ),
    (
        "> who can draft the neglect briefing?\n\nhousing are happy to take it on, end of june ok",
        "Sue Haywood",
        {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-06-30"},
    ),
]

SEVERAL_AT_ONCE: list[Case] = [
    (
        "all of pam's actions to sue haywood while she's off pls",
        M,
        {"intent": "reassign", "ref": None, "owners": [member("Sue Haywood")]},
    ),  # had been Pam's list
    (
        "can you give all of Jo's actions to Richard Fisher",
        M,
        {"intent": "reassign", "ref": None, "owners": [member("Richard Fisher")]},
    ),
    (
        "my april actions are all done now - can you tick them all off?",
        "Helen Ellis",
        {"intent": "complete_action", "ref": None},
    ),
    (
        "everything on my list is finished i think, can u close them all",
        "Kate McConnell",
        {"intent": "complete_action", "ref": None},
    ),
    (
        "move everything I've got due monday to thursday pls, the inspection took my week",
        "Mike Galikowski",
        {"intent": "change_due", "ref": None, "due": "2015-05-21"},
    ),
    (
        "push all my actions back a fortnight please",
        "Mike Galikowski",
        {"intent": "change_due", "ref": None, "shift_days": 14},
    ),
    (
        "scrap all my actions about the old intranet pls - it's been switched off",
        "Jassi Broadmeadow",
        {"intent": "drop_action", "ref": None, "note": "it's been switched off"},
    ),
]

APOLOGIES_NAMED_AFTER: list[Case] = [
    (
        "sending Pam Smith's apologies for monday",
        "Jassi Broadmeadow",
        {"intent": "apology", "owners": [member("Pam Smith")], "representative": None, "meeting": "2015-05-18"},
    ),  # had been the writer's apologies, Pam Smith attending for them
    (
        "sending Pam Smith apologies as not free monday, deputy stepping in",
        "Jassi Broadmeadow",
        {"intent": "apology", "representative": None},
    ),
    (
        "apologies Sue Haywood too as not around for the panel",
        "Jassi Broadmeadow",
        {"intent": "apology", "meeting": "2015-05-18"},
    ),
]

TAKEN_IN_THREADS_MORE: list[Case] = [
    (
        "> Any volunteers to update the neglect toolkit for schools?\n\nSally can take this one, she's got the "
        "material already. by fri ok?",
        "Richard Fisher",
        {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-05-22"},
    ),  # had been nothing
    (
        "> Who can take the water safety part of the summer campaign?\n\nme! will get it done in two weeks",
        "Julie Winpenny",
        {"intent": "record_action", "owners": [member("Julie Winpenny")], "due": "2015-05-29"},
    ),
    (
        "> who can take the S175 follow-up for the colleges?\n\nnot me im afraid but Pam has said shes happy to do it"
        " - by the 1st ok?",
        "Zala Ibrahim",
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-01"},
    ),
    (
        "> Need a volunteer to refresh the escalation flowchart before the July board\n\nPPP can pick that up 👍",
        "Nicki Burrows",
        {"intent": "record_action", "owners": [group("Policy, Procedures & Practice")], "due": "2015-07-10"},
    ),
    (
        "> who can take the S11 follow-up for the colleges?\n\nI'd say the police, they've got the data - put them "
        "down for end of June?",
        "Karen Palk",
        {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-30"},
    ),
    (
        "> who can take over A-9 now that Jo has moved on?\n\nI'll take it",
        "Tony Oakman",
        {"intent": "reassign", "ref": "A-9", "owners": [member("Tony Oakman")]},
    ),  # had been news of A-9
    (
        "> A-12 needs a new owner - any takers?\n\nSally can have it, she leads on missing now",
        "Richard Fisher",
        {"intent": "reassign", "ref": "A-12", "owners": [member("Sally Holmes")]},
    ),
]

LONG_AND_CHATTY: list[Case] = [
    (
        "Morning, quick q – is A-3 still live? Pam thought it was closed at the March board.",
        "Su Vincent",
        {"intent": "show_action", "ref": "A-3"},
    ),  # had closed A-3
    (
        "is A-8 still open? I assumed that had been done",
        "Su Vincent",
        {"intent": "show_action", "ref": "A-8"},
    ),
    (
        "A-26 update – the GP list is about 80% done and Linda Marsh is chasing the last few practices. Should be "
        "with CDOP soon.",
        "Su Vincent",
        {"intent": "add_update", "ref": "A-26"},
    ),  # had been given to "CDOP soon", someone not on the roster
    (
        "Dear all, I would like to thank everyone for the hard work on the inspection. Well done all. Roger",
        "Roger Clayton",
        {"intent": "none"},
    ),  # had been Roger's action "Thank everyone …"
    (
        "Martine, could you give me a picture of where we are with the Section 11 returns? I would like to report to "
        "the Chief Executives next week. Roger",
        "Roger Clayton",
        {"intent": "audit_status", "audit": {"type": "S11"}},
    ),  # had been Martine's action
    (
        "quick q - can I put an action on the tracker for someone outside the board, like our named GP? or does it "
        "have to be a member",
        "Zala Ibrahim",
        {"intent": "help"},
    ),
    (
        "Pam asked me to log this one for her: the hospital to audit its ED safeguarding referrals by end of June. "
        "She's on a course today so can't do it herself.",
        M,
        {"intent": "record_action", "owners": [agency("Dudley Group NHS Foundation Trust")], "due": "2015-06-30"},
    ),  # had been apologies for today
    (
        "I've just taken over A-65 from my predecessor. Could you show me what it's about? Thanks",
        "Nicola Campbell",
        {"intent": "show_action", "ref": "A-65"},
    ),  # had been her whole list
    (
        "Hi Martine, Claire Bates has now started as Head of Early Help. Could you move A-5 over to her please?",
        "Tony Oakman",
        {"intent": "reassign", "ref": "A-5", "owners": [unknown("Claire Bates")]},
    ),  # had been a look at A-5
]

SECOND_BATCH: list[Case] = [
    (
        "can all my actions be pushed back a fortnight? sorry, family stuff",
        "Pam Smith",
        {"intent": "change_due", "ref": None, "shift_days": 14},
    ),  # had been her list
    (
        "can everything on my list go to Richard Fisher while I'm off",
        "Mayada AbuAffan",
        {"intent": "reassign", "ref": None, "owners": [member("Richard Fisher")]},
    ),
    (
        "A-12 - how far along is it? I thought it was about half done",
        "Jassi Broadmeadow",
        {"intent": "show_action", "ref": "A-12"},
    ),  # had been news of A-12
    (
        "can you show me where we are with action 12? Last I heard it was nearly finished.",
        "Jassi Broadmeadow",
        {"intent": "show_action", "ref": "A-12"},
    ),
    (
        "On behalf of Jo – A-31: the survey closed yesterday, 40 responses received.",
        "Nicki Burrows",
        {"intent": "add_update", "ref": "A-31"},
    ),  # had closed A-31
    ("A-9 is done. The survey closed with 90 responses.", "Karen Palk", {"intent": "complete_action", "ref": "A-9"}),
    (
        "Sue no longer needs to cover for me at the panel",
        "Roger Clayton",
        {"intent": "withdraw_apology", "owners": [member("Roger Clayton")], "meeting": "2015-05-18"},
    ),  # had been Sue's apologies
    (
        "my train's been sorted so I'll chair the panel myself after all",
        "Roger Clayton",
        {"intent": "withdraw_apology", "owners": [member("Roger Clayton")]},
    ),
    (
        "fyi Jo has agreed to lead for housing on the S11 work, nothing needed on the tracker",
        M,
        {"intent": "none"},
    ),  # had been Jo's action
    ("great news - Pam has agreed to chair the workshop session 🎉", "Rachael Doyle", {"intent": "none"}),
    (
        "police actions - which ones are overdue?",
        "Richard Fisher",
        {"intent": "list_actions", "owners": [agency("West Midlands Police")]},
    ),  # had been an action with no owner
    (
        "I'd be happy to take an action to review the carers leaflet - could I have until the workshop?",
        "Karen Palk",
        {
            "intent": "record_action",
            "owners": [member("Karen Palk")],
            "due": "2015-06-19",
            "task": "Review the carers leaflet",
        },
    ),  # had been her list
    (
        "Can we add an action for the governors to review their safeguarding policy by the end of June? I said at the "
        "panel I'd raise it on the day.",
        "Jassi Broadmeadow",
        {"intent": "record_action", "owners": [unknown("governors")], "due": "2015-06-30"},
    ),  # had been the writer's "raise it on the day"
    (
        "Can you please record an action for Gail Sowerby, the EHE officer, to send the contact sheet by end of June? "
        "Tony is happy for her to do this. I'll mention it at the heads' briefing too.",
        "Marie Hunter",
        {"intent": "record_action", "owners": [unknown("Gail Sowerby")], "due": "2015-06-30"},
    ),  # had been the writer's "mention it …"
    (
        "Helen has offered to take notes. Could you pull off a list of everything the VCSG owns on the tracker? It "
        "would help if overdue items were flagged.",
        "Merlin Joseph",
        {"intent": "list_actions", "owners": [group("Vulnerable Children's Strategic Group")]},
    ),  # had been Helen's action "take notes"
    (
        "> Roger: could the police lead on the missing-from-home audit?\n\nhappy to - Sally will lead for us, done by "
        "the workshop",
        "Richard Fisher",
        {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-19"},
    ),  # had been the writer's
    (
        "> Jassi: can housing look at the B&B placements?\n\nyep happy for that to sit with housing, by end of June",
        "Jo Forbes",
        {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-06-30"},
    ),
    (
        "> Roger: can the directorate update on the vacancy rate?\nI'll get Chris to send it round tomorrow",
        "Tony Oakman",
        {"intent": "record_action", "owners": [member("Chris Ballinger")], "due": "2015-05-16"},
    ),  # had been the writer's "get Chris to send it round"
    (
        "> Can the SCR Sub pick up the learning from the review?\n\nYes - the SCR sub will take it and report to the "
        "July board.",
        "Su Vincent",
        {"intent": "record_action", "owners": [group("SCR Sub")], "due": "2015-07-10"},
    ),
    (
        "> Could everyone check their actions before Monday please\n\nwill do - what have i got?",
        "Anne Harris",
        {"intent": "list_actions", "owners": [member("Anne Harris")]},
    ),
    (
        "Hi, I've just taken over as PPP chair from Tabetha (thanks Tabetha!) — what actions does PPP currently hold?",
        "Jassi Broadmeadow",
        {"intent": "list_actions", "owners": [group("Policy, Procedures & Practice")]},
    ),  # had listed Tabetha's too
    (
        "have I got anything left open or did rich close them all off?",
        "Sally Holmes",
        {"intent": "list_actions", "owners": [member("Sally Holmes")]},
    ),  # had listed Richard's too
    (
        "All members to complete the training survey - give it two weeks please",
        M,
        {"intent": "record_action", "owners": [group("all members")], "due": "2015-05-29"},
    ),
]

THIRD_BATCH: list[Case] = [
    (
        "Helen's leading on the youth offer now, move a-14 to her please",
        "Merlin Joseph",
        {"intent": "reassign", "ref": "A-14", "owners": [member("Helen Ellis")]},
    ),  # had been nothing
    (
        "Louise Grant joined as our Head of Safeguarding last month. Please give A-13 to her.",
        "Tabetha Darman",
        {"intent": "reassign", "ref": "A-13", "owners": [unknown("Louise Grant")]},
    ),
    (
        "Gary Pritchard, our new volunteer coordinator, joined this week – could you hand action 23 to him?",
        "Nicki Burrows",
        {"intent": "reassign", "ref": "A-23", "owners": [unknown("Gary Pritchard")]},
    ),
    (
        "Pam to send the figures the day before the workshop",
        M,
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-18"},
    ),  # had been the workshop itself
    (
        "A-40 - new date a month after the July board please",
        "Mayada AbuAffan",
        {"intent": "change_due", "ref": "A-40", "due": "2015-08-10"},
    ),
]

ALL = [
    *(("lower-case", *c) for c in LOWER_CASE_SENTENCES),
    *(("threads", *c) for c in TAKEN_IN_THREADS),
    *(("threads-more", *c) for c in TAKEN_IN_THREADS_MORE),
    *(("long", *c) for c in LONG_AND_CHATTY),
    *(("several", *c) for c in SEVERAL_AT_ONCE),
    *(("apologies", *c) for c in APOLOGIES_NAMED_AFTER),
    *(("second-batch", *c) for c in SECOND_BATCH),
    *(("third-batch", *c) for c in THIRD_BATCH),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_forty_fifth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


def test_her_or_him_is_never_guessed_among_several_named(snapshot: Snapshot) -> None:
    """ "… to her" names the one person the message names; with two (or none) named, nobody is guessed."""
    for text in (
        "Pam Smith and Sally Holmes have talked – move A-26 to her",
        "Louise Grant and Gail Sowerby both joined this week. Please give A-13 to her.",
        "move A-26 to her",
    ):
        got = parse(snapshot, text, "Su Vincent")
        assert not got["owners"], (text, got)


def test_probation_named_in_a_lower_case_sentence_is_asked_about(snapshot: Snapshot) -> None:
    got = parse(snapshot, LOWER_CASE_SENTENCES[0][0], M)
    assert [(a["text"].lower(), sorted(a["candidates"])) for a in got["ambiguous"]] == [("probation", PROBATION)]


def test_work_another_takes_on_in_a_thread_is_never_the_writers(snapshot: Snapshot) -> None:
    """A reply naming who takes the offered work gives it to them; declined or said of nobody, it records nothing."""
    quote = "> Can someone take the leaflet reprint?\n\n"
    for reply, writer in (("the CCG will do that", "Su Vincent"), ("Tony can take this one by june", M)):
        got = parse(snapshot, quote + reply, writer)
        assert got["intent"] == "record_action" and all(o["name"] != writer for o in got["owners"]), (reply, got)
    for reply in ("sorry, I can't do that", "no, Pam can't do that this month", "it will do that"):
        got = parse(snapshot, quote + reply, "Jassi Broadmeadow")
        assert got["intent"] != "record_action", (reply, got)


def test_several_actions_asked_about_or_told_of_are_never_edited(snapshot: Snapshot) -> None:
    """A list asked for, or news of someone's work, is never an edit of several actions at once."""
    for text, writer in (
        ("Karen P has closed loads of her actions this month, nice work", M),
        ("can you send my actions to Pam? she's covering while I'm off", "Richard Fisher"),
        ("Could you send me everything I've got open? Want to hand things over to Sally before I go", "Richard Fisher"),
        ("are all my actions done?", "Helen Ellis"),
        ("what are all my actions", "Helen Ellis"),
    ):
        got = parse(snapshot, text, writer)
        assert got["intent"] not in {"reassign", "complete_action", "change_due", "drop_action"}, (text, got)


def test_apologies_naming_another_member_are_never_the_writers(snapshot: Snapshot) -> None:
    for text in (
        "sending Pam Smith apologies as not free monday, sending someone else in",
        "apols Pam Smith too as not around tomorrow, she'll try dialling in",
        "apologies Sue Haywood also, not well",
    ):
        got = parse(snapshot, text, "Jassi Broadmeadow")
        assert all(o["name"] != "Jassi Broadmeadow" for o in got["owners"]), (text, got)
