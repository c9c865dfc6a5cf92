"""Key terms of a text and typo-tolerant matching of a learner's words against them.

A key term is a surface span of the text worth asking about: a name (capitalised run or acronym),
a year, a quoted or hyphenated term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from tutor import tuning
from tutor.english.lexicon import NAME_LINKS, NAME_OPENERS, POINTERS, STOPWORDS
from tutor.english.text import stem, words

TermKind = Literal["name", "number", "concept"]

_CAP_WORD = re.compile(r"[A-Z][\w’'-]*|[A-Z]{2,}s?")
_TOKEN = re.compile(r"\(?[\w’'-]+\)?|[“”\"]")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d{2}\b")
_QUOTED = re.compile(r"[“\"]([^”\"]{3,60})[”\"]")
_HYPHEN = re.compile(r"\b[A-Za-z]{2,}(?:-[A-Za-z]{2,})+\b")


@dataclass(frozen=True)
class Term:
    text: str  # exactly as in the source
    start: int  # offset inside the sentence
    kind: TermKind

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _strip_possessive(text: str) -> str:
    return re.sub(r"[’']s$", "", text)


def names(sentence: str) -> list[Term]:
    """Capitalised runs ("Office of the Coordinator for Cyber Challenges") and acronyms, with a
    trailing parenthesised acronym kept ("Ministry of Foreign Affairs (MFA)")."""
    out: list[Term] = []
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", sentence)]
    i = 0
    while i < len(tokens):
        pos, tok = tokens[i]
        word = tok.strip('“”"(),.;:!?')
        if not _CAP_WORD.fullmatch(_strip_possessive(word)) or word.lower() in ("i",):
            i += 1
            continue
        j = i
        last = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1][1].strip('“”"(),.;:!?')
            initial = all(re.fullmatch(r"[A-Z]\.", t) for _, t in tokens[i : j + 1]) and _CAP_WORD.fullmatch(nxt)
            # "W. Ford Doolittle", "J. R. R. Tolkien" (not "Part B. The")
            if (
                tokens[j][1][-1:] in ',.;:!?”"'
                and not initial
                or tokens[j][1].endswith(("’s", "'s"))
                or tokens[j + 1][1][:1] in '“"'
            ):
                break  # a run ends at punctuation, a possessive, or before a quotation opens
            if _CAP_WORD.fullmatch(_strip_possessive(nxt)):
                j += 1
                last = j
            elif nxt.lower() in NAME_LINKS and j + 2 < len(tokens):
                j += 1
            else:
                break
        # a parenthesised acronym right after the run belongs to it
        if last + 1 < len(tokens) and re.fullmatch(r"\([A-Z][A-Za-z0-9]{1,9}\)[,.;:]?", tokens[last + 1][1]):
            last += 1
        first_word = tokens[i][1].strip('“”"(),.;:!?')
        if first_word.lower() in POINTERS | NAME_OPENERS and last > i:
            i += 1
            pos = tokens[i][0]
        span_end = tokens[last][0] + len(tokens[last][1])
        opening = tokens[i][1] if pos == tokens[i][0] else ""
        pos += len(opening) - len(opening.lstrip('“"'))  # an opening quote mark is not part of the name
        text = sentence[pos:span_end].rstrip(',.;:!?”"')
        text = _strip_possessive(text)
        at_start = not sentence[:pos].strip(' “"')
        single = last == i
        acronym = bool(re.fullmatch(r"[A-Z]{2,}s?", text))
        if text and (acronym or not (at_start and single)) and text.lower() not in POINTERS:
            if not (single and text.lower() in STOPWORDS):
                out.append(Term(text, pos, "name"))
        i = last + 1
    return out


def candidate_terms(sentence: str) -> list[Term]:
    """Every key term of one sentence: names, years, quoted and hyphenated terms."""
    found: list[Term] = list(names(sentence))
    found += [Term(m.group(), m.start(), "number") for m in _YEAR.finditer(sentence)]
    found += [Term(m.group(1), m.start(1), "concept") for m in _QUOTED.finditer(sentence)]
    found += [Term(m.group(), m.start(), "concept") for m in _HYPHEN.finditer(sentence)]
    out: list[Term] = []
    for t in sorted(found, key=lambda t: (t.start, -len(t.text))):
        if any(t.start < o.end and o.start < t.end for o in out):
            continue
        out.append(t)
    return out


def alternatives(term: str) -> list[str]:
    """Ways to give a term: "European Union (EU)" may be answered "European Union" or "EU"."""
    m = re.fullmatch(r"(.+?)\s*\(([^)]+)\)", term)
    return [term, m.group(1), m.group(2)] if m else [term]


# ------------------------------------------------------------------ matching


def similar(a: str, b: str) -> bool:
    """Same word give or take a typo: equal, same stem, or close in spelling for longer words."""
    if a == b:
        return True
    if stem(a) == stem(b):
        return True
    if min(len(a), len(b)) < tuning.GRADE_TYPO_MIN_CHARS:
        return False
    return SequenceMatcher(None, a, b).ratio() >= tuning.GRADE_TYPO_RATIO


def answer_tokens(text: str) -> list[str]:
    """Words of an answer plus adjacent pairs run together ("multi stakeholder" ~ "multistakeholder")."""
    ws = words(text)
    return ws + [a + b for a, b in zip(ws, ws[1:], strict=False)]


def term_words(term: str) -> list[str]:
    ws = words(term)
    content = [w for w in ws if w not in STOPWORDS]
    return content or ws


def coverage(term: str, tokens: list[str]) -> float:
    """Share of a term's content words that the answer contains, typos tolerated, in any order."""
    needed = term_words(term)
    if not needed:
        return 0.0
    joined = "".join(needed)
    if len(needed) > 1 and any(similar(joined, t) for t in tokens):
        return 1.0
    return sum(1 for w in needed if any(similar(w, t) for t in tokens)) / len(needed)
