"""Tell a question asked in another language from an English one the article cannot answer.

The tutor reads English only, so when it cannot answer a question written in another language the
honest reply is "ask in English", not "the article does not cover that".
"""

from __future__ import annotations

import unicodedata

from tutor.english.text import STOPWORDS, words

# Frequent function words of the major Latin-script languages that are not English words.
_FOREIGN_WORDS = frozenset(
    """le la les des du une est sont qu que qui quoi quel quelle quels quelles pourquoi comment où ce cette ces
    dans sur avec pour pas et ou il elle ils elles nous vous leur leurs été être fait
    el los las una es son qué cuál cuáles cómo dónde por para con del al sus su y o muy también según sobre
    der das und ist nicht ein eine einer eines dem den wie warum welche welcher wer wo sind mit von zu auf für
    il di che per non sono della delle degli gli cosa perché qual quale quali è
    os uma não são da das dos em com porque quais
    het een ik je zijn wat waarom hoe niet van voor""".split()
)


def looks_foreign(question: str) -> bool:
    """True when the question is mostly in another script, or has more foreign than English function words."""
    letters = [c for c in question if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    if latin < len(letters) / 2:
        return True
    toks = words(question)
    foreign = sum(1 for t in toks if t in _FOREIGN_WORDS)
    english = sum(1 for t in toks if t in STOPWORDS and t not in _FOREIGN_WORDS)
    return foreign >= 1 and foreign >= english
