"""The partner engagement report's charts and one-page formats (bot.reports.engagement_render), from figures made
by hand: several agencies, one agency, an empty period and names full of html.

PNGs are read back with Pillow (their size, and that they are drawn: many colours, the series' own colours); the PDF
with pdfplumber (one landscape A4 page, the captions' text on it); the html by parsing it (every caption word for
word, everything escaped, nothing fetched) and, where Chromium is installed, by printing it on paper: one page.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber
import pytest
from matplotlib.figure import Figure
from PIL import Image

from bot.reports.engagement_charts import (
    ACTIONS,
    ATTENDANCE,
    AUDIT_TYPES,
    BLUE,
    DRAW,
    GREEN,
    NAMES,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    YELLOW,
    new_figure,
    plain,
    why_empty,
)
from bot.reports.engagement_model import (
    AgencyActions,
    AgencyAttendance,
    AuditProgress,
    Captions,
    Engagement,
    TrendPoint,
)
from bot.reports.engagement_render import agency_chart_png, chart_pngs, page_html, page_pdf, page_png

D = dt.date
START, END = D(2025, 12, 1), D(2026, 11, 30)
PERIOD = "1 December 2025 – 30 November 2026"
HOSTILE = "Schools <script>alert(\"x\")</script> & 'Co' $5 and $6"
AGENCIES = ("Dudley Council Children's Services", "West Midlands Police",
            "Black Country Healthcare NHS Foundation Trust", "National Probation Service", HOSTILE)  # fmt: skip
MEETINGS = tuple(D(2025, 12, 10) + dt.timedelta(days=61 * n) for n in range(6))
OKABE_ITO = {GREEN, YELLOW, SKY, ORANGE, BLUE, VERMILLION, PURPLE}


def captions(board: str = "the board") -> Captions:
    return Captions(
        attendance=f"West Midlands Police attended 5 of 6 meetings; {HOSTILE} sent apologies twice.",
        actions="2 of 9 actions overdue for the National Probation Service; a median of 14 days to complete.",
        audits="S11 2025-26: 4 of 5 agencies' returns in (due 31 March 2026); S175: 87 of 104 schools.",
        trend=f"Open actions fell from 20 to 15 at {board}'s meetings; overdue ones stayed between 3 and 5.",
    )


def engagement(agencies: tuple[str, ...] = AGENCIES, meetings: tuple[dt.date, ...] = MEETINGS,
               board: str = "Dudley Safeguarding Children Board") -> Engagement:  # fmt: skip
    """Figures for ``agencies`` over ``meetings``: each agency's meetings add up, some actions late or overdue."""
    held = len(meetings)
    attendance = []
    for n, agency in enumerate(agencies):
        represented, apologies = min(n % 2, held), min(n % 3 == 2, held)
        attended = max(held - 1 - n % 3, 0)
        attendance.append(AgencyAttendance(agency, attended, represented, apologies,
                                           max(held - attended - represented - apologies, 0)))  # fmt: skip
    actions = tuple(AgencyActions(agency, 3 + n, n % 3, 2 + n % 2, n % 4, None if n == 3 else 12.5 + n)
                    for n, agency in enumerate(agencies))  # fmt: skip
    audits = (
        AuditProgress("S11", "2025-26", D(2026, 3, 31), len(agencies), max(len(agencies) - 1, 0),
                      tuple((agency, "submitted") for agency in agencies)),
        AuditProgress("S175", "2025-26", D(2026, 5, 31), 104, 87),
    )  # fmt: skip
    trend = tuple(TrendPoint(day, 20 - n, 3 + n % 3) for n, day in enumerate(meetings))
    return Engagement(board, START, END, meetings, agencies, tuple(attendance), actions, audits, trend, captions(board))


