"""A book as Project Gutenberg publishes it in plain text, the most common free book a learner brings: Darwin's *On
the Origin of Species*, 6th edition (`tests/data/texts/SOURCES.md`), whole and unedited: Gutenberg's header and
licence around it, a contents page that lists every chapter line, chapters and their sections headed in capitals
with a full stop, a glossary, and an index of some 700 entries standing alone as headings do."""

from __future__ import annotations

import lzma
from functools import lru_cache

from conftest import ROOT

from tutor.ingest.reading import parse
from tutor.records import Document

BOOK = ROOT / "tests" / "data" / "books" / "origin-of-species.txt.xz"


@lru_cache(maxsize=1)
def _book() -> Document:
    text = lzma.decompress(BOOK.read_bytes()).decode("utf-8")
    return parse(text, "knowledge/pg2009.txt", markdown=False, fallback_title="pg2009")


def test_the_title_is_the_books_and_its_wrapping_is_no_part_of_it() -> None:
    doc = _book()
    assert doc.title == "On the Origin of Species"  # the header's "Title:" field, not the file's name
    read = " ".join(u.text for s in doc.sections for b in s.blocks for u in b.units)
    for wrapping in ("Project Gutenberg EBook of", "Gutenberg-tm", "End of Project Gutenberg", "Sue Asscher"):
        assert wrapping not in read, wrapping  # the header, the licence, the producer's credit
    assert "When we compare the individuals of the same variety or sub-variety" in read


def test_chapters_and_their_sections_are_headed_as_the_book_heads_them() -> None:
    parents = {s.title: s.parent for s in _book().sections}
    assert parents["CAUSES OF VARIABILITY."] == "CHAPTER I. VARIATION UNDER DOMESTICATION."
    assert parents["SEXUAL SELECTION."] == "CHAPTER IV. NATURAL SELECTION; OR THE SURVIVAL OF THE FITTEST."
    assert parents["CHAPTER II. VARIATION UNDER NATURE."] == ""


def test_the_contents_and_the_index_are_lists_not_sections() -> None:
    titles = [s.title for s in _book().sections]
    assert "CHAPTER I." not in titles and titles.count("INTRODUCTION.") == 1  # the contents' lines are its entries
    assert "INDEX." in titles and "Aberrant groups" not in titles and "Zebra, stripes on" not in titles
    assert len(titles) < 100  # the index's 700 entries had made 450 sections
