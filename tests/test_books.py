"""Whole books as plain text (issue 17): a real book's text as a PDF extraction gives it, page furniture and all.

The book is Lessig's *Free Culture* (tests/data/texts/SOURCES.md): 352 pages extracted with pypdf, no blank
line anywhere, printer's line numbers down every page, running headers, the chapter lines between them."""

from __future__ import annotations

import json
import lzma
import re
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import ROOT

from tutor.ingest.chunking import chunk_documents
from tutor.ingest.reading import parse
from tutor.records import Document

BOOK = ROOT / "tests" / "data" / "books" / "free-culture.txt.xz"
CHAPTERS = [
    "CHAPTER ONE: Creators",
    "CHAPTER TWO: “Mere Copyists”",
    "CHAPTER THREE: Catalogs",
    "CHAPTER FOUR: “Pirates”",
    "CHAPTER FIVE: “Piracy”",
    "CHAPTER SIX: Founders",
    "CHAPTER SEVEN: Recorders",
    "CHAPTER EIGHT: Transformers",
    "CHAPTER NINE: Collectors",
    "CHAPTER TEN: “Property”",
    "CHAPTER ELEVEN: Chimera",
    "CHAPTER TWELVE: Harms",
    "CHAPTER THIRTEEN: Eldred",
    "CHAPTER FOURTEEN: Eldred II",
]
# what the printer left on every page: none of it may reach a sentence a learner reads
FURNITURE = re.compile(r"4TH PASS PAGES|\.qxd|\bPM\s+Page\b|❚|free-culture\.org/get-it|^\d+$")


@lru_cache(maxsize=1)
def book_text() -> str:
    return lzma.decompress(BOOK.read_bytes()).decode("utf-8")


def chapters_one_to_three() -> str:
    """Three chapters as they stand in the extraction, with the furniture of the page before the first."""
    text = book_text()
    start = text.rindex("4TH PASS PAGES", 0, text.index("\nCHAPTER ONE: Creators\n"))
    return text[start : text.index("\nCHAPTER FOUR: “Pirates”\n")]


def _read(text: str, name: str = "free-culture.txt") -> Document:
    return parse(text, f"knowledge/{name}", markdown=False, fallback_title=Path(name).stem.replace("-", " "))


def _units(doc: Document) -> list[str]:
    return [u.text for s in doc.sections for b in s.blocks for u in b.units]


def test_a_books_chapter_lines_are_its_sections_and_its_page_furniture_is_not_text() -> None:
    doc = _read(chapters_one_to_three())
    assert [s.title for s in doc.sections if s.blocks] == CHAPTERS[:3]
    sentences = _units(doc)
    assert len(sentences) > 500
    assert not [s for s in sentences if FURNITURE.search(s)]
    for s in doc.sections:
        for b in s.blocks:
            for u in b.units:
                assert doc.text[u.start : u.end].strip() == doc.text[u.start : u.end]  # exact, trimmed spans


def test_a_books_lines_read_as_sentences_words_joined_across_line_breaks() -> None:
    doc = _read(chapters_one_to_three())
    reading = " ".join(_units(doc))
    assert "the results were unambiguous." in reading  # "unam-\nbiguous" in the extraction
    assert "\ufb01" not in reading and "first experiment" in reading  # the "ﬁ" ligature read as letters
    # a paragraph ends where a short line ends a sentence: the chapter is many paragraphs, not one
    (chapter,) = [s for s in doc.sections if s.title == CHAPTERS[0]]
    assert len(chapter.blocks) >= 20
    first = " ".join(u.text for u in chapter.blocks[0].units)
    assert first.startswith("In 1928, a cartoon character was born.") and first.endswith("would become Mickey Mouse.")


def test_the_whole_book_has_a_section_per_chapter() -> None:
    doc = _read(book_text())
    titles = [s.title for s in doc.sections]
    for wanted in ["PREFACE", "INTRODUCTION", *CHAPTERS, "CONCLUSION", "AFTERWORD"]:
        assert titles.count(wanted) == 1, wanted
    assert not [s for s in _units(doc) if FURNITURE.search(s)]
    chunks = chunk_documents([doc])
    assert {c.section for c in chunks} >= set(CHAPTERS)
    assert all(c.text == doc.text[c.start : c.end] for c in chunks)


# ------------------------------------------------------------------ plain-text structure beyond this book

_PAGE = "{n}\nA SHORT GUIDE TO SOIL\n"


