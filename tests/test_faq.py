"""The FAQ: questions from headings, the article's own entries, cited answers, storage, matching by meaning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FakeEmbedder

import tutor.faq as faq_mod
from tutor.faq import FAQ_FILE, Faq, heading_question, open_faq
from tutor.ingest.reading import read_knowledge
from tutor.service import LiveTutor, open_tutor


@pytest.mark.parametrize(
    ("heading", "question"),
    [
        ("The Function of Cyber Diplomacy", "What is the function of cyber diplomacy?"),
        ("Cyber Diplomacy Challenges", "What are the cyber diplomacy challenges?"),
        ("The Practitioners of Cyber Diplomacy", "What are the practitioners of cyber diplomacy?"),
        (
            "How Cyber Diplomacy Is Different From Other Forms of Diplomacy",
            "How is cyber diplomacy different from other forms of diplomacy?",
        ),
        (
            "3) Cyber Diplomacy Creates Political Divide Among States",
            "How does cyber diplomacy create political divide among states?",
        ),
        ("Learn Cyber Diplomacy with the Best Diplomats", "How can I learn cyber diplomacy with the best diplomats?"),
        ("What Is Cyber Diplomacy?", "What is cyber diplomacy?"),
        ("Conclusion", "What is the conclusion?"),
        ("The Role of the UN in Cyberspace", "What is the role of the UN in cyberspace?"),
        ("Relations With Russia", "What are the relations with Russia?"),
        (
            "4) Questioning the Legitimacy of Cyber Laws",
            "What does the text say about questioning the legitimacy of cyber laws?",
        ),
        ("Memory and Allocation", "What does the text say about memory and allocation?"),
        ("The `String` Type", "What is the `String` type?"),
        ("Notable discoveries", "What are the notable discoveries?"),
        ("A mysterious universe", "What does the text say about a mysterious universe?"),
        ("The child's brain", "What does the text say about the child's brain?"),
        ("1950: Machines that think", "What does the text say about 1950: machines that think?"),
        ("What we will not cover", "What will we not cover?"),
        ("History of machine learning", "What is the history of machine learning?"),
        ("Variable Scope", "What does the text say about variable scope?"),
    ],
)
def test_heading_becomes_a_question(heading: str, question: str) -> None:
    assert heading_question(heading, {"Russia"}) == question


@pytest.fixture
def fake_tutor(knowledge: Path, tmp_path: Path) -> LiveTutor:
    return open_tutor(knowledge, tmp_path / "index", embedder=FakeEmbedder())


def test_entries_are_the_articles_faq_then_one_per_section(fake_tutor: LiveTutor, knowledge: Path) -> None:
    faq = open_faq(fake_tutor, notify=lambda m: None)
    own = [e for e in faq.entries if e.origin == "article"]
    assert [e.question for e in own] == [
        "Why is cyber diplomacy important?",
        "What are the advantages of cyber diplomacy?",
        "How cyber diplomacy works?",
    ]
    assert faq.entries[: len(own)] == own
    sections = [e.section for e in faq.entries if e.origin == "section"]
    assert "The Function of Cyber Diplomacy" in sections
    assert "Cyber Diplomacy Challenges" in sections
    assert not any("Author" in s or "Frequently Asked" in s for s in sections)
    # the publisher's promotion names the publisher (front matter): furniture, as for the item bank
    assert "Learn Cyber Diplomacy with the Best Diplomats" not in sections
    assert len(set(sections)) == len(sections)
    entry = next(e for e in faq.entries if e.section == "The Function of Cyber Diplomacy")
    assert entry.question == "What is the function of cyber diplomacy?"


def test_every_answer_is_cited_word_for_word(fake_tutor: LiveTutor, knowledge: Path) -> None:
    doc = read_knowledge(knowledge)[0]
    faq = open_faq(fake_tutor, notify=lambda m: None)
    for e in faq.entries:
        assert e.answer.in_scope and e.answer.citations, e.question
        numbers = {int(n) for n in re.findall(r"\[(\d+)\]", e.answer.text)}
        assert numbers == {c.n for c in e.answer.citations}, e.question
        for c in e.answer.citations:
            assert doc.text[c.start : c.end] == c.text
            assert all(c.start <= a < b <= c.end for a, b in c.highlights)
    own = next(e for e in faq.entries if e.question == "Why is cyber diplomacy important?")
    assert own.answer.text.startswith("Cyber diplomacy is important to reduce cyber attacks")
    assert own.answer.citations[0].section == "Why is cyber diplomacy important?"


def test_stored_beside_the_index_and_rebuilt_when_the_index_changes(knowledge: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    messages: list[str] = []
    faq = open_faq(open_tutor(knowledge, index, embedder=FakeEmbedder()), notify=messages.append)
    assert (index / FAQ_FILE).is_file() and messages == ["Building the FAQ…"]

    embedder = FakeEmbedder()
    again = open_faq(open_tutor(knowledge, index, embedder=embedder), notify=messages.append)
    assert messages == ["Building the FAQ…"], "a current FAQ is loaded, not rebuilt"
    assert [e.to_dict() for e in again.entries] == [e.to_dict() for e in faq.entries]
    assert (again.vectors == faq.vectors).all()

    article = knowledge / "cyber-diplomacy.md"
    article.write_text(article.read_text() + "\n## Cyber Norms\n\nNorms guide what states do online.\n")
    rebuilt = open_faq(open_tutor(knowledge, index, embedder=FakeEmbedder()), notify=messages.append)
    assert messages.count("Building the FAQ…") == 2
    assert "What are the cyber norms?" in [e.question for e in rebuilt.entries]


def test_chat_question_matching_an_entry_gets_its_answer(fake_tutor: LiveTutor) -> None:
    faq = open_faq(fake_tutor, notify=lambda m: None)
    entry = next(e for e in faq.entries if e.origin == "article")
    answer = faq_mod.ask(fake_tutor, faq, entry.question)
    assert answer.text == entry.answer.text and answer.citations == entry.answer.citations
    assert any("FAQ" in n for n in answer.notes)
    # a follow-up leans on the conversation: the tutor resolves it, the FAQ does not take it over
    follow = faq_mod.ask(fake_tutor, faq, "and why?", ["What is cyber diplomacy?"])
    assert not any("FAQ" in n for n in follow.notes)


def test_search_on_an_empty_faq_finds_nothing() -> None:
    import numpy as np

    embedder = FakeEmbedder()
    assert Faq([], np.zeros((0, embedder.dim), dtype=np.float32), embedder).search("anything") == []


@pytest.mark.model
def test_learner_wording_matches_the_nearest_entry_by_meaning(real_tutor: LiveTutor) -> None:
    faq = open_faq(real_tutor, notify=lambda m: None)
    best = faq.search("why does cyber diplomacy matter")[0]
    assert best.entry.question == "Why is cyber diplomacy important?"
    assert faq.search("what problems does cyber diplomacy face")[0].entry.section == "Cyber Diplomacy Challenges"
    assert faq.search("a good recipe for pancakes") == []
    assert faq.best("What is cyber diplomacy") is not None
    assert faq.best("What do states gain from practising cyber diplomacy?") is None
    # the learner's word for an aspect reaches the heading's word for it ("get out of" ~ "advantages")
    assert faq.search("What do countries get out of cyber diplomacy?")[0].entry.section == (
        "What are the advantages of cyber diplomacy?"
    )
    assert faq.best("What's the outlook for cyber diplomacy?").entry.section == "The Future of Cyber Diplomacy"


def test_a_books_notes_under_its_chapters_headings_get_no_entry(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "print.md").write_text(
        "# Print\n\n## Chapter One: Presses\n\nGutenberg built a press with movable type around 1440.\n\n"
        "## Notes\n\nThe notes give each chapter's sources.\n\n"
        "## CHAPTER ONE: PRESSES\n\nSee Eisenstein, The Printing Press as an Agent of Change, 1979.\n",
        encoding="utf-8",
    )
    faq = open_faq(open_tutor(knowledge, tmp_path / "index", embedder=FakeEmbedder()), notify=lambda m: None)
    assert {e.section for e in faq.entries} == {"Chapter One: Presses"}
