from tutor.evaluation import EvalQuestion, covers, score
from tutor.records import Answer, Citation, Piece, message

EVIDENCE = "The Coordinator, Christopher Painter became the first cyber-diplomat in history."


def test_cover_rules() -> None:
    assert covers("Before. " + EVIDENCE + " After.", EVIDENCE)
    assert covers("the coordinator christopher painter became the first cyber diplomat", EVIDENCE)  # punctuation folded
    assert not covers("Christopher Painter", EVIDENCE)  # under 60 % and under 120 characters
    long_evidence = "x " * 10 + "a" * 130
    assert covers("a" * 125, long_evidence)  # 120 characters of it suffice


def test_score_counts_hits_and_keywords() -> None:
    q = EvalQuestion("1", "Who?", "direct", (EVIDENCE,), ("painter", "coordinator"))
    cite = Citation(1, "k/a.md", "S", 0, len(EVIDENCE), EVIDENCE, 1.0)
    other = Citation(1, "k/a.md", "S", 0, 5, "Other", 1.0)
    good = score(q, Answer("Who?", (Piece("sentence", ("Christopher Painter",), 1),), True, (cite,)))
    assert good.hit1 and good.hit3 and good.keyword_recall == 0.5
    late = score(q, Answer("Who?", message("x"), True, (other, other, cite)))
    assert not late.hit1 and late.hit3 and late.recall3 == 1.0
