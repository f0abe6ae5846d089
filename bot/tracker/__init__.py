"""The board's record: boards, the roster and who is who, actions and their owners, meetings, apologies and
attendance, audit returns, leave, export and erasure; every change written to the event log.

Owns: ``boards``, ``roster``, ``identity`` (chat accounts linked on verified signals), ``actions``, ``meetings``,
``apologies``, ``attendance``, ``audits``, ``leave``, ``records`` and ``stored_text`` (the backstop that cleans and
privacy-checks every text stored).
May use: ``bot.understanding`` and the kernel.
"""
