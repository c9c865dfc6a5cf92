"""Score every sentence of the retrieved passages against the question.

A sentence's score blends its own embedding (partly measured from the mean sentence, so that what every
sentence of the knowledge shares does not decide), the question's terms it holds (those of the sentences
before it in its paragraph and of its heading count less), how much its heading stands out for the question,
and its passage. Knowledge-wide facts (which sections exist, which list items only repeat a heading) are
worked out once per index.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.answer import asks
from tutor.english.furniture import steers_the_reader
from tutor.english.lexicon import POINTS_BACK
from tutor.english.text import content_terms, word_count
from tutor.records import Chunk, Unit

if TYPE_CHECKING:
    import numpy as np

    from tutor.answer.options import AnswerOptions
    from tutor.answer.sections import Sections
    from tutor.index.load import KnowledgeIndex
    from tutor.index.retrieval import Hit


@dataclass(frozen=True)
class Scored:
    chunk: int
    unit: Unit
    score: float


class Scorer:
    """Scores sentences of one loaded index; caches what depends on the index alone."""

    def __init__(self, index: KnowledgeIndex, sections: Sections, options: AnswerOptions) -> None:
        self.index = index
        self.sections = sections
        self.options = options
        self._n = max(1, len(index.chunks))
        self._unit_terms: dict[int, list[dict[str, float]]] = {}
        self._pointers: dict[int, list[bool]] = {}
        self._mute: dict[int, list[bool]] = {}  # per passage, its sentences that answer nothing
        # what every sentence of the knowledge shares ("cyber diplomacy" in all of them) says nothing about
        # which one answers: a share of the similarity is measured from their mean
        self._mean = index.unit_vectors.mean(axis=0) if len(index.unit_vectors) else None
        self._unit_mean = index.unit_vectors @ self._mean if self._mean is not None else None
        self._leaning: dict[int, dict[int, tuple[int, float]]] = {}  # per passage, found when first scored

    def text(self, s: Scored) -> str:
        return self.index.chunks[s.chunk].unit_text(s.unit)

    def idf(self, term: str) -> float:
        return math.log(1 + self._n / (1 + self.index.doc_freq.get(term, 0)))

    def score(self, wanted: dict[str, float], vector: np.ndarray, hits: list[Hit]) -> list[Scored]:
        """Every sentence of the hits, best first."""
        w_sentence, w_terms, w_heading, w_passage = self.options.weights
        weight = sum(self.idf(t) * w for t, w in wanted.items()) or 1.0
        headings = self.index.context_vectors @ vector
        typical = float(headings.mean())  # a heading counts by how much more it matches than the rest
        out: list[Scored] = []
        for hit in hits:
            a, b = self.index.unit_offsets[hit.chunk], self.index.unit_offsets[hit.chunk + 1]
            cosines = self.similarity(a, b, vector)
            heading = float(headings[hit.chunk]) - typical
            passage = float(self.index.faiss.reconstruct(hit.chunk) @ vector) if hit.dense == 0 else hit.dense
            base = w_heading * heading + w_passage * passage
            chunk = self.index.chunks[hit.chunk]
            units = zip(chunk.units, cosines, self._terms(hit.chunk), self._is_pointer(hit.chunk), strict=True)
            for (unit, cos, unit_terms, pointer), mute in zip(units, self._answers_nothing(hit.chunk), strict=True):
                if mute:
                    continue
                lexical = sum(self.idf(t) * w * unit_terms.get(t, 0.0) for t, w in wanted.items()) / weight
                penalty = tuning.POINTER_PENALTY if pointer and self.options.pointers else 0.0
                out.append(Scored(hit.chunk, unit, w_sentence * float(cos) + w_terms * lexical + base - penalty))
        out.sort(key=lambda s: -s.score)
        return out

    def typed(self, scored: list[Scored], needed: str | None, defined: str | None = None) -> list[Scored]:
        """Sentences that hold what the question's type needs (a year for "when", for "What is X?" a sentence
        that says what X is) move up a little."""
        if not (needed or defined) or not self.options.answer_types:
            return scored

        def bonus(text: str) -> float:
            if defined and asks.defines(text, defined):
                return tuning.DEFINITION_BONUS
            return tuning.TYPE_BONUS if needed and asks.has_type(text, needed) else 0.0

        typed = [replace(s, score=s.score + bonus(self.text(s))) for s in scored]
        return sorted(typed, key=lambda s: -s.score)

    def _terms(self, chunk_no: int) -> list[dict[str, float]]:
        """Each sentence's terms (weight 1), with those of the sentences before it in its paragraph and of
        its heading at a lower weight: "it relies on three pillars" is about what an earlier sentence named."""
        if chunk_no not in self._unit_terms:
            chunk = self.index.chunks[chunk_no]
            heading = set(content_terms(chunk.context))
            out: list[dict[str, float]] = []
            earlier: set[str] = set()
            for i, u in enumerate(chunk.units):
                own = set(content_terms(chunk.unit_text(u)))
                if i and chunk.units[i - 1].block != u.block:
                    earlier = set()
                weights = dict.fromkeys(earlier | heading, tuning.CONTEXT_TERMS)
                weights.update(dict.fromkeys(own, 1.0))
                out.append(weights)
                earlier |= own
            self._unit_terms[chunk_no] = out
        return self._unit_terms[chunk_no]

    def _answers_nothing(self, chunk_no: int) -> list[bool]:
        """Per sentence of a passage: the text's own question ("What other dates stand out?"), a direction around the
        page ("Click the image above …") or a line that only repeats its headings answers nothing."""
        if chunk_no not in self._mute:
            chunk = self.index.chunks[chunk_no]
            said = [chunk.unit_text(u) for u in chunk.units]
            asked = self.options.own_questions
            heading = set(content_terms(chunk.context))
            self._mute[chunk_no] = [asked and _asks(t) or steers_the_reader(t) or _echoes(t, heading) for t in said]
        return self._mute[chunk_no]

    def _is_pointer(self, chunk_no: int) -> list[bool]:
        """List items that repeat another section's heading ("The rapid growth of cyber technology"): a table
        of contents inside the text. They echo many questions but answer none; that section's body does."""
        if chunk_no not in self._pointers:
            chunk = self.index.chunks[chunk_no]
            titles = self.sections.title_terms.values()
            flags = []
            for u in chunk.units:
                terms = frozenset(content_terms(chunk.unit_text(u))) if u.item >= 0 else frozenset()
                overlap = tuning.POINTER_OVERLAP
                flags.append(bool(terms) and any(len(terms & t) >= overlap * len(terms | t) for t in titles))
            self._pointers[chunk_no] = flags
        return self._pointers[chunk_no]

    def leaning(self, a: int, b: int) -> dict[int, tuple[int, float]]:
        """Sentences a..b that start by pointing back ("It has proven itself…", "This restriction…"): unit
        number -> (the sentence before it in its paragraph, the cosine of the two). Worked out per passage on
        first use, so that opening a book costs nothing."""
        import numpy as np

        offsets = self.index.unit_offsets
        first = int(np.searchsorted(np.asarray(offsets), a, side="right")) - 1
        out: dict[int, tuple[int, float]] = {}
        c = max(first, 0)
        while c < len(self.index.chunks) and offsets[c] < b:
            if c not in self._leaning:
                self._leaning[c] = _leaning_units(self.index, c)
            out.update(self._leaning[c])
            c += 1
        return out

    def _with_sentence_before(self, a: int, b: int, vector: np.ndarray, cosines: np.ndarray) -> np.ndarray:
        """A sentence that points back is also read with the one before it (the mean of the two vectors); that
        reading counts for a share, and only when it is the better one."""
        share = tuning.SENTENCE_BEFORE_SHARE
        out = cosines.copy()
        leaning = self.leaning(a, b)
        for n in range(a, b):
            if n in leaning:
                before, dot = leaning[n]
                joined = (cosines[n - a] + float(self.index.unit_vectors[before] @ vector)) / (2 + 2 * dot) ** 0.5
                out[n - a] = max(cosines[n - a], (1 - share) * cosines[n - a] + share * joined)
        return out

    def similarity(self, a: int, b: int, vector: np.ndarray) -> np.ndarray:
        """Sentences a..b against the question: cosine, blended with the cosine of both seen from the mean
        sentence. (u-m)·(v-m) and |u-m| follow from u·v, u·m, v·m and m·m, so nothing is stored twice."""
        cosines = self.index.unit_vectors[a:b] @ vector
        if self.options.continuations:
            cosines = self._with_sentence_before(a, b, vector, cosines)
        share = self.options.centered
        if not share or self._mean is None or self._unit_mean is None:
            return cosines
        um, vm, mm = self._unit_mean[a:b], float(self._mean @ vector), float(self._mean @ self._mean)
        norms = ((1 - 2 * um + mm).clip(1e-9) * max(1 - 2 * vm + mm, 1e-9)) ** 0.5
        return (1 - share) * cosines + share * (cosines - um - vm + mm) / norms


