"""Generators 117 and 118 (the United States Constitution read before round 141, Google's Python style guide rated
in it): a law's "X shall be …" is asked as "X is …" ("What is the Senate … made up of?"), not where it says what none
shall be; a gloss ends where ", and" opens a clause whose verb is a modal ("…, and the Electors … shall have …") or
its subject after an opening phrase ("…, and for typing purposes, None is …"); an answer leaves "- see X for more";
a claim quoted for "Why?" needs its subject. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_what_a_law_says_shall_be_is_asked_as_what_is(tmp_path: Path) -> None:
    body = "The Harbour Council shall be composed of two Pilots from each Quay, chosen by the Wardens thereof."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.startswith("What is the Harbour Council made up of? => two Pilots from each Quay") for s in said), said
    none = "No person, company or legal entity shall be a third party beneficiary to the Harbour Agreement."
    assert not any(s.startswith("What is") for s in said_under(tmp_path, f"{none} {OTHER}"))


def test_a_gloss_ends_before_a_clause_whose_verb_is_a_modal(tmp_path: Path) -> None:
    body = (
        "The Harbour Council is composed of Pilots chosen every second Year by the Wardens, and the Pilots in each "
        "Quay shall have the Qualifications requisite for Wardens."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.endswith("=> Pilots chosen every second Year by the Wardens") for s in said), said


def test_an_answer_ends_before_another_clause_or_a_pointer_elsewhere(tmp_path: Path) -> None:
    clause = "A mooring chit is a paper token of the harbour office, and for most uses, the Wardens are its issuers."
    said = said_under(tmp_path, f"{clause} {OTHER}")
    assert "What is a mooring chit? => a paper token of the harbour office" in said, said
    pointer = "A mooring chit is a paper token issued to each visiting pilot - see the Wardens' rules for more."
    said = said_under(tmp_path, f"{pointer} {OTHER}")
    assert "What is a mooring chit? => a paper token issued to each visiting pilot" in said, said


def test_a_claim_without_its_subject_is_not_quoted_for_why(tmp_path: Path) -> None:
    body = "Avoids collisions in the outer channel because the pilots keep to one side of the buoys."
    said = said_under(tmp_path, f"{body} {OTHER}", heading="Pros")
    assert not any(s.startswith("The text says: “Avoids") for s in said), said
