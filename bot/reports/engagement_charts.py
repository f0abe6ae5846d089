"""The partner engagement report's charts, drawn with matplotlib onto a figure or a subfigure given to them.

Every chart keeps the same rules: a title, axis labels and a legend; the agencies in ``Engagement.agencies`` order,
top to bottom; the Okabe–Ito colours (safe for colour-blind readers) each with its own hatch or line style and
marker, so that a greyscale print still tells the series apart; and, for an empty series, no chart but a sentence
saying there is nothing to show. Each figure is a ``matplotlib.figure.Figure`` of its own on the Agg canvas (no
pyplot, no global state), so charts can be drawn on several threads at once.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure, FigureBase
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from bot.reports.engagement_model import AgencyActions, AuditProgress, Engagement, TrendPoint

# Okabe & Ito (2008), "Color Universal Design": told apart with every common colour-vision deficiency.
GREEN, YELLOW, SKY, ORANGE = "#009E73", "#F0E442", "#56B4E9", "#E69F00"
BLUE, VERMILLION, PURPLE, INK = "#0072B2", "#D55E00", "#CC79A7", "#1A1A1A"
FONT = "DejaVu Sans"  # matplotlib's own font: always there, wide Unicode coverage
CHART_SIZE = (5.4, 3.0)  # inches: a quarter of the landscape A4 page, so the html prints the text at its size
CHART_DPI = 150
NAMES = ("attendance", "actions", "audits", "trend")
AUDIT_ROWS = 6  # audit cycles on the chart (the table under it lists them all)
TITLES = {
    "attendance": "Attendance at board meetings",
    "actions": "Actions by agency",
    "audits": "Audit returns complete",
    "trend": "Open and overdue actions at each meeting",
}


@dataclass(frozen=True, slots=True)
class Series:
    """One stacked part of a bar: the field it counts, its legend label, its fill and its hatch."""

    field: str
    label: str
    colour: str
    hatch: str
    hatch_colour: str = INK


ATTENDANCE = (
    Series("attended", "Attended", GREEN, ""),
    Series("represented", "Represented", SKY, "///"),
    Series("apologies", "Apologies sent", ORANGE, "..."),
    Series("absent", "Absent", VERMILLION, "xx", "white"),
)
ACTIONS = (
    Series("on_time", "Done on time", GREEN, ""),
    Series("late", "Done late", YELLOW, "..."),
    Series("open", "Open, not yet due", BLUE, "///", "white"),
    Series("overdue", "Overdue", VERMILLION, "xx", "white"),
)
OPEN_ACTIONS = ACTIONS[2:]
AUDIT_TYPES = {"S11": Series("S11", "S11 (agencies)", BLUE, "///", "white"),
               "S175": Series("S175", "S175 (schools)", PURPLE, "\\\\\\")}  # fmt: skip
OTHER_AUDIT = Series("other", "Other audits", SKY, "...")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip


def plain(text: str) -> str:
    """User text drawn as it is: a ``$`` never starts mathtext."""
    return text.replace("$", r"\$")


def short_day(day: dt.date) -> str:
    """'31 Mar 2026'."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def plot_room(fig: FigureBase, rows: int) -> tuple[float, int]:
    """The tick labels' font size and lines per label for ``rows`` rows in this (sub)figure's height: smaller and
    on one line as rows are added, never below 5 pt."""
    root = fig.get_figure(root=True)
    inches = fig.get_window_extent().height / (root.dpi if root else 72)
    per_row = max(inches - 1.2, 0.5) * 72 / max(rows, 1)  # points: less the title, legend and x axis
    size = max(5.0, min(7.5, per_row / 1.4))
    return size, 2 if per_row >= 2.6 * size else 1


def agency_label(name: str, lines: int) -> str:
    """An agency's name as a tick label: wrapped on two lines if allowed, else cut short with '…'."""
    width = 24 if lines == 2 else 34
    wrapped = textwrap.wrap(" ".join(name.split()), width) or [""]
    if len(wrapped) > lines:
        wrapped = [*wrapped[: lines - 1], textwrap.shorten(" ".join(wrapped[lines - 1 :]), width, placeholder="…")]
    return plain("\n".join(wrapped))


class HasAgency(Protocol):
    @property
    def agency(self) -> str: ...


Row = TypeVar("Row", bound=HasAgency)


