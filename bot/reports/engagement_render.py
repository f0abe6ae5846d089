"""The partner engagement report on one landscape A4 page: as html (the charts inline, the numbers in a table under
each), as a PDF and as a PNG; and the charts on their own (``chart_pngs``, ``agency_chart_png`` for the App Home).

Every format says the same: the board, the period, the four charts of ``bot.reports.engagement_charts`` in a 2 × 2
grid, each with its caption from ``Engagement.captions`` under it, word for word. The PDF and the PNG are one
matplotlib figure of A4 landscape size (11.69 × 8.27 in); the html fits the page by sizing the charts to what is
left after the captions, and keeps the tables for the screen (in ``<details>``, not printed).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import textwrap
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.text import Text

from bot.reports.engagement_charts import (
    DRAW,
    FONT,
    MONTHS,
    NAMES,
    TITLES,
    agency_chart_png,
    chart_pngs,
    in_order,
    median_words,
    new_figure,
    plain,
    png,
    short_day,
    why_empty,
)
from bot.reports.engagement_model import Engagement

__all__ = ["agency_chart_png", "chart_pngs", "page_html", "page_pdf", "page_png", "period"]

A4_LANDSCAPE = (11.69, 8.27)  # inches
MARGIN = 10 / 25.4  # inches: the html's 10 mm
PAGE_DPI = 150  # the PNG: 1754 × 1240 px
HTML_DPI = 200  # the charts in the html, crisp in print
HEADING = "Partner engagement report"
NOTHING = "Nothing to report: no board meeting was held and no action or audit was recorded in this period."


def long_day(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def period(e: Engagement) -> str:
    """'1 December 2025 – 30 November 2026'."""
    return f"{long_day(e.start)} – {long_day(e.end)}"


def captions(e: Engagement) -> dict[str, str]:
    return {name: getattr(e.captions, name) for name in NAMES}


# PDF and PNG: one figure ------------------------------------------------------------------------------------------
def page_figure(e: Engagement) -> Figure:
    """The page as one A4 landscape figure: the board and period above a 2 × 2 grid of charts, each captioned."""
    fig = new_figure(A4_LANDSCAPE, margin=MARGIN)
    head, body = fig.subfigures(2, 1, squeeze=False, height_ratios=(0.08, 0.92)).flat
    board = head.text(0.0, 0.62, plain(" ".join(e.board.split())), fontsize=15, fontweight="bold", family=FONT,
                      va="center")  # fmt: skip
    fit_width(board, fig.get_figwidth() - 2 * MARGIN, 15, smallest=9)
    below = f"{HEADING}: {period(e)}" + (f".  {NOTHING}" if e.empty else "")
    head.text(0.0, 0.12, plain(below), fontsize=10, family=FONT, va="center", color="#333333")
    quarters = body.subfigures(2, 2, squeeze=False, wspace=0.04, hspace=0.03).flat
    for name, quarter in zip(NAMES, quarters, strict=True):
        DRAW[name](quarter, e)
        if caption := " ".join(captions(e)[name].split()):
            quarter.supxlabel(plain(caption), x=0.01, ha="left", fontsize=8, family=FONT, wrap=True)
    return fig


def fit_width(text: Text, inches: float, size: float, smallest: float) -> None:
    """A line of ``size`` points made smaller to fit ``inches``, down to ``smallest``; beyond that, cut short."""
    root = text.get_figure(root=True)
    width = text.get_window_extent().width / (root.dpi if root else 72)
    if width <= inches:
        return
    text.set_fontsize(max(smallest, size * inches / width))
    if size * inches / width < smallest:
        characters = int(len(text.get_text()) * inches * size / (width * smallest))
        text.set_text(textwrap.shorten(text.get_text(), max(characters - 1, 10), placeholder="…"))


def page_pdf(e: Engagement) -> bytes:
    """The page as a one-page PDF, A4 landscape (matplotlib's PDF backend: text stays text, charts vector)."""
    buffer = io.BytesIO()
    metadata = {"Title": f"{e.board} – {HEADING.lower()}, {period(e)}", "Creator": "the board assistant",
                "Producer": None, "CreationDate": None}  # fmt: skip
    page_figure(e).savefig(buffer, format="pdf", metadata=metadata)
    return buffer.getvalue()


def page_png(e: Engagement) -> bytes:
    """The page as a PNG at 150 dpi (1754 × 1240 px)."""
    return png(page_figure(e), PAGE_DPI)


# HTML -------------------------------------------------------------------------------------------------------------
CSS = """
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9pt; color: #111; }
.sheet { width: 277mm; height: 186mm; margin: 0 auto; display: flex; flex-direction: column; overflow: hidden;
         break-inside: avoid; }
header { flex: none; margin-bottom: 2mm; }
h1 { font-size: 15pt; margin: 0; overflow-wrap: anywhere; }
p.period { font-size: 10pt; margin: 0.5mm 0 0 0; color: #333; }
.grid { flex: 1 1 0; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        grid-template-rows: minmax(0, 1fr) minmax(0, 1fr); gap: 3mm 6mm; }
section.chart { min-height: 0; display: flex; flex-direction: column; }
figure { flex: 1 1 0; min-height: 0; margin: 0; display: flex; flex-direction: column; }
figure img { flex: 0 1 auto; min-height: 0; width: 100%; object-fit: contain; object-position: left top; }
figcaption { flex: none; font-size: 8pt; line-height: 1.25; margin-top: 1mm; overflow-wrap: anywhere; }
details { flex: none; font-size: 8pt; }
summary { cursor: pointer; color: #333; }
table { border-collapse: collapse; margin: 1mm 0; }
caption { text-align: left; font-weight: bold; }
th, td { border: 0.5pt solid #999; padding: 0.5mm 1.5mm; text-align: right; }
th[scope="row"], thead th:first-child { text-align: left; font-weight: normal; }
thead th { background: #eee; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
                   white-space: nowrap; }
@media print { details { display: none; } .sheet { margin: 0; } }
"""


def h(text: object) -> str:
    return html.escape(str(text), quote=True)


def page_html(e: Engagement) -> str:
    """The page as one self-contained html document (charts as inline PNGs, nothing fetched) that prints on one
    landscape A4 page."""
    charts, words = chart_pngs(e, dpi=HTML_DPI), captions(e)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{h(e.board)} – {h(HEADING.lower())}, {h(period(e))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        '<main class="sheet">',
        f'<header><h1>{h(e.board)}</h1><p class="period">{h(HEADING)}: {h(period(e))}</p>',
        f"<p>{h(NOTHING)}</p></header>" if e.empty else "</header>",
        '<div class="grid">',
    ]
    for name in NAMES:
        empty = why_empty(name, e)
        alt = f"{TITLES[name]}: {empty}" if empty else f"{TITLES[name]}, a chart; its figures are in the table below."
        parts += [
            f'<section class="chart" aria-labelledby="{name}-title">',
            f'<h2 class="visually-hidden" id="{name}-title">{h(TITLES[name])}</h2>',
            *chart_figure(charts[name], alt, words[name]),
            *([] if empty else ["<details><summary>The figures</summary>", *TABLES[name](e), "</details>"]),
            "</section>",
        ]
    parts += ["</div>", "</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def chart_figure(png: bytes, alt: str, caption: str, css_class: str = "") -> list[str]:
    """A chart as an inline PNG (nothing fetched) with its caption under it; every text escaped."""
    source = base64.b64encode(png).decode("ascii")
    opening = f'<figure class="{css_class}">' if css_class else "<figure>"
    return [f'{opening}<img src="data:image/png;base64,{source}" alt="{h(alt)}">',
            f"<figcaption>{h(caption)}</figcaption></figure>"]  # fmt: skip


def table(title: str, head: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> list[str]:
    """A small table: the first cell of each row heads it."""
    out = [f"<table><caption>{h(title)}</caption>", "<thead><tr>"]
    out += [f'<th scope="col">{h(cell)}</th>' for cell in head]
    out.append("</tr></thead><tbody>")
    for first, *rest in rows:
        out.append(f'<tr><th scope="row">{h(first)}</th>' + "".join(f"<td>{h(cell)}</td>" for cell in rest) + "</tr>")
    out.append("</tbody></table>")
    return out


def attendance_table(e: Engagement) -> list[str]:
    rows = [(a.agency, a.attended, a.represented, a.apologies, a.absent, a.meetings)
            for a in in_order(e.attendance, e.agencies)]  # fmt: skip
    head = ("Agency", "Attended", "Represented", "Apologies sent", "Absent", "Meetings")
    return table(f"Attendance at the {len(e.meetings)} board meetings held", head, rows)


def actions_table(e: Engagement) -> list[str]:
    rows = [
        (a.agency, a.on_time, a.late, a.open, a.overdue, median_words(a).removeprefix("median "))
        for a in in_order(e.actions, e.agencies)
    ]
    head = ("Agency", "Done on time", "Done late", "Open, not yet due", "Overdue", "Median time to complete")
    return table("Actions by agency", head, rows)


def audits_table(e: Engagement) -> list[str]:
    rows = [
        (f"{a.type} {a.cycle}", short_day(a.due) if a.due else "—", a.complete, a.total, f"{a.percent:g} %")
        for a in e.audits
    ]
    return table("Audit returns", ("Audit", "Due", "Complete", "Of", "Complete (%)"), rows)


def trend_table(e: Engagement) -> list[str]:
    points = sorted(e.trend, key=lambda p: p.day)
    rows = [(short_day(p.day), p.open, p.overdue) for p in points]
    return table("Actions at each board meeting", ("Meeting", "Open (overdue included)", "Overdue"), rows)


TABLES = {"attendance": attendance_table, "actions": actions_table, "audits": audits_table, "trend": trend_table}
