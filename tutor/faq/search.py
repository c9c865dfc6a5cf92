"""Finding FAQ entries by meaning, and answering a chat question from the FAQ when one matches it well."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.english.aspects import AspectBridge
from tutor.faq.entries import FaqEntry, FaqMatch
from tutor.records import Answer

if TYPE_CHECKING:
    import numpy as np

    from tutor.answer.tutor import Answerer
    from tutor.index.embedding import Embedder


class Faq:
    """The entries with their question vectors; finds the entries nearest to a learner's wording."""

    def __init__(self, entries: list[FaqEntry], vectors: np.ndarray, embedder: Embedder) -> None:
        if len(entries) != len(vectors):
            raise ValueError(f"{len(entries)} FAQ entries but {len(vectors)} vectors")
        self.entries = entries
        self.vectors = vectors
        self.embedder = embedder
        self.aspects = AspectBridge([e.section for e in entries])  # "what do states gain" ~ "advantages"

    def search(
        self,
        query: str,
        k: int = tuning.FAQ_MATCHES,
        threshold: float = tuning.FAQ_SEARCH_THRESHOLD,
        within: Collection[str] | None = None,
    ) -> list[FaqMatch]:
        """The entries closest in meaning to `query`, best first; empty when none reaches `threshold`.
        `within`: only the entries of these texts (their sources; None or empty: every text)."""
        allowed = [i for i, e in enumerate(self.entries) if not within or e.source in within]
        if not query.strip() or not allowed:
            return []
        bridged = self.aspects.bridge(query)
        wordings = [query] if bridged == query else [query, bridged]  # the bridge may only bring entries closer
        scores = (self.vectors @ self.embedder.embed(wordings).T).max(axis=1)
        order = sorted(allowed, key=lambda i: -float(scores[i]))[:k]
        return [FaqMatch(self.entries[i], float(scores[i])) for i in order if scores[i] >= threshold]

    def best(
        self, query: str, threshold: float = tuning.FAQ_CHAT_THRESHOLD, within: Collection[str] | None = None
    ) -> FaqMatch | None:
        found = self.search(query, k=1, threshold=threshold, within=within)
        return found[0] if found else None

    def question_for(self, section: str) -> str | None:
        """The FAQ question made from a section's heading: a ready follow-up for a refusal."""
        for e in self.entries:
            if e.section == section:
                return e.question
        return None


def ask(
    tutor: Answerer,
    faq: Faq | None,
    question: str,
    history: list[str] | tuple[str, ...] = (),
    within: Collection[str] | None = None,
) -> Answer:
    """Answer a chat question: an FAQ entry's answer when the question matches it well, else the tutor's;
    `within`: the texts the answer may come from (None: all)."""
    refresh = getattr(tutor, "refresh", None)
    if refresh is not None:
        refresh()  # a running app: pick up knowledge edits before any stored answer is given
    if faq is not None and not _leans_on_history(question, history):
        match = faq.best(question, within=within)
        if match is not None and _quotes_current_index(tutor, match.entry.answer):
            a = match.entry.answer
            note = f"Answered from the FAQ entry “{match.entry.question}”."
            return replace(a, question=question, resolved_query=question, notes=(*a.notes, note))
    return tutor.ask(question, history, within)


def _quotes_current_index(tutor: Answerer, answer: Answer) -> bool:
    """Whether a stored answer's citations are passages of the index the tutor answers from now
    (an FAQ made before the knowledge was edited must not quote text that has moved or gone)."""
    passages = {(c.source, c.start, c.end): c.text for c in tutor.index.chunks}
    return all(passages.get((c.source, c.start, c.end)) == c.text for c in answer.citations)


def _leans_on_history(question: str, history: list[str] | tuple[str, ...]) -> bool:
    from tutor.answer.query import is_followup

    return bool(history) and is_followup(question)
