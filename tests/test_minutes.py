"""Reading board minutes: the seed minutes against what importing them must find, other layouts and formats,
bad files, and any text either parsing or being refused politely."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.conversation.assistant import Assistant
from bot.errors import InvalidInput
from bot.minutes.reader import MAX_MINUTES_BYTES, MeetingTime, Minutes, minutes_as_json, minutes_text, parse_minutes
from bot.understanding.owners import OwnerResolver
from bot.understanding.snapshot import Snapshot
from bot.understanding.text import fold
from store import db
from tests.conftest import add_board_meetings, make_board
from tests.samples import long_minutes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "fixtures" / "dscb-minutes-2015-05-15.txt"
SEED_EXPECTED = SHARED / "fixtures" / "dscb-minutes-2015-05-15.expected.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "minutes"
JULY = FIXTURES / "dudley-2015-07-10.md"
JULY_HTML = FIXTURES / "dudley-2015-07-10.html"


def _snapshot(tmp_path_factory: pytest.TempPathFactory, *, meetings: bool) -> Snapshot:
    url = f"sqlite:///{tmp_path_factory.mktemp('minutes') / 'board.db'}"
    db.upgrade(url)
    board_id = make_board(url)
    if meetings:
        add_board_meetings(url, board_id)
    with db.transaction(url) as session:
        snapshot = Assistant(url, board_id).snapshot(session)
    db.engine_for(url).dispose()
    return snapshot


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The seed board: the demo roster of 30 members and the board's meetings (10 July, 11 September)."""
    return _snapshot(tmp_path_factory, meetings=True)


