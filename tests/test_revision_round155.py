"""Generator 137 (round 155: a statistics course's slides printed from the browser): a list only its heading names is
no list of such things when its elements are notes longer than names ("Monte Carlo methods" over "Leverages the fact
that …"); a slide's label ("Core idea:") is no term; a date is no subject to define; the course's goals for its
students and its demands are not what it teaches; "a good choice of models" is one choice. Every text here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import prompts_under


def test_notes_under_a_heading_that_names_things_are_not_those_things(tmp_path: Path) -> None:
    notes = (
        "- Leverages the fact that randomly sampling from your data will converge to the true answer\n"
        "- Works in tons of situations\n- General task\n\n"
    )
    assert not [p for p in prompts_under(tmp_path, notes, heading="Monte Carlo methods") if p.startswith("Name")]
    names = "- Numeric\n- Integer\n- Character\n\n"
    assert "Name the three data types the text lists." in prompts_under(tmp_path, names, heading="Data types")


def test_a_slides_label_is_no_term(tmp_path: Path) -> None:
    body = (
        "- Core idea: Topic models are basically principal component analysis performed on the document-term matrix.\n"
        "- Vocabulary: the collection of tokens represented in a corpus of documents.\n"
        "- Token: a single unit of text, such as a word, a number or a punctuation mark.\n\n"
    )
    prompts = prompts_under(tmp_path, body, heading="Topic models")
    assert not [p for p in prompts if "Core idea" in p], prompts
    assert [p for p in prompts if "vocabulary" in p.lower()], prompts


def test_a_date_is_no_subject_to_define(tmp_path: Path) -> None:
    body = "- Final Exam is Thursday, December 18\n- Problem sets are due on Mondays before the lecture\n\n"
    assert not [p for p in prompts_under(tmp_path, body, heading="Announcements") if "December" in p]


def test_the_courses_goals_and_demands_are_not_what_it_teaches(tmp_path: Path) -> None:
    body = (
        "Students will answer statistical questions by implementing Monte Carlo simulations of random processes. "
        "The course content requires significant outside reading and programming in the R language."
    )
    prompts = prompts_under(tmp_path, body)
    assert not [p for p in prompts if "students" in p.lower() or "course" in p.lower()], prompts


def test_a_good_choice_of_things_is_one_choice(tmp_path: Path) -> None:
    body = "Good choice of models allow you to take intractable problems and solve them relatively quickly and easily."
    prompts = prompts_under(tmp_path, body)
    assert not [p for p in prompts if p.startswith("What do good choice")], prompts
