"""What a list's lead-in leads to when it is not a list to learn: what to have at hand, a figure, a worked example's
picks, a derivation's lines, a preview of what is to come, a task for the reader, links to read elsewhere."""

from __future__ import annotations

import re

from tutor.english.text import word_count
from tutor.revision.items.context import CROSS_REFERENCE, DEPICTS, SUPPOSED

FOR_EXAMPLE = re.compile(r"(?i)\b(?:such as|e\.g\.|for (?:example|instance))\s*[:,]?\s*$")  # the lead-in's end
_MATERIALS = re.compile(r"(?i)\byou(?:['’]ll| will)?\s+(?:\w+\s+)?need\b(?!\s+to\b)")  # not "you need to do"
# a preview of what is to come: "concepts that we'll be studying include:", "by the end of this lesson …"
_PREVIEW = re.compile(
    r"(?i)\b(?:we|you)(?:['’]ll| will| are going to)\s+be\s+(?:stud|cover|discuss|learn|look|explor)\w*ing\b"
    r"|\bdo\s+(?:just|exactly)\s+(?:that|this)\b"
    r"|\bby the end of (?:this|the) (?:lesson|chapter|section|module|unit|course)\b|\byou should be able to\b"
)
# a task for the reader: "create the following lists:", "try a few of these suggestions:" (not "keep … in mind:", nor
# "try to answer the following questions:", the questions a README answers)
_TASK = re.compile(r"(?i)(?:create|build|write|implement|complete|practi[cs]e|try(?!\s+to\b))\s")


# a lead-in whose sentence each item finishes as a clause: "… multiple agents, where:", "… only if:"
_FINISHED_BY_ITEMS = re.compile(r"(?i)\b(?:where|when|whenever|if|unless|whereby|such that|so that)\s*:\s*$")


def leads_elsewhere(lead: str) -> bool:
    """A lead-in to what to have at hand ("you will need, and use:"), to a figure ("The bottom two panels plot …:",
    "Fig. 7 illustrates how …") or to examples a worked example picked ("Suppose that we have two related goods, such
    as"), not to a list to learn; "Where each line has used the following rules:": the lines of a derivation; a
    preview ("concepts that we'll be studying include"; "We will discuss three collections …:" is a list to learn)
    or one that points back ("three new selectors to do just that"); a task ("To get some practice using lists, create
    a new HTML document and create the following lists:"): what to make, not what to know; a sentence each item
    finishes as a clause ("Let's consider multiple agents, where:"): conditions, not things to name."""
    if re.match(r"(?i)where\b", lead) or CROSS_REFERENCE.match(lead) or _TASK.match(lead.rsplit(",", 1)[-1].strip()):
        return True
    if _FINISHED_BY_ITEMS.search(lead):
        return True  # "Let's consider problems with multiple agents, where:": each item finishes the sentence
    return any(p.search(lead) for p in (_MATERIALS, DEPICTS, SUPPOSED, FOR_EXAMPLE, _PREVIEW))


# what names a roll of links: "Discussions:", "UPDATE:", "## Other great resources", "Further reading"
_LINK_ROLL = re.compile(r"(?i)\b(?:resources?|links?|discussions?|references?|reading|updates?|see also|sources?)\b")
_ROLL_NAME_WORDS = 5


def link_roll(name: str, elements: list[str]) -> bool:
    """Every element (as written) holds a link, under a short lead-in or heading that names them as resources,
    discussions or an update: where to read more ("Reddit discussion on r/programming"), not what the text teaches."""
    linked = bool(elements) and all("](" in e or "<a " in e for e in elements)
    return linked and word_count(name) <= _ROLL_NAME_WORDS and bool(_LINK_ROLL.search(name))
