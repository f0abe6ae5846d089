"""Leave asked to be noted for someone: "Martine can you log leave for Annette - she's off 8-12 June", "putting Nicki B
down as away til 5 June", "log pam as on leave till the 29th" (Annette's, Nicki's, Pam's), read as the news itself."""

from __future__ import annotations

import re

from bot.understanding.leave import LEAVE_WORDS
from bot.understanding.patterns import guarded

__all__ = ["leave_logged_for"]

# "Martine can you log leave for Annette - she's off 8-12 June": someone's leave, asked to be noted.
_LEAVE_LOGGED = guarded(
    r"^(?:(?-i:[A-Z])[a-z]+\s*,?\s+)?(?:(?:please|pls|(?:can|could)\s+(?:you|u)(?:\s+please)?)\s+)?"
    r"(?:log|note|record|put\s+(?:in|down)|add|enter)\s+(?:the\s+|some\s+)?(?:annual\s+)?(?:leave|a/l|AL|holiday|hols)\s+"
    r"for\s+(?P<who>[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s*[-–—,:;]?\s*"
    r"(?:(?:she|he|they)(?:['’]s|\s+is|\s+are|['’]re|\s+will\s+be)\s+)?(?P<rest>.+)$|"
    # "putting Nicki B down as away til 5 June - DCVS conference then leave"
    r"^(?:(?:please|pls|(?:can|could)\s+(?:you|u))\s+)?(?:putting|put|mark|marking|log|logging|record|recording|note|"
    r"noting|set|setting|show|showing|list|enter)\s+(?P<who2>[A-Za-z][\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|[a-z]\b))?)"
    r"\s+(?:down\s+)?as\s+(?P<rest2>(?:away|off|out|sick|on\s+(?:(?:annual|study|sick|maternity|paternity)\s+)?"
    r"(?:leave|a/l|AL|holiday|hols)|on\s+(?:a\s+)?(?:course|training))\b.+)$",
    re.I,
)


def leave_logged_for(text: str) -> str | None:
    """ "log leave for Annette - she's off 8-12 June" as "Annette is off 8-12 June"; None for anything else."""
    found = _LEAVE_LOGGED.match(text.strip())
    if found is None:
        return None
    rest, who = (found["rest"] or found["rest2"]).strip(), found["who"] or found["who2"]
    return f"{who} is {rest if re.match(rf'(?:{LEAVE_WORDS}|leave)', rest, re.I) else 'off ' + rest}"
