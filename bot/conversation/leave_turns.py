"""The leave use case of a ``Turn``: the writer's own leave, or (the business manager and the chair only) the
leave of the members a message names ("fyi roger is away till 29 may")."""

from __future__ import annotations

from bot.conversation.audit_turns import TurnState
from bot.conversation.wording import NOT_UNDERSTOOD, joined
from bot.replies import Reply, format_day
from bot.tracker.leave import set_leave
from bot.understanding.interpretation import Interpretation


class LeaveTurns(TurnState):
    """Mixed into ``Turn``, whose state it reads."""

    def _leave(self, meaning: Interpretation) -> Reply:
        """The writer's leave, or (the business manager and the chair only) the members the message names."""
        away = meaning.away_until
        others = [o for o in meaning.owners if o.id != self.writer.id]
        if away is None or any(o.kind != "member" or o.id is None for o in others):
            return Reply(NOT_UNDERSTOOD, private=True)
        for member_id in [o.id for o in meaning.owners if o.id is not None] or [self.writer.id]:
            set_leave(self.session, self.board_id, member_id, away, by=self.writer)
        back = format_day(away, self.today)
        if not others:
            return Reply(f"Noted: no digests or reminders until you're back after {back}. Enjoy the break.",
                         stored=True)  # fmt: skip
        names = joined([o.name for o in meaning.owners])
        return Reply(f"Noted: no digests or reminders for {names} until back after {back}.", stored=True)
