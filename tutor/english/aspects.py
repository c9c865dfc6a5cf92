"""The aspects an explanatory text is organised by, and the everyday words a learner asks about them with.

An article names its aspects in its headings ("What are the advantages of …?", "… Challenges", "How … Works?")
while a learner asks in their own words ("What do states gain from …?", "What are the drawbacks?", "How does
it operate?"). The sentence model links some of these and misses others, so a question that asks about an
aspect is also given the words the knowledge's own headings use for it. Only heading words are added: the
bridge leads to the section that is about the aspect, not to every sentence that happens to use a synonym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.english.text import content_terms


@dataclass(frozen=True)
class Aspect:
    name: str
    asked: re.Pattern[str]  # how a question asks about the aspect
    words: tuple[str, ...]  # how a heading names it


def _aspect(name: str, asked: str, words: str) -> Aspect:
    return Aspect(name, re.compile(asked, re.IGNORECASE), tuple(words.split()))


ASPECTS: tuple[Aspect, ...] = (
    _aspect(
        "advantages",
        r"\b(advantages?|advantageous|benefits?|beneficial|gains?|gained|upsides?|pros|merits?|strengths?|"
        r"positives?|plus(es)? side|payoffs?|rewards?|good (is|are|about)|what good|get out of)\b",
        "advantages advantage benefits benefit pros merits strengths",
    ),
    _aspect(
        "drawbacks",
        r"\b(challenges?|challenging|disadvantages?|drawbacks?|downsides?|cons|weakness(es)?|obstacles?|hurdles?|"
        r"difficult(y|ies)|limitations?|pitfalls?|what stands in the way)\b",
        "challenges challenge disadvantages drawbacks limitations obstacles difficulties",
    ),
    _aspect(
        "importance",
        r"\b(important|importance|significan(t|ce)|relevan(t|ce)|why should (we|i|anyone) care)\b"
        r"|\bwhy\b.{0,60}\b(matters?|needed|necessary|essential|crucial|vital)\b",
        "important importance significance significant",
    ),
    _aspect(
        "workings",
        r"\bhow (does|do|did|can|is|are) .{0,60}\b(work|works|operate|operates|function|functions|run|runs)\b"
        r"|\b(mechanisms?|in practice|workings?|operates?|operation)\b",
        "works work working mechanism",
    ),
    _aspect(
        "purpose",
        r"\b(purposes?|aims?|goals?|objectives?|roles?|functions?|what (is|are) \w+( \w+)? (for|meant to do))\b",
        "function functions purpose role aims goals",
    ),
    _aspect(
        "origins",
        r"\b(origins?|originate[ds]?|began|begin|beginnings?|start(ed)?|emerge[ds]?|emergence|arose|arise|rise|"
        r"history|historical|roots?|came about|come about|come from|traced?)\b",
        "emergence origins origin history beginnings",
    ),
    _aspect(
        "future",
        r"\b(future|ahead|next|prospects?|outlook|going forward|years to come|remains to be done|"
        r"still to (do|be done))\b",
        "future",
    ),
    _aspect(
        "actors",
        r"\b(practitioners?|who (carries|carry|conducts?|is involved|are involved|takes? part|participates?)|"
        r"participants?|players?|actors?|stakeholders?)\b",
        "practitioners practitioner participants",
    ),
    _aspect(
        "difference",
        r"\b(differ(s|ent|ence|ences)?|distinguish(es|ed)?|distinct|compared?|comparison|unlike|contrast|"
        r"sets? \w+ apart|same as)\b",
        "different difference differs",
    ),
)


class AspectBridge:
    """Adds, to a question that asks about an aspect, the words the knowledge's headings use for it."""

    def __init__(self, headings: list[str]) -> None:
        heading_terms = {t for h in headings for t in content_terms(h)}
        # per aspect, (word, its stem) for the words some heading uses: stemmed once, not per question
        self._named = {
            a.name: [(w, t) for w in a.words if (t := content_terms(w)[0]) in heading_terms] for a in ASPECTS
        }

    def bridge(self, text: str, question: str | None = None) -> str:
        """`text` with the heading words for the aspects `question` (by default the text) asks about:
        "… (advantages)"."""
        words = self.words_for(text if question is None else question)
        return f"{text} ({'; '.join(words)})" if words else text

    def words_for(self, question: str) -> list[str]:
        """The heading words for each aspect the question asks about, except those it already uses."""
        own = set(content_terms(question))
        out: list[str] = []
        for aspect in ASPECTS:
            if not aspect.asked.search(question):
                continue
            for word, term in self._named[aspect.name]:
                if term not in own:
                    out.append(word)
                    own.add(term)  # one word per stem ("advantages", not also "advantage")
        return out
