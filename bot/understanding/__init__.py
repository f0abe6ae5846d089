"""Understanding one message: what it asks (intents), who it names (people, agencies, groups), when (dates), audit
wording, leave wording, and the privacy guard that refuses text identifying a child.

Owns: ``interpret`` (a message to an ``Interpretation``), ``dates``, ``names`` and ``owners`` (matching the
roster), ``meeting_words``, ``audit_reading``, ``agencies`` (agency names), ``text`` (normalising what people
type), ``privacy`` and ``snapshot`` (the roster and its name index, ready to read a message).
May use: the kernel (``bot.errors``, ``bot.directory``, ``bot.events``, ``bot.replies``, ``bot.runtime``); reads
nothing from the database itself except through ``bot.directory``.
"""
