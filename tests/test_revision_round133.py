"""What round 133's blind raters marked on an open biology textbook in kramdown (generator 106, index format 33).
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from, prompts_under, said_under
from tutor.english.text import sentence_spans
from tutor.revision.items.glosses import gloss

DEFINED = "A floating dock is a dock that rises and falls with the tide so that ships can load at any hour."


def test_an_html_block_of_exercises_and_a_free_response_section_are_not_asked(tmp_path: Path) -> None:
    exercise = (
        '<div data-type="exercise">\n<div data-type="problem" markdown="1">\nWhat is a floating dock?\n\n</div>\n'
        f'<div data-type="solution" markdown="1">\nDocks float.\n\n{DEFINED}\n\n</div>\n</div>\n'
    )  # as OpenStax writes them: the line after a tag is part of the HTML block, the paragraphs after it are read
    text = f"# Harbours\n\n## Docks\n\nRivers carry water to the sea.\n\n{exercise}"
    assert [it.prompt for it in generate_items_from(tmp_path, text)] == []
    note = f'\n<div data-type="note" class="interesting" markdown="1">\nDocks float.\n\n{DEFINED}\n\n</div>\n'  # a box
    # the text teaches from is asked, as is the sentence outside any block
    assert "What is a floating dock?" in [it.prompt for it in generate_items_from(tmp_path, text + note)]
    assert prompts_under(tmp_path, DEFINED, "Free Response") == []
    assert prompts_under(tmp_path, DEFINED, "Art Connections") == []
    assert "What is a floating dock?" in prompts_under(tmp_path, DEFINED, "Docks")


def test_an_initial_before_a_name_ends_no_sentence_and_the_person_is_asked_who(tmp_path: Path) -> None:
    said = "In 1999, W. Ford Doolittle proposed a model of the harbour that resembles a web more than a tree."
    text = f"{said} It was good."
    assert [text[a:b] for a, b in sentence_spans(text)] == [said, "It was good."]
    for labelled in ("Take vitamin C. Many sailors do.", "We chose plan B. Then we left."):
        assert len(sentence_spans(labelled)) == 2, labelled  # an initial that labels the word before ends one
    assert (
        "In 1999, who proposed a model of the harbour that resembles a web more than a tree? => W. Ford Doolittle"
        in said_under(tmp_path, f"{said} {OTHER}")
    )


def test_a_series_of_plural_nouns_ends_whole_but_a_second_deed_after_a_long_element_is_cut(tmp_path: Path) -> None:
    said = said_under(tmp_path, f"The stem of a plant bears the leaves, flowers, and fruits. {OTHER}")
    assert "What does the stem of a plant bear? => the leaves, flowers, and fruits" in said, said  # was "the
    # leaves, flowers"
    said = said_under(
        tmp_path, f"Mozilla VR maintains A-Frame, a web framework for building VR scenes, and works on Servo. {OTHER}"
    )
    assert not any("works on" in s for s in said), said


def test_a_definitions_answer_ends_before_a_second_deed_or_another_subjects_clause() -> None:
    assert gloss("made up of xylem and phloem tissues and conducts water, minerals, and sugars.") == (
        "made up of xylem and phloem tissues"
    )
    assert gloss("a program that parses input and writes output.") == "a program that parses input and writes output"
    assert gloss("a set of rules, and related tools.") == "a set of rules, and related tools"
    assert gloss("a zoonosis that is re-emerging in some regions, and necrotizing fasciitis has been rising.") == (
        "a zoonosis that is re-emerging in some regions"
    )
    assert gloss("to light the factory floor, and employees strained their eyes to see their work.") == (
        "to light the factory floor"
    )


def test_an_example_of_a_kind_answers_by_the_kind_and_a_plural_of_its_own_asks_in_the_plural(tmp_path: Path) -> None:
    said = said_under(
        tmp_path, f"Brucellosis is an example of a bacterial zoonosis that is re-emerging in some regions. {OTHER}"
    )
    assert any(s.endswith("? => a bacterial zoonosis that is re-emerging in some regions") for s in said), said
    body = "Humoral stimuli refers to the control of hormone release in response to changes in the blood."
    prompts = prompts_under(tmp_path, body)
    assert "What do Humoral stimuli refer to?" in prompts, prompts  # was "What does Humoral stimuli …" (the capital:
    # the text never writes the term otherwise)
    assert not any(p.startswith(("Why", "The text says")) for p in prompts), prompts  # the "in response to" is
    # inside what the term means
    evolving = "Cyber diplomacy is evolving in response to new disputes between states over their networks."
    assert any(
        p.startswith("In response to what is Cyber diplomacy evolving") for p in prompts_under(tmp_path, evolving)
    )


def test_a_claim_opening_on_here_is_not_asked_and_an_also_leaves_the_question(tmp_path: Path) -> None:
    here = (
        "Here, signals from the harbour master directly stimulate the pilots to leave the quay in response to storms."
    )
    assert not any("Here," in p for p in prompts_under(tmp_path, here))
    also = "Barnacles also foul the hulls of ships because they colonize the surfaces of wood and metal."
    assert "Why do barnacles foul the hulls of ships?" in prompts_under(tmp_path, also)  # was "The text says: …"


def test_a_term_opening_its_sentence_is_asked_in_lower_case_where_the_text_writes_it_so(tmp_path: Path) -> None:
    defined = "Hyperthyroidism is a condition in which the thyroid gland of a patient is overactive."
    exercise = "\n\n## Review Questions\n\nPatient B may be suffering from hyperthyroidism. Which gland is it?\n"
    text = f"# Glands\n\n## Thyroid\n\n{defined} {OTHER}{exercise}"  # the questions are not asked, but they are
    # the text's words
    assert "What is hyperthyroidism?" in [it.prompt for it in generate_items_from(tmp_path, text)]
    assert "What is Hyperthyroidism?" in prompts_under(tmp_path, defined)  # a name, for all the text shows
