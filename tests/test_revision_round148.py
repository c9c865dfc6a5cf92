"""Generator 124 (round 148: saved web pages of a programming tutorial, a personal blog and self-help advice, and five
sections of a study guide for system design): an object that is a noun with what it is for ("a request to fetch a
resource") is asked, as one that names someone and what they are to do ("the court to order …") is not. Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import said_under


def test_a_noun_with_what_it_is_for_is_an_object_and_someone_told_to_do_something_is_not(tmp_path: Path) -> None:
    noun = "The Request interface defines a request to fetch a resource over HTTP."
    assert "What does the Request interface define? => a request to fetch a resource over HTTP" in said_under(
        tmp_path, noun
    )
    told = "The recording industry wanted Jesse to admit that he had shared thousands of songs online."
    assert not [s for s in said_under(tmp_path, told) if s.startswith("What did the recording industry want")]
