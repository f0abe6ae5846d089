"""Reading a long PDF of minutes: `minutes_text` on a 40-page text PDF with tables, as an upload is read.

The document is rendered with the sample renderer (tests/minutes_samples/render.py, fpdf2): a header and a
"Page n of N" footer on every page, a borderless attendance table, then 40 agenda items, each on its own page with
two paragraphs and a ruled minute table of wrapped cells (Item | Discussion | Action | Lead | By when), and an
action log that runs over several pages with its heading row repeated. The figure is the median of RUNS reads
(pdfplumber: tables, text outside them, furniture); parsing the text read is shown for information.
"""

from __future__ import annotations

import io
import statistics
import time
from typing import Any

from bench.report import Result

RUNS = 3
PAGES = 40
TARGET_S = 5.0
GROUP = "minutes pdf"
_DISCUSSION = (
    "The board discussed the report at length. Members noted the increase in referrals and asked how partner "
    "agencies could contribute to the multi-agency audit, and whether the training programme reflected it."
)


def document(pages: int = PAGES) -> dict[str, Any]:
    """A minutes source (the samples' format) of about ``pages`` pages, tables on every page."""
    blocks: list[dict[str, Any]] = [
        {"type": "heading", "text": "Northshire Safeguarding Children Board"},
        {"type": "paragraph", "text": "Minutes of the meeting held on Thursday 12 March 2015, 10:00 – 12:30"},
        {"type": "table", "borders": False, "widths": [30, 70],
         "rows": [["Present", "Agency"]] + [[f"Member {n} Name", f"Agency {n} of Northshire"] for n in range(1, 16)]},
    ]  # fmt: skip
    log = [["No.", "Action", "Lead", "By when"]]
    for item in range(1, pages + 1):
        blocks += [
            {"type": "page_break"},
            {"type": "heading", "text": f"{item}. Agenda item {item}"},
            {"type": "paragraph", "text": f"{_DISCUSSION} {_DISCUSSION}"},
            {"type": "paragraph", "text": _DISCUSSION},
            {"type": "table", "header_rows": 1, "widths": [6, 44, 26, 12, 12],
             "rows": [["Item", "Discussion", "Action", "Lead", "By when"]]
             + [[f"{item}.{n}", _DISCUSSION, f"Circulate report {item}.{n} to all partners\nSee the appendix",
                 "Jane Roe\nPolice", "30 June 2015"] for n in range(1, 4)]},
        ]  # fmt: skip
        log.append([str(item), f"Circulate report {item} to all partners and seek comments", "Jane Roe", "30/06/15"])
    blocks += [{"type": "page_break"}, {"type": "table", "header_rows": 1, "widths": [8, 52, 20, 20], "rows": log}]
    return {"file": "pdf", "header": "OFFICIAL", "footer": "Page {page} of {pages}", "blocks": blocks}


def run() -> list[Result]:
    import pdfplumber

    from bot.directory import Directory
    from bot.minutes.files import minutes_text
    from bot.minutes.reader import parse_minutes
    from bot.understanding.names import NameIndex
    from tests.minutes_samples.render import render

    data, filename = render(document())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = len(pdf.pages)
    timings, text = [], ""
    for _ in range(RUNS):
        start = time.perf_counter()
        text = minutes_text(data, filename)
        timings.append(time.perf_counter() - start)
    names = NameIndex(Directory(board_id=0, board_name="", version=0))
    start = time.perf_counter()
    try:
        parse_minutes(text, names)
        parse_note = "parsed"
    except Exception as error:  # the reader is measured elsewhere; here only how long it takes
        parse_note = f"refused: {type(error).__name__}"
    parsed = time.perf_counter() - start
    value = statistics.median(timings)
    note = f"{pages} pages, {len(data) / 1000:.0f} kB, {text.count(chr(9))} cells; median of {RUNS}"
    return [
        Result(GROUP, f"read a {pages}-page text PDF with tables (minutes_text)", value, "s", TARGET_S, note),
        Result(GROUP, "per page", value / pages * 1000, "ms", None),
        Result(GROUP, "parse the text read (parse_minutes)", parsed, "s", None, parse_note),
    ]
