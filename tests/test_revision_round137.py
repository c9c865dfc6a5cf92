"""Generator 111: what Vue's guide and Mill's essay left unasked though it teaches (round 136's texts read again for
sections with no item), asked as the rated items of earlier rounds that did well were. Every text here is written for
the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_an_advantage_or_drawback_said_of_it_is_asked_by_what_it_is_of(tmp_path: Path) -> None:
    body = "The main drawback of a tidal harbour is that it empties of water twice a day at low tide."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert "What is the main drawback of a tidal harbour? => it empties of water twice a day at low tide" in said, said
    pointing = "The main drawback of this design is that it empties of water twice a day at low tide."
    assert not any("drawback" in s for s in said_under(tmp_path, f"{pointing} {OTHER}"))


def test_the_one_thing_a_sentence_names_is_asked_by_its_description(tmp_path: Path) -> None:
    body = "Seamanship is the one thing which a harbour pilot cannot do without."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert "What is the one thing which a harbour pilot cannot do without? => seamanship" in said, said


def test_what_happens_whenever_something_else_does_is_asked_when(tmp_path: Path) -> None:
    for body, expected in (
        (
            "A harbour light will flash whenever a ship enters the outer channel at night.",
            "When will a harbour light flash? => whenever a ship enters the outer channel at night",
        ),
        (
            "A harbour chain is raised every time a storm warning reaches the harbour office.",
            "When is a harbour chain raised? => every time a storm warning reaches the harbour office",
        ),
    ):
        said = said_under(tmp_path, f"{body} {OTHER}")
        assert expected in said, said


def test_a_description_that_holds_its_subjects_stem_does_not_ask_for_it(tmp_path: Path) -> None:
    body = "Punctuality is the one thing which unpunctual pilots cannot see the use of."
    assert not any(s.endswith("=> punctuality") for s in said_under(tmp_path, f"{body} {OTHER}"))


def test_a_text_that_governs_is_asked_what_not_who(tmp_path: Path) -> None:
    body = "Access to and use of a harbour mooring is governed by the ToS."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.startswith("What governs") and s.endswith("=> ToS") for s in said), said
    someone = "Portwatch is maintained by the Harbour Trust."
    assert "Who maintains Portwatch? => Harbour Trust" in said_under(tmp_path, f"{someone} {OTHER}")


def test_the_year_a_figure_was_counted_is_not_asked(tmp_path: Path) -> None:
    figure = "According to the harbour office, 40 million tonnes of cargo passed through the port in 2016."
    assert not any("2016" in s for s in said_under(tmp_path, f"{figure} {OTHER}"))
    dated = "The harbour office moved its pilots to the new quay in 2016 after the old one silted up."
    assert any("2016" in s for s in said_under(tmp_path, f"{dated} {OTHER}"))


def test_a_list_is_not_named_by_a_preposition(tmp_path: Path) -> None:
    preposition = (
        "**For Harbour users**\n"
        "* **Harbour Cloud** users may have access to the following moorings: the north quay, the south quay, "
        "and the fuel dock.\n\n"
        "* **Harbour Server** users may have access to the following moorings: the east quay, the west quay, "
        "and the fuel dock.\n"
    )
    said = said_under(tmp_path, f"{preposition}\n{OTHER}", heading="Harbour Terms")
    assert not any(s.startswith("Name the two for") for s in said), said
