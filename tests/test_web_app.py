"""The app served on a free local port: its API through gradio_client, and the page in a real Chromium.

Screenshots of every browser test are saved under tests/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SHOTS
from helpers import serve_app

ANSWERED = "#chat .tutor-answer, #chat .tutor-refusal"
WAIT_MS = 60_000


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The served app's learner progress (one for the session, like the app itself)."""
    from tutor.revision.store import ProgressStore

    return ProgressStore(tmp_path_factory.mktemp("web-home") / "progress.sqlite3")


@pytest.fixture(scope="session")
def web_bank(real_tutor, real_index_dir: Path):  # type: ignore[no-untyped-def]
    from tutor.revision.bank import ensure_item_bank

    return ensure_item_bank(real_index_dir / "knowledge", real_tutor.index.folder)


@pytest.fixture(scope="session")
def app_url(real_tutor, real_index_dir: Path, web_store) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from tutor.faq import open_faq
    from tutor.ingest.reading import read_knowledge
    from tutor.ui.web.app import create_app

    faq = open_faq(real_tutor, notify=lambda m: None)
    knowledge = real_index_dir / "knowledge"
    app = create_app(real_tutor, faq, read_knowledge(knowledge), knowledge=knowledge, store=web_store)
    yield serve_app(app)
    app.close()


def _text(message: dict) -> str:  # type: ignore[type-arg]
    content = message["content"]
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


@pytest.mark.model
def test_api_answers_with_citations_and_keeps_sessions_apart(app_url: str) -> None:
    from gradio_client import Client

    alice, bob = Client(app_url, verbose=False), Client(app_url, verbose=False)
    chat, sources, box = alice.predict("What is the main function of cyber diplomacy?", [], api_name="/chat")
    assert box == "" and len(chat) == 2
    assert "[1]" in _text(chat[1]) and "<mark>" in sources and "The Function of Cyber Diplomacy" in sources

    bob_chat, _, _ = bob.predict("What are the challenges of cyber diplomacy?", [], api_name="/chat")
    chat, sources, _ = alice.predict("What are its diplomatic agendas?", chat, api_name="/chat")
    assert len(chat) == 4 and len(bob_chat) == 2
    assert "challenges" not in _text(chat[0]).lower() + _text(chat[2]).lower()
    assert "[1]" in _text(chat[3])

    found = alice.predict("why does cyber diplomacy matter", api_name="/faq_search")
    assert "Why is cyber diplomacy important?" in found
    assert "Nothing in the FAQ is close" in alice.predict("a recipe for pancakes", api_name="/faq_search")


# ------------------------------------------------------------------ browser


