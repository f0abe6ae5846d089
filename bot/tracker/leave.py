"""Members on leave: reading "I'm on leave until 1 June" or a Slack status, and pausing their digests.

``Member.away_until`` is the last day a member is away (inclusive): digests and reminders skip them until
then, and the business manager's digest lists them as away.

- "on leave until 1 June", "away until 12/06", "off until Monday", "OOO till Friday", "on annual leave till
  the end of the month": away until that day (``until`` is read as the last day away).
- "back on 8 June", "returning Tuesday", "back in the office on 8/6": away until the day before.
- No leave wording, or no date: None (not a leave message).
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.directory import Person
from bot.errors import NotAllowed, NotFound
from bot.events import record_event
from bot.understanding.dates import DateMention, find_dates
from bot.understanding.text import normalise
from store.models import Member

__all__ = ["parse_leave", "set_leave", "status_means_leave"]

_LEAVE = (
    r"(?:on\s+(?:(?:annual|maternity|paternity|parental|adoption|study|sick|special)\s+)?leave"
    r"|on\s+(?:holiday|holidays|vacation|sabbatical|secondment)"
    r"|annual\s+leave|a/l|away|off(?:\s+work|\s+sick)?|out\s+of\s+(?:the\s+)?office|ooo|ooto)"
)
_UNTIL = r"(?:until|till|til|'til|through|thru)"
# "on leave until 1 June", "off till Monday", "away from today until 12/06": the date after until/till.
_UNTIL_CUE = re.compile(rf"\b{_LEAVE}\b(?:(?!\b{_UNTIL}\b).){{0,60}}?\b{_UNTIL}\b", re.IGNORECASE)
# "back on 8 June", "I'm back Monday", "returning Tuesday", "back in the office on 8/6", "return to work on 1/7".
_BACK_CUE = re.compile(
    r"(?:^\s*|\b(?:i['’]?m|i\s+am|i['’]?ll\s+be|i\s+will\s+be|will\s+be|be|am|and|but)\s+|[,;–-]\s*)back\b"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:office|work))?"
    r"|\b(?:returning|i\s+return|return(?:ing)?\s+to\s+work)\b",
    re.IGNORECASE,
)

# Slack statuses that mean leave: the default "Vacationing" and "Out sick", and how people write their own.
_LEAVE_EMOJI = frozenset(
    {":palm_tree:", ":desert_island:", ":beach_with_umbrella:", ":face_with_thermometer:", ":sick:"}
)
_LEAVE_STATUS = re.compile(
    r"\b(?:(?:annual|maternity|paternity|parental|adoption|sick|study)\s+leave|on\s+leave|leave|holiday|holidays"
    r"|vacation|vacationing|ooo|ooto|out\s+of\s+(?:the\s+)?office|off\s+sick|out\s+sick|off\s+work|a/l"
    r"|away(?!\s+from\s+(?:my\s+|the\s+)?(?:desk|keyboard|computer))"
    r"|sabbatical|off\s+until|off\s+till|off\s+today)\b",
    re.IGNORECASE,
)
# A status ending before this time of day means the member is back that day (cleared for the working day).
BACK_BY = dt.time(12, 0)


def parse_leave(text: str, now: dt.datetime) -> dt.date | None:
    """The last day a member is away, from what they wrote; None when the text is not about leave with a date."""
    if not text or len(text) > 500:
        return None
    text = normalise(text)
    until = _UNTIL_CUE.search(text)
    back = _BACK_CUE.search(text)
    if until is None and back is None:
        return None
    mentions = find_dates(text, now)
    if until is not None:
        day = _date_after(mentions, until.end())
        if day is not None:
            return day
    if back is not None:
        day = _date_after(mentions, back.end())
        if day is not None:
            return day - dt.timedelta(days=1)
    return None


def _date_after(mentions: list[DateMention], position: int) -> dt.date | None:
    """The first date mentioned at or just after ``position`` (the words "until"/"back" themselves are cues)."""
    for mention in mentions:
        start, end = mention.span
        if mention.date is not None and end > position and start >= position - 12:
            return mention.date
    return None


def status_means_leave(
    status_text: str,
    status_emoji: str,
    expiration: int | None,
    today: dt.date,
    *,
    time_zone: str = "Europe/London",
) -> dt.date | None:
    """The last day of leave a Slack profile status shows, or None when the status is not leave.

    ``expiration`` is Slack's ``status_expiration`` (unix seconds; 0 or None: never clears). A status that
    clears before midday is taken to mean "back that day". Without an expiration, a date in the status text
    ("On leave until 12 June") is used, else the leave is taken to cover today only (checked again tomorrow).
    """
    text = (status_text or "").strip()
    emoji = (status_emoji or "").strip().lower()
    if not (emoji in _LEAVE_EMOJI or _LEAVE_STATUS.search(text)):
        return None
    if expiration:
        ends = dt.datetime.fromtimestamp(expiration, dt.UTC).astimezone(ZoneInfo(time_zone)).replace(tzinfo=None)
        last = ends.date() if ends.time() >= BACK_BY else ends.date() - dt.timedelta(days=1)
        return last if last >= today else None
    written = parse_leave(text, dt.datetime.combine(today, dt.time(9)))
    if written is not None and written >= today:
        return written
    return today


def set_leave(
    session: Session,
    board_id: int,
    member_id: int,
    until: dt.date | None,
    *,
    by: Person,
    via: str | None = None,
) -> None:
    """Record that a member is away until a day (inclusive), or back (None); members set their own leave,
    the business manager and the chair anyone's. ``via`` says where it came from ("Slack status")."""
    if not by.may_act_for(member_id):
        raise NotAllowed("Members set their own leave; the business manager or the chair can set it for others.")
    member = session.get(Member, member_id)
    if member is None or member.board_id != board_id:
        raise NotFound("That member is not on this board.")
    if member.away_until == until:
        return
    old = {"away_until": member.away_until.isoformat() if member.away_until else None}
    member.away_until = until
    session.flush()
    new: dict[str, str | None] = {"away_until": until.isoformat() if until else None}
    if via:
        new["via"] = via
    record_event(session, board_id, "member", member_id, "leave" if until else "back", actor_id=by.id,
                 actor=by.name, old=old, new=new)  # fmt: skip
