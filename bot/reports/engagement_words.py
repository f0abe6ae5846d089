"""The engagement report's captions: one plain sentence under each chart, naming the best and the least engaged
agency with exact counts ("West Midlands Police attended 2 of 2 meetings; Probation – CRC sent apologies to 1 of 2
meetings and was absent from 1."), or saying that the period has nothing to show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.reports.engagement_model import AgencyActions, AgencyAttendance, AuditProgress, Captions, TrendPoint
from store.models import AuditType

_MOST_AWAITED = 3  # a cycle's outstanding agencies are named when there are this many or fewer


def captions(
    start: dt.date,
    end: dt.date,
    today: dt.date,
    meetings: Sequence[dt.date],
    unrecorded: Sequence[dt.date],
    attendance: Sequence[AgencyAttendance],
    actions: Sequence[AgencyActions],
    audits: Sequence[AuditProgress],
    trend: Sequence[TrendPoint],
) -> Captions:
    """The four captions: open actions and audit returns as they stand today, or as they stood at the period's end
    when it ended before today; ``unrecorded`` are the held meetings with no attendance on record."""
    period = f"between {day(start)} and {day(end)}"
    return Captions(
        attendance=_attendance(period, meetings, unrecorded, attendance),
        actions=_actions(period, end if end < today else None, actions),
        audits=_audits(period, end if end < today else None, audits),
        trend=_trend(period, trend),
    )


def day(value: dt.date) -> str:
    """'13 March 2015'."""
    return f"{value.day} {value:%B %Y}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _and(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


# Attendance -------------------------------------------------------------------------------------------------------
def _attendance(
    period: str, meetings: Sequence[dt.date], unrecorded: Sequence[dt.date], rows: Sequence[AgencyAttendance]
) -> str:
    if not meetings:
        return f"No board meetings were held {period}."
    counted = [row for row in rows if row.meetings]
    if not counted:
        return f"No attendance was recorded for the {_plural(len(meetings), 'board meeting')} held {period}."
    order = {row.agency: index for index, row in enumerate(counted)}

    def engaged(row: AgencyAttendance) -> tuple[float, float]:  # there in person or by a named representative
        return (row.attended + row.represented) / row.meetings, row.attended / row.meetings

    best = max(counted, key=lambda r: (*engaged(r), -order[r.agency]))
    least = min(counted, key=lambda r: (*engaged(r), -r.absent / r.meetings, -r.apologies - r.absent, order[r.agency]))
    said = [_showing(best)] + ([_showing(least)] if least is not best else [])
    if unrecorded:
        said.append(f"no attendance was recorded for {_and([day(d) for d in unrecorded])}")
    return "; ".join(said) + "."


def _showing(row: AgencyAttendance) -> str:
    """'National Probation Service attended 1 of 3 meetings, was represented at 1 and sent apologies to 1'."""
    parts = [(row.attended, "attended"), (row.represented, "was represented at"), (row.apologies, "sent apologies to"),
             (row.absent, "was absent from")]  # fmt: skip
    said = [f"{verb} {count}" for count, verb in parts if count]
    said[0] += f" of {_plural(row.meetings, 'meeting')}"
    return f"{row.agency} {_and(said)}"


# Actions ----------------------------------------------------------------------------------------------------------
def _actions(period: str, ended: dt.date | None, rows: Sequence[AgencyActions]) -> str:
    counted = [row for row in rows if row.total]
    if not counted:
        return f"No actions were open or completed {period}."
    order = {row.agency: index for index, row in enumerate(counted)}
    when = f" on {day(ended)}" if ended else ""
    late = max(counted, key=lambda r: (r.overdue, r.overdue / r.total, -order[r.agency]))
    if late.overdue:
        verb = "is" if late.overdue == 1 else "are"
        if when:
            verb = "was" if late.overdue == 1 else "were"
        said = [f"{late.overdue} of {late.total} {late.agency} actions {verb} overdue{when}"]
        behind = sum(row.overdue > 0 for row in counted)
        if behind > 1:
            said[0] += f" ({behind} agencies {'had' if when else 'have'} an overdue action)"
    else:
        said = [f"no agency had an action overdue{when}" if when else "no agency has an action overdue"]
    finished = [row for row in counted if row.on_time + row.late]
    if finished:
        best = max(finished, key=lambda r: (r.on_time / (r.on_time + r.late), r.on_time, -order[r.agency]))
        median = f", taking a median of {_plural_days(best.median_days)}" if best.median_days is not None else ""
        said.append(f"{best.agency} completed {best.on_time} of {best.on_time + best.late} on time{median}")
    else:
        said.append(f"no action was completed {period}")
    text = "; ".join(said) + "."
    return text[0].upper() + text[1:]


def _plural_days(days: float) -> str:
    return f"{days:g} day" + ("" if days == 1 else "s")


# Audits -----------------------------------------------------------------------------------------------------------
def _audits(period: str, ended: dt.date | None, audits: Sequence[AuditProgress]) -> str:
    if not audits:
        return f"No audit cycle was open or due {period}."
    said = []
    for audit in audits:
        noun = {AuditType.S11.value: "agencies", AuditType.S175.value: "schools"}.get(audit.type, "returns")
        verb = f"had returned by {day(ended)}" if ended else "have returned"
        share = f" ({round(100 * audit.complete / audit.total)}%)" if audit.total else ""
        text = f"{audit.type} {audit.cycle}: {audit.complete} of {audit.total} {noun} {verb}{share}"
        if audit.due is not None:
            text += f", due {day(audit.due)}"
        awaited = [subject for subject, status in audit.subjects if status not in ("submitted", "complete")]
        if audit.subjects and 0 < len(awaited) <= _MOST_AWAITED:
            text += f"; awaiting {_and(awaited)}"
        said.append(text)
    return "; ".join(said) + "."


# Trend ------------------------------------------------------------------------------------------------------------
def _trend(period: str, trend: Sequence[TrendPoint]) -> str:
    if not trend:
        return f"No board meetings were held {period}, so there is no trend to show."
    first, last = trend[0], trend[-1]
    if len(trend) == 1:
        were = "was" if first.open == 1 else "were"
        return f"On {day(first.day)}, {_plural(first.open, 'action')} {were} open, {first.overdue} of them overdue."
    return (f"Open actions went from {first.open} on {day(first.day)} to {last.open} on {day(last.day)}; "
            f"overdue from {first.overdue} to {last.overdue}.")  # fmt: skip