@pytest.fixture
def page(browser, app_url: str, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A fresh page (its own session) that records dialogs and any request leaving this machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.outbound = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    local = ("http://127.0.0.1", "data:", "blob:", "about:")
    pg.on("request", lambda r: None if r.url.startswith(local) else pg.outbound.append(r.url))  # type: ignore[attr-defined]
    pg.set_default_timeout(WAIT_MS)
    pg.goto(app_url)
    pg.locator("#question textarea").wait_for()
    yield pg
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    assert pg.outbound == [], f"the page made network calls beyond this machine: {pg.outbound}"  # type: ignore[attr-defined]
    context.close()


def ask(pg, question: str):  # type: ignore[no-untyped-def]
    answered = pg.locator(ANSWERED)
    n = answered.count()
    box = pg.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    answered.nth(n).wait_for()
    return answered.nth(n)


@pytest.mark.browser
@pytest.mark.model
def test_answer_shows_citation_and_highlighted_source(page) -> None:  # type: ignore[no-untyped-def]
    answer = ask(page, "What is the main function of cyber diplomacy?")
    assert "[1]" in answer.inner_text()
    source = page.locator("#sources #src-1")
    source.wait_for()
    assert "The Function of Cyber Diplomacy" in source.inner_text()
    assert source.locator("mark").count() >= 1
    for width in (1280, 420):
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(300)
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"chat-answer-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the page scrolls sideways at {width} px"
    page.set_viewport_size({"width": 1280, "height": 900})

    page.locator("#sources a.open-article").first.click()
    page.locator("#article .u.hl").first.wait_for()
    assert "main function of cyber diplomacy" in page.locator("#article .u.hl").first.inner_text()


@pytest.mark.browser
@pytest.mark.model
def test_example_question_then_new_conversation(page) -> None:  # type: ignore[no-untyped-def]
    example = page.locator("#examples button").first
    from playwright.sync_api import expect

    expect(example).to_have_text(re.compile(r"\w"))  # the examples render after the page shell
    text = example.inner_text().strip()
    example.click()
    page.locator("#chat .tutor-answer").first.wait_for()
    assert page.locator("#chat .tutor-question").first.inner_text().strip() == text
    assert page.locator("#sources .source").count() >= 1
    page.locator("#new-conversation").click()
    page.locator("#chat .tutor-question").first.wait_for(state="detached")
    assert page.locator("#sources .source").count() == 0


@pytest.mark.browser
@pytest.mark.model
def test_follow_up_question(page) -> None:  # type: ignore[no-untyped-def]
    ask(page, "What is the US International Strategy for Cyberspace?")
    follow = ask(page, "Which pillars does it rest on?")
    assert "[1]" in follow.inner_text()
    assert "diplomacy, defense, and development" in page.locator("#sources mark").all_inner_texts()[-1]
    assert page.locator("#chat .tutor-question").count() == 2


@pytest.mark.browser
@pytest.mark.model
def test_question_outside_the_article_is_refused_with_suggestions(page) -> None:  # type: ignore[no-untyped-def]
    refusal = ask(page, "Who won the 1998 football World Cup final?")
    assert "Not in the text" in refusal.inner_text()
    assert page.locator("#chat .tutor-refusal").count() == 1
    suggestion = page.locator("#suggestions button.suggestion").first
    suggestion.wait_for()
    text = suggestion.inner_text()
    assert text.endswith("?")
    suggestion.click()
    page.locator("#chat .tutor-answer").first.wait_for()
    assert text in page.locator("#chat .tutor-question").nth(1).inner_text()


@pytest.mark.browser
@pytest.mark.model
def test_faq_search(page) -> None:  # type: ignore[no-untyped-def]
    page.locator("#tab-faq-button").click()
    box = page.locator("#faq-query textarea")
    box.fill("why does cyber diplomacy matter")
    box.press("Enter")
    page.locator("#faq-results details[open] summary").wait_for()
    assert page.locator("#faq-results details[open] summary").inner_text() == "Why is cyber diplomacy important?"
    assert "[1]" in page.locator("#faq-results details[open]").inner_text()
    box.fill("a recipe for pancakes")
    box.press("Enter")
    page.locator("#faq-results .faq-none").wait_for()
    assert page.locator("#faq-list details.faq-entry").count() >= 10


@pytest.mark.browser
@pytest.mark.model
def test_html_in_a_question_is_shown_as_text(page) -> None:  # type: ignore[no-untyped-def]
    question = "<img src=x onerror=alert(1)>"
    ask(page, question)
    shown = page.locator("#chat .tutor-question").first
    assert shown.inner_text().strip() == question
    assert page.locator("#chat img[src=x]").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []


@pytest.mark.browser
@pytest.mark.model
def test_script_and_markdown_in_a_question_stay_text(page) -> None:  # type: ignore[no-untyped-def]
    question = "**bold** [a link](http://example.com/x) ![pic](http://example.com/p.png) <script>alert(2)</script> `c`"
    ask(page, question)
    shown = page.locator("#chat .tutor-question").first
    assert shown.inner_text().strip() == question
    for selector in ("a", "img", "strong", "em", "code", "script"):
        assert shown.locator(selector).count() == 0, f"the question was rendered: <{selector}> in {shown.inner_html()}"
    assert page.locator("#chat a[href*='example.com'], #chat img[src*='example.com']").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []  # and the page fixture checks nothing was fetched from example.com


# ------------------------------------------------------------------ chat meets revision


def _item_shown(bank, text: str):  # type: ignore[no-untyped-def]
    """The bank item whose prompt the page shows (the page never shows ids)."""
    shown = " ".join(text.split())
    found = [it for it in bank.items if " ".join(it.prompt.split()) in shown]
    assert found, f"no item's prompt in {shown[:200]!r}"
    return max(found, key=lambda it: len(it.prompt))


def _right_answer(item) -> str:  # type: ignore[no-untyped-def]
    return ", ".join(item.elements) if item.elements else item.answer


def _start_revising(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("#tab-revise-button").click()
    page.locator("#revise-learner textarea, #revise-learner input").first.fill(name)
    page.locator("#revise-start").click()
    page.locator("#revise-status").get_by_text(f"Revising as {name}").wait_for()


@pytest.mark.browser
@pytest.mark.model
def test_check_yourself_after_an_answer(page, web_bank, web_store) -> None:  # type: ignore[no-untyped-def]
    _start_revising(page, "dana")
    page.locator("#tab-chat-button").click()
    ask(page, "What are the challenges of cyber diplomacy?")
    cited = set(page.locator("#sources .source-title").all_inner_texts())
    page.locator("#check-open").click()
    question = page.locator("#check-question")
    question.get_by_text("Check yourself").wait_for()
    assert "Answering as dana" in question.inner_text()
    item = _item_shown(web_bank, question.inner_text())
    assert item.section in cited, "the question is about a section the answer cites"

    box = page.locator("#check-answer textarea")
    box.fill(_right_answer(item))
    box.press("Enter")
    feedback = page.locator("#check-feedback")
    feedback.get_by_text("next review").wait_for()
    assert feedback.inner_text().lstrip().startswith("✓")
    assert [r.item_id for r in web_store.reviews("dana")] == [item.id]
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "check-yourself-1280.png"), full_page=True)

    refusal = ask(page, "Who won the 1998 football World Cup final?")
    assert "Not in the text" in refusal.inner_text()
    page.locator("#check-open").wait_for(state="hidden")
    assert not page.locator("#check-panel").is_visible()