@pytest.fixture(scope="module")
def no_meetings(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The same roster with no meetings: only the minutes themselves say when the next board is."""
    return _snapshot(tmp_path_factory, meetings=False)


def read(path: Path, snapshot: Snapshot) -> Minutes:
    return parse_minutes(minutes_text(path.read_bytes(), path.name), snapshot.names)


# ----------------------------------------------------------------------------------------------------------
# The seed minutes


@pytest.fixture(scope="module")
def seed(snapshot: Snapshot) -> tuple[Minutes, dict[str, Any]]:
    if not SEED.exists() or not SEED_EXPECTED.exists():
        pytest.skip(f"{SHARED} is absent (the shared folder is not beside this checkout)")
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    return read(SEED, snapshot), expected


def _alternatives(names: list[str], snapshot: Snapshot) -> set[str]:
    """An expected owner's spellings, and the canonical names they resolve to ("QA & Comms group" -> QA & Comms)."""
    resolver = OwnerResolver(snapshot.names, None)
    found = {fold(name) for name in names}
    for name in names:
        resolved = resolver.phrase(name)
        if resolved:
            found.update(fold(owner.name) for owner in resolved.owners)
    return found


def _match(minutes: Minutes, expected: dict[str, Any]) -> Any:
    wanted = fold(expected["text"])
    return next((a for a in minutes.actions if wanted in fold(a.text)), None)


def _score(minutes: Minutes, expected: dict[str, Any], snapshot: Snapshot) -> tuple[int, list[str]]:
    matched, misses = 0, []
    for action_expected in expected["actions"]:
        action = _match(minutes, action_expected)
        if action is None:
            misses.append(f"{action_expected['key']}: not found")
            continue
        owners = {fold(o.name) for o in action.owners}
        owners_ok = (
            all(owners & _alternatives(alts, snapshot) for alts in action_expected["owners"])
            if action_expected["owners"]
            else not owners
        )
        due = action.due.isoformat() if action.due else None
        if owners_ok and due == action_expected["due"]:
            matched += 1
        else:
            misses.append(f"{action_expected['key']}: owners {sorted(owners)}, due {due}")
    return matched, misses


def test_seed_meeting_and_next_meeting(seed: tuple[Minutes, dict[str, Any]]) -> None:
    minutes, expected = seed
    assert minutes.meeting == MeetingTime(
        dt.date(2015, 5, 15), dt.time(9, 30), dt.time(12, 30), "Saltwells Education Centre"
    )
    assert minutes.meeting.date.isoformat() == expected["meeting"]["date"]
    assert minutes.next_meeting == MeetingTime(dt.date(2015, 7, 10), dt.time(10), dt.time(14), "Saltwells EDC")
    assert minutes.title == "Dudley Safeguarding Children Board"


def test_seed_attendance(seed: tuple[Minutes, dict[str, Any]]) -> None:
    minutes, expected = seed
    assert [p.name for p in minutes.attendees] == expected["attendees"]
    assert len(minutes.attendees) == 25
    assert [p.name for p in minutes.apologies] == expected["apologies"]
    assert len(minutes.apologies) == 5
    agencies = {p.name: p.agency for p in (*minutes.attendees, *minutes.apologies)}
    roles = {p.name: p.role for p in (*minutes.attendees, *minutes.apologies)}
    assert (agencies["Roger Clayton"], roles["Roger Clayton"]) == (None, "Independent Chair")  # a job, not an agency
    assert (agencies["Remley Mann"], roles["Remley Mann"]) == (None, "FE Representative")
    assert agencies["Sue Haywood"] == "DMBC - Community Safety"
    assert agencies["Kate McConnell"] == "Probation – CRC"
    assert agencies["Jayne Sargeant"] == "Phase Trust (voluntary)"
    assert all(p.representative is None for p in minutes.apologies)  # the expected file has no representatives


def test_seed_actions(seed: tuple[Minutes, dict[str, Any]], snapshot: Snapshot) -> None:
    minutes, expected = seed
    matched, misses = _score(minutes, expected, snapshot)
    assert matched >= 11, misses
    assert len(minutes.actions) == len(expected["actions"])
    items = {e["key"]: _match(minutes, e).item for e in expected["actions"] if _match(minutes, e)}
    assert items["appraisal"] == "2" and items["risk register"] == "3" and items["probation presentation"] == "12"
    assert items["structure agenda"] == "10"


def test_seed_returned_to_is_never_an_owner(seed: tuple[Minutes, dict[str, Any]]) -> None:
    minutes, expected = seed
    for action_expected in expected["actions"]:
        if "not_owner" in action_expected:
            action = _match(minutes, action_expected)
            assert action is not None, action_expected["key"]
            assert action_expected["not_owner"] not in {o.name for o in action.owners}, action_expected["key"]


def test_seed_asap(seed: tuple[Minutes, dict[str, Any]]) -> None:
    minutes, expected = seed
    asap = {e["key"] for e in expected["actions"] if (found := _match(minutes, e)) is not None and found.asap}
    assert asap == set(expected["asap"])


def test_seed_decisions_are_not_actions(seed: tuple[Minutes, dict[str, Any]]) -> None:
    minutes, _ = seed
    decisions = {d.text: d.item for d in minutes.decisions}
    assert decisions["Signed off by the DSCB pending amendments"] == "5"
    assert decisions["Tony Oakman approved the Office of Public Health to fund the £250 for the campaign"] == "11"
    assert not any("Signed off" in a.text or "approved" in a.text for a in minutes.actions)


def test_seed_texts_and_warnings(seed: tuple[Minutes, dict[str, Any]]) -> None:
    minutes, _ = seed
    texts = [a.text for a in minutes.actions]
    assert (
        "DSCB Member Annual appraisal: all members to complete and return to Martine McFadden by end June 2015" in texts
    )
    assert "Presentation to be circulated – Viv Townsend" in texts
    assert all("<" not in t and "•" not in t for t in texts)
    assert minutes.warnings[0].startswith("Item 2: no owner: agenda item for DSCB")
    assert any("Anthea Jones is not on the roster" in w for w in minutes.warnings)
    assert any(w.startswith("Item 10: no owner: agenda item 10th July") for w in minutes.warnings)
    assert len(minutes.warnings) == 3


def test_seed_json(seed: tuple[Minutes, dict[str, Any]]) -> None:
    minutes, _ = seed
    found = minutes_as_json(minutes)
    assert found["meeting"] == {
        "date": "2015-05-15",
        "start": "09:30",
        "end": "12:30",
        "venue": "Saltwells Education Centre",
    }
    assert found["next_meeting"] == {"date": "2015-07-10", "start": "10:00", "end": "14:00", "venue": "Saltwells EDC"}
    assert found["apologies"][3] == {
        "name": "Kate McConnell", "agency": "Probation – CRC", "role": None, "initials": None, "representative": None
    }  # fmt: skip
    appraisal = next(a for a in found["actions"] if "appraisal" in a["text"])
    assert appraisal == {
        "item": "2",
        "text": "DSCB Member Annual appraisal: all members to complete and return to Martine McFadden by end June 2015",
        "owners": [{"kind": "group", "name": "all members"}],
        "due": "2015-06-30",
        "asap": False,
    }
    json.dumps(found)


# ----------------------------------------------------------------------------------------------------------
# A second layout: "Present:" lists, "Item 3 –", "ACTION –", "Action for X:"

JULY_ACTIONS = [
    ("2", "Member appraisals: all members who have not yet returned", ["all members"], "2015-07-31", False),
    ("2", "CAMHS: Su Vincent to circulate the CAMHS outcomes report", ["Su Vincent"], "2015-09-11", False),
    ("3", "present the revised risk register at the September board – QA & Comms", ["QA & Comms"], "2015-09-11", False),
    (
        "3",
        "write to the CCG about CAMHS commissioning within 2 weeks – Tony Oakman",
        ["Tony Oakman"],
        "2015-07-24",
        False,
    ),
    (
        "4",
        "WMP to submit the Dudley-specific S11 analysis by end September",
        ["West Midlands Police"],
        "2015-09-30",
        False,
    ),
    ("6", "share the home treatment outcomes report asap – Anne-Marie Carey", ["Anne-Marie Carey"], None, True),
    ("6", "Sue to update the board on the CAMHS letter", [], None, False),
    ("6", "agenda item for the September board", [], "2015-09-11", False),
    ("7", "Presentation on the new probation structure to be circulated – Viv Townsend", ["Viv Townsend"], None, False),
]


def test_second_layout(snapshot: Snapshot) -> None:
    minutes = read(JULY, snapshot)
    assert minutes.meeting == MeetingTime(dt.date(2015, 7, 10), dt.time(10), dt.time(14), "Saltwells EDC")
    assert minutes.next_meeting == MeetingTime(dt.date(2015, 9, 11), dt.time(10), dt.time(14), "Saltwells EDC")
    assert minutes.title == "Dudley Safeguarding Children Board – Minutes"
    assert [(p.name, p.agency or p.role) for p in minutes.attendees][:3] == [
        ("Roger Clayton", "Independent Chair"),
        ("Tony Oakman", "DMBC – Directorate of People"),
        ("Martine McFadden", "DSCB"),
    ]
    assert len(minutes.attendees) == 10
    assert [(p.name, p.agency or p.role, p.representative) for p in minutes.apologies] == [
        ("Kate McConnell", "Probation – CRC", "Lisa Grant"),
        ("Zala Ibrahim", "Dudley Group NHS Foundation Trust", "Pam Smith"),
        ("Remley Mann", "FE Representative", None),
    ]
    found = [(a.item, a.text, [o.name for o in a.owners], a.due.isoformat() if a.due else None, a.asap)
             for a in minutes.actions]  # fmt: skip
    assert len(found) == len(JULY_ACTIONS)
    for (item, text, owners, due, asap), expected in zip(found, JULY_ACTIONS, strict=True):
        assert (item, owners, due, asap) == (expected[0], *expected[2:]), text
        assert text.startswith(expected[1]), text
    assert minutes.actions[5].owners[0].kind == "unknown"
    assert [d.text for d in minutes.decisions] == [
        "the revised campaign will launch in August",
        "Tony Oakman approved the £250 for the campaign posters",
    ]
    assert minutes.warnings == (
        "Item 6: Anne-Marie Carey is not on the roster: share the home treatment outcomes report asap",
        "Item 6: 'Sue' could be Su Vincent or Sue Haywood: Sue to update the board on the CAMHS letter",
        "Item 6: no owner: agenda item for the September board",
    )


def test_next_meeting_in_the_minutes_dates_the_actions(no_meetings: Snapshot) -> None:
    """With no meetings on the board, "before the next meeting" is the next meeting the minutes give."""
    minutes = read(JULY, no_meetings)
    camhs = next(a for a in minutes.actions if "CAMHS outcomes" in a.text)
    assert camhs.due == dt.date(2015, 9, 11)
    assert camhs.due_wording == "before the next meeting"


def _docx_from_markdown(markdown: str) -> bytes:
    """The July minutes as Word would hold them: headings, bold labels, bullet lists and an apologies table."""
    document = docx.Document()
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.startswith("# "):
            document.add_heading(line[2:], level=0)
        elif line.startswith("## "):
            document.add_heading(line[3:], level=2)
        elif line == "**Apologies:**":
            table = document.add_table(rows=1, cols=3)
            for cell, title in zip(table.rows[0].cells, ("Apologies", "Agency", "Represented by"), strict=True):
                cell.text = title
            while index < len(lines) and (lines[index].startswith("- ") or not lines[index].strip()):
                entry = re.match(
                    r"- (?P<name>[^(]+) \((?P<agency>[^)]+)\)(?:,? (?:represented by|– rep:) (?P<rep>.+))?",
                    lines[index],
                )
                index += 1
                if entry:
                    row = table.add_row().cells
                    row[0].text, row[1].text, row[2].text = entry["name"], entry["agency"], entry["rep"] or ""
        elif line.startswith("- "):
            dashed = re.sub(r"^(.+?) \((.+)\)$", r"\1 – \2", line[2:])  # "Name (Agency)" as "Name – Agency"
            document.add_paragraph(dashed, style="List Bullet")
        elif line.strip():
            paragraph = document.add_paragraph()
            for number, part in enumerate(line.split("**")):
                paragraph.add_run(part).bold = number % 2 == 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_same_minutes_as_markdown_html_and_docx(snapshot: Snapshot) -> None:
    markdown = minutes_as_json(read(JULY, snapshot))
    html = minutes_as_json(read(JULY_HTML, snapshot))
    data = _docx_from_markdown(JULY.read_text(encoding="utf-8"))
    word = minutes_as_json(parse_minutes(minutes_text(data, "dudley-2015-07-10.docx"), snapshot.names))
    assert html == markdown
    assert word == markdown
    assert markdown["apologies"][0] == {
        "name": "Kate McConnell",
        "agency": "Probation – CRC",
        "role": None,
        "initials": None,
        "representative": "Lisa Grant",
    }


# ----------------------------------------------------------------------------------------------------------
# Other layouts


def parse(text: str, snapshot: Snapshot) -> Minutes:
    return parse_minutes(text, snapshot.names)


def test_inline_lists_and_numbered_items(snapshot: Snapshot) -> None:
    minutes = parse(
        "Minutes of the Board\n"
        "Date: 11/09/2015\nTime: 1.30 – 4pm\nLocation: Council House, Dudley\n"
        "Present: Roger Clayton (Independent Chair), Tony Oakman (DMBC – Directorate of People)\n"
        "Apologies: Kate McConnell (Probation – CRC), represented by Lisa Grant; Remley Mann (FE Representative)\n"
        "\n1. Welcome\nRoger Clayton welcomed everyone.\n"
        "2. Audits\nAction: all outstanding returns to be sent to Martine McFadden by w/c 21 September.\n"
        "Date of next meeting: Friday 13 November, 10am – 2pm\n",
        snapshot,
    )
    assert minutes.meeting == MeetingTime(dt.date(2015, 9, 11), dt.time(13, 30), dt.time(16), "Council House, Dudley")
    assert minutes.title == "Minutes of the Board"
    # the deputy named only on the apology came to the meeting (the importer records her on the apology)
    assert [p.name for p in minutes.attendees] == ["Roger Clayton", "Tony Oakman", "Lisa Grant"]
    assert minutes.apologies[0].representative == "Lisa Grant"
    assert minutes.apologies[1].role == "FE Representative"
    assert minutes.next_meeting == MeetingTime(dt.date(2015, 11, 13), dt.time(10), dt.time(14), None)
    (action,) = minutes.actions
    assert action.item == "2"
    assert [o.name for o in action.owners] == ["all members"]
    assert action.due == dt.date(2015, 9, 21)


def test_markdown_table_and_heading_items(snapshot: Snapshot) -> None:
    minutes = parse(
        "## Board meeting\n\nDate: 15 May 2015\n\n"
        "| Attendees | Agency | Apologies | Agency |\n|---|---|---|---|\n"
        "| Roger Clayton | Independent Chair | Kate McConnell | Probation – CRC (rep: Lisa Grant) |\n"
        "| Viv Townsend | National Probation Service | | |\n\n"
        "## 3. Probation\n\n* Action - Presentation to be circulated – Viv Townsend\n",
        snapshot,
    )
    assert [(p.name, p.agency or p.role) for p in minutes.attendees] == [
        ("Roger Clayton", "Independent Chair"),
        ("Viv Townsend", "National Probation Service"),
        ("Lisa Grant", "Probation – CRC"),  # the deputy, there for the member
    ]
    assert [(p.name, p.agency, p.representative) for p in minutes.apologies] == [
        ("Kate McConnell", "Probation – CRC", "Lisa Grant")
    ]
    assert [(a.item, [o.name for o in a.owners]) for a in minutes.actions] == [("3", ["Viv Townsend"])]


def test_actions_list_and_unreadable_due(snapshot: Snapshot) -> None:
    minutes = parse(
        "Date: 15 May 2015\n\nItem 4 – Audits\n\nActions:\n"
        "- Sally Holmes to send the police S11 analysis by 31/02/2015\n"
        "- Jo Forbes to circulate the housing protocol by Smarch\n"
        "- Karen to check the CSE audit panel dates\n",
        snapshot,
    )
    assert [[o.name for o in a.owners] for a in minutes.actions] == [["Sally Holmes"], ["Jo Forbes"], []]
    assert minutes.actions[2].ambiguous[0].text == "Karen"
    assert any("could not read the due date 'by 31/02/2015'" in w for w in minutes.warnings)
    assert any("could not read the due date 'by Smarch'" in w for w in minutes.warnings)
    assert any("'Karen' could be" in w for w in minutes.warnings)


def test_a_month_mistyped_by_one_letter_is_read(snapshot: Snapshot) -> None:
    minutes = parse(
        "Date: 15 May 2015\n\nItem 4 – Housing\n\nActions:\n"
        "- Jo Forbes to circulate the housing protocol by Septembr\n",
        snapshot,
    )
    assert [a.due for a in minutes.actions] == [dt.date(2015, 9, 30)]
    assert not any("could not read the due date" in w for w in minutes.warnings)


def test_prose_apologies_and_actions_on_their_own_line(snapshot: Snapshot) -> None:
    minutes = parse(
        "Meeting held on Friday 15 May 2015 at Saltwells\n\n"
        "Present: Roger Clayton, Tony Oakman and Sue Haywood\n"
        "Apologies were received from Karen Jackson (Office of Public Health) and Remley Mann.\n\n"
        "Item 5 – Constitution\n\nAction:\nViv Townsend to circulate the presentation by 30/06\n"
        "Action: it was agreed that Martine McFadden will circulate the constitution.\n"
        "Action: Noted.\n",
        snapshot,
    )
    assert minutes.meeting.date == dt.date(2015, 5, 15)
    assert [p.name for p in minutes.attendees] == ["Roger Clayton", "Tony Oakman", "Sue Haywood"]
    assert [(p.name, p.agency) for p in minutes.apologies] == [
        ("Karen Jackson", "Office of Public Health"),
        ("Remley Mann", None),
    ]
    assert [([o.name for o in a.owners], a.due) for a in minutes.actions] == [
        (["Viv Townsend"], dt.date(2015, 6, 30)),
        (["Martine McFadden"], None),
    ]
    assert [d.text for d in minutes.decisions] == ["Noted"]


def test_the_person_returned_to_is_not_an_owner(snapshot: Snapshot) -> None:
    minutes = parse(
        "Date: 15 May 2015\n\nItem 2 – Returns\n\n"
        "Action: Nicki Burrows to send the participation audit summary to Tony Oakman.\n"
        "Action: S175 audits to be returned to Martine McFadden by end June.\n",
        snapshot,
    )
    first, second = minutes.actions
    assert [o.name for o in first.owners] == ["Nicki Burrows"]
    assert "Martine McFadden" not in {o.name for o in second.owners}
    assert second.due == dt.date(2015, 6, 30)


# ----------------------------------------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "minutes.txt", "empty"),
        (b"  \n\t\n", "minutes.md", "empty"),
        (b"Date: 15 May 2015\n" + b"x" * (5 * 1_000_000), "minutes.txt", "MB"),
        (b"Date: 15 May 2015", "minutes.pdf", ".docx"),
        (b"Date: 15 May 2015", "minutes", ".txt"),
        (b"this is not a zip file", "minutes.docx", "Word"),
        (b"Date: 15 May 2015\x00\x01", "minutes.txt", "not a text file"),
    ],
)
def test_bad_files(data: bytes, filename: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(message)):
        minutes_text(data, filename)


