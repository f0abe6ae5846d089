"""A board started from its first minutes, and the manager's review of the actions as CSV, from the command line
on SQLite and PostgreSQL: nothing is stored until asked, a bad review row is refused with its line, and importing
the same minutes again adds nothing."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import func, select

from store import db
from store.models import Action, Assignment, Board, Member, Role
from tests.conftest import ROOT
from tests.minutes_samples.samples import load_source
from tests.test_cli import dscb

SAMPLES = ROOT / "tests" / "fixtures" / "boards"


def sample_file(tmp_path: Path, slug: str) -> Path:
    data, name = load_source(SAMPLES / slug)
    path = tmp_path / name
    path.write_bytes(data)
    return path


def count(url: str, model: type) -> int:
    with db.reading(url) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_with_no_board_the_dry_run_shows_who_the_board_would_hold_and_stores_nothing(
    database_url: str, tmp_path: Path
) -> None:
    minutes = sample_file(tmp_path, "ashby-fields-lscb-2014-11")
    shown = dscb("import-minutes", str(minutes), "--dry-run", url=database_url)
    assert shown.returncode == 0, shown.stderr
    assert (
        "--create-roster would start 'Ashby Fields Local Safeguarding Children Board' with 21 members" in shown.stdout
    )
    assert "Angela Jarvis (Independent Chair) [chair]" in shown.stdout
    assert "Lorna Pryce (LSCB Business Manager) [manager]" in shown.stdout
    as_json = json.loads(dscb("import-minutes", str(minutes), "--dry-run", "--json", url=database_url).stdout)
    assert len(as_json["new_board"]["members"]) == 21 and len(as_json["actions"]) == 8
    refused = dscb("import-minutes", str(minutes), url=database_url)
    assert refused.returncode != 0 and "--create-roster" in refused.stderr
    assert count(database_url, Board) == 0


def test_create_roster_starts_the_board_and_imports_once(database_url: str, tmp_path: Path) -> None:
    minutes = sample_file(tmp_path, "ashby-fields-lscb-2014-11")
    started = dscb("import-minutes", str(minutes), "--create-roster", "--board-name", "Ashby LSCB", url=database_url)
    assert started.returncode == 0, started.stderr
    assert "Imported Thursday 27 November 2014" in started.stdout
    with db.reading(database_url) as session:
        assert session.scalars(select(Board.name)).all() == ["Ashby LSCB"]
        roles = dict(session.execute(select(Member.name, Member.role)).all())
        owned = session.execute(select(Member.name).join(Assignment, Assignment.member_id == Member.id)).all()
    assert len(roles) == 21 and roles["Angela Jarvis"] is Role.CHAIR and roles["Lorna Pryce"] is Role.MANAGER
    assert roles["Naomi Bell"] is Role.LAY_ADVISOR and roles["David Mensah"] is Role.MEMBER
    assert ("Gareth Lloyd",) in owned and ("Lorna Pryce",) in owned  # owners by initials are the members
    actions = count(database_url, Action)
    again = dscb("import-minutes", str(minutes), url=database_url)
    assert again.returncode == 0, again.stderr
    assert count(database_url, Action) == actions and count(database_url, Member) == 21


def test_the_review_file_corrects_owners_and_dates_before_anything_is_stored(database_url: str, tmp_path: Path) -> None:
    minutes = sample_file(tmp_path, "hallam-vale-sab-2011-06")
    review = tmp_path / "review.csv"
    written = dscb("import-minutes", str(minutes), "--dry-run", "--review", str(review), url=database_url)
    assert written.returncode == 0, written.stderr
    rows = list(csv.reader(io.StringIO(review.read_text(encoding="utf-8"))))
    assert rows[0] == ["item", "action", "owners", "due", "check"] and len(rows) == 10
    assert count(database_url, Board) == 0
    again = dscb("import-minutes", str(minutes), "--dry-run", "--review", str(review), url=database_url)
    assert again.returncode != 0 and "exists" in again.stderr  # an edited file is never overwritten
    rows[1][2], rows[1][3] = "Stuart Haigh", "2011-07-15"
    del rows[2]
    rows.append(["7", "Write to the care homes about the new procedures", "Carol Bentley; Police", "end of July", ""])
    bad = [*rows, ["8", "Chase the audit", "Nobody Atall Here", "someday soon", ""]]
    review.write_text("".join(",".join(f'"{c}"' for c in row) + "\n" for row in bad), encoding="utf-8")
    refused = dscb("import-minutes", str(minutes), "--create-roster", "--review", str(review), url=database_url)
    assert refused.returncode != 0 and "Line 11" in refused.stderr
    assert count(database_url, Action) == 0
    review.write_text("".join(",".join(f'"{c}"' for c in row) + "\n" for row in rows), encoding="utf-8")
    done = dscb("import-minutes", str(minutes), "--create-roster", "--review", str(review), url=database_url)
    assert done.returncode == 0, done.stderr
    with db.reading(database_url) as session:
        stored = {a.text: (sorted(s.member.name if s.member else s.agency.name if s.agency else str(s.external_name)
                                  for s in a.assignments), a.due.isoformat() if a.due else None)
                  for a in session.scalars(select(Action))}  # fmt: skip
    assert len(stored) == 9
    first = rows[1][1]
    assert stored[first] == (["Stuart Haigh"], "2011-07-15")
    assert stored["Write to the care homes about the new procedures"] == (
        ["Carol Bentley", "South Yorkshire Police"],
        "2011-07-31",
    )


def test_agencies_named_only_in_the_minutes_own_their_actions_as_agencies(database_url: str, tmp_path: Path) -> None:
    """Another board's minutes imported into a board with a roster: "PCT" is the agency its attendance names (made
    on the board), not an outsider called "PCT"; "Police", which could be the roster's police or theirs, is left
    for the manager (no owner, and a warning), never guessed."""
    dscb("roster", "import", str(ROOT.parent / "shared" / "fixtures" / "dscb-roster.csv"), url=database_url)
    minutes = sample_file(tmp_path, "marlow-heath-lscb-2010-07")
    done = dscb("import-minutes", str(minutes), url=database_url)
    assert done.returncode == 0, done.stderr
    with db.reading(database_url) as session:
        rows = session.execute(
            select(Action.text, Assignment.agency_id, Assignment.external_name).outerjoin(Assignment)
        ).all()
    pct = [r for r in rows if r.text.startswith("Provide figures on GP attendance")]
    assert pct and pct[0].agency_id is not None and pct[0].external_name is None
    police = [r for r in rows if r.text.startswith("Explain police performance")]
    assert police and police[0].agency_id is None and police[0].external_name is None  # no owner yet
    assert "'Police' could be West Midlands Police or Hertfordshire Constabulary" in done.stdout
