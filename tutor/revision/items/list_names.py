"""What a list is called: the noun its lead-in announces or counts ("the following guidelines", "three
categories"), what has the listed things ("… a Mozilla Rep agrees to take on"), what they are of or for ("two types
of complexity"), or the heading that names them ("Notable discoveries")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import can_be_noun, is_english_word, parts_of_speech
from tutor.english.lexicon import (
    DETERMINERS,
    LEAD_IN_VERBS,
    NUMBER_WORDS,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    alternation,
    looks_plural,
)
from tutor.english.text import content_terms, stem, word_count, words
from tutor.revision.items.context import Context, base_forms, finite, reads_alone

# "three categories", "four golden signals": the count and the noun phrase it counts
COUNTED = re.compile(
    rf"\b({alternation(NUMBER_WORDS[2:])}|\d+)\s+((?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s)\b(?!\s+ago)", re.I
)

# the noun a lead-in says follows, wherever it stands: "…, keep the following guidelines in mind:"
_ANNOUNCED = re.compile(r"\b[Tt]he following ([a-z][\w-]*)\b")

# a lead-in that names its list by its subject: "Some issues that impacted confidence included:"
_SUBJECT_LEAD = re.compile(
    r"^(?:\w+\s+){0,3}?([a-z][\w-]*s)\b(?:(\s+(?:that|which|who)\s+[^:,]{3,60}?)|.*?)"
    r"\s+(?:include[sd]?|are|were|comprise[sd]?)\s*:?\s*$",
    re.I,
)

# the last noun of a lead-in that names something inside a clause or a phrase, not the list: "… depending on how the
# closure's body handles the values:", "You will need to take steps to check for missing dates:"
_IN_A_MODIFIER = re.compile(
    r"(?i)\b(?:how|what|which|that|who|when|where|whether|if|because|depending)\b"
    r"|\b(?:for|about|with|on|in|from|to|by)\s+(?:\w+\s+){0,2}\w+\s*:\s*$"
)

# a noun a lead-in gives an uncounted number of: "… several constants in our calculations:"
_SOME = re.compile(r"\b(?:several|various|multiple|a few|a number of)\s+([a-z][\w-]*s)\b")

_CLAUSE = re.compile(r"(?i)\b(?:how|what|which|that|who|when|where|whether|if|because)\b")

_PRO_FORMS = frozenset(["ones", "others"])  # "some of the major ones:": a noun said before, which names nothing here


def noun_tail(lead: str, noun: str) -> str:
    """What the lead-in says the listed things are of or for, right after their noun ("two types of complexity:",
    "two widely-used approaches to understanding systems (or components of systems):"); "" when it says nothing, or
    only how or where they come ("three words in the order:", "guidelines in mind")."""
    m = re.search(rf"\b{re.escape(noun)}\s+((?:of|to|for)\s[^:;,()]+?)\s*(?:\(.*)?:\s*$", lead, re.I)
    if not m or not 2 <= word_count(m.group(1)) <= tuning.LIST_TAIL_WORDS or not reads_alone(m.group(1)):
        return ""
    return m.group(1)


def holder_of(lead: str, noun: str) -> str:
    """What has, takes or needs the listed things, from the clause announcing them: "…—your system might end up
    with the following levels of complexity:" -> "a system might end up with", "When joining the program, a Mozilla
    Rep agrees to take on the following responsibilities:" -> "a Mozilla Rep agrees to take on"; "" when the clause
    does not open on its subject ("keep the following guidelines in mind", "We see … as having the following …")."""
    m = re.search(
        rf"([^,;:—–()]+?)\s+the following\s+{re.escape(noun)}\b(?:\s+(?:of|to|for)\s[^:;,()]+?)?\s*:\s*$", lead
    )
    if not m:
        return ""
    clause = re.sub(r"^(?i:your)\s+", "a ", m.group(1).strip())
    ws = clause.split()
    if not ws:
        return ""
    opens = (
        ws[0].lower() in ("a", "an", "the", "each", "every")
        or ws[0][:1].isupper()
        and ws[0].lower() not in STOPWORDS | PREPOSITIONS
    )
    verb = next((k for k, w in enumerate(ws[1:], 1) if finite(w)), 0)
    if not opens or not verb or verb > 4 or not reads_alone(clause) or word_count(clause) > tuning.LIST_TAIL_WORDS + 4:
        return ""
    return clause[:1].lower() + clause[1:] if ws[0].lower() in ("a", "an", "the", "each", "every") else clause


def says_what(lead: str, noun: str) -> bool:
    """A lead-in worth quoting for what its list is: it reads on its own, is short, and says more than "The main
    limitations are:" ("When joining the program, a Mozilla Rep agrees to take on the following
    responsibilities:")."""
    announced = re.sub(r"(?i)\bthe following\b|\bas follows\b", "", lead)  # points at the list itself
    if word_count(lead) > tuning.LIST_LEAD_QUOTE_WORDS or not reads_alone(announced, quoted=True):
        return False
    said = set(content_terms(lead)) - set(content_terms(f"{noun} following follows include includes included"))
    named = [w for w in words(lead) if stem(w) in said and "NOUN" in parts_of_speech(w)]
    return len(said) >= 2 and bool(named)  # "We currently apply three backward filters:" says no more than the noun