def in_order(rows: Iterable[Row], agencies: Sequence[str]) -> list[Row]:
    """The rows in the one order of agencies (any agency not in it after them, as given)."""
    place = {agency: n for n, agency in enumerate(agencies)}
    return sorted(rows, key=lambda row: place.get(row.agency, len(place)))


# Drawing helpers --------------------------------------------------------------------------------------------------
def nothing_to_show(fig: FigureBase, title: str, words: str) -> None:
    """No chart: the title and, in the middle, why there is nothing to show."""
    fig.suptitle(title, fontsize=10, fontweight="bold", family=FONT)
    fig.text(0.5, 0.5, words, ha="center", va="center", fontsize=10, color="#333333", family=FONT, wrap=True,
             bbox={"boxstyle": "round,pad=0.8", "facecolor": "#F2F2F2", "edgecolor": "#999999"})  # fmt: skip


def swatches(series: Iterable[Series]) -> list[Patch]:
    return [
        Patch(facecolor=s.colour, hatch=s.hatch, edgecolor="white", linewidth=0.5, hatchcolor=s.hatch_colour,
              label=s.label)
        for s in series
    ]  # fmt: skip


def legend_above(ax: Axes, handles: Sequence[Any], columns: int) -> None:
    """The legend in a row between the title and the plot, centred on it (the layout makes room for it)."""
    ax.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 1.01), ncols=columns, frameon=False,
              borderaxespad=0.2, handlelength=1.6, handleheight=1.1, handletextpad=0.4, columnspacing=0.9,
              prop={"family": FONT, "size": 7})  # fmt: skip


def stacked(fig: FigureBase, ax: Axes, rows: Sequence[Any], series: Sequence[Series]) -> tuple[list[float], float]:
    """Horizontal bars of ``series`` stacked per agency's row, the first at the top; each bar's length and the
    labels' font size."""
    ends = [0.0] * len(rows)
    places = range(len(rows))
    for s in series:
        values = [float(getattr(row, s.field)) for row in rows]
        ax.barh(places, values, left=ends, height=0.68, color=s.colour, hatch=s.hatch, hatchcolor=s.hatch_colour,
                hatch_linewidth=0.6, edgecolor="white", linewidth=0.5, label=s.label)  # fmt: skip
        ends = [end + value for end, value in zip(ends, values, strict=True)]
    size, lines = plot_room(fig, len(rows))
    ax.set_yticks(list(places), [agency_label(row.agency, lines) for row in rows], fontsize=size, family=FONT)
    rows_top_down(ax, len(rows))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return ends, size


def rows_top_down(ax: Axes, rows: int) -> None:
    """The first row at the top; one or two bars kept as thin as three would be."""
    pad = max(0.0, (3 - rows) / 2)
    ax.set_ylim(rows - 0.5 + pad, -0.5 - pad)


def frame(fig: FigureBase, title: str, x: str, y: str) -> Axes:
    """One plot with its title (above the legend) and axis labels."""
    fig.suptitle(title, fontsize=10, fontweight="bold", family=FONT)
    ax = fig.subplots()
    ax.set_xlabel(x, fontsize=8, family=FONT)
    ax.set_ylabel(y, fontsize=8, family=FONT)
    ax.tick_params(labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.5)
    ax.set_axisbelow(True)
    return ax


# The four charts --------------------------------------------------------------------------------------------------
def why_empty(name: str, e: Engagement) -> str | None:
    """Why the chart ``name`` has nothing to show, in words (None when it has)."""
    no_meetings = "No board meetings were held in this period."
    if name == "attendance" and not (e.meetings and any(row.meetings for row in e.attendance)):
        return no_meetings if not e.meetings else "No attendance was recorded at this period's meetings."
    if name == "actions" and not any(row.total for row in e.actions):
        return "No actions were done in this period or open at its end."
    if name == "audits" and not e.audits:
        return "No Section 11 or Section 175 audit was due or open in this period."
    if name == "trend" and not e.trend:
        return no_meetings if not e.meetings else "No action figures were recorded at this period's meetings."
    return None


def draw_attendance(fig: FigureBase, e: Engagement) -> None:
    """Stacked horizontal bars per agency: attended, represented, apologies sent, absent."""
    if words := why_empty("attendance", e):
        nothing_to_show(fig, TITLES["attendance"], words)
        return
    rows = in_order(e.attendance, e.agencies)
    held = len(e.meetings)
    ax = frame(fig, TITLES["attendance"], f"Board meetings ({held} held)", "Agency")
    stacked(fig, ax, rows, ATTENDANCE)
    ax.set_xlim(0, max(held, *(row.meetings for row in rows)))
    legend_above(ax, swatches(ATTENDANCE), 4)


