"""What an English dictionary knows of a word: whether it is one, and which parts of speech it can be.

lemminflect's lemma tables (1 MB, loaded on first use in about 0.3 s) answer both: a word with no lemma in
any part of speech is not an English word."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def parts_of_speech(word: str) -> frozenset[str]:
    """ "NOUN", "VERB", "ADJ", "ADV", … for a word in any inflection; empty for a word the tables lack."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word.lower()))


def is_english_word(word: str) -> bool:
    return bool(parts_of_speech(word))


def is_adverb(word: str) -> bool:
    """An adverb by the tables, or an "-ly" adverb they lack made from a word they have ("frustratingly",
    "happily"); not a name ("Italy") or a noun ("assembly")."""
    w = word.lower()
    pos = parts_of_speech(w)
    if pos or not w.endswith("ly") or len(w) < 5:
        return "ADV" in pos
    return any(parts_of_speech(stem) & {"ADJ", "VERB"} for stem in (w[:-2], w[:-3] + "y", w[:-1] + "e"))


def can_be_noun(word: str) -> bool:
    """A noun in some sense ("monitoring", "thresholds"), or a word the tables lack."""
    pos = parts_of_speech(word)
    return not pos or "NOUN" in pos
