"""Minutes: reading a board's minutes (text, Markdown, HTML, Word) into meetings, attendance and actions
(``reader``, which composes ``files``, ``lines``, ``meeting``, ``attendance``, ``actions`` and ``results``), and
importing what was read into the record (``importer``).

May use: ``bot.tracker``, ``bot.understanding`` and the kernel.
"""
