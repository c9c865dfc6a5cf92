"""Grading hand-made answers: right, partial, wrong, misspelt; per-element list credit; FSRS ratings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import FakeEmbedder

from tutor.ingest.reading import read_knowledge
from tutor.revision.grading import Grader, rating_for, term_score
from tutor.revision.items import QuizItem, generate_items


@pytest.fixture(scope="module")
def items() -> dict[str, QuizItem]:
    root = Path(__file__).resolve().parent.parent / "knowledge"
    return {it.prompt: it for it in generate_items(read_knowledge(root))}


@pytest.fixture
def grader(fake_embedder: FakeEmbedder) -> Grader:
    return Grader(fake_embedder)


def _find(items: dict[str, QuizItem], kind: str, needle: str) -> QuizItem:
    return next(it for p, it in items.items() if it.kind == kind and needle in p)


def test_definition_right_partial_wrong_misspelt(items, grader) -> None:
    it = _find(items, "definition", "define cyber diplomacy")
    right = grader.grade(
        it,
        "Diplomatic techniques and diplomatic tasks performed in cyberspace by governments, "
        "organizations or individuals to protect their interests",
    )
    partial = grader.grade(it, "using diplomatic techniques")
    wrong = grader.grade(it, "a treaty about fishing rights in the Baltic sea")
    misspelt = grader.grade(
        it,
        "diplomatc tecniques and the perfomance of diplomatic taks by governmnets, "
        "organisations or indviduals in cyberspace to protct their interests",
    )
    assert right.score >= 0.8 and right.rating in ("Good", "Easy")
    assert 0.15 < partial.score < 0.7 and partial.rating in ("Again", "Hard")
    assert wrong.score <= 0.1 and wrong.rating == "Again"
    assert misspelt.score >= 0.8
    assert "techniques" in partial.right and "individuals" in partial.missing
    assert "Missing:" in partial.feedback and it.reading in partial.feedback and it.source in partial.feedback


def test_word_order_does_not_matter(items, grader) -> None:
    it = _find(items, "definition", "define cyber diplomacy")
    a = grader.grade(it, "governments organizations individuals performance tasks techniques protect interests")
    b = grader.grade(it, "protect interests techniques tasks performance individuals organizations governments")
    assert a.score == pytest.approx(b.score) and a.score > 0.5


def test_list_gets_credit_per_element(items, grader) -> None:
    it = _find(items, "list", "five cyber diplomacy challenges")
    g = grader.grade(
        it,
        "1. states are reluctant to take part... no: reluctance of states\n2. rapid growth of tech\n"
        "3. the legitimacy of international cyber law is questioned",
    )
    assert g.score == pytest.approx(3 / 5)
    assert g.feedback.splitlines()[0].endswith(
        "3 of 5: you missed Cyber diplomacy creates a political divide among states; "
        "Cyber diplomacy preserves the interest of non-state actors."
    )
    assert grader.grade(it, "politcal divide, non-state actors interests, reluctnce, growth, legitimacy").score == 1
    assert grader.grade(it, "no idea").score == 0


TIMELINE = """# Milestones

## Early discoveries

Some notable discoveries:

- 1805 Least Square Theory by French mathematician Adrien-Marie Legendre.
- 1913 Markov Chains, named after Russian mathematician Andrey Markov, describe sequences of events.
- 1957 Perceptron is a linear classifier invented by the psychologist Frank Rosenblatt.
- 1967 Nearest Neighbor is an algorithm originally designed to map routes.
- 1982 Recurrent Neural Networks are neural networks with loops that keep a state.

## Later milestones

The chess computer Deep Blue beat the reigning world champion in 1997 after a six-game match.
The question-answering system Watson won the quiz show Jeopardy in 2011 against two champions.

## The web

The first web browser was released to other laboratories in 1991 by a team at a physics laboratory.

## Search

The search engine that ranked pages by their links was founded in 1998 by two graduate students.

## Go

A program finally beat a professional player at the board game Go in 2015 in a five-game match.
"""


def test_cloze_and_choice(grader, tmp_path: Path) -> None:
    (tmp_path / "milestones.md").write_text(TIMELINE, encoding="utf-8")
    timeline = generate_items(read_knowledge(tmp_path))
    cloze = next(it for it in timeline if it.kind == "cloze")
    named = replace(cloze, answer="Christopher Painter", key_terms=("Christopher Painter",))
    assert grader.grade(named, "christopher painter").score == 1
    assert grader.grade(named, "Cristopher Paintr").score == 1  # typos
    assert 0.4 <= grader.grade(named, "Painter").score < 1
    assert grader.grade(named, "Barack Obama").score == 0
    choice = next(it for it in timeline if it.kind == "choice")
    letter = "ABCD"[choice.choices.index(choice.answer)]
    wrong = next(c for c in choice.choices if c != choice.answer)
    assert grader.grade(choice, letter).score == 1
    assert grader.grade(choice, choice.answer.upper()).score == 1
    assert grader.grade(choice, wrong).score == 0
    assert grader.grade(choice, letter).rating == "Good"  # recognition never rates Easy


def test_acronym_or_full_name_both_count() -> None:
    assert term_score("European Union (EU)", "the EU") == 1
    assert term_score("European Union (EU)", "european union") == 1


def test_empty_answer_is_again(items, grader) -> None:
    g = grader.grade(next(iter(items.values())), "   ")
    assert g.score == 0 and g.rating == "Again" and "No answer" in g.feedback


def test_rating_thresholds() -> None:
    assert [rating_for(s, "short") for s in (0.1, 0.5, 0.8, 1.0)] == ["Again", "Hard", "Good", "Easy"]
    assert rating_for(1.0, "cloze") == "Good"


def test_grading_without_a_model_uses_key_terms(items) -> None:
    it = _find(items, "definition", "define cyber diplomacy")
    assert Grader(None).grade(it, it.answer).score == 1
    assert Grader(None).grade(it, "bananas").score == 0
