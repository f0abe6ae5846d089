"""The tracker report's html in a real browser: headless Chromium prints it on A4, on the pages expected, with no
table row cut across two pages, and its rows and headers styled for print as the page says.

Rows are found in the PDF by named destinations: each row gets a marker at its top and one at the end of each of
its cells (linked to, so that Chromium writes them into the PDF with their page); a row cut across a page break
would have its end on a later page than its top. Skipped, with the reason, where Chromium is not installed
(`.ci/run` installs Debian's `chromium` when it can).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.reports.tracker import TrackerReport, TrackerRow, render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")

A4_POINTS = (595.0, 842.0)  # 210 x 297 mm; Chromium rounds to within a point
MEETING = dt.date(2015, 7, 10)
PEOPLE = ("Anne Harris", "Jo Forbes", "Helen Ellis", "Kate McConnell", "Marie Hunter", "Nicki Burrows", "Pam Smith",
          "Remley Mann", "Zala Ibrahim", "Roger Clayton", "Merlin Joseph", "Chris Ballinger", "Karen Palk",
          "Rachael Doyle", "Julie Winpenny", "Tabetha Darman", "Su Vincent", "Viv Townsend")  # fmt: skip


def chromium(*args: str, profile: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with a fresh profile, nothing fetched in the background."""
    assert CHROMIUM is not None
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
               f"--user-data-dir={profile}", *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def report(rows: int) -> TrackerReport:
    """A pack-sized review: sections of actions with long texts, group progress and updates, some overdue."""
    made: list[TrackerRow] = []
    for n in range(1, rows + 1):
        text = f"Action {n}: " + " ".join(["review the multi-agency safeguarding arrangements"] * (1 + n % 5))
        group = n % 4 == 0
        waiting = ", ".join(PEOPLE[: 3 + n % 16])
        made.append(
            TrackerRow(
                ref=f"A-{n}", item=str(2 + n // 8), text=text,
                owners=("all members",) if group else (PEOPLE[n % len(PEOPLE)], "West Midlands Police")[: 1 + n % 2],
                due=dt.date(2015, 6, 1) + dt.timedelta(days=n), asap=False, status="open", overdue=n % 3 == 0,
                progress=f"all members: {n % 9} of 30 done; outstanding: {waiting}" if group else None,
                closed_on=None, origin="Board 15 May 2015", note="Dropped: duplicate of A-1" if n % 11 == 0 else None,
                update=f"data requested from BI, reply expected by the end of the month ({n})" if n % 2 else None,
                update_on=dt.date(2015, 6, 2) if n % 2 else None,
            )
        )  # fmt: skip
    sections = tuple(
        (f"Item {item} – Section 11 audit (from 15 May 2015)", tuple(r for r in made if r.item == item))
        for item in dict.fromkeys(r.item for r in made)
    )
    return TrackerReport("Dudley Safeguarding Children Board", MEETING, dt.date(2015, 5, 15), MEETING, sections)


def with_markers(page: str) -> tuple[str, dict[str, int]]:
    """The page with a marker at the top of each row and at the end of each of its cells, each linked to (a link
    makes Chromium write the marker into the PDF with its page); and how many cells each row has."""
    cells: dict[str, int] = {}

    def mark(found: re.Match[str]) -> str:
        ref, row = found["ref"], found[0]
        count = 0

        def end(cell: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return f'<a id="end-{ref}-{count}" href="#{{next}}">\u200b</a></td>'

        row = re.sub(r"</td>", end, row)
        cells[ref] = count
        for n in range(1, count + 1):  # each marker is linked to by the one before it: a chain through the row
            row = row.replace('href="#{next}"', f'href="#{f"end-{ref}-{n + 1}" if n < count else f"top-{ref}"}"', 1)
        return row.replace(f"<td>{ref}", f'<td><a id="top-{ref}" href="#end-{ref}-1">\u200b</a>{ref}', 1)

    marked = re.sub(r"<tr[^>]*><td>(?P<ref>A-\d+)</td>.*?</tr>", mark, page, flags=re.S)
    return marked, cells


def pdf_pages(pdf: bytes) -> tuple[list[tuple[float, float]], dict[str, int]]:
    """Each page's size in points, in order, and the page (from 0) of each named destination (Chromium writes
    plain objects: the page tree is read from the catalog down, without a PDF library)."""
    objects = {int(n): body for n, body in re.findall(rb"(?m)^(\d+) 0 obj\s*(.*?)endobj", pdf, re.S)}
    catalog = next(body for body in objects.values() if b"/Type /Catalog" in body)
    root = re.search(rb"/Pages (\d+) 0 R", catalog)
    assert root, "no page tree"

    def leaves(number: int) -> list[int]:
        body = objects[number]
        if re.search(rb"/Type /Page\b(?!s)", body):
            return [number]
        kids = re.search(rb"/Kids \[([^\]]*)\]", body)
        assert kids, number
        return [leaf for kid in re.findall(rb"(\d+) 0 R", kids[1]) for leaf in leaves(int(kid))]

    order = leaves(int(root[1]))
    sizes = []
    for number in order:
        box = re.search(rb"/MediaBox \[([\d. ]+)\]", objects[number])
        assert box, number
        x0, y0, x1, y1 = (float(v) for v in box[1].split())
        sizes.append((x1 - x0, y1 - y0))
    destinations = {
        name.decode(): order.index(int(page))
        for name, page in re.findall(rb"/((?:top|end)-A-[\d-]+) \[(\d+) 0 R /XYZ", pdf)
    }
    return sizes, destinations


def print_pdf(page: str, folder: Path, name: str) -> bytes:
    source, pdf = folder / f"{name}.html", folder / f"{name}.pdf"
    source.write_text(page, encoding="utf-8")
    done = chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri(), profile=folder / "profile")
    assert pdf.exists() and pdf.stat().st_size > 0, done.stderr[-2000:]
    return pdf.read_bytes()


def test_a_long_report_prints_on_a4_pages_with_no_row_cut(tmp_path: Path) -> None:
    long = report(90)
    page, cells = with_markers(render_html(long))
    assert len(cells) == 90 and set(cells.values()) == {6}
    sizes, found = pdf_pages(print_pdf(page, tmp_path, "long"))
    assert all(abs(w - A4_POINTS[0]) < 2 and abs(h - A4_POINTS[1]) < 2 for w, h in sizes), sizes  # A4 portrait
    assert len(found) == 90 * 7, "every row's markers are in the PDF"
    pages = [found[f"top-{row.ref}"] for row in long.rows]
    for row in long.rows:  # no row cut: each cell ends on the page where its row starts
        top = found[f"top-{row.ref}"]
        assert [found[f"end-{row.ref}-{c}"] for c in range(1, 7)] == [top] * 6, row.ref
    assert pages == sorted(pages)  # in order, page after page
    # The page count: as many pages as the rows fill, none left blank, and more than one (90 long rows).
    assert len(sizes) == pages[-1] + 1 >= 4
    assert set(pages) == set(range(len(sizes)))


def test_a_short_report_prints_on_one_a4_page(tmp_path: Path) -> None:
    short = report(5)
    page, _ = with_markers(render_html(short))
    sizes, found = pdf_pages(print_pdf(page, tmp_path, "short"))
    assert len(sizes) == 1 and abs(sizes[0][0] - A4_POINTS[0]) < 2 and abs(sizes[0][1] - A4_POINTS[1]) < 2
    assert set(found.values()) == {0} and len(found) == 5 * 7


def test_the_browser_applies_the_print_rules_to_every_row(tmp_path: Path) -> None:
    """A DOM check in Chromium itself (--dump-dom after a script reads the computed styles): every row avoids a
    page break inside it, every table repeats its header row, and the page is A4 in its print rules."""
    tracker = report(30)
    probe = (
        "<script>"
        "const rows = [...document.querySelectorAll('tbody tr')];"
        "const kept = rows.filter(r => ['avoid', 'avoid-page'].includes(getComputedStyle(r).breakInside));"
        "const heads = [...document.querySelectorAll('thead')]"
        ".filter(h => getComputedStyle(h).display === 'table-header-group');"
        "const a4 = [...document.styleSheets].some(s => [...s.cssRules].some(r => r.type === CSSRule.PAGE_RULE"
        " && /size: *a4/i.test(r.cssText)));"
        "document.body.dataset.check = [rows.length, kept.length, document.querySelectorAll('table').length,"
        " heads.length, a4].join(' ');"
        "</script>"
    )
    page = render_html(tracker).replace("</body>", probe + "</body>")
    source = tmp_path / "probe.html"
    source.write_text(page, encoding="utf-8")
    done = chromium("--dump-dom", source.as_uri(), profile=tmp_path / "profile")
    found = re.search(r'data-check="(\d+) (\d+) (\d+) (\d+) (true|false)"', done.stdout)
    assert found, done.stderr[-2000:]
    rows, kept, tables, heads, a4 = found.groups()
    assert int(rows) == int(kept) == 30
    assert int(tables) == int(heads) == len(tracker.sections)
    assert a4 == "true"
