"""Small text helpers shared by the understanding code."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
# A possessive ending ("Sue's", "WMP’s"), cut from a phrase before it is looked up.
POSSESSIVE = re.compile(r"(?:'s|’s)$")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def tidy(text: str) -> str:
    """Straighten quotes and dashes and collapse white space; keeps case and length order of words."""
    return _SPACES.sub(" ", text.translate(_QUOTES)).strip()


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """A comparison key: lower case, no accents, no punctuation but '&', single spaces, 'and' as '&'."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w&]+", " ", text)
    text = re.sub(r"\band\b", "&", text)
    return _SPACES.sub(" ", text).strip()
