"""PDFs of other layouts (issue 15): a single-column journal article set in TeX (Wickham's "Tidy Data", JSS 2014),
read with its outline and without it, its bulleted lists as lists and its code as code; and the reader's rules that
no real document here shows on its own (an outline title that a sentence's last word repeats, section headings of
one name in several sections)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT

from tutor.ingest.convert import add_documents
from tutor.ingest.convert.pdf import _markdown
from tutor.ingest.convert.pdf_lines import PdfLine
from tutor.ingest.plain_lines import furniture, lines_of

DOCS = ROOT / "tests" / "data" / "documents"


def _added(tmp_path: Path, path: Path) -> str:
    [added] = add_documents([path], tmp_path / "knowledge")
    return added.written.read_text(encoding="utf-8") if added.written else ""


def _headings(markdown: str) -> list[str]:
    return re.findall(r"^#{2,6} (.+)$", markdown, re.M)


def test_a_tex_articles_bulleted_list_is_a_list_and_no_bullet_is_taken_for_its_outlines_heading(tmp_path: Path) -> None:
    text = _added(tmp_path, DOCS / "tidy-data.pdf")
    headings = _headings(text)
    assert "3.1. Column headers are values, not variable names" in headings  # the outline's title, where it heads
    assert "Column headers are values, not variable names." not in headings  # not the list item that says it first
    for item in ("Column headers are values, not variable names.", "Sort: changing the order of observations."):
        assert re.search(rf"^- {re.escape(item)}$", text, re.M)  # TeX's bullet, which PDFium gives as U+0088
    assert "\x88" not in text
    # the outline leaves out the back matter: a line set in the type of its sections' headings heads it all the same
    assert headings[-2:] == ["Acknowledgments", "References"] and not re.search(r"^References Bates", text, re.M)


def test_a_tex_articles_headings_are_found_by_their_bold_fonts_name_when_it_has_no_outline(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    cut = pdfium.PdfDocument.new()  # pages copied into a new PDF leave the outline behind
    cut.import_pages(pdfium.PdfDocument(str(DOCS / "tidy-data.pdf")), [0, 1, 2, 3, 4])
    cut.save(str(tmp_path / "tidy-data-1-5.pdf"))
    text = _added(tmp_path, tmp_path / "tidy-data-1-5.pdf")
    # TeX's bold (CMBX12) gives a weight of 545, under bold's 600: its name says bold. A section is set larger than
    # its subsections, which are set bold a little over the body: the numbers give the levels
    headings = re.findall(r"^#{2,6} .+$", text, re.M)
    start = headings.index("## 2. Defining tidy data")
    assert headings[start : start + 4] == [
        "## 2. Defining tidy data",
        "### 2.1. Data structure",
        "### 2.2. Data semantics",
        "### 2.3. Tidy data",
    ]


def test_a_code_listings_indents_are_kept_and_a_short_line_goes_on_with_it(tmp_path: Path) -> None:
    text = _added(tmp_path, DOCS / "tracemonkey.pdf")
    block = next(b for b in text.split("```") if "st sp[0], v0" in b)
    lines = block.strip("\n").splitlines()
    assert lines[0].startswith("v0 := ld state[748]") and lines[1].startswith("     st sp[0], v0")


def _lines(*texts: str) -> list[PdfLine]:
    return [PdfLine(0, t, 10.9, left=126.0) for t in texts]


def test_an_outline_title_is_a_heading_where_a_line_names_it_not_where_a_sentence_ends_on_its_word() -> None:
    body = _lines(
        "In most forms of object-oriented programming an object is seen as consisting of some state together with",
        "a set of procedures for accessing and",
        "manipulating that state.",
    )
    markdown = _markdown(body, {0: [(2, "State")]}, ["12"])
    assert not _headings(markdown) and "accessing and manipulating that state." in markdown
    markdown = _markdown([*_lines("CHAPTER TWO: Mere Copyists"), *body[:1]], {0: [(0, "Mere Copyists")]}, ["31"])
    assert _headings(markdown) == ["CHAPTER TWO: Mere Copyists"]
    cut = "8.1.2 Structuring benefits of Relations — Access path indepen\ufffedence"  # a word cut at the line's end
    title = "Structuring benefits of Relations --- Access path independence"
    markdown = _markdown([*_lines(cut), *body[:1]], {0: [(2, title)]}, ["38"])
    assert _headings(markdown) == ["8.1.2 Structuring benefits of Relations — Access path independence"]
    # a title set in capitals says more than its bookmark ("I: Nature of Mathematics"); in lower case it would be prose
    markdown = _markdown(
        [*_lines("THE ABSTRACT NATURE OF MATHEMATICS"), *body[:1]], {0: [(1, "I: Nature of Mathematics")]}, ["1"]
    )
    assert _headings(markdown) == ["THE ABSTRACT NATURE OF MATHEMATICS"]
    markdown = _markdown(
        [*_lines("the abstract nature of mathematics"), *body[:1]], {0: [(1, "I: Nature of Mathematics")]}, ["1"]
    )
    assert not _headings(markdown)


def test_headings_of_one_name_in_several_numbered_sections_are_text_and_a_running_header_is_not() -> None:
    page = [f"A line of the body text that goes on for a while, number {n}." for n in range(12)]
    text = "\n".join("\n".join([f"{p} Out of the Tar Pit", f"5.{p}.1 State", *page]) for p in range(1, 5))
    plain = lines_of(text)
    hidden = {plain[i].text for i in furniture(plain)}
    assert hidden == {f"{p} Out of the Tar Pit" for p in range(1, 5)}


def test_a_line_of_code_too_short_to_tell_its_pitch_goes_on_with_the_listing_and_keeps_its_indent() -> None:
    code = [
        PdfLine(0, "double AttackerSuccessProbability(double q, int z)", 8.0, fixed=True, left=122.0),
        PdfLine(0, "double p = 1.0 - q;", 8.0, fixed=True, left=141.2),
        PdfLine(0, "int i, k;", 8.0, left=141.2),  # too few letters to tell its pitch
        PdfLine(0, "for (k = 0; k <= z; k++)", 8.0, fixed=True, left=141.2),
        PdfLine(0, "sum -= poisson * (1 - pow(q / p, z - k));", 8.0, fixed=True, left=160.4),
    ]
    body = _lines("Converting to C code, the attacker's chance of catching up falls off exponentially.")
    markdown = _markdown([*body, *code], {}, ["7"])
    assert "```\ndouble Attacker" in markdown and "\n    int i, k;\n    for (k = 0;" in markdown
    assert "\n        sum -= poisson" in markdown


def test_a_line_set_in_after_a_sentence_cut_at_the_line_end_goes_on_with_it() -> None:
    lines = [
        PdfLine(0, "Hence we define the following two types of complexity:", 10.9, left=126.0),
        PdfLine(0, "Essential Complexity is inherent in, and the essence of, the problem (as", 10.9, left=126.0),
        PdfLine(0, "seen by the users).", 10.9, left=153.0),  # a description's hanging indent
        PdfLine(0, "Accidental Complexity is all the rest.", 10.9, left=126.0),
        PdfLine(0, "Note that the definition of essential is deliberately more strict than", 10.9, left=143.0),
        PdfLine(0, "common usage.", 10.9, left=126.0),  # a first-line indent after a sentence: a new paragraph
    ]
    paragraphs = _markdown(lines, {}, ["21"]).strip().split("\n\n")
    assert any(p.endswith("the essence of, the problem (as seen by the users).") for p in paragraphs)
    assert "Note that the definition of essential is deliberately more strict than common usage." in paragraphs


def test_a_papers_items_recall_its_lists_of_words_not_its_lists_of_formulas(tmp_path: Path) -> None:
    from tutor.ingest.reading import read_knowledge
    from tutor.revision.items.generate import generate_items

    _added(tmp_path, DOCS / "tidy-data.pdf")
    items = generate_items(read_knowledge(tmp_path / "knowledge"))
    answers = [it.answer for it in items if it.kind == "list"]
    assert "Filter; Transform; Aggregate; Sort" in answers  # "the four fundamental verbs of data manipulation"
    assert not [a for a in answers if "lm()" in a]  # "R (lm()): y ~ a + b + c * d.", one formula in each language
    assert not [it.prompt for it in items if "R Core Team" in it.prompt]  # "(R Core Team 2014)": a reference


def test_terms_set_bold_after_a_lead_in_are_a_glossarys_items_and_a_paragraphs_bold_opening_is_not(
    tmp_path: Path,
) -> None:
    lines = [
        PdfLine(0, "There are two widely-used approaches to understanding systems:", 10.9, left=126.0),
        PdfLine(
            0, "Testing This is attempting to understand a system from the outside.", 10.9, left=126.0, label="Testing"
        ),
        PdfLine(
            0,
            "Informal Reasoning This is attempting to understand it from the inside.",
            10.9,
            left=126.0,
            label="Informal Reasoning",
        ),
        PdfLine(0, "3Particularly unnecessary data abstraction.", 9.0, left=126.0),  # a footnote between two terms
        PdfLine(
            1,
            "Power corrupts What we mean by this is that, without the guarantees of a language, mistakes will happen.",
            10.9,
            left=126.0,
            label="Power corrupts",
        ),
        PdfLine(1, "Of the two, power is the one we fear most.", 10.9, left=143.0),  # a paragraph after the list
        PdfLine(1, "Relations can be of the following kinds:", 10.9, left=143.0),
        PdfLine(0, "Base Relations are those which are stored directly", 10.9, left=126.0, label="Base Relations"),
        PdfLine(
            0,
            "Derived Relations are those which are defined in terms of others.",
            10.9,
            left=126.0,
            label="Derived Relations",
        ),
    ]
    blocks = _markdown(lines, {}, ["4", "5"]).strip().split("\n\n")
    assert "- **Testing**: This is attempting to understand a system from the outside." in blocks
    assert "- **Informal Reasoning**: This is attempting to understand it from the inside." in blocks
    said = "What we mean by this is that, without the guarantees of a language, mistakes will happen."
    assert f"- **Power corrupts**: {said}" in blocks
    assert "Of the two, power is the one we fear most." in blocks
    assert "- **Base Relations** are those which are stored directly" in blocks  # the term is the subject
    assert "- **Derived Relations** are those which are defined in terms of others." in blocks
    import pypdfium2 as pdfium

    from tutor.ingest.convert.pdf_lines import read_lines

    labels = {ln.label for ln in read_lines(pdfium.PdfDocument(str(DOCS / "dpr-paper.pdf"))) if ln.label}
    assert {"Encoders", "Inference"} <= labels and all(label[:1].isupper() for label in labels)
    text = _added(tmp_path, DOCS / "dpr-paper.pdf")  # "Encoders Although in principle …": a paragraph's bold opening
    assert "Encoders Although in principle" in text and "**Encoders**" not in text


def test_a_paragraph_set_in_after_a_described_term_is_no_part_of_its_description() -> None:
    body = "The different approaches to managing complexity can best be understood by looking at languages."
    lines = [PdfLine(0, body, 10.9, left=126.0) for _ in range(24)]  # a page of full lines: how long a full one is
    lines += [
        PdfLine(0, "Two things call for accidental state and control in an ideal world:", 10.9, left=143.0),
        PdfLine(0, f"Performance {body}", 10.9, left=126.0, label="Performance"),
        PdfLine(0, body, 10.9, left=126.0),  # a full line that ends the description's sentence
        PdfLine(0, "Of the two, we believe that performance will be the most common.", 10.9, left=143.0),
    ]
    blocks = _markdown(lines, {}, ["30"]).strip().split("\n\n")
    assert blocks[-2].startswith("- **Performance**: The different") and blocks[-2].endswith("languages.")
    assert blocks[-1] == "Of the two, we believe that performance will be the most common."


def test_a_line_separator_inside_a_pdfs_line_shifts_no_line_from_the_furniture_found_for_it() -> None:
    lines: list[PdfLine] = []
    for page in range(6):
        lines.append(PdfLine(page, f"Journal of Tests {page + 1}", 10.9, left=126.0))  # a running header
        if page == 0:
            lines.append(PdfLine(page, "Trace\u20291 Trace\u20292 Trace\u20291", 10.9, left=126.0))  # a figure's labels
        lines += [PdfLine(page, f"A line of prose that goes on for a while on page {page + 1}, as the others", 10.9)]
        lines += [PdfLine(page, f"and the sentence it belongs to ends here on page {page + 1}, as they do.", 10.9)]
        lines += [PdfLine(page, f"Its last word is {k}, and the text goes on after it.", 10.9) for k in range(8)]
    markdown = _markdown(lines, {}, [str(p + 1) for p in range(6)])
    assert "Journal of Tests" not in markdown  # the running header, left out
    for page in range(6):  # and not a line of prose instead of it (pages 2 to 6 had lost their first lines)
        assert f"A line of prose that goes on for a while on page {page + 1}" in markdown, page


def test_a_bold_numbered_heading_typed_without_its_space_heads_a_section() -> None:
    body = "Several primary studies have been conducted in the field of software engineering in the last years."
    lines = [
        PdfLine(0, "The report closes its first part with a short summary of what came before it.", 10.0),
        PdfLine(0, "2.Systematic Reviews in Software Engineering", 10.0, bold=True),  # a report's "2." then no space
        PdfLine(0, body, 10.0),
        PdfLine(0, "Many of them were small, and few of them were repeated by a second team of researchers.", 10.0),
    ]
    markdown = _markdown(lines, {}, ["7"])
    assert "## 2. Systematic Reviews in Software Engineering" in markdown.split("\n"), markdown
    assert body in markdown


def test_a_bold_numbered_heading_on_two_lines_is_one_heading_and_two_numbered_lines_are_not() -> None:
    before = PdfLine(0, "The report closes its first part with a short summary of what came before it.", 10.0)
    after = PdfLine(0, "Despite its importance, conducting a systematic review is not a simple task for anyone.", 10.0)
    long = [
        PdfLine(0, "4.The Developed Template for Systematic Reviews in Software", 10.0, bold=True),
        PdfLine(0, "Engineering", 10.0, bold=True),
    ]
    markdown = _markdown([before, *long, after], {}, ["9"])
    assert "## 4. The Developed Template for Systematic Reviews in Software Engineering" in markdown.split("\n")
    two = [PdfLine(0, "3. Studies Selection", 10.0, bold=True), PdfLine(0, "3.1. Studies Definition", 10.0, bold=True)]
    assert not re.search(r"^#+ 3\. Studies Selection 3\.1", _markdown([before, *two, after], {}, ["9"]), re.M)


def test_a_section_and_its_first_subsection_set_bold_on_consecutive_lines_are_two_headings() -> None:
    before = PdfLine(0, "The first part of the paper closes with the reasons that led to the new design.", 10.0)
    after = PdfLine(0, "In designing a file system for our needs, we have been guided by assumptions.", 10.0)
    heads = [PdfLine(0, "2. DESIGN OVERVIEW", 10.0, bold=True), PdfLine(0, "2.1 Assumptions", 10.0, bold=True)]
    lines = _markdown([before, *heads, after], {}, ["3"]).split("\n")
    assert "## 2. DESIGN OVERVIEW" in lines and "### 2.1 Assumptions" in lines, lines
    contents = [
        PdfLine(0, "2 The Consensus Algorithm 1", 10.0, bold=True),
        PdfLine(0, "2.1 The Problem", 10.0, bold=True),
    ]
    lines = _markdown([before, *contents, after], {}, ["1"]).split("\n")
    assert not any(ln.startswith("#") and "Algorithm 1" in ln for ln in lines), lines  # a contents line and its page


def test_a_ligatures_letters_drawn_on_one_place_are_not_a_character_drawn_twice(tmp_path: Path) -> None:
    # "ff" set as one glyph gives two letters at one place; only a run of letters drawn again (a browser's title set
    # twice over, `tests/test_add_slides.py`) is read once
    text = _added(tmp_path, DOCS / "tidy-data.pdf")
    assert "it is surprisingly difficult to precisely define variables and observations in general" in text
    assert not re.search(r"\b(?:dificult|diferent)\b", text)
