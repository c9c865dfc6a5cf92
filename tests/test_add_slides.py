"""Slide decks as PDFs, the course lessons learners most often bring: one printed by Beamer (its sections in the
outline, its bullets drawn as balls and triangles, every slide built up step by step printed once a step, a
navigation bar and a footer on every page) and one printed by a browser from reveal.js slides (its bullets drawn as
discs, its title set twice over in part). Each slide reads as a slide: its title a heading, its bullets list items,
nothing run on from one slide into the next."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

from tutor.ingest.convert import add_documents

DOCS = ROOT / "tests" / "data" / "documents"


@pytest.fixture(scope="module")
def beamer(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _added(tmp_path_factory.mktemp("beamer"), DOCS / "ai-slides-beamer.pdf")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _added(tmp_path_factory.mktemp("browser"), DOCS / "ai-slides-browser.pdf")


def _added(folder: Path, path: Path) -> str:
    [added] = add_documents([path], folder / "knowledge")
    assert added.written is not None
    return added.written.read_text(encoding="utf-8")


def _headings(markdown: str, level: int) -> list[str]:
    return re.findall(rf"^{'#' * level} (.+)$", markdown, re.M)


def test_a_beamer_decks_slide_titles_are_headings_under_the_sections_of_its_outline(beamer: str) -> None:
    assert beamer.count("\n# Chapters 1–2: Introduction to AI\n") == 1  # the title slide's title, once
    sections = _headings(beamer, 2)
    assert sections[:3] == [
        "What is AI? (1.1)",
        "A brief history of AI (1.2)",
        "Interlude: What is this course, anyway?",
    ]
    slides = _headings(beamer, 3)
    for title in ("What is intelligence?", "Strong and Weak AI", "Course overview", "Modularity", "Planning horizon"):
        assert title in slides
    # the navigation bar (the section's name on every slide) and the footer (author, title, date, "5 / 27") are gone
    assert "Peter Ljunglöf Chapters" not in beamer and not re.search(r"\d+ / 27", beamer)
    assert beamer.count("Interlude: What is this course, anyway?") == 2  # the outline slide's entry and its heading


def test_a_slide_built_up_step_by_step_is_read_once_whole(beamer: str) -> None:
    # three pages print "What is intelligence?": Simon's words, then Dijkstra's added; the quotation is there once,
    # whole, not cut where the furniture of repeated lines took the lines every step repeats
    assert beamer.count("It is not my aim to surprise or shock you") == 1
    assert (
        "the simplest way I can summarize is to say that there are now in the world machines that can think" in beamer
    )
    assert beamer.count("is about as relevant as the question whether submarines can swim") == 1


def test_a_slides_bullets_drawn_as_shapes_are_list_items_nested_as_drawn(beamer: str) -> None:
    overview = beamer[beamer.index("### Course overview") : beamer.index("## Dimensions of complexity")]
    assert "- The examinations:\n\n  - the Shrdlite project (deadlines: 3/4, 23/5)\n" in overview  # a sub-bullet
    assert "\n- The people\n\n  - the teachers\n" in overview  # the slide's second column starts at the top again
    assert "- Static: the world does not change" in beamer
    # Beamer's triangle, which PDFium reads as a small "I", is a bullet, not a word
    assert not re.search(r"^(?:- )?I (?:the|a|http)\b", beamer, re.M)
    representation = beamer[beamer.index("### Representation") :]
    assert "- Explicit states\n\n  - a state is one way the world could be\n" in representation


def test_a_browser_printed_deck_is_read_slide_by_slide(browser: str) -> None:
    # its title is set twice over in part ("RUSSELL & NOR SELL & NORVIG, CHAP VIG, …"): read once
    assert "\n# RUSSELL & NORVIG, CHAPTERS 1–2: INTRODUCTION TO AI\n" in browser and "NOR SELL" not in browser
    slides = _headings(browser, 2)
    assert {"RATIONALITY", "PEAS", "IS AI POSSIBLE?", "THE TECHNOLOGICAL SINGULARITY"} <= set(slides)
    vacuum = browser[browser.index("## EXAMPLE: A VACUUM-CLEANER AGENT") : browser.index("## RATIONALITY")]
    assert "- If the current square is dirty, then suck; otherwise, move to the other square." in vacuum  # a disc
    # a table its lead-in announces is a list the lead-in brings
    peas = browser[browser.index("## PEAS") : browser.index("## EXAMPLE PEAS")]
    assert "following four things:\n\n- Performance measure the agent’s criterion for success\n" in peas
    assert "\n- Sensors how the agent percieves the outside world\n" in peas
    # a table's rows are rows, not one line run on: "1943 McCulloch & Pitts: … 1950 Alan Turing’s …"
    assert "\n\n1950 Alan Turing’s “Computing Machinery and Intelligence”\n\n" in browser
    # no paragraph runs on from one slide into the next: a page begins between blocks, never inside one
    assert not re.search(r"\S[ \t]*<!-- page|<!-- page [^>]*-->[ \t]*\S", browser)
    # the running header (course and deck title) and the slide numbers are gone
    assert "DIT411/TIN175, Artificial Intelligence Russell" not in browser and not re.search(r"^\d+$", browser, re.M)
