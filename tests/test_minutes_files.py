"""Reading minutes files: PDFs (rendered here with fpdf2) and Word tables, as :func:`minutes_text` gives them."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import InvalidInput
from bot.minutes.files import MAX_MINUTES_BYTES, MAX_PDF_BYTES, max_bytes, minutes_text
from tests.minutes_samples.render import render

LONG = "Circulate the updated multi-agency audit report to all partners and ask for their comments by the end of June"


def read(source: dict[str, Any]) -> str:
    data, filename = render(source)
    return minutes_text(data, filename)


def pdf(*blocks: dict[str, Any], **options: Any) -> str:
    return read({"file": "pdf", "blocks": list(blocks), **options})


def docx(*blocks: dict[str, Any], **options: Any) -> str:
    return read({"file": "docx", "blocks": list(blocks), **options})


def table(rows: list[list[str]], **options: Any) -> dict[str, Any]:
    return {"type": "table", "rows": rows, **options}


def paragraph(text: str, bold: bool = False) -> dict[str, Any]:
    return {"type": "paragraph", "text": text, "bold": bold}


# ------------------------------------------------------------------------------------------------------------
# PDF


def test_a_pdf_table_is_rows_of_tab_separated_cells_in_reading_order() -> None:
    text = pdf(
        {"type": "heading", "text": "Northshire Safeguarding Children Board"},
        paragraph("Date: 12 March 2015"),
        table([["Name", "Agency"], ["Jane Roe", "Police"], ["Amy Long", "NHS Northshire CCG"]], header_rows=1),
        paragraph("1. Welcome"),
    )
    lines = text.splitlines()
    assert lines[0] == "Northshire Safeguarding Children Board"
    start = lines.index("Name\tAgency")
    assert lines[start : start + 3] == ["Name\tAgency", "Jane Roe\tPolice", "Amy Long\tNHS Northshire CCG"]
    assert lines.index("Date: 12 March 2015") < start < lines.index("1. Welcome")


def test_a_paragraph_keeps_its_printed_lines() -> None:
    text = pdf(paragraph(" ".join([LONG] * 3)), paragraph("Next paragraph"))
    lines = [line for line in text.splitlines() if line]
    assert len(lines) >= 3  # the long paragraph wrapped on the page, and stays wrapped
    assert " ".join(lines[:-1]) == " ".join([LONG] * 3)
    assert lines[-1] == "Next paragraph"


def test_wrapped_and_deliberate_line_breaks_in_a_cell() -> None:
    rows = [["Action", "Lead"], [LONG, "Jane Roe\nPolice"], ["Agree the plan\nReport back in May", "All"]]
    text = pdf(table(rows, widths=[60, 40], header_rows=1))
    assert f"{LONG}\tJane Roe; Police" in text.splitlines()  # the long cell wrapped: its lines join with spaces
    assert "Agree the plan; Report back in May\tAll" in text.splitlines()


def test_a_full_line_before_an_entry_like_the_others_is_a_deliberate_break() -> None:
    entries = [
        "Jeremy Oakes, Independent Chair", "Fiona Lamb, Director of Adult Care, Wexham Council",
        "Claire Moss, Wexham CCG", "DCI Harry Venn, Devon and Cornwall Police", "Joy Akinola, Royal Wexham Hospital",
        "Ben Carver, Wexham Community Health NHS Trust", "Tom Penrose, South Western Ambulance Service",
        "Peter Lanyon, Fire and Rescue Service", "Elaine Burt, National Probation Service",
        "Ruth Pascoe, Wexham District Council", "Samira Haddad, Care Providers", "Colin Treloar, Lay Member",
    ]  # fmt: skip
    for width in (30, 34, 40):
        text = pdf(table([["\n".join(entries), "Apologies: none"]], widths=[width, 100 - width]))
        assert text.splitlines()[0] == "; ".join(entries) + "\tApologies: none"


def test_a_word_too_long_for_its_cell_is_joined_again() -> None:
    rows = [["No.", "Owner", "Action"], ["1", "Communications sub-group", LONG], ["2", "Communications team", "x"]]
    text = pdf(table(rows, widths=[5, 8, 87]), orientation="landscape")
    assert "Communicatio\n" not in text and "Communicatio " not in text
    assert "Communications sub-group" in text and "Communications team" in text


def test_a_table_continued_over_pages_continues_without_its_repeated_heading() -> None:
    rows = [["No.", "Action", "Lead", "By when"]]
    rows += [[str(n), f"Action {n}: {LONG}", "Jane Roe", "30 June 2015"] for n in range(1, 46)]
    text = pdf(paragraph("Action log"), table(rows, widths=[8, 52, 20, 20], header_rows=1), paragraph("End."))
    lines = text.splitlines()
    assert lines.count("No.\tAction\tLead\tBy when") == 1
    start = lines.index("No.\tAction\tLead\tBy when")
    body = lines[start + 1 : start + 46]
    assert [line.split("\t")[0] for line in body] == [str(n) for n in range(1, 46)]
    assert all(line.count("\t") == 3 for line in body)
    assert lines[start + 46 :] == ["", "End."]


def test_page_furniture_is_dropped() -> None:
    topics = ("Welcome and apologies", "Serious case review", "Any other business")
    blocks = [paragraph(f"Item {n}. {topic}: {LONG}.") for n, topic in enumerate(topics, start=1)]
    text = pdf(
        *[b for block in blocks for b in (block, {"type": "page_break"})][:-1],
        header="Northshire LSCB – Board minutes – OFFICIAL",
        footer="Page {page} of {pages}",
    )
    assert "OFFICIAL" not in text and "Page" not in text
    assert re.findall(r"^Item \d", text, re.M) == ["Item 1", "Item 2", "Item 3"]


def test_a_protective_marking_and_page_number_on_a_single_page_are_dropped() -> None:
    text = pdf(paragraph("Date: 12 March 2015"), header="OFFICIAL", footer="Page {page} of {pages}")
    assert text == "Date: 12 March 2015\n"


def test_a_borderless_table_is_read_as_rows() -> None:
    rows = [["Present", "Agency"], ["Jane Roe", "Police"], ["Amy Long", "NHS Northshire CCG"], ["Bob Stone", "Cafcass"]]
    text = pdf(paragraph("Attendance", bold=True), table(rows, borders=False, widths=[40, 60]), paragraph("Minutes"))
    assert "Present\tAgency\nJane Roe\tPolice\nAmy Long\tNHS Northshire CCG\nBob Stone\tCafcass\n" in text
    assert text.startswith("Attendance\n") and text.endswith("\nMinutes\n")


def test_a_borderless_table_keeps_wrapped_cells_in_their_row() -> None:
    rows = [["Jane Roe", LONG], ["Amy Long", "Nurse"], ["Bob Stone", "Lay member"]]
    text = pdf(table(rows, borders=False, widths=[25, 75]))
    assert f"Jane Roe\t{LONG}\nAmy Long\tNurse\nBob Stone\tLay member" in text


def placed(lines: list[list[tuple[float, str]]], pitch: float = 12.0) -> str:
    """A PDF of text put at given places (x in points), one line every ``pitch`` points: a word processor's
    borderless table or tab stops, with no ruling and no cell padding."""
    from fpdf import FPDF

    document = FPDF(unit="pt")
    document.add_page()
    document.set_font("Helvetica", size=10)
    for number, line in enumerate(lines):
        for x, words in line:
            document.text(x, 80 + number * pitch, words)
    return minutes_text(bytes(document.output()), "minutes.pdf")


def test_a_borderless_table_without_row_spacing_joins_wrapped_cells_only() -> None:
    text = placed(
        [
            [(60, "Name"), (200, "Role")],
            [(60, "Jane Roe"), (200, "Director of Children's Services and chair of the")],
            [(200, "Safeguarding Board")],
            [(60, "Amy Long"), (200, "Nurse")],
            [(200, "Named GP")],
            [(60, "Bob Stone"), (200, "Lay member")],
        ]
    )
    assert text.splitlines() == [
        "Name\tRole",
        "Jane Roe\tDirector of Children's Services and chair of the Safeguarding Board",
        "Amy Long\tNurse",
        "\tNamed GP",
        "Bob Stone\tLay member",
    ]


def test_numbered_paragraphs_with_a_hanging_indent_are_not_a_table() -> None:
    text = placed(
        [
            [(60, "1."), (85, "Welcome and apologies")],
            [(85, "The chair welcomed everyone to the meeting.")],
            [(60, "2."), (85, "Minutes of the last meeting")],
            [(85, "The minutes were agreed.")],
            [(60, "3."), (85, "Serious case review")],
            [(85, "The panel reported progress.")],
        ]
    )
    assert text.splitlines()[:2] == ["1. Welcome and apologies", "The chair welcomed everyone to the meeting."]


def test_prose_is_not_taken_for_a_table() -> None:
    text = pdf(*[paragraph(f"{n}. {LONG}, as agreed.") for n in range(1, 5)])
    assert "\t" not in text


def test_a_landscape_pdf_reads_the_same() -> None:
    rows = [["Name", "Agency"], ["Jane Roe", "Police"]]
    assert "Jane Roe\tPolice" in pdf(table(rows), orientation="landscape").splitlines()


def test_superscripts_stay_on_their_line() -> None:
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=11)
    for before, raised, after in (("Date: 12", "th", " March 2015\n"), ("Next meeting: 1", "st", " May 2015\n")):
        document.write(6, before)
        document.char_vpos = "SUP"
        document.write(6, raised)
        document.char_vpos = "LINE"
        document.write(6, after)
    text = minutes_text(bytes(document.output()), "minutes.pdf")
    assert text == "Date: 12th March 2015\nNext meeting: 1st May 2015\n"


def test_characters_read_directly_are_the_ones_pdfplumber_reads() -> None:
    import pdfplumber

    from bot.minutes.pdf import _load_objects

    rows = [["No.", "Action", "Lead"]] + [[str(n), f"{LONG}\nSee item {n}", "Jane Roe"] for n in range(1, 30)]
    blocks = [paragraph("Date: 12th March 2015"), table(rows, header_rows=1), table(rows[:4], borders=False)]
    data, _ = render({"file": "pdf", "header": "OFFICIAL", "footer": "Page {page} of {pages}", "blocks": blocks})
    fast, plain = pdfplumber.open(io.BytesIO(data)), pdfplumber.open(io.BytesIO(data))
    assert len(fast.pages) > 1
    for ours, theirs in zip(fast.pages, plain.pages, strict=True):
        _load_objects(ours)
        options: dict[str, Any] = {"x_tolerance_ratio": 0.15, "extra_attrs": ["fontname", "size"]}
        assert ours.extract_words(**options) == theirs.extract_words(**options)
        assert [t.extract() for t in ours.find_tables()] == [t.extract() for t in theirs.find_tables()]
        assert len(ours.chars) == len(theirs.chars) and len(ours.rects) == len(theirs.rects)


def test_a_scanned_looking_pdf_is_refused() -> None:
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.rect(20, 20, 150, 200, style="F")
    with pytest.raises(InvalidInput, match="scanned"):
        minutes_text(bytes(document.output()), "minutes.pdf")


def test_a_scanned_page_image_is_refused() -> None:
    from fpdf import FPDF
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (300, 400), "white").save(image, "PNG")
    document = FPDF()
    document.add_page()
    document.image(image, x=10, y=10, w=180)
    with pytest.raises(InvalidInput, match=r"scanned.*text PDF.*\.docx"):
        minutes_text(bytes(document.output()), "minutes.pdf")


def test_a_scan_behind_a_typed_cover_page_is_refused() -> None:
    from fpdf import FPDF
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (300, 400), "white").save(image, "PNG")
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=10)
    document.multi_cell(0, 5, f"Northshire Safeguarding Children Board. Minutes of 15 May 2015. {LONG}. " * 4)
    for _ in range(3):
        document.add_page()
        document.image(image, x=10, y=10, w=180)
    with pytest.raises(InvalidInput, match="scanned"):
        minutes_text(bytes(document.output()), "minutes.pdf")


def test_a_password_protected_pdf_is_refused() -> None:
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=10)
    document.cell(0, 5, "Date: 15 May 2015")
    document.set_encryption(owner_password="owner", user_password="secret")
    with pytest.raises(InvalidInput, match="password"):
        minutes_text(bytes(document.output()), "minutes.pdf")


@pytest.mark.parametrize(
    "data",
    [b"this is not a PDF at all", b"%PDF-1.4\n" + b"garbage " * 200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<"],
)
def test_garbage_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidInput, match=r"minutes\.pdf"):
        minutes_text(data, "minutes.pdf")


def test_a_truncated_pdf_is_refused() -> None:
    data, _ = render({"file": "pdf", "blocks": [paragraph("Date: 15 May 2015")]})
    with pytest.raises(InvalidInput):
        minutes_text(data[: len(data) // 2], "minutes.pdf")


def test_pdfs_may_be_larger_than_other_files() -> None:
    assert max_bytes("Minutes.PDF") == MAX_PDF_BYTES == 20_000_000
    assert max_bytes("minutes.docx") == MAX_MINUTES_BYTES
    with pytest.raises(InvalidInput, match="PDF") as refused:  # read (and found damaged), not refused for its size
        minutes_text(b"%PDF-1.4\n" + b"x" * 3_000_000, "minutes.pdf")
    assert "MB" not in str(refused.value)
    with pytest.raises(InvalidInput, match=r"21\.0 MB"):
        minutes_text(b"%PDF-1.4\n" + b"x" * 21_000_000, "minutes.pdf")


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2_000), cut=st.integers(min_value=0, max_value=4_000))
def test_any_pdf_bytes_read_or_are_refused(data: bytes, cut: int) -> None:
    base, _ = render({"file": "pdf", "blocks": [paragraph("Date: 15 May 2015")]})
    for candidate in (b"%PDF-1.4\n" + data, base[:cut] + data + base[cut + len(data) :]):
        try:
            text = minutes_text(candidate, "minutes.pdf")
        except InvalidInput as error:
            assert str(error)
        else:
            assert text.strip()


# ------------------------------------------------------------------------------------------------------------
# Word


def test_a_word_cell_s_paragraphs_join_with_semicolons() -> None:
    rows = [["Name", "Role"], ["Jane Roe", "Director of Children's Services\nDeputy chair"], ["Amy Long", LONG]]
    text = docx(table(rows, header_rows=1))
    assert f"Jane Roe\tDirector of Children's Services; Deputy chair\nAmy Long\t{LONG}" in text


def test_word_merged_cells_are_read_once() -> None:
    from docx import Document

    document = Document()
    grid = document.add_table(rows=3, cols=3)
    for r, row in enumerate(grid.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    grid.cell(0, 0).merge(grid.cell(0, 1)).text = "across"
    grid.cell(1, 2).merge(grid.cell(2, 2)).text = "down"
    buffer = io.BytesIO()
    document.save(buffer)
    lines = minutes_text(buffer.getvalue(), "minutes.docx").splitlines()
    assert lines == ["across\tr0c2", "r1c0\tr1c1\tdown", "r2c0\tr2c1\t"]


def test_a_nested_word_table_stays_readable() -> None:
    from docx import Document

    document = Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Present"
    inner_cell = outer.cell(0, 1)
    inner_cell.text = "Members:"
    inner = inner_cell.add_table(rows=2, cols=2)
    for r, (name, agency) in enumerate([("Jane Roe", "Police"), ("Amy Long", "CCG")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = name, agency
    buffer = io.BytesIO()
    document.save(buffer)
    text = minutes_text(buffer.getvalue(), "minutes.docx")
    assert "Present\tMembers:; Jane Roe, Police; Amy Long, CCG" in text.splitlines()


def test_a_one_column_word_frame_is_read_as_what_it_holds() -> None:
    from docx import Document

    document = Document()
    frame = document.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.text = "Date: 15 May 2015"
    cell.add_paragraph("Present")
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Jane Roe", "Police"
    buffer = io.BytesIO()
    document.save(buffer)
    lines = [line for line in minutes_text(buffer.getvalue(), "minutes.docx").splitlines() if line]
    assert lines == ["Date: 15 May 2015", "Present", "Jane Roe\tPolice"]


def test_word_documents_render_headings_breaks_and_tables() -> None:
    text = docx(
        {"type": "heading", "text": "Wexham Safeguarding Adults Board"},
        paragraph("Date: 15 May 2015\nTime: 10:00", bold=True),
        {"type": "page_break"},
        table([["Name", "Agency"], ["Jane Roe", "Police"]], borders=False),
        header="OFFICIAL",
        footer="Page {page} of {pages}",
        orientation="landscape",
    )
    lines = [line for line in text.splitlines() if line]
    assert lines == ["Wexham Safeguarding Adults Board", "Date: 15 May 2015", "Time: 10:00", "Name\tAgency",
                     "Jane Roe\tPolice"]  # fmt: skip


def test_rendering_is_deterministic() -> None:
    for kind in ("pdf", "docx"):
        blocks = [paragraph("Date: 15 May 2015"), table([["Name", "Agency"], ["Jane Roe", "Police"]])]
        source = {"file": kind, "header": "OFFICIAL", "footer": "Page {page} of {pages}", "blocks": blocks}
        assert render(source) == render(source)
