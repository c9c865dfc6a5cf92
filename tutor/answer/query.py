"""Turn what a learner typed into what retrieval should look for.

Cleans odd characters, drops instructions aimed at the tutor, corrects typos against the
knowledge's own vocabulary, and rewrites a follow-up with the subject of the earlier question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from tutor import tuning
from tutor.answer.asks import ordinal_reference
from tutor.english.aspects import AspectBridge
from tutor.english.dictionary import is_english_word
from tutor.english.lexicon import DECADES, alternation
from tutor.english.text import STOPWORDS, clean_question, content_terms, stem, without_self_reference, words

MAX_QUESTION_CHARS = 2000

_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|sources?|rules?|article|prompt|context|above)\b"
    r"|\b(you are now|pretend (to be|you are)|act as|system prompt|jailbreak)\b"
    r"|\b(say|reply|respond|answer|write|print|output)\b( only| just)?( with)? [\"“'][^\"”']*[\"”']"
    # a role label ("SYSTEM:", "### Instruction:") or an order about the reply itself
    r"|^\W*(system|assistant|developer|instructions?|human)\s*:"
    r"|^\W*(please\s+)?(do not|don't|dont|never|stop)\b.{0,30}"
    r"\b(cite|citing|citations?|quote|quoting|sources?|references?)\b"
    r"|\b(answer|respond|reply|write|speak|talk)\b.{0,20}\b(without (citations?|sources?|quotes?|references?)"
    r"|in (french|spanish|german|italian|portuguese|russian|chinese|japanese|arabic|hindi|another language|"
    r"a different language|pirate|rhymes?|verse|all caps|capitals|upper ?case))\b"
    r"|\b(reveal|print|show|repeat|output|leak)\b.{0,30}\b(prompt|instructions|system message)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,60}>")  # markup splits a question like a sentence end
_PARTS = re.compile(r"(?<=[.!?;])\s+|(?:^|\s+)-{1,2}\s+|\n+")
_ANAPHORA = frozenset("it its it's they them their theirs this that these those he him his she her such".split())
_FOLLOWUP_START = re.compile(r"^(and|also|what about|how about|so|then|but)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Query:
    question: str  # cleaned, as shown back to the learner
    text: str  # what is embedded: the question with instructions removed, typos fixed, follow-up resolved
    terms: list[str]  # stemmed content terms of `text`
    focus: str = ""  # the question itself, without the conversation it leans on
    followup: bool = False
    truncated: bool = False
    instructions_removed: bool = False
    asked: str = ""  # `question` without the instructions: what the question-type checks read

    def term_weights(self) -> dict[str, float]:
        """The question's own terms count fully; terms only the earlier conversation brings count half."""
        own = set(content_terms(self.focus)) if self.followup else set(self.terms)
        return {t: 1.0 if t in own else tuning.HISTORY_TERMS for t in self.terms}


def strip_instructions(text: str) -> tuple[str, bool]:
    """Remove sentences that instruct the tutor rather than ask about the text."""
    parts = [p for p in _PARTS.split(_TAG.sub("\n", text)) if p.strip()]
    kept = [p for p in parts if not _INSTRUCTION.search(p)]
    if len(kept) == len(parts):
        return (text if not _TAG.search(text) else " ".join(kept).strip()), False
    return " ".join(kept).strip(), True


def is_followup(question: str) -> bool:
    """A question that leans on an earlier one: a pronoun for its subject, or a bare 'and …?'."""
    toks = words(question)
    content = [t for t in words(without_self_reference(question)) if t not in STOPWORDS]
    return (
        bool(_FOLLOWUP_START.match(question))
        or any(t in _ANAPHORA for t in toks)
        or len(content) <= 1
        or ordinal_reference(question) is not None  # "the second one" of an earlier list
    )


@dataclass(frozen=True)
class QuerySettings:
    """Each step can be switched off, so an evaluation can show what it buys."""

    typos: bool = True
    instructions: bool = True
    followups: bool = True
    acronyms: bool = True
    aspects: bool = True


