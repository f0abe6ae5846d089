"""News of an action the message opens with: "Regarding A-57, the data request has gone to the panels and we expect
returns in August", "With regard to action 47, the pathway has been shared … I will report the uptake figures at the
September board". What follows such an opening is how the action stands, so a promise in it ("I will report …") is
not a new action of the writer's and a step taken ("has gone to the panels") is not the action done when more is
still to come.
"""

from __future__ import annotations

import re

from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.patterns import guarded
from bot.understanding.record_requests import RECORD_ASKED

__all__ = ["as_news_of_action"]

# The message opens by naming the action it is about: "Regarding A-57,", "with regard to action A-47,", "Re A-3 -",
# "From Viv on A-4:", "just to update on A-30:".
_ABOUT_ACTION = guarded(
    # "just to update on A-30:", "just to give you a quick update on A-30 -"
    r"^\W*(?:(?:hi|hello|dear|morning)\s+(?-i:[A-Z])\w*\W+)?(?:just\s+)?(?:to\s+)?(?:(?:give\s+(?:you\s+)?|by\s+way\s+of\s+)?"
    r"(?:an?\s+)?(?:quick\s+|short\s+|brief\s+)?(?:update|progress(?:\s+note)?|news|note)(?:\s+(?:you|everyone|all))?\s+"
    r"(?:on|for|re|about)|(?:let\s+you\s+know|fyi|flag)\s+(?:re|about|on|regarding)|"  # "just to let you know re A-8 –"
    r"regarding|with\s+regard(?:s)?\s+to|in\s+relation\s+to|further\s+to|re:?|as\s+for|about|"
    # "From Viv on A-4:", "update from Merlin re A-8 -", "for Karen P on a-50:": passed on from or for them
    r"(?:(?:update|news|upd)\s+)?(?:from|for)\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:on|re|about))\s+"
    r"(?:(?:our|my|the)\s+)?(?:action\s+)?(?:no\.?\s*)?A-\d{1,4}\b\s*[,:;–—-]?\s*",
    re.I,
)
# More is still to come: the step told of is not the end of the action.
_STILL_TO_COME = guarded(
    r"\b(?:expect(?:ing|ed)?|await(?:ing)?|waiting|once|next\s+step|still\s+(?:to|need|have|waiting)|yet\s+to|pending|"
    r"in\s+due\s+course|due\s+back|will\s+(?:then|now|report|update|follow|chase|send|share|feed\s*back|bring|"
    r"circulate|let)|I['’]ll\s+(?:report|update|follow|chase|send|share|feed\s*back|bring|circulate|let)|"
    r"follow(?:ing)?\s+up|to\s+follow)\b",
    re.I,
)


_SENTENCE_END = guarded(r"[.!?]\s+|\n+")


def as_news_of_action(found: Interpretation, message: str) -> Interpretation:
    """``found`` as an update of the action the message opens with, when it read a promise in that news as a new
    action or a step in it as the action done; else ``found`` unchanged."""
    if len(found.refs) != 1:
        return found
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(message))]  # "Dear Martine, … In relation to action 30, …"
    opening, start = next(((o, i) for i in starts if (o := _ABOUT_ACTION.match(message[i:]))), (None, 0))
    if opening is None:
        return found
    news = message[start + opening.end() :].strip()
    if start and found.task and found.task.lower()[:25] not in news.lower():
        return found  # "I'll send the figures by Friday. Regarding A-30, …": the promise is said before the news
    if not news:
        return found
    promised = found.intent is Intent.RECORD_ACTION and not RECORD_ASKED.search(message)
    step_told = found.intent is Intent.COMPLETE_ACTION and found.task is not None and _STILL_TO_COME.search(news)
    if not (promised or step_told):
        return found
    return Interpretation(Intent.ADD_UPDATE, refs=found.refs, note=news, on_behalf_of=found.on_behalf_of)
