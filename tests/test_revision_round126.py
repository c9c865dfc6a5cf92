"""What round 126's blind raters marked to discard on fresh held-out texts (issue 14): an open textbook's sections in
kramdown, a book of 1900 on music saved as HTML, a book of 1911 on mathematics as a PDF. Every text here is written
for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, prompts_under


def test_an_amount_is_no_term_to_define(tmp_path: Path) -> None:
    for sized in (
        "A million miles is a small number of miles for an astronomer who measures the distances of the stars.",
        "Again, one-quarter is a large fraction of one's income to give away, but a small fraction of it to keep.",
        "As n increases, the value of n! increases very quickly; thus 100! is a hundred times as large as 99!.",
    ):
        assert not any(p.startswith("What is") for p in prompts_under(tmp_path, f"{sized} {OTHER}")), sized
    for term in (
        "One-hot encoding is a representation in which each category becomes a vector with a single one.",
        "Two-factor authentication is a method in which a user proves their identity with two kinds of evidence.",
    ):
        assert any(p.startswith("What is") for p in prompts_under(tmp_path, f"{term} {OTHER}")), term
