"""Generating the bank: every content section's sentences and lists, in reading order, each id unique."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from tutor import tuning
from tutor.english.text import word_count
from tutor.records import Block, Document, Section
from tutor.revision.items.clozes import term_items, usable_term
from tutor.revision.items.context import Context, content_sections, make_context
from tutor.revision.items.definitions import definition_item
from tutor.revision.items.lists import list_item, series_item
from tutor.revision.items.record import QuizItem, unit_reading
from tutor.revision.terms import Term, candidate_terms

_Terms = dict[tuple[int, int], list[Term]]  # (start, end) of a sentence -> its usable terms


def generate_items(docs: list[Document]) -> list[QuizItem]:
    items: list[QuizItem] = []
    for doc in docs:
        items.extend(_document_items(doc))
    seen: Counter[str] = Counter()
    out = []
    for n, it in enumerate(items):
        seen[it.id] += 1
        new_id = it.id if seen[it.id] == 1 else f"{it.id}-{seen[it.id]}"  # a sentence repeated word for word
        out.append(replace(it, id=new_id, order=n))
    return out


def _document_items(doc: Document) -> list[QuizItem]:
    ctx = make_context(doc)
    sections = content_sections(doc)
    rare = ctx.rare
    terms_by_unit: _Terms = {}
    for section in sections:
        for block in section.blocks:
            for u in block.units:
                sentence = unit_reading(doc, u)
                ts = [t for t in candidate_terms(sentence, rare) if usable_term(t, sentence, ctx)]
                terms_by_unit[(u.start, u.end)] = ts
                for t in ts:
                    ctx.pool.setdefault(t.kind, []).append((t.text, section.title))
    items: list[QuizItem] = []
    for section in sections:
        items.extend(_section_items(doc, section, ctx, terms_by_unit))
    return items


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
            made = definition_item(doc, section, u, ctx, last_subject)
            last_subject = ""
            if made:
                out.append(made[0])
                if made[0].kind == "definition":
                    last_subject = made[1]
            series = series_item(doc, section, u, ctx)
            if series:
                out.append(series)
            out.extend(term_items(doc, section, u, ctx, terms_by_unit.get((u.start, u.end), [])))
        previous = block
    return out
