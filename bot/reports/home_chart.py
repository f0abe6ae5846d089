"""The small chart on the App Home (and the Teams home card): open and overdue actions by agency, for the business
manager and the chair; a member sees their own agency's line. ``key`` changes only when the figures do, so a front
end draws and uploads the image again only then."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from bot.directory import MANAGERS, Person
from bot.reports.engagement import sort_key
from store.models import Action, Agency, Assignment, AssignmentStatus, Board, Member


@dataclass(frozen=True, slots=True)
class HomeChart:
    board: str
    scope: str  # "board" (every agency) or the member's agency
    rows: tuple[tuple[str, int, int], ...]  # (agency, open, overdue), in the board's agency order
    day: dt.date

    @property
    def key(self) -> str:
        """Identifies the figures (not the day): the same figures draw the same image."""
        text = repr((self.board, self.scope, self.rows))
        return hashlib.sha256(text.encode()).hexdigest()[:24]

    @property
    def alt_text(self) -> str:
        """The chart in words, for screen readers and where images are off."""
        if not self.rows:
            return "No open actions."
        parts = [f"{agency}: {open_} open, {overdue} overdue" for agency, open_, overdue in self.rows]
        return "Open and overdue actions by agency. " + "; ".join(parts) + "."


def home_chart(session: Session, board_id: int, member: Person, today: dt.date) -> HomeChart | None:
    """The figures for a member's home: every agency for the managers, their own agency for a member (None when
    they have no agency). One query."""
    manager = member.role in MANAGERS
    if not manager and member.agency_id is None:
        return None
    agency_id = func.coalesce(Assignment.agency_id, Member.agency_id)
    late = case((Action.due < today, Action.id), else_=None)
    query = (
        select(Agency.name, Agency.sector, func.count(func.distinct(Action.id)), func.count(func.distinct(late)))
        .select_from(Assignment)
        .join(Action, Action.id == Assignment.action_id)
        .outerjoin(Member, Member.id == Assignment.member_id)
        .join(Agency, Agency.id == agency_id)
        .where(Action.board_id == board_id, Assignment.status == AssignmentStatus.OPEN)
        .group_by(Agency.name, Agency.sector)
    )
    if not manager:
        query = query.where(agency_id == member.agency_id)
    found = sorted(session.execute(query).all(), key=lambda row: sort_key(row[0], row[1].value))  # as every chart
    board = session.scalar(select(Board.name).where(Board.id == board_id)) or ""
    rows = tuple((name, int(open_), int(overdue)) for name, _sector, open_, overdue in found)
    return HomeChart(board, "board" if manager else (member.agency or ""), rows, today)


def home_chart_png(chart: HomeChart, *, compact: bool = False) -> bytes:
    """The chart as a PNG (drawn by the engagement report's renderer, in the same colours and agency order);
    ``compact``: reduced to a small palette, for a card that carries the image inline (Teams)."""
    from bot.reports.engagement_model import AgencyActions, Captions, Engagement
    from bot.reports.engagement_render import agency_chart_png

    rows = tuple(AgencyActions(agency, 0, 0, open_ - overdue, overdue, None) for agency, open_, overdue in chart.rows)
    figures = Engagement(chart.board, chart.day, chart.day, (), tuple(r.agency for r in rows), (), rows, (), (),
                         Captions("", chart.alt_text, "", ""))  # fmt: skip
    png = agency_chart_png(figures, None if chart.scope == "board" else chart.scope)
    return _compact(png) if compact else png


def _compact(png: bytes) -> bytes:
    """The same picture with at most 32 colours (a chart has a handful, plus anti-aliasing): a third of the bytes."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=32).save(out, format="PNG", optimize=True)
    return out.getvalue()
