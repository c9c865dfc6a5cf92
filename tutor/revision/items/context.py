"""What item generation knows about a whole document: which sections to use, how rare each word is."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from tutor import tuning
from tutor.english import furniture
from tutor.english.lexicon import DISCOURSE_MARKERS, STOPWORDS, alternation
from tutor.english.text import content_terms, stem, words
from tutor.records import Document, Section
from tutor.revision.items.record import unit_reading

# linking adverbs at the start of a sentence ("Moreover, …"): not part of a subject, a prompt or a term
DISCOURSE = re.compile(rf"^(?:(?:{alternation(DISCOURSE_MARKERS)})\b\s*,?\s*)+", re.I)


def is_furniture(doc: Document, section: Section) -> bool:
    """Author bios, promotion of the publisher, comment boxes: not what a learner revises."""
    body = doc.text[section.start : section.end]
    return furniture.is_furniture(section.title, body, furniture.site_names(doc.meta))


def content_sections(doc: Document) -> list[Section]:
    return [s for s in doc.sections if s.blocks and not is_furniture(doc, s)]


@dataclass
class Context:
    """Sentence frequencies of the document's stems, its lower-case words, and the terms found so far."""

    doc: Document
    sentence_freq: Counter[str]
    n_sentences: int
    lowercase_words: set[str]
    section_freq: Counter[str] = field(default_factory=Counter)  # how many sections use each stem
    _here: dict[int, Counter[str]] = field(default_factory=dict)  # section start -> its stems' sentence counts
    pool: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # kind -> [(term, section)]

    def idf(self, s: str) -> float:
        return math.log(1 + self.n_sentences / (1 + self.sentence_freq.get(s, 0)))

    def rare_in(self, doc: Document, section: Section) -> set[str]:
        """Stems of the section that at most a couple of the text's sentences use."""
        here = {s for b in section.blocks for u in b.units for s in content_terms(unit_reading(doc, u))}
        return {s for s in here if self.sentence_freq.get(s, 0) <= tuning.ITEM_TAUGHT_SENTENCES}

    def here(self, doc: Document, section: Section) -> Counter[str]:
        """How many of the section's sentences use each stem (counted once per section)."""
        if section.start not in self._here:
            out: Counter[str] = Counter()
            for block in section.blocks:
                for u in block.units:
                    out.update(set(content_terms(unit_reading(doc, u))))
            self._here[section.start] = out
        return self._here[section.start]

    def local(self, stems: list[str], here: Counter[str]) -> bool:
        """Stems the text uses mostly in this section: "Brendan Eich" in the section on him, not "Google" in
        a book by Google."""
        return all(here[s] >= tuning.ITEM_TAUGHT_SHARE * self.sentence_freq.get(s, 0) for s in stems)

    def taught(self, doc: Document, section: Section) -> set[str]:
        """Stems the section teaches: named in its heading, or used in several of its sentences and more
        there than in the rest of the text; never the words every part of the text uses."""
        here = self.here(doc, section)
        heading = set(content_terms(section.title))  # shown beside the item: blanking it gives it away
        out = {
            s
            for s, n in here.items()
            if n >= tuning.ITEM_TAUGHT_SENTENCES and n >= tuning.ITEM_TAUGHT_SHARE * self.sentence_freq.get(s, n)
        }
        return {s for s in out if not self.everywhere(s) and s not in heading}

    def key_word(self, word: str, here: Counter[str]) -> bool:
        """A single word worth blanking: not an everyday word ("area", "form"), unless the section keeps
        using it ("traffic" in the section on the four signals)."""
        return not is_everyday(word) or here[stem(word)] >= tuning.ITEM_EVERYDAY_SENTENCES

    def everywhere(self, s: str) -> bool:
        """Common in the text and used by more than one section (one section's own subject is not)."""
        return self.common(s) and self.section_freq.get(s, 0) > 1

    def common(self, s: str) -> bool:
        return self.sentence_freq.get(s, 0) > tuning.ITEM_COMMON_SHARE * self.n_sentences

    def key_terms(self, answer: str, exclude: str, limit: int = tuning.ITEM_KEY_TERMS) -> tuple[str, ...]:
        """The answer's content words a learner must produce: not in the prompt, not everywhere in the text."""
        banned = set(content_terms(exclude))
        seen: dict[str, str] = {}
        for w in words(answer):
            s = stem(w)
            short = len(w) < tuning.ITEM_KEY_TERM_MIN_CHARS and not w.isdigit()
            if w in STOPWORDS or short or s in banned or self.common(s) or s in seen:
                continue
            seen[s] = w
        ranked = sorted(seen, key=lambda s: -self.idf(s))[:limit]
        return tuple(seen[s] for s in seen if s in ranked)

    def soften(self, phrase: str) -> str:
        """Lower-case words the text also writes in lower case ("Cyber Diplomacy" -> "cyber diplomacy")."""
        caps = [w.strip('“”"(),') for w in phrase.split()]
        caps = [c for c in caps if c[:1].isupper() and not c.isupper()]
        if not caps or not all(c.lower() in self.lowercase_words for c in caps):
            return phrase
        return " ".join(w.lower() if w.strip('“”"(),') in caps else w for w in phrase.split())


@lru_cache(maxsize=1)
def _everyday() -> dict[str, int]:
    from tutor.index.embedding import known_words

    return {w: rank for rank, w in enumerate(known_words())}


def is_everyday(word: str) -> bool:
    """Among the commonest whole words of the model's vocabulary ("area", "states", "form")."""
    rank = _everyday().get(word.lower())
    return rank is not None and rank < tuning.ITEM_EVERYDAY_RANK


def make_context(doc: Document) -> Context:
    freq: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    n = 0
    lower: set[str] = set()
    for section in content_sections(doc):
        seen: set[str] = set()
        for block in section.blocks:
            for u in block.units:
                sentence = unit_reading(doc, u)
                freq.update(set(content_terms(sentence)))
                seen.update(content_terms(sentence))
                lower.update(w for w in re.findall(r"\b[a-z][\w-]*", sentence))
                n += 1
        spread.update(seen)
    return Context(doc, freq, max(n, 1), lower, spread)
