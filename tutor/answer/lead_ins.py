"""Sentences that only introduce what follows ("…the rules are:"): they answer through their list.

A lead-in is the last sentence of a paragraph that ends with a colon and is followed by a list in the same
passage, or a list item ending with a colon whose nested items follow it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.answer.scoring import Scored

if TYPE_CHECKING:
    from tutor.answer.scoring import Scorer
    from tutor.records import Chunk, Unit


class LeadIns:
    def __init__(self, scorer: Scorer) -> None:
        self.scorer = scorer
        self.index = scorer.index

    def whole(self, chosen: list[Scored], scored: list[Scored]) -> list[Scored]:
        """A sentence that introduces what follows ("…the rules are:") brings its list; one whose list is not in
        its passage (or that introduces code) is not given alone. If nothing is left, the best other sentence."""
        out: list[Scored] = []
        for s in chosen:
            if not self._dangles(s):
                out.append(s)
                continue
            units = self._introduced(s)
            if not units:
                continue
            out.append(s)
            for u in units:
                if all(c.unit != u for c in out + chosen):
                    out.append(Scored(s.chunk, u, s.score))
        if out or not chosen:
            return out
        return next(([s] for s in scored if not self._dangles(s)), [])

    def by_list(self, scored: list[Scored]) -> list[Scored]:
        """A sentence that only introduces a list says what its list says: it scores no more than halfway
        between its own score and its best item's, so "Researchers began to field criticism:" does not answer
        every question about research."""
        by_unit = {(s.chunk, s.unit): s.score for s in scored}
        out = []
        for s in scored:
            if self._dangles(s, labels=False):  # a label names what its list is about: its own score stands
                items = self._introduced(s)
                best = max((by_unit.get((s.chunk, u), 0.0) for u in items if u != s.unit), default=0.0)
                s = Scored(s.chunk, s.unit, min(s.score, (s.score + best) / 2))
            out.append(s)
        return sorted(out, key=lambda s: -s.score)

    def _introduced(self, s: Scored) -> list[Unit]:
        """What a lead-in introduces: its nested items, or the list after its paragraph (with the lead-in)."""
        chunk = self.index.chunks[s.chunk]
        if s.unit.item >= 0:
            return sub_items(chunk, s.unit)
        block = following_list(chunk, s.unit)
        return whole_list(chunk, block) if block is not None else []

    def _dangles(self, s: Scored, labels: bool = True) -> bool:
        """The sentence ends with a colon and closes its paragraph (or list item): it only introduces what
        comes next; or it is a short label, no sentence, that the items nested under it or the list right after its
        paragraph explain ("Weak AI — acting intelligently" over "the belief that machines can be made to act as if
        they are intelligent")."""
        chunk = self.index.chunks[s.chunk]
        last = closes_item(chunk, s.unit) if s.unit.item >= 0 else closes_paragraph(chunk, s.unit)
        text = self.scorer.text(s).rstrip()
        if last and text.endswith(":"):
            return True
        if not labels or len(text.split()) > _LABEL_WORDS or text.endswith((".", "!", "?")):
            return False
        if s.unit.item >= 0:
            return bool(sub_items(chunk, s.unit))
        return (
            last
            and s.unit.start == min(u.start for u in chunk.units if u.block == s.unit.block)
            and (following_list(chunk, s.unit) is not None)
        )


_LABEL_WORDS = 6  # an item or a paragraph this short, no sentence, over a list or nested items: their label


def following_list(chunk: Chunk, unit: Unit) -> int | None:
    """The list block right after `unit`'s paragraph, in the same passage."""
    return unit.block + 1 if any(u.block == unit.block + 1 and u.item >= 0 for u in chunk.units) else None


def closes_paragraph(chunk: Chunk, unit: Unit) -> bool:
    """No later sentence of the passage belongs to the unit's paragraph (or list)."""
    return not any(u.block == unit.block and u.start > unit.start for u in chunk.units)


def closes_item(chunk: Chunk, unit: Unit) -> bool:
    """No later sentence of the passage belongs to the unit's list item."""
    return not any((u.block, u.item) == (unit.block, unit.item) and u.start > unit.start for u in chunk.units)


def sub_items(chunk: Chunk, unit: Unit) -> list[Unit]:
    """The items nested under a list item, right after it in the passage."""
    units = chunk.units
    at = units.index(unit) + 1
    out: list[Unit] = []
    while at < len(units) and units[at].block == unit.block and units[at].level > unit.level:
        out.append(units[at])
        at += 1
    return out


def whole_list(chunk: Chunk, block: int) -> list[Unit]:
    """A list's lead-in (the last sentence of the paragraph right before it, when it is in the same passage)
    and then every sentence of its items."""
    before = [u for u in chunk.units if u.block == block - 1 and u.item < 0]
    return before[-1:] + [u for u in chunk.units if u.block == block]


def is_lead_in(sentence: str) -> bool:
    s = sentence.rstrip()
    return s.endswith((":", ";")) or bool(re.search(r"\b(following|as follows)\b", s, re.IGNORECASE))
