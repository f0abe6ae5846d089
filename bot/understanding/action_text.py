"""The text of an action: where an owner phrase may start in a message, and the task cleaned of its due wording,
politeness and a trailing request to record it. Used by the action rules."""

from __future__ import annotations

import re

from bot.understanding import action_requests as asks

__all__ = ["clean_task", "segment_starts"]


def segment_starts(text: str) -> list[tuple[int, bool]]:
    """Where an owner phrase may begin, and whether only the board's own names count there: the start, after a
    topic ("Page 9 of the constitution: ..."), or after a comma ("Following the March board, Merlin to ...")."""
    starts = [(0, False)]
    starts.extend((m.end(), m[0][0] == ",") for m in re.finditer(r"[:;]\s+|\s[–—-]\s+|[.!]\s+(?=[A-Z])|,\s+", text))
    return starts


def clean_task(task: str, due_wording: str | None) -> str:
    """The action text without the due wording, politeness and trailing punctuation, capitalised."""
    if due_wording:
        task = task.replace(due_wording, " ")
    task = asks.RECORD_TAIL.sub("", task)
    task = re.sub(r"\b(?:please|pls|thanks|thank you)\b[.!]?", " ", task, flags=re.I)
    task = re.sub(r"\s+", " ", task).strip(" ,;:–—-")
    task = re.sub(r"\s+(?:by|before|due|for|no later than|within)$", "", task, flags=re.I).strip(" ,;:–—-.")
    task = re.sub(r"[\s,]+(?:ok|okay|yeah)\s*\?*$", "", task, flags=re.I)
    return task[:1].upper() + task[1:] if task else task
