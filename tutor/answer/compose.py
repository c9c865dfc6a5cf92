"""Turn chosen sentences into an answer: typed pieces in reading order, each with the number of the passage
that holds it, checked against its citation before it is shown; or a refusal that names where to look."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.answer.citations import problems
from tutor.answer.lead_ins import closes_paragraph, following_list
from tutor.answer.wording import Wording
from tutor.records import Answer, Chunk, Citation, Piece, PieceKind, Unit, message

if TYPE_CHECKING:
    from tutor.answer.question import Question
    from tutor.answer.scoring import Scored
    from tutor.index.load import KnowledgeIndex

UNVERIFIED = "I could not check that answer against its sources, so I will not give it. Please rephrase."


def compose(index: KnowledgeIndex, question: Question, chosen: list[Scored]) -> Answer:
    """Passages in the order of their best sentence; each passage's sentences in reading order."""
    query = question.query
    order = list(dict.fromkeys(s.chunk for s in sorted(chosen, key=lambda s: -s.score)))
    citations: list[Citation] = []
    pieces: list[Piece] = []
    for n, ci in enumerate(order, 1):
        chunk = index.chunks[ci]
        units = sorted((s for s in chosen if s.chunk == ci), key=lambda s: s.unit.start)
        highlights = tuple((s.unit.start, s.unit.end) for s in units)
        score = max(s.score for s in units)
        citations.append(
            Citation(n, chunk.source, chunk.section, chunk.start, chunk.end, chunk.text, score, highlights, chunk.page)
        )
        pieces += pieces_of(chunk, [s.unit for s in units], n)
    if problems(pieces, citations):  # a bug in composing: never show a claim its citation does not hold
        return Answer(query.question, message(UNVERIFIED), False, resolved_query=query.text, notes=question.notes)
    return Answer(
        query.question, tuple(pieces), True, tuple(citations), resolved_query=query.text, notes=question.notes
    )


def refusal(question: Question, closest: tuple[str, ...], wording: Wording = Wording()) -> Answer:
    """The text does not answer: say so, and name the closest sections (or ask for English)."""
    query = question.query
    if question.foreign:
        text = wording.foreign_reply()
    else:
        text = wording.refusal() + (" The closest sections are " + _quoted_list(closest) + "." if closest else "")
    return Answer(query.question, message(text), False, (), closest, query.text, question.notes)


def empty(question: Question, wording: Wording = Wording()) -> Answer:
    """Nothing to search for: invite a question, with an example the knowledge answers."""
    return Answer(question.query.question, message(wording.empty_reply()), False, notes=question.notes)


def pieces_of(chunk: Chunk, units: list[Unit], n: int) -> list[Piece]:
    """Sentences in reading order as pieces cited [n]: a list item's sentences as one item, the sentence right
    before a list of the passage as its lead-in."""
    pieces: list[Piece] = []
    item: tuple[int, int] | None = None
    for u in units:
        text, span = chunk.unit_text(u).strip(), (u.start, u.end)
        if u.item < 0:
            last = closes_paragraph(chunk, u)
            kind: PieceKind = "lead_in" if last and following_list(chunk, u) is not None else "sentence"
            pieces.append(Piece(kind, (text,), n, (span,)))
            item = None
        elif item == (u.block, u.item):
            before = pieces[-1]
            pieces[-1] = Piece("item", (*before.sentences, text), n, (*before.spans, span))
        else:
            pieces.append(Piece("item", (text,), n, (span,)))
            item = (u.block, u.item)
    return pieces


def _quoted_list(items: tuple[str, ...]) -> str:
    q = [f"“{t}”" for t in items]
    return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " and " + q[-1]
