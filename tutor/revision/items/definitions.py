"""Definition and short-answer items from defining sentences ("X is defined as …", "X relies on …")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.lexicon import ANSWER_ENDS, AUXILIARIES, ELSEWHERE, NOT_SUBJECT, STOPWORDS, alternation, base_form
from tutor.english.text import content_terms
from tutor.records import Document, Section, Unit
from tutor.revision.items.context import DISCOURSE, Context, is_everyday
from tutor.revision.items.record import ItemKind, QuizItem, item_id, passage_item, unit_reading

_CUT_ANSWER = re.compile(rf"\s+(?:{alternation(ANSWER_ENDS)})\b|\s*\(")

# (verb pattern, prompt template, kind); templates get {subj} {Subj} {be} {do} {verb} {adj}
_PATTERNS: list[tuple[re.Pattern[str], str, ItemKind]] = [
    (re.compile(r"\b(is|are) defined as\b"), "How does the text define {subj}?", "definition"),
    (re.compile(r"\b(is|are) also (?:called|known as)\b"), "What else {be} {subj} called?", "definition"),
    (re.compile(r"\b(refers|refer) to\b"), "What {do} {subj} refer to?", "definition"),
    (re.compile(r"\bcan be traced back to\b"), "What can {subj} be traced back to?", "short"),
    (
        re.compile(r"\b(is|are) (important|essential|crucial|necessary|vital) (?:to|for)\b"),
        "Why {be} {subj} {adj}?",
        "short",
    ),
    (re.compile(r"\b(is|are) needed to\b"), "Why {be} {subj} needed?", "short"),
    (re.compile(r"\bcan only be (\w+) if\b"), "When can {subj} be {adj}?", "short"),
    (re.compile(r"\b(seeks|seek|aims|aim) to\b"), "What {do} {subj} {verb} to do?", "short"),
    (re.compile(r"\b(relies|rely|depends|depend) on\b"), "What {do} {subj} {verb} on?", "short"),
    (re.compile(r"\bbecame\b"), "What did {subj} become?", "short"),
    (
        re.compile(
            r"\b(reflects|outlines|requires|needs|involves|oversees|faces|face|fosters|foster|promotes|threatens)\b"
        ),
        "What {do} {subj} {verb}?",
        "short",
    ),
    (re.compile(r"\b(is|are) (?=(?:a|an|the|one)\b)"), "Complete: “{Subj} {be} …”", "short"),
]


def definition_item(
    doc: Document, section: Section, u: Unit, ctx: Context, last_subject: str
) -> tuple[QuizItem, str] | None:
    """The first pattern the sentence fits with a good subject and answer: the item and its subject
    ("This is also called …" takes the previous definition's subject)."""
    sentence = unit_reading(doc, u)
    for pattern, template, kind in _PATTERNS:
        m = pattern.search(sentence)
        if not m:
            continue
        subj = _subject(sentence[: m.start()])
        if subj.lower() in ("this", "it") and last_subject and kind == "definition":
            subj = last_subject
        if not _good_subject(subj):
            continue
        rest = sentence[m.end() :]
        cut = _CUT_ANSWER.search(rest)
        answer = (rest[: cut.start()] if cut else rest).strip().rstrip(".;:!").strip()
        if len(content_terms(answer)) < tuning.DEFINITION_ANSWER_TERMS:
            continue
        prompt = _prompt(template, ctx.soften(subj), [g for g in m.groups() if g])
        keys = ctx.key_terms(answer, prompt)
        if len(keys) < (tuning.DEFINITION_KEY_TERMS if kind == "definition" else tuning.SHORT_KEY_TERMS):
            continue
        iid = item_id(kind, doc.source, doc.text[u.start : u.end], template)
        return passage_item(iid, kind, doc, section, (u.start, u.end), prompt, answer, keys), subj
    return None


def _prompt(template: str, subj: str, groups: list[str]) -> str:
    """The template filled in, its verbs agreeing with the subject the sentence's verb shows."""
    verb = groups[0].lower() if groups else ""
    plural = verb in ("are", "were") or bool(verb and not verb.endswith("s") and verb != "became")
    return template.format(
        subj=subj,
        Subj=subj[:1].upper() + subj[1:],
        be="are" if plural else "is",
        do="do" if plural else "does",
        verb=base_form(verb) if verb else "",
        adj=groups[-1].lower() if groups else "",
    )


def _subject(raw: str) -> str:
    raw = DISCOURSE.sub("", raw.strip())
    raw = re.sub(r",\s+(?:like|as|unlike|including)\b[^,]*,", "", raw)  # "X, like Y, is …" -> "X is …"
    return raw.split(",")[-1].strip()


def _good_subject(subj: str) -> bool:
    ws = subj.split()
    if not 1 <= len(ws) <= tuning.DEFINITION_SUBJECT_WORDS:
        return False
    low = [w.lower().strip('“”"()') for w in ws]
    if low[0] in NOT_SUBJECT or any(w in AUXILIARIES for w in low) or low[-1] in STOPWORDS:
        return False
    if any(w in ELSEWHERE for w in low):
        return False
    if low[0] in ("another", "such", "other"):
        return False  # "Another challenge of X is …": one of several, the item would not say which
    words = [w for w in low if w not in STOPWORDS]
    if len(words) == 1 and (len(low) > 1 or is_everyday(words[0])):
        return False  # "the strategy", "this agreement" point back; "states" alone asks nothing specific
    return bool(content_terms(subj))
