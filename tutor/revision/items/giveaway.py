"""What gives an answer away: the prompt shows the answer with only an affix more or less ("An agent who is not
happy is called _____." for "unhappy"), names its opposite ("… is called _____ if it cycles …, and aperiodic
otherwise." for "periodic"), a blank's sentence shows its answer again ("In ISO8601 May 3 _____ is 2022-05-03."), or
the section's heading, which the quiz shows, says it ("What are considered a type of cache? CDNs" under "CDN
caching")."""

from __future__ import annotations

import re

from tutor.english.text import content_terms

# a word with only an affix more: "happy" … "unhappy", "periodic" … "aperiodic", "Bayes" … "Bayesian"; not "Viaskin"
_AFFIXED = re.compile(r"(?:a|un|in|im|il|ir|non|dis|mis)\+|\+(?:ness|less|ful|ly|ity|ment|s|es|ed|er|ing|ian|ism|ist)")
# "… is called periodic if it cycles …, and aperiodic otherwise": the other term, which gives the first away
_OTHERWISE = re.compile(r",?\s+and\s+([\w-]+)\s+otherwise\b")


def affixed(word: str, longer: str) -> bool:
    """`longer` is `word` with only an affix more."""
    return word != longer and word in longer and bool(_AFFIXED.fullmatch(longer.replace(word, "+", 1)))


def without_other_term(text: str, term: str) -> str:
    """The text without its ", and aperiodic otherwise" when that other term gives `term` away."""
    m = _OTHERWISE.search(text)
    other, term = (m.group(1).lower(), term.lower()) if m else ("", "")
    return text[: m.start()] + text[m.end() :] if m and (affixed(other, term) or affixed(term, other)) else text


def shown_again(prompt: str, answer: str) -> bool:
    """The blank's answer stands elsewhere in its prompt, to be copied ("May 3 _____ is 2022-05-03" for 2022)."""
    return bool(answer) and bool(re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", prompt, re.I))


def in_heading(answer: str, heading: str) -> bool:
    """Every word of a short answer is a word of the section's heading (a plural as its singular)."""
    terms = {t.removesuffix("s") for t in content_terms(answer)}
    return 0 < len(answer.split()) <= _SHORT_ANSWER_WORDS and terms <= {
        t.removesuffix("s") for t in content_terms(heading)
    }


_SHORT_ANSWER_WORDS = 4
