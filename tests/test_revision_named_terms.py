"""A term the text gives a name to ("known as", "called", "so-called") is a key term: its sentence asks for it, with
the sentence before quoted when the naming points back to it (issue 14: blanks only over a key term; prompts that
carry the context they need)."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from
from tutor.revision.items.record import QuizItem


def _terms(tmp_path: Path, body: str) -> dict[str, QuizItem]:
    text = "# Notes\n\n" + body
    return {it.answer: it for it in generate_items_from(tmp_path, text) if it.prompt.startswith("Fill in the term")}


def test_a_named_term_is_blanked_in_its_sentence(tmp_path: Path) -> None:
    terms = _terms(
        tmp_path,
        "## Saves\n\nMinecraft items can store arbitrary metadata in a file format known as Named Binary Tag (NBT), "
        "which allows nested structures.\n\n"
        "## Machines\n\nWhen we program a facsimile of intelligent behaviour into a machine, it is called "
        "artificial intelligence (AI).\n\n"
        "## Trials\n\nA new skin patch called Viaskin allowed people with peanut allergies to eat tiny amounts.\n",
    )
    nbt = terms["Named Binary Tag (NBT)"]
    assert "in a file format known as _____, which allows nested structures." in nbt.prompt
    assert "Named" in nbt.key_terms and nbt.text == nbt.reading
    assert "it is called _____." in terms["artificial intelligence (AI)"].prompt  # the writer's "we", quoted
    assert "called _____ allowed people" in terms["Viaskin"].prompt  # the name stops before the verb


def test_a_name_given_to_what_the_sentence_before_said_is_asked_with_it(tmp_path: Path) -> None:
    terms = _terms(
        tmp_path,
        "## Photographs\n\nLouis Daguerre invented the first practical technology for producing photographs in "
        "France.\nAppropriately enough, they were called daguerreotypes.\n",
    )
    item = terms["daguerreotypes"]
    assert item.prompt == (
        "Fill in the term: “Louis Daguerre invented the first practical technology for producing photographs in "
        "France. Appropriately enough, they were called _____.”"
    )
    assert item.text.startswith("Louis Daguerre") and item.text.endswith("daguerreotypes.")


def test_a_call_a_fragment_a_running_name_or_a_heading_is_not_asked(tmp_path: Path) -> None:
    terms = _terms(
        tmp_path,
        "## Clips\n\nElse called Fox and told them about the clip in the corner of the room.\n\n"
        "## Analysis\n\nIn functional analysis, is known as the spectral radius of the operator.\n\n"
        "## Music\n\nIn 1997, Michael Roberts launched a company called MP3.com in San Diego.\n\n"
        "## Ductile iron\n\nNew water pipes are made of a durable cast iron known as ductile iron.\n\n"
        "## Chips\n\nChip makers have long planned their products around a rule called 'Moore's law' of doubling.\n",
    )
    assert terms == {}  # someone who called; no subject; "MP3.com" goes on; the heading gives it away; "'Moore'"
