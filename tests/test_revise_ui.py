"""The Revise tab: handlers called directly, and one quiz round in a real browser."""

from __future__ import annotations

import os
import socket
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import SHOTS

from tests.revision_helpers import fake_index
from tutor.revision.store import ProgressStore
from tutor.ui.web.revise_tab import ReviseHandlers, make_handlers
from tutor.ui.when import local_time

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tutor_stub(knowledge: Path, tmp_path: Path, fake_embedder):  # type: ignore[no-untyped-def]
    """What the tab needs of a Tutor: the index folder, its texts and the embedder."""
    index = fake_index(knowledge, tmp_path / "index")
    return SimpleNamespace(index=SimpleNamespace(folder=index, texts={}), embedder=fake_embedder)


@pytest.fixture
def handlers(tutor_stub, knowledge: Path, tmp_path: Path) -> ReviseHandlers:  # type: ignore[no-untyped-def]
    return make_handlers(tutor_stub, knowledge, ProgressStore(tmp_path / "p.sqlite3"))


def test_start_needs_a_name(handlers: ReviseHandlers) -> None:
    status, *_ = handlers.start("  ")
    assert "Type your name" in status


def test_quiz_round_and_explain(handlers: ReviseHandlers) -> None:
    status, path_md, path_id, quiz_md, quiz_id, chart = handlers.start("ann")
    assert "ann" in status and "Key points" in path_md and path_id == ""
    item = handlers.bank.get(quiz_id)
    assert item.prompt.split("“")[0].strip() in quiz_md or "**" in quiz_md
    feedback, chart = handlers.quiz_answer("ann", quiz_id, "something unrelated entirely")
    assert "✗" in feedback and item.source in feedback and "next review" in feedback
    assert "Mastery per section" in chart
    explained = handlers.explain(quiz_id)
    assert f"{item.start}-{item.end}" in explained and "> " in explained
    right, _ = handlers.quiz_answer("ann", quiz_id, ", ".join(item.elements) if item.elements else item.answer)
    assert "✓" in right


def test_explain_is_offered_after_a_wrong_answer_only(handlers: ReviseHandlers) -> None:
    _, _, _, _, quiz_id, _ = handlers.start("eli")
    item = handlers.bank.get(quiz_id)
    *_, wrong = handlers.quiz_grade("eli", quiz_id, "the price of bananas in winter")
    assert wrong is True
    *_, wrong = handlers.quiz_grade("eli", quiz_id, ", ".join(item.elements) if item.elements else item.answer)
    assert wrong is False
    assert handlers.quiz_grade("eli", "", "anything")[2] is False


def test_due_items_come_first_then_new_ones(handlers: ReviseHandlers) -> None:
    """One rule for what a learner answers next (`Reviser.next_up`), shared by this tab and `tutor revise`."""
    _, _, _, _, first, _ = handlers.start("dan")
    handlers.quiz_answer("dan", first, "the price of bananas in winter")
    later = datetime.now(UTC) + timedelta(days=30)
    due = handlers.reviser.next_up("dan", due_only=True, when=later)
    assert due.item is not None and due.item.id == first and due.due == 1 and due.next_due is None
    now = handlers.reviser.next_up("dan", due_only=True)
    assert now.item is None and now.due == 0 and now.next_due is not None and now.next_due < later
    assert handlers.next_question("dan", True) == (f"Nothing is due now. Next review: {local_time(now.next_due)}.", "")
    new = handlers.reviser.next_up("dan")
    assert new.item is not None and new.item.id != first and new.due == 0
    assert handlers.next_question("dan", False)[1] == new.item.id


def test_guided_path_through_the_handlers(handlers: ReviseHandlers) -> None:
    handlers.start("ben")
    md, item_id = handlers.path_continue("ben")
    assert item_id and "Check 1 of" in md
    feedback, md2, next_id, chart = handlers.path_answer("ben", item_id, "no idea")
    assert "Passage" in feedback and next_id != item_id and "Mastery" in chart


def test_two_learners_revising_at_once_keep_separate_complete_progress(handlers: ReviseHandlers) -> None:
    """One app, two learners at the same time: one on the guided path, one in the quiz, one thread each."""
    rounds = 12
    given: dict[str, list[str]] = {"ann": [], "ben": []}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def path(name: str) -> None:
        handlers.start(name)
        _, item_id = handlers.path_continue(name)
        start.wait()
        for n in range(rounds):
            answer = f"{name} path answer {n}"
            feedback, _, next_id, _ = handlers.path_answer(name, item_id, answer)
            assert "Passage" in feedback, feedback
            given[name].append(answer)
            item_id = next_id or handlers.path_continue(name)[1]

    def quiz(name: str) -> None:
        handlers.start(name)
        start.wait()
        for n in range(rounds):
            _, item_id = handlers.next_question(name, False)
            answer = f"{name} quiz answer {n}"
            feedback, _ = handlers.quiz_answer(name, item_id, answer)
            assert "next review" in feedback, feedback
            given[name].append(answer)

    def run(work, name: str) -> None:  # type: ignore[no-untyped-def]
        try:
            work(name)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=run, args=a) for a in ((path, "ann"), (quiz, "ben"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    store = handlers.reviser.store
    assert store.learners() == ["ann", "ben"]
    for name in given:
        assert [r.answer for r in store.reviews(name)] == given[name]  # all of them, in order, only theirs
        assert {r.item_id for r in store.reviews(name)} == set(store.cards(name))
    assert store.path_state("ann") is not None and store.path_state("ben") is None
    assert handlers.reviser.progress("ann").reviews == rounds == handlers.reviser.progress("ben").reviews


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.browser
def test_one_quiz_round_in_the_browser(tutor_stub, knowledge: Path, tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    import gradio as gr
    from playwright.sync_api import expect

    from tutor.ui.web.revise_tab import build_revise_tab

    with gr.Blocks(title="Revise test") as demo:
        with gr.Tab("Revise"):
            handlers = build_revise_tab(tutor_stub, knowledge, ProgressStore(tmp_path / "p.sqlite3"))
    port = _free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, share=False, quiet=True)
    page = browser.new_page(viewport={"width": 1200, "height": 1100})
    try:
        page.goto(f"http://127.0.0.1:{port}/")
        page.locator("#revise-learner textarea, #revise-learner input").first.fill("carol")
        page.locator("#revise-start").click()
        expect(page.locator("#revise-status")).to_contain_text("Revising as carol", timeout=30_000)
        page.get_by_role("tab", name="Quiz").click()
        question = page.locator("#quiz-question")
        expect(question).to_contain_text("New item", timeout=30_000)
        first = handlers.reviser.next_item("carol")
        assert first is not None
        answer = ", ".join(first.elements) if first.elements else first.answer
        page.locator("#quiz-answer textarea").fill(answer)
        page.locator("#quiz-submit").click()
        feedback = page.locator("#quiz-feedback")
        expect(feedback).to_contain_text("Right", timeout=30_000)
        expect(feedback).to_contain_text("next review")
        assert [r.item_id for r in handlers.reviser.store.reviews("carol")] == [first.id]
        page.get_by_role("tab", name="Progress").click()
        expect(page.locator("#rv-mastery")).to_contain_text(first.section, timeout=30_000)
        page.get_by_role("tab", name="Quiz").click()
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "revise-quiz.png"), full_page=True)
    finally:
        page.close()
        demo.close()
