"""A thing asked for by its one description: "The South Island is the largest landmass of New Zealand" asks "What is
the largest landmass of New Zealand?", "Nuts are the main cause of anaphylaxis" asks "What is the main cause of
anaphylaxis?" (`named_by`), where "X is the …" names X rather than defines it."""

from __future__ import annotations

import re
from collections.abc import Collection

from tutor import tuning
from tutor.english.dictionary import is_english_word, parts_of_speech
from tutor.english.lexicon import (
    DETERMINERS,
    PERSON_NOUNS,
    STOPWORDS,
    TOOL_OR_PERSON,
    UNIQUE_MODIFIERS,
    looks_plural,
)
from tutor.english.text import content_terms, stem, word_count
from tutor.revision.items.clauses import head_noun
from tutor.revision.items.context import Context, owner_elsewhere, reads_alone
from tutor.revision.items.subjects import lower_article

_BARE_SUPERLATIVE = re.compile(r"(?i)the (?:\w+est|most \w+|least \w+)\s+(?:in|of|on|at|among)\b")


def named_by(
    subject: str, description: str, verb: str, people: Collection[str], ctx: Context
) -> tuple[str, tuple[str, ...], str] | None:
    """A name's one description, or anything's unique one, asks for it: "The South Island is the largest landmass
    of New Zealand" -> "What is the largest landmass of New Zealand?", "Who were the first people to reach New
    Zealand?" (a person's noun in it), "Nuts are the main cause of anaphylaxis" -> "What is the main cause of
    anaphylaxis?". The prompt, the words to recall and the answer; None for a phrase's plain description
    ("Machine learning is the study of …" defines it), or a description too long or pointing elsewhere."""
    ws = [w for w in subject.split() if w.lower() not in DETERMINERS]
    name = is_name(subject, ctx)
    if not name and not unique(description):
        return None  # "Machine learning is the study …": a phrase the text also writes in lower case
    if word_count(description) > tuning.DEFINITION_NAMED_BY_WORDS or not reads_alone(description):
        return None
    if description.split()[-1].lower() in _OBJECT_PRONOUNS:
        return None  # "the highest part, and between it [and the land …]": a clause cut off
    if {stem(w) for w in content_terms(subject)} & set(content_terms(description)) or _inside(subject, description):
        return None  # "The Mozilla Foundation is the steward of Mozilla": the question names its answer
    if owner_elsewhere(description):
        return None  # "Who is the country's monarch?": which country?
    if _BARE_SUPERLATIVE.match(description):
        return None  # "What was the largest in the world …?": the largest what, the sentence leaves to its subject
    head = head_noun(description)
    person = subject in people or head in PERSON_NOUNS - TOOL_OR_PERSON  # not "the standard editor for …"
    if not name:  # "Nuts are the main cause …": the description's number, "What is the main cause …?"
        past = verb.lower() in ("was", "were")
        verb = ("were" if past else "are") if looks_plural(head) else "was" if past else "is"
    keys = tuple(w for w in ws if w.lower() not in STOPWORDS)
    subject = subject.strip('“”"')  # 'For some projects, "maintainers" are the only people …': the term
    acronym = subject[1:2].isupper()  # "SPAs", not "sPAs"
    answer = lower_article(subject) if name else subject if acronym else subject[:1].lower() + subject[1:]
    return f"{'Who' if person else 'What'} {verb.lower()} {description}?", keys, answer


_OBJECT_PRONOUNS = frozenset("it them him her this that these those".split())


def is_name(subject: str, ctx: Context) -> bool:
    """Capitalised words the text never writes in lower case ("the South Island"); not an everyday word
    capitalised because a sentence opens with it ("Nuts are …")."""
    ws = [w for w in subject.split() if w.lower() not in DETERMINERS]
    lowered = re.escape(" ".join(ws).lower())
    written_lower = re.search(rf"(?<![\w-]){lowered}(?![\w-])", ctx.doc.text)  # "io" inside "ratio" is not "Io"
    name = bool(ws) and all(w[:1].isupper() for w in ws) and not written_lower
    return name and not (len(ws) == 1 and is_english_word(ws[0]))


def unique(description: str) -> bool:
    """ "the main cause of …", "the largest landmass …", "the most important …", "the one thing which …": one thing of
    its kind."""
    ws = description.lower().split()
    if len(ws) < 3 or ws[0] != "the":
        return False
    one = ws[1] == "one" and "NOUN" in parts_of_speech(ws[2])  # not "the one before"
    return one or ws[1] in UNIQUE_MODIFIERS or ws[1].endswith("est") and "ADJ" in parts_of_speech(ws[1])


def _inside(subject: str, description: str) -> bool:
    """ "Originality is the one thing which unoriginal minds …": the subject's stem inside a word of the description
    gives it away."""
    stems = [stem(w) for w in content_terms(subject) if len(stem(w)) >= 5]
    return any(s in w for s in stems for w in description.lower().split())
