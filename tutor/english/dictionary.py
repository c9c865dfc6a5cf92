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


def word_class(word: str) -> str:
    """The one part of speech a term is read as: an adjective if it can be one ("necessary" is also a
    noun in the tables), else a noun, else a verb; a word the tables lack (a name, a technical term) is a noun."""
    pos = parts_of_speech(word)
    for wanted in ("ADJ", "NOUN", "VERB", "ADV"):
        if wanted in pos:
            return wanted
    return "NOUN" if not pos else sorted(pos)[0]


def same_kind_of_word(a: str, b: str) -> bool:
    """Two terms are words of one kind when their last words are read as the same part of speech."""
    return word_class(a.split()[-1]) == word_class(b.split()[-1])


def can_be_noun(word: str) -> bool:
    """A noun in some sense ("monitoring", "thresholds"), or a word the tables lack."""
    pos = parts_of_speech(word)
    return not pos or "NOUN" in pos
