"""Actions noted in pieces rather than sentences: "yos + housing panel tor. me n jo. 3 wks", "GP leads audit - me, end
of Aug", "Action Jo Forbes - options paper, in 2 wks": the one piece that is only owners, and the rest the work."""

from __future__ import annotations

import re
from functools import cached_property

from bot.understanding import action_requests as asks
from bot.understanding.interpretation import Interpretation
from bot.understanding.note_actions import _NoteActions
from bot.understanding.note_fragments import dash_pieces, fragment_pieces
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded
from bot.understanding.role_named import UNLISTED_POST

__all__ = ["DASHED", "_FragmentActions"]

_LEAVE_ONLY = guarded(
    r"^\W*(?:annual\s+|sick\s+|study\s+|maternity\s+|mat\s+)?(?:leave|a/l|al|hols?|holiday|off|away|ooo|absent)[\W\d]*$",
    re.I,
)
DASHED = guarded(r"^(?P<who>[^–—:-]{1,80}?)\s*[–—:-]\s+(?P<task>.+)$")


class _FragmentActions(_NoteActions):
    """Mixed into the action rules: notes typed in pieces."""

    @cached_property
    def _whole_owner_and_task(self) -> tuple[Resolution, str] | None:
        """The owners and task the whole message writes (the action rules read it)."""
        raise NotImplementedError

    def _fragment_action(self) -> Interpretation | None:
        """Notes typed in pieces: "yos + housing panel tor. me n jo. 3 wks", "new one. housing - X. end of july"."""
        pieces = None if self._deadline is None or self.question else fragment_pieces(self.text, self._deadline.wording)
        if pieces is None:
            return None
        for index, piece in enumerate(pieces):
            owners = self.owners.phrase(piece, allow_unknown=False, subject=True)
            if owners and len(pieces) > 1:
                return self._action(owners, ". ".join(pieces[:index] + pieces[index + 1 :]))
        dashed = DASHED.match(pieces[0]) if len(pieces) == 1 else None
        owners = self.owners.phrase(dashed["who"], allow_unknown=False) if dashed else None
        return self._action(owners, dashed["task"]) if dashed and owners else None

    def _dashed_note(self) -> Interpretation | None:
        """ "GP leads audit - me, end of Aug", "Action Jo Forbes - options paper, in 2 wks": one piece only owners."""
        pieces = dash_pieces(self.text, self._deadline.wording) if self._deadline is not None else None
        if pieces is None or any(asks.SPOKEN_TO.match(p) or asks.SOCIAL.search(p) or "?" in p for p in pieces):
            return None
        found = [(i, self.owners.phrase(p, allow_unknown=False, subject=True)) for i, p in enumerate(pieces)]
        named = [(i, owners) for i, owners in found if owners]
        if len(named) != 1:
            return None
        index, owners = named[0]
        writer_id = self.writer.id if self.writer else None
        if index == len(pieces) - 1 and asks.signed_by_writer(self.text, pieces[index], owners.owners, writer_id):
            return None  # "reminder that S11 returns are due by 30 June - Martine", written by Martine: signed
        whole = self._whole_owner_and_task  # "Julie, Richard and me to look at … - by 19th june": all three
        if whole is not None and set(owners.owners) < set(whole[0].owners):
            return None
        known = whole is not None and whole[0].owners and all(o.kind == "member" for o in whole[0].owners)
        if known and whole is not None and not set(owners.owners) & set(whole[0].owners):
            return None  # "Pam, Mayada and I discussed it. Mayada is going to pull …": Mayada's, as said
        rest = ", ".join(pieces[:index] + pieces[index + 1 :])
        if _LEAVE_ONLY.match(rest):
            return None  # "Leave - Jo until 5 June": someone's leave, never an action "Leave"
        members = self._owner_and_task(rest) if all(o.kind != "member" for o in owners.owners) else None
        kinds = ("member", "unknown") if UNLISTED_POST.match(pieces[index]) else ("member",)  # "… named nurse, Dawn"
        if members and members[0].owners and all(o.kind in kinds for o in members[0].owners):
            return self._action(*members)  # "VCSG - jo and mike g to do ...": the group is where it came from
        return self._action(owners, rest)
