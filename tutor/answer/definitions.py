"""Where the knowledge defines a term: the passages with a sentence that opens with the term and says what it is
("FAISS is an extremely efficient, open-source library …", "resource owner: An entity capable of granting access …").
"What is X?" weighs them besides what the search finds, as a reader turns to the glossary: a definition the search
ranked low, the question's other words ("… in OAuth 2.0?") pulling toward the text's opening, is still there to
choose. They are looked for among the passages that hold X's words most (by the word index, in milliseconds, however
large the knowledge)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.answer.asks import defined_subject
from tutor.english.text import content_terms

if TYPE_CHECKING:
    from tutor.index.load import KnowledgeIndex
    from tutor.index.retrieval import Retriever


class Definitions:
    def __init__(self, index: KnowledgeIndex, retriever: Retriever) -> None:
        self.index = index
        self.retriever = retriever

    def of(self, term: str) -> list[int]:
        """The first passages, in the text's order, that define `term` (its words stemmed, so "refresh token" finds
        "Refresh tokens are …"), among those that hold its words most."""
        key = tuple(content_terms(term))
        if not key:
            return []
        near = self.retriever.bm25_scores(list(key), k=tuning.DEFINITION_CANDIDATES)
        return [c for c in sorted(near) if self._defines(c, key)][: tuning.DEFINITION_PASSAGES]

    def _defines(self, chunk_no: int, key: tuple[str, ...]) -> bool:
        chunk = self.index.chunks[chunk_no]
        for unit in chunk.units:
            text = chunk.unit_text(unit)
            opening = _ARTICLE.sub("", text.lstrip()[:80].lower())
            if opening.startswith(key[0][:3]) and defined_subject(text) == key:  # the term's opening, first: cheap
                return True
        return False


_ARTICLE = re.compile(r"^(?:the|an?)\s+")
