"""Generator 129 (round 151: essays saved from their author's site, in the first person): a pair after a colon with
a comma before its "and", and after the writer's "I think the answer is that", is a list to name; a gloss ends where
", and" opens a clause of a pronoun or of a plural noun's base-form verb; no subject question from "After X …"; no
stray comma before a question's mark; no answer that stops where a colon opens the question it announces; a reason
opening on "that" keeps its "because"; "the canonical example of Y" asks for the example; no figure a supposition
would give. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, prompts_under, said_under


def test_a_pair_after_a_colon_is_named_with_a_comma_before_its_and_and_after_the_writers_voice(tmp_path: Path) -> None:
    for body in (
        "There are two causes of feeling lost in a new city: being tired, and meeting something unfamiliar.",
        "I think the answer is that there are two causes of feeling lost in a new city: being tired, and meeting "
        "something unfamiliar.",
    ):
        said = said_under(tmp_path, f"{body} {OTHER}")
        assert any(
            s.startswith("Name the two causes of feeling lost in a new city. =>")
            and s.endswith("| being tired | meeting something unfamiliar")
            for s in said
        ), said


def test_a_gloss_ends_where_a_clause_of_its_own_begins(tmp_path: Path) -> None:
    for body, answer in (
        (
            "A guild was an association of craftsmen that controlled a trade in one town, and you could not work "
            "without joining one.",
            "an association of craftsmen that controlled a trade in one town",
        ),
        (
            "A toll is a charge that travellers pay for the upkeep of a road, and turnpike trusts require a gate at "
            "each end of the road.",
            "a charge that travellers pay for the upkeep of a road",
        ),
    ):
        said = said_under(tmp_path, f"{body} {OTHER}")
        assert any(s.endswith(f"=> {answer}") for s in said), said


def test_no_subject_is_asked_from_a_clause_that_opens_on_after_or_before(tmp_path: Path) -> None:
    body = (
        "After Friendster stopped being only for invited users, it remained for people in a few large cities for "
        "quite a while. Before Orkut opened to everyone, it admitted members by invitation from existing members."
    )
    assert not [p for p in prompts_under(tmp_path, body) if p.startswith("What stopped") or p.startswith("What opened")]


def test_a_why_question_has_no_stray_comma_and_a_that_reason_keeps_its_because(tmp_path: Path) -> None:
    body = (
        "The most common kind of weak argument is the appeal to popularity, probably because counting supporters "
        "is the easiest form of evidence to find. Local stations care about the evening quiz show because that "
        "brings viewers to the news straight after it."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert not [s for s in said if ",?" in s], said
    assert any(s.startswith("Why do local stations care") and "=> because that brings viewers" in s for s in said), said


def test_an_answer_that_stops_before_the_question_it_announces_is_not_asked(tmp_path: Path) -> None:
    body = (
        "The most reliable way to find a research topic is to ask yourself the question: what result would you most "
        "like to read about next year?"
    )
    assert not [s for s in said_under(tmp_path, f"{body} {OTHER}") if s.endswith("=> to ask yourself the question")]


def test_the_canonical_example_of_something_asks_for_the_example(tmp_path: Path) -> None:
    body = "Carpentry is the canonical example of work that cannot be automated."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert "What is the canonical example of work that cannot be automated? => carpentry" in said
    assert not [s for s in said if s.startswith("What is carpentry?")]


def test_no_figure_is_asked_that_only_a_supposition_gives(tmp_path: Path) -> None:
    body = (
        "The survival rate would be 90%. In the last survey, 45% of the county's farms grew wheat as their main crop."
    )
    prompts = prompts_under(tmp_path, body)
    assert not [p for p in prompts if "survival rate" in p], prompts
    assert any("of the county's farms grew wheat" in p for p in prompts), prompts
