"""Which ideas the answer pipeline uses, so an evaluation can switch each one off and show what it buys."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tutor import tuning
from tutor.answer.query import QuerySettings


@dataclass(frozen=True)
class AnswerOptions:
    passages: int = tuning.PASSAGES
    nearest_sentences: int = tuning.SENTENCE_PASSAGES  # passages of the sentences nearest the question, added
    max_sentences: int = tuning.MAX_SENTENCES
    max_words: int = tuning.MAX_WORDS
    keep_ratio: float = tuning.KEEP_RATIO
    min_score: float = tuning.MIN_SCORE
    weights: tuple[float, float, float, float] = tuning.WEIGHTS  # sentence, terms, heading, passage
    centered: float = tuning.CENTERED  # share of a sentence's similarity measured from the mean sentence
    answer_types: bool = True  # prefer, and require, evidence of the type the question asks for
    unknown_names: bool = True  # refuse when the question names things the knowledge never mentions
    split_parts: bool = True  # answer each part of a two-part question
    lists: bool = True  # answer list questions with the whole list
    headings: bool = True  # a question that repeats a section's heading is answered from that section
    pointers: bool = True  # list items that repeat another section's heading yield to that section
    continuations: bool = True  # the best sentence brings the next one when it carries on its subject ("it …")
    lead_ins: bool = True  # a sentence ending in ":" brings its list, or is not given alone
    own_questions: bool = True  # the text's own questions ("What do you discover?") are never an answer
    sentences: bool = True  # build answers from the best sentences (off: the best passage's opening)
    query: QuerySettings = QuerySettings()


IDEAS = {  # name for `tutor eval --without NAME` -> the switch it turns off
    "answer-types": "answer_types",
    "nearest-sentences": "nearest_sentences",
    "centering": "centered",
    "unknown-names": "unknown_names",
    "parts": "split_parts",
    "lists": "lists",
    "headings": "headings",
    "pointers": "pointers",
    "continuations": "continuations",
    "lead-ins": "lead_ins",
    "own-questions": "own_questions",
    "sentences": "sentences",
    "typos": "query.typos",
    "instructions": "query.instructions",
    "followups": "query.followups",
    "acronyms": "query.acronyms",
    "aspects": "query.aspects",
}


def options_without(names: list[str] | tuple[str, ...]) -> AnswerOptions:
    """Default options with the named ideas switched off."""
    unknown = sorted(set(names) - IDEAS.keys())
    if unknown:
        raise ValueError(f"unknown idea {', '.join(unknown)}: choose from {', '.join(IDEAS)}")
    off = [IDEAS[n] for n in names]
    query = replace(QuerySettings(), **{f.split(".")[1]: False for f in off if f.startswith("query.")})
    defaults = AnswerOptions()
    own = {f: type(getattr(defaults, f))(0) for f in off if "." not in f}  # False, or a share of 0.0
    return replace(defaults, query=query, **own)
