"""Generator 121 (round 144: five episodes of the Carpentries' instructor training, three saved web pages): "The first
is called _____" quotes the sentence it counts from; a one-word "-ing" element of a series is no clause to cut at
("openness, sharing, and continual pursuit of best practices"); "in response to X" is asked "In response to what …?";
a glossary written as bold labels ("**Lambda:** A callback …") is asked like any other, with the text's article; no
item of "Currently, X is …"; "consists of more than …" says no answer. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from, said_under


def test_a_counted_subject_is_asked_with_the_sentence_it_counts_from(tmp_path: Path) -> None:
    body = "For our purposes, the harbour can be divided into two basins. The first is called the inner pool."
    said = said_under(tmp_path, f"{body} {OTHER}")
    blanks = [s for s in said if s.startswith("Fill in the term")]
    assert blanks and all("divided into two basins. The first is called the _____" in s for s in blanks), said


def test_a_series_element_ending_in_ing_is_no_clause_to_cut_at(tmp_path: Path) -> None:
    body = "The Mariners Guild aims to embody a culture of openness, sharing, and continual pursuit of quality."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.endswith("openness, sharing, and continual pursuit of quality") for s in said), said


def test_what_a_deed_answers_is_asked_in_response_to_what(tmp_path: Path) -> None:
    body = "Harbour pilots board the incoming ships in response to signals from the lighthouse keeper."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert "In response to what do harbour pilots board the incoming ships? => signals from the lighthouse keeper" in (
        said
    ), said


def test_a_glossary_of_bold_labels_takes_the_texts_article(tmp_path: Path) -> None:
    text = (
        "# Tasks\n\n## Overview\n\nEach job runs a lambda on a worker, and a lambda may retry. Workers pull jobs.\n\n"
        "## Glossary\n\nSome terms used in this post.\n\n"
        "**Lambda:** A callback implementing the business logic of one kind of job.\n\n"
        "**Heartbeat:** A periodic message a worker sends while it runs a job.\n"
    )
    said = [f"{it.prompt} => {it.answer}" for it in generate_items_from(tmp_path, text) if it.section == "Glossary"]
    assert "What is a lambda? => A callback implementing the business logic of one kind of job" in said, said


def test_what_holds_currently_is_not_asked(tmp_path: Path) -> None:
    body = "Currently, Moorline is a system for one-time mooring requests."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert not any("one-time mooring" in s for s in said), said


def test_more_than_something_is_no_answer(tmp_path: Path) -> None:
    body = "Seamanship consists of more than just adding knots to a sailor's memory of the harbour."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert not any(s.split(" => ")[1].startswith("more than") for s in said), said
