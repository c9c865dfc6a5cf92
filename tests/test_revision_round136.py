"""What the blind raters of rounds 126 to 135 marked, read again for generator 109: a box's story, a term's use and
an answer's opening connective. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under

PORT = (
    "A harbour chart is a map of the water depths and channels of a port. "
    "The pilots of the port were founded in 1851 to guide ships past the sand bars."
)
STORY = (
    "Captain Ellen Marsh was born in Bristol in 1852. "
    "The harbour master who trained the first pilots was Ellen Marsh. "
    "A tide gauge is an instrument that records the height of the water over time."
)


def test_a_boxes_years_and_names_are_its_storys_but_its_terms_are_taught(tmp_path: Path) -> None:
    boxed = f'{PORT}\n\n<div data-type="note" class="portrait" markdown="1">\n\n{STORY}\n\n</div>\n\n{OTHER}'
    said = said_under(tmp_path, boxed)
    assert not any("1852" in s or s.endswith("=> Ellen Marsh") for s in said), said
    assert any("1851" in s for s in said), said  # the prose's own year is still asked
    assert any(s.startswith("What is a tide gauge?") for s in said), said
    unboxed = said_under(tmp_path, f"{PORT}\n\n{STORY}\n\n{OTHER}")
    assert any("1852" in s for s in unboxed), unboxed  # the same sentences out of a box are asked as before


def test_a_terms_use_is_asked_as_what_it_names(tmp_path: Path) -> None:
    body = "Sailors use the term slack water to describe the short time when the tide does not flow either way."
    said = said_under(tmp_path, f"{body} {OTHER}")
    expected = "What do sailors use the term slack water to describe? => the short time when the tide does not flow"
    assert any(s.startswith(expected) for s in said), said
    assert not any(s.startswith("For what purpose") for s in said), said


def test_an_answer_leaves_its_opening_connective(tmp_path: Path) -> None:
    body = (
        "A harbour with a narrow mouth is sheltered from storms. "
        "Conversely, if a harbour has a wide mouth, then its moorings feel every storm at sea. "
        "This is why a wide harbour mouth leaves the moorings exposed to storms."
    )
    answers = [s.split(" => ")[1] for s in said_under(tmp_path, f"{body} {OTHER}") if " => " in s]
    assert any(a.startswith("if a harbour has a wide mouth") for a in answers), answers
    assert not any(a.startswith("Conversely") for a in answers), answers


def test_what_a_thing_is_essential_to_is_asked_as_what_not_why(tmp_path: Path) -> None:
    body = "A calm sea is essential to a safe crossing of the harbour bar at low tide."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert "What is a calm sea essential to? => a safe crossing of the harbour bar at low tide" in said, said


def test_a_series_element_leaves_the_adverb_that_stresses_it(tmp_path: Path) -> None:
    body = "Many kinds of boats, such as ferries, trawlers, yachts, and even cargo ships, are moored in the harbour."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.endswith("| ferries | trawlers | yachts | cargo ships") for s in said), said


def test_the_end_of_a_quotation_and_a_judgement_are_not_asked_as_definitions(tmp_path: Path) -> None:
    quoted = "Critics of the port wrote: “The harbour wall is a barrier against every storm of the winter sea.”"
    quoted += " A tide gauge is an instrument that records the height of the water over time."
    said = said_under(tmp_path, f"{quoted} {OTHER}")
    assert not any("harbour wall" in s for s in said) and any("tide gauge" in s for s in said), said
    toll = "A harbour toll is a charge that a ship pays for each day it stays moored in the harbour."
    the_end = f"The critics went on. “The harbour is safe. {toll}”"  # the quotation's last sentence: theirs
    assert not any("harbour toll" in s for s in said_under(tmp_path, f"{the_end} {OTHER}"))
    for judged in (
        "A tide table is a powerful mechanism for planning a voyage into the harbour.",
        "A harbour chart is a natural extension of the tide tables used by the pilots.",
        "A harbour toll is a mere contrivance for taxing the fishermen of the town.",
    ):
        assert not any(s.startswith("What is a") for s in said_under(tmp_path, f"{judged} {OTHER}")), judged
    assert any(s.startswith("What is a harbour toll?") for s in said_under(tmp_path, f"{toll} {OTHER}"))


def test_a_list_label_that_opens_on_a_preposition_is_a_case_not_a_term(tmp_path: Path) -> None:
    body = (
        "When a pilot checks a ship, the checks depend on what the ship carries:\n\n"
        "- **For passenger ferries**: the lifeboats and the life jackets are counted against the passengers.\n"
        "- **For oil tankers**: the double hull and the valves of every cargo tank are inspected before it berths.\n"
    )
    said = said_under(tmp_path, f"{body}\n{OTHER}")
    assert not any(s.startswith("What does the text mean by “For") for s in said), said
