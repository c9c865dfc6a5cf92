"""Building the FAQ: the knowledge's own questions and answers, then one question per section, each cited.

Built from a loaded index, so every citation points into the indexed text.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.answer.compose import pieces_of
from tutor.english.furniture import is_furniture, repeated_in_back_matter, site_names
from tutor.english.lexicon import FAQ_HEADINGS, alternation
from tutor.english.text import word_count
from tutor.faq.entries import FaqEntry
from tutor.faq.headings import heading_question, proper_names
from tutor.faq.search import Faq
from tutor.records import Answer, Chunk, Citation, Piece, Unit
from tutor.skips import Skips, where

if TYPE_CHECKING:
    from tutor.answer.tutor import Answerer

_FAQ_HEADING = re.compile(rf"\b({alternation(FAQ_HEADINGS)})\b", re.I)


def build_faq(tutor: Answerer, skips: Skips | None = None) -> Faq:
    import numpy as np

    entries = build_entries(tutor, skips)
    if entries:
        vectors = tutor.embedder.embed([e.question for e in entries])
    else:
        vectors = np.zeros((0, tutor.embedder.dim), dtype=np.float32)
    return Faq(entries, vectors, tutor.embedder)


def build_entries(tutor: Answerer, skips: Skips | None = None) -> list[FaqEntry]:
    """The knowledge's own FAQ entries first (as written), then one entry per content section; a section the
    FAQ cannot use is skipped and counted in `skips`."""
    skips = skips if skips is not None else Skips("FAQ")
    chunks = tutor.index.chunks
    proper = proper_names([c.text for c in chunks])
    names = _site_names(tutor)
    by_section: dict[tuple[str, str], list[Chunk]] = {}
    for c in chunks:
        by_section.setdefault((c.source, c.section), []).append(c)
    own: list[FaqEntry] = []
    made: list[FaqEntry] = []
    sections = tutor.index.sections
    titles_of: dict[str, list[str]] = {}
    for source, title in sections:
        titles_of.setdefault(source, []).append(title)
    # a book's notes under its chapters' headings
    notes = {(text, titles[i]) for text, titles in titles_of.items() for i in repeated_in_back_matter(titles)}
    for source, section in sections:
        part = by_section.get((source, section), []) if (source, section) not in notes else []
        work = partial(_entry, tutor, source, section, part, proper, names.get(source, []))
        entry = skips.attempt(where(source, section), work, None) if part else None
        if entry:
            (own if entry.origin == "article" else made).append(entry)
    return own + made


def _entry(
    tutor: Answerer, source: str, section: str, part: list[Chunk], proper: set[str], names: list[str]
) -> FaqEntry | None:
    """The section's entry: its own question and answer under a FAQ heading, else a question from its heading
    answered by the tutor (or by the section's own sentences when the tutor's answer lies elsewhere)."""
    body = "\n".join([section, *(c.text for c in part)])
    if is_furniture(section, body, names):
        return None
    parent = _parent(part[0])
    if parent and _FAQ_HEADING.search(parent):
        question = heading_question(section if section.endswith("?") else section + "?", proper)
        return FaqEntry(question, _own_answer(question, part), source, section, "article")
    question = heading_question(section, proper)
    # a section's entry is answered from its own text: another text's "Introduction" is not this one's answer
    answer = tutor.ask(question, within={source} if len(tutor.index.texts) > 1 else None)
    first = answer.citations[0] if answer.citations else None
    if not (answer.in_scope and first and first.section == section and first.source == source):
        answer = _own_answer(question, part)
    return FaqEntry(question, answer, source, section, "section")


def _site_names(tutor: Answerer) -> dict[str, list[str]]:
    """Per source, its author's and site's names (from the text's front matter, kept in the index)."""
    return {source: site_names(text.meta) for source, text in tutor.index.texts.items()}


def _parent(chunk: Chunk) -> str:
    parts = chunk.context.split(" > ")
    return parts[-2] if len(parts) > 1 else ""


def _own_answer(question: str, chunks: list[Chunk]) -> Answer:
    """The section's opening sentences, in order, each cited: the answer the text itself gives."""
    citations: list[Citation] = []
    pieces: list[Piece] = []
    used = 0
    for chunk in chunks:
        units: list[Unit] = []
        for u in chunk.units:
            n = word_count(chunk.unit_text(u))
            if used + n > tuning.FAQ_ANSWER_WORDS and (units or used):
                break
            units.append(u)
            used += n
        if not units:
            break
        k = len(citations) + 1
        highlights = tuple((u.start, u.end) for u in units)
        citations.append(
            Citation(k, chunk.source, chunk.section, chunk.start, chunk.end, chunk.text, 1.0, highlights, chunk.page)
        )
        pieces += pieces_of(chunk, units, k)
        if len(units) < len(chunk.units):
            break
    return Answer(question, tuple(pieces), True, tuple(citations), resolved_query=question)
