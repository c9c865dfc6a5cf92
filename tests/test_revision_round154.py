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


# generator 136: round 154's verdicts


def test_elements_a_verbs_spelling_opens_are_no_guidelines(tmp_path: Path) -> None:
    body = "Depth-first search (DFS)\n\n- implement the frontier as a stack\n- space complexity\n- incomplete\n\n"
    heading = "Depth-first and breadth-first search"
    assert not [p for p in prompts_under(tmp_path, body, heading=heading) if "guidelines" in p]


def test_captions_over_nested_lists_are_no_list_to_name(tmp_path: Path) -> None:
    body = (
        "- First representation:\n  - each variable is a square\n  - each domain is all letters\n"
        "- Dual representation:\n  - each variable is a word\n  - each domain is all words\n\n"
    )
    assert not [p for p in prompts_under(tmp_path, body, heading="Dual representations") if p.startswith("Name")]


def test_no_figure_of_an_examples_lettered_option(tmp_path: Path) -> None:
    for body in (
        "B solves 60% of the cases reasonably quickly but does not solve the rest of them at all.",
        "In the experiment by Tversky and Kahneman, 72% of the people chose A over B when asked.",
    ):
        assert not [p for p in prompts_under(tmp_path, body) if "figure" in p], body


def test_no_question_about_a_letter(tmp_path: Path) -> None:
    body = "Thus g is in the fixed point of the derivation because g is true in the minimal model of the program."
    assert not [p for p in prompts_under(tmp_path, body) if " g " in p]


def test_an_examples_variable_is_no_term(tmp_path: Path) -> None:
    body = (
        "- DelC: Boolean variable, the agent delivers coffee to the user.\n"
        "- PUC: Boolean variable, the agent picks up coffee from the shop.\n"
        "- Heuristic: an estimate of the cost of the cheapest path from a node to a goal.\n\n"
    )
    prompts = prompts_under(tmp_path, body, heading="Action features")
    assert not [p for p in prompts if "DelC" in p or "PUC" in p], prompts


def test_when_a_subject_is_something_is_no_definition_of_it(tmp_path: Path) -> None:
    body = "A constraint graph is a tree when any two variables are connected by only one path through it."
    assert not [p for p in prompts_under(tmp_path, body) if p == "What is a constraint graph?"]


def test_no_purpose_of_what_is_not_done(tmp_path: Path) -> None:
    body = "Previous methods don’t use the goal to select a path to explore."
    assert not [p for p in prompts_under(tmp_path, body) if "Why" in p or "purpose" in p]


def test_examples_marked_right_or_wrong_are_no_list(tmp_path: Path) -> None:
    body = "- “put a ball in a box on the floor” ✅\n- “put a ball in a box on the” ❌\n- “put a ball” ❌\n\n"
    assert not [p for p in prompts_under(tmp_path, body, heading="Phrase-structure grammars") if "Name" in p]