def value(number: str) -> int:
    """ "three" -> 3, "15" -> 15."""
    return NUMBER_WORDS.index(number.lower()) if number.lower() in NUMBER_WORDS else int(number)


def number(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def list_noun(lead: str, count: int) -> str | None:
    """The noun phrase a lead-in announces for a list of `count` elements: "… three categories …", "… the following
    questions:", "Some issues that impacted confidence included:"; None when it names none ("… other journalists in
    15 student newsrooms brought up a few repeating issues." counts something else than its six issues)."""
    counted = COUNTED.search(lead)
    if counted:
        return counted.group(2).lower() if value(counted.group(1)) == count else None
    lead = lead.strip()
    if lead.endswith(":"):
        announced = _ANNOUNCED.search(lead)  # "keep the following guidelines in mind:", "the following columns
        if announced and plural_noun(announced.group(1)):  # relating to the average score and number of reviews:"
            return announced.group(1).lower()
        ws = [w for w in re.findall(r"[A-Za-z][\w-]*", lead[:-1]) if w.lower() not in ("following", "as", "follows")]
        pointed = re.search(r"(?i)\b(?:these|those)\s+(?:\w+\s+)?\w+\s*:\s*$", lead)  # "… all of these conditions:"
        if ws and plural_noun(ws[-1]) and (pointed or not _IN_A_MODIFIER.search(lead.rsplit(",", 1)[-1])):
            return ws[-1].lower()
    subject = _SUBJECT_LEAD.match(lead)
    if not subject or not plural_noun(subject.group(1)):
        return None
    return (subject.group(1) + (subject.group(2) or "")).lower()  # "issues that impacted confidence"


def uncounted_noun(lead: str) -> str | None:
    """The noun a lead-in gives an uncounted number of, when nothing names the list better: "In the process so far
    we've used several constants in our calculations:"."""
    if not lead.strip().endswith(":") or _CLAUSE.search(lead):
        return None  # "… when we have multiple components that share a common state:": the list is not of those
    some = _SOME.search(lead)
    return some.group(1).lower() if some and plural_noun(some.group(1)) else None


def heading_noun(title: str, ctx: Context) -> str | None:
    """A heading that names its list: "Notable discoveries", "Examples of applied ML"."""
    ws = title.split()
    if not 1 <= len(ws) <= tuning.LIST_HEADING_WORDS or not re.fullmatch(r"[\w\s'’-]+", title):
        return None
    first, then = ws[0].lower(), ws[1].lower() if len(ws) > 1 else ""
    step = first in base_forms(first) and then in (PREPOSITIONS | DETERMINERS | {"your", "our"}) - {"of"}
    counted = first in NUMBER_WORDS or first.isdigit()  # "Four Centuries of Price Levels" counts something else
    if first in WH_WORDS | PREPOSITIONS or " - " in title or parts_of_speech(first) == {"VERB"} or step or counted:
        return None  # "How a firewall works" is a question, "Exercise - display the clusters" and "Create training
        # and testing datasets" and "Experiment With Different Values" steps to take, "With Build Tools" a condition,
        # not the name of a list
    head = ws[-1] if plural_noun(ws[-1]) else ws[0] if len(ws) > 2 and ws[1].lower() == "of" else ""
    if not head or not plural_noun(head):
        return None
    soft = (
        w.lower() if (is_english_word(w) or w.lower() in ctx.lowercase_words) and not w.isupper() else w for w in ws
    )
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(soft))


def plural_noun(word: str) -> bool:
    w = word.lower()
    return looks_plural(w) and len(w) >= 4 and w not in STOPWORDS | LEAD_IN_VERBS | _PRO_FORMS and can_be_noun(w)
