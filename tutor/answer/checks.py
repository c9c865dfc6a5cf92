"""The checks that decide whether the chosen sentences answer the question, or the tutor must decline.

Each check names one way a well-scored answer can still be wrong: nothing scores high enough, the question
names something the knowledge never mentions, it is in another language, its type of answer (a year, a
number, a name, the items of a list) is missing from the evidence, or it asks about a deed the text never
speaks of.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.answer import asks
from tutor.answer.lead_ins import whole_list
from tutor.answer.scoring import earlier_in_paragraph
from tutor.english.text import STOPWORDS, content_terms

if TYPE_CHECKING:
    from tutor.answer.options import AnswerOptions
    from tutor.answer.question import Question
    from tutor.answer.scoring import Scored, Scorer
    from tutor.index.load import KnowledgeIndex


_YEAR = re.compile(r"\b(?:1[5-9][0-9]{2}|20[0-9]{2})s?\b")


def _same_time(asked: str, found: str) -> bool:
    """1985 and 1985; a decade ("1980s") and a year of it, either way round."""
    if asked.endswith("s") or found.endswith("s"):
        return asked[:3] == found[:3]
    return asked == found


class Checks:
    def __init__(self, index: KnowledgeIndex, scorer: Scorer, options: AnswerOptions) -> None:
        self.index = index
        self.scorer = scorer
        self.options = options
        self._initials: dict[str, bool] = {}

    def answerable(self, question: Question, scored: list[Scored], chosen: list[Scored]) -> bool:
        if scored[0].score < self.options.min_score:
            return False
        if self.options.unknown_names and self.unknown_names(question.asked):
            return False
        if question.foreign and not any(t in self.index.doc_freq for t in content_terms(question.asked)):
            return False  # another language, and not one word the knowledge knows: ask in English
        if self.options.answer_types:
            return self._typed_evidence(question, chosen)
        return True

    def _typed_evidence(self, question: Question, chosen: list[Scored]) -> bool:
        """The evidence holds what the question's type needs, a deed the text speaks of, the items asked for."""
        needed, things = question.answer_type, list(question.counted)
        listed = needed == "number" and self._counted_by_list(chosen, things)
        if asks.required(needed) and not listed:
            assert needed is not None
            if not any(asks.has_type(text, needed) for text in self._read_with(chosen[0], needed)):
                return False  # the best sentence, read with what it lacks, must hold it: not some other one
            if things and not any(asks.counts(self.scorer.text(s), things) for s in chosen):
                return False  # "dozens of foreign ministries" does not say how many diplomats
        if not self._years_found(question.asked, chosen):
            return False  # "revenue in 2015" is not answered by the revenue of 2011
        if question.deed and not self._speaks_of(question.deed):
            return False  # "Who succeeded Painter?" of a text that never speaks of succeeding anyone
        if question.enumeration and not any(
            s.unit.item >= 0 or asks.is_enumeration(self.scorer.text(s)) for s in chosen
        ):
            return False
        return True

    def _read_with(self, best: Scored, needed: str) -> list[str]:
        """The best sentence and the one before it in its paragraph; for a time, every sentence before it in its
        paragraph, which a narrative dates once ("In the summer of 1898, Ramsay made a discovery … In so doing, …";
        the answer then quotes it, `Selector.dated`), and its headings ("1980s Expert systems")."""
        chunk = self.index.chunks[best.chunk]
        earlier = earlier_in_paragraph(chunk, best.unit)
        texts = [self.scorer.text(best)] + [chunk.unit_text(u) for u in earlier[-1:]]
        if needed == "time":
            texts += [chunk.unit_text(u) for u in earlier[:-1]] + [chunk.context]
        return texts

    def _years_found(self, asked: str, chosen: list[Scored]) -> bool:
        """A year or decade the question names ("in 2015", "the early 2000s") is in the best sentence's passage
        or its headings: a year of that decade, or the decade of that year."""
        asked_years = _YEAR.findall(asked)
        if not asked_years or not chosen:
            return True
        chunk = self.index.chunks[chosen[0].chunk]
        found = _YEAR.findall(f"{chunk.context} {chunk.text}")
        return any(_same_time(a, f) for a in asked_years for f in found)

    def unknown_names(self, question: str) -> list[str]:
        """Names, acronyms and long numbers in the question that the knowledge never mentions."""
        out = []
        for token in asks.salient_tokens(question):
            terms = content_terms(token)
            if not terms or all(t in self.index.doc_freq for t in terms):
                continue  # "Boyce-Codd" is not known by "Codd" alone
            others = [content_terms(name) for name in asks.other_names(token)]
            if any(o and all(t in self.index.doc_freq for t in o) for o in others):
                continue
            if not self._spelled_out(token):
                out.append(token)
        return out

    def _spelled_out(self, token: str) -> bool:
        """An acronym the text writes out in words without defining it: "PCs" where it says "personal
        computers" (consecutive words with its letters as initials, small words between them allowed)."""
        letters = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
        if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
            return False
        if letters not in self._initials:
            link = r"(?:[ -]+(?:of|the|and|for|on|in|to))*[ -]+"
            pattern = r"\b" + link.join(rf"({c}[a-z]{{2,}})" for c in letters.lower()) + r"\b"
            found = re.compile(pattern, re.IGNORECASE)
            self._initials[letters] = any(
                not any(w.lower() in STOPWORDS for w in m.groups())
                for c in self.index.chunks
                for m in found.finditer(c.text)
            )
        return self._initials[letters]

    def _speaks_of(self, word: str) -> bool:
        """Whether the knowledge uses the word in some form ("emphasises" and "emphasis" stem apart)."""
        n = tuning.SAME_VERB_PREFIX
        return any(any(known.startswith(t[:n]) for known in self.index.doc_freq) for t in content_terms(word))

    def _counted_by_list(self, chosen: list[Scored], things: list[str]) -> bool:
        """A chosen list whose lead-in or items name what "how many" counts answers it by its length."""
        for s in chosen:
            if s.unit.item < 0:
                continue
            chunk = self.index.chunks[s.chunk]
            units = whole_list(chunk, s.unit.block)
            if set(things) <= {t for u in units for t in content_terms(chunk.unit_text(u))}:
                return True
        return False
