"""Spotting an action typed twice: an open action of the same owner whose text is nearly the same."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from bot.replies import ActionView
from bot.tracker.actions_read import action_view
from bot.understanding.interpretation import Owner
from bot.understanding.text import fold
from store.models import Action, Assignment, AssignmentStatus

SAME_TEXT = 85  # rapidfuzz token_sort_ratio of the folded texts: word order and case do not matter
_MOST = 3


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def similar_open_actions(
    session: Session, board_id: int, task: str, owners: Sequence[Owner], today: dt.date
) -> list[ActionView]:
    """Open actions that share an owner with ``owners`` and read nearly as ``task`` does, closest first."""
    wanted = fold(task)
    shares = [
        *(Assignment.member_id == o.id for o in owners if o.kind == "member" and o.id is not None),
        *(
            and_(Assignment.agency_id == o.id, _same_department(o.department))
            for o in owners
            if o.kind == "agency" and o.id is not None
        ),
        *(Assignment.group_id == o.id for o in owners if o.kind == "group" and o.id is not None),
        *(func.lower(Assignment.external_name) == o.name.lower() for o in owners if o.kind == "unknown"),
    ]
    if not wanted or not shares:
        return []
    ids = (
        select(Assignment.action_id)
        .join(Action, Action.id == Assignment.action_id)
        .where(Action.board_id == board_id, Assignment.status == AssignmentStatus.OPEN, or_(*shares))
        .distinct()
    )
    scored = []
    numbers = _numbers(wanted)
    for action in session.scalars(select(Action).where(Action.id.in_(ids))):
        text = fold(action.text)
        if _numbers(text) != numbers:
            continue  # "check item 3" and "check item 4" are two actions
        score = fuzz.token_sort_ratio(wanted, text)
        if score >= SAME_TEXT:
            scored.append((score, action))
    scored.sort(key=lambda item: (-item[0], item[1].number))
    return [action_view(action, today) for _, action in scored[:_MOST]]


def _same_department(department: str | None) -> ColumnElement[bool]:
    """The share is the whole agency's, or the same department's, as the owner is."""
    return Assignment.department.is_(None) if department is None else Assignment.department == department
