from tutor.answer.citations import claims, problems
from tutor.records import Citation

PASSAGE = "The strategy outlines several priorities. It relies on three pillars: diplomacy, defense, and development."


def _cite(n: int, text: str = PASSAGE) -> Citation:
    return Citation(n, "knowledge/a.md", "S", 0, len(text), text, 1.0)


def test_claims_are_read_per_line_and_bullet() -> None:
    text = "It relies on three pillars: diplomacy, defense, and development. [1]\n- Online databases [2]"
    assert claims(text) == [
        ("It relies on three pillars: diplomacy, defense, and development.", 1),
        ("Online databases", 2),
    ]


def test_a_quoted_answer_passes() -> None:
    assert problems("The strategy outlines several priorities. [1]", [_cite(1)]) == []


def test_unsupported_claims_are_caught() -> None:
    assert problems("The strategy has four pillars. [1]", [_cite(1)]) == [
        "[1] does not contain: The strategy has four pillars."
    ]
    assert problems("The strategy outlines several priorities. [2]", [_cite(1)]) == [
        "[2] has no citation",
        "markers without citations: [2]",
    ]
    assert problems("x [1]", [_cite(2)])[0] == "citations are not numbered 1..k in order"
