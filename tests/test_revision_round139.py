"""Generator 113's advice (Google's code review guide read before round 139: "If …, the author should …" asked "What
should the author do if …?", "Reviewers should … once …" asked "When …?") and generator 114 (round 139: that guide,
three chapters of Darwin's *The Voyage of the Beagle*, The Missing Semester's items anew): an order is no subject, a
noun taken for a verb leaves no answer, no description ends on a pronoun its clause needed, "and many more …" is no
element, an answer ends where another clause or a second deed begins, not inside "C, C++, and other compiled
languages". Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_what_to_do_under_a_condition_is_asked(tmp_path: Path) -> None:
    body = "If no other rule applies, the harbour master should keep the mooring order of the previous season."
    said = said_under(tmp_path, f"{body} {OTHER}")
    expected = "What should the harbour master do if no other rule applies? => keep the mooring order of the previous"
    assert any(s.startswith(expected) for s in said), said
    you = "If you add a new mooring, you should include its depth in the same harbour chart."
    said = said_under(tmp_path, f"{you} {OTHER}")
    assert any(s.startswith("What should you do if you add a new mooring? => include its depth") for s in said), said


def test_what_follows_or_what_a_pronoun_names_is_not_asked_as_advice(tmp_path: Path) -> None:
    for body in (
        "If you can moor a dinghy, you should also be able to moor a small ketch in calm water.",
        "If you have registered it with the harbour office, you should include the registration number.",
    ):
        said = said_under(tmp_path, f"{body} {OTHER}")
        assert not any(s.startswith("What should you do") for s in said), said


def test_when_to_do_it_is_asked_when(tmp_path: Path) -> None:
    body = "Harbour pilots should board an incoming ship once the ship has passed the outer buoy of the channel."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.startswith("When should harbour pilots board an incoming ship? => once") for s in said), said


def test_an_order_is_no_subject(tmp_path: Path) -> None:
    body = "Make sure the mooring line follows the harbour's own knot chart here."
    assert not any(s.startswith("What does make sure") for s in said_under(tmp_path, f"{body} {OTHER}"))


def test_a_noun_taken_for_a_verb_leaves_no_question(tmp_path: Path) -> None:
    body = "The Malay slaves soon ran away from the islet on which the harbour master had settled them."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert not any("soon ran" in s for s in said), said


def test_a_description_cut_before_its_pronoun_names_nothing(tmp_path: Path) -> None:
    body = (
        "The outer edge of the reef is the highest part, and between it and the land there is generally a shallow "
        "sandy channel."
    )
    assert not any(s.startswith("What is the highest part") for s in said_under(tmp_path, f"{body} {OTHER}"))


def test_and_many_more_is_no_element(tmp_path: Path) -> None:
    body = (
        "Harbour radios let you do the following:\n\n- Call the pilot boat.\n- Hear the tide warnings.\n"
        "- Report a drifting buoy.\n- And many more advanced features.\n"
    )
    said = said_under(tmp_path, f"{body}\n{OTHER}", heading="Radios")
    assert any(s.startswith("Name the three") for s in said) and not any("many more" in s for s in said), said


def test_an_answer_ends_where_another_clause_or_deed_begins(tmp_path: Path) -> None:
    clause = "The north quay relies on Quaylight, and the south quay of the old harbour relies on the Beacon."
    said = said_under(tmp_path, f"{clause} {OTHER}")
    assert not any("and the south quay" in s for s in said), said
    deed = "Harbour tokens are called chits and contain the berth number: the quay, the row, and where to tie up."
    said = said_under(tmp_path, f"{deed} {OTHER}")
    assert not any("=> chits and contain" in s for s in said), said
    languages = "A quillpad is a plain editor for harbour charts, tide tables, and other printed notices."
    said = said_under(tmp_path, f"{languages} {OTHER}")
    assert any(s.endswith("tide tables, and other printed notices") for s in said), said
    named = "Quillpad is the standard editor for harbour charts, tide tables, and other printed notices."
    said = said_under(tmp_path, f"{named} {OTHER}")
    assert any(s.startswith("What is the standard editor for harbour charts") for s in said), said
