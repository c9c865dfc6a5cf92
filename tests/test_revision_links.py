"""Chat meets revision: "Check yourself" after a chat answer, "Explain" after a wrong quiz answer."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.revision_helpers import bank_for
from tutor.records import Answer, Citation, Piece, message, render_text
from tutor.revision.links import check_yourself, expected_answer, explanation
from tutor.revision.reviser import Reviser
from tutor.revision.store import ProgressStore


def test_check_yourself_offers_an_item_from_the_cited_section(knowledge: Path, tmp_path: Path) -> None:
    bank = bank_for(knowledge, tmp_path / "index")
    reviser = Reviser(bank, ProgressStore(tmp_path / "p.sqlite3"))
    sections = Counter(it.section for it in bank.items)
    section = next(s for s, n in sections.items() if n >= 2)  # a section with an item left after one is answered
    cite = Citation(1, "knowledge/cyber-diplomacy.md", section, 0, 1, "x", 0.9)
    answer = Answer("what does the text say about it?", (Piece("sentence", ("…",), 1),), True, (cite,))
    item = check_yourself(reviser, answer)
    assert item is not None and item.section == section
    assert check_yourself(reviser, Answer("pizza?", message("not in the text"), False)) is None
    # with a learner, items already answered are not offered again while others remain
    reviser.answer("ann", item.id, item.answer)
    assert check_yourself(reviser, answer, learner="ann") != item


def test_explain_quotes_the_exact_passage(knowledge: Path, tmp_path: Path) -> None:
    bank = bank_for(knowledge, tmp_path / "index")
    item = next(it for it in bank.items if it.kind == "list")
    answer = explanation(bank, item.id)
    text = render_text(answer.pieces)
    assert item.prompt in answer.question
    assert f"{item.source}:{item.start}-{item.end}" in text and item.elements[0] in text
    assert [p for p in answer.pieces if p.kind == "quote"] == [Piece("quote", tuple(item.reading.split("\n")), 1)]
    source = (knowledge / "cyber-diplomacy.md").read_text(encoding="utf-8")
    (passage,) = answer.citations  # without indexed passages: the item's own span, highlighted whole
    assert source[passage.start : passage.end] == passage.text == item.text
    assert passage.highlights == ((item.start, item.end),)
    assert f"Answer: {expected_answer(item)}" in text and expected_answer(item) == "; ".join(item.elements)
