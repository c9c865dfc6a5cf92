"""Score the conversation on a set of turns: did each message get the right kind of reply, was a question about
the text ever taken for small talk, and do summaries cover their parts without repeating a point?

A turn is `{"id", "history": [earlier messages], "say": "…", "intent": "<label>"}` (the labels of
`tests/data/conversation/README.md`); its history is replayed first, as `tutor ask --batch` does.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tutor.answer.citations import problems
from tutor.converse.replies import Conversation, Reply, ReplyKind
from tutor.converse.summaries import PATH, Summarizer
from tutor.english.text import word_count
from tutor.records import QUOTED

# The kind of reply each label asks for.
EXPECTED: dict[str, ReplyKind] = {
    "question": "answer", "simpler": "answer", "example": "answer", "clarify": "answer", "refusal": "refusal",
    "overview": "overview", "summary": "summary", "quiz": "quiz", "quiz-answer": "quiz", "greeting": "smalltalk",
    "thanks": "smalltalk", "next": "smalltalk",
}  # fmt: skip
REPEATED = 0.8  # two sentences of a summary this alike (cosine) make the same point


@dataclass(frozen=True)
class TurnResult:
    id: str
    say: str
    label: str
    reply: Reply
    repeats: int  # pairs of quoted sentences that make the same point
    coverage: float | None  # a whole-text summary or overview: how well its sentences spread over the parts

    @property
    def right(self) -> bool:
        return self.reply.kind == EXPECTED[self.label]

    @property
    def words(self) -> int:
        """How long the reply reads: every piece, the lead-in naming the parts included."""
        return sum(word_count(" ".join(p.sentences)) for p in self.reply.answer.pieces)


def is_turn_set(path: Path) -> bool:
    """Whether `path` holds conversational turns (a "say" per line) rather than questions."""
    with path.open(encoding="utf-8") as f:
        first = next((line for line in f if line.strip()), "{}")
    return "say" in json.loads(first)


def load_turns(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        turns = [json.loads(line) for line in f if line.strip()]
    unknown = {t["intent"] for t in turns} - set(EXPECTED)
    if unknown:
        raise ValueError(f"{path}: unknown intent label(s) {', '.join(sorted(unknown))}")
    return turns


def evaluate_turns(turns: Iterable[dict[str, Any]], talk: Conversation) -> list[TurnResult]:
    summarizer = Summarizer(talk.tutor.index)
    out = []
    for t in turns:
        reply = talk.reply(t["say"], talk.replay(t.get("history") or []))
        if problems(reply.answer.pieces, reply.answer.citations):
            raise AssertionError(f"{t['id']}: a reply broke the citation contract")
        repeats, coverage = _repeats(summarizer, reply), _coverage(summarizer, reply)
        out.append(TurnResult(t["id"], t["say"], t["intent"], reply, repeats, coverage))
    return out


def _quoted_rows(s: Summarizer, reply: Reply) -> list[tuple[int, str]]:
    """The index rows of the sentences a reply quotes, with the part of the text each is in."""
    spans = {(c.source, span) for p in reply.answer.pieces if p.kind in QUOTED for c in reply.answer.citations
             if c.n == p.n for span in p.spans}  # fmt: skip
    return [
        (s.index.unit_offsets[ci] + j, f"{c.source}\n{(c.context or c.section).split(PATH)[0]}")
        for ci, c in enumerate(s.index.chunks)
        for j, u in enumerate(c.units)
        if (c.source, (u.start, u.end)) in spans
    ]


def _repeats(s: Summarizer, reply: Reply) -> int:
    rows = [r for r, _ in _quoted_rows(s, reply)]
    if len(rows) < 2:
        return 0
    v = s.vectors[rows]
    return int(np.sum(np.triu(v @ v.T >= REPEATED, k=1)))


def _coverage(s: Summarizer, reply: Reply) -> float | None:
    """For an overview or a whole-text summary: the share of its sentences that come from a part no sentence
    before them came from (1.0: a part per sentence). None for other replies."""
    if reply.kind not in ("summary", "overview") or reply.part:
        return None
    parts = [p for _, p in _quoted_rows(s, reply)]
    return len(set(parts)) / len(parts) if parts else None


def report(results: list[TurnResult]) -> dict[str, Any]:
    by_label: dict[str, list[TurnResult]] = {}
    for r in results:
        by_label.setdefault(r.label, []).append(r)
    digests = [r for r in results if r.reply.kind in ("summary", "overview")]
    questions = [r for r in results if r.label == "question"]
    return {
        "turns": len(results),
        "right_kind": round(sum(r.right for r in results) / len(results), 3) if results else 0.0,
        "by_label": {k: f"{sum(r.right for r in v)}/{len(v)}" for k, v in sorted(by_label.items())},
        "questions_taken_for_talk": sum(1 for r in questions if r.reply.kind not in ("answer", "refusal")),
        "text_digest_words": _median([r.words for r in digests if not r.reply.part]),
        "section_summary_words": _median([r.words for r in digests if r.reply.part]),
        "digest_repeated_pairs": sum(r.repeats for r in digests),
        "whole_text_spread": _mean([r.coverage for r in digests if r.coverage is not None]),
    }


def _median(values: list[int]) -> float | None:
    return statistics.median(values) if values else None


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 3) if values else None


def format_report(table: dict[str, Any]) -> str:
    lines = [f"{k:<26} {v}" for k, v in table.items() if k != "by_label"]
    lines.append("right kind by label:  " + "  ".join(f"{k} {v}" for k, v in table["by_label"].items()))
    return "\n".join(lines)
