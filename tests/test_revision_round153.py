"""Generator 133 (round 153: a chapter of The Turing Way, a handbook of research practice in MyST Markdown, and round
152's rewordings): "As you can tell from X" gives no reason; an order that opens "Take as …" has no subject to ask
about; no "Who published an influential paper?" cut before the words that say which; no year a citation's key gives
away; a definition keeps the setting its sentence opens on ("In the current academic system, …"); no definition of a
subject compared with something the sentence does not name ("A more common challenge …"). Every text here is written
for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, prompts_under, said_under


def test_how_the_reader_can_tell_is_no_reason(tmp_path: Path) -> None:
    body = (
        "As you can tell from the ever-growing number of chapters in the handbook, working reproducibly requires "
        "skills that aren't always taught in training programmes."
    )
    assert not [p for p in prompts_under(tmp_path, body) if p.startswith("Why")]


def test_an_order_to_the_reader_that_opens_take_as_has_no_subject(tmp_path: Path) -> None:
    body = "Take as a thought experiment a reviewer asking for one more analysis after the paper has been submitted."
    assert not [p for p in prompts_under(tmp_path, body) if p.startswith("What do take")]


def test_a_deed_cut_before_what_says_which_is_not_asked(tmp_path: Path) -> None:
    body = (
        "Maria Rossi published an influential paper in 2011 titled Why Small Samples Mislead which discusses the "
        "factors behind false findings."
    )
    prompts = prompts_under(tmp_path, body)
    assert not [p for p in prompts if p == "Who published an influential paper?"], prompts


def test_no_year_is_asked_that_a_citation_key_gives_away(tmp_path: Path) -> None:
    body = "The paper by Maria Rossi appeared in 2011 {cite:ps}`Rossi2011Small` and discusses false findings."
    assert not [p for p in prompts_under(tmp_path, body) if "Fill in the year" in p or "Which year" in p]


def test_a_definition_keeps_the_setting_its_sentence_opens_on(tmp_path: Path) -> None:
    body = (
        "In the current academic system, a primary consideration for promotion is the proven ability to win grants "
        "and recruit students."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(
        s.startswith("In the current academic system, what is a primary consideration for promotion?") for s in said
    )


def test_no_definition_of_a_subject_compared_with_what_the_sentence_does_not_name(tmp_path: Path) -> None:
    body = "A more common challenge for field biologists is the variability of weather across seasons and years."
    assert not [p for p in prompts_under(tmp_path, body) if p.startswith("What is a more common challenge")]
    than = "A more common challenge than theft for field biologists is the variability of weather across seasons."
    assert [p for p in prompts_under(tmp_path, than) if p.startswith("What is a more common challenge")]
