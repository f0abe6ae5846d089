"""Reading a chat status as leave: "On holiday", ":palm_tree:", "Out sick" (recording it is ``bot.tracker.leave``)."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from bot.understanding.leave import parse_leave
from bot.understanding.patterns import guarded

__all__ = ["BACK_BY", "status_means_leave"]

# Slack statuses that mean leave: the default "Vacationing" and "Out sick", and how people write their own.
_LEAVE_EMOJI = frozenset(
    {":palm_tree:", ":desert_island:", ":beach_with_umbrella:", ":face_with_thermometer:", ":sick:"}
)
_LEAVE_STATUS = guarded(
    r"\b(?:(?:annual|maternity|paternity|parental|adoption|sick|study)\s+leave|on\s+leave|leave|holiday|holidays"
    r"|vacation|vacationing|ooo|ooto|out\s+of\s+(?:the\s+)?office|off\s+sick|out\s+sick|off\s+work|a/l"
    r"|away(?!\s+from\s+(?:my\s+|the\s+)?(?:desk|keyboard|computer))"
    r"|sabbatical|off\s+until|off\s+till|off\s+today)\b",
    re.IGNORECASE,
)
# A status ending before this time of day means the member is back that day (cleared for the working day).
BACK_BY = dt.time(12, 0)


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