class QueryBuilder:
    def __init__(
        self,
        doc_freq: dict[str, int],
        surface: dict[str, str],
        known: Iterable[str] = (),
        acronyms: dict[str, str] | None = None,
        settings: QuerySettings = QuerySettings(),
        headings: list[str] | None = None,
    ) -> None:
        self.doc_freq = doc_freq
        self.surface = surface  # stem -> the most common word form in the knowledge
        self.known = {w: rank for rank, w in enumerate(known)}  # real words, common first: never "corrected"
        self.acronyms = acronyms or {}
        self.settings = settings
        self.aspects = AspectBridge(headings or [])
        self._by_length: dict[int, list[str]] = {}
        for s in doc_freq:
            if s.isalpha():  # numbers and codes are never what a typo meant
                self._by_length.setdefault(len(s), []).append(s)
        self._known_by_start: dict[tuple[str, int], list[str]] = {}
        for w in self.known:
            self._known_by_start.setdefault((w[0], len(w)), []).append(w)

    def correct(self, text: str) -> str:
        """Replace words unknown to the knowledge by a known word one or two edits away."""
        if not self.settings.typos:
            return text

        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            low = word.lower()
            if len(low) < 5 or low in STOPWORDS or low in self.known or not low.isalpha() or stem(low) in self.doc_freq:
                return word
            if is_english_word(low):  # "fiddling" is not a typo of "field"
                return word
            budget = 1 if len(low) < 8 else 2
            best = self._nearest(stem(low), budget)
            if best:
                return self.surface.get(best, word)
            real = self._nearest_word(low, budget)  # "artcle": a real word the knowledge happens not to use
            return (real.capitalize() if word[0].isupper() else real) if real else word

        return re.sub(r"[^\W\d_]+", fix, text)

    def _nearest(self, s: str, budget: int) -> str | None:
        best: tuple[int, int, str] | None = None
        for length in range(len(s) - budget, len(s) + budget + 1):
            for cand in self._by_length.get(length, ()):
                if cand[0] != s[0] and budget < 2:
                    continue
                d = _edit_distance(s, cand, budget)
                if d <= budget and (best is None or (d, -self.doc_freq[cand]) < best[:2]):
                    best = (d, -self.doc_freq[cand], cand)
        return best[2] if best else None

    def _nearest_word(self, low: str, budget: int) -> str | None:
        """The most common real word within `budget` edits that starts with the same letter."""
        best: tuple[int, int, str] | None = None
        for length in range(len(low) - budget, len(low) + budget + 1):
            for cand in self._known_by_start.get((low[0], length), ()):
                d = _edit_distance(low, cand, budget)
                if d <= budget and (best is None or (d, self.known[cand]) < best[:2]):
                    best = (d, self.known[cand], cand)
        return best[2] if best else None

    def build(self, question: str, history: list[str] | tuple[str, ...] = ()) -> Query:
        cleaned = clean_question(question)
        truncated = len(cleaned) > MAX_QUESTION_CHARS
        if truncated:
            cleaned = cleaned[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
        text, removed = strip_instructions(cleaned) if self.settings.instructions else (cleaned, False)
        text = _without_pictographs(text)
        asked = text
        text = self.expand(self.correct(decades_in_digits(text))) if text else text
        focus, followup = text, False
        if history and text and self.settings.followups:
            previous = self.resolve(list(history))
            if previous and is_followup(text):
                text, followup = f"{previous} {text}", True
        if self.settings.aspects and focus:
            text = self.aspects.bridge(text, focus)
        return Query(
            cleaned, text, content_terms(without_self_reference(text)), focus, followup, truncated, removed, asked
        )

    def expand(self, text: str) -> str:
        """Spell out the acronyms the knowledge defines: "the UNGGE" also means its long name."""
        if not self.settings.acronyms or not self.acronyms:
            return text
        named = dict.fromkeys(re.findall(r"\b[A-Z][A-Za-z]{1,9}\b", text))
        longs = [self.acronyms[t] for t in named if t in self.acronyms]
        missing = [lf for lf in longs if lf.lower() not in text.lower()]
        return f"{text} ({'; '.join(missing)})" if missing else text

    def resolve(self, history: list[str]) -> str:
        """The last question of a conversation with its own follow-up chain resolved."""
        resolved = ""
        for q in history:
            text = self.expand(
                self.correct(decades_in_digits(_without_pictographs(strip_instructions(clean_question(q))[0])))
            )
            if not text:
                continue
            resolved = f"{_subject(resolved)} {text}".strip() if resolved and is_followup(text) else text
        return resolved


_DECADE = re.compile(rf"\b(the\s+(?:(?:early|mid|late)[- ]?)?)({alternation(DECADES)})\b", re.IGNORECASE)


def decades_in_digits(text: str) -> str:
    """ "the late eighties" -> "the late 1980s": how texts write a decade. Only after "the" (and early, mid,
    late), so "in her twenties" stays an age."""
    return _DECADE.sub(lambda m: m.group(1) + DECADES[m.group(2).lower()], text)


def _without_pictographs(text: str) -> str:
    """Emoji and other pictographs carry nothing the text can match, and pull the question's embedding off
    course ("🤔 what's cyber diplomacy about 🙏"): retrieval reads the question without them."""
    if text.isascii():
        return text
    kept = "".join(" " if unicodedata.category(ch) in ("So", "Sk") or ch in "\u200d\ufe0f" else ch for ch in text)
    return " ".join(kept.split())


def _subject(resolved: str) -> str:
    """Keep a chain of follow-ups from growing without bound: the last two questions carry the subject."""
    return " ".join(resolved.split()[-40:])


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from a to b, giving up once past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], before[j - 2] + 1)  # "expalin": two letters swapped is one slip
        if min(cur) > limit:
            return limit + 1
        before, prev = prev, cur
    return prev[-1]
