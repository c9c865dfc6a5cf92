"""What round 116's blind raters marked to fix or discard on fresh held-out texts (issue 14): a blog's essays, *The
Wealth of Nations* and *R for Data Science*. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from, said_under


def test_an_element_is_named_by_its_term_before_the_brackets_that_say_more(tmp_path: Path) -> None:
    body = (
        "I like to think about four separate factors that hold back harbours:\n\n"
        "1. Tides (the obvious one: spring tides, neap tides),\n"
        "2. Silt (in a bad form, not just out there somewhere in the estuary - e.g. sandbars),\n"
        "3. Ships (large and small, e.g. tankers, ferries), and\n"
        "4. Quays (stone under you - granite, oak, iron, etc.).\n"
    )
    (listed,) = said_under(tmp_path, f"{body}\n{OTHER}")
    assert listed == (
        "Name the four separate factors that hold back harbours. => Tides; Silt; Ships; Quays | Tides | Silt | Ships "
        "| Quays"
    )


def test_a_colon_inside_an_elements_brackets_is_the_asides_not_the_terms(tmp_path: Path) -> None:
    body = (
        "A harbour master watches three river signs each morning:\n\n"
        "- Tides (spring or neap: the moon decides) come twice a day.\n"
        "- Silt (sand and mud: the river brings it) fills the channel.\n"
        "- Ships (large and small: tankers, ferries) wait at anchor.\n"
    )
    (listed,) = said_under(tmp_path, f"{body}\n{OTHER}")
    assert listed.endswith("=> Tides; Silt; Ships | Tides | Silt | Ships"), listed


def test_a_list_of_links_to_read_elsewhere_is_not_asked(tmp_path: Path) -> None:
    links = (
        "- Harbour discussion on [the pilots' forum](https://example.org/pilots)\n"
        "- Harbour discussion on [the sailors' forum](https://example.org/sailors)\n"
    )
    assert not said_under(tmp_path, f"Discussions:\n\n{links}\n{OTHER}")
    resources = "- [Tide tables](https://example.org/t) (book)\n- [Harbour charts](https://example.org/c) (pdf)\n"
    assert not said_under(tmp_path, f"{resources}\n{OTHER}", heading="Other great resources")
    named = said_under(tmp_path, f"Two charts matter to a pilot:\n\n{resources}\n{OTHER}", heading="Charts")
    assert any(s.startswith("Name the two charts") for s in named), named  # links that are what the text names


def test_an_update_note_a_count_in_brackets_and_a_worked_sum_are_not_asked(tmp_path: Path) -> None:
    body = (
        "Update: December 9, 2016 - the harbour reopened after the storm. "
        "The pilots have to name 5 (out of 1000) buoys and a pilot passes if at least one of the names is right. "
        "If you add the two tides you get 3. Hence, the height of the quay wall is 1/(1+e^(-3)) = 0.9526 in metres."
    )
    assert not said_under(tmp_path, f"{body} {OTHER}")


def test_an_invitation_and_a_clause_for_a_subject_are_not_asked_why(tmp_path: Path) -> None:
    body = (
        "Instead, lets fool a harbour pilot and lets also keep with the theme of painted buoys because they are fun "
        "to look at. Generally, to be bound by the harbour rules, a captain must have signed the harbour register. "
        "This is why whether or not the harbour is public is important; if a captain never signs the register, the "
        "rules do not bind him."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert not any(s.startswith(("Why do lets", "Why is whether")) for s in said), said


SOFTWARE = """# Harbour software

## Loading

The bollardx package reads tide tables from the web. bollardx is a reader of tide tables for the harbour toolkit, but
is not a core member so you'll need to load it explicitly.

## Tides

Tides rise and fall twice a day as the moon pulls the oceans. Spring tides follow the full moon and the new moon.
Neap tides come in between, when the sun and the moon pull at right angles. Pilots plan each passage by the tide.
"""


def test_a_tool_written_in_lower_case_is_asked_what_not_who(tmp_path: Path) -> None:
    prompts = [it.prompt for it in generate_items_from(tmp_path, SOFTWARE)]
    assert "What is bollardx?" in prompts, prompts