def median_words(row: AgencyActions) -> str:
    if row.median_days is None:
        return "none done"
    days = f"{row.median_days:.1f}".removesuffix(".0")
    return f"median {days} day{'' if days == '1' else 's'}"


def draw_actions(fig: FigureBase, e: Engagement) -> None:
    """Stacked horizontal bars per agency: done on time, done late, open, overdue; the median days to complete."""
    if words := why_empty("actions", e):
        nothing_to_show(fig, TITLES["actions"], words)
        return
    rows = in_order(e.actions, e.agencies)
    ax = frame(fig, TITLES["actions"], "Actions (median days from recorded to done at the bar's end)", "Agency")
    ends, size = stacked(fig, ax, rows, ACTIONS)
    for place, (row, end) in enumerate(zip(rows, ends, strict=True)):
        words = median_words(row) if row.total else "no actions"
        ax.annotate(words, (end, place), xytext=(3, 0), textcoords="offset points", va="center", fontsize=size - 0.5,
                    family=FONT, color="#333333")  # fmt: skip
    ax.set_xlim(0, max(ends) * 1.3 + 1)
    legend_above(ax, swatches(ACTIONS), 4)


def audit_series(audit: AuditProgress) -> Series:
    return AUDIT_TYPES.get(audit.type, OTHER_AUDIT)


def audit_label(audit: AuditProgress, lines: int) -> str:
    due = f"due {short_day(audit.due)}" if audit.due else "no due date"
    name = textwrap.shorten(f"{audit.type} {audit.cycle}", 28, placeholder="…")
    return plain(f"{name}\n{due}" if lines == 2 else f"{name}, {due}")


def draw_audits(fig: FigureBase, e: Engagement) -> None:
    """The share of returns complete per audit cycle (S11 by agency, S175 by school), against 100 %."""
    if words := why_empty("audits", e):
        nothing_to_show(fig, TITLES["audits"], words)
        return
    audits = list(e.audits)[-AUDIT_ROWS:]  # cycles are in order of their due dates: the latest, readable
    shown = (
        "Audit cycle" if len(audits) == len(e.audits) else f"Audit cycle (the latest {len(audits)} of {len(e.audits)})"
    )
    ax = frame(fig, TITLES["audits"], "Returns complete (%)", shown)
    places = list(range(len(audits)))
    ax.barh(places, [100] * len(audits), height=0.68, color="white", edgecolor="#999999", linewidth=0.6)
    size, lines = plot_room(fig, len(audits))
    for place, audit in zip(places, audits, strict=True):
        s = audit_series(audit)
        ax.barh(place, min(max(audit.percent, 0.0), 100.0), height=0.68, color=s.colour, hatch=s.hatch,
                hatchcolor=s.hatch_colour, hatch_linewidth=0.6, edgecolor="white", linewidth=0.5)  # fmt: skip
        words = f"{audit.complete} of {audit.total} ({audit.percent:g} %)"
        ax.annotate(words, (100, place), xytext=(4, 0), textcoords="offset points", va="center", fontsize=size - 0.5,
                    family=FONT, color="#333333")  # fmt: skip
    ax.axvline(100, color=INK, linestyle="--", linewidth=1)
    ax.set_yticks(places, [audit_label(a, lines) for a in audits], fontsize=size, family=FONT)
    rows_top_down(ax, len(audits))
    ax.set_xlim(0, 140)
    ax.spines["bottom"].set_bounds(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100])
    kinds = list(dict.fromkeys(audit_series(a) for a in audits))
    target = Line2D([], [], color=INK, linestyle="--", linewidth=1, label="100 %")
    legend_above(ax, [*swatches(kinds), target], len(kinds) + 1)


