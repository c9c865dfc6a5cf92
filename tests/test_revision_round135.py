"""What round 135's blind raters marked on College Physics read with its MathML (generator 108, index format 34).
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, prompts_under, said_under


def test_being_the_same_defines_nothing_and_so_that_after_a_comma_is_no_purpose(tmp_path: Path) -> None:
    same = "The depth of the two docks is the same on either side of the harbour wall, as is the tide."
    assert not any(p.startswith("What is") for p in prompts_under(tmp_path, same))
    purpose = "The gates of the lock are closed so that the water level in the chamber can rise slowly."
    assert "For what purpose are the gates of the lock closed?" in prompts_under(tmp_path, purpose)
    result = "The gates of the lock are closed at night, so that the water level in the chamber rises slowly."
    assert not any(p.startswith("For what purpose") for p in prompts_under(tmp_path, result))


def test_a_term_beside_its_pair_is_not_blanked_and_an_answer_ends_before_consistent_with(tmp_path: Path) -> None:
    paired = "The two locks of a canal are called the upper and lower locks."
    assert not any("_____" in s for s in said_under(tmp_path, f"{paired} {OTHER}"))
    alone = "The lock that lifts boats from the river is called the upper lock."
    assert any("_____" in s for s in said_under(tmp_path, f"{alone} {OTHER}"))
    chart = "A harbour chart is a map of the water depths and channels of a port, consistent with the tide tables."
    said = said_under(tmp_path, f"{chart} {OTHER}")
    assert "What is a harbour chart? => a map of the water depths and channels of a port" in said, said
