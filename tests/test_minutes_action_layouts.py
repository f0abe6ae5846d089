"""Actions as other boards write them, read with no roster at all: owners in brackets after "ACTION", a closing
summary list, fields after the task, one-cell boxes, fields in a table cell, logs that carry older actions, and an
owner column beside the minute's paragraphs (in a table, or pasted as text with the owner at the line's end)."""

from __future__ import annotations

from bot.directory import Directory
from bot.minutes.reader import Minutes, parse_minutes
from bot.understanding.names import NameIndex

EMPTY = NameIndex(Directory(board_id=0, board_name="", version=0))
PEOPLE = (
    "Date: 8th June 2011\n\nPresent: Judith Merrow (Chair), Keith Amberley (Director, Vale MBC), Andrew Lake "
    "(Head of Commissioning, Vale MBC), Wendy Padgett (Vale Hospitals NHS Trust), DI Ian Corrigan (Vale Police)\n\n"
)
NEXT = "\nDate of next meeting: 14th September 2011\n"


def read(text: str) -> Minutes:
    return parse_minutes(text, EMPTY)


def owners(minutes: Minutes) -> dict[str, tuple[list[str], str | None]]:
    return {a.text: ([o.name for o in a.owners], a.due.isoformat() if a.due else None) for a in minutes.actions}


def test_action_with_its_owners_in_brackets_and_the_date_after_a_dash() -> None:
    minutes = read(
        PEOPLE + "1. Training\nThe Board discussed on-site training.\n"
        "ACTION (AL/WP): Arrange on-site sessions for ward staff – ward managers to send names to AL – July.\n\n"
        "ACTION (KA): Report the figures to the Board by 30.06.11.\n" + NEXT
    )
    assert owners(minutes) == {
        "Arrange on-site sessions for ward staff – ward managers to send names to AL by July": (
            ["Andrew Lake", "Wendy Padgett"],
            "2011-07-31",
        ),
        "Report the figures to the Board by 30.06.11": (["Keith Amberley"], "2011-06-30"),
    }


def test_a_closing_summary_of_actions_with_owners_first_and_the_date_last() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nApologies were noted.\n\nSummary of actions\n\n"
        "1.  KA – circulate the revised procedures to all partner\n    agencies – 30 June\n"
        "2.  Vale Police – review the referral pathway – next Board\n"
        "3.  WP / Andrew Lake – write to the providers – TBC\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the revised procedures to all partner agencies": (["Keith Amberley"], "2011-06-30"),
        "Review the referral pathway": (["Vale Police"], "2011-09-14"),
        "Write to the providers": (["Wendy Padgett", "Andrew Lake"], None),
    }


def test_actions_under_a_heading_with_their_fields_after_the_task_wrapped_anywhere() -> None:
    minutes = read(
        PEOPLE + "1. Training\nThe programme moved online.\n\nActions:\n\n"
        "VB/11/04 – Evaluate the online programme and report to the Board. Lead:\n"
        "Andrew Lake and the Learning & Development sub-group. Due: for the September meeting.\n\n"
        "VB/11/05 – Circulate the policy to partners. Lead: Wendy Padgett. Due:\nASAP.\n\n"
        "Keith Amberley noted that the venue will change.\n" + NEXT
    )
    assert owners(minutes) == {
        "Evaluate the online programme and report to the Board": (
            ["Andrew Lake", "Learning & Development sub-group"],
            "2011-09-14",
        ),
        "Circulate the policy to partners": (["Wendy Padgett"], None),
    }


def test_actions_in_boxes_with_their_lead_and_target_date_under_them() -> None:
    minutes = read(
        PEOPLE + "1. Data\nMembers asked for the figures by team.\n\nACTION VB/11/21\n"
        "KA to add a breakdown of referrals by team to the dataset and circulate the revised\n"
        "dashboard to members.\nLead: KA\tTarget date: 31 August 2011\n\n"
        "DECISION: The Board endorsed the audit report.\nAL / WP to produce a short briefing on the audit.\n"
        "Lead: AL / WP\tTarget date: End of September 2011\n" + NEXT
    )
    assert owners(minutes) == {
        "KA to add a breakdown of referrals by team to the dataset and circulate the revised dashboard to members": (
            ["Keith Amberley"],
            "2011-08-31",
        ),
        "AL / WP to produce a short briefing on the audit": (["Andrew Lake", "Wendy Padgett"], "2011-09-30"),
    }


def test_a_minute_table_whose_action_cell_holds_several_actions_with_owner_and_date_fields() -> None:
    minutes = read(
        PEOPLE + "Minute\tDiscussion\tAction / Owner / Date\n"
        "11/01\tWelcome; Apologies were noted.\tAction: None\n"
        "11/02\tProcedures; The procedures were rewritten.\tAction: Circulate the procedures; Owner: AL/WP; "
        "Date: 30/6/11; Action: Nominate staff for training; Owner: Chair; Date: Sept 2011\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the procedures": (["Andrew Lake", "Wendy Padgett"], "2011-06-30"),
        "Nominate staff for training": (["Judith Merrow"], "2011-09-30"),
    }


