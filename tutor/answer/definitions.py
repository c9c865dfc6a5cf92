"""Where the knowledge defines a term: the passages with a sentence that opens with the term and says what it is
("FAISS is an extremely efficient, open-source library …", "resource owner: An entity capable of granting access …").
"What is X?" weighs them besides what the search finds, as a reader turns to the glossary: a definition the search
ranked low, the question's other words ("… in OAuth 2.0?") pulling toward the text's opening, is still there to
choose."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.answer.asks import defined_subject
from tutor.english.text import content_terms

if TYPE_CHECKING:
    from tutor.index.load import KnowledgeIndex


class Definitions:
    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index

    @cached_property
    def _passages(self) -> dict[tuple[str, ...], list[int]]:
        """Each defined term's passages, in the text's order; read once, on the first "What is X?"."""
        out: dict[tuple[str, ...], list[int]] = {}
        for c, chunk in enumerate(self.index.chunks):
            for unit in chunk.units:
                term = defined_subject(chunk.unit_text(unit))
                if term and c not in out.get(term, ()):
                    out.setdefault(term, []).append(c)
        return out

    def of(self, term: str) -> list[int]:
        """The first passages that define `term` (its words stemmed, so "refresh token" finds "Refresh tokens are
        …")."""
        return self._passages.get(tuple(content_terms(term)), [])[: tuning.DEFINITION_PASSAGES]
