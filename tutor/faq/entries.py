"""An FAQ entry: a question with its cited answer, and the form it is stored in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from tutor.records import Answer, Citation, Piece

Origin = Literal["article", "section"]


@dataclass(frozen=True)
class FaqEntry:
    question: str
    answer: Answer
    source: str
    section: str
    origin: Origin  # "article": the knowledge's own FAQ; "section": a section's heading turned into a question

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer.to_dict()
        answer["answer_question"] = answer.pop("question")
        for c, cd in zip(self.answer.citations, answer["citations"], strict=True):
            cd["score"] = c.score
        return {
            "question": self.question,
            "source": self.source,
            "section": self.section,
            "origin": self.origin,
            **answer,
        }

    def to_stored(self) -> dict[str, Any]:
        """`to_dict` with the answer's typed pieces: what `faq.json` holds."""
        return {**self.to_dict(), "pieces": [p.to_list() for p in self.answer.pieces]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FaqEntry:
        citations = tuple(
            Citation(
                c["n"],
                c["source"],
                c["section"],
                c["start"],
                c["end"],
                c["text"],
                float(c["score"]),
                tuple((int(a), int(b)) for a, b in c.get("highlights", ())),
                str(c.get("page", "")),
            )
            for c in d["citations"]
        )
        answer = Answer(
            d.get("answer_question", d["question"]),
            tuple(Piece.from_list(p) for p in d["pieces"]),
            bool(d["in_scope"]),
            citations,
            tuple(d.get("closest_sections", ())),
            notes=tuple(d.get("notes", ())),
        )
        return cls(d["question"], answer, d["source"], d["section"], d["origin"])


@dataclass(frozen=True)
class FaqMatch:
    entry: FaqEntry
    score: float  # cosine similarity of the learner's wording and the entry's question


def format_entry(entry: FaqEntry) -> str:
    """The entry as plain text: question, answer, and where each citation points."""
    lines = [f"Q: {entry.question}", f"A: {entry.answer.text}"]
    for c in entry.answer.citations:
        lines.append(f"   [{c.n}] {c.section} — {c.source}:{c.start}-{c.end}")
    return "\n".join(lines)
