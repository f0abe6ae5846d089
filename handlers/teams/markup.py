"""Teams text safety: a card's text is Markdown to Teams, so user text is escaped before it reaches a card (a typed
"[click](https://…)" or "**urgent**" shows as written), and a plain message is sent as plain text."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]~])")  # emphasis, code and links (a link needs its brackets)
_LINE_MARKER = re.compile(r"^(\s*)([-+]|\d+\.)(?=\s)", re.M)  # a list, only at a line's start
TEXT_LIMIT = 2000  # characters of one card text block: listings stay readable, a pasted essay is cut


def escape(text: str) -> str:
    """Backslash-escape what Teams' card Markdown would interpret (emphasis, code, links, list markers), so user
    text is shown and never interpreted; other characters ("A-14", "30.06") are left as typed."""
    escaped = _SPECIAL.sub(r"\\\1", text.replace("\r\n", "\n").replace("\r", "\n"))  # a lone CR breaks lines
    return _LINE_MARKER.sub(lambda m: m[1] + "".join("\\" + c if not c.isdigit() else c for c in m[2]), escaped)


def clip(text: str, limit: int = TEXT_LIMIT) -> str:
    """Shorten to ``limit`` characters with an ellipsis, never cutting an escape in two."""
    if len(text) <= limit:
        return text
    if limit < 1:
        return ""
    cut = text[: limit - 1]
    if (len(cut) - len(cut.rstrip("\\"))) % 2:  # an escape's backslash without its character
        cut = cut[:-1]
    return cut + "…"
