"""A chat loop on stdin/stdout that talks to the same Assistant as Slack does.

It works piped: it reads lines to the end of input, answers each, and exits 0. When the assistant asks a
question with options, the next line may answer it with the option's number, its name or a clear part of it
(the assistant keeps the question, as it does for every front end).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TextIO

from bot.conversation.assistant import Assistant
from bot.directory import Person
from bot.replies import Reply


def render(reply: Reply, today: dt.date) -> str:
    """Plain-text rendering of a reply for a terminal."""
    lines = [reply.text]
    for action in () if reply.stored else reply.actions:
        owners = ", ".join(action.owners)
        flag = " — OVERDUE" if action.overdue else ""
        progress = f" ({action.progress})" if action.progress else ""
        lines.append(f"  {action.ref}  {action.text} — {owners}, {action.due_words(today)}{flag}{progress}")
    for number, option in enumerate(reply.options, start=1):
        lines.append(f"  {number}. {option.label}")
    return "\n".join(lines)


def run_console(
    assistant: Assistant,
    writer: Person,
    clock: Callable[[], dt.datetime],
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    """Answer each line of input until it ends; returns the exit status."""
    interactive = stdin.isatty()
    if interactive:
        print(f"Board assistant — you are {writer.name}. Type 'help', or Ctrl-D to leave.", file=stdout)
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            return 0
        text = line.strip()
        if not text:
            continue
        now = clock()
        reply = assistant.reply(writer, text, now)
        print(render(reply, now.date()), file=stdout, flush=True)
