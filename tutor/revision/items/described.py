"""What a description names: "The simplest way to differentiate between a slow average and a slow tail of requests is
to collect request counts bucketed by latencies" asks "What is the simplest way to differentiate …?", answered by
what follows "is". The description must say of what it is the way, reason or cause, so the prompt stands alone."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import SHELL_NOUNS, UNIQUE_MODIFIERS
from tutor.english.text import content_terms, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.answers import cut_answer
from tutor.revision.items.context import DISCOURSE, Context, reads_alone, stands_alone
from tutor.revision.items.record import QuizItem, item_id, passage_item, unit_reading
from tutor.revision.items.subjects import vague_subject

_ONE_OF_A_KIND = rf"(?:(?:most|least) \w+|\w+est|{'|'.join(sorted(UNIQUE_MODIFIERS | {'key', 'best', 'major'}))})"
_KINDS = "|".join(
    sorted(
        SHELL_NOUNS
        | set(
            "cause goal purpose aim advantage benefit source risk drawback disadvantage downside limitation weakness"
            " strength".split()
        )
    )
)
# "The simplest way to …", "The main cause of …", "The key difference between …": then what it is of, then "is"
_DESCRIBED = re.compile(
    rf"^(?P<subject>The {_ONE_OF_A_KIND} (?:{_KINDS})s? "
    r"(?P<complement>(?:to|of|for|between|behind|with|in)\s[^,;:()]+?))"
    r"\s+(?P<verb>is|are|was|were)\s+(?P<that>that\s+)?(?P<answer>.+)$"
)
_COUNTED_BEFORE = re.compile(r"\bthe (?:two|three|four|both|former|latter)\b", re.I)  # which, the text said before
_SUBJECT_WORDS = 20  # a description a learner can hold in mind while answering


def described_item(doc: Document, section: Section, u: Unit, ctx: Context) -> QuizItem | None:
    """ "The main cause of X is Y" -> "What is the main cause of X?" (answer: Y), when the description says what it
    is of in a few words of its own and reads alone."""
    sentence = DISCOURSE.sub("", unit_reading(doc, u).strip())
    m = _DESCRIBED.match(sentence)
    if not m or not stands_alone(sentence):
        return None
    subject, verb = m.group("subject"), m.group("verb")
    if word_count(subject) > _SUBJECT_WORDS:
        return None
    if re.search(r"\b(?:versus|vs\.?|compared (?:to|with))\s", m.group("complement")):
        return None  # "… to think about black-box versus white-box monitoring is that black-box …": half a contrast
    if not reads_alone(subject) or vague_subject(subject) or _COUNTED_BEFORE.search(m.group("complement")):
        return None  # "The key difference between the two", "The only way to escape this risk"
    cut = cut_answer(m.group("answer"), clause=bool(m.group("that")))  # "is that A does X and Y": one clause
    answer = re.split(r"\s[—–]\s", cut)[0]  # "complexity — large systems are …": the name
    named = word_count(answer) == 1 and "NOUN" in parts_of_speech(answer.lower())  # "… is complexity"
    sized = named or 2 <= word_count(answer) <= tuning.OBJECT_WORDS[1]
    if not sized or not reads_alone(_owned(m, answer), answer=True):  # "it enables …" reads as what it is of
        return None
    prompt = f"What {verb} {subject[0].lower()}{subject[1:]}?"
    keys = ctx.key_terms(answer, prompt)
    if len(keys) < (1 if named else 2) or len(content_terms(answer)) < (1 if named else 2):
        return None
    iid = item_id("short", doc.source, doc.text[u.start : u.end], "described")
    return passage_item(iid, "short", doc, section, (u.start, u.end), prompt, answer, keys)


def _owned(m: re.Match[str], answer: str) -> str:
    """ "The primary advantage of Composition API is that it enables …": the answer read with what its opening "it" or
    "they" stands for, what the subject is of ("Composition API enables …"); the answer as it is otherwise."""
    pronoun = re.match(r"(?:it|they)\b", answer) if m.group("complement").startswith("of ") else None
    return f"{m.group('complement')[3:]}{answer[pronoun.end() :]}" if pronoun else answer