def draw_trend(fig: FigureBase, e: Engagement) -> None:
    """Lines of the actions open (overdue ones included) and of those overdue as they stood at each meeting."""
    if words := why_empty("trend", e):
        nothing_to_show(fig, TITLES["trend"], words)
        return
    points = sorted(e.trend, key=lambda p: p.day)
    ax = frame(fig, TITLES["trend"], "Board meeting", "Actions")
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.5)
    days = [p.day.toordinal() for p in points]  # day numbers: the ticks are labelled here, no date converter
    ax.plot(days, [p.open for p in points], color=BLUE, linestyle="-", marker="o", markersize=4, linewidth=1.6,
            label="Open, overdue included")  # fmt: skip
    ax.plot(days, [p.overdue for p in points], color=VERMILLION, linestyle="--", marker="s", markersize=4,
            linewidth=1.6, label="Overdue")  # fmt: skip
    many = len(points) > 7  # the labels slanted
    ax.set_xticks(days, trend_labels(points), fontsize=6.5, rotation=45 if many else 0, rotation_mode="anchor",
                  ha="right" if many else "center")  # fmt: skip
    if len(points) == 1:
        ax.set_xlim(days[0] - 20, days[0] + 20)
    top = max(max(p.open, p.overdue) for p in points)  # open counts the overdue: the larger, unless figures disagree
    ax.set_ylim(0, top * 1.15 + 1)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    legend_above(ax, ax.get_lines(), 2)


def trend_labels(points: Sequence[TrendPoint]) -> list[str]:
    """'3 Dec' under each meeting (every second or third one when there are many), with the year on the first
    and where it changes."""
    step = -(-len(points) // 12)
    labels, year = [], 0
    for n, p in enumerate(points):
        if n % step:
            labels.append("")
            continue
        words = f"{p.day.day} {MONTHS[p.day.month - 1][:3]}"
        if p.day.year != year:
            words += f" {p.day.year}" if len(points) > 7 else f"\n{p.day.year}"
            year = p.day.year
        labels.append(words)
    return labels


DRAW: dict[str, Callable[[FigureBase, Engagement], None]] = {
    "attendance": draw_attendance,
    "actions": draw_actions,
    "audits": draw_audits,
    "trend": draw_trend,
}


# Images -----------------------------------------------------------------------------------------------------------
def new_figure(size: tuple[float, float], margin: float = 0.0) -> Figure:
    """A figure of its own on the Agg canvas, laid out by matplotlib's constrained layout within ``margin`` inches
    of its edges."""
    width, height = size
    x, y = margin / width, margin / height
    fig = Figure(figsize=size, layout=ConstrainedLayoutEngine(rect=(x, y, 1 - 2 * x, 1 - 2 * y)), facecolor="white")
    FigureCanvasAgg(fig)
    return fig


def png(fig: Figure, dpi: float) -> bytes:
    """The figure as PNG bytes (no timestamp or version written: the same figures give the same bytes)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


def chart_pngs(e: Engagement, *, dpi: float = CHART_DPI) -> dict[str, bytes]:
    """The four charts as PNGs (5.4 × 3 in: 810 × 450 px at 150 dpi), keyed by name in ``NAMES`` order."""
    charts = {}
    for name in NAMES:
        fig = new_figure(CHART_SIZE)
        DRAW[name](fig, e)
        charts[name] = png(fig, dpi)
    return charts


def agency_chart_png(e: Engagement, agency: str | None = None) -> bytes:
    """A small chart (600 × 300 px, taller for many agencies) of open and overdue actions by agency, for the App
    Home and the Teams home card; with ``agency``, that agency's bar alone."""
    rows = [row for row in in_order(e.actions, e.agencies) if agency is None or row.agency == agency]
    if not any(row.open + row.overdue for row in rows):
        rows = []
    height = 2.0 if len(rows) <= 5 else min(4.0, 2.0 + 0.2 * (len(rows) - 5))
    fig = new_figure((4.0, height))  # at 150 dpi: 600 px wide, the text large enough for a phone
    title = "Open actions by agency" if agency is None else f"Open actions: {plain(agency)}"
    if not rows:
        nothing_to_show(fig, title, "No open actions." if agency is None else f"{plain(agency)} has no open actions.")
        return png(fig, 150)
    ax = frame(fig, title, "Actions open", "Agency")
    ends, size = stacked(fig, ax, rows, OPEN_ACTIONS)
    for place, (row, end) in enumerate(zip(rows, ends, strict=True)):
        ax.annotate(f"{row.open + row.overdue} ({row.overdue} overdue)", (end, place), xytext=(3, 0),
                    textcoords="offset points", va="center", fontsize=size, family=FONT)  # fmt: skip
    ax.set_xlim(0, max(ends) * 1.35 + 1)
    legend_above(ax, swatches(OPEN_ACTIONS), 2)
    return png(fig, 150)
