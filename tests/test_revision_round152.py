"""Generators 131 and 132 (round 152: javascript.info's tutorial, two of Plato's dialogues in Jowett's translation,
round 151's rewordings): a list element that opens with a name in code is named by it, also before "--" or "–-";
a list whose elements are captions over code listings is not asked; "the key to …" is no definition; a why-question
leaves out a bracketed pointer elsewhere ("(compare …)"); "What inference …?" is answered by what the inference says;
generator 134: a list is not placed under a heading that gives an element away. Every text here is written for the
test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_a_list_element_that_opens_with_a_name_in_code_is_named_by_it(tmp_path: Path) -> None:
    body = (
        "There are two special numeric values:\n\n- `Infinity` (and `-Infinity`) is a special numeric value that is "
        "greater (less) than anything.\n- `NaN` represents a computational error.\n"
    )
    assert any(s.endswith("| Infinity | NaN") for s in said_under(tmp_path, body)), said_under(tmp_path, body)
    methods = (
        "The list has three insertion methods:\n\n- `list.push(items)` -- add items at the end,\n"
        "- `list.unshift(items)` –- add items at the beginning,\n- `list.splice(at, 0, items)` – add items anywhere.\n"
    )
    assert any(
        s.endswith("| list.push(items) | list.unshift(items) | list.splice(at, 0, items)")
        for s in said_under(tmp_path, methods)
    ), said_under(tmp_path, methods)


def test_a_list_of_captions_over_code_listings_is_not_asked(tmp_path: Path) -> None:
    body = (
        "These two code pieces work the same:\n\n1. Markup only:\n\n    ```html\n"
        '    <input type="button" onclick="go()">\n    ```\n2. Markup and script:\n\n    ```html\n'
        '    <input type="button" id="b">\n    ```\n'
    )
    assert not [s for s in said_under(tmp_path, body) if s.startswith("Name the two")]


def test_the_key_to_something_is_no_definition(tmp_path: Path) -> None:
    body = "Careful measurement is the key to building furniture that lasts for generations."
    assert not [s for s in said_under(tmp_path, f"{body} {OTHER}") if s.startswith("What is careful measurement?")]


def test_a_why_question_leaves_out_a_pointer_to_read_elsewhere(tmp_path: Path) -> None:
    body = (
        "A single virtue would be the same as all virtues (compare “Meno,” 73 following), because whoever knows "
        "good and evil in general has every virtue."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.startswith("Why would a single virtue be the same as all virtues? =>") for s in said), said


def test_what_an_inference_says_answers_what_inference_is_drawn(tmp_path: Path) -> None:
    body = "Laches draws the inference that the courageous man is either a soothsayer or a god."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert "What inference does Laches draw? => that the courageous man is either a soothsayer or a god" in said, said


def test_a_list_is_not_placed_under_a_heading_that_gives_an_element_away(tmp_path: Path) -> None:
    body = (
        "Remember these two special numeric values?\n\n- `Infinity` (and `-Infinity`) is a special numeric value that "
        "is greater (less) than anything.\n- `NaN` represents a computational error.\n"
    )
    said = said_under(tmp_path, body, heading="Tests: isFinite and isNaN")
    assert any(s.startswith("Name the two special numeric values the text lists. =>") for s in said), said
