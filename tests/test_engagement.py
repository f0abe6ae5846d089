"""The partner engagement report (`dscb report engagement`) against a scripted year of one board, on both databases.

The year: the demo roster and the board's calendar (13 March, 10 July and 11 September 2015); a MASH action
recorded on 2 March and done late; the seed minutes of 15 May imported that day; July's minutes imported three
days after the meeting, with apologies sent beforehand in chat (a named representative who is a member, one who
is not, and none); actions recorded in chat, done on time and late, one reassigned from Police to BCPFT, one
dropped, a group action closed by two members on time and by the business manager for the rest late; an S11
cycle with three returns in; Jayne Sargeant (Phase Trust) erased on 1 June and Viv Townsend (NPS) on 20 July.
Today is 1 August 2015, so September's board is still to come.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from bot import clock
from bot.reports.engagement import compute_engagement
from bot.reports.engagement_model import (
    AgencyActions,
    AgencyAttendance,
    AuditProgress,
    Captions,
    Engagement,
    TrendPoint,
    as_json,
)
from bot.reports.engagement_words import captions
from bot.tracker.audits import add_cycle
from bot.tracker.leaving import erase_member
from store import db
from store.models import (
    Action,
    Agency,
    Assignment,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    AuditStatus,
    AuditType,
    Event,
    Group,
    Meeting,
    MeetingKind,
    Member,
)
from tests.conftest import add_board_meetings, dscb, make_board, shared_fixture, statements
from tests.engagement_cases import MANAGER, recorded, s11, say

TODAY = dt.date(2015, 8, 1)
YEAR = (dt.date(2014, 8, 2), TODAY)  # the default period: the 12 months up to today
JULY_MINUTES = """MINUTES

Subject: **Dudley Safeguarding Children Board**

Venue: Saltwells Education Centre

Date: 10th July 2015

Time: 10.00 am – 2.00 pm

Attendees\tAgency\tApologies\tAgency
Roger Clayton\tIndependent Chair\tRemley Mann\tFE Representative
{attendees}

NEXT MEETING

Friday 11th September 2015
10:00 – 14:00
At Saltwells EDC

1.\t<p><u>Introductions & Apologies</u></p> <p>The minutes of 15th May 2015 were agreed as a true record.</p>
----\t---

