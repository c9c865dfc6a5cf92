"""Generator 128 (round 150: an introduction to music theory, a developer's notes in setext Markdown): no definition
whose gloss runs on into another claim ("… a western product and other cultures have …", "… an offset of 2 notes and
a "half step" is …"), but one whose clause has a subject of its own ("… how patterns of behavior and cognitive
processes have evolved"); a list's holder without the quantity it takes them in ("constructed from some combination
of four waveforms"); "X is a Y with the following Z:" names the Z X's; a term in quotes is asked without them. Every
text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_a_gloss_that_runs_on_into_another_claim_is_no_definition(tmp_path: Path) -> None:
    for body in (
        "The 12 note scale is a western product and other cultures have different scale sizes, variations within the "
        "note scales in addition to a host of other differentiating factors.",
        'Where a "whole step" is an offset of 2 notes and a "half step" is an offset of 1 note.',
    ):
        assert not [s for s in said_under(tmp_path, f"{body} {OTHER}") if s.startswith("What is")]
    inner = (
        "Evolutionary psychology is a discipline that studies how patterns of behavior and cognitive processes have "
        "evolved over time."
    )
    assert any(s.startswith("What is evolutionary psychology?") for s in said_under(tmp_path, f"{inner} {OTHER}"))


def test_a_list_is_named_by_its_holder_and_by_what_it_belongs_to(tmp_path: Path) -> None:
    waves = (
        "Synthesizers are often constructed from some combination of four fundamental oscillating waveforms:\n\n"
        "- Sine wave\n- Triangle wave\n- Saw wave\n- Square wave\n"
    )
    assert any(
        s.startswith("Name the four fundamental oscillating waveforms synthesizers are often constructed from. =>")
        for s in said_under(tmp_path, waves)
    )
    constraints = (
        'A diatonic scale, or "mode", is a further restriction of the twelve note scale with the following additional '
        "constraints:\n\n- Consists of seven notes\n- Includes five whole steps and two half steps\n"
        "- The half step notes are separated by two or three whole steps\n"
    )
    assert any(
        s.startswith("Name the three additional constraints of a diatonic scale. =>")
        for s in said_under(tmp_path, constraints)
    )


def test_a_term_in_quotes_is_asked_without_them(tmp_path: Path) -> None:
    body = 'The "tempo" is the pacing of the notes, including the beats per minute and the length of each note.'
    prompts = [s.split(" => ")[0] for s in said_under(tmp_path, f"{body} {OTHER}")]
    assert prompts and not [p for p in prompts if '"' in p], prompts
