"""Quiz items ask what a section teaches (issue 14, first round): blanks over taught terms, a few per section,
on sentences that stand alone, and wrong choices of the answer's kind — on the seed and three other texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor import tuning
from tutor.english.dictionary import can_be_noun, same_kind_of_word, word_class
from tutor.ingest.reading import read_knowledge
from tutor.revision.items import generate_items
from tutor.revision.items.clozes import stands_alone

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "texts"
TEXTS = {
    "seed": ROOT / "knowledge",
    "ml-lessons": ROOT.parent / "shared" / "eval" / "foreign" / "ml-lessons",
    "mozilla-wikipedia": DATA / "mozilla-wikipedia",
    "sre-monitoring": DATA / "sre-monitoring",
}

SECTION = """# Firewalls

## How a firewall works

A firewall filters the packets that cross a network boundary.
Each firewall keeps a table of rules, and the first rule that matches a packet decides its fate.
Administrators showed great willingness to adopt the stateful firewall in the 1990s.
This restriction keeps unwanted traffic away from the servers behind it.
A packet that no rule matches is dropped by the default rule of the firewall.

## Where networks meet

Networks of different owners meet at exchange points run by neutral operators.
Operators charge members a monthly fee for each port they use at the exchange.
Traffic between members crosses the exchange without paying a transit provider.
Large exchanges connect hundreds of networks in a single building.
Smaller exchanges serve one city and its local providers.
Members agree on peering terms before their traffic flows through the exchange.
Most exchanges publish the list of their members and the ports they hold.
"""


def test_word_classes_come_from_the_dictionary() -> None:
    assert word_class("perspective") == "NOUN" and word_class("acknowledge") == "VERB"
    assert word_class("necessary") == "ADJ"  # an adjective, though the tables know a noun "necessary" too
    assert not same_kind_of_word("perspective", "acknowledge")
    assert same_kind_of_word("cooperation", "prosecution")
    assert can_be_noun("thresholds") and not can_be_noun("eliminate")
    assert word_class("Kubernetes") == "NOUN"  # a word the tables lack is taken for a name


def test_a_sentence_that_points_back_or_is_a_fragment_does_not_stand_alone() -> None:
    assert stands_alone("A firewall filters the packets that cross a network boundary.")
    assert not stands_alone("This restriction keeps unwanted traffic away.")
    assert not stands_alone("It has proven itself.")
    assert not stands_alone("Such a perspective dissipates certain distinctions.")
    assert not stands_alone(": A notification intended to be read by a human.")


def test_blanks_fall_on_what_the_section_teaches(tmp_path: Path) -> None:
    (tmp_path / "firewalls.md").write_text(SECTION, encoding="utf-8")
    items = [it for it in generate_items(read_knowledge(tmp_path)) if it.kind in ("cloze", "choice")]
    assert items
    answers = {it.answer.lower() for it in items}
    assert "willingness" not in answers  # used once: an incidental word
    assert answers & {"firewall", "packets", "rule", "packet", "rules"}
    assert not any(it.prompt.split("“", 1)[1].startswith("This") for it in items)


@pytest.mark.parametrize("name", list(TEXTS))
def test_a_few_items_a_section_and_choices_of_one_kind(name: str) -> None:
    folder = TEXTS[name]
    if not folder.exists():
        pytest.skip(f"{folder} lives in ../shared")
    docs = read_knowledge(folder)
    items = generate_items(docs)
    sections = {s.title for d in docs for s in d.sections if s.blocks}
    by_section: dict[str, int] = {}
    for it in items:
        if it.kind in ("cloze", "choice"):
            by_section[it.section] = by_section.get(it.section, 0) + 1
    assert max(by_section.values()) <= tuning.ITEM_TERM_ITEMS_CAP  # one blank or choice per chosen sentence
    assert len(items) <= 6 * len(sections)  # fewer, better: not twenty a section
    for it in items:
        if it.kind == "choice" and not any(c[:1].isupper() or c[:1].isdigit() for c in it.choices):
            wrong = [c for c in it.choices if c != it.answer]
            assert all(same_kind_of_word(c, it.answer) for c in wrong), (it.answer, it.choices)


@pytest.mark.parametrize("name", list(TEXTS))
def test_sections_with_prose_get_an_item_and_lists_count_their_own_items(name: str) -> None:
    """Every section but a caption ("Firefox logo", a sketchnote's credit) is asked about; no blank on a
    nationality or a month."""
    from tutor.english.lexicon import DEMONYMS, MONTHS
    from tutor.revision.items.context import content_sections

    folder = TEXTS[name]
    if not folder.exists():
        pytest.skip(f"{folder} lives in ../shared")
    docs = read_knowledge(folder)
    items = generate_items(docs)
    sections = {s.title for d in docs for s in content_sections(d)}
    assert len(sections - {it.section for it in items}) <= 1
    for it in items:
        if it.kind in ("cloze", "choice"):
            assert it.answer.lower() not in DEMONYMS and it.answer.lower() not in MONTHS, it.prompt


def test_a_nested_list_counts_the_items_of_its_own_level(tmp_path: Path) -> None:
    (tmp_path / "winter.md").write_text(
        "# Winter\n\n## What went wrong\n\nSome issues that impacted confidence included:\n\n"
        "- Limitations in compute power.\n- Combinatorial explosion of parameters.\n"
        "- Questions about the approach:\n  - Turing tests came into question.\n  - Ethics were challenged.\n",
        encoding="utf-8",
    )
    (lists,) = [it for it in generate_items(read_knowledge(tmp_path)) if it.kind == "list" and "Name" in it.prompt]
    assert lists.prompt.startswith("Name the three ") and len(lists.elements) == 3


@pytest.mark.parametrize(
    ("sentence", "word", "usable"),
    [
        ("States form coalitions to address common threats in cyberspace.", "address", False),  # a verb here
        ("In a nutshell, cooperation keeps cyberspace stable for every state.", "nutshell", False),  # set phrase
        ("States form coalitions to face the common threats in cyberspace.", "coalitions", True),
    ],
)
def test_a_blank_is_not_given_away_by_the_words_before_it(sentence: str, word: str, usable: bool) -> None:
    from collections import Counter

    from tutor.revision.items.clozes import usable_term
    from tutor.revision.items.context import Context
    from tutor.revision.terms import Term

    ctx = Context(doc=None, sentence_freq=Counter(), n_sentences=10, lowercase_words=set())  # type: ignore[arg-type]
    assert usable_term(Term(word, sentence.index(word), "concept"), sentence, ctx) is usable
