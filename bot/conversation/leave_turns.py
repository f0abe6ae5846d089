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
        if any(o.kind != "member" or o.id is None for o in others):
            return Reply(NOT_UNDERSTOOD, private=True)
        if away is None:  # "ooo until further notice", "on maternity leave from the end of May": the day is asked
            whose = joined([o.name for o in others]) if others else None
            return Reply(
                f"Until when is {whose} away? Tell me the last day away, for example "
                f'"{whose} is away until 26 June", and I\'ll pause their digests and reminders till then.'
                if whose
                else 'Until when are you away? Tell me your last day away, for example "I\'m away until 26 June", and '
                "I'll pause your digests and reminders till then.",
                private=True,
            )
        for member_id in [o.id for o in meaning.owners if o.id is not None] or [self.writer.id]:
            set_leave(self.session, self.board_id, member_id, away, by=self.writer)
        back = format_day(away, self.today)
        if not others:
            return Reply(f"Noted: no digests or reminders until you're back after {back}. Enjoy the break.",
                         stored=True)  # fmt: skip
        names = joined([o.name for o in meaning.owners])
        return Reply(f"Noted: no digests or reminders for {names} until back after {back}.", stored=True)
