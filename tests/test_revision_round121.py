"""What round 121's blind raters marked to fix or discard on fresh held-out texts (issue 14): a course on language
models and a book on machine learning interviews. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_a_name_with_a_capital_inside_keeps_its_capitals_in_a_prompt(tmp_path: Path) -> None:
    body = "Auto-CoT consists of two main stages:\n\n- question clustering\n- demonstration sampling\n"
    assert said_under(tmp_path, f"{body}\n{OTHER}")[0].startswith("Name the two main stages Auto-CoT consists of. =>")


def test_one_reason_of_several_is_not_asked_why(tmp_path: Path) -> None:
    body = (
        "Evaluating sailors is hard. Second, even strong crews don't always make strong examiners. Therefore, "
        "harbours have to rely on signals to predict whether a sailor would be a good fit."
    )
    assert not any(s.startswith("Why") for s in said_under(tmp_path, f"{body} {OTHER}"))
    plain = body.replace("Second, even", "Even")
    assert any(
        s.startswith("Why do harbours have to rely on signals") for s in said_under(tmp_path, f"{plain} {OTHER}")
    )


def test_a_gloss_that_says_what_a_thing_is_good_for_asks_that(tmp_path: Path) -> None:
    body = (
        "- **Hull-only boats**: Good for trips that need shelter from the weather, such as ferrying and fishing.\n"
        "- **Deck-only boats**: Good for trips in the sun, such as racing.\n"
        "- **Full boats**: Good for long voyages that need both, such as trade.\n"
    )
    asked = said_under(tmp_path, f"{body}\n{OTHER}", "Boat families")
    assert (
        "What are hull-only boats good for? => trips that need shelter from the weather, such as ferrying and "
        "fishing" in asked
    ), asked


def test_where_a_figure_shows_an_element_is_no_part_of_its_name(tmp_path: Path) -> None:
    body = (
        "The ship is primarily composed of two blocks:\n\n"
        "- **Hull (left)**: The hull receives the cargo and keeps it dry.\n"
        "- **Deck (right)**: The deck carries the crew and the sails.\n"
    )
    assert said_under(tmp_path, f"{body}\n{OTHER}")[0].endswith("=> Hull; Deck | Hull | Deck")


def test_how_well_a_thing_works_is_no_object(tmp_path: Path) -> None:
    body = "The slow rowing strategy for harbour pilots works the best though."
    assert not any("work?" in s for s in said_under(tmp_path, f"{body} {OTHER}"))
