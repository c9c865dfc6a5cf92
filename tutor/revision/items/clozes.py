"""Cloze and multiple-choice items: a key term blanked out of a sentence, the choices terms from elsewhere."""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from tutor import tuning
from tutor.english.dictionary import same_kind_of_word
from tutor.english.lexicon import POINTS_BACK, STOPWORDS
from tutor.english.text import content_terms, stem, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.context import DISCOURSE, Context
from tutor.revision.items.record import ItemKind, QuizItem, item_id, passage_item, unit_reading
from tutor.revision.terms import Term, term_words

BLANK = "_____"
_KIND_RANK = {kind: rank for rank, kind in enumerate(tuning.CLOZE_KIND_ORDER)}


_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|must|should|may|might|cannot|not)\s+$", re.I)
_SET_PHRASE = re.compile(r"\b(?:in a|take|came into)\s+$", re.I)


def usable_term(t: Term, sentence: str, ctx: Context) -> bool:
    """A term worth blanking: the rest of the sentence does not give it away, and it is not an everyday word."""
    stems = {stem(w) for w in term_words(t.text)}
    if not stems or t.text.lower() in STOPWORDS:
        return False
    rest = sentence[: t.start] + " " + sentence[t.end :] + " which term fills the blank"  # and the prompt's own words
    if stems & set(content_terms(rest)):  # the sentence would still show the answer
        return False
    if word_count(t.text) > tuning.CLOZE_TERM_WORDS or len(t.text) < 2:
        return False
    if t.kind == "name" and " " not in t.text and t.text.lower() in ctx.lowercase_words:
        return False  # "International", "Internet": an ordinary word written with a capital
    if t.kind == "concept" and (re.fullmatch(r"[a-z]+(?:ing|ly|ed)", t.text) or DISCOURSE.fullmatch(t.text)):
        return False  # rare verbs and adverbs make trivia, not key terms
    if t.kind == "concept" and _VERB_BEFORE.search(sentence[: t.start]):
        return False  # "to _____ common threats": a verb here, whatever else the word can be
    if t.kind == "concept" and _SET_PHRASE.search(sentence[: t.start]):
        return False  # "in a _____", "take _____ in response": the phrase gives it away
    return not all(ctx.everywhere(s) for s in stems)


def stands_alone(sentence: str) -> bool:
    """A sentence a prompt can quote on its own: it does not start by pointing back ("This restriction…",
    "It…", "Such a perspective…") and is not a fragment (": A notification…")."""
    text = DISCOURSE.sub("", sentence.lstrip())
    return text[:1].isalnum() and not POINTS_BACK.match(text) and not re.match(r"(?i)such\b", text)


def term_strength(t: Term, ctx: Context, here: Counter[str]) -> float:
    """How much a term is worth asking: a name or year first, then the one its section uses most, then the
    rarer in the text."""
    ss = [stem(w) for w in term_words(t.text)]
    kind = (len(tuning.CLOZE_KIND_ORDER) - _KIND_RANK[t.kind]) * 100
    return kind + min(here[s] for s in ss) + sum(ctx.idf(s) for s in ss) / max(1, len(ss)) / 10


def term_items(doc: Document, section: Section, u: Unit, ctx: Context, terms: list[Term]) -> list[QuizItem]:
    """One item on the sentence's best term (`terms` come best first): a blank, or a choice (by the
    sentence's hash), or a blank when the text has too few wrong answers of the term's kind.

    `terms` are found in the sentence's reading view; hashes (the flip, the ids) read its exact source, so they
    stay what they were while the source stays."""
    sentence = unit_reading(doc, u)
    if word_count(sentence) < tuning.CLOZE_MIN_SENTENCE_WORDS or not terms:
        return []
    best = terms[0]
    flip = int(hashlib.sha1(doc.text[u.start : u.end].encode()).hexdigest(), 16) % 2 == 1
    item = _cloze(doc, section, u, best, ctx, "choice") if flip else None
    item = item or _cloze(doc, section, u, best, ctx, "cloze")
    return [item] if item else []


def _distractors(term: Term, sentence: str, section: str, ctx: Context, seed: str) -> list[str]:
    """Terms of the same kind from elsewhere that look most like the answer; ties broken by the item's id."""
    own = {stem(w) for w in term_words(term.text)}
    seen: set[str] = set()
    scored = []
    for cand, cand_section in ctx.pool.get(term.kind, []):
        key = cand.lower()
        if key in seen or key in sentence.lower() or own & {stem(w) for w in term_words(cand)}:
            continue
        if term.kind != "number" and not same_kind_of_word(cand, term.text):
            continue  # "acknowledge" is no wrong answer among nouns, nor "Eurocentric" among countries
        if term.kind == "name" and _name_shape(cand, ctx) != _name_shape(term.text, ctx):
            continue  # "Bayes Theorem" is no wrong answer among people, nor "SSL" among "ECMAScript"s
        seen.add(key)
        tie = hashlib.sha1(f"{seed}\n{cand}".encode()).hexdigest()
        scored.append((_unlike(cand, term.text) + _same_section(cand_section, section), tie, cand))
    return [c for _, _, c in sorted(scored)[: tuning.CHOICE_DISTRACTORS]]


def _name_shape(name: str, ctx: Context) -> tuple[bool, bool, bool]:
    """What kind of name it looks like: an acronym; several words; one of them a word the text also writes in
    lower case ("Bayes Theorem", "Mozilla Foundation") rather than a person's or a place's name only."""
    parts = name.split()
    acronym = bool(re.fullmatch(r"[A-Z0-9]{2,}s?", name))
    return acronym, len(parts) > 1, any(p.lower() in ctx.lowercase_words for p in parts)


def _unlike(cand: str, answer: str) -> float:
    """How unlike the answer a distractor looks: length, ending, plural for plural, a name for a name."""
    shape = float(abs(word_count(cand) - word_count(answer)))
    shape += 0 if cand[-3:] == answer[-3:] else tuning.DISTRACTOR_ENDING
    shape += tuning.DISTRACTOR_NUMBER if cand.endswith("s") != answer.endswith("s") else 0
    shape += tuning.DISTRACTOR_CAPITAL if cand[:1].isupper() != answer[:1].isupper() else 0
    return shape


def _same_section(cand_section: str, section: str) -> float:
    return tuning.DISTRACTOR_SAME_SECTION if cand_section == section else 0


def _cloze(doc: Document, section: Section, u: Unit, term: Term, ctx: Context, kind: ItemKind) -> QuizItem | None:
    sentence = unit_reading(doc, u)
    masked = sentence[: term.start] + BLANK + sentence[term.end :]
    masked = DISCOURSE.sub("", masked)
    masked = masked[:1].upper() + masked[1:]
    iid = item_id(kind, doc.source, doc.text[u.start : u.end], term.text)
    choices: tuple[str, ...] = ()
    if kind == "choice":
        wrong = _distractors(term, sentence, section.title, ctx, iid)
        if len(wrong) < tuning.CHOICE_DISTRACTORS:
            return None
        options = [term.text, *wrong]
        options.sort(key=lambda o: hashlib.sha1(f"{iid}\n{o}".encode()).hexdigest())
        choices = tuple(options)
        prompt = f"Which term fills the blank? “{masked}”"
    else:
        prompt = f"Fill in the blank: “{masked}”"
    return passage_item(iid, kind, doc, section, (u.start, u.end), prompt, term.text, (term.text,), choices=choices)
