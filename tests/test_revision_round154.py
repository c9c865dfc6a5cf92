"""Generator 135 (round 154: lecture slides printed to PDF): a heading set in capitals throughout is quoted as a
sentence writes it; a list that only its heading names is not asked by that name when one of its elements is a
statement; a lead-in whose sentence each element finishes as a clause ("…, where:") names no list; a sentence with a
hole where a formula drawn as a picture was ("a neighbor of if there is an arc from to") is not asked. Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import prompts_under


def test_a_heading_in_capitals_names_its_list_as_a_sentence_would(tmp_path: Path) -> None:
    body = "- Cooperative agents\n- Competitive agents\n- Mixed agents"
    after = "In multiagent systems the outcome depends on the actions of every agent."
    prompts = prompts_under(tmp_path, f"\n{body}\n\n{after}", heading="TYPES OF MULTIAGENT SYSTEMS")
    listed = [p for p in prompts if p.startswith("Name the three")]
    assert listed and all("TYPES" not in p and "types of multiagent systems" in p for p in listed), prompts


def test_a_list_only_its_heading_names_is_not_asked_by_it_when_an_element_is_a_statement(tmp_path: Path) -> None:
    said = "- Autonomous action selection\n- Private information states\n- the outcome depends on every action"
    assert not [p for p in prompts_under(tmp_path, f"\n{said}\n\n", heading="Multiple agents") if "Name" in p]
    named = "- Autonomous action selection\n- Private information states\n- Shared outcomes"
    assert [p for p in prompts_under(tmp_path, f"\n{named}\n\n", heading="Multiple agents") if "Name" in p]


def test_a_lead_in_each_element_finishes_as_a_clause_names_no_list(tmp_path: Path) -> None:
    items = "- each agent with its own information state\n- a shared outcome for all agents\n- private utilities"
    body = f"Consider problems with multiple agents, where:\n\n{items}\n\n"
    assert not [p for p in prompts_under(tmp_path, body, heading="Multiple agents") if p.startswith("Name")]


def test_a_sentence_with_a_hole_where_a_formula_was_is_not_asked(tmp_path: Path) -> None:
    holed = "Best-first search selects a path on the frontier with minimal -value at every step of the search."
    assert not [p for p in prompts_under(tmp_path, holed) if "best-first search" in p.lower()]
    whole = "Best-first search selects a path on the frontier with minimal h-value at every step of the search."
    assert [p for p in prompts_under(tmp_path, whole) if "best-first search" in p.lower()]
    gap = "A neighbour of a node is any node of if there is an arc from to in the graph of the search problem."
    assert not [p for p in prompts_under(tmp_path, gap) if "neighbour" in p.lower()]
