"""Where chat and revision meet: "Check yourself" after a chat answer, "Explain" after a wrong quiz answer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tutor.records import Piece
from tutor.revision.bank import ItemBank
from tutor.revision.items import QuizItem

if TYPE_CHECKING:
    from tutor.records import Answer
    from tutor.revision.reviser import Reviser


def check_yourself(reviser: Reviser, answer: Answer, learner: str | None = None) -> QuizItem | None:
    """An item from the section of the chat answer's first citation (None for a refusal or an unknown section)."""
    if not answer.in_scope:
        return None
    for citation in answer.citations:
        item = reviser.item_for_section(citation.section, learner)
        if item is not None:
            return item
    return None


def passage_for_item(bank: ItemBank, item_id: str) -> dict[str, Any]:
    """The item's source passage as a citation dict: source, section, start, end, text (exact span)."""
    return bank.get(item_id).citation


def explain_request(item: QuizItem) -> tuple[str, tuple[Piece, ...]]:
    """What "Explain" puts in the chat: a user turn naming the item, and a reply quoting its cited passage [1]."""
    question = f"Explain: {item.prompt}"
    where = f"{item.source}:{item.start}-{item.end}"
    reply = (
        Piece(
            "message",
            (f"The passage this question comes from ({item.section} — {where}):",),
        ),
        Piece("quote", tuple(item.text.split("\n")), 1),
        Piece("message", (f"Answer: {item.answer if not item.elements else '; '.join(item.elements)}",)),
    )
    return question, reply
