"""Sentences of the text as a cited answer, and the ways a conversation restates an answer: plainer, by an
example, or by another passage. Every sentence stays the text's own, with the passage it comes from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from tutor.answer.citations import problems
from tutor.answer.compose import pieces_of
from tutor.english.lexicon import POINTS_BACK
from tutor.english.text import word_count, words
from tutor.records import QUOTED, Answer, Citation, Piece, Unit

if TYPE_CHECKING:
    from tutor.index.load import KnowledgeIndex

Chosen = Sequence[tuple[int, Unit]]  # (chunk number, sentence) pairs

PLAIN_WORDS = 60  # a plainer answer is at most this long (a definition and an example, or a short list)
_DEFINES = re.compile(
    r"\b(is|are|was|were) (a|an|the|one of|what|when|how)\b|\brefers? to\b|\bmeans?\b|\bdefined as\b|\bknown as\b"
    r"|\bcalled\b|\bstands for\b",
    re.I,
)
EXAMPLE_CUE = re.compile(r"\b(for example|for instance|such as|e\.g\.|an example|examples?|including|like)\b", re.I)
_LONG_WORD = 11  # letters: a word this long is harder to read


def quoted(index: KnowledgeIndex, question: str, chosen: Chosen, lead: str = "", score: float = 1.0) -> Answer:
    """`chosen` sentences as an answer: a citation per passage in the order first chosen, each passage's sentences
    in reading order (list items as items), after an optional `lead` message."""
    order = list(dict.fromkeys(ci for ci, _ in chosen))
    citations: list[Citation] = []
    pieces: list[Piece] = [Piece("message", (lead,))] if lead else []
    for n, ci in enumerate(order, 1):
        chunk = index.chunks[ci]
        units = sorted({u for c, u in chosen if c == ci}, key=lambda u: u.start)
        spans = tuple((u.start, u.end) for u in units)
        citations.append(
            Citation(n, chunk.source, chunk.section, chunk.start, chunk.end, chunk.text, score, spans, chunk.page)
        )
        pieces += pieces_of(chunk, units, n)
    if problems(pieces, citations) or not citations:  # never show a sentence its citation does not hold
        return Answer(question, (Piece("message", (lead or "I have nothing to quote for that.",)),), bool(lead))
    return Answer(question, tuple(pieces), True, tuple(citations), resolved_query=question)


def sentences_of(index: KnowledgeIndex, answer: Answer) -> list[tuple[int, Unit]]:
    """The sentences an answer quotes, as (chunk, unit) pairs, in the answer's order."""
    where = {(c.source, c.start, c.end): i for i, c in enumerate(index.chunks)}
    out: list[tuple[int, Unit]] = []
    by_n = {c.n: c for c in answer.citations}
    for p in answer.pieces:
        if p.kind not in QUOTED or p.n not in by_n:
            continue
        c = by_n[p.n]
        ci = where.get((c.source, c.start, c.end))
        if ci is None:
            continue
        for span in p.spans:
            unit = next((u for u in index.chunks[ci].units if (u.start, u.end) == span), None)
            if unit is not None:
                out.append((ci, unit))
    return out


def plainness(sentence: str) -> float:
    """How plainly a sentence carries its point: a definition or an example reads first; long sentences and long
    words read later."""
    toks = words(sentence)
    long_share = sum(1 for w in toks if len(w) >= _LONG_WORD) / max(1, len(toks))
    return (
        (1.0 if _DEFINES.search(sentence) else 0.0)
        - (1.0 if POINTS_BACK.match(sentence) else 0.0)
        + (0.5 if EXAMPLE_CUE.search(sentence) else 0.0)
        - 0.03 * max(0, len(toks) - 20)
        - 2.0 * long_share
    )


def plainer(index: KnowledgeIndex, answer: Answer, lead: str) -> Answer:
    """The answer's plainest sentences first (definitions and examples before detail), cut to `PLAIN_WORDS`; a list
    stays whole, as a list is already plain."""
    chosen = sentences_of(index, answer)
    if not chosen:
        return answer
    if any(u.item >= 0 for _, u in chosen):
        return quoted(index, answer.question, chosen, lead)
    ranked = sorted(chosen, key=lambda cu: -plainness(index.chunks[cu[0]].unit_text(cu[1])))
    kept: list[tuple[int, Unit]] = []
    total = 0
    for ci, u in ranked:
        n = word_count(index.chunks[ci].unit_text(u))
        if kept and total + n > PLAIN_WORDS:
            continue
        kept.append((ci, u))
        total += n
    return quoted(index, answer.question, kept, lead)


def examples_near(index: KnowledgeIndex, answer: Answer, vector: np.ndarray) -> list[tuple[int, Unit]]:
    """Sentences that give an example, in the answer's passages or right after them, closest to `vector` first."""
    chunks = dict.fromkeys(ci for ci, _ in sentences_of(index, answer))
    near = [*chunks, *(ci + 1 for ci in chunks if ci + 1 < len(index.chunks))]
    found: list[tuple[float, int, Unit]] = []
    for ci in dict.fromkeys(near):
        chunk = index.chunks[ci]
        for j, u in enumerate(chunk.units):
            if EXAMPLE_CUE.search(chunk.unit_text(u)):
                row = index.unit_vectors[index.unit_offsets[ci] + j]
                found.append((float(row @ vector), ci, u))
    return [(ci, u) for _, ci, u in sorted(found, key=lambda f: -f[0])]


def other_sentences(index: KnowledgeIndex, answer: Answer, vector: np.ndarray, k: int) -> list[tuple[int, Unit]]:
    """The `k` sentences closest to `vector` that the answer does not quote, in its passages and the passages
    beside them in the same section."""
    quoted_now = set(sentences_of(index, answer))
    chunks = dict.fromkeys(ci for ci, _ in quoted_now)
    near = dict.fromkeys(
        c
        for ci in chunks
        for c in (ci, ci - 1, ci + 1)
        if 0 <= c < len(index.chunks) and index.chunks[c].section == index.chunks[ci].section
    )
    found: list[tuple[float, int, Unit]] = []
    for ci in near:
        chunk = index.chunks[ci]
        for j, u in enumerate(chunk.units):
            text = chunk.unit_text(u)
            if (ci, u) in quoted_now or text.rstrip().endswith("?") or word_count(text) < 5:
                continue
            row = index.unit_vectors[index.unit_offsets[ci] + j]
            found.append((float(row @ vector) + 0.05 * plainness(text), ci, u))
    return [(ci, u) for _, ci, u in sorted(found, key=lambda f: -f[0])[:k]]
