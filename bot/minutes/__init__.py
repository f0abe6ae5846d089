"""Minutes: reading a board's minutes (text, Markdown, HTML, Word) into meetings, attendance and actions
(``reader``), and importing what was read into the record (``importer``).

May use: ``bot.tracker``, ``bot.understanding`` and the kernel.
"""
