"""Turning a PDF of minutes into text (pdfplumber): tables as tab-separated rows, the rest line by line.

Each page's ruled tables are found (pdfplumber's lines strategy); among the lines outside them, a borderless
table is accepted only where three lines or more line up in two or more columns that no line crosses. A cell's
lines join with a space where the text wrapped and with "; " where the writer broke the line (the next word would
have fitted). Lines repeated at the same place on most pages (headers, footers, page numbers) are dropped, a table
continued at the top of the next page continues (its repeated heading rows dropped), and a PDF without text (a
scan), a damaged or a password-protected one is refused with :class:`~bot.errors.InvalidInput`.
"""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.errors import InvalidInput
from bot.minutes.people import person_name, strip_title

MAX_PDF_PAGES = 300

_Word = dict[str, Any]  # pdfplumber's word: text, x0, x1, top, bottom


@dataclass(slots=True)
class _Line:
    words: list[_Word]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return float(self.words[0]["x0"])

    @property
    def x1(self) -> float:
        return float(max(w["x1"] for w in self.words))

    @property
    def height(self) -> float:
        return max(1.0, self.bottom - self.top)


@dataclass(slots=True)
class _Table:
    rows: list[list[str]]
    top: float
    bottom: float
    columns: list[float]  # the columns' left edges


@dataclass(slots=True)
class _Page:
    height: float
    lines: list[_Line]
    tables: list[_Table] = field(default_factory=list)
    scanned: bool = False  # an image and (next to) no text


def pdf_text(data: bytes, name: str) -> str:
    """The text of a PDF: lines as printed, tables as rows of tab-separated cells, in reading order."""
    if b"%PDF" not in data[:1024]:
        raise InvalidInput(f"{name} is not a PDF file: send the minutes as a text PDF or the Word (.docx) file.")
    pages, characters = _read(data, name)
    if characters < 20 or 2 * sum(page.scanned for page in pages) > len(pages):
        raise InvalidInput(
            f"{name} looks like a scanned document (its pages are pictures, with no text I can read): send a text PDF, "
            "or the Word (.docx) file the minutes were written in."
        )
    _drop_furniture(pages)
    for page in pages:
        page.lines, borderless = _borderless(page.lines)
        page.tables += borderless
    return _UNMAPPED.sub(lambda m: " " if m[1] in {"9", "32", "160"} else "", _emit(pages))


_UNMAPPED = re.compile(r"\(cid:(\d{1,5})\)")  # a glyph the font maps to no character: a tab or space, else unreadable


def _read(data: bytes, name: str) -> tuple[list[_Page], int]:
    """The pages read, and how many characters they hold."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise InvalidInput(f"{name} has {len(pdf.pages)} pages; minutes can be at most {MAX_PDF_PAGES}.")
            pages: list[_Page] = []
            characters = 0
            for page in pdf.pages:
                _load_objects(page)
                characters += len(page.chars)
                pages.append(_read_page(page))
                pages[-1].scanned = len(page.chars) < 20 and bool(page.images)
                page.close()
            return pages, characters
    except InvalidInput:
        raise
    except Exception as error:  # pdfminer raises many kinds of error for a damaged, foreign or locked file
        causes = [error, *(error.args or ()), error.__cause__, error.__context__]
        if any(c is not None and re.search(r"password|encrypt", type(c).__name__, re.I) for c in causes):
            raise InvalidInput(
                f"{name} is password-protected: send the minutes without a password, or the Word (.docx) file."
            ) from error
        raise InvalidInput(
            f"{name} is not a readable PDF (it may be damaged): send it again, or the Word (.docx) file."
        ) from error


def _load_objects(page: Any) -> None:
    """Fill the page's object cache as pdfplumber would, but with its characters built directly from pdfminer's
    layout: pdfplumber's conversion of every attribute of every character is most of a PDF's reading time.
    Rules, boxes and images are pdfplumber's own; without a cache to fill, pdfplumber reads the page itself."""
    from pdfminer.layout import LTChar, LTContainer

    if page.pdf.unicode_norm is not None or not hasattr(page, "process_object"):
        return
    height, (x_shift, y_shift) = float(page.height), page.mediabox[:2]
    objects: dict[str, list[dict[str, Any]]] = {"char": []}

    def items(container: Any) -> Iterator[Any]:
        for item in container:
            yield from items(item) if isinstance(item, LTContainer) else [item]

    for item in items(page.layout):
        if isinstance(item, LTChar):
            top = height - item.y1 + y_shift
            fontname = item.fontname.decode("latin-1") if isinstance(item.fontname, bytes) else item.fontname
            objects["char"].append(
                {"object_type": "char", "page_number": page.page_number, "text": item.get_text(), "fontname": fontname,
                 "size": item.size, "upright": item.upright, "adv": item.adv, "matrix": item.matrix,
                 "x0": item.x0 + x_shift, "x1": item.x1 + x_shift, "y0": item.y0, "y1": item.y1, "top": top,
                 "bottom": height - item.y0 + y_shift, "doctop": page.initial_doctop + top, "width": item.width,
                 "height": item.height}
            )  # fmt: skip
        else:
            found = page.process_object(item)
            if found["object_type"] != "anno":
                objects.setdefault(found["object_type"], []).append(found)
    page._objects = objects


