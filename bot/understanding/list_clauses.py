"""A bulleted or numbered list in a message, read as clauses: "pls add -\n* the task\n* annette + helen"."""

from __future__ import annotations

from bot.understanding.patterns import guarded

__all__ = ["as_clauses"]

_ITEM = r"(?:[*•·▪◦‣-]|\d{1,2}[.)])"  # "- ", "* ", "1. ", "2) "
_BULLET = guarded(rf"\s*\n\s*{_ITEM}\s+")
# The last item of a list, then a line of its own: "- Annette Callear (Early Years)\nNo deputies I'm afraid"
_LIST_ENDS = guarded(rf"(\n[ \t]*{_ITEM}[ \t]+[^\n]*?)[ \t]*\n(?![ \t]*{_ITEM}\s|\s*$)")


def as_clauses(text: str) -> str:
    """The list as clauses, one an item, and the line after the list one of its own."""
    return _BULLET.sub("; ", _LIST_ENDS.sub(r"\1; ", text)) if "\n" in text else text
