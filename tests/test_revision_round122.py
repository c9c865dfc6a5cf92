"""What round 122's blind raters marked to fix or discard on fresh held-out texts (issue 14): a textbook's chapters
saved as HTML, added with `tutor add`. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, prompts_under, said_under


def test_a_photos_caption_set_as_a_heading_is_not_asked(tmp_path: Path) -> None:
    body = "Kente cloth is a woven fabric celebrated for its vibrant colors and intricate patterns."
    assert prompts_under(tmp_path, body, "Kente cloth (photo by ZSM)") == []
    assert prompts_under(tmp_path, body, "Kente cloth") != []


def test_a_thing_said_to_be_an_example_of_a_kind_is_asked_the_kind(tmp_path: Path) -> None:
    body = "A coastline is an example of a stochastic fractal."
    assert said_under(tmp_path, f"{body} {OTHER}")[0] == "What is a coastline an example of? => a stochastic fractal"


def test_a_chain_of_claims_is_no_definition(tmp_path: Path) -> None:
    body = "A harbour is a complex system of ships, a ship is a complex system of crews, and so on."
    assert not any(p.startswith("What is a harbour") for p in prompts_under(tmp_path, f"{body} {OTHER}"))


def test_a_share_that_says_a_number_again_is_not_blanked(tmp_path: Path) -> None:
    body = "There is only one heads, so the probability of heads is 1 divided by 2: 1/2, or 50 percent."
    assert not any(p.startswith("Fill in the figure") for p in prompts_under(tmp_path, f"{body} {OTHER}"))


def test_a_series_element_leaves_its_figure_reference(tmp_path: Path) -> None:
    body = "The simplest set of tides would have two kinds of tide: spring tides and neap tides (Figure 7.3)."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert said[0].endswith("=> spring tides; neap tides | spring tides | neap tides"), said


def test_reasons_a_clause_is_true_for_are_asked_why(tmp_path: Path) -> None:
    body = (
        "For our purposes, the harbour walk is the perfect place to start for three reasons:\n\n"
        "- every dock is on the way\n- the old lighthouse is on the way\n- the ferry is at its end\n"
    )
    assert said_under(tmp_path, f"{body}\n{OTHER}")[0].startswith(
        "Name the three reasons why the harbour walk is the perfect place to start. =>"
    )
