"""The sections of the loaded knowledge as the answer pipeline sees them: which passages each holds, the
terms of each heading, and which section a question repeats or names."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.english.furniture import is_furniture
from tutor.english.text import content_terms

if TYPE_CHECKING:
    import numpy as np

    from tutor.index.load import KnowledgeIndex


class Sections:
    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self.title_terms = {t: frozenset(content_terms(t)) for _, t in index.sections}
        self._heading_df = Counter(w for terms in self.title_terms.values() for w in terms)
        self.chunks: dict[str, list[int]] = {}
        for i, chunk in enumerate(index.chunks):
            self.chunks.setdefault(chunk.section, []).append(i)
        self._names = list(self.chunks)
        self._rows = [chunks[0] for chunks in self.chunks.values()]  # a section's passages share its title

    def echoed(self, vector: np.ndarray) -> set[int]:
        """The passages of the one section whose heading the question all but repeats (an FAQ question
        asked in other words), or nothing when no heading stands out that clearly."""
        if not self._names:
            return set()
        best = (self.index.title_vectors @ vector)[self._rows]
        order = (-best).argsort()[:2]
        if best[order[0]] < tuning.HEADING_ECHO:
            return set()
        if len(order) > 1 and best[order[0]] - best[order[1]] < tuning.HEADING_MARGIN:
            return set()
        return set(self.chunks[self._names[order[0]]])

    def named(self, name: str | None) -> set[int]:
        """Passages of the section a question names ("according to the section on …"), matched by its words."""
        wanted = set(content_terms(name)) if name else set()
        if not wanted:
            return set()
        share = tuning.REFERENCE_MATCH
        named = {t for t, terms in self.title_terms.items() if len(wanted & terms) >= share * len(wanted)}
        return {i for i, chunk in enumerate(self.index.chunks) if chunk.section in named}

    def contained(self, question: str) -> set[int]:
        """Passages of the section whose heading's words (dates aside) the question holds, one of them a word
        no other heading has: "During the AI Winter, what were…" asks within "1974 - 1980: AI Winter"."""
        asked = set(content_terms(question))
        found = []
        for title, terms in self.title_terms.items():
            words = {w for w in terms if not w[:1].isdigit()}  # "1974 - 1980", "1980s": dates aside
            if words and words <= asked and any(self._heading_df[w] == 1 for w in words):
                found.append(title)
        if len(found) != 1:
            return set()
        return {i for i, chunk in enumerate(self.index.chunks) if chunk.section == found[0]}

    def closest(self, chunk_nos: list[int], k: int = 3) -> tuple[str, ...]:
        """The titles of the sections these passages belong to, in order, without repeats: where to look. Not the
        text's back matter ("12.1. Normative References", "Acknowledgements") while other sections are near."""
        titles = list(dict.fromkeys(self.index.chunks[i].section for i in chunk_nos))
        taught = [t for t in titles if not is_furniture(t, "", ())]
        return tuple((taught or titles)[:k])
