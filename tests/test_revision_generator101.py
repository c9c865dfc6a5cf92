"""What round 129's blind raters marked on an open economics textbook, read again (generator 101, index format 31):
an example's year and share, a supposition's series, a cause inside a "how" clause, and a figure's labels written
as HTML subscripts. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import prompts_under
from tutor.ingest.reading import parse


def test_an_examples_year_and_share_are_not_asked(tmp_path: Path) -> None:
    for example, reported in (
        (
            "For example, in 1956 the workshop was held at Dartmouth College, where the term was first used.",
            "The workshop was held in 1956 at Dartmouth College, where the term was first used.",
        ),
        (
            "For example, a 10% rise in the price brings only a 4.5% fall in the quantity bought.",
            "A 10% rise in the price brings only a 4.5% fall in the quantity bought.",
        ),
    ):
        assert not any(p.startswith("Fill in the") for p in prompts_under(tmp_path, example))  # was "In _____ the …"
        assert any(p.startswith("Fill in the") for p in prompts_under(tmp_path, reported))


def test_a_suppositions_series_is_not_asked(tmp_path: Path) -> None:
    supposed = "Suppose two countries, the US and Brazil, need to decide how much of two crops to grow: cane and wheat."
    assert not any("two crops" in p for p in prompts_under(tmp_path, supposed))
    stated = "Brazil and the US decide each year how much they grow of their two main crops: sugar cane and wheat."
    assert any("two main crops" in p for p in prompts_under(tmp_path, stated))


def test_a_cause_inside_a_how_clause_is_not_why_its_verb_is_so(tmp_path: Path) -> None:
    inner = "The demand curve also shows how the quantity of cars bought would change as a result of a higher price."
    assert not any(p.startswith("Why") for p in prompts_under(tmp_path, inner))  # "Why does the curve also show …?"
    whole = "Iterating over a vector, whether immutably or mutably, is safe because of the borrowing rules."
    assert any(p.endswith("Why?") for p in prompts_under(tmp_path, whole))  # "whether" after a comma: a concession


def test_html_scripts_read_as_unicode_and_a_figures_label_is_not_asked(tmp_path: Path) -> None:
    text = (
        "## Supply\n\nIn the figure, S<sub>0</sub> is the original supply curve for labor in each market. After 30 "
        "years at 6%, $100 grows to $100(1.06)<sup>30</sup> = $574. Sodium (Na<sup>+</sup>) and water "
        "(H<sub>2</sub>O) move. In the 21<sup>st</sup> century v<sub>max</sub> rose.\n"
    )
    units = [u for b in parse(text, "knowledge/t.md").sections[0].blocks for u in b.units]
    assert [u.text for u in units] == [
        "In the figure, S₀ is the original supply curve for labor in each market.",  # was "S0"
        "After 30 years at 6%, $100 grows to $100(1.06)³⁰ = $574.",  # was "(1.06)30"
        "Sodium (Na⁺) and water (H₂O) move.",
        "In the 21st century vmax rose.",  # an ordinal's letters, and a script Unicode lacks, as they were
    ]
    assert text[units[1].start : units[1].end] == "After 30 years at 6%, $100 grows to $100(1.06)<sup>30</sup> = $574."
    label = "S<sub>0</sub> is the original supply curve for labor and D<sub>0</sub> is the original demand curve."
    assert not any("original supply curve" in p for p in prompts_under(tmp_path, label))  # answered "S0"
    term = "In contrast to these phases, the G<sub>0</sub> phase is a resting phase of the cell cycle."
    assert "What is the G₀ phase?" in prompts_under(tmp_path, term)