def _paginated(paragraphs: list[str], width: int = 60, lines_per_page: int = 12) -> str:
    """Hard-wrapped text with a page number and a running header after every page, no blank lines."""
    lines: list[str] = []
    for p in paragraphs:
        line = ""
        for word in p.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    out, page = [], 1
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % lines_per_page == 0:
            out.append(_PAGE.format(n=page).rstrip("\n"))
            page += 1
    return "\n".join(out) + "\n"


_SENTENCES = [
    "Soil forms over centuries as rock weathers and living things add organic matter to the ground.",
    "Gardeners who understand how it forms can keep it healthy for decades without buying much.",
    "Every handful holds minerals, water, air and a great many organisms that break down dead plants.",
    "Clay holds water well but drains slowly, while sand drains fast and holds few nutrients.",
    "Earthworms mix the layers and leave channels that let roots and rain reach deeper.",
    "A soil test tells a gardener its acidity and which nutrients it lacks before anything is planted.",
    "Mulch keeps the surface cool and moist and feeds the life below it as it rots.",
    "Digging too often breaks the networks of fungi that carry water and food to plant roots.",
]


def _body(n: int, offset: int) -> str:
    return " ".join(_SENTENCES[(offset + i) % len(_SENTENCES)] for i in range(n))


def test_numbered_headings_over_long_bodies_are_sections_and_a_numbered_list_stays_a_list() -> None:
    paragraphs = [
        "1. Introduction",
        _body(6, 0),
        "2. How soil forms",
        _body(5, 2) + " A good compost has three parts:",
        "1. green waste",
        "2. brown waste",
        "3. water",
        "Yes.",
        _body(3, 1),
        "Yes.",
        _body(3, 4),
        "Yes.",
        "3. Keeping soil healthy",
        _body(8, 3),
    ]
    doc = _read(_paginated(paragraphs), "soil.txt")
    assert [s.title for s in doc.sections] == ["1. Introduction", "2. How soil forms", "3. Keeping soil healthy"]
    lists = [b for s in doc.sections for b in s.blocks if b.kind == "list"]
    assert [[u.text for u in b.units] for b in lists] == [["green waste", "brown waste", "water"]]
    sentences = _units(doc)
    assert sentences.count("Yes.") == 3  # a repeated line that ends a sentence is text, not a running header
    assert not [s for s in sentences if "SHORT GUIDE" in s or re.search(r"\b\d+$", s)]


@pytest.mark.parametrize(
    "line",
    [
        "Chapter 3 of the report says so",  # a sentence that wraps, not a heading: no sentence ended before it
        "CHAPTER ONE: Creators 21",  # a contents line
    ],
)
def test_a_line_that_only_looks_like_a_chapter_is_not_a_heading(line: str) -> None:
    text = _paginated(["Here is some text that runs on and on without end and", line, _body(8, 0)])
    assert [s.title for s in _read(text, "report.txt").sections] == ["report"]


def test_reading_a_book_file_from_the_knowledge_folder(tmp_path: Path) -> None:
    from tutor.ingest.reading import read_knowledge

    (tmp_path / "free-culture.txt").write_text(chapters_one_to_three(), encoding="utf-8")
    [doc] = read_knowledge(tmp_path)
    assert [s.title for s in doc.sections if s.blocks] == CHAPTERS[:3]


@pytest.mark.slow  # the whole book through every stage: about 6 s with the fake embedder
def test_the_whole_book_builds_with_a_path_step_and_a_faq_entry_per_chapter(tmp_path: Path, fake_embedder) -> None:
    from tutor.revision.bank import ensure_item_bank
    from tutor.revision.items import SectionKey
    from tutor.revision.path import GuidedPath
    from tutor.revision.reviser import Reviser
    from tutor.revision.store import ProgressStore
    from tutor.service import build_everything

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "free-culture.txt").write_text(book_text(), encoding="utf-8")
    notices: list[str] = []
    steps = list(build_everything(notices.append, knowledge, tmp_path / "index", fake_embedder))
    assert not [n for n in notices if "skipped" in n or "could not" in n], notices
    assert steps[-1].entries >= len(CHAPTERS)
    faq = json.loads((tmp_path / "index" / "faq.json").read_text(encoding="utf-8"))
    sections = [e["section"] for e in faq["entries"]]
    assert all(sections.count(c) == 1 for c in CHAPTERS), sections
    bank = ensure_item_bank(knowledge, tmp_path / "index")
    path = GuidedPath(Reviser(bank, ProgressStore(tmp_path / "progress.db"), fake_embedder))
    titles = [k.title for k in path.sections]
    assert all(titles.count(c) == 1 for c in CHAPTERS), titles
    for chapter in CHAPTERS:
        key = SectionKey("knowledge/free-culture.txt", chapter)
        assert path.key_points(key) and path.checks(key), chapter