2.\t<p><u>Neglect Strategy</u></p> <p>The draft was discussed. Action: Jassi Broadmeadow to circulate the neglect \
strategy by 31st July 2015.</p>
"""
JULY_PRESENT = {  # everyone on the roll but those who sent apologies in chat, Julie Winpenny (absent) and Remley Mann
    "Merlin Joseph": "DMBC", "Chris Ballinger": "DMBC", "Karen Palk": "Lay Advisor",
    "Rachael Doyle": "Health & Wellbeing DMBC", "Tabetha Darman": "BCPFT", "Su Vincent": "Dudley CCG",
    "Nicki Burrows": "DCVS", "Helen Ellis": "DMBC – Integrated Youth Services", "Marie Hunter": "Primary & Special rep",
    "Zala Ibrahim": "Dudley Group NHS Foundation Trust", "Nicola Campbell": "Cafcass",
    "Anne Harris": "DMBC – Adult Safeguarding", "Mayada AbuAffan": "Office of Public Health",
    "Karen Jackson": "Office of Public Health", "Mike Galikowski": "DMBC – YOS", "Jo Forbes": "DMBC – Housing",
    "Sue Haywood": "DMBC - Community Safety", "Jassi Broadmeadow": "DMBC – Children Safeguarding",
    "Martine McFadden": "DSCB", "Sally Holmes": "West Midlands Police", "Tony Oakman": "DMBC – Directorate of People",
    "Annette Callear": "Early Years",
}  # fmt: skip
AGENCIES = (  # statutory partners first (local authority, police, health), then the others; each by name
    "DMBC", "West Midlands Police",
    "BCPFT", "Dudley CCG", "Dudley Group NHS Foundation Trust", "Office of Public Health",
    "Cafcass", "DCVS", "DSCB", "Early Years", "FE Representative", "Independent Chair", "Lay Advisor",
    "National Probation Service", "Phase Trust (voluntary)", "Primary & Special rep", "Probation – CRC",
    "West Midlands Fire Service",
)  # fmt: skip


def _ok(*args: str, url: str) -> str:
    done = dscb(*args, url=url)
    assert done.returncode == 0, f"dscb {' '.join(args)}: {done.stderr}"
    return done.stdout


def _ref(url: str, words: str) -> str:
    """The reference of the one action whose text has these words."""
    with db.reading(url) as session:
        return f"A-{session.scalars(select(Action.number).where(Action.text.contains(words))).one()}"


def _erase(url: str, board_id: int, name: str, when: str) -> str:
    """Erase a member on that day; the name they now appear under."""
    at = dt.datetime.fromisoformat(when)
    with clock.fixed_at(at), db.transaction(url) as session:
        member = session.scalars(select(Member.id).where(Member.name == name)).one()
        return erase_member(session, board_id, member, actor="test", day=at.date())


@pytest.fixture
def year(database_url: str, tmp_path: Path) -> tuple[str, int]:
    """The board after its year (see the module's docstring); each step's reply is checked as it happens."""
    url = database_url
    board_id = make_board(url)
    add_board_meetings(url, board_id)
    mash = recorded(say(url, board_id, "Tony Oakman", "Tony Oakman to circulate the MASH proposal by 10 March",
                         "2015-03-02T10:00"))  # fmt: skip
    _ok("import-minutes", str(shared_fixture("dscb-minutes-2015-05-15.txt")), "--now", "2015-05-15T13:00", url=url)
    appraisal, website = _ref(url, "Annual appraisal"), _ref(url, "Website")
    assert "closed" in say(url, board_id, "Tony Oakman", f"{mash} done", "2015-05-20T11:00")
    profile = recorded(say(url, board_id, MANAGER, "Sally Holmes to send the CSE problem profile to QA & Comms by "
                            "5 June", "2015-05-18T09:00"))  # fmt: skip
    camhs = recorded(say(url, board_id, MANAGER, "Su Vincent to circulate the CAMHS report by 12 June",
                          "2015-05-18T09:05"))  # fmt: skip
    recorded(say(url, board_id, MANAGER, "Viv Townsend to share the MAPPA figures by 30 June", "2015-05-19T09:00"))
    recorded(say(url, board_id, MANAGER, "Pam Smith to review the CDOP annual report by 30 September",
                  "2015-05-19T09:05"))  # fmt: skip
    protocol = recorded(say(url, board_id, MANAGER, "Richard Fisher to draft the missing children protocol by "
                             "31 July", "2015-05-20T10:00"))  # fmt: skip
    assert _erase(url, board_id, "Jayne Sargeant", "2015-06-01T09:00") == "former member (Phase Trust (voluntary))"
    with clock.fixed_at(dt.datetime(2015, 6, 1, 9, 30)), db.transaction(url) as session:
        add_cycle(session, board_id, AuditType.S11, "2015", issued=dt.date(2015, 6, 1), due=dt.date(2015, 6, 30),
                  by=None)  # fmt: skip
    assert "closed" in say(url, board_id, "Sally Holmes", f"{profile} done", "2015-06-03T15:00")
    assert "Tabetha Darman" in say(url, board_id, MANAGER, f"reassign {protocol} to Tabetha Darman", "2015-06-10T10:00")
    assert "all members: 1 of 28 done" in say(url, board_id, "Sally Holmes", f"{appraisal} done", "2015-06-15T10:00")
    assert "all members: 2 of 28 done" in say(url, board_id, "Richard Fisher", f"{appraisal} done", "2015-06-16T10:00")
    s11(url, board_id, "West Midlands Police", AuditStatus.SUBMITTED, "2015-06-20T10:00")
    assert "closed" in say(url, board_id, "Su Vincent", f"{camhs} done", "2015-06-20T12:00")
    s11(url, board_id, "DMBC", AuditStatus.COMPLETE, "2015-06-25T10:00")
    s11(url, board_id, "Dudley CCG", AuditStatus.IN_PROGRESS, "2015-06-28T10:00")
    assert "is dropped" in say(url, board_id, MANAGER, f"drop {website}: the website report is no longer needed",
                               "2015-07-01T10:00")  # fmt: skip
    for who, text in (("Viv Townsend", "apologies for the July board, Mark Jones will attend for me"),
                      ("Pam Smith", "apologies for the July board, Zala Ibrahim will come for me"),
                      ("Richard Fisher", "apologies for the July board"),
                      ("Kate McConnell", "apologies for the July board")):  # fmt: skip
        assert say(url, board_id, who, text, "2015-07-01T09:00").startswith("Apologies recorded")
    late = say(url, board_id, MANAGER, f"{appraisal} done", "2015-07-02T10:00")  # everyone else's part
    assert "closed" in late
    minutes = tmp_path / "july.txt"
    present = "\n".join(f"{name}\t{agency}\t\t" for name, agency in JULY_PRESENT.items())
    minutes.write_text(JULY_MINUTES.format(attendees=present), encoding="utf-8")
    imported = _ok("import-minutes", str(minutes), "--now", "2015-07-13T10:00", url=url)
    assert "24 attendance records; 1 new actions" in imported  # 23 present, Remley Mann's apologies
    s11(url, board_id, "Dudley CCG", AuditStatus.SUBMITTED, "2015-07-15T10:00")
    assert "closed" in say(url, board_id, "Tabetha Darman", f"{protocol} done", "2015-07-20T10:00")
    assert _erase(url, board_id, "Viv Townsend", "2015-07-20T16:00") == "former member (NPS)"
    assert say(url, board_id, "Sally Holmes", "apologies for the September board", "2015-07-25T09:00").startswith(
        "Apologies recorded"
    )
    return url, board_id


def _engagement(url: str, board_id: int, start: dt.date, end: dt.date, today: dt.date = TODAY) -> Engagement:
    with db.reading(url) as session:
        return compute_engagement(session, board_id, start, end, today)


def _attendance(*rows: tuple[int, int, int, int]) -> tuple[AgencyAttendance, ...]:
    return tuple(AgencyAttendance(agency, *row) for agency, row in zip(AGENCIES, rows, strict=True))


def _actions(*rows: tuple[int, int, int, int, float | None]) -> tuple[AgencyActions, ...]:
    return tuple(AgencyActions(agency, *row) for agency, row in zip(AGENCIES, rows, strict=True))


S11_AGENCIES = ("DMBC", "West Midlands Police", "BCPFT", "Dudley CCG", "Dudley Group NHS Foundation Trust",
                "Office of Public Health", "Cafcass", "National Probation Service", "Probation – CRC",
                "West Midlands Fire Service")  # fmt: skip


def _s11_statuses(**changed: str) -> tuple[tuple[str, str], ...]:
    return tuple((agency, changed.get(agency, "not_started")) for agency in S11_AGENCIES)


def test_the_year_figure_by_figure(year: tuple[str, int]) -> None:
    url, board_id = year
    engagement = _engagement(url, board_id, *YEAR)
    assert engagement.board == "Dudley Safeguarding Children Board" and (engagement.start, engagement.end) == YEAR
    # 13 March was held with nothing recorded; 11 September is still to come.
    assert engagement.meetings == (dt.date(2015, 3, 13), dt.date(2015, 5, 15), dt.date(2015, 7, 10))
    assert engagement.agencies == AGENCIES  # Phase Trust by its erased member's seat in May
    # (attended, represented, apologies, absent) over May and July, the meetings with attendance on record.
    assert engagement.attendance == _attendance(
        (2, 0, 0, 0), (2, 0, 0, 0),  # Police in July: Richard Fisher's apologies, Sally Holmes there
        (2, 0, 0, 0), (2, 0, 0, 0), (2, 0, 0, 0), (2, 0, 0, 0),  # Dudley Group in July: Zala Ibrahim for Pam Smith
        (2, 0, 0, 0), (2, 0, 0, 0), (2, 0, 0, 0), (1, 0, 1, 0), (0, 0, 2, 0), (2, 0, 0, 0), (2, 0, 0, 0),
        (1, 1, 0, 0),  # NPS in July: Mark Jones for Viv Townsend (since erased)
        (0, 0, 1, 0),  # Phase Trust: May only, Jayne Sargeant erased in June
        (2, 0, 0, 0), (0, 0, 2, 0),
        (1, 0, 0, 1),  # Fire Service: nobody in July
    )  # fmt: skip
    # (on time, late, open, overdue, median days). Every agency's part of the appraisal (due 30 June) was closed
    # late on 2 July, 48 days after 15 May, but Police's (Sally Holmes and Richard Fisher, 15 and 16 June).
    assert engagement.actions == _actions(
        (0, 2, 5, 1, 63.5),  # DMBC: the MASH proposal done 79 days late; the neglect strategy due 31 July
        (2, 0, 4, 0, 24.0),  # Police: the CSE profile on time in 16 days; the protocol reassigned away
        (1, 1, 4, 0, 54.5),  # BCPFT: the protocol, given to it, done on time 61 days after it was recorded
        (0, 2, 5, 0, 40.5),  # CCG: the CAMHS report done late in 33 days
        (0, 1, 5, 0, 48.0), (0, 1, 4, 0, 48.0), (0, 1, 3, 0, 48.0),
        (0, 1, 2, 0, 48.0),  # DCVS: the participation audits are returned to Nicki Burrows, not by her
        (0, 0, 3, 0, None),  # DSCB: the appraisal and page 9 are returned to Martine McFadden, not by her
        (0, 1, 3, 0, 48.0), (0, 1, 3, 0, 48.0), (0, 1, 3, 0, 48.0), (0, 1, 4, 0, 48.0),
        (0, 1, 1, 1, 48.0),  # NPS: Viv Townsend's presentation and MAPPA figures, hers although she was erased
        (0, 0, 0, 0, None),  # Phase Trust: Jayne Sargeant's group shares were dropped when she was erased
        (0, 1, 3, 0, 48.0), (0, 1, 3, 0, 48.0), (0, 1, 3, 0, 48.0),
    )  # fmt: skip
    assert engagement.audits == (
        AuditProgress("S11", "2015", dt.date(2015, 6, 30), 10, 3,
                      _s11_statuses(**{"DMBC": "complete", "West Midlands Police": "submitted",
                                       "Dudley CCG": "submitted"})),
    )  # fmt: skip
    assert engagement.audits[0].percent == 30.0
    # 13 March: the MASH proposal, overdue; 15 May: and the seed's twelve; 10 July: the neglect strategy counts
    # from its meeting although imported on 13 July, and the MAPPA figures are overdue.
    assert engagement.trend == (
        TrendPoint(dt.date(2015, 3, 13), 1, 1), TrendPoint(dt.date(2015, 5, 15), 13, 1),
        TrendPoint(dt.date(2015, 7, 10), 14, 1),
    )  # fmt: skip
    assert engagement.captions.attendance == (
        "DMBC attended 2 of 2 meetings; FE Representative sent apologies to 2 of 2 meetings; no attendance was "
        "recorded for 13 March 2015."
    )
    assert engagement.captions.actions == (
        "1 of 3 National Probation Service actions is overdue (2 agencies have an overdue action); West Midlands "
        "Police completed 2 of 2 on time, taking a median of 24 days."
    )
    assert engagement.captions.audits == "S11 2015: 3 of 10 agencies have returned (30%), due 30 June 2015."
    assert engagement.captions.trend == (
        "Open actions went from 1 on 13 March 2015 to 14 on 10 July 2015; overdue from 1 to 1."
    )
    assert not engagement.empty


def test_a_past_period_as_the_record_stood_at_its_end(year: tuple[str, int]) -> None:
    """Until 5 June: the protocol was still Police's (reassigned on 10 June) and not yet BCPFT's; no S11 return in."""
    url, board_id = year
    engagement = _engagement(url, board_id, dt.date(2015, 4, 1), dt.date(2015, 6, 5))
    assert engagement.meetings == (dt.date(2015, 5, 15),) and engagement.agencies == AGENCIES
    attended = (1, 0, 0, 0)
    assert engagement.attendance == _attendance(*[attended] * 9, (0, 0, 1, 0), (0, 0, 1, 0), *[attended] * 3,
                                                (0, 0, 1, 0), attended, (0, 0, 1, 0), attended)  # fmt: skip
    figures = {
        row.agency: (row.on_time, row.late, row.open, row.overdue, row.median_days) for row in engagement.actions
    }
    assert figures["DMBC"] == (0, 1, 6, 0, 79.0)
    assert figures["West Midlands Police"] == (1, 0, 6, 0, 16.0)
    assert figures["BCPFT"] == (0, 0, 5, 0, None)
    assert figures["National Probation Service"] == (0, 0, 6, 0, None)
    assert figures["Phase Trust (voluntary)"] == (0, 0, 0, 0, None)  # dropped on 1 June, when she was erased
    assert engagement.trend == (TrendPoint(dt.date(2015, 5, 15), 13, 1),)
    assert engagement.audits == (AuditProgress("S11", "2015", dt.date(2015, 6, 30), 10, 0, _s11_statuses()),)
    assert engagement.captions == Captions(
        attendance="DMBC attended 1 of 1 meeting; Early Years sent apologies to 1 of 1 meeting.",
        actions="No agency had an action overdue on 5 June 2015; West Midlands Police completed 1 of 1 on time, "
        "taking a median of 16 days.",
        audits="S11 2015: 0 of 10 agencies had returned by 5 June 2015 (0%), due 30 June 2015.",
        trend="On 15 May 2015, 13 actions were open, 1 of them overdue.",
    )
    june = _engagement(url, board_id, dt.date(2015, 5, 1), dt.date(2015, 6, 30))  # Dudley CCG still in progress
    figures = {a.agency: (a.on_time, a.late, a.open, a.overdue, a.median_days) for a in june.actions}
    assert figures["DMBC"] == (0, 1, 6, 0, 79.0)  # the appraisal, due that day, is open but not yet overdue
    assert figures["West Midlands Police"] == (2, 0, 4, 0, 24.0)  # the protocol was reassigned away on 10 June
    assert figures["National Probation Service"] == (0, 0, 6, 0, None)  # the MAPPA figures are due that day too
    assert june.captions.actions == ("No agency had an action overdue on 30 June 2015; West Midlands Police "
                                     "completed 2 of 2 on time, taking a median of 24 days.")  # fmt: skip
    assert june.audits == (
        AuditProgress("S11", "2015", dt.date(2015, 6, 30), 10, 2,
                      _s11_statuses(**{"DMBC": "complete", "West Midlands Police": "submitted",
                                       "Dudley CCG": "in_progress"})),
    )  # fmt: skip
    assert june.captions.audits == "S11 2015: 2 of 10 agencies had returned by 30 June 2015 (20%), due 30 June 2015."


def test_an_empty_period_says_so(year: tuple[str, int]) -> None:
    url, board_id = year
    engagement = _engagement(url, board_id, dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert engagement.empty
    assert (engagement.meetings, engagement.agencies, engagement.attendance, engagement.actions, engagement.audits,
            engagement.trend) == ((), (), (), (), (), ())  # fmt: skip
    period = "between 1 January 2014 and 31 December 2014"
    assert engagement.captions == Captions(
        attendance=f"No board meetings were held {period}.",
        actions=f"No actions were open or completed {period}.",
        audits=f"No audit cycle was open or due {period}.",
        trend=f"No board meetings were held {period}, so there is no trend to show.",
    )


def test_meetings_to_come_are_not_counted(year: tuple[str, int]) -> None:
    """11 September is in the period but still to come (Sally Holmes's apologies for it count for nothing), and on
    the day of the July board it is not yet held either."""
    url, board_id = year
    later = _engagement(url, board_id, dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    assert later.meetings == (dt.date(2015, 3, 13), dt.date(2015, 5, 15), dt.date(2015, 7, 10))
    assert later.attendance[1] == AgencyAttendance("West Midlands Police", 2, 0, 0, 0)
    assert later.actions == _engagement(url, board_id, *YEAR).actions  # counted today, not at the period's end
    on_the_day = _engagement(url, board_id, dt.date(2015, 1, 1), dt.date(2015, 12, 31), today=dt.date(2015, 7, 10))
    assert on_the_day.meetings == (dt.date(2015, 3, 13), dt.date(2015, 5, 15))


def test_the_command_prints_the_figures_as_json(year: tuple[str, int]) -> None:
    url, board_id = year
    printed = json.loads(_ok("report", "engagement", "--format", "json", "--now", "2015-08-01T09:00", url=url))
    assert printed == as_json(_engagement(url, board_id, *YEAR))  # the default period: the 12 months up to today
    assert printed["attendance"][13] == {"agency": "National Probation Service", "attended": 1, "represented": 1,
                                         "apologies": 0, "absent": 0, "meetings": 2}  # fmt: skip
    past = _ok("report", "engagement", "--from", "01/04/2015", "--to", "2015-06-05", "--format", "json", "--now",
               "2015-08-01T09:00", url=url)  # fmt: skip
    assert json.loads(past) == as_json(_engagement(url, board_id, dt.date(2015, 4, 1), dt.date(2015, 6, 5)))
    for args, said in ((("--format", "pdf"), "A pdf report needs --output FILE.pdf."),
                       (("--format", "png"), "A png report needs --output FILE.png."),
                       (("--format", "xlsx"), "--format 'xlsx': use html, pdf, png or json."),
                       (("--from", "2015-07-01", "--to", "2015-06-01", "--format", "json"),
                        "--from 2015-07-01 is after --to 2015-06-01.")):  # fmt: skip
        refused = dscb("report", "engagement", *args, url=url)
        assert (refused.returncode, refused.stderr.strip()) == (2, f"dscb: {said}")


def test_captions_in_singular_and_naming_the_returns_awaited() -> None:
    day = dt.date(2015, 6, 30)
    words = captions(
        dt.date(2015, 6, 1), day, dt.date(2015, 8, 1), (day,), (),
        (AgencyAttendance("West Midlands Police", 1, 0, 0, 0),),
        (AgencyActions("West Midlands Police", 0, 1, 0, 1, 1.0),),
        (AuditProgress("S11", "2015", None, 3, 1, (("DMBC", "complete"), ("West Midlands Police", "in_progress"),
                                                   ("BCPFT", "not_started"))),
         AuditProgress("S175", "2015", day, 114, 70)),
        (TrendPoint(day, 1, 0),),
    )  # fmt: skip
    assert words == Captions(
        attendance="West Midlands Police attended 1 of 1 meeting.",
        actions="1 of 2 West Midlands Police actions was overdue on 30 June 2015; West Midlands Police completed 0 of "
        "1 on time, taking a median of 1 day.",
        audits="S11 2015: 1 of 3 agencies had returned by 30 June 2015 (33%); awaiting West Midlands Police and "
        "BCPFT; S175 2015: 70 of 114 schools had returned by 30 June 2015 (61%), due 30 June 2015.",
        trend="On 30 June 2015, 1 action was open, 0 of them overdue.",
    )


# Scale ------------------------------------------------------------------------------------------------------------
def _big_board(url: str, name: str, actions: int) -> int:
    """Five years of a board in bulk: a board meeting every two months (30) with everyone's attendance, ``actions``
    actions spread over the years (one in ten for all members, the rest for a member or an agency), most done on
    time or late, some dropped with a reason, one in twenty still open; an S11 cycle a year."""
    board_id = make_board(url, name)
    first = dt.date(2011, 1, 14)
    with db.transaction(url) as s:
        members = s.execute(select(Member.id, Member.agency_id).where(Member.board_id == board_id).order_by(Member.id))
        member_ids = [m for m, _ in members]
        group_id = s.scalars(select(Group.id).where(Group.board_id == board_id, Group.name == "all members")).one()
        police = s.scalars(select(Agency.id).where(Agency.board_id == board_id, Agency.name == "West Midlands Police"))
        police_id = police.one()
        days = [first + dt.timedelta(days=61 * i) for i in range(30)]
        s.execute(insert(Meeting), [{"board_id": board_id, "date": d, "kind": MeetingKind.BOARD} for d in days])
        meeting_ids = list(s.scalars(select(Meeting.id).where(Meeting.board_id == board_id).order_by(Meeting.date)))
        s.execute(insert(Attendance), [
            {"meeting_id": meeting, "member_id": member,
             "status": AttendanceStatus.PRESENT if (i + j) % 5 else AttendanceStatus.APOLOGIES,
             "representative": "A Deputy" if (i + j) % 10 == 0 else None}
            for i, meeting in enumerate(meeting_ids) for j, member in enumerate(member_ids)
        ])  # fmt: skip
        span = (days[-1] - first).days
        s.execute(insert(Action), [
            {"board_id": board_id, "number": n, "text": f"Scale action {n}",
             "created_at": dt.datetime.combine(first + dt.timedelta(days=span * n // actions), dt.time(10)),
             "due": first + dt.timedelta(days=span * n // actions + 30) if n % 7 else None}
            for n in range(1, actions + 1)
        ])  # fmt: skip
        shares: list[dict[str, Any]] = []
        drops: list[dict[str, Any]] = []
        for action_id, n, created in s.execute(select(Action.id, Action.number, Action.created_at)
                                               .where(Action.board_id == board_id)):  # fmt: skip
            status = (AssignmentStatus.OPEN if n % 20 == 0 else AssignmentStatus.DROPPED if n % 20 == 1
                      else AssignmentStatus.DONE)  # fmt: skip
            share = {"action_id": action_id, "status": status,
                     "updated_at": created + dt.timedelta(days=15 + 3 * (n % 11))}  # fmt: skip
            if n % 10 == 0:
                shares += [share | {"member_id": m, "group_id": group_id} for m in member_ids]
            elif n % 3:
                shares.append(share | {"member_id": member_ids[n % len(member_ids)]})
            else:
                shares.append(share | {"agency_id": police_id})
            if status is AssignmentStatus.DROPPED:
                drops.append({"board_id": board_id, "entity": "action", "entity_id": action_id, "change": "dropped",
                              "at": share["updated_at"], "new": {"reason": "superseded"}})  # fmt: skip
        s.execute(insert(Assignment), shares)
        s.execute(insert(Event), drops)
        for year in range(2011, 2016):
            with clock.fixed_at(dt.datetime(year, 4, 1, 9)):
                add_cycle(s, board_id, AuditType.S11, str(year), issued=dt.date(year, 4, 1),
                          due=dt.date(year, 6, 30), by=None)  # fmt: skip
    return board_id


def test_a_board_of_five_years_takes_the_same_few_statements(database_url: str) -> None:
    """The statements do not grow with the board (its speed is measured in `make bench`, not here)."""
    measured: dict[int, int] = {}
    for count in (100, 3_000):
        board_id = _big_board(database_url, f"Board of {count} actions", count)
        with statements(database_url) as seen, db.reading(database_url) as session:
            engagement = compute_engagement(session, board_id, dt.date(2015, 1, 1), dt.date(2015, 12, 31),
                                            dt.date(2016, 1, 1))  # fmt: skip
        measured[count] = len(seen)
        assert len(engagement.meetings) == 6 and len(engagement.trend) == 6
        assert engagement.audits[0].cycle == "2015" and engagement.audits[0].total == 10
        assert sum(a.total for a in engagement.actions) > 0
    assert measured[100] == measured[3_000] <= 10, measured  # nine statements (and SQLite's BEGIN)


def test_the_html_and_pdf_pages_say_what_the_json_says(year: tuple[str, int], tmp_path: Path) -> None:
    """Issue 19's acceptance: one landscape page in html and pdf, whose captions are the json's, word for word."""
    import html as markup

    import pdfplumber

    url, _board_id = year
    now = ("--now", "2015-08-01T09:00")
    captions = json.loads(_ok("report", "engagement", "--format", "json", *now, url=url))["captions"]
    page = _ok("report", "engagement", "--format", "html", *now, url=url)
    assert "size: A4 landscape" in page
    for caption in captions.values():
        assert markup.escape(caption) in page
    pdf = tmp_path / "engagement.pdf"
    _ok("report", "engagement", "--format", "pdf", "--output", str(pdf), *now, url=url)
    with pdfplumber.open(pdf) as document:
        [sheet] = document.pages
        assert sheet.width > sheet.height
        words = " ".join((sheet.extract_text() or "").split())
    for caption in captions.values():
        assert " ".join(caption.split()) in words