def test_file_size_limit() -> None:
    assert MAX_MINUTES_BYTES == 2_000_000
    with pytest.raises(InvalidInput, match=r"5\.0 MB"):
        minutes_text(b"a" * 5_000_000, "big.txt")


def test_text_encodings() -> None:
    assert minutes_text("Date: 15 May 2015 – café".encode("cp1252"), "m.txt").startswith("Date: 15 May 2015 – café")
    assert minutes_text(b"\xef\xbb\xbfDate: 15 May 2015", "m.TXT") == "Date: 15 May 2015\n"
    text = minutes_text(b"<p>A &amp; B</p><script>alert(1)</script><ul><li>one</li><li>two</li></ul>", "m.htm")
    assert text.splitlines() == ["A & B", "", "• one", "• two"]


def test_not_minutes(snapshot: Snapshot) -> None:
    with pytest.raises(InvalidInput, match="doesn't look like board minutes"):
        parse("Shopping list\n- eggs\n- milk (semi-skimmed)\n- bread\n- 2 tins of tomatoes\n", snapshot)
    with pytest.raises(InvalidInput, match="doesn't look like board minutes: I found no attendance list"):
        parse("Date: 15 May 2015\n\nWe talked about the weather.\n", snapshot)


def test_a_date_that_does_not_exist(snapshot: Snapshot) -> None:
    with pytest.raises(InvalidInput, match="'31st February 2015' does not exist"):
        parse("Date: 31st February 2015\nPresent: Roger Clayton (Independent Chair)\n", snapshot)
    with pytest.raises(InvalidInput, match="'30/02/2016' does not exist"):
        parse("Date: 15 May 2015\nPresent: Roger Clayton\nNext meeting: 30/02/2016\n", snapshot)


