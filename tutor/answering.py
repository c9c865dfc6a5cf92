"""Compose an answer from the article's own sentences, each marked with the passage it comes from.

Sentences are scored against the question (meaning and shared terms); the best few, and a whole
list when the question asks for one, become the answer. When nothing retrieved can answer the
question, the tutor says so and names the closest sections instead.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tutor.query import Query, QueryBuilder
from tutor.records import Answer, Chunk, Citation, Unit
from tutor.retrieval import Hit, Mode, Retriever
from tutor.text import STOPWORDS, content_terms, word_count

if TYPE_CHECKING:
    import numpy as np

    from tutor.embedding import Embedder
    from tutor.indexing import KnowledgeIndex


@dataclass(frozen=True)
class AnswerOptions:
    passages: int = 5  # chunks whose sentences compete for the answer
    max_sentences: int = 3
    max_words: int = 80
    keep_ratio: float = 0.86  # a further sentence must score this share of the best
    min_score: float = 0.42  # below this best sentence score the question is out of scope
    answer_types: bool = True  # refuse when the evidence lacks what the question type needs
    unknown_terms: bool = True  # refuse when the question names things the knowledge never mentions


@dataclass(frozen=True)
class Scored:
    chunk: int
    unit: Unit
    score: float
    dense: float
    lexical: float


EMPTY_REPLY = "Ask me a question about the article — for example, “What is cyber diplomacy?”"


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
        self.queries = QueryBuilder(index.doc_freq, index.surface)
        self._n = max(1, len(index.chunks))

    def ask(self, question: str, history: list[str] | tuple[str, ...] = ()) -> Answer:
        query = self.queries.build(question, history)
        notes = _notes(query)
        if not query.text or not content_terms(query.text) and not query.followup:
            return Answer(query.question, EMPTY_REPLY, False, notes=notes)
        vector = self.embedder.embed([query.text])[0]
        hits = self.retriever.search(vector, query.terms, k=max(self.options.passages, 3))
        if not hits:
            return self._refusal(query, hits, notes)
        scored = self._score_units(query, vector, hits)
        if not scored or not self._answerable(query, scored):
            return self._refusal(query, hits, notes)
        chosen = self._choose(query, scored)
        return self._compose(query, chosen, notes)

    # ------------------------------------------------------------ scoring

    def idf(self, term: str) -> float:
        return math.log(1 + self._n / (1 + self.index.doc_freq.get(term, 0)))

    def _score_units(self, query: Query, vector: np.ndarray, hits: list[Hit]) -> list[Scored]:
        terms = set(query.terms)
        weight = sum(self.idf(t) for t in terms) or 1.0
        top = max(h.score for h in hits)
        out: list[Scored] = []
        for hit in hits[: self.options.passages]:
            chunk = self.index.chunks[hit.chunk]
            a, b = self.index.unit_offsets[hit.chunk], self.index.unit_offsets[hit.chunk + 1]
            cosines = self.index.unit_vectors[a:b] @ vector
            context_terms = set(content_terms(chunk.context))
            for unit, cos in zip(chunk.units, cosines, strict=True):
                unit_terms = set(content_terms(chunk.unit_text(unit))) | context_terms
                lexical = sum(self.idf(t) for t in terms & unit_terms) / weight
                score = 0.5 * float(cos) + 0.25 * lexical + 0.15 * hit.dense + 0.1 * hit.score / top
                out.append(Scored(hit.chunk, unit, score, float(cos), lexical))
        out.sort(key=lambda s: -s.score)
        return out

    def _answerable(self, query: Query, scored: list[Scored]) -> bool:
        best = scored[0]
        if best.score < self.options.min_score:
            return False
        if self.options.unknown_terms and self.unknown_names(query):
            return False
        if self.options.answer_types:
            needed = answer_type(query.question)
            if needed and not any(_has_type(self._text(s), needed) for s in scored[:3]):
                return False
        return True

    def unknown_names(self, query: Query) -> list[str]:
        """Names, acronyms and numbers in the question that the knowledge never mentions."""
        out = []
        for token in salient_tokens(query.question):
            terms = content_terms(token)
            if terms and not any(t in self.index.doc_freq for t in terms):
                out.append(token)
        return out

    # ------------------------------------------------------------ composing

    def _choose(self, query: Query, scored: list[Scored]) -> list[Scored]:
        best = scored[0]
        chosen = [best]
        words_used = word_count(self._text(best))
        for s in scored[1:]:
            if len(chosen) >= self.options.max_sentences or s.score < best.score * self.options.keep_ratio:
                break
            n = word_count(self._text(s))
            if words_used + n > self.options.max_words:
                continue
            chosen.append(s)
            words_used += n
        return self._with_lists(query, chosen, scored)

    def _with_lists(self, query: Query, chosen: list[Scored], scored: list[Scored]) -> list[Scored]:
        """A list the answer leans on comes whole: its lead-in, then every item."""
        by_unit = {(s.chunk, s.unit): s for s in scored}
        out = list(chosen)
        for s in chosen:
            chunk = self.index.chunks[s.chunk]
            block = s.unit.block if s.unit.item >= 0 else _following_list(chunk, s.unit)
            if block is None or (s.unit.item < 0 and not _is_lead_in(self._text(s))):
                continue
            items = [u for u in chunk.units if u.block == block]
            item_hits = sum(1 for x in chosen if x.unit in items)
            if s.unit.item >= 0 and item_hits < 2 and not asks_for_list(query.question):
                continue
            for u in items:
                if all(x.unit != u for x in out):
                    out.append(by_unit.get((s.chunk, u)) or Scored(s.chunk, u, s.score, 0.0, 0.0))
        return out

    def _compose(self, query: Query, chosen: list[Scored], notes: tuple[str, ...]) -> Answer:
        order: list[int] = []
        for s in chosen:
            if s.chunk not in order:
                order.append(s.chunk)
        citations, parts = [], []
        for n, ci in enumerate(order, 1):
            chunk = self.index.chunks[ci]
            units = sorted((s for s in chosen if s.chunk == ci), key=lambda s: s.unit.start)
            score = max(s.score for s in units)
            citations.append(
                Citation(
                    n,
                    chunk.source,
                    chunk.section,
                    chunk.start,
                    chunk.end,
                    chunk.text,
                    score,
                    tuple((s.unit.start, s.unit.end) for s in units),
                )
            )
            parts.append(_render(chunk, [s.unit for s in units], n))
        text = "\n".join(parts)
        return Answer(query.question, text, True, tuple(citations), resolved_query=query.text, notes=notes)

    def _refusal(self, query: Query, hits: list[Hit], notes: tuple[str, ...]) -> Answer:
        sections: list[str] = []
        for h in hits:
            title = self.index.chunks[h.chunk].section
            if title not in sections:
                sections.append(title)
        closest = tuple(sections[:3])
        text = "The article does not answer that."
        if closest:
            text += " The closest sections are " + _quoted_list(closest) + "."
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
    """Sentences in reading order, each with its marker; list items as a bulleted list."""
    lines: list[str] = []
    prose: list[str] = []
    for u in units:
        text = chunk.unit_text(u).strip()
        if u.item >= 0:
            if prose:
                lines.append(" ".join(prose))
                prose = []
            lines.append(f"- {text} [{n}]")
        else:
            prose.append(f"{text} [{n}]")
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
    nxt = [u for u in chunk.units if u.block == unit.block + 1 and u.item >= 0]
    return unit.block + 1 if nxt else None


def _is_lead_in(sentence: str) -> bool:
    s = sentence.rstrip()
    return s.endswith((":", ";")) or bool(re.search(r"\b(following|as follows|include|includes)\b", s, re.I))


# ------------------------------------------------------------ question types

_LIST_CUE = re.compile(
    r"\b(list|name|enumerate|what are the|which are the|what were the|main|key|primary|types|kinds|categories|"
    r"all the|each of|(two|three|four|five|six|seven|eight|nine|ten|\d+) (of them|\w+s)\b)",
    re.I,
)


def asks_for_list(question: str) -> bool:
    return bool(_LIST_CUE.search(question))


def answer_type(question: str) -> str | None:
    """What the evidence must contain: a 'year' for when-questions, a 'number' for how-many."""
    q = question.lower()
    if re.search(r"\b(what|which|in what) year\b|^\s*when\b|\bwhen (did|was|were|is|will)\b|\bwhat date\b", q):
        return "time"
    if re.search(r"\bhow (many|much)\b|\bwhat (number|percentage|share)\b", q):
        return "number"
    return None


_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|several|many"
_PERIODS = r"decade|century|years? ago|summer|winter|spring|autumn"
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"


def _has_type(text: str, kind: str) -> bool:
    t = text.lower()
    if kind == "time":
        return bool(re.search(rf"\b(1[0-9]{{3}}|20[0-9]{{2}})\b|\b({_MONTHS}|{_PERIODS})\b", t))
    if kind == "number":
        return bool(re.search(rf"\d|\b({_NUMBER_WORDS})\b", t))
    return True


def salient_tokens(question: str) -> list[str]:
    """Capitalised names (not sentence-initial), acronyms and numbers: what a question is specifically about."""
    letters = [c for c in question if c.isalpha()]
    shouting = letters and sum(c.isupper() for c in letters) / len(letters) > 0.6
    out = []
    for m in re.finditer(r"[^\W_][\w'’-]*", question):
        tok = m.group(0)
        before = question[: m.start()].rstrip()
        sentence_start = not before or before[-1] in '.!?:;"“('
        if tok.isdigit() or (not shouting and not sentence_start and tok[0].isupper() and tok.lower() not in STOPWORDS):
            out.append(tok)
    return out
