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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tutor.answer import asks as questions
from tutor.answer.citations import problems
from tutor.answer.query import Query, QueryBuilder, QuerySettings, is_followup
from tutor.english.language import looks_foreign
from tutor.english.text import content_terms, word_count
from tutor.index.embedding import known_words
from tutor.index.retrieval import Hit, Mode, Retriever
from tutor.records import Answer, Chunk, Citation, Piece, Unit, message

if TYPE_CHECKING:
    import numpy as np

    from tutor.index.embedding import Embedder
    from tutor.index.store import KnowledgeIndex


@dataclass(frozen=True)
class AnswerOptions:
    passages: int = 6  # passages whose sentences compete for the answer
    max_sentences: int = 3
    max_words: int = 80
    keep_ratio: float = 0.8  # a further sentence must score this share of the best
    min_score: float = 0.25  # below this the best sentence cannot answer the question
    weights: tuple[float, float, float, float] = (0.5, 0.25, 0.1, 0.15)  # sentence, terms, heading, passage
    centered: float = 0.5  # share of a sentence's similarity measured after removing what all sentences share
    answer_types: bool = True  # prefer, and require, evidence of the type the question asks for
    unknown_names: bool = True  # refuse when the question names things the knowledge never mentions
    split_parts: bool = True  # answer each part of a two-part question
    lists: bool = True  # answer list questions with the whole list
    headings: bool = True  # a question that repeats a section's heading is answered from that section
    pointers: bool = True  # list items that repeat another section's heading yield to that section
    continuations: bool = True  # the best sentence brings the next one when it carries on its subject ("it …")
    sentences: bool = True  # build answers from the best sentences (off: the best passage's opening)
    query: QuerySettings = QuerySettings()


IDEAS = {  # name for `tutor eval --without NAME` -> the switch it turns off
    "answer-types": "answer_types",
    "centering": "centered",
    "unknown-names": "unknown_names",
    "parts": "split_parts",
    "lists": "lists",
    "headings": "headings",
    "pointers": "pointers",
    "continuations": "continuations",
    "sentences": "sentences",
    "typos": "query.typos",
    "instructions": "query.instructions",
    "followups": "query.followups",
    "acronyms": "query.acronyms",
    "aspects": "query.aspects",
}


def options_without(names: list[str] | tuple[str, ...]) -> AnswerOptions:
    """Default options with the named ideas switched off."""
    unknown = sorted(set(names) - IDEAS.keys())
    if unknown:
        raise ValueError(f"unknown idea {', '.join(unknown)}: choose from {', '.join(IDEAS)}")
    off = [IDEAS[n] for n in names]
    query = replace(QuerySettings(), **{f.split(".")[1]: False for f in off if f.startswith("query.")})
    defaults = AnswerOptions()
    own = {f: type(getattr(defaults, f))(0) for f in off if "." not in f}  # False, or a share of 0.0
    return replace(defaults, query=query, **own)


@dataclass(frozen=True)
class Scored:
    chunk: int
    unit: Unit
    score: float


