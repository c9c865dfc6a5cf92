"""Where a list's prompt says the list is: under its section's heading (" under “Heading”"), nowhere when the heading
names the list, or for the doing the heading names (" for writing reducers well")."""

from __future__ import annotations

import re

from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import STOPWORDS, looks_plural
from tutor.english.text import content_terms
from tutor.records import Document, Section
from tutor.revision.items.clauses import in_question
from tutor.revision.items.context import Context
from tutor.revision.items.record import heading
from tutor.revision.items.sections import linked_heading


def heading_place(doc: Document, section: Section, labels: list[str], titled: str | None) -> str | None:
    """The heading the prompt places the list under ("… the text lists under “Heading”"); "" when the heading names
    the list, gives an element away or is a link ("##
    [Pre-lecture quiz](…)"); None when the elements only split the heading into words ("independence | identically
    distributed" under "Independently and identically distributed") or make claims about what it names ("## Hooks"
    over "Hooks can only be called …", "Hooks can't be called …": claims, not hooks)."""
    given = set(content_terms(section.title))
    if all(set(content_terms(label)) <= given for label in labels):
        return None
    if titled and all(label.split()[0].lower() == titled.split()[-1].lower() for label in labels):
        return None
    low = section.title.lower()
    shown = any(len(label) > 1 and label.lower() in low for label in labels)  # "NaN" under "Tests: isFinite and isNaN"
    return "" if titled or shown or linked_heading(doc, section) else heading(section.title)


# what a list of a doing is for or of: "steps", "tips" for adding event handlers; "ways", "methods" of creating dates
_DOING_NOUNS = {"steps": "for", "tips": "for", "rules": "for", "guidelines": "for", "options": "for"}
_DOING_NOUNS |= {"practices": "for", "ways": "of", "approaches": "of", "methods": "of", "techniques": "of"}


def for_the_doing(noun: str | None, place: str, ctx: Context) -> str:
    """ " for writing reducers well" where the prompt would place the list under “Writing reducers well”: a heading
    that names a doing says what the steps, tips or ways are for (raters' own rewording; such prompts had 5 keep in 24
    verdicts); "" for any other heading or noun, and for a doing's name ("Shooting algorithm": one thing, no object)."""
    words = place.split()
    prep = _DOING_NOUNS.get(noun.split()[-1]) if noun else None
    if not prep or len(words) < 2 or not re.fullmatch(r"[A-Z]?[a-z]+ing", words[0]):
        return ""
    if "VERB" not in parts_of_speech(words[0]) or len(words) == 2 and not looks_plural(words[1].lower()):
        return ""
    first, *rest = in_question(place, ctx).split()
    titled = sum(w[:1].isupper() for w in rest) >= 2 and all(w[:1].isupper() for w in rest if w not in STOPWORDS)
    rest = [w.lower() if titled and w.lower() in ctx.lowercase_words else w for w in rest]  # "Writing Code to Pass …"
    return f" {prep} {' '.join([first, *rest])}"
