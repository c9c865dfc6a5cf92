"""Overviews and summaries as cited answers: what a text covers part by part, and its gist (or a part's)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from tutor import tuning
from tutor.converse.quoting import quoted
from tutor.converse.summaries import Part, Summarizer
from tutor.english.text import word_count

if TYPE_CHECKING:
    from tutor.records import Answer

MAX_LISTED = 12  # an overview names at most this many parts


def overview(s: Summarizer, asked: str, within: Collection[str] | None) -> Answer | None:
    """The texts' titles and parts, then a sentence from as many parts as fit (`TEXT_SUMMARY_WORDS` in all, the
    opening sentence of a part preferred); None when there is nothing to summarise."""
    index = s.index
    parts = s.parts(within)
    if not parts:
        return None
    counts = Counter(p.source for p in parts)
    texts = {src: t.title for src, t in index.texts.items() if src in counts}
    if len(texts) == 1:
        title = next(iter(texts.values()))
        heads = [p.title for p in parts if p.title not in texts.values()]
        if len(heads) > 1:
            lead = f"“{title}” covers {len(heads)} parts: {_joined(_at_most([f'“{h}”' for h in heads]))}."
        else:  # "covers 1 parts: “Neon”" of a text without sections of its own
            lead = f"“{title}” covers “{heads[0]}”." if heads else f"“{title}”, in a few of its own sentences:"
    else:
        named = [f"“{t}” ({counts[src]} parts)" for src, t in texts.items()]
        lead = f"These {len(texts)} texts: {_joined(_at_most(named))}."
    low, high = tuning.TEXT_SUMMARY_WORDS
    said = word_count(lead)
    low, high = max(tuning.SECTION_SUMMARY_WORDS[0], low - said), max(tuning.SECTION_SUMMARY_WORDS[1], high - said)
    pool = s.candidates(parts, by_text=len(texts) > 1)
    chosen = pool.choose(low, high, tuning.OVERVIEW_PART_REPEAT, tuning.OVERVIEW_LEAD_BONUS)
    return quoted(index, asked, [(c.chunk, c.unit) for c in chosen], lead)


def summary(s: Summarizer, asked: str, part: Part | None, within: Collection[str] | None) -> Answer | None:
    """The gist of `part` (`SECTION_SUMMARY_WORDS`) or of the whole texts (`TEXT_SUMMARY_WORDS`, spread over their
    parts); None when there is no sentence to quote."""
    index = s.index
    if part is None:
        parts = s.parts(within)
        low, high = tuning.TEXT_SUMMARY_WORDS
        sources = {p.source for p in parts}
        titles = [t.title for src, t in index.texts.items() if src in sources]
        lead = f"In short, “{titles[0]}”:" if len(titles) == 1 else "In short, these texts:"
    else:
        parts = [part]
        low, high = tuning.SECTION_SUMMARY_WORDS
        lead = f"In short, “{part.title}”:"
    pool = s.candidates(parts) or s.candidates(parts, shortest=tuning.SUMMARY_SHORTEST_WORDS)
    chosen = pool.choose(low, high, tuning.SUMMARY_PART_REPEAT if part is None else 0.0)
    return quoted(index, asked, [(c.chunk, c.unit) for c in chosen], lead) if chosen else None


def _at_most(items: list[str]) -> list[str]:
    """The first `MAX_LISTED` names, the rest counted."""
    more = len(items) - MAX_LISTED + 1
    return items if more <= 1 else [*items[: MAX_LISTED - 1], f"{more} more"]


def _joined(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else "; ".join(items[:-1]) + " and " + items[-1]
