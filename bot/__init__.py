"""The board assistant's core: understanding messages, the board's record, minutes, reports and the conversation.

Importing it installs the stored-text backstop (``bot.tracker.stored_text``): every text any session stores is
cleaned of control characters and checked by the privacy guard.
"""

from bot.tracker import stored_text

stored_text.install()
