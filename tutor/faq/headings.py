"""Turning a section heading into the question it answers, with names kept as the text writes them."""

from __future__ import annotations

import re
from collections.abc import Set

from tutor.english.lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    IMPERATIVES,
    PREPOSITIONS,
    WH_WORDS,
    base_form,
    looks_plural,
)

_NUMBERING = re.compile(r"^\s*(\d{1,2}|[ivx]{1,4}|[a-z])[.)]\s+", re.I)
_SUBJECT_WORDS = 3  # at most this many words before a heading's verb ("Cyber Diplomacy Creates …")
_LINKS = PREPOSITIONS | CONJUNCTIONS | DETERMINERS  # a noun phrase's head comes before the first one


def heading_question(heading: str, proper: Set[str] = frozenset()) -> str:
    """Turn a section heading into the question it answers.

    "The Function of Cyber Diplomacy" -> "What is the function of cyber diplomacy?";
    "Cyber Diplomacy Challenges" -> "What are the cyber diplomacy challenges?".
    Words in `proper` (names, see `proper_names`) and acronyms keep their capitals.
    """
    text = _NUMBERING.sub("", heading).strip().rstrip(":.;")
    toks = text.split()
    if not toks:
        return heading
    low = [t.lower() for t in toks]

    def phrase(ts: list[str]) -> str:
        return " ".join(_case(t, proper) for t in ts)

    if text.endswith("?"):
        return _sentence(phrase(toks))
    if low[0] in WH_WORDS:
        aux = next((i for i in range(1, len(low)) if low[i] in AUXILIARIES), None)
        if aux is not None and aux > 1:
            toks = [toks[0], toks[aux], *toks[1:aux], *toks[aux + 1 :]]
        return _sentence(phrase(toks)) + "?"
    if low[0] in IMPERATIVES:
        return f"How can I {phrase(toks)}?"
    if low[0].endswith("ing") and len(low) > 1:
        return f"What is meant by {phrase(toks)}?"
    verb = _clause_verb(low)
    if verb is not None:
        return f"How does {phrase(toks[:verb])} {base_form(low[verb])} {phrase(toks[verb + 1 :])}".rstrip() + "?"
    body = toks if low[0] in DETERMINERS else ["the", *toks]
    return f"What {'are' if _plural(low) else 'is'} {phrase(body)}?"


def proper_names(texts: list[str]) -> set[str]:
    """Words the text capitalises inside sentences and never writes in lower case: names to keep as they are."""
    lower: set[str] = set()
    capital: set[str] = set()
    for text in texts:
        for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", text):
            w = m.group(0)
            if w.islower():
                lower.add(w)
            elif w[0].isupper() and not _sentence_start(text, m.start()):
                capital.add(w)
    return {w for w in capital if w.lower() not in lower}


def _case(token: str, proper: Set[str]) -> str:
    bare = token.strip("?!.,:;()“”\"'")
    if len(bare) > 1 and bare.isupper() or bare in proper:
        return token  # an acronym or a name
    return token.lower()


def _sentence_start(text: str, pos: int) -> bool:
    """At the start of the text, a line, a list item or a sentence."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return not line.strip(" \t#>-*+•–0123456789.)") or bool(re.search(r"[.!?:;]\s*[\"“(]?$", line))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _head_noun(low: list[str]) -> int:
    """Where the noun phrase's head is: the word before its first linking word, else the last word."""
    for i in range(1, len(low)):
        if low[i] in _LINKS and low[i - 1] not in DETERMINERS:
            return i - 1
    return len(low) - 1


def _plural(low: list[str]) -> bool:
    head = _head_noun(low)
    return looks_plural(low[head]) or "and" in low[:head]


def _clause_verb(low: list[str]) -> int | None:
    """A present-tense verb after a short subject ("Cyber Diplomacy Creates …"), or None for a noun phrase."""
    if low[0] in DETERMINERS:
        return None
    for i in range(1, min(len(low) - 1, _SUBJECT_WORDS + 1)):
        if looks_plural(low[i]) and low[i + 1] not in _LINKS - DETERMINERS:
            return i
    return None