def test_an_action_log_that_carries_older_actions_keeps_only_this_meetings() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nApologies were noted.\n\nAppendix A – Action log\n"
        "Ref\tDate raised\tAction\tResponsible\tDue\tStatus\n"
        "11/02\t10/03/11\tReview the threshold document\tA Lake\tMar 11\tClosed\n"
        "11/05\t10/03/11\tReport on the backlog\tK Amberley\tApr 11\tOpen\n"
        "11/08\t08/06/11\tCirculate the draft plan\tW Padgett\tDec 11\tOpen\n"
        "11/09\t08/06/11\tReturn comments on the plan\tA Lake\tJun 11\tOpen\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the draft plan": (["Wendy Padgett"], "2011-12-31"),
        "Return comments on the plan": (["Andrew Lake"], "2011-06-30"),
    }


def test_a_status_column_marking_actions_carried_forward() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nApologies were noted.\n\nOwner\tTarget date\tAction\tStatus\tRef\n"
        "AL\t08.03.11\tProvide the data\tAMBER – C/F\t10/33 (C/F)\n"
        "WP\t30.06.11\tPublish the policy\tNEW\t11/01\n" + NEXT
    )
    assert owners(minutes) == {"Publish the policy": (["Wendy Padgett"], "2011-06-30")}


def test_an_owner_column_beside_numbered_paragraphs_read_from_a_pdf() -> None:
    minutes = read(
        PEOPLE + "Action\n\n1. WELCOME\n1.1 The Chair welcomed everyone.\n\n"
        "2.1 Members discussed the funding of the Board at length.\t\n"
        "2.2 It was agreed that KA and AL would prepare a paper on the options for the September meeting.\tKA/AL\n"
        "2.3 WP said that the data was not recorded. WP will include it in the report to the next meeting.\tWP\n"
        "2.4 The Board noted the update and agreed no further action was needed.\tNoted\n" + NEXT
    )
    assert owners(minutes) == {
        "It was agreed that KA and AL would prepare a paper on the options for the September meeting": (
            ["Keith Amberley", "Andrew Lake"],
            "2011-09-14",
        ),
        "WP will include it in the report to the next meeting": (["Wendy Padgett"], "2011-09-14"),
    }


def test_owners_pasted_at_the_end_of_the_lines_of_a_narrow_action_column() -> None:
    column = " " * 78
    minutes = read(
        PEOPLE + f"Item   Minute{' ' * 64}Action by\n\n"
        "1.     Procedures\n"
        "       AL presented the revised procedures. The draft will go to the July\n"
        f"       meeting for approval.{' ' * 52}All\n"
        "       All partners to send their comments by 30th June.\n"
        "       KA and WP to meet the providers to agree a protocol, to be brought to\n"
        "       the September meeting.\n"
        f"{column}KA/WP\n"
        "       DI Corrigan asked for the figures by district so that the Police can\n"
        f"       target its work. This is to be provided for the next meeting.{' ' * 9}AL\n"
        f"       The Board noted the report.{' ' * 44}Noted\n" + NEXT
    )
    found = owners(minutes)
    assert found["All partners to send their comments by 30th June"] == (["all members"], "2011-06-30")
    assert found["KA and WP to meet the providers to agree a protocol, to be brought to the September meeting"] == (
        ["Keith Amberley", "Wendy Padgett"],
        "2011-09-14",
    )
    assert found[
        "DI Corrigan asked for the figures by district so that the Police can target its work. This is to be "
        "provided for the next meeting"
    ] == (["Andrew Lake"], "2011-09-14")
    assert len(found) == 3


def test_a_summary_with_the_owners_in_brackets_or_last() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nApologies were noted.\n\nActions agreed at this meeting:\n"
        "• Circulate the dashboard to members (KA) – immediate\n• Review the pathway (WP) – 30 June\n"
        "• Write to the Trust – Chair\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the dashboard to members": (["Keith Amberley"], None),
        "Review the pathway": (["Wendy Padgett"], "2011-06-30"),
        "Write to the Trust": (["Judith Merrow"], None),
    }
    assert [a.asap for a in minutes.actions] == [True, False, False]


def test_a_box_with_its_task_on_the_action_line_and_each_field_on_a_line_of_its_own() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nNoted.\n\nACTION VB/11/02: KA to circulate the revised plan to all members\n"
        "before the summer.\nLead: KA\nTarget date: 30 June 2011\n\nMembers discussed the audit.\n"
        "WP to write to the providers about the audit.\nOwner: WP\nBy: September Executive\n" + NEXT
    )
    assert owners(minutes) == {
        "KA to circulate the revised plan to all members before the summer": (["Keith Amberley"], "2011-06-30"),
        "WP to write to the providers about the audit": (["Wendy Padgett"], None),  # a meeting of unknown date
    }
    assert any("no date known for 'September Executive'" in w for w in minutes.warnings)


def test_fields_in_brackets_after_the_task_and_an_owner_named_with_where_they_work() -> None:
    minutes = read(
        PEOPLE + "1. Policy\nThe policy was discussed.\n"
        "Action: Circulate the policy to partners (Lead: Andrew Lake; Due: 30 June 2011).\n\n"
        "Summary of actions\nVale MBC (Keith Amberley): review the pathway – next meeting\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the policy to partners": (["Andrew Lake"], "2011-06-30"),
        "Review the pathway": (["Keith Amberley"], "2011-09-14"),
    }
