"""Generating the bank: every content section's sentences and lists, in reading order, each id unique."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from tutor import tuning
from tutor.english.lexicon import DEMONYMS, MONTHS
from tutor.english.text import stem, word_count
from tutor.records import Block, Document, Section, Unit
from tutor.revision.items.clozes import stands_alone, term_items, term_strength, usable_term
from tutor.revision.items.context import Context, content_sections, make_context
from tutor.revision.items.definitions import definition_item
from tutor.revision.items.lists import list_item, series_item
from tutor.revision.items.record import QuizItem, unit_reading
from tutor.revision.terms import Term, candidate_terms, term_words
from tutor.skips import Skips, where

MONTH_NAMES = frozenset(MONTHS)
_AFTER_TAUGHT = 1000.0  # ranks a sentence with only rare words after every one with a taught term
_Terms = dict[tuple[int, int], list[Term]]  # (start, end) of a sentence -> its usable terms


def generate_items(docs: list[Document], skips: Skips | None = None) -> list[QuizItem]:
    """Every document's items; a section (or a document) the generator cannot use is skipped and counted."""
    skips = skips if skips is not None else Skips("quiz items")
    items: list[QuizItem] = []
    for doc in docs:
        items.extend(skips.attempt(doc.source, partial(_document_items, doc, skips), []))
    seen: Counter[str] = Counter()
    out = []
    for n, it in enumerate(items):
        seen[it.id] += 1
        new_id = it.id if seen[it.id] == 1 else f"{it.id}-{seen[it.id]}"  # a sentence repeated word for word
        out.append(replace(it, id=new_id, order=n))
    return out


def _document_items(doc: Document, skips: Skips) -> list[QuizItem]:
    ctx = make_context(doc)
    sections = content_sections(doc)
    terms_by_unit: _Terms = {}
    for section in sections:
        skips.attempt(where(doc.source, section.title), partial(_find_terms, doc, section, ctx, terms_by_unit), None)
    items: list[QuizItem] = []
    for section in sections:
        made = partial(_section_items, doc, section, ctx, terms_by_unit)
        items.extend(skips.attempt(where(doc.source, section.title), made, []))
    return items


def _find_terms(doc: Document, section: Section, ctx: Context, terms_by_unit: _Terms) -> None:
    """The usable terms of each of the section's sentences, and the pool wrong choices are drawn from."""
    taught, here = ctx.taught(doc, section), ctx.here(doc, section)
    for block in section.blocks:
        for u in block.units:
            sentence = unit_reading(doc, u)
            ts = _keys(_usable(sentence, taught, ctx), ctx, here)
            terms_by_unit[(u.start, u.end)] = ts
            for t in ts:
                ctx.pool.setdefault(t.kind, []).append((t.text, section.title))


def _section_items(doc: Document, section: Section, ctx: Context, terms_by_unit: _Terms) -> list[QuizItem]:
    out: list[QuizItem] = []
    previous: Block | None = None
    for block in section.blocks:
        if block.kind == "list":
            item = list_item(doc, section, block, previous, ctx)
            if item:
                out.append(item)
        last_subject = ""  # a definition's subject, for "This is also called …" right after it
        for u in block.units:
            sentence = unit_reading(doc, u)
            if sentence.rstrip().endswith("?") or word_count(sentence) < tuning.ITEM_MIN_SENTENCE_WORDS:
                continue
            alone = stands_alone(sentence)  # "It relies on three pillars": what "it" is, the item would not say
            made = definition_item(doc, section, u, ctx, last_subject) if alone or last_subject else None
            last_subject = ""
            if made:
                out.append(made[0])
                if made[0].kind == "definition":
                    last_subject = made[1]
            series = series_item(doc, section, u, ctx) if alone else None
            if series:
                out.append(series)
        previous = block
    out += _best_term_items(doc, section, ctx, terms_by_unit)
    return out or _last_resort(doc, section, ctx)


