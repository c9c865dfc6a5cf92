"""Chat meets revision in the web app, without a server: "Check yourself" after an answer, "Explain" into the chat."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from conftest import FakeEmbedder

from tutor.ingest.reading import read_knowledge
from tutor.revision.bank import ensure_item_bank
from tutor.revision.links import explanation
from tutor.revision.reviser import Reviser
from tutor.revision.store import ProgressStore
from tutor.service import open_tutor
from tutor.ui.web.article import ArticleIndex
from tutor.ui.web.chat import chat_turn, explain_turn
from tutor.ui.web.check_yourself import check_answer, check_question, offer_check


@pytest.fixture
def setup(knowledge: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    tutor = open_tutor(knowledge, tmp_path / "index", embedder=FakeEmbedder())
    bank = ensure_item_bank(knowledge, tutor.index.folder)
    reviser = Reviser(bank, ProgressStore(tmp_path / "progress.sqlite3"), tutor.embedder)
    return tutor, reviser, ArticleIndex(tuple(read_knowledge(knowledge)))


def _answer(tutor, question: str, article: ArticleIndex):  # type: ignore[no-untyped-def]
    return list(chat_turn(tutor, None, question, [], [], article))[-1].answer


def test_an_answer_offers_a_check_on_its_cited_section_and_a_refusal_offers_none(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, reviser, article = setup
    answer = _answer(tutor, "What are the challenges of cyber diplomacy?", article)
    assert answer is not None and answer.in_scope
    section = offer_check(reviser, answer)
    assert section is not None and section in {(c.source, c.section) for c in answer.citations}
    assert reviser.bank.in_section(section)
    refusal = _answer(tutor, "Who won the 2018 FIFA World Cup in Moscow?", article)
    assert refusal is not None and not refusal.in_scope
    assert offer_check(reviser, refusal) is None


def test_check_yourself_without_a_name_grades_but_records_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, reviser, article = setup
    section = offer_check(reviser, _answer(tutor, "What are the challenges of cyber diplomacy?", article))
    q = check_question(reviser, section, "  ")
    item = reviser.bank.get(q.item_id)
    assert item.section_key == section
    assert "Check yourself" in q.text and html.escape(item.prompt) in q.text and "Not recorded" in q.text

    right = ", ".join(item.elements) if item.elements else item.answer
    feedback = check_answer(reviser, "", q.item_id, right)
    assert feedback.startswith("### ✓") and "Passage" in feedback and "Not recorded" in feedback
    assert "next review" not in feedback
    wrong = check_answer(reviser, "", q.item_id, "the price of bananas in winter")
    assert wrong.startswith("### ✗")
    assert reviser.store.reviews("anyone") == []

    assert check_answer(reviser, "", q.item_id, "   ") == "Type your answer first."
    assert "Check yourself" in check_answer(reviser, "", "", "something")


def test_check_yourself_with_a_name_records_and_moves_on(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, reviser, article = setup
    section = offer_check(reviser, _answer(tutor, "What are the challenges of cyber diplomacy?", article))
    q = check_question(reviser, section, "dana")
    assert "Answering as **dana**" in q.text
    feedback = check_answer(reviser, "dana", q.item_id, "no idea")
    assert feedback.startswith("### ✗") and "next review" in feedback
    assert [r.item_id for r in reviser.store.reviews("dana")] == [q.item_id]
    if section is not None and len(reviser.bank.in_section(section)) > 1:
        assert check_question(reviser, section, "dana").item_id != q.item_id, "an unseen item comes next"


def test_check_yourself_shows_the_learners_words_as_text(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, reviser, article = setup
    section = reviser.bank.sections[0]
    q = check_question(reviser, section, "<b>eve</b>")
    assert "<b>" not in q.text and "&lt;b&gt;eve&lt;/b&gt;" in q.text
    assert check_question(reviser, "No Such Section", None).item_id == ""


def test_explain_puts_the_passage_into_the_chat_as_a_cited_answer(setup, knowledge: Path) -> None:  # type: ignore[no-untyped-def]
    tutor, reviser, article = setup
    item = next(it for it in reviser.bank.items if it.kind == "short" and "•" not in it.reading)  # a paragraph's
    answer = explanation(reviser.bank, item.id, tutor.index.chunks)
    assert answer.in_scope and answer.question.startswith("Explain:") and "[1]" in answer.text
    (citation,) = answer.citations
    source = (knowledge / "cyber-diplomacy.md").read_text(encoding="utf-8")
    assert source[citation.start : citation.end] == citation.text
    assert citation.start <= item.start and item.end <= citation.end, "the indexed passage holds the item"
    assert citation.highlights == ((item.start, item.end),) and citation.section == item.section

    earlier = [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]
    turn = explain_turn(reviser.bank, item.id, earlier, ["q"], article, tutor.index.chunks)
    assert turn.chat[:2] == earlier and len(turn.chat) == 4 and turn.history == ["q"]
    assert "Explain:" in turn.chat[2]["content"]
    reply = turn.chat[3]["content"]
    assert 'class="tutor-answer"' in reply and 'data-n="1"' in reply and '<blockquote class="quote">' in reply
    assert 'id="src-1"' in turn.sources and "Open in the text" in turn.sources
    assert f"<mark>{html.escape(item.reading)}</mark>" in turn.sources
    assert turn.suggestions == []


def test_explain_without_chunks_cites_the_items_own_span(setup) -> None:  # type: ignore[no-untyped-def]
    _, reviser, _ = setup
    item = next(it for it in reviser.bank.items if it.kind == "list")
    (citation,) = explanation(reviser.bank, item.id).citations
    assert (citation.start, citation.end, citation.text) == (item.start, item.end, item.text)