@pytest.mark.browser
@pytest.mark.model
def test_quiz_round_in_the_revise_tab_then_explain_in_the_chat(page, web_bank, web_store) -> None:  # type: ignore[no-untyped-def]
    _start_revising(page, "erin")
    page.get_by_role("tab", name="Quiz").click()
    question = page.locator("#quiz-question")
    question.get_by_text("New item").wait_for()
    item = _item_shown(web_bank, question.inner_text())
    assert not page.locator("#quiz-explain").is_visible(), "Explain waits for a wrong answer"

    page.locator("#quiz-answer textarea").fill("the price of bananas in winter")
    page.locator("#quiz-submit").click()
    feedback = page.locator("#quiz-feedback")
    feedback.get_by_text("next review").wait_for()
    assert feedback.inner_text().lstrip().startswith("✗")
    assert [(r.item_id, r.rating) for r in web_store.reviews("erin")] == [(item.id, "Again")]
    explain = page.locator("#quiz-explain")
    explain.wait_for()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "revise-quiz-wrong-1280.png"), full_page=True)

    explain.click()
    reply = page.locator("#chat .tutor-answer blockquote.quote").last
    reply.wait_for()
    assert page.locator("#tab-chat-button").get_attribute("aria-selected") == "true"
    assert page.locator("#chat .tutor-question").last.inner_text().startswith("Explain:")
    assert " ".join(item.reading.split())[:60] in " ".join(reply.inner_text().split())
    assert "[1]" in page.locator("#chat .tutor-answer").last.inner_text()
    source = page.locator("#sources #src-1")
    source.wait_for()
    assert item.section in source.inner_text()
    marked = " ".join(" ".join(source.locator("mark").all_inner_texts()).split())
    assert " ".join(item.reading.split()) in marked, "the source pane highlights the item's passage"


@pytest.mark.browser
@pytest.mark.model
def test_the_chat_converses_overview_summary_quiz_and_thanks(page, web_bank, web_store) -> None:  # type: ignore[no-untyped-def]
    """Issue 16 in the browser: each kind of reply in the chat, the quiz graded in place and recorded."""
    _start_revising(page, "finn")
    page.locator("#tab-chat-button").click()
    overview = ask(page, "What is this article about?").inner_text()
    assert "covers" in overview and "Cyber Diplomacy Challenges" in overview and "[1]" in overview
    assert page.locator("#sources .source").count() >= 1

    summary = ask(page, "Summarize the challenges section").inner_text()
    assert "In short, “Cyber Diplomacy Challenges”" in summary and "[1]" in summary

    question = ask(page, "quiz me on the practitioners of cyber diplomacy").inner_text()
    assert "Quiz · The Practitioners of Cyber Diplomacy" in question
    item = _item_shown(web_bank, question)
    graded = ask(page, _right_answer(item)).inner_text()
    assert graded.lstrip().startswith("Right") and "Recorded for finn" in graded
    assert [r.item_id for r in web_store.reviews("finn")] == [item.id]
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "chat-conversation-1280.png"), full_page=True)

    thanks = ask(page, "thanks!").inner_text()
    assert "You're welcome" in thanks and "Not in the text" not in thanks
