"""What round 117's blind raters marked to fix or discard on fresh held-out texts (issue 14): Distill's research
articles and Odin lessons. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_a_way_compared_is_no_definition(tmp_path: Path) -> None:
    body = "Tide charts are a more natural way to represent the depth of a harbour than a list of soundings."
    assert not said_under(tmp_path, f"{body} {OTHER}")


def test_an_answer_that_only_names_a_kind_of_thing_or_saying_is_not_asked(tmp_path: Path) -> None:
    body = (
        "Moreover, each building block of a harbour represents a broad class of techniques. "
        "The tide formulas reveal a simple guideline."
    )
    assert not said_under(tmp_path, f"{body} {OTHER}")
