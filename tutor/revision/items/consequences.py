"""Reasons a sentence gives for the one after it: "Thus, the guard is a simple equality check." after "Objects'
representations are assigned an integer key called the object shape." asks "Why is the guard a simple equality
check?", answered by the sentence before (`reasons.py` asks the reasons a sentence gives itself)."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.lexicon import ELSEWHERE, REPORTING
from tutor.english.text import word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.answers import without_asides
from tutor.revision.items.context import DISCOURSE, Context, reads_alone
from tutor.revision.items.reasons import claim_question, first_clause, reason_item
from tutor.revision.items.record import QuizItem, unit_reading

# a sentence that says it follows from the one before: "Thus, …", "As a result, …", "Due to this reality, …"
_CONSEQUENCE = re.compile(
    r"^(?:thus|therefore|hence|consequently|as a (?:result|consequence)(?: of (?:this|that))?|because of (?:this|that)"
    r"|for (?:this|that) reason|due to (?:this|that)(?: \w+)?|(?:this|that) is why)\b\s*,?\s*",
    re.I,
)
_EXAMPLE = re.compile(r"(?i)(?:the|one|an?)\s+(?:(?:most\s+)?\w+\s+)?examples?\b|for (?:example|instance)\b")
_SAME = re.compile(r"\bthe same\b", re.I)  # "the same slow reads": the same as what the text said before
# a sentence that gives one reason of several: "Second, …", "Finally, …", "Also, …"
_ONE_OF_SEVERAL = re.compile(r"(?i)(?:second(?:ly)?|third(?:ly)?|finally|lastly|also|moreover|furthermore|besides),")


def consequence_item(doc: Document, section: Section, pair: tuple[Unit | None, Unit], ctx: Context) -> QuizItem | None:
    """ "Thus, the guard is a simple equality check." after "Objects' representations are assigned an integer key
    called the object shape." -> "Why is the guard a simple equality check?", answered by the sentence before,
    which the connective ("thus", "as a result", "due to this …") says is the reason."""
    before, u = pair
    sentence = unit_reading(doc, u).strip()
    opening = _CONSEQUENCE.match(sentence)
    if before is None or not opening:
        return None
    said = unit_reading(doc, before).strip()
    if _ONE_OF_SEVERAL.match(said):
        return None  # "Second, even strong teams don't always mean strong evaluators. Therefore, …": one reason of two
    reason = without_asides(DISCOURSE.sub("", said)).rstrip(".!")  # not "log(1)"
    if (reason.split() or [""])[0].lower() in ("another", "other") or _SAME.search(reason) or _EXAMPLE.match(reason):
        return None  # "Another aspect of OOP is encapsulation, …" frames the reason; "The most notable example is …"
    if reason.startswith(("where ", "with ")):
        return None  # "where A is a matrix that contains …": what a formula's symbols stand for, the formula not shown
    if not reads_alone(reason, answer=True) or set(reason.lower().split()) & ELSEWHERE:
        return None  # "But these values are never read back …", "the same reads are a cause": the text said before
    if word_count(reason) > tuning.WHY_REASON_WORDS or re.search(r"[?:]", reason) or REPORTING.search(reason):
        return None  # "Here's the rub: In the same period …": what it leads to, not a reason
    claim = first_clause(sentence[opening.end() :].strip().rstrip(",;:—-. "))
    prompt = claim_question(claim, "Why", ctx, quoted=False)
    return reason_item(doc, section, (before, u), prompt, reason, claim, ctx, "consequence") if prompt else None
