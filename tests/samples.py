"""Documents made up for tests and benchmarks (plain functions: no pytest here, so bench/ can import them)."""

from __future__ import annotations

OWNERS = ("Viv Townsend", "all members", "Police", "Sue", "Anne-Marie Carey", "QA & Comms", "Nicky Campbell")
DUES = ("by end June 2015", "asap", "before the next meeting", "within 2 weeks", "", "by 30/06")


def long_minutes(items: int) -> str:
    """Minutes of the board meeting of 15 May 2015 with ``items`` agenda items of one action each, the owners and
    due dates taken in turn from OWNERS and DUES."""
    lines = ["MINUTES", "Date: 15th May 2015", "Time: 9.30 am – 12.30 pm", "", "Attendees\tAgency\tApologies\tAgency"]
    lines += [
        "Roger Clayton\tIndependent Chair\tKate McConnell\tProbation – CRC",
        "",
        "NEXT MEETING",
        "10th July 2015",
        "",
    ]
    for number in range(1, items + 1):
        owner, due = OWNERS[number % len(OWNERS)], DUES[number % len(DUES)]
        lines.append(f"{number}.\t<p><u>Topic {number}</u></p> <p>Discussion of the topic went on at some length.</p>")
        lines.append(f"<p>Report {number}: Action: {owner} to circulate report {number} {due}.</p>")
    return "\n".join(lines)
