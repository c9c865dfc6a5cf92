"""What round 124's blind raters marked to fix or discard on fresh held-out texts (issue 14): older papers as PDFs
(an essay on system design, one on proof in mathematics, PageRank, a study of students gaming a tutor). Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, prompts_under


def test_a_references_year_is_not_asked(tmp_path: Path) -> None:
    body = "The harbour ledger was described in Operating Systems Review 14, 3, July 1980, pp 55-69."
    assert not any("year" in p for p in prompts_under(tmp_path, f"{body} {OTHER}"))


def test_an_example_of_nothing_named_and_what_none_is_are_no_terms(tmp_path: Path) -> None:
    crude = "A crude example is the tide table which sailors may remember as a little chant."
    assert not any(p.startswith("What is a crude example") for p in prompts_under(tmp_path, f"{crude} {OTHER}"))
    neither = "Neither a bigger crane nor a faster ship is a substitute for getting the schedule right."
    assert not any(p.startswith("What is neither") for p in prompts_under(tmp_path, f"{neither} {OTHER}"))


def test_a_purpose_of_an_aim_is_not_asked(tmp_path: Path) -> None:
    body = "The secret of a good harbour is to organize the berths so that small changes move only a few ships."
    assert not any(p.startswith("For what purpose") for p in prompts_under(tmp_path, f"{body} {OTHER}"))


def test_a_term_that_opens_on_no_as_part_of_a_word_is_defined(tmp_path: Path) -> None:
    body = "No-code is an approach that lets harbour clerks build software without writing code."
    assert "What is No-code?" in prompts_under(tmp_path, f"{body} {OTHER}")  # "No-", not "No …" (generator 95)