ITEM_PENALTY = 0.03
PART_AGREEMENT = 0.8
PART_SENTENCES = 2  # a part may ask for two things ("which office and which diplomat")
HEADING_ECHO = 0.9  # cosine at which a question repeats a heading in other words
HEADING_MARGIN = 0.03  # ... and stands out from the next heading by this much
LIFT = 0.01
REFERENCE_MATCH = 0.67  # share of a named section's words its heading must contain
POINTER_PENALTY = 0.1  # a table-of-contents item echoes a question (or the one before a follow-up) but answers neither
TYPE_BONUS = 0.03  # a sentence holding what the question asks for (a year, a number, a name) edges ahead
FOREIGN_REPLY = "I can only read questions in English, the language of the article: please ask in English."
EMPTY_REPLY = "Ask me a question about the article — for example, “What is cyber diplomacy?”"
REFUSAL = "The article does not answer that."
UNVERIFIED = "I could not check that answer against its sources, so I will not give it. Please rephrase."
# a sentence whose subject is the one before it: a pronoun, perhaps after one introductory word
_CARRIES_ON = re.compile(r"^(?:\w+ly,\s+|also,\s+)?(it|its|they|their|this|these|he|she|his|her)\b", re.IGNORECASE)


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
        self.queries = QueryBuilder(
            index.doc_freq, index.surface, known_words(), index.acronyms, options.query, [t for _, t in index.sections]
        )
        self._n = max(1, len(index.chunks))
        self._unit_terms: dict[int, list[dict[str, float]]] = {}
        self._pointers: dict[int, list[bool]] = {}
        self._title_terms = {t: frozenset(content_terms(t)) for _, t in index.sections}
        self._section_chunks: dict[str, list[int]] = {}
        for i, chunk in enumerate(index.chunks):
            self._section_chunks.setdefault(chunk.section, []).append(i)
        self._section_names = list(self._section_chunks)
        self._section_rows = [chunks[0] for chunks in self._section_chunks.values()]
        # what every sentence of the knowledge shares ("cyber diplomacy" in all of them) says nothing about
        # which one answers: a share of the similarity is measured from their mean
        self._mean = index.unit_vectors.mean(axis=0) if len(index.unit_vectors) else None
        self._unit_mean = index.unit_vectors @ self._mean if self._mean is not None else None

    def ask(self, question: str, history: list[str] | tuple[str, ...] = ()) -> Answer:
        subjects = self._with_listed_item(question, tuple(history))
        pointed = len(subjects) > len(history)  # "the second one": the listed item is the subject, whole
        query = self.queries.build(question, subjects)
        notes = _notes(query)
        if not query.terms:
            return Answer(query.question, message(EMPTY_REPLY), False, notes=notes)
        asks = questions.parts(query.focus) if self.options.split_parts else [query.focus]
        asks = asks if len(asks) > 1 else []
        leads = query.followup and not pointed
        texts = [query.text, *([query.focus] if leads else []), *asks]
        vectors = self.embedder.embed(texts)
        vector = vectors[0]
        if leads:  # the question itself leads; the conversation before it supplies the subject
            vector = vectors[0] + vectors[1]
            vector = vector / (float((vector @ vector) ** 0.5) or 1.0)
        part_vectors = vectors[len(texts) - len(asks) :]
        hits = self.retriever.search(vector, query.terms, k=self.options.passages)
        echoed = self._echoed_heading(vector) if self.options.headings else set()
        hits += [self.retriever.hit(i, vector) for i in sorted(echoed - {h.chunk for h in hits})]
        for part, part_vector in zip(asks, part_vectors, strict=True):
            known = {h.chunk for h in hits}
            hits += [h for h in self.retriever.search(part_vector, content_terms(part), k=3) if h.chunk not in known]
        if not hits:
            return self._refusal(query, hits, notes)
        scored = _lift(self._score(query.term_weights(), vector, hits), echoed or self._referenced(query.focus))
        scored = self._typed(scored, query.asked)
        if not self.options.sentences:
            return self._passage_answer(query, scored, hits, notes)
        chosen = self._opening(scored, echoed) if echoed and not asks else self._choose(scored)
        overall = {(s.chunk, s.unit): s for s in scored}
        for part, part_vector in zip(asks, part_vectors, strict=True):
            ranked = self._score(dict.fromkeys(content_terms(part), 1.0), part_vector, hits)
            leans = is_followup(part)
            for candidate in ranked[:PART_SENTENCES]:
                # a part that leans on the other loses its subject ("what did that country do?"): the whole
                # question must agree; a part with its own subject stands alone
                whole = overall[(candidate.chunk, candidate.unit)]
                fits = not leans or whole.score >= scored[0].score * PART_AGREEMENT
                close = candidate.score >= max(self.options.min_score, ranked[0].score * self.options.keep_ratio)
                if fits and close and all(c.unit != candidate.unit for c in chosen):
                    chosen.append(whole)
        if self.options.lists:
            chosen = self._with_lists(query, chosen, scored)
        if not self._answerable(query, scored, chosen):
            return self._refusal(query, hits, notes)
        return self._compose(query, chosen, notes)

    def _with_listed_item(self, question: str, history: tuple[str, ...]) -> tuple[str, ...]:
        """ "Tell me more about the second one": the item of the earlier answer's list it means joins the
        conversation as its latest subject (the earlier answer is made again: the chat keeps questions only)."""
        n = questions.ordinal_reference(question) if history and self.options.query.followups else None
        if n is None:
            return history
        earlier = self.ask(history[-1], history[:-1])
        items = [" ".join(p.sentences) for p in earlier.pieces if p.kind == "item"]
        if not items or n > len(items):
            return history
        return (*history, items[n - 1] if n > 0 else items[-1])

    # ------------------------------------------------------------ scoring

    def idf(self, term: str) -> float:
        return math.log(1 + self._n / (1 + self.index.doc_freq.get(term, 0)))

    def _terms(self, chunk_no: int) -> list[dict[str, float]]:
        """Each sentence's terms (weight 1), with those of the sentences before it in its paragraph and of
        its heading at half weight: "it relies on three pillars" is about what an earlier sentence named."""
        if chunk_no not in self._unit_terms:
            chunk = self.index.chunks[chunk_no]
            heading = set(content_terms(chunk.context))
            out: list[dict[str, float]] = []
            earlier: set[str] = set()
            for i, u in enumerate(chunk.units):
                own = set(content_terms(chunk.unit_text(u)))
                if i and chunk.units[i - 1].block != u.block:
                    earlier = set()
                weights = dict.fromkeys(earlier | heading, 0.5)
                weights.update(dict.fromkeys(own, 1.0))
                out.append(weights)
                earlier |= own
            self._unit_terms[chunk_no] = out
        return self._unit_terms[chunk_no]

    def _echoed_heading(self, vector: np.ndarray) -> set[int]:
        """The passages of the one section whose heading the question all but repeats (an FAQ question
        asked in other words), or nothing when no heading stands out that clearly."""
        if not self._section_names:
            return set()
        best = (self.index.title_vectors @ vector)[self._section_rows]  # a section's passages share its title
        order = (-best).argsort()[:2]
        if best[order[0]] < HEADING_ECHO:
            return set()
        if len(order) > 1 and best[order[0]] - best[order[1]] < HEADING_MARGIN:
            return set()
        return set(self._section_chunks[self._section_names[order[0]]])

    def _is_pointer(self, chunk_no: int) -> list[bool]:
        """List items that repeat another section's heading ("The rapid growth of cyber technology"): a table
        of contents inside the text. They echo many questions but answer none; that section's body does."""
        if chunk_no not in self._pointers:
            chunk = self.index.chunks[chunk_no]
            flags = []
            for u in chunk.units:
                terms = frozenset(content_terms(chunk.unit_text(u))) if u.item >= 0 else frozenset()
                flags.append(
                    bool(terms) and any(len(terms & t) >= 0.75 * len(terms | t) for t in self._title_terms.values())
                )
            self._pointers[chunk_no] = flags
        return self._pointers[chunk_no]

    def _score(self, wanted: dict[str, float], vector: np.ndarray, hits: list[Hit]) -> list[Scored]:
        w_sentence, w_terms, w_heading, w_passage = self.options.weights
        weight = sum(self.idf(t) * w for t, w in wanted.items()) or 1.0
        headings = self.index.context_vectors @ vector
        typical = float(headings.mean())  # a heading counts by how much more it matches than the rest
        out: list[Scored] = []
        for hit in hits:
            a, b = self.index.unit_offsets[hit.chunk], self.index.unit_offsets[hit.chunk + 1]
            cosines = self._similarity(a, b, vector)
            heading = float(headings[hit.chunk]) - typical
            passage = float(self.index.faiss.reconstruct(hit.chunk) @ vector) if hit.dense == 0 else hit.dense
            base = w_heading * heading + w_passage * passage
            chunk = self.index.chunks[hit.chunk]
            units = zip(chunk.units, cosines, self._terms(hit.chunk), self._is_pointer(hit.chunk), strict=True)
            for unit, cos, unit_terms, pointer in units:
                lexical = sum(self.idf(t) * w * unit_terms.get(t, 0.0) for t, w in wanted.items()) / weight
                penalty = POINTER_PENALTY if pointer and self.options.pointers else 0.0
                score = w_sentence * float(cos) + w_terms * lexical + base - penalty
                out.append(Scored(hit.chunk, unit, score))
        out.sort(key=lambda s: -s.score)
        return out

    def _similarity(self, a: int, b: int, vector: np.ndarray) -> np.ndarray:
        """Sentences a..b against the question: cosine, blended with the cosine of both seen from the mean
        sentence. (u-m)·(v-m) and |u-m| follow from u·v, u·m, v·m and m·m, so nothing is stored twice."""
        cosines = self.index.unit_vectors[a:b] @ vector
        share = self.options.centered
        if not share or self._mean is None:
            return cosines
        um, vm, mm = self._unit_mean[a:b], float(self._mean @ vector), float(self._mean @ self._mean)
        norms = ((1 - 2 * um + mm).clip(1e-9) * max(1 - 2 * vm + mm, 1e-9)) ** 0.5
        return (1 - share) * cosines + share * (cosines - um - vm + mm) / norms

    def _typed(self, scored: list[Scored], question: str) -> list[Scored]:
        """Sentences that hold what the question's type needs (a year for "when") move up a little."""
        needed = questions.answer_type(question) if self.options.answer_types else None
        if not needed:
            return scored
        typed = [replace(s, score=s.score + TYPE_BONUS * questions.has_type(self._text(s), needed)) for s in scored]
        return sorted(typed, key=lambda s: -s.score)

    def _answerable(self, query: Query, scored: list[Scored], chosen: list[Scored]) -> bool:
        if scored[0].score < self.options.min_score:
            return False
        if self.options.unknown_names and self.unknown_names(query.asked):
            return False
        if looks_foreign(query.asked) and not any(t in self.index.doc_freq for t in content_terms(query.asked)):
            return False  # another language, and not one word the knowledge knows: ask in English
        if self.options.answer_types:
            needed = questions.answer_type(query.asked)
            things = questions.counted(query.asked) if needed == "number" else []
            listed = needed == "number" and self._counted_by_list(chosen, things)
            if questions.required(needed) and not listed:
                if not any(questions.has_type(self._text(s), needed) for s in chosen):
                    return False
                if things and not any(questions.counts(self._text(s), things) for s in chosen):
                    return False  # "dozens of foreign ministries" does not say how many diplomats
            deed = questions.deed_of_named(query.asked)
            if deed and not self._speaks_of(deed):
                return False  # "Who succeeded Painter?" of a text that never speaks of succeeding anyone
            if questions.demands_enumeration(query.asked) and not any(
                s.unit.item >= 0 or questions.is_enumeration(self._text(s)) for s in chosen
            ):
                return False
        return True

    def _speaks_of(self, word: str) -> bool:
        """Whether the knowledge uses the word in some form ("emphasises" and "emphasis" stem apart)."""
        return any(any(known.startswith(t[:6]) for known in self.index.doc_freq) for t in content_terms(word))

    def _counted_by_list(self, chosen: list[Scored], things: list[str]) -> bool:
        """A chosen list whose lead-in or items name what "how many" counts answers it by its length."""
        for s in chosen:
            if s.unit.item < 0:
                continue
            chunk = self.index.chunks[s.chunk]
            units = _whole_list(chunk, s.unit.block)
            if set(things) <= {t for u in units for t in content_terms(chunk.unit_text(u))}:
                return True
        return False

    def unknown_names(self, question: str) -> list[str]:
        """Names, acronyms and long numbers in the question that the knowledge never mentions."""
        out = []
        for token in questions.salient_tokens(question):
            terms = content_terms(token)
            if not terms or any(t in self.index.doc_freq for t in terms):
                continue
            others = [content_terms(name) for name in questions.other_names(token)]
            if not any(o and all(t in self.index.doc_freq for t in o) for o in others):
                out.append(token)
        return out

    # ------------------------------------------------------------ choosing

    def _choose(self, scored: list[Scored]) -> list[Scored]:
        best = scored[0]
        chosen = [best, *self._continuation(best)]
        used = sum(word_count(self._text(s)) for s in chosen)
        for s in scored[1:]:
            if len(chosen) >= self.options.max_sentences or s.score < best.score * self.options.keep_ratio:
                break
            n = word_count(self._text(s))
            if used + n <= self.options.max_words:
                chosen.append(s)
                used += n
        return chosen

    def _continuation(self, best: Scored) -> list[Scored]:
        """The next sentence of the best one's paragraph when it carries on its subject ("For example, the US
        government has been reluctant…" — "Internally, it has abolished…"): alone it would not say who."""
        if not self.options.continuations:
            return []
        units = self.index.chunks[best.chunk].units
        at = units.index(best.unit)
        following = units[at + 1] if at + 1 < len(units) else None
        if following is None or following.block != best.unit.block or following.item != best.unit.item:
            return []
        text = self.index.chunks[best.chunk].unit_text(following)
        fits = word_count(self._text(best)) + word_count(text) <= self.options.max_words
        carries_on = _CARRIES_ON.match(text) and not _is_lead_in(text)  # a lead-in without its list says nothing
        return [Scored(best.chunk, following, best.score)] if fits and carries_on else []

    def _referenced(self, question: str) -> set[int]:
        """Passages of the section a question names ("according to the section on …"), matched by its words."""
        name = questions.section_reference(question)
        wanted = set(content_terms(name)) if name else set()
        if not wanted:
            return set()
        named = {t for t, terms in self._title_terms.items() if len(wanted & terms) >= REFERENCE_MATCH * len(wanted)}
        return {i for i, chunk in enumerate(self.index.chunks) if chunk.section in named}

    def _opening(self, scored: list[Scored], chunk_nos: set[int]) -> list[Scored]:
        """The sentences of these passages in reading order, as far as the words allow: the answer when a
        question repeats a section's heading, and the no-selection baseline of `--without sentences`."""
        by_unit = {(s.chunk, s.unit): s for s in scored}
        chosen, used = [], 0
        for chunk_no in sorted(chunk_nos):
            for unit in self.index.chunks[chunk_no].units:
                used += word_count(self.index.chunks[chunk_no].unit_text(unit))
                if chosen and used > self.options.max_words:
                    return chosen
                chosen.append(by_unit.get((chunk_no, unit)) or Scored(chunk_no, unit, scored[0].score))
        return chosen

    def _with_lists(self, query: Query, chosen: list[Scored], scored: list[Scored]) -> list[Scored]:
        """The one list the answer leans on comes whole: its lead-in, then every item.

        A list qualifies through its lead-in sentence ("…include the following:"), through two or more of
        its items scoring near the best sentence, or — when the question asks for several things —
        through any sentence of the paragraph that introduces it.
        """
        wants_list = questions.asks_for_list(query.asked)
        top = scored[0].score
        candidates: dict[tuple[int, int], float] = {}
        siblings: dict[tuple[int, int], set[int]] = {}
        for s in scored[:12]:
            chunk = self.index.chunks[s.chunk]
            score = s.score
            if s.unit.item >= 0:
                key = (s.chunk, s.unit.block)
                score -= ITEM_PENALTY  # one matching item says less about a list than its introduction does
                if s.score >= top * self.options.keep_ratio * 0.95:
                    siblings.setdefault(key, set()).add(s.unit.item)
            else:
                block = _following_list(chunk, s.unit)
                if block is None or not (wants_list or _is_lead_in(self._text(s))):
                    continue
                key = (s.chunk, block)
            candidates[key] = max(candidates.get(key, 0.0), score)
        if not candidates:
            return chosen

        def strength(k: tuple[int, int]) -> float:
            return candidates[k] + ITEM_PENALTY * max(0, len(siblings.get(k, ())) - 1) / 2

        key = max(candidates, key=lambda k: (strength(k), -k[0]))
        lead_chosen = any(c.chunk == key[0] and c.unit.item < 0 and _is_lead_in(self._text(c)) for c in chosen)
        qualifies = (lead_chosen and candidates[key] >= top * self.options.keep_ratio) or (
            wants_list and strength(key) >= top * 0.9
        )
        if not qualifies:
            return chosen
        chunk_no, block = key
        chunk = self.index.chunks[chunk_no]
        score = max(candidates[key], top) if wants_list else candidates[key]
        units = _whole_list(chunk, block)
        out = [c for c in chosen if not (c.unit.item >= 0 and c.unit.block != block)] if wants_list else list(chosen)
        for u in units:
            if all(c.unit != u for c in out):
                out.append(Scored(chunk_no, u, score))
        return out

    # ------------------------------------------------------------ composing

    def _compose(self, query: Query, chosen: list[Scored], notes: tuple[str, ...]) -> Answer:
        order: list[int] = []
        for s in sorted(chosen, key=lambda s: -s.score):
            if s.chunk not in order:
                order.append(s.chunk)
        citations: list[Citation] = []
        pieces: list[Piece] = []
        for n, ci in enumerate(order, 1):
            chunk = self.index.chunks[ci]
            units = sorted((s for s in chosen if s.chunk == ci), key=lambda s: s.unit.start)
            score = max(s.score for s in units)
            highlights = tuple((s.unit.start, s.unit.end) for s in units)
            citations.append(
                Citation(n, chunk.source, chunk.section, chunk.start, chunk.end, chunk.text, score, highlights)
            )
            pieces += pieces_of(chunk, [s.unit for s in units], n)
        if problems(pieces, citations):  # a bug in composing: never show a claim its citation does not hold
            return Answer(query.question, message(UNVERIFIED), False, resolved_query=query.text, notes=notes)
        return Answer(query.question, tuple(pieces), True, tuple(citations), resolved_query=query.text, notes=notes)

    def _passage_answer(self, query: Query, scored: list[Scored], hits: list[Hit], notes: tuple[str, ...]) -> Answer:
        """The ablation baseline: the opening sentences of the best passage, no sentence selection."""
        if not self._answerable(query, scored, scored[:1]):
            return self._refusal(query, hits, notes)
        return self._compose(query, self._opening(scored, {scored[0].chunk}), notes)

    def _refusal(self, query: Query, hits: list[Hit], notes: tuple[str, ...]) -> Answer:
        sections: list[str] = []
        for h in hits:
            title = self.index.chunks[h.chunk].section
            if title not in sections:
                sections.append(title)
        closest = tuple(sections[:3])
        if looks_foreign(query.asked or query.question):
            return Answer(query.question, message(FOREIGN_REPLY), False, (), closest, query.text, notes)
        text = REFUSAL + (" The closest sections are " + _quoted_list(closest) + "." if closest else "")
        return Answer(query.question, message(text), False, (), closest, query.text, notes)

    def _text(self, s: Scored) -> str:
        return self.index.chunks[s.chunk].unit_text(s.unit)


