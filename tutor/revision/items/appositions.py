"""A name defined in passing: "Grammarly, a writing assistant that checks for spelling and grammar errors, uses …"
asks "What is Grammarly?", answered by the phrase between the commas. A sentence that says what the name is with
"is" (`definitions.py`) defines it better; this asks the names an article introduces on its way to something else."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.lexicon import AS_EXAMPLE, PERSON_NOUNS
from tutor.english.text import content_terms, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.context import DISCOURSE, Context, finite, reads_alone, stands_alone
from tutor.revision.items.record import QuizItem, item_id, passage_item, unit_reading

# the name (capitalised words), then "a"/"an" and what it is up to the closing comma, then the sentence's verb
_APPOSED = re.compile(
    r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}),\s+(?P<what>an?\s+[^,;:()“”\"]+?),\s+(?P<verb>\w+)\b"
)
_JUDGING = re.compile(
    r"(?i)^an?\s+(?:\w+ly\s+)?(?:great|good|remarkable|wonderful|famous|popular|leading|major|well[- ]known|renowned"
    r"|celebrated|prominent|noted)\b"
)


def apposition_item(
    doc: Document, section: Section, u: Unit, ctx: Context, people: set[str]
) -> tuple[QuizItem, str] | None:
    """ "StitchFix, a box service that ships clothing to consumers, relies on …" -> "What is StitchFix?" (answer:
    "a box service that ships clothing to consumers"); "Who is …?" of a person. Not a description that weighs
    ("a truly remarkable person") or points elsewhere, nor a name the section's heading gives away. The item, and
    the name it defines."""
    read = unit_reading(doc, u).strip()
    if AS_EXAMPLE.match(read):
        return None  # "For example, Spirit, a dolphin at the National Aquarium, does a flip …": the example's own
    sentence = DISCOURSE.sub("", read)
    m = _APPOSED.match(sentence)
    if not m or not stands_alone(sentence) or not finite(m.group("verb"), nouns_too=True):
        return None  # "Paris, a city of light, and Rome …": a series, not a name and what it is
    name, what = m.group("name"), m.group("what").strip()
    if (
        not 3 <= word_count(what) <= tuning.OBJECT_WORDS[1]
        or _JUDGING.match(what)
        or not reads_alone(what, answer=True)
    ):
        return None
    if set(content_terms(name)) <= set(content_terms(section.title)) or len(content_terms(what)) < 2:
        return None
    person = name in people or any(w.lower() in PERSON_NOUNS for w in what.split()[1:3])
    prompt = f"{'Who' if person else 'What'} is {name}?"
    keys = ctx.key_terms(what, prompt)
    if len(keys) < tuning.DEFINITION_KEY_TERMS:
        return None
    iid = item_id("definition", doc.source, doc.text[u.start : u.end], "apposition")
    return passage_item(iid, "definition", doc, section, (u.start, u.end), prompt, what, keys), name
