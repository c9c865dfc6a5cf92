"""What item generation knows about a whole document: which sections to use, how rare each word is."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

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
    pool: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # kind -> [(term, section)]

    def idf(self, s: str) -> float:
        return math.log(1 + self.n_sentences / (1 + self.sentence_freq.get(s, 0)))

    @property
    def rare(self) -> set[str]:
        return {s for s, n in self.sentence_freq.items() if n <= tuning.ITEM_RARE_SENTENCES}

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


def make_context(doc: Document) -> Context:
    freq: Counter[str] = Counter()
    n = 0
    lower: set[str] = set()
    for section in content_sections(doc):
        for block in section.blocks:
            for u in block.units:
                sentence = unit_reading(doc, u)
                freq.update(set(content_terms(sentence)))
                lower.update(w for w in re.findall(r"\b[a-z][\w-]*", sentence))
                n += 1
    return Context(doc, freq, max(n, 1), lower)