def _lift(scored: list[Scored], echoed: set[int]) -> list[Scored]:
    """Raise the sentences of an echoed section together until the best of them leads."""
    mine = [s for s in scored if s.chunk in echoed]
    if not mine or scored[0].chunk in echoed:
        return scored
    delta = scored[0].score - mine[0].score + LIFT
    lifted = [Scored(s.chunk, s.unit, s.score + delta) if s.chunk in echoed else s for s in scored]
    return sorted(lifted, key=lambda s: -s.score)


def _notes(query: Query) -> tuple[str, ...]:
    notes = []
    if query.truncated:
        notes.append("Your question was long; I answered from its first 2,000 characters.")
    if query.instructions_removed:
        notes.append("I only answer from the article, so I set aside the instructions in your question.")
    return tuple(notes)


def pieces_of(chunk: Chunk, units: list[Unit], n: int) -> list[Piece]:
    """Sentences in reading order as pieces cited [n]: a list item's sentences as one item, the sentence right
    before a list of the passage as its lead-in."""
    pieces: list[Piece] = []
    item: tuple[int, int] | None = None
    for u in units:
        text = chunk.unit_text(u).strip()
        if u.item < 0:
            kind = "lead_in" if _following_list(chunk, u) is not None and _last_of_block(chunk, u) else "sentence"
            pieces.append(Piece(kind, (text,), n))
            item = None
        elif item == (u.block, u.item):
            pieces[-1] = Piece("item", (*pieces[-1].sentences, text), n)
        else:
            pieces.append(Piece("item", (text,), n))
            item = (u.block, u.item)
    return pieces


def _last_of_block(chunk: Chunk, unit: Unit) -> bool:
    return not any(u.block == unit.block and u.start > unit.start for u in chunk.units)


def _quoted_list(items: tuple[str, ...]) -> str:
    q = [f"“{t}”" for t in items]
    return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " and " + q[-1]


def _following_list(chunk: Chunk, unit: Unit) -> int | None:
    """The list block right after `unit`'s paragraph, in the same passage."""
    return unit.block + 1 if any(u.block == unit.block + 1 and u.item >= 0 for u in chunk.units) else None


def _whole_list(chunk: Chunk, block: int) -> list[Unit]:
    """A list's lead-in (the last sentence of the paragraph right before it, when it is in the same passage)
    and then every sentence of its items."""
    before = [u for u in chunk.units if u.block == block - 1 and u.item < 0]
    return before[-1:] + [u for u in chunk.units if u.block == block]


def _is_lead_in(sentence: str) -> bool:
    s = sentence.rstrip()
    return s.endswith((":", ";")) or bool(re.search(r"\b(following|as follows)\b", s, re.IGNORECASE))
