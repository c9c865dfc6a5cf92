from helpers import claims

from tutor.answer.citations import problems
from tutor.records import Citation, Piece, render_text

PASSAGE = "The strategy outlines several priorities. It relies on three pillars: diplomacy, defense, and development."


def _cite(n: int, text: str = PASSAGE) -> Citation:
    return Citation(n, "knowledge/a.md", "S", 0, len(text), text, 1.0)


def test_plain_text_is_rendered_per_citation_and_list_item_and_read_back_by_the_contract() -> None:
    pieces = (
        Piece("lead_in", ("It relies on three pillars: diplomacy, defense, and development.",), 1),
        Piece("item", ("Online databases", "Toolkits."), 2),
        Piece("sentence", ("The strategy outlines several priorities.",), 2),
        Piece("sentence", ("It relies on three pillars: diplomacy, defense, and development.",), 2),
        Piece("sentence", ("The strategy outlines several priorities.",), 3),
    )
    text = render_text(pieces)
    assert text.splitlines() == [
        "It relies on three pillars: diplomacy, defense, and development. [1]",
        "- Online databases [2] Toolkits. [2]",
        "The strategy outlines several priorities. [2] "
        "It relies on three pillars: diplomacy, defense, and development. [2]",
        "The strategy outlines several priorities. [3]",
    ]
    assert claims(text)[:3] == [
        ("It relies on three pillars: diplomacy, defense, and development.", 1),
        ("Online databases", 2),
        ("Toolkits.", 2),
    ]


def test_a_quoted_answer_passes() -> None:
    assert problems([Piece("sentence", ("The strategy outlines several priorities.",), 1)], [_cite(1)]) == []


def test_messages_quote_nothing_and_are_not_checked() -> None:
    assert problems([Piece("message", ("The text does not answer that.",))], []) == []


def test_unsupported_claims_are_caught() -> None:
    assert problems([Piece("sentence", ("The strategy has four pillars.",), 1)], [_cite(1)]) == [
        "[1] does not contain: The strategy has four pillars."
    ]
    assert problems([Piece("item", ("The strategy outlines several priorities.",), 2)], [_cite(1)]) == [
        "[2] has no citation"
    ]
    assert problems([Piece("sentence", ("x",), 1)], [_cite(2)])[0] == "citations are not numbered 1..k in order"
