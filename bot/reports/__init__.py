"""What the record shows people: the tracker report for the meeting pack (``tracker``), the audit returns report
(``audits``), the content of the daily digests (``digest``) and of a member's home page (``home``).

May use: ``bot.minutes``, ``bot.tracker``, ``bot.understanding`` and the kernel; renders no chat markup (front ends
do).
"""
