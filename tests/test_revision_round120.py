"""What round 120's blind raters marked to fix or discard on fresh held-out texts (issue 14): a prompt engineering
guide and an algorithms handbook. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_an_elements_stage_marker_is_no_name(tmp_path: Path) -> None:
    body = (
        "Harbour loading consists of two main stages:\n\n"
        "- Stage 1): **crate sorting**: partition the crates of a ship into a few piles\n"
        "- Stage 2): **pile lifting**: select a crane for each pile and lift it with simple rules\n"
    )
    (listed,) = said_under(tmp_path, body)
    assert listed.endswith("=> crate sorting; pile lifting | crate sorting | pile lifting"), listed


def test_a_holder_whose_verb_takes_a_particle_names_the_list(tmp_path: Path) -> None:
    body = "Harbour pilots rely on two key skills to steer large ships:\n\n- reading tides\n- reading winds\n"
    assert said_under(tmp_path, f"{body}\n{OTHER}")[0].startswith(
        "Name the two key skills harbour pilots rely on to steer large ships. =>"
    )


def test_a_series_is_named_by_the_noun_before_its_brackets(tmp_path: Path) -> None:
    body = "A pilot steers by repeating a series of checks (done N times): `Tide`, `Wind`, and `Depth`."
    assert said_under(tmp_path, f"{body} {OTHER}")[0].startswith("Fill in the three checks:")


def test_a_series_a_later_verb_gives_is_not_the_first_triggers(tmp_path: Path) -> None:
    body = "Popular examples of harbour cranes include Goliath 2.5 Pro, Titan 3.7 Max, and o3."
    assert not any("harbour cranes include" in s for s in said_under(tmp_path, f"{body} {OTHER}"))


def test_a_glossed_name_in_the_code_is_no_term_and_an_article_is_no_part_of_one(tmp_path: Path) -> None:
    code = (
        "- carryIn: a bit carried in from the previous less-significant stage of the adder\n"
        "- carryOut: a bit carried out to the next more-significant stage of the adder\n"
        "- resultBin: the full result of adding the current stage to all the stages before it\n"
    )
    assert not any(s.startswith("What does the text mean") for s in said_under(tmp_path, code, "Full adder"))
    roles = (
        "- An Actor: writes text and actions based on what the ship's sensors observe\n"
        "- An Evaluator: scores the trips the Actor makes against the harbour's charts\n"
        "- A Reflector: writes verbal notes that help the Actor improve on the next trip\n"
    )
    asked = [s.split(" => ")[0] for s in said_under(tmp_path, f"{roles}\n{OTHER}", "Pilot models")]
    assert "What does the text mean by “Evaluator”?" in asked and not any("“An " in p for p in asked), asked