def _read_page(page: Any) -> _Page:
    """A page's ruled tables (two columns or more) and the lines of text outside them."""
    found = [t for t in page.find_tables() if len(t.rows) >= 1 and max(len(r.cells) for r in t.rows) >= 2]
    cells: dict[tuple[int, int, int], list[_Word]] = defaultdict(list)
    outside: list[_Word] = []
    for word in page.extract_words(x_tolerance_ratio=0.15, extra_attrs=["fontname", "size"]):  # gaps, no spaces
        x, y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        spot = next(
            ((t, r, c) for t, table in enumerate(found) if _holds(table.bbox, x, y)
             for r, row in enumerate(table.rows) for c, box in enumerate(row.cells) if box and _holds(box, x, y)),
            None,
        )  # fmt: skip
        (outside if spot is None else cells[spot]).append(word)
    tables: list[_Table] = []
    for t, table in enumerate(found):
        rows = [
            [_cell_text(cells[(t, r, c)], box) for c, box in enumerate(row.cells) if box is not None]
            for r, row in enumerate(table.rows)
        ]
        if rows := [row for row in rows if any(row)]:
            lefts = sorted({round(box[0], 1) for row in table.rows for box in row.cells if box is not None})
            tables.append(_Table(rows, float(table.bbox[1]), float(table.bbox[3]), lefts))
    return _Page(float(page.height), _lines(outside), tables)


def _holds(box: Sequence[float], x: float, y: float) -> bool:
    return bool(box[0] <= x <= box[2] and box[1] <= y <= box[3])


