"""What makes a list no list to recall by name: elements that finish its lead-in's claims ("They can … | They
cannot …"), are statements ("Ctrl+C will cancel the command …") or captions of the code under them ("Only HTML:"),
or a name whose counted noun is singular ("the three sequence of commands")."""

from __future__ import annotations

import re

from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import AUXILIARIES, DETERMINERS, MODALS, looks_plural
from tutor.english.text import stem
from tutor.records import Document, Unit
from tutor.revision.items.context import base_forms, finite
from tutor.revision.items.labels import PRONOUNS

_PREDICATE_OPENERS = AUXILIARIES | frozenset(["cannot", "can't", "can’t"])


def claims(labels: list[str]) -> bool:
    """Elements that say things of one thing, not things to name: "WASI | WASI | WASI", "They can … | They cannot …",
    "In Python, variable names: • can include letters … • cannot start with …" (each finishes the lead-in's
    sentence)."""
    if 2 * sum(label.split()[0] in _PREDICATE_OPENERS for label in labels) > len(labels):
        return True
    pronouns = all(w.split()[0].lower() in PRONOUNS for w in labels)
    return len({label.lower() for label in labels}) < len(labels) or pronouns


def statements(labels: list[str], name: str, titled: str = "") -> bool:
    """Elements that are statements ("TasksContext provides the current list of tasks", "Ctrl+C will cancel …"),
    each asked better alone (rated 2 keep, 38 fix, 3 discard of 43 verdicts), unless the list's name says they are
    precepts to recall ("the three ownership rules", "two tips for writing reducers well"). Under a heading that
    is all that names them, no lead-in saying what they are (`titled`), one statement is enough, or half of them
    longer than a name, or one twice as long, unless it names the heading's thing ("Ordered tables keep rows …"
    under "Data tables"): a slide's notes on "Multiple agents" ("the agents select actions autonomously", "each agent
    has …") are not agents, nor on "Monte Carlo methods" ("Leverages the fact …") methods."""
    if set(name.lower().split()) & _PRECEPTS:
        return False
    said = sum(map(_clause, labels))
    head = stem(titled.split()[-1].lower()) if titled else ""
    words = [0 if head in {stem(w) for w in label.lower().split()[:3]} else len(label.split()) for label in labels]
    long = 2 * sum(n > _NAME_WORDS for n in words) >= len(labels) or max(words) > 2 * _NAME_WORDS
    return 2 * said > len(labels) or bool(titled) and (said > 0 or long)


def code_captions(doc: Document, elements: list[list[Unit]], end: int) -> bool:
    """Elements half of which or more are a label over the code each holds ("1. Only HTML:" over one listing, "2.
    HTML + JS:" over another): what to read in the listings, none of it in the prose to recall."""
    starts = [us[0].start for us in elements[1:]] + [end]
    captions = [
        doc.text[us[-1].end - 1 : us[-1].end] == ":" and "```" in doc.text[us[-1].end : after]
        for us, after in zip(elements, starts, strict=True)
    ]
    return 2 * sum(captions) >= len(elements)


_NAME_WORDS = 4  # a name of a thing listed under the heading that names them all is this long at most
_PRECEPTS = frozenset("rules rule tips principles guidelines laws maxims".split())


def _clause(label: str) -> bool:
    """A subject and its verb in the present or with a modal, not a name: "TasksContext provides …", "Ctrl+C will
    cancel …", "We introduce chance nodes …", "the agents select actions …" (not "Apples grown on …", "the
    identifier is hoisted": a name's description may hold a participle)."""
    ws = label.split()
    if len(ws) < 3:
        return False
    if any(
        w.lower() in MODALS or w.endswith("s") and w.lower() not in ("is", "was", "has") and finite(w) for w in ws[1:4]
    ):
        return True
    if ws[1][:1].isupper() and ws[2].endswith("s") and finite(ws[2], nouns_too=True):
        return True  # "Google AlphaGo beats …": a name and its verb
    first, second, third = (w.lower().strip(",;:") for w in ws[:3])
    if first in _SUBJECT_PRONOUNS and (_base_verb(second) or second in _PREDICATE_OPENERS | MODALS):
        return True  # "We introduce …", "they share …"
    return first in DETERMINERS and looks_plural(second) and _base_verb(third)  # "the agents select …"


_SUBJECT_PRONOUNS = frozenset("we they you i".split())


def _base_verb(word: str) -> bool:
    """A verb's bare form, that no noun or adjective spells alike ("select", "introduce"; not "games", "share")."""
    kinds = parts_of_speech(word)
    return word in base_forms(word) and "VERB" in kinds and "NOUN" not in kinds


_MARKED = re.compile(r"[✅❌✔✘✓✗]\W*$")  # an example marked right or wrong


def list_captions(doc: Document, elements: list[list[Unit]], labels: list[str]) -> bool:
    """Elements half of which or more caption what follows them ("First representation:" over its variables and
    domains, "For each generation:" over its steps, "Zombie topic:" over a sample text): what to read there, not
    things to name; or examples marked right or wrong ("“put a ball in a box on the” ❌")."""
    if 2 * sum(bool(_MARKED.search(label)) for label in labels) >= len(labels):
        return True
    captions = [doc.text[us[0].start : us[0].end + 1].rstrip().endswith(":") for us in elements]
    return 2 * sum(captions) >= len(elements)


def counts_a_singular(prompt: str) -> bool:
    """ "Name the three sequence of commands …": the counted noun is singular, the list named by what holds it."""
    from lemminflect import getAllLemmas

    m = re.match(r"Name the \w+ (.+)", prompt)
    for w in m.group(1).lower().split() if m else ():
        if w in _HOLDER_STOPS:
            return True
        nouns = getAllLemmas(w).get("NOUN")
        if looks_plural(w) or nouns and w not in nouns:
            return False  # "tools", "criteria"
    return False


_HOLDER_STOPS = frozenset("of that which to for in the under".split())
