"""What a definition item takes as its subject and its answer (generators 15 and 16)."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from


def test_a_definition_someone_is_quoted_saying_is_theirs_not_the_texts(tmp_path: Path) -> None:
    text = (
        "# Embassies\n\n## Small states\n\n“Cyber diplomacy is a powerful tool for small states with few embassies "
        "abroad,” the minister said on Tuesday.\n\nA consulate is an office that helps citizens who travel abroad.\n"
    )
    asked = [it.prompt for it in generate_items_from(tmp_path, text) if it.kind == "definition"]
    assert asked == ["What is a consulate?"]


def test_an_amount_of_something_is_no_subject_to_define(tmp_path: Path) -> None:
    text = (
        "# Pills\n\n## The dose\n\nTwo tablets was a lethal dose for the young student in the study.\n\n"
        "Dinitrophenol is an industrial chemical once sold as a slimming pill.\n"
    )
    asked = [it.prompt for it in generate_items_from(tmp_path, text) if it.kind == "definition"]
    assert asked == ["What is Dinitrophenol?"]


def test_a_titles_description_is_no_part_of_its_name_and_an_answer_stops_before_a_participle(tmp_path: Path) -> None:
    text = (
        "# Games\n\n## Horror\n\nCheeky horror game “Until Dawn” was a breakout hit for the PS4 console, "
        "channeling the classic “dumb teens in the woods” trope into an interactive drama.\n"
    )
    asked = {it.prompt: it.answer for it in generate_items_from(tmp_path, text) if it.kind == "definition"}
    assert asked == {"What was “Until Dawn”?": "a breakout hit for the PS4 console"}
    # round 74: "a breakout hit for the PS4 last year" is true when it was written, not when it is asked
    (tmp_path / "dated").mkdir()
    assert not generate_items_from(tmp_path / "dated", text.replace("PS4 console", "PS4 last year"))


def test_no_item_asks_what_someone_is_quoted_saying_as_if_the_text_said_it(tmp_path: Path) -> None:
    text = (
        "# Tunisia\n\n## The attack\n\n“Ennahda is responsible for the current deterioration of the situation, "
        "because they were careless with the extremists” while they were in power, Azzouz said.\n\n"
        "The Ennahda party is responsible for the new constitution of the country.\n"
    )
    asked = [it.prompt for it in generate_items_from(tmp_path, text)]
    assert asked and not [p for p in asked if "deterioration" in p or "careless" in p], asked
    assert any("constitution" in p or "Ennahda" in p for p in asked), asked
