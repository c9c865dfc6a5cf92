"""A count, then its things enumerated in the next sentence: "The art of war is governed by five constant factors, to
be taken into account in one's deliberations …. These are: (1) The Moral Law; (2) Heaven; (3) Earth; (4) The
Commander; (5) Method and discipline." asks "Name the five constant factors …", named from the sentence that counts
them as a list's lead-in names it (`lists.list_prompt`). The second sentence points back ("These are"), so no other
item asks it; the numbers must run from the first ("(1)", "(i)", "(a)") and match the count."""

from __future__ import annotations

import re

from tutor.records import Document, Section, Unit
from tutor.revision.items.context import Context
from tutor.revision.items.list_names import list_noun
from tutor.revision.items.lists import element_terms, list_prompt, recall_item
from tutor.revision.items.record import QuizItem, item_id, unit_reading

_THESE_ARE = re.compile(r"^(?:These|They|Those)\s+(?:are|were|include)\s*:?\s*(?=\()")
_ENUMERATOR = re.compile(r"\(\s*(\d{1,2}|[ivx]{1,4}|[a-h])\s*\)\s*")
_ORDERS = ("1 2 3 4 5 6 7 8 9 10".split(), "i ii iii iv v vi vii viii ix x".split(), list("abcdefgh"))


def enumerated_item(doc: Document, section: Section, before: Unit, u: Unit, ctx: Context) -> QuizItem | None:
    """The item, or None when the sentence enumerates nothing the sentence before counts."""
    sentence = unit_reading(doc, u).strip()
    opening = _THESE_ARE.match(sentence)
    labels = enumerated(sentence[opening.end() :]) if opening else None
    if not labels:
        return None
    lead = unit_reading(doc, before).strip().rstrip(".") + ":"
    lead = re.sub(r",\s*(?:then|therefore|thus|in turn|however),\s*", " ", lead)  # "The art of war, then, is …"
    noun = list_noun(lead, len(labels))
    at = lead.find(noun) if noun else -1  # "… governed by five constant factors[, to be taken into account …]:"
    lead = f"{lead[: at + len(noun)]}:" if noun and at > 0 else lead
    prompt = list_prompt(lead, noun, None, "", len(labels), ctx) if noun else None
    if not prompt:
        return None
    terms = element_terms(labels, f"{lead} {prompt}", ctx)
    if any(not t for t in terms):
        return None
    iid = item_id("list", doc.source, doc.text[before.start : u.end], "enumerated")
    return recall_item(iid, doc, section, (before.start, u.end), prompt, labels, terms)


def enumerated(body: str) -> list[str] | None:
    """ "(1) The Moral Law; (2) Heaven; … (5) Method and discipline." -> its five things, each without its number and
    the "and" or "or" before the last; None unless the numbers open the text and count up in one order."""
    marks = list(_ENUMERATOR.finditer(body))
    if len(marks) < 2 or marks[0].start() != 0:
        return None
    numbers = [m.group(1) for m in marks]
    if not any(numbers == order[: len(numbers)] for order in _ORDERS):
        return None
    ends = [m.start() for m in marks[1:]] + [len(body)]
    said = (body[m.end() : end] for m, end in zip(marks, ends, strict=True))
    labels = [re.sub(r"[\s;,.]+(?:and|or)?\s*$", "", s).strip() for s in said]
    return labels if all(labels) and all(len(label.split()) <= 8 for label in labels) else None
