"""A question whose subject only its section can tell says where it is asked (issue 14, rounds 60–62: "What do
the bounds capture?", "What does the marker ensure?", "What does Rust allow you to do?" were to fix, "needs
context"); a subject that names its thing ("the Lorenz curve", "the number of …") is asked as it is."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from


def _prompts(tmp_path: Path, heading: str, body: str, title: str = "Linear programs") -> list[str]:
    items = generate_items_from(tmp_path, f"# {title}\n\n## {heading}\n\n{body}\n")
    return [it.prompt for it in items]


_BOUNDS = "The bounds capture the borrowing limit and the cap on the corporate bond."


def test_a_subject_the_section_tells_is_asked_in_that_section(tmp_path: Path) -> None:
    assert _prompts(tmp_path, "Example 2: investment problem", _BOUNDS) == [
        "In the section “Example 2: investment problem”, what do the bounds capture?"
    ]
    marker = "The marker ensures the compiler does not mark the struct as Send, Sync, and Unpin."
    assert _prompts(tmp_path, "Representing opaque structs", marker) == [
        "In the section “Representing opaque structs”, what does the marker ensure?"
    ]
    pointing = "The resulting dataset contains many short examples, each with a fixed input length."
    assert _prompts(tmp_path, "Building the examples", pointing) == [
        "In the section “Building the examples”, what does the resulting dataset contain?"
    ]


def test_a_one_word_subject_and_its_verb_are_asked_in_their_section(tmp_path: Path) -> None:
    said = "Rust allows you to specify alternative data layout strategies from the default."
    assert _prompts(tmp_path, "Alternative representations", said, title="The Rustonomicon") == [
        "In the section “Alternative representations”, what does Rust allow you to do?"
    ]


def test_a_heading_that_says_only_where_gives_way_to_the_one_above(tmp_path: Path) -> None:
    body = f"## Investment problems\n\nA fund chooses among three investments each year.\n\n### Summary\n\n{_BOUNDS}"
    items = generate_items_from(tmp_path, f"# Linear programs\n\n{body}\n")
    assert "In the section “Investment problems”, what do the bounds capture?" in [it.prompt for it in items]


def test_a_subject_that_names_its_thing_is_asked_as_it_is(tmp_path: Path) -> None:
    for said, asked in (
        ("The Lorenz curve provides a simple picture of inequality in a population.", "the Lorenz curve provide"),
        ("The number of channels controls the growth in the width of the network.", "the number of channels"),
    ):
        prompts = _prompts(tmp_path, "Measures", said)
        assert len(prompts) == 1 and prompts[0].startswith("What") and asked in prompts[0], prompts
    # a heading that names the subject already says where
    assert _prompts(tmp_path, "The bounds", _BOUNDS) == ["What do the bounds capture?"]


def test_a_meaning_is_asked_anywhere_and_a_heading_is_named_without_its_brackets(tmp_path: Path) -> None:
    meaning = "Coercion means a value of one type being converted to its respective representation in another type."
    assert _prompts(tmp_path, "Coercive comparisons", meaning) == ["What does coercion mean?"]
    assert _prompts(tmp_path, "[Investment problems]", _BOUNDS) == [
        "In the section “Investment problems”, what do the bounds capture?"
    ]
