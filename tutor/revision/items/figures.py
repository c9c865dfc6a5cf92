"""Figure questions: a sentence that gives a share ("interest will eat up 13 percent of spending") asks for it.

A year in such a sentence is only when the share was measured; the share is what the sentence teaches, so the
blank falls on it (a blind rater: "the blank falls on the baseline year 2017 rather than on the 13 percent
share")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.lexicon import AS_EXAMPLE
from tutor.english.text import word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.context import DISCOURSE, SUPPOSED, declarative, finite, reads_alone, stands_alone
from tutor.revision.items.questions import BLANK
from tutor.revision.items.record import QuizItem, item_id, passage_item, sentence_case, unit_reading

# a share: "13 percent", "4.2 per cent", "15%"; not part of a longer number ("1,200") or a range's end
_SHARE = re.compile(r"(?<![\d.,$£€-])(\d+(?:\.\d+)?)(?=\s*(?:percent\b|per cent\b|%))")
# two amounts a change lies between: the share of the change can be worked out from them
_AMOUNT = re.compile(r"[$£€]\s?\d[\d,.]*")
_REST = re.compile(r"\b(?:other|another|remaining|rest of(?: the)?)\s*$", re.I)  # "the other 5%": the rest of a whole
_CODE_FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.M)
_RESTATED = re.compile(r"\d[\d./]*\s*,?\s+or\s+$")  # "1/2, or 50 percent", "0.0059 or 0.6%"
# a letter that stands for an option or a thing of an example ("B solves …", "chose A over B"), not part of a name
# ("Vitamin C", "Plan B": a capitalised word before it)
_LETTERED = re.compile(r"(?:^|(?<=\s))(?:[B-HJ-Z]|A(?=\s+(?:over|or|and|than)\b))(?=[\s,;:.]|$)")
_CHANGE = re.compile(r"\b(?:up|down|rose|fell|grew|increased|decreased|dropped|climbed)\b")


def figure_item(doc: Document, section: Section, u: Unit) -> QuizItem | None:
    """ "In a decade, interest will eat up 13 percent of government spending." -> Fill in the figure: “… _____
    percent of government spending.” (answer: 13); the sentence's first share when it gives several."""
    read = unit_reading(doc, u).strip()
    sentence = DISCOURSE.sub("", read)
    share = _SHARE.search(sentence)
    if not share or sentence.endswith("?") or word_count(sentence) > tuning.YEAR_SENTENCE_WORDS:
        return None
    if float(share.group(1)) in (0, 100):
        return None  # "before they achieve 100% utilization": any reader fills it in
    ws = sentence[: share.start()].split()
    if ws and ws[0].lower().endswith("ing") and ws[1:2] != ["to"] and not any(finite(w) for w in ws):
        return None  # "Using buckets of 5% granularity, …": a setting in an example, not a figure that matters
    if not (declarative(sentence) and stands_alone(sentence) and reads_alone(sentence)):
        return None
    if SUPPOSED.search(sentence[: share.start()]) or re.match(r"(?i)(?:even )?if\b", sentence):
        return None  # a setting the example chose, not a figure the text reports
    if re.search(r"\bwould\b", sentence[: share.start()]) and not re.search(r"(?i)\b(?:if|unless|without)\b", sentence):
        return None  # "The success rate would be _____%.": the outcome of a supposition made before, not said here
    if _lettered(sentence) or re.match(r"(?i)one\s+[a-z]+s\b", sentence):
        return None  # "B solves _____% of the cases", "_____% chose A over B": of an example's unnamed options
    if _CODE_FENCE.search(doc.text, section.start, u.start):
        return None  # "The mean exceeds the median by around 13%" after the section's code: the code's output
    if len(_AMOUNT.findall(sentence)) >= 2 and _CHANGE.search(sentence):
        return None  # "$163 million, which was up _____% from $123 million": the prompt gives it away
    if re.search(r"\w\s*\(\s*$", sentence[: share.start()]):
        return None  # "meat (_____%), wood and wood products (6.2%), …": a share in brackets is an aside
    if AS_EXAMPLE.search(read):
        return None  # "A given GA might have a mutation rate of _____ percent, or 1 percent, …, for example": any
    if _RESTATED.search(sentence[: share.start()]):
        return None  # "… is 1 divided by 2: 1/2, or _____ percent": the same number said again as a share
    if _REST.search(sentence[: share.start()]):
        return None  # "The other _____% were designers", after "Writers made up 95%": what is left of a whole
    masked = sentence[: share.start()] + BLANK + sentence[share.end() :]
    if any(float(other) + float(share.group(1)) == 100 for other in _SHARE.findall(masked)):
        return None  # "_____% are low risk and 20% are high risk": the rest of a whole, given away
    if re.search(rf"(?<![\d.]){re.escape(share.group(1))}(?![\d.])", masked):
        return None  # "a forecast that has a MAPE of 10 is off by _____%": the number is in the prompt
    prompt = f"Fill in the figure: “{sentence_case(masked)}”"
    iid = item_id("cloze", doc.source, doc.text[u.start : u.end], "figure")
    return passage_item(iid, "cloze", doc, section, (u.start, u.end), prompt, share.group(1), (share.group(1),))


def _lettered(sentence: str) -> bool:
    """The sentence speaks of an example's option by a letter."""
    for m in _LETTERED.finditer(sentence):
        before = sentence[: m.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].lower() in ("and", "or", "over", "than"):
            return True
    return False
