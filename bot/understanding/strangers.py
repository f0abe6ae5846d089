"""A body not on the roster named first, before the work: "barnardos to send …", "Safe and Sound to send …". Asked
about by name (an unknown owner), never read as nobody's and never as a member."""

from __future__ import annotations

from bot.understanding.name_words import NAME_WORD, OPENING_WORDS, is_everyday_word
from bot.understanding.names import is_first_name

__all__ = ["stranger_body"]

_JOINING = frozenset({"and", "&", "of", "the", "for"})
_NOT_A_NAME_ENDING = ("tion", "ment", "ness", "ful", "ous", "able", "ible")


def stranger_body(subject: str, work: str) -> bool:
    """Whether the words before "to <work>" at a message's start name a body not on the roster: one lowercase word
    that is no everyday word nor a first name, before work written out ("barnardos to send their screening tool …";
    "dave to send …" is a person, read as one; "mars to do it" is no body), or
    capitalised words joined by "and" none of which is an everyday word ("Safe and Sound to …"; never "Fire and
    Housing", two agencies a board without a roster does not know yet)."""
    words = subject.split()
    if len(words) == 1:
        word = words[0]
        everyday = word in OPENING_WORDS or is_everyday_word(word) or word.endswith(_NOT_A_NAME_ENDING)
        written_out = len(work.split()) >= 3
        return (
            word.isalpha()
            and word.islower()
            and len(word) >= 4
            and not everyday
            and not is_first_name(word)
            and written_out
        )
    joined = any(w.lower() in ("and", "&") for w in words[1:-1])
    parts = [w for w in words if w.lower() not in _JOINING]
    named = NAME_WORD.match(words[0]) is not None and all(NAME_WORD.match(w) for w in parts)
    plain = not any(is_everyday_word(w) or is_first_name(w) for w in parts)
    return 3 <= len(words) <= 5 and joined and named and plain
