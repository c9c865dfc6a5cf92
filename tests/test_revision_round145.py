"""Generator 122 (round 145: three papers read from PDFs, a review method, an auction model and a physics classic): of a
text read from a PDF's printed lines, no item asks or answers in a formula (its scripts and fractions are lost
there), while the same formula in Markdown's math is asked; no item of a bare symbol ("What is Z₀?"), of the text's
own typography ("The italicized words …"), of a numbered heading run into its sentence ("7.Final Comments …"), or of
a form's values ("Publication Bias: None was defined"). Every text here is written for the test."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from, said_under
from tutor.revision.items.askable import formula_or_symbol
from tutor.revision.items.record import QuizItem

_PRICE = "The price paid by the last advertiser is the reserve price pr = bs+1 when fewer ads are shown."


def test_a_formula_of_a_pdfs_printed_lines_is_not_asked_but_markdowns_is(tmp_path: Path) -> None:
    printed = f"# Auctions\n\n## Prices\n\n<!-- page 1 -->\n\n{_PRICE} {OTHER}\n"
    assert not [it for it in generate_items_from(tmp_path, printed) if "pr = bs+1" in it.answer]
    written = f"# Auctions\n\n## Prices\n\n{_PRICE} {OTHER}\n"
    assert [it for it in generate_items_from(tmp_path, written) if "pr = bs+1" in it.answer]


def test_no_item_of_a_bare_symbol() -> None:
    symbol = QuizItem(
        "d", "definition", "t.md", "Forces", 0, 1, "x", "What are Z 0?", "the components of the force", ()
    )
    assert formula_or_symbol(symbol, printed=False)  # as the PDF's garbled line gave it
    term = replace(symbol, prompt="What are the Z bosons?")
    assert not formula_or_symbol(term, printed=False)


def test_no_item_of_the_texts_typography_or_a_heading_run_into_a_sentence(tmp_path: Path) -> None:
    typography = "The italicized words were added by the authors to stress the difference between the two reviews."
    heading = "7.Final Comments Systematic review is a scientific method that integrates the evidence of many studies."
    for body in (typography, heading):
        said = said_under(tmp_path, f"{body} {OTHER}")
        assert not any("authors" in s or "scientific method" in s for s in said), said


def test_no_gloss_of_a_forms_values(tmp_path: Path) -> None:
    body = (
        "The protocol names its parts:\n\n- Publication Bias: None was defined for this review.\n"
        "- Number of Studies: Studies found: 125; studies selected: 1.\n"
        "- Experimental Design: describes how the meta-analysis will be conducted and which tests it uses.\n"
    )
    said = said_under(tmp_path, f"{body}\n{OTHER}")
    assert not any("Publication Bias" in s or "Number of Studies" in s for s in said), said
