"""What round 125's blind raters marked to discard on fresh held-out texts (issue 14): more chapters of a textbook
saved as HTML, two systems papers as PDFs, a course's sections. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, prompts_under


def test_a_judgement_of_a_thing_is_no_definition(tmp_path: Path) -> None:
    for judged in (
        "Harbour theft is a serious barrier to wide-scale ferry service.",
        "Preventing harbour theft is an unsolved problem, and will probably remain one for years.",
        "For the common ways of storing cargo, however, a stone warehouse is a solution that is far from ideal.",
        "Loading 801 crates right is a whole lot better than 800 in the harbour's books.",
    ):
        assert not any(p.startswith("What is") for p in prompts_under(tmp_path, f"{judged} {OTHER}")), judged
    defined = "Harbour theft is a crime in which cargo is taken from the docks at night."
    assert any(p.startswith("What is harbour theft") for p in prompts_under(tmp_path, f"{defined} {OTHER}"))


def test_a_share_given_for_example_is_not_blanked(tmp_path: Path) -> None:
    body = "A given harbour might have a loss rate of 5 percent, or 1 percent, or 0.1 percent, for example."
    assert not any(p.startswith("Fill in the figure") for p in prompts_under(tmp_path, f"{body} {OTHER}"))


def test_what_a_figures_arrows_show_is_not_asked(tmp_path: Path) -> None:
    body = "Dark arrows indicate the berth locations for the various ferries of the harbour."
    assert not any("arrows" in p for p in prompts_under(tmp_path, f"{body} {OTHER}"))
