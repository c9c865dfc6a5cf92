"""What revision offers the chat, library side (no UI): the item that checks a chat answer's section,
and the cited answer that explains a quiz item.

The web app's handlers for these buttons are in `tutor/ui/web/check_yourself.py` and `tutor/ui/web/chat.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tutor.records import Answer, Chunk, Citation, Piece
from tutor.revision.bank import ItemBank
from tutor.revision.items import QuizItem, SectionKey

if TYPE_CHECKING:
    from tutor.revision.reviser import Reviser


def check_yourself(reviser: Reviser, answer: Answer, learner: str | None = None) -> QuizItem | None:
    """An item from the section of the chat answer's first citation (None for a refusal or an unknown section)."""
    if not answer.in_scope:
        return None
    for citation in answer.citations:
        item = reviser.item_for_section(SectionKey(citation.source, citation.section), learner)
        if item is not None:
            return item
    return None


def expected_answer(item: QuizItem) -> str:
    """The item's answer as one line: a list item's elements joined by "; "."""
    return "; ".join(item.elements) if item.elements else item.answer


def _explain_pieces(item: QuizItem) -> tuple[Piece, ...]:
    """The reply of "Explain": where the passage is, the passage quoted whole [1], the expected answer."""
    where = f"{item.source}:{item.start}-{item.end}"
    return (
        Piece(
            "message",
            (f"The passage this question comes from ({item.section} — {where}):",),
        ),
        Piece("quote", tuple(item.reading.split("\n")), 1),
        Piece("message", (f"Answer: {expected_answer(item)}",)),
    )


def _containing(chunks: Sequence[Chunk], source: str, start: int, end: int) -> Chunk | None:
    return next((c for c in chunks if c.source == source and c.start <= start and end <= c.end), None)


def explanation(bank: ItemBank, item_id: str, chunks: Sequence[Chunk] = ()) -> Answer:
    """What "Explain" puts in the chat: a cited answer to "Explain: <the item's prompt>" quoting its passage.

    The citation is the indexed passage that holds the item's text, with that text highlighted, so the
    source pane shows it in context; without one it is the item's own span.
    """
    item = bank.get(item_id)
    chunk = _containing(chunks, item.source, item.start, item.end)
    start, end, text = (chunk.start, chunk.end, chunk.text) if chunk else (item.start, item.end, item.text)
    citation = Citation(1, item.source, item.section, start, end, text, 1.0, ((item.start, item.end),))
    return Answer(f"Explain: {item.prompt}", _explain_pieces(item), True, (citation,), resolved_query=item.prompt)
