"""Score the tutor on a question set the way `../shared/eval/README.md` describes."""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.english.text import normalize_for_match
from tutor.records import Answer

COVER_SHARE = 0.6
COVER_CHARS = 120


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    kind: str
    evidence: tuple[str, ...]
    keywords: tuple[str, ...]
    history: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EvalQuestion:
        history = tuple(d.get("history") or ([d["context_question"]] if d.get("context_question") else []))
        return cls(
            d["id"],
            d["question"],
            d.get("kind", ""),
            tuple(d.get("evidence", ())),
            tuple(d.get("answer_keywords", ())),
            history,
        )


def load_questions(path: Path) -> list[EvalQuestion]:
    with path.open(encoding="utf-8") as f:
        return [EvalQuestion.from_dict(json.loads(line)) for line in f if line.strip()]


def _longest_common_run(a: str, b: str) -> int:
    """Length of the longest common substring (dynamic programming over characters)."""
    if not a or not b:
        return 0
    best = 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def covers(passage: str, evidence: str) -> bool:
    p, e = normalize_for_match(passage), normalize_for_match(evidence)
    if not e:
        return False
    if e in p:
        return True
    run = _longest_common_run(e, p)
    return run >= COVER_SHARE * len(e) or run >= COVER_CHARS


@dataclass(frozen=True)
class Scored:
    question: EvalQuestion
    answer: Answer
    hit1: bool
    hit3: bool
    recall3: float
    keyword_recall: float
    words: int


def score(q: EvalQuestion, answer: Answer) -> Scored:
    texts = [c.text for c in answer.citations]
    covered = [[covers(t, e) for e in q.evidence] for t in texts[:3]]
    hit1 = bool(covered and any(covered[0]))
    hit3 = any(any(row) for row in covered)
    recall = (
        (sum(any(row[i] for row in covered) for i in range(len(q.evidence))) / len(q.evidence))
        if q.evidence and covered
        else 0.0
    )
    low = answer.text.lower()
    kw = sum(k.lower() in low for k in q.keywords) / len(q.keywords) if q.keywords else 0.0
    return Scored(q, answer, hit1, hit3, recall, kw, len(answer.text.split()))


def summarize(rows: list[Scored]) -> dict[str, float | int]:
    inscope = [r for r in rows if r.question.kind != "out_of_scope"]
    oos = [r for r in rows if r.question.kind == "out_of_scope"]
    answered = [r for r in inscope if r.answer.in_scope]
    out: dict[str, float | int] = {"n": len(rows)}
    if inscope:
        out.update(
            hit1=_mean(r.hit1 for r in inscope),
            hit3=_mean(r.hit3 for r in inscope),
            recall3=_mean(r.recall3 for r in inscope),
            keyword_recall=_mean(r.keyword_recall for r in inscope),
            false_refusal=_mean(not r.answer.in_scope for r in inscope),
            median_words=statistics.median(r.words for r in answered) if answered else 0,
        )
    if oos:
        out["oos_refusal"] = _mean(not r.answer.in_scope for r in oos)
    return out


def _mean(values: Iterable[bool | float]) -> float:
    vals = [float(v) for v in values]
    return sum(vals) / len(vals) if vals else 0.0


def evaluate(questions: list[EvalQuestion], ask: Callable[[str, list[str]], Answer]) -> list[Scored]:
    return [score(q, ask(q.question, list(q.history))) for q in questions]


COLUMNS = ("n", "hit1", "hit3", "recall3", "keyword_recall", "median_words", "false_refusal", "oos_refusal")


def report(rows: list[Scored]) -> list[dict[str, Any]]:
    """One summary per kind, then overall."""
    kinds = sorted({r.question.kind for r in rows})
    table = [{"kind": k, **summarize([r for r in rows if r.question.kind == k])} for k in kinds]
    table.append({"kind": "overall", **summarize(rows)})
    return table


def format_table(table: list[dict[str, Any]]) -> str:
    header = ["kind", *COLUMNS]
    lines = [" ".join(f"{h:>14}" if i else f"{h:<13}" for i, h in enumerate(header))]
    for row in table:
        cells = [f"{row['kind']:<13}"]
        for c in COLUMNS:
            v = row.get(c)
            if v is None:
                cells.append(f"{'—':>14}")
            elif c in ("n", "median_words"):  # counts: a median of an even number of answers may end in .5
                cells.append(f"{v:>14g}")
            else:
                cells.append(f"{v:>14.2f}")
        lines.append(" ".join(cells))
    return "\n".join(lines)
