"""Turning a section heading into the question it answers, with names kept as the text writes them."""

from __future__ import annotations

import re
from collections.abc import Set

from tutor.english.lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    IMPERATIVES,
    INDEFINITE_OPENERS,
    PART_HEADINGS,
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
    "Cyber Diplomacy Challenges" -> "What are the cyber diplomacy challenges?";
    "Memory and Allocation" -> "What does the text say about memory and allocation?" (no "What is" fits it).
    Words in `proper` (names, see `proper_names`), acronyms and code (`String`) keep their capitals.
    """
    text = _NUMBERING.sub("", heading).strip().rstrip(":.;")
    toks = text.split()
    if not toks:
        return heading
    low = [t.lower() for t in toks]
    code = _in_code(toks)

    def phrase(start: int, end: int | None = None) -> str:
        end = len(toks) if end is None else end
        return " ".join(toks[i] if i in code else _case(toks[i], proper) for i in range(start, end))

    if text.endswith("?"):
        return _sentence(phrase(0))
    if low[0] in WH_WORDS:
        aux = next((i for i in range(1, len(low)) if low[i] in AUXILIARIES), None)
        if aux is not None and aux > 1:
            order = [0, aux, *range(1, aux), *range(aux + 1, len(toks))]
            return _sentence(" ".join(phrase(i, i + 1) for i in order)) + "?"
        return _sentence(phrase(0)) + "?"
    if low[0] in IMPERATIVES:
        return f"How can I {phrase(0)}?"
    verb = None if low[0].endswith("ing") else _clause_verb(low)
    if verb is not None:
        return f"How does {phrase(0, verb)} {base_form(low[verb])} {phrase(verb + 1)}".rstrip() + "?"
    if low[0] in PREPOSITIONS:  # "In this course you will learn:" names no subject to ask about
        return f"What does the section “{text}” say?"
    if _definite(low):
        the = "" if low[0] in DETERMINERS else "the "
        return f"What {'are' if _plural(low) else 'is'} {the}{phrase(0)}?"
    return f"What does the text say about {phrase(0)}?"


def _definite(low: list[str]) -> bool:
    """A noun phrase "What is/are the …?" asks well: one definite thing or kind ("The Function of …",
    "Cyber Diplomacy Challenges"), not a list ("Memory and Allocation"), a date ("1993 - 2011"), a gerund,
    an indefinite or possessive phrase ("A mysterious universe", "The child's brain") or a bare singular that is
    not "X of Y"."""
    head = _head_noun(low)
    first_link = next((i for i, w in enumerate(low) if w in PREPOSITIONS), len(low))
    if low[0].endswith("ing") or low[0] in INDEFINITE_OPENERS or low[0] in PREPOSITIONS or not low[0][:1].isalpha():
        return False
    if any(w in CONJUNCTIONS or w.endswith(",") or w == "&" for w in low[:first_link]):
        return False
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in low):
        return False
    of_something = head + 1 < len(low) and low[head + 1] == "of"  # "History of machine learning"
    return low[0] in DETERMINERS or looks_plural(low[head]) or of_something or low[head] in PART_HEADINGS


def _in_code(toks: list[str]) -> set[int]:
    """Indices of the tokens inside `code spans`: code names are kept as written."""
    inside, out = False, set()
    for i, t in enumerate(toks):
        if inside or t.startswith("`"):
            out.add(i)
        if t.count("`") % 2:
            inside = not inside
    return out


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
    if low[0] in DETERMINERS or not all(w.isalpha() for w in low[:_SUBJECT_WORDS]):
        return None  # "1950: Machines that think" is a date and a phrase, not a clause
    for i in range(1, min(len(low) - 1, _SUBJECT_WORDS + 1)):
        if looks_plural(low[i]) and low[i + 1] not in _LINKS - DETERMINERS:
            return i
    return None
