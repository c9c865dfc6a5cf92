"""Generator 140 (round 157: Darwin's *On the Origin of Species* as Project Gutenberg publishes it): "X is an important
element in …", "a character of the highest importance", "a most abnormal structure", "a more beautiful and complex
structure than …", "the almost inevitable consequence of …" say what X weighs or follows from, not what it is; "X is
the state of being an albino" says the term again; a subject singled out ("Even Ireland has …") or set in a clause
("As De Candolle has observed, …") asks no "Who"; a sentence in capitals is a heading's style, not a claim to ask;
an old book's heading in capitals, with its full stop, says where a question is asked. Every text here is written for
the test, in the book's manner."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import prompts_under, said_under


def test_what_a_thing_weighs_or_follows_from_is_not_what_it_is(tmp_path: Path) -> None:
    body = (
        "Isolation is an important element in the modification of species through natural selection. "
        "The neuration of the wings is a character of the highest importance. "
        "The wing of the bat is a most abnormal structure in the class of mammals. "
        "The beak of a shoveller-duck is a more beautiful and complex structure than the mouth of a whale. "
        "The extinction of old forms is the almost inevitable consequence of the production of new forms. "
        "Albinism is the state of being an albino. Pigeons and rabbits often show albinism. "
        "The runt is a bird of great size, with a long, massive beak and large feet. "
    )
    prompts = prompts_under(tmp_path, body, heading="Variation")
    for subject in ("isolation", "neuration", "wing of the bat", "shoveller", "extinction", "albinism"):
        assert not [p for p in prompts if subject in p.lower()], (subject, prompts)
    assert "What is the runt?" in prompts


def test_a_subject_singled_out_or_set_in_a_clause_asks_no_who(tmp_path: Path) -> None:
    body = (
        "Even Ireland has a few animals, now generally regarded as varieties. "
        "As Alph. de Candolle has observed, a common alpine species disappears in a single year. "
        "Geoffroy Saint-Hilaire, as is stated in his Life, written by his son, suspected this as early as 1795. "
    )
    prompts = prompts_under(tmp_path, body, heading="Doubtful species")
    assert not [p for p in prompts if p.startswith("Who")], prompts


def test_a_sentence_in_capitals_is_not_asked(tmp_path: Path) -> None:
    body = (
        "DISTINCT SPECIES PRESENT ANALOGOUS VARIATIONS, SO THAT A VARIETY OF ONE SPECIES OFTEN ASSUMES A CHARACTER "
        "PROPER TO AN ALLIED SPECIES. "
    )
    assert not prompts_under(tmp_path, body, heading="Laws of variation")


def test_an_old_books_heading_in_capitals_says_where_a_question_is_asked(tmp_path: Path) -> None:
    said = said_under(tmp_path, "The condor lays a couple of eggs. ", heading="GEOMETRICAL RATIO OF INCREASE.")
    assert [s for s in said if s.startswith("In the section “Geometrical ratio of increase”, what does the condor")]


def test_a_books_index_is_back_matter_but_a_lessons_section_on_an_index_is_not() -> None:
    from tutor.english.furniture import is_furniture

    entries = "\n".join(["  Aberrant groups", "  Abyssinia, plants of", " --of organic beings", "  Adoxa"] * 4)
    assert is_furniture("INDEX.", f"INDEX.\n\n{entries}\n", [])
    lesson = (
        "Index\n\nAn index is a data structure that keeps a table's keys sorted so that lookups are fast.\n"
        "You create one with CREATE INDEX on the columns your queries filter on most often.\n"
    )
    assert not is_furniture("Index", lesson, [])