def earlier_in_paragraph(chunk: Chunk, unit: Unit) -> list[Unit]:
    """The sentences of a passage before `unit` in its paragraph, nearest last."""
    at = chunk.units.index(unit)
    start = at
    while start and chunk.units[start - 1].block == unit.block:
        start -= 1
    return list(chunk.units[start:at])


def _leaning_units(index: KnowledgeIndex, c: int) -> dict[int, tuple[int, float]]:
    """The pointing-back sentences of passage c (see `Scorer.leaning`)."""
    out: dict[int, tuple[int, float]] = {}
    chunk, first = index.chunks[c], index.unit_offsets[c]
    for i in range(1, len(chunk.units)):
        u, before = chunk.units[i], chunk.units[i - 1]
        if (u.block, u.item) == (before.block, before.item) and POINTS_BACK.match(chunk.unit_text(u)):
            n = first + i
            out[n] = (n - 1, float(index.unit_vectors[n] @ index.unit_vectors[n - 1]))
    return out


def _echoes(sentence: str, heading: set[str]) -> bool:
    """A short line of nothing but its headings' words (`heading`): "Mozilla" above the infobox of "Mozilla"."""
    said = content_terms(sentence)
    return bool(said) and word_count(sentence) <= tuning.ECHO_WORDS and set(said) <= heading


def _asks(sentence: str) -> bool:
    return sentence.rstrip(" \"'”’)]").endswith("?")


def lift(scored: list[Scored], chunks: set[int]) -> list[Scored]:
    """Raise the sentences of an echoed or named section together until the best of them leads."""
    mine = [s for s in scored if s.chunk in chunks]
    if not mine or scored[0].chunk in chunks:
        return scored
    delta = scored[0].score - mine[0].score + tuning.LIFT
    lifted = [Scored(s.chunk, s.unit, s.score + delta) if s.chunk in chunks else s for s in scored]
    return sorted(lifted, key=lambda s: -s.score)