def _lines(words: Iterable[_Word]) -> list[_Line]:
    """Words grouped into printed lines, top to bottom, each line's words left to right."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        line = next((ln for ln in reversed(lines[-3:]) if ln.top <= middle <= ln.bottom), None)
        if line is None:
            lines.append(_Line([word], float(word["top"]), float(word["bottom"])))
        else:
            line.words.append(word)
            if word["bottom"] - word["top"] > line.height:  # a line's place is its main text's, not a superscript's
                line.top, line.bottom = float(word["top"]), float(word["bottom"])
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines


def _join_words(words: Sequence[_Word], tab_gap: float | None = None) -> str:
    """Words of one line as text; a gap of ``tab_gap`` or more (columns on a page) becomes a tab."""
    parts: list[str] = []
    for previous, word in zip([None, *words[:-1]], words, strict=True):
        if previous is not None:
            gap = word["x0"] - previous["x1"]
            parts.append("\t" if tab_gap is not None and gap >= tab_gap else "" if gap < 0.5 else " ")
        parts.append(word["text"])
    return "".join(parts)


def _cell_text(words: list[_Word], box: tuple[float, float, float, float], right: float | None = None) -> str:
    """A cell's text: wrapped lines joined with a space, lines the writer broke early with "; ".

    A full line is a wrap, unless the next line starts the way two or more of the cell's other lines after a
    break do ("Jane Roe, Police" in a list of "Name, Agency" lines), or starts with a title and then the way the
    cell's first line does ("Dr Paula Reeve – ..." under "Kevin Strand – ..."), or starts as the first does with a
    reference and a dash or a person's name and a comma ("A23/29 – ..." under "A23/28 – ...")."""
    lines = _lines(words)
    if not lines:
        return ""
    if right is None:  # a ruled cell: the text's right limit mirrors its left padding
        padding = min(max(0.0, min(ln.x0 for ln in lines) - box[0]), 12.0)
        right = box[2] - padding
    texts = [_join_words(line.words) for line in lines]
    joins: list[str] = []
    for number, (previous, line) in enumerate(itertools.pairwise(lines), start=1):
        first = line.words[0]
        room = right - previous.x1
        if room >= (first["x1"] - first["x0"]) + 0.28 * line.height + 1.0:
            joins.append("; ")  # the next line's first word would have fitted: the writer broke the line
        elif texts[number - 1].endswith("-") and texts[number - 1][-2:-1].isalpha():
            joins.append("")  # a hyphenated word
        elif len(previous.words) == 1 and room < 0.6 * line.height and _piece(first):
            joins.append("")  # a word too long for the cell, broken where the cell ends
        else:
            joins.append(" ")
    shapes = [_shape(strip_title(text)) for text in texts]  # "Cllr Rita Okafor (RO) –" as "Gareth Lowe (GL) –"
    starts = Counter([shapes[0]])
    starts.update(shapes[n] for n, join in enumerate(joins, start=1) if join == "; ")
    for number, join in enumerate(joins, start=1):
        shape = shapes[number]
        bare = strip_title(texts[number])
        titled = bare != texts[number] and (shape == shapes[0] or _leads(bare))  # "Dr Paula Reeve – ...", "DS Jo Roe"
        noted = shape == shapes[0] and re.search(r"^Aa(?: Aa){1,3} \(U\)", shape or "") is not None  # "Jo Roe (JR),"
        led = shape == shapes[0] and _LED.match(shape or "") is not None and _leads(texts[number])  # "A23/29 –"
        if join == " " and shape is not None and (starts[shape] >= 2 or titled or noted or led):
            joins[number - 1] = "; "
    return "".join(part for pair in zip(texts, [*joins, ""], strict=True) for part in pair).strip()


_LED = re.compile(r"^(?:U –|Aa Aa,)$")  # a reference and a dash ("A23/28 –"), a name and a comma ("Jo Roe,")


def _leads(text: str) -> bool:
    """Whether a line starts the way an entry of its own does: a reference and a dash, or a person's name."""
    first = text.split(",")[0]
    initialled = re.match(r"^[A-Z]\.?\s+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?,", text)  # "R. Ferreira-Lane, Headteacher"
    return bool(re.match(r"^[A-Z]{0,5}\d", text)) or person_name(first) is not None or initialled is not None


def _shape(text: str) -> str | None:
    """How a line starts, up to its first punctuation ("Jane Roe, Police" -> "Aa Aa,"); None without any, or when
    the punctuation follows the first word."""
    out: list[str] = []
    for token in text.split()[:4]:
        core = token.strip(",;:()–-.")
        kind = (
            "U" if len(core) > 1 and core.isupper() else "I" if core.isupper() else "Aa" if core[:1].isupper() else "a"
        )
        trail = token[len(token.rstrip(",;:)–-.")) :]
        out.append(("(" if token.startswith("(") else "") + (kind if core else "") + trail)
        if trail or not core or token.startswith("("):
            return " ".join(out) if len(out) > 1 else None
    return None


def _piece(word: _Word) -> bool:
    """Whether a word that starts a cell's line looks like the end of a word broken at the cell's edge."""
    return bool(re.match(r"[a-z]{1,8}\b(?!-)", word["text"]))


# ------------------------------------------------------------------------------------------------------------
# Page furniture


_PAGE_NUMBER = re.compile(r"^[-–(\s]*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–)\s]*$", re.I)
_MARKING = re.compile(  # a protective marking alone on a line at the top or bottom of a page
    r"^(?:official(?:\s*[-–:]?\s*sensitive)?|restricted|protect|confidential|unclassified|not protectively marked)$",
    re.I,
)