SEVERAL = engagement()
ONE = engagement(("West Midlands Police",), MEETINGS[:1])
NONE = Captions("No board meetings were held.", "No actions.", "No audits were due.", "Nothing to show.")
EMPTY = Engagement("Dudley Safeguarding Children Board", START, END, (), AGENCIES, (), (), (), (), NONE)
NASTY = engagement(board="<script>alert('board')</script> & \"Partners\" Board $1$")
MANY = replace(
    engagement(tuple(f"Agency {n} " + "with a rather long partner name " * (n % 3) for n in range(20)),
               tuple(D(2025, 12, 3) + dt.timedelta(days=14 * n) for n in range(26)),
               board="The Safeguarding Children Partnership of a Very Large County, its City and its Districts " * 2),
    captions=Captions(*(f"Sentence {n} about these figures, which goes on for a while. " * 8 for n in range(4))),
)  # fmt: skip
CASES = {"several": SEVERAL, "one": ONE, "empty": EMPTY, "nasty": NASTY, "many": MANY}


def picture(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return image.convert("RGB")


def colours(image: Image.Image) -> set[str]:
    return {f"#{r:02X}{g:02X}{b:02X}" for _, (r, g, b) in image.getcolors(maxcolors=1 << 20) or []}


def assert_drawn(image: Image.Image, *, least: float = 0.005) -> None:
    """Not blank: several colours, and some share of the pixels not white."""
    assert len(colours(image)) > 8
    grey = image.convert("L")
    inked = sum(count for count, value in grey.getcolors() or [] if value < 250)
    assert inked > least * image.width * image.height


def caption_texts(e: Engagement) -> list[str]:
    return [getattr(e.captions, name) for name in NAMES]


# Charts -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("case", ["several", "one", "nasty", "many"])
def test_the_four_charts_are_drawn_at_their_size_in_the_okabe_ito_colours(case: str) -> None:
    charts = chart_pngs(CASES[case])
    assert list(charts) == list(NAMES)
    for name, png in charts.items():
        image = picture(png)
        assert image.size == (810, 450), name
        assert_drawn(image, least=0.03)
    assert {GREEN, SKY, VERMILLION} <= colours(picture(charts["attendance"]))
    assert {GREEN, BLUE, VERMILLION} <= colours(picture(charts["actions"]))
    assert {BLUE, PURPLE} <= colours(picture(charts["audits"]))
    assert {BLUE, VERMILLION} <= colours(picture(charts["trend"]))


def test_an_empty_period_draws_no_chart_but_says_so_in_words() -> None:
    charts = chart_pngs(EMPTY)
    for name, png in charts.items():
        image = picture(png)
        assert image.size == (810, 450)
        assert_drawn(image)  # the title and the words
        assert not colours(image) & OKABE_ITO, name  # no bar, no line
        fig = new_figure((5.4, 3.0))
        DRAW[name](fig, EMPTY)
        assert not fig.axes, name
        assert why_empty(name, EMPTY) in [text.get_text() for text in fig.texts]
    assert why_empty("attendance", EMPTY) == why_empty("trend", EMPTY) == "No board meetings were held in this period."


def test_each_series_has_its_own_colour_and_hatch_for_greyscale_print() -> None:
    for series in (ATTENDANCE, ACTIONS, tuple(AUDIT_TYPES.values())):
        assert len({s.colour for s in series}) == len({s.hatch for s in series}) == len(series)
        assert {s.colour for s in series} <= OKABE_ITO


def plotted(name: str, e: Engagement) -> tuple[Figure, list[str]]:
    fig = new_figure((5.4, 3.0))
    DRAW[name](fig, e)
    fig.draw_without_rendering()
    [ax] = fig.axes
    bottom, top = ax.get_ylim()
    assert bottom > top  # the first row at the top
    return fig, [label.get_text() for label in ax.get_yticklabels()]


@pytest.mark.parametrize("name", ["attendance", "actions"])
def test_agencies_are_drawn_top_to_bottom_in_the_one_order(name: str) -> None:
    shuffled = replace(SEVERAL, attendance=SEVERAL.attendance[::-1], actions=SEVERAL.actions[::-1])
    fig, labels = plotted(name, shuffled)
    first_lines = [label.split("\n")[0] for label in labels]  # a long name is wrapped, then cut short
    assert [plain(agency).startswith(line) for agency, line in zip(AGENCIES, first_lines, strict=True)] == [True] * 5
    ax = fig.axes[0]
    assert ax.get_title() == "" and fig.get_suptitle() and ax.get_xlabel() and ax.get_ylabel() == "Agency"
    legend = ax.get_legend()
    assert legend is not None
    expected = ATTENDANCE if name == "attendance" else ACTIONS
    assert [text.get_text() for text in legend.get_texts()] == [s.label for s in expected]
    hatched = {str(patch.get_hatch() or "") for patch in ax.patches}
    assert hatched == {s.hatch for s in expected}


def test_a_dollar_in_a_name_is_drawn_as_a_dollar_not_mathtext() -> None:
    fig, labels = plotted("attendance", engagement(("Fees $5 and $6",)))
    assert labels == [r"Fees \$5 and \$6"]  # matplotlib draws "\$" as "$" and never starts mathtext
    label = fig.axes[0].get_yticklabels()[0]
    assert label._preprocess_math(label.get_text()) == ("Fees $5 and $6", False)


def test_the_axes_and_legends_of_the_audit_and_trend_charts() -> None:
    for name in ("audits", "trend"):
        fig = new_figure((5.4, 3.0))
        DRAW[name](fig, SEVERAL)
        [ax] = fig.axes
        legend = ax.get_legend()
        assert fig.get_suptitle() and ax.get_xlabel() and ax.get_ylabel() and legend is not None
    fig = new_figure((5.4, 3.0))
    DRAW["audits"](fig, SEVERAL)
    labels = [label.get_text() for label in fig.axes[0].get_yticklabels()]
    assert labels == ["S11 2025-26\ndue 31 Mar 2026", "S175 2025-26\ndue 31 May 2026"]


# The App Home chart -----------------------------------------------------------------------------------------------
def test_the_home_chart_is_small_and_shows_every_agency_or_only_ones_own() -> None:
    board = picture(agency_chart_png(SEVERAL))
    assert board.size == (600, 300)
    assert_drawn(board, least=0.05)
    assert {BLUE, VERMILLION} <= colours(board)
    own = picture(agency_chart_png(SEVERAL, "West Midlands Police"))
    assert own.size == (600, 300) and {BLUE, VERMILLION} <= colours(own)
    assert picture(agency_chart_png(MANY)).size == (600, 600)  # taller for twenty agencies


def test_the_home_chart_says_so_when_there_are_no_open_actions() -> None:
    for e, agency in ((EMPTY, None), (EMPTY, "West Midlands Police"), (SEVERAL, "An agency not on the board")):
        image = picture(agency_chart_png(e, agency))
        assert image.size == (600, 300)
        assert_drawn(image)
        assert not colours(image) & OKABE_ITO


# The page as PNG and PDF ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("case", list(CASES))
def test_the_page_png_is_a4_landscape_at_150_dpi(case: str) -> None:
    image = picture(page_png(CASES[case]))
    assert image.width in (1753, 1754) and image.height == 1240
    assert_drawn(image, least=0.01 if case == "empty" else 0.05)


def pdf_text(pdf: bytes) -> tuple[int, float, float, str, str, str]:
    """The page count, the first page's size, and its text in full, on the left half and on the right half."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        width, height = float(page.width), float(page.height)
        left = page.crop((0, 0, width / 2, height)).extract_text()
        right = page.crop((width / 2, 0, width, height)).extract_text()
        return len(document.pages), width, height, page.extract_text(), left, right


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", list(CASES))
def test_the_page_pdf_is_one_landscape_a4_page_with_every_caption(case: str) -> None:
    e = CASES[case]
    pages, width, height, text, left, right = pdf_text(page_pdf(e))
    assert pages == 1
    assert width > height and abs(width - 841.9) < 2 and abs(height - 595.4) < 2
    attendance, actions, audits, trend = caption_texts(e)
    for caption, column in ((attendance, left), (audits, left), (actions, right), (trend, right)):
        assert words(caption) in words(column)  # wrapped in lines, word for word ("$" as "$")
    assert PERIOD in text
    if case != "many":  # a board's name too long for the line is cut short
        assert words(e.board) in words(text)
    if case == "empty":
        for name in NAMES:
            assert words(why_empty(name, e) or "-") in words(text)


# The page as html -------------------------------------------------------------------------------------------------
class Page(HTMLParser):
    """The parts of the page the tests read: its text by element, images, stylesheet, links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: dict[str, list[str]] = {}
        self.images: list[dict[str, str | None]] = []
        self.resources: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.stack.append(tag)
        found = dict(attrs)
        if tag == "img":
            self.images.append(found)
            self.stack.pop()
        self.resources += [value or "" for key, value in attrs if key in {"src", "href", "srcset", "action"}]
        if tag in {"meta", "link"}:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.text.setdefault(self.stack[-1], []).append(data)


def parsed(page: str) -> Page:
    reader = Page()
    reader.feed(page)
    reader.close()
    return reader


@pytest.mark.parametrize("case", list(CASES))
def test_the_html_page_is_self_contained_escaped_and_captioned_word_for_word(case: str) -> None:
    e = CASES[case]
    page = page_html(e)
    reader = parsed(page)
    assert reader.text["h1"] == [e.board]  # escaped in the source, read back as it was
    assert reader.text["figcaption"] == caption_texts(e)  # verbatim, in order
    assert PERIOD in "".join(reader.text["p"])
    assert "script" not in reader.tags and "<script" not in page.lower()  # user text never becomes markup
    assert "http" not in page.lower()  # nothing fetched, no link out
    assert all(resource.startswith("data:image/png;base64,") for resource in reader.resources)
    assert len(reader.images) == 4 and all(image["alt"] for image in reader.images)
    for image in reader.images:
        source = image["src"] or ""
        assert picture(base64.b64decode(source.removeprefix("data:image/png;base64,"))).size == (1080, 600)
    assert re.search(r"@page\s*\{\s*size:\s*A4 landscape;\s*margin:\s*10mm;?\s*\}", page)
    for caption in caption_texts(e):
        assert f"<figcaption>{html.escape(caption, quote=True)}</figcaption>" in page


def test_the_html_tables_give_the_numbers_in_the_one_order() -> None:
    page = page_html(SEVERAL)
    reader = parsed(page)
    rows = reader.text["th"]
    escaped = [a for a in rows if a in AGENCIES]
    assert escaped == list(AGENCIES) * 2  # the attendance table, then the actions table
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;Co&#x27;" in page
    assert page.count("<details>") == 4 and page.count("<table>") == 4
    assert "Attendance at the 6 board meetings held" in reader.text["caption"]
    assert "none done" in reader.text["td"] and "83.7 %" in reader.text["td"]


def test_the_empty_html_page_says_there_is_nothing_to_report() -> None:
    page = page_html(EMPTY)
    reader = parsed(page)
    assert "<details>" not in page  # no empty tables
    assert any("Nothing to report" in text for text in reader.text["p"])
    alts = [image["alt"] or "" for image in reader.images]
    assert [alt.split(": ", 1)[1] for alt in alts] == [why_empty(name, EMPTY) for name in NAMES]


# Threads ------------------------------------------------------------------------------------------------
def test_charts_drawn_on_several_threads_at_once_are_the_same_as_one_at_a_time() -> None:
    cases = [SEVERAL, ONE, NASTY, EMPTY]
    alone = [chart_pngs(e) for e in cases]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(chart_pngs, cases))
        pages = list(pool.map(page_pdf, cases[:2]))
    assert together == alone
    assert pages == [page_pdf(e) for e in cases[:2]]


# In a browser -----------------------------------------------------------------------------------------------------
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.parametrize("case", list(CASES))
def test_chromium_prints_the_html_page_on_one_landscape_a4_page(case: str, tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    source, pdf = tmp_path / "engagement.html", tmp_path / "engagement.pdf"
    source.write_text(page_html(CASES[case]), encoding="utf-8")
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
               f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
               source.as_uri()]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert pdf.exists() and pdf.stat().st_size > 0, done.stderr[-2000:]
    pages, width, height, _, left, right = pdf_text(pdf.read_bytes())
    assert pages == 1
    assert width > height and abs(width - 842) < 2 and abs(height - 595) < 2
    attendance, actions, audits, trend = caption_texts(CASES[case])
    for caption, column in ((attendance, left), (audits, left), (actions, right), (trend, right)):
        assert words(caption) in words(column)
