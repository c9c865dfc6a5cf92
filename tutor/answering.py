"""Compose an answer from the article's own sentences, each marked with the passage it comes from.

Every sentence of the retrieved passages is scored against the question by meaning (its own
embedding, its section's heading, its passage) and by the question's terms it contains. The best
few sentences — one per part of a two-part question, and a whole list when the question asks for
one — become the answer. When nothing retrieved can answer the question, the tutor says so and
names the closest sections instead.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tutor import questions
from tutor.embedding import known_words
from tutor.query import Query, QueryBuilder
from tutor.records import Answer, Chunk, Citation, Unit
from tutor.retrieval import Hit, Mode, Retriever
from tutor.text import content_terms, word_count

if TYPE_CHECKING:
    import numpy as np

    from tutor.embedding import Embedder
    from tutor.indexing import KnowledgeIndex


@dataclass(frozen=True)
class AnswerOptions:
    passages: int = 6  # passages whose sentences compete for the answer
    max_sentences: int = 3
    max_words: int = 80
    keep_ratio: float = 0.9  # a further sentence must score this share of the best
    min_score: float = 0.30  # below this the best sentence cannot answer the question
    weights: tuple[float, float, float, float] = (0.5, 0.25, 0.1, 0.15)  # sentence, terms, heading, passage
    answer_types: bool = True  # refuse when the evidence lacks what the question type needs
    unknown_names: bool = True  # refuse when the question names things the knowledge never mentions
    split_parts: bool = True  # answer each part of a two-part question
    lists: bool = True  # answer list questions with the whole list


@dataclass(frozen=True)
class Scored:
    chunk: int
    unit: Unit
    score: float


EMPTY_REPLY = "Ask me a question about the article — for example, “What is cyber diplomacy?”"
REFUSAL = "The article does not answer that."


class Tutor:
    """Answers questions from one loaded index."""

    def __init__(
        self,
        index: KnowledgeIndex,
        embedder: Embedder,
        mode: Mode = "hybrid",
        options: AnswerOptions = AnswerOptions(),
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.options = options
        self.retriever = Retriever(index, mode)
        self.queries = QueryBuilder(index.doc_freq, index.surface, known_words())
        self._n = max(1, len(index.chunks))
        self._unit_terms: dict[int, list[frozenset[str]]] = {}

    def ask(self, question: str, history: list[str] | tuple[str, ...] = ()) -> Answer:
        query = self.queries.build(question, history)
        notes = _notes(query)
        if not query.terms:
            return Answer(query.question, EMPTY_REPLY, False, notes=notes)
        asks = questions.parts(query.text) if self.options.split_parts else [query.text]
        asks = asks if len(asks) > 1 else []
        vectors = self.embedder.embed([query.text, *asks])
        hits = self.retriever.search(vectors[0], query.terms, k=self.options.passages)
        for part, vector in zip(asks, vectors[1:], strict=True):
            known = {h.chunk for h in hits}
            hits += [h for h in self.retriever.search(vector, content_terms(part), k=3) if h.chunk not in known]
        if not hits:
            return self._refusal(query, hits, notes)
        scored = self._score(query.terms, vectors[0], hits)
        chosen = self._choose(scored)
        for part, vector in zip(asks, vectors[1:], strict=True):
            best = self._score(content_terms(part), vector, hits)[0]
            if best.score >= self.options.min_score and all(c.unit != best.unit for c in chosen):
                chosen.append(best)
        if self.options.lists:
            chosen = self._with_lists(query, chosen, scored)
        if not self._answerable(query, scored, chosen):
            return self._refusal(query, hits, notes)
        return self._compose(query, chosen, notes)

    # ------------------------------------------------------------ scoring

    def idf(self, term: str) -> float:
        return math.log(1 + self._n / (1 + self.index.doc_freq.get(term, 0)))

    def _terms(self, chunk_no: int) -> list[frozenset[str]]:
        """Each sentence's terms plus its heading's, computed once per passage."""
        if chunk_no not in self._unit_terms:
            chunk = self.index.chunks[chunk_no]
            heading = set(content_terms(chunk.context))
            self._unit_terms[chunk_no] = [frozenset(content_terms(chunk.unit_text(u))) | heading for u in chunk.units]
        return self._unit_terms[chunk_no]

    def _score(self, terms: list[str], vector: np.ndarray, hits: list[Hit]) -> list[Scored]:
        w_sentence, w_terms, w_heading, w_passage = self.options.weights
        wanted = set(terms)
        weight = sum(self.idf(t) for t in wanted) or 1.0
        headings = self.index.context_vectors @ vector
        typical = float(headings.mean())  # a heading counts by how much more it matches than the rest
        out: list[Scored] = []
        for hit in hits:
            a, b = self.index.unit_offsets[hit.chunk], self.index.unit_offsets[hit.chunk + 1]
            cosines = self.index.unit_vectors[a:b] @ vector
            heading = float(headings[hit.chunk]) - typical
            passage = float(self.index.faiss.reconstruct(hit.chunk) @ vector) if hit.dense == 0 else hit.dense
            base = w_heading * heading + w_passage * passage
            chunk = self.index.chunks[hit.chunk]
            for unit, cos, unit_terms in zip(chunk.units, cosines, self._terms(hit.chunk), strict=True):
                lexical = sum(self.idf(t) for t in wanted & unit_terms) / weight
                out.append(Scored(hit.chunk, unit, w_sentence * float(cos) + w_terms * lexical + base))
        out.sort(key=lambda s: -s.score)
        return out

    def _answerable(self, query: Query, scored: list[Scored], chosen: list[Scored]) -> bool:
        if scored[0].score < self.options.min_score:
            return False
        if self.options.unknown_names and self.unknown_names(query.question):
            return False
        if self.options.answer_types:
            needed = questions.answer_type(query.question)
            if needed and not any(questions.has_type(self._text(s), needed) for s in chosen):
                return False
            if questions.demands_enumeration(query.question) and not any(
                s.unit.item >= 0 or questions.is_enumeration(self._text(s)) for s in chosen
            ):
                return False
        return True

    def unknown_names(self, question: str) -> list[str]:
        """Names, acronyms and long numbers in the question that the knowledge never mentions."""
        out = []
        for token in questions.salient_tokens(question):
            terms = content_terms(token)
            if terms and not any(t in self.index.doc_freq for t in terms):
                out.append(token)
        return out

    # ------------------------------------------------------------ choosing

    def _choose(self, scored: list[Scored]) -> list[Scored]:
        best = scored[0]
        chosen = [best]
        used = word_count(self._text(best))
        for s in scored[1:]:
            if len(chosen) >= self.options.max_sentences or s.score < best.score * self.options.keep_ratio:
                break
            n = word_count(self._text(s))
            if used + n <= self.options.max_words:
                chosen.append(s)
                used += n
        return chosen

    def _with_lists(self, query: Query, chosen: list[Scored], scored: list[Scored]) -> list[Scored]:
        """A list the answer leans on comes whole: its lead-in, then every item."""
        by_unit = {(s.chunk, s.unit): s for s in scored}
        near = [s for s in scored[:8] if s.score >= scored[0].score * self.options.keep_ratio * 0.95]
        wants_list = questions.asks_for_list(query.question)
        out = list(chosen)
        for s in chosen:
            chunk = self.index.chunks[s.chunk]
            if s.unit.item < 0:
                block = _following_list(chunk, s.unit)
                if block is None or not (_is_lead_in(self._text(s)) or wants_list):
                    continue
                lead = [s]
            else:
                block = s.unit.block
                lead_units = _lead_in_of(chunk, block)
                lead = [by_unit.get((s.chunk, u)) or Scored(s.chunk, u, 0.0) for u in lead_units]
                siblings = sum(1 for x in near if x.chunk == s.chunk and x.unit.block == block)
                lead_score = max((x.score for x in lead), default=0.0)
                if siblings < 2 and not (wants_list and lead_score >= scored[0].score * 0.85):
                    continue
            items = [u for u in chunk.units if u.block == block]
            for x in lead + [by_unit.get((s.chunk, u)) or Scored(s.chunk, u, s.score) for u in items]:
                if all(y.unit != x.unit for y in out):
                    out.append(x)
        return out

    # ------------------------------------------------------------ composing

    def _compose(self, query: Query, chosen: list[Scored], notes: tuple[str, ...]) -> Answer:
        order: list[int] = []
        for s in sorted(chosen, key=lambda s: -s.score):
            if s.chunk not in order:
                order.append(s.chunk)
        citations, parts = [], []
        for n, ci in enumerate(order, 1):
            chunk = self.index.chunks[ci]
            units = sorted((s for s in chosen if s.chunk == ci), key=lambda s: s.unit.start)
            score = max(s.score for s in units)
            highlights = tuple((s.unit.start, s.unit.end) for s in units)
            citations.append(
                Citation(n, chunk.source, chunk.section, chunk.start, chunk.end, chunk.text, score, highlights)
            )
            parts.append(_render(chunk, [s.unit for s in units], n))
        return Answer(query.question, "\n".join(parts), True, tuple(citations), resolved_query=query.text, notes=notes)

    def _refusal(self, query: Query, hits: list[Hit], notes: tuple[str, ...]) -> Answer:
        sections: list[str] = []
        for h in hits:
            title = self.index.chunks[h.chunk].section
            if title not in sections:
                sections.append(title)
        closest = tuple(sections[:3])
        text = REFUSAL + (" The closest sections are " + _quoted_list(closest) + "." if closest else "")
        return Answer(query.question, text, False, (), closest, query.text, notes)

    def _text(self, s: Scored) -> str:
        return self.index.chunks[s.chunk].unit_text(s.unit)


def _notes(query: Query) -> tuple[str, ...]:
    notes = []
    if query.truncated:
        notes.append("Your question was long; I answered from its first 2,000 characters.")
    if query.instructions_removed:
        notes.append("I only answer from the article, so I set aside the instructions in your question.")
    return tuple(notes)


def _render(chunk: Chunk, units: list[Unit], n: int) -> str:
    """Sentences in reading order, each with its marker; a list item's sentences as one bullet."""
    lines: list[str] = []
    prose: list[str] = []
    item: tuple[int, int] | None = None
    for u in units:
        text = f"{chunk.unit_text(u).strip()} [{n}]"
        if u.item < 0:
            prose.append(text)
            item = None
            continue
        if prose:
            lines.append(" ".join(prose))
            prose = []
        if item == (u.block, u.item):
            lines[-1] += " " + text
        else:
            lines.append(f"- {text}")
            item = (u.block, u.item)
    if prose:
        lines.append(" ".join(prose))
    return "\n".join(lines)


def _quoted_list(items: tuple[str, ...]) -> str:
    q = [f"“{t}”" for t in items]
    return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " and " + q[-1]


def _following_list(chunk: Chunk, unit: Unit) -> int | None:
    """The list block right after `unit`'s paragraph, when `unit` ends that paragraph."""
    same = [u for u in chunk.units if u.block == unit.block]
    if not same or same[-1] != unit:
        return None
    return unit.block + 1 if any(u.block == unit.block + 1 and u.item >= 0 for u in chunk.units) else None


def _lead_in_of(chunk: Chunk, block: int) -> list[Unit]:
    """The last sentence of the paragraph right before a list, when it is in the same passage."""
    before = [u for u in chunk.units if u.block == block - 1 and u.item < 0]
    return before[-1:]


def _is_lead_in(sentence: str) -> bool:
    s = sentence.rstrip()
    return s.endswith((":", ";")) or bool(re.search(r"\b(following|as follows)\b", s, re.IGNORECASE))