def _drop_furniture(pages: list[_Page]) -> None:
    """Drop headers, footers and page numbers: lines repeated at the same place on most pages."""

    def in_band(line: _Line, page: _Page) -> bool:
        return line.bottom < page.height * 0.15 or line.top > page.height * 0.85

    def key(line: _Line) -> str:  # page numbers and dates vary from page to page
        return re.sub(r"\d+", "#", _join_words(line.words).lower())

    seen: Counter[tuple[str, int]] = Counter()
    for page in pages:
        seen.update({(key(ln), round(ln.top / 6)) for ln in page.lines if in_band(ln, page)})
    needed = max(2, (len(pages) + 1) // 2)

    def furniture(line: _Line) -> bool:
        place, text = round(line.top / 6), _join_words(line.words).strip()
        repeated = sum(seen[(key(line), p)] for p in (place - 1, place, place + 1)) >= needed
        return repeated or bool(_PAGE_NUMBER.match(text) or _MARKING.match(text))

    for page in pages:
        page.lines = [ln for ln in page.lines if not (in_band(ln, page) and furniture(ln))]


# ------------------------------------------------------------------------------------------------------------
# Borderless tables


_NUMBERING = re.compile(r"^(?:\(?(?:\d{1,3}(?:\.\d{1,2})?|[a-zA-Z]|[ivx]{1,4})[.)]?|[•·▪◦‣●○■□➢➤►*–-])$")


def _segments(line: _Line, gap: float) -> list[list[_Word]]:
    """A line cut where the space between two words is ``gap`` or wider."""
    out: list[list[_Word]] = [[line.words[0]]]
    for previous, word in zip(line.words, line.words[1:], strict=False):
        if word["x0"] - previous["x1"] >= gap:
            out.append([word])
        else:
            out[-1].append(word)
    return out


def _borderless(lines: list[_Line]) -> tuple[list[_Line], list[_Table]]:
    """Tables laid out without rules: runs of lines whose text lines up in columns. The rest stay lines."""
    kept: list[_Line] = []
    tables: list[_Table] = []
    index = 0
    while index < len(lines):
        found = _grid_at(lines, index)
        if found:
            tables.append(found[0])
        else:
            kept.append(lines[index])
        index = found[1] if found else index + 1
    return kept, tables


def _grid_at(lines: list[_Line], start: int) -> tuple[_Table, int] | None:
    """The borderless table starting at ``lines[start]``, and the index after it; None when there is none."""
    gap = 0.8 * lines[start].height
    first = _segments(lines[start], gap)
    if len(first) < 2:
        return None
    starts = [float(s[0]["x0"]) for s in first]
    spans = [(float(s[0]["x0"]), float(s[-1]["x1"])) for s in first]
    end = start + 1
    while end < len(lines):
        line, previous = lines[end], lines[end - 1]
        segments = _segments(line, gap)
        font = line.words[0].get("fontname") != previous.words[-1].get("fontname")
        if (
            line.top - previous.bottom > 2.0 * previous.height
            or abs(line.height - previous.height) > 0.08 * line.height
            or (font and len(segments) == 1)
        ):
            break  # a paragraph's distance away, or a heading (another size, or bold)
        new = [float(s[0]["x0"]) for s in segments if not any(abs(s[0]["x0"] - x) <= 4 for x in starts)]
        crosses = any(s[0]["x0"] + 4 < x < s[-1]["x1"] - 4 for s in segments for x in starts)
        inside = any(a + 4 < x < b - 4 for x in new for a, b in spans)
        if crosses or inside:
            break
        starts = sorted([*starts, *new])
        spans += [(float(s[0]["x0"]), float(s[-1]["x1"])) for s in segments]
        end += 1
    block = lines[start:end]
    while len(block) > 2 and len(_segments(block[-1], gap)) == 1 and abs(block[-1].x0 - starts[0]) <= 4:
        pitch = block[-1].top - block[-2].top
        if any(abs(pitch - (b.top - a.top)) <= 0.1 * pitch for a, b in itertools.pairwise(block[:-1])):
            break  # spaced as the table's lines are: its last row, not a paragraph after it
        block.pop()
    multi = [ln for ln in block if len(_segments(ln, gap)) >= 2]
    used = Counter(_column(float(s[0]["x0"]), starts) for ln in block for s in _segments(ln, gap))
    if len(multi) < 3 or len(starts) < 2 or min(used[c] for c in range(len(starts))) < 2:
        return None
    firsts = [s for ln in block for s in _segments(ln, gap) if _column(float(s[0]["x0"]), starts) == 0]
    if len(starts) == 2 and all(len(s) == 1 and _NUMBERING.match(s[0]["text"]) for s in firsts):
        return None  # numbered or bulleted paragraphs with a hanging indent, not a table
    return _grid_table(block, starts, gap), start + len(block)


def _column(x: float, starts: list[float]) -> int:
    return max(i for i, s in enumerate(starts) if s <= x + 4) if x + 4 >= starts[0] else 0


def _grid_table(block: list[_Line], starts: list[float], gap: float) -> _Table:
    """The rows of a borderless table. Where rows are spaced wider than lines somewhere in the table, lines at line
    spacing are one row; where they never are, a line is a new row unless each of its cells goes on from a full
    cell of the line above (wrapped text)."""
    cells = [{_column(float(s[0]["x0"]), starts): s for s in _segments(line, gap)} for line in block]
    rights = [max((float(c[n][-1]["x1"]) for c in cells if n in c), default=starts[n]) for n in range(len(starts))]
    spacing = [b.top - a.top <= 1.6 * a.height for a, b in itertools.pairwise(block)]
    rows_apart = not all(spacing)
    groups: list[list[int]] = [[0]]
    for index, same_row in enumerate(spacing, start=1):
        above, here = cells[index - 1], cells[index]
        wrapped = all(
            n in above
            and float(above[n][-1]["x1"]) + float(w[0]["x1"] - w[0]["x0"]) + 0.5 * block[index].height > rights[n]
            for n, w in here.items()
        )
        if same_row and (rows_apart or wrapped):
            groups[-1].append(index)
        else:
            groups.append([index])
    rows: list[list[str]] = []
    for group in groups:
        words: list[list[_Word]] = [[w for i in group for w in cells[i].get(n, [])] for n in range(len(starts))]
        rows.append([_cell_text(w, (starts[n], 0, rights[n], 0), rights[n] + 1.0) for n, w in enumerate(words)])
    return _Table(rows, block[0].top, block[-1].bottom, starts)


# ------------------------------------------------------------------------------------------------------------
# Reading order


def _emit(pages: list[_Page]) -> str:
    """Every page's lines and tables top to bottom; a table continued at the top of the next page continues."""
    out: list[str] = []
    open_table: _Table | None = None  # the table that ended the previous page, when one did
    for page in pages:
        items: list[tuple[float, _Line | _Table]] = [(ln.top, ln) for ln in page.lines]
        items += [(t.top, t) for t in page.tables]
        items.sort(key=lambda item: item[0])
        previous: _Line | None = None
        for position, (_, item) in enumerate(items):
            if isinstance(item, _Table):
                if position == 0 and open_table is not None and _continues(open_table, item):
                    rows = _without_headings(open_table, item)
                    open_table.rows += rows
                    item = open_table
                else:
                    rows = item.rows
                    out.append("")
                out.extend("\t".join(row) for row in rows)
                open_table, previous = item, None
                continue
            if open_table is not None or (previous is not None and item.top - previous.bottom > 0.7 * previous.height):
                out.append("")
            out.append(_join_words(item.words, tab_gap=2.5 * item.height))
            open_table, previous = None, item
    return "\n".join(out)


def _continues(last: _Table, table: _Table) -> bool:
    width = max(len(r) for r in last.rows)
    if max(len(r) for r in table.rows) != width or len(last.columns) != len(table.columns):
        return False
    return all(abs(a - b) <= 6 for a, b in zip(last.columns, table.columns, strict=True))


def _without_headings(first: _Table, table: _Table) -> list[list[str]]:
    """The continued table's rows without the heading rows repeated from the table's start."""
    skip = 0
    while skip < min(3, len(table.rows) - 1, len(first.rows)) and table.rows[skip] == first.rows[skip]:
        skip += 1
    return table.rows[skip:]
