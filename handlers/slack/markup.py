"""Slack mrkdwn safety: user text is escaped so "<!channel>" or "<@U123>" typed into an action never pings."""

from __future__ import annotations

SECTION_LIMIT = 3000  # characters in one section's text
BUTTON_VALUE_LIMIT = 2000


def escape(text: str) -> str:
    """Escape the three characters Slack treats as markup: &, < and >."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters with an ellipsis (after escaping, so entities are never cut)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"
