"""Tell a question asked in another language from an English one the article cannot answer.

The tutor reads English only, so when it cannot answer a question written in another language the
honest reply is "ask in English", not "the article does not cover that".
"""

from __future__ import annotations

import unicodedata

from tutor.english.lexicon import FOREIGN_WORDS, STOPWORDS
from tutor.english.text import words


def looks_foreign(question: str) -> bool:
    """True when the question is mostly in another script, or has more foreign than English function words."""
    letters = [c for c in question if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    if latin < len(letters) / 2:
        return True
    toks = words(question)
    foreign = sum(1 for t in toks if t in FOREIGN_WORDS)
    english = sum(1 for t in toks if t in STOPWORDS and t not in FOREIGN_WORDS)
    return foreign >= 1 and foreign >= english
