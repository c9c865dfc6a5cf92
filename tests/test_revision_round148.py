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


def test_an_answer_the_heading_says_is_not_asked_but_a_heading_asked_of_its_date_is(tmp_path: Path) -> None:
    given = said_under(tmp_path, "CDNs are considered a type of cache by most engineers today.", heading="CDN caching")
    assert not [s for s in given if s.endswith("=> CDNs")]  # the quiz shows "CDN caching" above the question
    dated = said_under(
        tmp_path, "Rule-based programs spread through industry in that decade.", heading="1980s Expert systems"
    )
    assert any(s.endswith("=> 1980s") for s in dated)  # the heading's date is what the item asks


def test_a_count_is_asked_how_many(tmp_path: Path) -> None:
    body = "Each cache miss results in three trips, which can cause a noticeable delay."
    assert "How many trips does a cache miss result in? => three trips" in said_under(tmp_path, body)


def test_the_only_way_is_said_in_the_answer_not_the_question(tmp_path: Path) -> None:
    body = (
        "The non-URL attributes of the Request can only be set by passing initial values as a second argument to the "
        "constructor."
    )
    assert (
        "How can the non-URL attributes of the Request be set? => only by passing initial values as a second argument "
        "to the constructor"
    ) in said_under(tmp_path, body)


def test_adjectives_in_a_row_stay_in_the_subject(tmp_path: Path) -> None:
    body = "A quiet, well-lit reading room is a place where students can work without being disturbed."
    prompts = [s.split(" => ")[0] for s in said_under(tmp_path, body)]
    assert "What is well-lit reading room?" not in prompts and "What is a quiet, well-lit reading room?" in prompts
