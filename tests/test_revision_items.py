"""The generated item bank: enough items, every section, exact spans, no giveaways, stable ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.revision_helpers import bank_for, fake_index
from tutor.english.text import content_terms, stem
from tutor.errors import IndexStateError
from tutor.ingest.reading import read_knowledge
from tutor.records import Document
from tutor.revision.bank import ITEMS_FILE, ensure_item_bank
from tutor.revision.items import BLANK, QuizItem, generate_items, is_furniture
from tutor.revision.terms import term_words


@pytest.fixture
def docs(knowledge: Path) -> list[Document]:
    return read_knowledge(knowledge)


@pytest.fixture
def items(docs: list[Document]) -> list[QuizItem]:
    return generate_items(docs)


def test_a_few_items_over_most_sections_with_content(docs, items) -> None:
    """Fewer, better (issue 14): a handful a section, most content sections asked, none from furniture."""
    assert len(items) >= 12
    content = {s.title for d in docs for s in d.sections if s.blocks and not is_furniture(d, s)}
    asked = {it.section for it in items}
    assert asked <= content and len(asked) >= len(content) / 2
    assert {"definition", "short", "list"} <= {it.kind for it in items}


def test_spans_are_exact(docs, items) -> None:
    texts = {d.source: d.text for d in docs}
    for it in items:
        assert texts[it.source][it.start : it.end] == it.text, it.id


def test_no_item_gives_its_answer_away(items) -> None:
    for it in items:
        prompt_stems = set(content_terms(it.prompt))
        if it.kind == "cloze" or it.kind == "choice" and BLANK in it.prompt:
            assert not {stem(w) for w in term_words(it.answer)} & prompt_stems, it.prompt
        elif it.kind == "list":
            for terms in it.element_terms:
                assert terms and not {stem(t) for t in terms} & prompt_stems, (it.prompt, terms)
        else:
            assert it.key_terms and not {stem(t) for t in it.key_terms} & prompt_stems, it.prompt


def test_nothing_about_furniture_or_the_author(docs, items) -> None:
    author = docs[0].meta["author"]
    assert all(author not in it.text and author not in it.prompt for it in items)
    assert not any("About the Author" in it.section or "Best Diplomats" in it.text for it in items)


def test_list_items_name_each_element_and_choices_hold_the_answer(items) -> None:
    challenges = [it for it in items if it.kind == "list" and "five" in it.prompt and "challenges" in it.prompt]
    assert len(challenges) == 1 and len(challenges[0].elements) == 5
    for it in items:
        if it.kind == "choice":
            assert it.answer in it.choices and len(set(it.choices)) == 4
            assert all(c.lower() not in it.text.lower() for c in it.choices if c != it.answer)


def test_ids_stable_across_rebuilds_while_the_sentence_is_unchanged(knowledge: Path, items) -> None:
    path = knowledge / "cyber-diplomacy.md"
    text = path.read_text(encoding="utf-8")
    changed = "The Coordinator, Christopher Painter became the first cyber-diplomat in history."
    assert changed in text
    path.write_text(
        text.replace(changed, "Christopher Painter, the Coordinator, was the first cyber-diplomat.").replace(
            "## What Is Cyber Diplomacy?",
            "An added paragraph moves every offset after it.\n\n## What Is Cyber Diplomacy?",
        ),
        encoding="utf-8",
    )
    again = generate_items(read_knowledge(knowledge))
    before = {it.id: it for it in items}
    after = {it.id: it for it in again}
    for iid, it in before.items():
        if it.text == changed:
            assert iid not in after  # its sentence changed
        else:
            assert iid in after, it.prompt
            assert after[iid].text == it.text and after[iid].prompt == it.prompt
    moved = [i for i in before if i in after and after[i].start != before[i].start]
    assert len(moved) > len(before) / 2  # ids do not depend on offsets


def test_a_new_text_gets_items_too(tmp_path: Path) -> None:
    folder = tmp_path / "k"
    folder.mkdir()
    (folder / "plants.md").write_text(
        "# Plants\n\n## Photosynthesis\n\nPhotosynthesis is defined as the process by which green plants turn "
        "light, water and carbon dioxide into sugar and oxygen. The Calvin Cycle fixes carbon in the stroma "
        "of the chloroplast.\n\nPlants need three things to grow:\n\n- Sunlight for energy\n- Water from the soil\n"
        "- Nutrients such as nitrogen\n",
        encoding="utf-8",
    )
    items = generate_items(read_knowledge(folder))
    kinds = {it.kind for it in items}
    assert {"definition", "list", "short"} <= kinds
    assert any(it.prompt == "What does the Calvin Cycle fix?" and "carbon" in it.answer for it in items)
    assert any(it.prompt.lower() == "how does the text define photosynthesis?" for it in items)
    assert any(it.prompt.startswith("Name the three things") for it in items)


def test_bank_file_written_once_and_regenerated_when_knowledge_changes(knowledge: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    bank = bank_for(knowledge, index)
    file = index / ITEMS_FILE
    header = json.loads(file.read_text(encoding="utf-8").splitlines()[0])
    assert header["count"] == len(bank.items) >= 12
    mtime = file.stat().st_mtime_ns
    assert ensure_item_bank(knowledge, index).items == bank.items
    assert file.stat().st_mtime_ns == mtime  # read, not regenerated

    (knowledge / "cyber-diplomacy.md").write_text(
        (knowledge / "cyber-diplomacy.md").read_text(encoding="utf-8") + "\nA new closing line about treaties.\n",
        encoding="utf-8",
    )
    assert ensure_item_bank(knowledge, index).items == bank.items  # still the items of the index as built
    file.unlink()
    with pytest.raises(IndexStateError, match="tutor build"):
        ensure_item_bank(knowledge, index)  # new items for a stale index would not match it
    fake_index(knowledge, index)  # the index is rebuilt
    assert ensure_item_bank(knowledge, index).knowledge != bank.knowledge


def test_missing_index_says_what_to_do(knowledge: Path, tmp_path: Path) -> None:
    with pytest.raises(IndexStateError, match="tutor build"):
        ensure_item_bank(knowledge, tmp_path / "nowhere")


def test_a_series_broken_after_its_and_is_read_like_one_on_a_line() -> None:
    """A hard-wrapped "…, and\\nplums" once raised ValueError and stopped the build (a whole book crashed)."""
    from tutor.revision.items.series import parse_series

    wrapped = parse_series("apples, pears, and\nplums grow in the orchard.")
    assert wrapped is not None and wrapped == parse_series("apples, pears, and plums grow in the orchard.")
