"""A whole textbook as a PDF (`tests/data/documents/thinkpython2.pdf`, Downey's *Think Python*, 244 pages set with
LaTeX): its title from the first page though it has an outline, a running header that names a one-page section not
taken for the section's heading, a bookmark that points at the page before the heading it names, a chapter title on
two lines, and each chapter's glossary ("term: definition", its terms in the body's type) read entry by entry and
asked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

from tutor.ingest.convert import add_documents
from tutor.ingest.reading import read_knowledge
from tutor.revision.items import generate_items

pytestmark = pytest.mark.slow

BOOK = ROOT / "tests" / "data" / "documents" / "thinkpython2.pdf"


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> Path:
    [one] = add_documents([BOOK], tmp_path_factory.mktemp("book") / "knowledge")
    assert one.written is not None
    return one.written


def test_the_book_is_titled_from_its_first_page_and_no_heading_carries_a_page_number(added: Path) -> None:
    text = added.read_text(encoding="utf-8")
    assert re.search(r'^title: "Think Python"$', text, re.M)
    headings = re.findall(r"^(#{2,6}) (.+)$", text, re.M)
    assert not [h for _, h in headings if re.search(r"[A-Za-z] \d{1,3}$", h)]  # "1.3. The first program 3": a header
    # the section's own heading heads it, and the paragraph before it on its page stays in the section before
    first = text.index("### 1.3. The first program")
    assert text.index("The first three lines contain information about the interpreter") < first
    assert text[first:].split("\n\n")[1].startswith("Traditionally, the first program you write")


def test_a_bookmark_that_points_at_the_page_before_and_a_title_on_two_lines_head_their_parts(added: Path) -> None:
    headings = re.findall(r"^#{2,6} (.+)$", added.read_text(encoding="utf-8"), re.M)
    assert "Variables, expressions and statements" in headings  # set on two lines, one bookmark
    for title in ("2.3. Expressions and statements", "2.5. Order of operations"):
        assert title in headings  # their bookmarks point at the page before, where hyperref set the anchor


def test_each_chapters_glossary_is_read_entry_by_entry_and_asked(added: Path) -> None:
    text = added.read_text(encoding="utf-8")
    assert re.search(r"^high-level language: A programming language like Python", text, re.M)
    items = generate_items(read_knowledge(added.parent))
    asked = {(it.section, it.prompt): it.answer for it in items}
    assert asked[("1.8. Glossary", "What is portability?")].startswith("A property of a program that can run")
    glossaries = {it.section for it in items if it.section.endswith("Glossary")}
    assert len(glossaries) >= 15  # of the book's 21 chapters' glossaries
