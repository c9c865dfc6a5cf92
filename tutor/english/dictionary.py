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


def can_be_noun(word: str) -> bool:
    """A noun in some sense ("monitoring", "thresholds"), or a word the tables lack."""
    pos = parts_of_speech(word)
    return not pos or "NOUN" in pos
