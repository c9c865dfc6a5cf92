"""What round 115's blind raters marked to fix or discard on fresh held-out texts (issue 14): a blog's essays, a
Carpentries R lesson and *R for Data Science*. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from, said_under


def test_do_as_the_verb_itself_stays_in_the_question(tmp_path: Path) -> None:
    body = "Sonar does a great job of finding wrecks because it hears the echoes from the seabed."
    assert said_under(tmp_path, f"{body} {OTHER}") == [
        "Why does sonar do a great job of finding wrecks? => it hears the echoes from the seabed"
    ]


HISTORY = """# Harbour history

## Opening

The harbour opened in 1887 after ten years of building. The lighthouse was rebuilt in 1923 with a brighter lamp.

## Records

In the ledger, May 3 1998 is written as `1998-05-03`.
"""


def test_a_blank_whose_answer_its_sentence_shows_again_is_not_asked(tmp_path: Path) -> None:
    prompts = [it.prompt for it in generate_items_from(tmp_path, HISTORY)]
    assert any("1887" not in p and "opened in _____" in p for p in prompts), prompts  # a year shown once is asked
    assert not any("ledger" in p for p in prompts), prompts  # "May 3 _____ is written as 1998-05-03": copied


def test_lots_of_is_no_name_for_a_series(tmp_path: Path) -> None:
    body = (
        "A good harbour chart has a compass rose somewhere, depth tables with lots of soundings and some of them "
        "bold, one additional inset of the quay, and the seal, and it fits on exactly one page."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert not any("lots" in s for s in said), said


def test_a_doing_with_its_object_or_a_way_praised_is_not_defined(tmp_path: Path) -> None:
    body = (
        "Keeping accurate logs is an essential survival skill of a harbour pilot. "
        "Tide tables are a pretty much guaranteed way to avoid running aground in the estuary. "
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert not any(s.startswith(("What is keeping", "What are tide tables")) for s in said), said
    ledgers = "Ledgers are a neat way of organizing the harbour's accounts for later audits."
    kept = said_under(tmp_path, f"{ledgers} {OTHER}")
    assert any(s.endswith("=> a neat way of organizing the harbour's accounts for later audits") for s in kept), kept


def test_an_element_is_named_without_its_order_and_what_it_asks_of_the_reader(tmp_path: Path) -> None:
    body = (
        "There are two parts to filing a harbour report:\n\n"
        "- First, you need to make your soundings reproducible.\n- Second, you need to make the report short.\n"
    )
    (listed,) = said_under(tmp_path, f"{body}\n{OTHER}")
    assert listed.endswith("| make your soundings reproducible | make the report short"), listed
