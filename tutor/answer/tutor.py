"""Answer a question from the knowledge's own sentences, each marked with the passage it comes from.

The pipeline, in the order `Tutor.ask` runs it: the conversation supplies a follow-up's subject; the question
is analysed once (`question.py`); passages are retrieved by meaning and by words (`tutor.index.retrieval`);
every sentence of them is scored (`scoring.py`); the best are chosen (`selection.py`); the checks decide
whether they answer or the tutor must decline (`checks.py`); the answer is composed as typed pieces and
checked against its citations (`compose.py`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Protocol

from tutor import tuning
from tutor.answer import asks, compose
from tutor.answer.checks import Checks
from tutor.answer.definitions import Definitions
from tutor.answer.lead_ins import LeadIns
from tutor.answer.options import AnswerOptions
from tutor.answer.query import QueryBuilder
from tutor.answer.question import Question, analyse
from tutor.answer.scoring import Scorer, lift
from tutor.answer.sections import Sections
from tutor.answer.selection import Selector, dated
from tutor.answer.wording import Wording
from tutor.english.text import content_terms
from tutor.index.embedding import known_words
from tutor.index.retrieval import Allowed, Hit, Mode, Retriever

if TYPE_CHECKING:
    import numpy as np

    from tutor.index.embedding import Embedder
    from tutor.index.load import KnowledgeIndex
    from tutor.records import Answer


class Answerer(Protocol):
    """What the FAQ and the user interfaces need of a tutor: a `Tutor`, or a `tutor.service.LiveTutor` that
    reopens its index when the knowledge changes."""

    @property
    def index(self) -> KnowledgeIndex: ...

    @property
    def embedder(self) -> Embedder: ...

    def ask(
        self, question: str, history: list[str] | tuple[str, ...] = (), within: Collection[str] | None = None
    ) -> Answer: ...


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
        headings = [t for _, t in index.sections]
        self.queries = QueryBuilder(
            index.doc_freq, index.surface, known_words(), index.acronyms, options.query, headings
        )
        self.sections = Sections(index)
        self.definitions = Definitions(index, self.retriever)
        self.scorer = Scorer(index, self.sections, options)
        self.selector = Selector(self.scorer, options)
        self.lead_ins = LeadIns(self.scorer)
        self.checks = Checks(index, self.scorer, options)
        self.wording = Wording.of(index)

    def ask(
        self, question: str, history: list[str] | tuple[str, ...] = (), within: Collection[str] | None = None
    ) -> Answer:
        """The answer from the knowledge; `within`: the sources (e.g. "knowledge/book.md") it may come from."""
        allowed = self._allowed(within)
        subjects = self._with_listed_item(question, tuple(history))
        query = self.queries.build(question, subjects)
        q = analyse(query, self.options.split_parts, pointed=len(subjects) > len(history))
        if not query.terms:
            return compose.empty(q, self.wording)
        vector, part_vectors = self._embed(q)
        echoed = self.sections.echoed(vector) if self.options.headings else set()
        if allowed is not None:
            echoed &= allowed
        hits = self._retrieve(q, vector, part_vectors, echoed, allowed)
        if not hits:
            return compose.refusal(q, (), self.wording)
        scored = self.scorer.score(query.term_weights(), vector, hits)
        if not scored:  # passages of nothing but the text's own questions
            return compose.refusal(q, self.sections.closest([h.chunk for h in hits]), self.wording)
        asked = q.query.text if q.query.followup else q.query.focus  # "What example does it give?" of the one before
        contained = self.sections.contained(asked) if self.options.headings and not q.parts else set()
        scored = lift(scored, echoed or self.sections.named(q.section) or contained)
        scored = self.scorer.typed(scored, q.answer_type, q.defined)
        if self.options.lead_ins:
            scored = self.lead_ins.by_list(scored)
        if not self.options.sentences:  # the ablation baseline: the best passage's opening sentences
            chosen = scored[:1]
            if self.checks.answerable(q, scored, chosen):
                return compose.compose(self.index, q, self.selector.opening(scored, {scored[0].chunk}))
            return compose.refusal(q, self.sections.closest([h.chunk for h in hits]), self.wording)
        chosen = self.selector.opening(scored, echoed) if echoed and not q.parts else self.selector.best(scored)
        for part, part_vector, leans in zip(q.parts, part_vectors, q.leaning, strict=True):
            ranked = self.scorer.score(dict.fromkeys(content_terms(part), 1.0), part_vector, hits)
            self.selector.for_part(chosen, scored, ranked, leans)
        if self.options.lists:
            chosen = self.selector.with_list(q, chosen, scored)
        if self.options.lead_ins:
            chosen = self.lead_ins.whole(chosen, scored)
        if not chosen or not self.checks.answerable(q, scored, chosen):
            return compose.refusal(q, self.sections.closest([h.chunk for h in hits]), self.wording)
        needed = q.answer_type if self.options.answer_types else None  # "In the summer of 1898, …" for *when*
        chosen = dated(self.scorer, self.selector.antecedents(chosen), needed, self.options.max_words)
        return compose.compose(self.index, q, chosen)

    def unknown_names(self, question: str) -> list[str]:
        """Names, acronyms and long numbers in the question that the knowledge never mentions."""
        return self.checks.unknown_names(question)

    def _with_listed_item(self, question: str, history: tuple[str, ...]) -> tuple[str, ...]:
        """ "Tell me more about the second one": the item of the earlier answer's list it means joins the
        conversation as its latest subject (the earlier answer is made again: the chat keeps questions only)."""
        n = asks.ordinal_reference(question) if history and self.options.query.followups else None
        if n is None:
            return history
        earlier = self.ask(history[-1], history[:-1])
        items = [" ".join(p.sentences) for p in earlier.pieces if p.kind == "item"]
        if not items or n > len(items):
            return history
        return (*history, items[n - 1] if n > 0 else items[-1])

    def _embed(self, q: Question) -> tuple[np.ndarray, list[np.ndarray]]:
        """The search vector (a leading follow-up's own words joined with the conversation's), and one per part."""
        query = q.query
        texts = [query.text, *([query.focus] if q.leads else []), *q.parts]
        vectors = self.embedder.embed(texts)
        vector = vectors[0]
        if q.leads:  # the question itself leads; the conversation before it supplies the subject
            vector = vectors[0] + vectors[1]
            vector = vector / (float((vector @ vector) ** 0.5) or 1.0)
        return vector, list(vectors[len(texts) - len(q.parts) :])

    def _retrieve(
        self, q: Question, vector: np.ndarray, part_vectors: list[np.ndarray], echoed: set[int], allowed: Allowed
    ) -> list[Hit]:
        """The best passages for the question, the echoed section's passages, those that define what "What is X?"
        asks, and the best for each part (of the `allowed` passages, when the question is about some texts only)."""
        hits = self.retriever.search(vector, q.query.terms, k=self.options.passages, allowed=allowed)
        defining = set(self.definitions.of(q.defined)) if q.defined and self.options.answer_types else set()
        if allowed is not None:
            defining &= allowed
        hits += [self.retriever.hit(i, vector) for i in sorted((echoed | defining) - {h.chunk for h in hits})]
        known = {h.chunk for h in hits}
        near = self.retriever.by_sentence(vector, self.options.nearest_sentences, allowed)
        hits += [h for h in near if h.chunk not in known]
        for part, part_vector in zip(q.parts, part_vectors, strict=True):
            known = {h.chunk for h in hits}
            found = self.retriever.search(part_vector, content_terms(part), k=tuning.PART_PASSAGES, allowed=allowed)
            hits += [h for h in found if h.chunk not in known]
        return hits

    def _allowed(self, within: Collection[str] | None) -> Allowed:
        """The passages of the texts named in `within` (None, or every text named: no limit)."""
        if within is None or set(self.index.texts) <= set(within):
            return None
        return frozenset(i for i, c in enumerate(self.index.chunks) if c.source in within)
