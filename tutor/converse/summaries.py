"""Extractive summaries and overviews: a few of the text's own sentences that cover its parts without repeating
one another, in reading order, each cited like any answer.

A sentence's worth is how central it is to what it summarises (cosine to the mean of the part's sentence
vectors, the ones the index already holds) less how close it is to a sentence already chosen (maximal marginal
relevance); a summary of a whole text also spreads over its parts. Sentences that need the one before them
("This means…"), questions, and the site's furniture are left out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from tutor import tuning
from tutor.english.furniture import is_furniture, site_names
from tutor.english.lexicon import FAQ_HEADINGS, POINTS_BACK, alternation
from tutor.english.text import word_count
from tutor.records import Chunk, Unit

if TYPE_CHECKING:
    from tutor.index.load import KnowledgeIndex

PATH = " > "  # how a chunk's context joins its heading path
_FAQ = re.compile(rf"\b({alternation(FAQ_HEADINGS)})\b", re.I)


@dataclass(frozen=True)
class Candidate:
    chunk: int
    unit: Unit
    text: str
    row: int  # the sentence's row in the index's unit vectors
    part: str  # the top-level part it belongs to (source + first heading of its path)
    words: int


@dataclass(frozen=True)
class Part:
    """A part of the knowledge a summary covers: a text's top-level section with its subsections."""

    source: str
    path: str  # the heading path ("Challenges" covers "Challenges > Reluctance …")
    title: str


def heading_path(chunks: Sequence[Chunk], source: str, section: str) -> str:
    """The headings down to `section` in `source`, joined by `PATH` ("Challenges > Reluctance …")."""
    return next((c.context or c.section for c in chunks if c.source == source and c.section == section), section)


def is_under(path: str, part: str) -> bool:
    """Whether the heading path `path` is the part's or one of its subsections'."""
    return path == part or path.startswith(part + PATH)


class Summarizer:
    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self.vectors = index.unit_vectors  # normalised when embedded
        self._pools: dict[tuple[tuple[Part, ...], bool, int], Pool] = {}
        self._parts: dict[frozenset[str] | None, list[Part]] = {}

    # ------------------------------------------------------------ what there is to summarise

    def parts(self, within: Collection[str] | None = None) -> list[Part]:
        """The top-level parts of the texts (in `within`), in reading order, furniture and FAQs left out."""
        key = frozenset(within) if within is not None else None
        if key not in self._parts:
            seen: dict[tuple[str, str], Part] = {}
            for c in self.index.chunks:
                if key is not None and c.source not in key:
                    continue
                top = (c.context or c.section).split(PATH)[0]
                if (c.source, top) not in seen and self._usable(c.source, top):
                    seen[(c.source, top)] = Part(c.source, top, top)
            self._parts[key] = list(seen.values())
        return self._parts[key]

    def part_of(self, source: str, section: str) -> Part:
        """The section (with its subsections) a chunk of `section` in `source` belongs to."""
        return Part(source, heading_path(self.index.chunks, source, section), section)

    def _usable(self, source: str, heading: str) -> bool:
        info = self.index.texts.get(source)
        names = site_names(info.meta) if info else []
        return not is_furniture(heading, "", names) and not _FAQ.search(heading)

    def candidates(self, parts: Collection[Part], by_text: bool = False, shortest: int = 0) -> Pool:
        """The sentences of `parts` a summary may quote, in reading order; `by_text`: spread over the texts, not
        over their parts; `shortest`: the fewest words a sentence may have (default `SUMMARY_MIN_WORDS`). Made
        once for each choice of parts."""
        key = (tuple(parts), by_text, shortest)
        if key not in self._pools:
            self._pools[key] = Pool(self._find_candidates(parts, by_text, shortest), self.vectors, self.index.chunks)
        return self._pools[key]

    def _find_candidates(self, parts: Collection[Part], by_text: bool, shortest: int) -> list[Candidate]:
        wanted = {(p.source, p.path) for p in parts}
        out: list[Candidate] = []
        for ci, c in enumerate(self.index.chunks):
            heads = (c.context or c.section).split(PATH)
            paths = (PATH.join(heads[: n + 1]) for n in range(len(heads)))
            part = next((path for path in paths if (c.source, path) in wanted), None)
            if part is None:
                continue
            for j, u in enumerate(c.units):
                text = c.unit_text(u).strip()
                n = word_count(text)
                too_short = n < (shortest or tuning.SUMMARY_MIN_WORDS)
                if too_short or n > tuning.SUMMARY_MAX_WORDS or text.endswith(("?", ":")):
                    continue
                if POINTS_BACK.match(text) or u.level > 0:
                    continue
                key = c.source if by_text else f"{c.source}\n{part}"
                out.append(Candidate(ci, u, text, self.index.unit_offsets[ci] + j, key, n))
        return out


class Pool:
    """The sentences a summary may quote, with what choosing among them needs: their vectors, how central each is,
    which opens its section, their lengths and parts."""

    def __init__(self, candidates: list[Candidate], vectors: np.ndarray, chunks: Sequence[Chunk]) -> None:
        self.candidates = candidates
        self.vectors = vectors[[c.row for c in candidates]] if candidates else vectors[:0]
        centre = self.vectors.mean(axis=0) if candidates else np.zeros(vectors.shape[1])
        centre /= float(np.linalg.norm(centre)) or 1.0
        self.central = self.vectors @ centre
        self.first = _first_of_part(candidates, chunks)
        self.lengths = np.array([c.words for c in candidates])
        parts = {p: n for n, p in enumerate(dict.fromkeys(c.part for c in candidates))}
        self.part_of = np.array([parts[c.part] for c in candidates], dtype=int)
        self.parts = len(parts)

    def __len__(self) -> int:
        return len(self.candidates)

    def choose(self, low: int, high: int, spread: float = 0.0, lead: float = 0.0) -> list[Candidate]:
        """Central sentences, each unlike those chosen before, until `low` words (never past `high`); each sentence
        already quoted from a part counts `spread` against another of it, so the summary covers the parts; a
        section's first sentence counts `lead` more (it often says what the section is about)."""
        if not self.candidates:
            return []
        worth = self.central + (lead or tuning.SUMMARY_LEAD_BONUS) * self.first
        used = np.zeros(self.parts)  # sentences chosen from each part
        like = np.zeros(len(self.candidates))  # each sentence's likeness to the closest one chosen
        open_ = np.ones(len(self.candidates), dtype=bool)
        chosen: list[int] = []
        words = 0
        while words < low:
            score = worth - tuning.SUMMARY_DIVERSITY * like - spread * used[self.part_of]
            allowed = open_ & (words + self.lengths <= high) & (like < tuning.SUMMARY_SAME_POINT)
            if not allowed.any():
                break
            best = int(np.argmax(np.where(allowed, score, -np.inf)))
            chosen.append(best)
            open_[best] = False
            words += int(self.lengths[best])
            used[self.part_of[best]] += 1
            like = np.maximum(like, self.vectors @ self.vectors[best])
        return [self.candidates[i] for i in sorted(chosen)]


def _first_of_part(candidates: list[Candidate], chunks: Sequence[Chunk]) -> np.ndarray:
    """1 for the first usable sentence of each section (where a section usually says what it is about)."""
    seen: set[tuple[str, str]] = set()
    out = np.zeros(len(candidates))
    for i, c in enumerate(candidates):
        key = (c.part, chunks[c.chunk].section)
        if key not in seen:
            out[i] = 1.0
            seen.add(key)
    return out
