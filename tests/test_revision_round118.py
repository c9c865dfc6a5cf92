"""What round 118's blind raters marked to fix on fresh held-out texts (issue 14): R lessons and books. Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_a_bracket_that_stands_as_a_word_stays_in_the_question_and_its_answer(tmp_path: Path) -> None:
    body = (
        "The difference between `[` and `[[` is particularly important for lists because `[[` drills down into the "
        "list while `[` returns a new, smaller list."
    )
    assert said_under(tmp_path, f"{body} {OTHER}") == [
        "Why is the difference between [ and [[ particularly important for lists? => [[ drills down into the list "
        "while [ returns a new, smaller list"
    ]
