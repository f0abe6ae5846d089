"""More of the ways boards write attendance and actions, read with no roster: a joint board's register that says
which board each member sits on, short lists that end as sentences do, logs that mark this meeting's rows "New"
among rows with other statuses. Each class in invented forms."""

from __future__ import annotations

from bot.directory import Directory
from bot.minutes.reader import Minutes, parse_minutes
from bot.understanding.names import NameIndex

EMPTY = NameIndex(Directory(board_id=0, board_name="", version=0))
HEAD = "Fernley Safeguarding Children Board and Safeguarding Adults Board\nTuesday 17 July 2018, 10.00 – 13.00\n\n"
NEXT = "\nDate of next meeting: 16 October 2018\n"


def read(text: str) -> Minutes:
    return parse_minutes(HEAD + text + NEXT, EMPTY)


def names(people: tuple[object, ...]) -> list[str]:
    return [p.name for p in people]  # type: ignore[attr-defined]


def owners(minutes: Minutes) -> dict[str, tuple[list[str], str | None]]:
    return {a.text: ([o.name for o in a.owners], a.due.isoformat() if a.due else None) for a in minutes.actions}


def test_a_joint_register_with_a_column_saying_which_board_each_member_sits_on() -> None:
    minutes = read(
        "Attendance register\n"
        "Key: P = present; A = apologies; D = deputy attended; N = not present\n"
        "Name\tOrganisation / role\tBoard\t17 Jul 18\n"
        "Ann Vale (AV)\tIndependent Chair\tLSCB / SAB\tP\n"
        "Tom Ash (TA)\tDirector of Adult Social Care\tSAB\tA – represented by Rosa Penn, Head of Safeguarding\n"
        "Supt Ian Clare (IC)\tFernley Police\tLSCB / SAB\tD – DCI Amy Cole\n"
        "Kay Hart (KH)\tLead Member\tLSCB\tN\n"
        "Sam Reed\tLay member\tSAB\tP\n\n"
        "1. Welcome\nAV welcomed members.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Sam Reed", "Rosa Penn", "Amy Cole"]
    assert {p.name: p.representative for p in minutes.apologies} == {"Tom Ash": "Rosa Penn", "Ian Clare": "Amy Cole"}
    assert names(minutes.absent) == ["Kay Hart"]


def test_two_people_in_attendance_on_one_line_that_ends_with_a_full_stop() -> None:
    minutes = read(
        "Present:\n\nAnn Vale (Independent Chair); Tom Ash (Director of Adult Services, Fernley Council)\n\n"
        "In attendance:\n\nLyn Fox (SAB Business Manager); Owen Price (Public Health, Fernley Council).\n\n"
        "Apologies:\n\nKay Hart (Fernley Housing Trust)\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Tom Ash"]
    assert names(minutes.in_attendance) == ["Lyn Fox", "Owen Price"]


def test_a_log_marking_this_meetings_rows_new_among_rows_outstanding_or_not_received() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Tom Ash (TA), Lyn Fox (LF)\n\n"
        "1. Welcome\nNoted.\n\nAction log\n"
        "Owner(s)\tAction required\tTarget date\tStatus / update\tRef\n"
        "TA\tDraft a joint transitions protocol\tNext meeting\tNEW\tJB18/07-1\n"
        "LF\tReview the information sharing agreement\tDec 2018\tNEW\tJB18/07-2\n"
        "AV\tProvide home education figures\tJuly 2018\tNot received – carried to October\tJB18/04-2\n"
        "TA\tConfirm the probation representative\t17/07/18\tOutstanding. Chair to write\tJB18/04-4\n"
        "LF\tDraft the joint annual report\tSept 2018\tIn progress – on track\tJB18/01-6\n"
    )
    assert owners(minutes) == {
        "Draft a joint transitions protocol": (["Tom Ash"], "2018-10-16"),
        "Review the information sharing agreement": (["Lyn Fox"], "2018-12-31"),
    }


def test_owners_a_line_each_in_a_log_cell_joined_into_one_line() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Independent Chair; DCI Amy Cole (AC), Fernley Police; Kay Hart (KH), Chief Officer, "
        "Fernley CVS\n\n1. Welcome\nNoted.\n\nAction log\n"
        "Owner(s)\tAction required\tTarget date\tStatus\n"
        "Fernley Police Fernley CVS Community Safety Partnership\tMap where young people are at risk of exploitation"
        "\tDec 2018\tNEW\n"
        "Fernley Police Fernley CVS\tShare the map with members\tDec 2018\tNEW\n"
        "Fernley Youth Offending Service\tReview the referral route\tDec 2018\tNEW\n"
    )
    assert owners(minutes) == {
        "Map where young people are at risk of exploitation": (
            ["Fernley Police", "Fernley CVS", "Community Safety Partnership"],
            "2018-12-31",
        ),
        "Share the map with members": (["Fernley Police", "Fernley CVS"], "2018-12-31"),
        "Review the referral route": (["Fernley Youth Offending Service"], "2018-12-31"),
    }
