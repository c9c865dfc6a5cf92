"""A library of two texts in Chromium (issue 15): the FAQ and Revise limited to one text, and a text written into
the knowledge folder while the app runs reaching the Read and FAQ tabs without a restart. The fake embedder is
enough: what is checked is the page, not the answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SHOTS
from helpers import serve_app
from test_texts_scope import SOIL, VOLCANOES

RIVERS = """# Rivers

## How rivers shape valleys

A river carves its valley as water wears away the rock of its bed. Meanders are defined as the loops a river
makes across a flat valley floor.
"""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    from conftest import FakeEmbedder

    from tutor.faq import open_faq
    from tutor.ingest.reading import read_knowledge
    from tutor.revision.store import ProgressStore
    from tutor.service import build_everything, open_tutor
    from tutor.ui.web.app import create_app

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "soil.md").write_text(SOIL, encoding="utf-8")
    (knowledge / "volcanoes.md").write_text(VOLCANOES, encoding="utf-8")
    embedder = FakeEmbedder()
    list(build_everything(lambda m: None, knowledge, tmp_path / "index", embedder))
    tutor = open_tutor(knowledge, tmp_path / "index", embedder=embedder)
    faq = open_faq(tutor, notify=lambda m: None)
    store = ProgressStore(tmp_path / "progress.sqlite3")
    app = create_app(tutor, faq, read_knowledge(knowledge), knowledge=knowledge, store=store)
    yield serve_app(app), knowledge
    app.close()


def _choose(page, dropdown: str, option: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f"{dropdown} input").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


@pytest.mark.browser
def test_faq_and_revise_limited_to_one_text_and_a_new_text_shown_without_a_restart(browser, library) -> None:  # type: ignore[no-untyped-def]
    url, knowledge = library
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(30_000)
    try:
        page.goto(url)
        page.locator("#tab-faq-button").click()
        entries = page.locator("#faq-list details.faq-entry")
        entries.first.wait_for()
        every = entries.count()
        _choose(page, "#faq-within", "Volcanoes")
        page.wait_for_function(f"document.querySelectorAll('#faq-list details.faq-entry').length < {every}")
        listed = page.locator("#faq-list").inner_text().lower()
        assert "how volcanoes erupt?" in listed and "soil" not in listed

        page.locator("#tab-revise-button").click()
        _choose(page, "#revise-within", "Soil")
        page.locator("#revise-learner textarea, #revise-learner input").first.fill("ann")
        page.locator("#revise-start").click()
        step = page.locator("#path-step")
        step.get_by_text("Section 1 of 2").wait_for()
        assert "Soil" in step.inner_text() and "magma" not in step.inner_text().lower()

        (knowledge / "rivers.md").write_text(RIVERS, encoding="utf-8")  # while the app runs
        page.locator("#tab-article-button").click()
        page.locator("#article", has_text="Meanders are defined").wait_for()
        page.locator("#tab-faq-button").click()
        page.locator("#faq-within input").click()
        page.get_by_role("option", name="Rivers", exact=True).wait_for()
        page.keyboard.press("Escape")
        page.locator("#tab-chat-button").click()  # the chat's "Ask about" offers the new text too
        page.locator("#ask-within input").click()
        page.get_by_role("option", name="Rivers", exact=True).wait_for()
        page.keyboard.press("Escape")
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "faq-within.png"), full_page=True)
    finally:
        page.close()
