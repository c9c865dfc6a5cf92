"""How answers, quiz items, graded answers and progress look in a terminal (plain text, no imports of weight)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from tutor.revision.items.record import CHOICE_LETTERS
from tutor.ui.passage import passage_lines
from tutor.ui.when import local_time

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tutor.records import Answer, Chunk
    from tutor.revision.items import QuizItem
    from tutor.revision.reviser import Outcome, Progress


def format_answer(answer: Answer, chunks: Sequence[Chunk] = ()) -> str:
    """The answer, then each source: where it is, and its passage as a learner reads it (`chunks`: the index's)."""
    lines = [answer.text]
    lines.extend(f"({note})" for note in answer.notes)
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            page = f", p. {c.page}" if c.page else ""
            lines.append(f"[{c.n}] {c.section} — {c.source}:{c.start}-{c.end}{page}")
            for line in passage_lines(c, chunks, answer):
                lines.extend("    " + w for w in _wrap(line.text))
    return "\n".join(lines)


def _wrap(text: str, width: int = 96) -> list[str]:
    return [w for para in text.split("\n") for w in (textwrap.wrap(para, width) or [""])]


def format_outcome(outcome: Outcome) -> str:
    return f"{outcome.grade.feedback}\n[{outcome.grade.rating}; next review {local_time(outcome.next_due)}]"


def format_question(item: QuizItem) -> str:
    lines = [f"[{item.section}] {item.prompt}"]
    lines += [f"   {CHOICE_LETTERS[n]}) {c}" for n, c in enumerate(item.choices)]
    return "\n".join(lines)


def format_item(item: QuizItem) -> str:
    """An item as `tutor items` lists it: id, kind, prompt, and its choices."""
    lines = [f"{item.id}  [{item.kind}] {item.prompt}"]
    lines += [f"      {CHOICE_LETTERS[n]}) {c}" for n, c in enumerate(item.choices)]
    return "\n".join(lines)


def format_progress(p: Progress) -> str:
    lines = [
        f"{p.learner}: mastery {p.mastery:.0%}, {p.seen}/{p.items} items seen, {p.reviews} reviews, "
        f"{p.due_now} due now, next review {local_time(p.next_due)}"
    ]
    several = len({s.source for s in p.sections}) > 1
    if p.path_section:
        lines.append(f"Guided path: at “{p.path_section}”" + (f" ({p.path_source})" if several else ""))
    text = None
    for s in p.sections:
        if several and s.source != text:
            text = s.source
            lines.append(f"{text}:")
        bar = "█" * round(s.mastery * 20)
        lines.append(f"  {s.mastery:4.0%} {bar:<20} {s.reviewed:>2}/{s.items:<2} {s.section}")
    return "\n".join(lines)