# ----------------------------------------------------------------------------------------------------------
# Size and robustness


def test_two_hundred_items(snapshot: Snapshot) -> None:
    minutes = parse(long_minutes(200), snapshot)
    assert len(minutes.actions) == 200
    assert [a.item for a in minutes.actions] == [str(n) for n in range(1, 201)]
    assert minutes.actions[0].owners[0].name == "all members"
    assert minutes.next_meeting is not None and minutes.next_meeting.date == dt.date(2015, 7, 10)


FRAGMENTS = (
    "Date: 15th May 2015", "Date: 31st February 2015", "Time: 9.30 am – 12.30 pm", "Venue: Saltwells",
    "Attendees\tAgency\tApologies\tAgency", "Roger Clayton\tIndependent Chair\tKate McConnell\tProbation – CRC",
    "Present:", "- Roger Clayton (Independent Chair)", "Apologies: Kate McConnell (CRC), represented by Lisa Grant",
    "NEXT MEETING", "Friday 10th July", "10:00 – 14:00", "At Saltwells EDC", "2.\t<p><u>Review</u></p> • x",
    "Item 3 – Audits", "## 4. Funding", "Action: Viv Townsend to circulate by 30/06",
    "ACTION – all members to return to Martine McFadden asap", "Action for Sue: check by 32/13/2015",
    "Action: Anthea Jones.", "Action: Signed off by the DSCB", "Agreed: yes", "<p>", "</ul>", "•", "\t", "",
    "Actions:", "* Sue to x", "| a | b |", "|---|", "Next meeting: 11/09/2015 10am – 2pm at the Council House",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=5_000))
def test_any_text_parses_or_is_refused(snapshot: Snapshot, text: str) -> None:
    _parses_or_is_refused(text, snapshot)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80)), max_size=60),
    glue=st.sampled_from(["\n", " ", "\t", "\n\n"]),
)
def test_any_minutes_like_text_parses_or_is_refused(snapshot: Snapshot, parts: list[str], glue: str) -> None:
    _parses_or_is_refused(glue.join(parts)[:5_000], snapshot)


def _parses_or_is_refused(text: str, snapshot: Snapshot) -> None:
    """Any text either parses into minutes that serialise as JSON, or is refused with a message."""
    try:
        minutes = parse(text, snapshot)
    except InvalidInput as error:
        assert str(error)
    else:
        json.dumps(minutes_as_json(minutes))


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=3_000), suffix=st.sampled_from([".txt", ".md", ".html", ".docx", ".doc"]))
def test_any_file_reads_or_is_refused(data: bytes, suffix: str) -> None:
    try:
        text = minutes_text(data, f"minutes{suffix}")
    except InvalidInput as error:
        assert str(error)
    else:
        assert text.strip()
