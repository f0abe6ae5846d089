"""Actions typed as note fragments: "yos + housing joint panel tor. me n jo. 3 wks", "new one. housing - homeless
protocol review. end of july". The pieces are the task, the owners and the due date, each its own sentence."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["OWNERS_LEAD", "dash_pieces", "fragment_pieces"]

# "new one.", "another one:", "new action -": a marker that a new action follows.
_NEW_MARKER = guarded(r"^(?:(?:a|another|new|one more)\s+)+(?:one|action|item)\s*[.:;!–—-]+\s*", re.I)
_PIECE = guarded(r"\s*[.;]\s+|\s*\n\s*")
_DUE_LEAD = guarded(r"^(?:by|due|before|within|in|for|deadline|target(?: date)?)\s*:?\s*|[\s!]+$", re.I)
_MAX_PIECES = 4
# "GP leads audit - me, end of Aug", "Action Zala Ibrahim - options paper, in 2 wks": a note split by dashes.
_DASH = guarded(r"\s+[–—-]+\s+")
_CLAUSE = guarded(r"\s*[–—-]+\s+|,\s+|[.;]\s+")
_ACTION_WORD = guarded(r"^(?:(?:new|another)\s+)?action\s+(?=[A-Z])", re.I)
# "log pls - ...", "new one - ...", "add: ...": a request to record what follows, not one of its pieces.
_RECORD_MARKER = guarded(
    r"^(?:(?:pls|please)\s+)?(?:log|record|note|add|(?:a\s+)?(?:new|another)\s+(?:one|action))"
    r"(?:\s+(?:this|that|it|one|an?\s+action|action|pls|please))*\s*[:–—-]+\s+",
    re.I,
)
_CUE_BEFORE = guarded(r"\b(?:by|before|due|for|within|in|deadline|target)\s*:?\s*$", re.I)


def fragment_pieces(text: str, due_wording: str) -> list[str] | None:
    """The pieces other than the due date, when the message is short fragments one of which is only the due
    date, and either several pieces are left or a new-action marker opened the message; otherwise None."""
    marked = _NEW_MARKER.match(text)
    body = text[marked.end() :] if marked else text
    pieces = [p for p in (x.strip(" .!") for x in _PIECE.split(body)) if p]
    if not 2 <= len(pieces) <= _MAX_PIECES or any(len(p) > 100 for p in pieces):
        return None
    wording = _DUE_LEAD.sub("", due_wording.lower().strip(" ."))
    due = [p for p in pieces if _DUE_LEAD.sub("", p.lower()) == wording]
    if len(due) != 1:
        return None
    rest = [p for p in pieces if p is not due[0]]
    return rest if len(rest) > 1 or marked else None


def dash_pieces(text: str, due_wording: str) -> list[str] | None:
    """The pieces of a short note split by dashes once its due date is taken out ("GP leads audit - me, end of
    Aug": "GP leads audit", "me"), or None when it holds no " - " or is not 2 to 4 short pieces."""
    if not (_DASH.search(text) or _RECORD_MARKER.match(text)) or due_wording not in text:
        return None
    start = text.index(due_wording)
    before = _CUE_BEFORE.sub("", text[:start])
    body = _ACTION_WORD.sub("", before + " " + text[start + len(due_wording) :])
    body = _RECORD_MARKER.sub("", body, count=1)
    pieces = [p for p in (x.strip(" .!?,") for x in _CLAUSE.split(body)) if p]
    if not 2 <= len(pieces) <= _MAX_PIECES or any(len(p) > 100 for p in pieces):
        return None
    return pieces


# "new action me + Sally, CSE profile refresh, w/c 8 June", "action CDOP: update the leaflet, end of july", "action -
# Nicola and Annette, joint briefing, asap", "add: Anne Harris & Jassi - transitions protocol": a marker, the
# owners, then the task after a comma, colon or dash.
OWNERS_LEAD = guarded(
    r"^(?:(?:(?:new|another|one more)\s+)?action\s*[:–—-]?|(?:new|another|one more)\s+one\s*[:–—-]?|"
    r"(?:(?:pls|please)\s+)?(?:add|log|record)\s*[:–—-])\s*(?P<who>[^:;,–—.?!]{1,60}?)\s*(?:[:;,–—]|\s-+)\s+"
    r"(?P<task>.+)$",
    re.I,
)