def _last_resort(doc: Document, section: Section, ctx: Context) -> list[QuizItem]:
    """A section with prose and no item yet gets one: a blank on its strongest term of any kind."""
    here = ctx.here(doc, section)
    units = [u for b in section.blocks for u in b.units]
    ranked = _ranked(doc, units, ctx, here, lambda u: _usable(unit_reading(doc, u), set(here), ctx), alone=False)
    for _, _, u, terms in sorted(ranked, key=lambda r: (not stands_alone(unit_reading(doc, r[2])), *r[:2])):
        made = term_items(doc, section, u, ctx, terms)
        if made:
            return made
    return []


def _best_term_items(doc: Document, section: Section, ctx: Context, terms_by_unit: _Terms) -> list[QuizItem]:
    """Blanks and choices on the sentences that stand alone and carry the section's strongest terms, a few
    per section, in reading order."""
    units = [u for b in section.blocks for u in b.units]
    wanted = min(tuning.ITEM_TERM_ITEMS_CAP, max(2, len(units) // tuning.ITEM_SENTENCES_PER_TERM_ITEM))
    here = ctx.here(doc, section)
    ranked = _once(_ranked(doc, units, ctx, here, lambda u: terms_by_unit.get((u.start, u.end), [])))
    if len(ranked) < wanted:  # a short section that repeats little: its rarest words too, after the taught
        rare = ctx.rare_in(doc, section)
        taken = {r[1] for r in ranked}
        rest = [u for u in units if u.start not in taken]
        more = _ranked(doc, rest, ctx, here, lambda u: _keys(_usable(unit_reading(doc, u), rare, ctx), ctx, here))
        ranked = _once(ranked + [(score + _AFTER_TAUGHT, start, u, terms) for score, start, u, terms in more])
    out: list[QuizItem] = []
    for _, _, u, terms in sorted(ranked[:wanted], key=lambda r: r[1]):
        out.extend(term_items(doc, section, u, ctx, terms))
    return out


_Ranked = list[tuple[float, int, Unit, list[Term]]]


def _once(ranked: _Ranked) -> _Ranked:
    """Strongest first, one sentence an answer ("employee" is asked once in a section, not three times)."""
    once: dict[str, tuple[float, int, Unit, list[Term]]] = {}
    for r in sorted(ranked, key=lambda r: r[:2]):
        once.setdefault(r[3][0].text.lower(), r)
    return list(once.values())


def _keys(terms: list[Term], ctx: Context, here: Counter[str]) -> list[Term]:
    return [t for t in terms if _key(t, ctx, here)]


def _key(t: Term, ctx: Context, here: Counter[str]) -> bool:
    """A name the text uses mostly in this section; a concept that is not an everyday word used once; never a
    broken span ("Zero-redundancy (N", "alert spam,") or a phrase that opens a sentence ("If I", "Observing CPU")."""
    if t.text.count("(") != t.text.count(")") or not t.text[-1:].isalnum() and not t.text.endswith(")"):
        return False
    first = t.text.split()[0]
    if t.kind == "name" and " " in t.text and (first.lower() in ctx.lowercase_words or "I" in t.text.split()):
        return False
    if t.kind == "name" and (t.text.lower() in DEMONYMS or t.text.lower() in MONTH_NAMES):
        return False  # "French mathematician Legendre", "In _____ 2013": not what the sentence teaches
    if t.kind == "name":
        return ctx.local([stem(w) for w in term_words(t.text)], here)
    if t.kind == "concept" and " " not in t.text and "-" not in t.text:
        return ctx.key_word(t.text, here)
    return True


def _usable(sentence: str, stems: set[str], ctx: Context) -> list[Term]:
    return [t for t in candidate_terms(sentence, stems) if usable_term(t, sentence, ctx)]


def _ranked(
    doc: Document,
    units: list[Unit],
    ctx: Context,
    here: Counter[str],
    terms_of: Callable[[Unit], list[Term]],
    alone: bool = True,
) -> _Ranked:
    """Sentences that have terms (and stand alone, unless `alone` is off), strongest term first."""
    out = []
    for u in units:
        terms = terms_of(u)
        if terms and (stands_alone(unit_reading(doc, u)) or not alone):
            best_first = sorted(terms, key=lambda t: -term_strength(t, ctx, here))
            out.append((-term_strength(best_first[0], ctx, here), u.start, u, best_first))
    return out
