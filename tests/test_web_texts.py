"""The Texts tab (issue 15) in Chromium: a real PDF paper added by upload, with a progress bar, then answered
from in the Chat with the text's title on the citation. The app runs with the real model over a copy of the
article."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from conftest import ARTICLE, ROOT, SHOTS
from helpers import serve_app

PAPER = ROOT / "tests" / "data" / "documents" / "tracemonkey-pages-1-4.pdf"
TITLE = "Trace-based Just-in-Time Type Specialization for Dynamic Languages"


@pytest.fixture
def library_url(tmp_path, real_embedder) -> Iterator[tuple[str, object]]:  # type: ignore[no-untyped-def]
    from tutor.faq import open_faq
    from tutor.ingest.reading import read_knowledge
    from tutor.revision.store import ProgressStore
    from tutor.service import open_tutor
    from tutor.ui.web.app import create_app

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    shutil.copy(ARTICLE, knowledge / ARTICLE.name)
    tutor = open_tutor(knowledge, tmp_path / "index", embedder=real_embedder)
    app = create_app(
        tutor,
        open_faq(tutor, notify=lambda m: None),
        read_knowledge(knowledge),
        knowledge=knowledge,
        store=ProgressStore(tmp_path / "progress.sqlite3"),
    )
    yield serve_app(app), knowledge
    app.close()


@pytest.mark.browser
@pytest.mark.model
def test_a_pdf_added_by_upload_is_answered_from_with_its_title(browser, library_url) -> None:  # type: ignore[no-untyped-def]
    url, knowledge = library_url
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(60_000)
    page.goto(url)
    page.locator("#tab-texts-button").click()
    _shows(page, "#texts-table", "The Significance of Cyber Diplomacy in the 21st Century")

    page.locator("#texts-upload input[type=file]").set_input_files(str(PAPER))
    page.locator("#texts-status .progress-text, #texts-status .eta-bar, #texts-status .progress-level").first.wait_for()
    page.locator("#texts-status", has_text="added as").wait_for()
    assert "Ready: ask about it in the Chat" in page.locator("#texts-status").inner_text()
    _shows(page, "#texts-table", TITLE)
    assert (knowledge / "trace-based-just-in-time-type-specialization-for-dynamic-lan.md").is_file()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "texts-tab.png"), full_page=True)

    page.locator("#tab-chat-button").click()
    page.locator("#question textarea").fill("What is a trace tree?")
    page.locator("#ask").click()
    page.locator("#chat .tutor-answer, #chat .tutor-refusal").first.wait_for()
    page.screenshot(path=str(SHOTS / "texts-tab-answer.png"), full_page=True)
    card = page.locator("#sources .source").first
    card.wait_for()
    assert TITLE in card.inner_text()
    page.close()


def _shows(page, selector: str, text: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function(
        "([sel, text]) => (document.querySelector(sel)?.innerText || '').includes(text)", arg=[selector, text]
    )
