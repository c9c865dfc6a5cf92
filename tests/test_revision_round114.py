"""What rounds 112 to 114's blind raters marked to fix or discard on Carpentries-style lessons (issue 14): what a
fenced container holds as an exercise is not asked. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from, said_under

TAUGHT = (
    "A harbour pilot is a sailor who guides ships through dangerous waters. "
    "Tugboats push large ships into their berths at the quay."
)
EXERCISE = (
    "Here are three questions to discuss with your crew:\n\n"
    "- Which berth is the deepest at low tide?\n- Who guides the ship at night?\n- Where do tugboats wait?\n"
)


def test_what_a_challenge_or_its_solution_holds_is_not_asked(tmp_path: Path) -> None:
    solution = "The pilot is a sailor who guides ships through dangerous waters at night."
    plain = said_under(tmp_path, f"{EXERCISE}\n{solution}\n\n{OTHER}")
    assert any(s.startswith("Name the three questions") for s in plain)  # out of a container, it is asked
    fenced = (
        f"{TAUGHT}\n\n:::::::::::::: challenge\n\n## Questions for the crew\n\n{EXERCISE}\n"
        f":::::: solution\n\n{solution}\n\n::::::\n\n::::::::::::::\n\n{OTHER}"
    )
    said = said_under(tmp_path, fenced)
    assert said and not any("questions" in s or "at night" in s for s in said), said
    assert any("harbour pilot" in s.lower() for s in said), said  # what is outside the container still is


def test_a_note_container_is_taught_and_a_quarto_exercise_is_not(tmp_path: Path) -> None:
    note = said_under(tmp_path, f"::: callout-note\n{TAUGHT}\n:::\n\n{OTHER}")
    assert any("harbour pilot" in s.lower() for s in note), note
    exercise = said_under(tmp_path, f"{OTHER}\n\n::: {{.callout-exercise}}\n{TAUGHT}\n:::\n")
    assert not any("harbour pilot" in s.lower() or "tugboats" in s.lower() for s in exercise), exercise


def test_a_list_after_an_exercise_is_not_led_in_by_the_paragraph_before_it(tmp_path: Path) -> None:
    body = (
        "A pilot checks three things before boarding:\n\n::: challenge\nWhat would you check first?\n:::\n\n"
        "- the tide table\n- the harbour chart\n- the weather report\n"
    )
    assert not any(s.startswith("Name the three things") for s in said_under(tmp_path, f"{body}\n{OTHER}"))


def test_a_sentence_that_closes_a_bracket_it_never_opened_is_not_asked(tmp_path: Path) -> None:
    body = (
        "The haiku come from a competition (credit to their three authors. See\n"
        "Error Messages archived Page 1 and Page 2\n.). Tugboats push large ships into their berths at the quay."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert not any("Page 2" in s for s in said), said


KEYS = """# Harbour records

## Tables

The harbour keeps three tables. The `ships` table lists every ship by its hull number. The `ports` table lists every
port by its code. The `owners` table lists every owner by name. Each ship sails from one port and belongs to one owner.

## Keys

A **foreign key** is a variable that corresponds to a primary key in another table.{lead}

-   `ships$port` is a foreign key that corresponds to the primary key `ports$code`.
-   `ships$owner` is a foreign key that corresponds to the primary key `owners$name`.
-   `ships$flag` is a foreign key that corresponds to the primary key `nations$code`.

## Tides

Tides rise and fall twice a day as the moon pulls the oceans. Spring tides follow the full moon and the new moon.
Neap tides come in between, when the sun and the moon pull at right angles. Pilots plan each passage by the tide.

## Weather

Fog gathers over cold water on still mornings. Gales close the harbour mouth for days in winter. A barometer warns
of storms before the clouds do.
"""


def test_a_list_given_for_example_is_not_asked_element_by_element(tmp_path: Path) -> None:
    items = generate_items_from(tmp_path, KEYS.format(lead="\nFor example:"))
    asked = [it.prompt for it in items if it.section == "Keys"]
    assert asked == ["What is a foreign key?"], asked  # not "What is ships$flag?", an instance of it


def test_a_reason_after_because_keeps_the_and_of_its_subject_and_the_when_of_its_verb(tmp_path: Path) -> None:
    body = (
        "Tidal harbours silt up quickly because every bend of the channel and each sandbar must slow the current. "
        "Connecting to the port network is simple because the defaults create a temporary berth that is released "
        "when you leave port."
    )
    assert said_under(tmp_path, f"{body} {OTHER}") == [
        "Why do tidal harbours silt up quickly? => every bend of the channel and each sandbar must slow the current",
        "Why is connecting to the port network simple? => the defaults create a temporary berth that is released "
        "when you leave port",
    ]


def test_the_last_of_a_series_before_is_is_not_what_a_sentence_defines(tmp_path: Path) -> None:
    body = (
        "For long voyages, the brass sextant, by Hadley, Godfrey, and Newton, is a life saver. "
        "The quadrant, from a sailor's perspective, is an instrument that measures the angle of the sun."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert said == ["What is the quadrant? => an instrument that measures the angle of the sun"], said
